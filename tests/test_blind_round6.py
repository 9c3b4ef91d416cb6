"""Officials missed or wrongly found on blind-annotated excerpts of city, county, procuratorate,
discipline and Inner Mongolian and Xinjiang papers, round 6 (issue 19): a three-character name in a
list whose last character jieba reads as an adverb, a name hiding the person with 某 inside it,
verbs of promotion (晋升为, 当选为) before a post, a post in quotation marks before the name, the
Mongolian village and township posts (嘎查达, 苏木达), prefecture short forms (克州), and numbered
brigades after a police service (交警 + 一大队).
Every sentence here is made up for the test."""

from __future__ import annotations

from test_officials_other_papers import entities, officials

from baokan.annotators.language.list_items import item_cut
from baokan.annotators.language.official_words import anonymous


def test_list_name_ending_in_an_adverb_character_before_a_separator():
    found = officials("县领导孙立平、马同正、韩文贵、许正明参加会议。")
    assert set(found) == {"孙立平", "马同正", "韩文贵", "许正明"}
    assert found["马同正"] == ["县领导"]


def test_item_cut_keeps_one_character_before_a_separator_only():
    stops = ("正", "说", "同志")
    assert item_cut("马同正", 2, stops, ("和",), "、") == 3
    assert item_cut("马同正", 2, stops, ("和",), "在") == 2  # 马同 + 正在: the adverb
    assert item_cut("何维同志", 2, stops, ("和",), "、") == 2  # an honorific is no part of the name


def test_name_with_mou_inside_hides_the_person():
    assert anonymous("彭某高") and anonymous("王某") and anonymous("张某某")
    assert not anonymous("王高")
    found = officials("经核查，青川村村委书记彭某高及其家人已取得外国居留权。")
    assert "彭某高" not in found


def test_verb_of_promotion_before_a_post_is_no_name():
    found = officials("贺文涛2016年任临江区委书记，两年后晋升为江南市委常委。")
    assert "晋升为" not in found
    found = officials("2019年，贺文涛晋升为江南市委常委。")
    assert found.get("贺文涛") == ["江南市委常委"]
    found = officials("去年，韩志明当选为青川县政协主席。")
    assert found.get("韩志明") == ["青川县政协主席"]


def test_post_in_quotation_marks_right_before_the_name():
    found = officials("去年国庆，“处长”贺文涛是在青川村度过的。")
    assert found.get("贺文涛") == ["处长"]
    found = officials("获评“最美警察”的韩志明一直坚守在社区。")
    assert "韩志明" not in found


def test_inner_mongolian_village_posts():
    found = officials("嘎查党支部书记、嘎查达乌力吉说，今年要把牧道修通。")
    assert found.get("乌力吉") == ["嘎查党支部书记、嘎查达"]
    found = officials("苏木达巴特尔带领干部走访牧户。")
    assert found.get("巴特尔") == ["苏木达"]


def test_prefecture_short_form_is_no_name_and_keeps_the_title():
    found = officials("原克州社保局局长韩志明正在村里的培训中心忙碌。")
    assert "原克" not in found
    assert found.get("韩志明") == ["原克州社保局局长"]


def test_item_cut_still_drops_a_noun_after_a_three_character_name():
    assert item_cut("贺远山案", 2, ("案",), ("和",), "、") == 3


def police(text: str) -> list:
    """The police units the whole default pipeline finds in ``text``, as written."""
    return [e["text"] for e in entities(text, "police_unit")]


def test_numbered_brigade_after_a_service():
    assert "临江市交警一大队" in police("3月27日晚，临江市交警一大队在辖区开展整治行动。")
    assert "青川县公安特警二中队" in police("青川县公安特警二中队连夜出动。")
    found = officials("市交警一大队大队长韩志明介绍了行动情况。")
    assert found.get("韩志明") == ["市交警一大队大队长"]


def test_numbered_rank_is_no_part_of_a_word_of_ten_great_ranks():
    assert not any("十大队" in u for u in police("临江公安着力打造十大队伍建设品牌。"))


def test_pronoun_after_a_function_word_surname_is_no_name():
    found = officials("书记宴请了包村干部和该村参加选举的党员。")
    assert "和该村" not in found


def test_mongolian_names_with_en_and_xi_after_a_post():
    found = officials("旗委书记恩和说，要抓好春季休牧。")
    assert found.get("恩和") == ["旗委书记"]
    found = officials("苏木党委书记希日莫介绍了情况。")
    assert found.get("希日莫") == ["苏木党委书记"]
    found = officials("旗长乌力吉希望牧民多储草。")
    assert found.get("乌力吉") == ["旗长"] and "乌力吉希" not in found


def test_customs_chief_is_a_post():
    found = officials("临江海关副关长韩志明介绍了通关情况。")
    assert found.get("韩志明") == ["临江海关副关长"]
    assert officials("各级机关长期坚持为基层减负。") == {}


def test_particle_before_a_bare_station_opens_no_name():
    assert not any("感谢" in u for u in police("村民说：“这事还得感谢派出所的民警。”"))
    assert "青山派出所" in police("村民说：“这事还得感谢青山派出所的民警。”")


def test_three_character_name_opening_with_a_place_short_form():
    found = officials("县人大常委会主任高明哲，县政协主席徐锦凤参加活动。")
    assert found.get("高明哲") == ["县人大常委会主任"]
    found = officials("村第一书记邵东山正在带领村干部巡查河堤。")
    assert found.get("邵东山") == ["村第一书记"]
    assert officials("园林局局长太湖石的收藏展开幕。").get("太湖石") is None
    assert officials("新任局长杭州市公安局派来的干部。") == {}


def test_rare_dictionary_word_with_a_noun_given_name_before_a_verb():
    found = officials("临江市农业农村局党组书记、局长高军接受纪律审查和监察调查。")
    assert found.get("高军") == ["临江市农业农村局党组书记、局长"]
    assert officials("局长高度重视这项工作。") == {}
    assert officials("县长马上赶到现场。") == {}


def test_political_bureau_member_named_with_no_post():
    found = officials("会议指出，要认真落实陈吉宁在调研时提出的各项要求。")
    assert found.get("陈吉宁") == [None]


def test_known_official_who_signs_an_article_in_its_byline():
    text = (
        "推进更高水平的平安建设(深入学习贯彻全会精神)\n\n陈文清\n\n平安是人民幸福安康的基本要求，是改革发展的基本前提。"
    )
    assert "陈文清" in officials(text)


def test_everyday_word_after_team_member_is_no_name():
    assert officials("面对困难，巡山队员步履不停，守护着这片草原。") == {}
    found = officials("救援队员王强迅速赶到现场。")
    assert "王强" in found
