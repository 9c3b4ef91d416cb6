"""Officials with Yi (Nuosu) names, as the papers of 凉山, 楚雄 and 红河 print them (issue 19, session 18): a
clan name (家支) and a two-syllable given name, four characters with no Han surname + given-name shape, read
from ``yi_names.tsv`` (language/yi_names.py). Han names that open with a clan's characters (马海军, 吉克强) stay
what they were. Every sentence here is made up for the test."""

from __future__ import annotations

from test_officials_other_papers import officials

from baokan.annotators.language.yi_names import yi_clans, yi_given_chars, yi_name_at


def test_a_yi_name_after_a_chain_of_posts():
    found = officials("州委常委、政法委书记、州委统一战线领导小组副组长阿石拉比出席会议。")
    assert list(found) == ["阿石拉比"]
    assert found["阿石拉比"][0].endswith("副组长")


def test_yi_names_that_no_han_surname_opens():
    assert officials("副州长沙马日则出席。").get("沙马日则") == ["副州长"]
    assert officials("副县长俄木尔布说，要抓好森林防火。").get("俄木尔布") == ["副县长"]
    found = officials("县委常委、宣传部部长勒格石者介绍了情况。")
    assert list(found) == ["勒格石者"]


def test_yi_names_are_read_whole_not_cut_after_three_characters():
    assert officials("县委副书记曲比阿呷在会上讲话。").get("曲比阿呷") == ["县委副书记"]
    found = officials("县委书记海来拉且、县长木乃石日出席。")
    assert found == {"海来拉且": ["县委书记"], "木乃石日": ["县长"]}


def test_yi_names_in_a_list_after_a_collective_title():
    found = officials("州领导阿苏拉且、吉克曲比出席。")
    assert found == {"阿苏拉且": ["州领导"], "吉克曲比": ["州领导"]}
    found = officials("出席会议的有州领导阿苏拉且、马海军、吉克强等。")
    assert found == {"阿苏拉且": ["州领导"], "马海军": ["州领导"], "吉克强": ["州领导"]}


def test_a_yi_name_before_a_verb_that_transliteration_characters_would_run_over():
    found = officials("州人大常委会副主任阿苏拉且，州政协副主席吉克曲比参加活动。")
    assert found.get("吉克曲比") == ["州政协副主席"]
    assert "吉克曲比参加" not in found


def test_a_yi_name_before_a_word_that_is_no_verb():
    found = officials("镇长吉克阿呷和村支书沙马日则一起入户走访。")
    assert found.get("吉克阿呷") == ["镇长"]
    assert found.get("沙马日则") == ["村支书"]


def test_yi_names_with_a_middle_dot():
    assert officials("州委书记吉克·阿呷出席会议。").get("吉克·阿呷") == ["州委书记"]
    # few of its characters are transliteration ones: the clan says it is a name
    assert officials("州委书记苏呷·石且出席会议。").get("苏呷·石且") == ["州委书记"]


def test_a_yi_name_before_its_post():
    assert officials("阿石拉比书记指出，要抓好森林防火。").get("阿石拉比") == ["书记"]
    assert officials("会上，沙马日则副州长作了部署。").get("沙马日则") == ["副州长"]


def test_han_names_that_open_with_a_clans_characters_stay_han():
    found = officials("县委书记马海军、县长吉克强出席会议。")
    assert found == {"马海军": ["县委书记"], "吉克强": ["县长"]}
    assert officials("副县长罗洪波主持会议。") == {"罗洪波": ["副县长"]}
    assert officials("县长沙马力出席会议。").get("沙马力") == ["县长"]
    # 日前 is "a few days ago", no given name: the Han name of two characters stays
    assert officials("市长马海日前来到园区调研。") == {"马海": ["市长"]}


def test_the_yi_shape_needs_a_clan_and_two_given_syllables():
    assert {"阿石", "吉克", "沙马", "马海", "曲比"} <= yi_clans()
    assert set("拉比呷且则") <= yi_given_chars()
    text = "阿石拉比，马海军，吉克强，沙马日前"
    assert yi_name_at(text, 0) == 4
    assert yi_name_at(text, 5) == 5  # 马海 + 军，: 军 is no given syllable
    assert yi_name_at(text, 9) == 9  # 吉克 + 强，
    assert yi_name_at(text, 13) == 13  # 沙马 + 日前: 前 is none either
