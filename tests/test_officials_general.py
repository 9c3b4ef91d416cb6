"""Officials in the shapes of papers other than the People's Daily (issue 19): Tibetan,
Mongolian, Uyghur and Kazakh names, 同志 lists, and police chains of every kind. Every
sentence here is made up for the test, in the style of 西藏日报, 新疆日报, 内蒙古日报,
人民公安报 and 法治日报."""

from __future__ import annotations

from typing import Dict, List

import msgspec
from conftest import validate

from baokan.annotators.core.document import Document
from baokan.annotators.core.pipeline import Pipeline


def entities(text: str, label: str) -> Dict[str, List[str]]:
    """text -> titles (officials) or kinds (police units) of ``label`` in ``text``."""
    doc = Pipeline()(Document(doc="t", text=text))
    out: Dict[str, List[str]] = {}
    for r in validate(msgspec.to_builtins(a) for a in doc.articles):
        for e in r["entities"]:
            if e["label"] == label:
                assert r["text"][e["start"] : e["end"]] == e["text"]
                key = e["name"] if label == "official" else e["text"]
                out.setdefault(key, []).append(e.get("title") if label == "official" else e.get("kind"))
    return out


def officials(text: str) -> Dict[str, List[str]]:
    return entities(text, "official")


def test_tibetan_names_with_syllables_of_every_region():
    found = officials("区党委常委、秘书长旦增赤列主持会议。县人民法院院长丹增旺堆表示，要公正司法。")
    assert found.get("旦增赤列") == ["区党委常委、秘书长"]
    assert found.get("丹增旺堆") == ["县人民法院院长"]


def test_mongolian_name_of_five_characters():
    found = officials("苏木党委书记乌云其木格说，草场禁牧以后，牧民收入没有减少。")
    assert found.get("乌云其木格") == ["苏木党委书记"]


def test_uyghur_dotted_name_whose_part_holds_a_stop_word():
    # 都 of 阿不都 is a syllable, not the adverb; 热合 is no verb inside 热合曼
    found = officials("县长阿不都热依木·阿不都热合曼说，棉花机采率超过九成。")
    assert list(found) == ["阿不都热依木·阿不都热合曼"]
    found = officials("自治区党委副书记、政法委书记努尔兰·阿不都满金出席。")
    assert list(found) == ["努尔兰·阿不都满金"]


def test_dotted_name_still_ends_before_a_list_word_or_an_adverb():
    found = officials("乡长艾力·买买提都说好。副县长巴图·孟和和村干部一起走访。")
    assert "艾力·买买提" in found
    assert "巴图·孟和" in found


def test_comrades_listed_under_one_honorific():
    found = officials("王海涛同志主持会议。刘志远、陈建国同志出席。")
    assert set(found) == {"王海涛", "刘志远", "陈建国"}
    assert all(t == [None] for t in found.values())


def test_comrades_listed_with_deng():
    found = officials("赵明华、钱立新、孙建平、周海燕等同志出席会议。")
    assert set(found) == {"赵明华", "钱立新", "孙建平", "周海燕"}


def test_private_people_listed_before_comrades_are_no_officials():
    found = officials("村民张大海、李小河同志也来帮忙了。")
    assert "张大海" not in found


def police(text: str) -> Dict[str, List[str]]:
    return entities(text, "police_unit")


def test_chain_goes_on_after_a_bureau_before_a_place_opening_with_chang():
    # 局长 is a post, but 长宁 and 长沙 are places: the chain goes on
    found = police("上海市公安局长宁分局新华路派出所所长陈军说，辖区秩序良好。")
    assert list(found) == ["上海市公安局长宁分局新华路派出所"]
    found = police("广州铁路公安局长沙铁路公安处破获一起盗窃案。")
    assert list(found) == ["广州铁路公安局长沙铁路公安处"]
    assert not police("县公安局长李强带队检查。")


def test_national_bureau_and_the_station_under_it_are_one_chain():
    found = police("国家移民管理局成都出入境边防检查总站民警扎西说，通关更快了。")
    assert list(found) == ["国家移民管理局成都出入境边防检查总站"]


def test_service_of_a_place_force_keeps_its_rank():
    found = police("临江公安特警大队民警赵雷介绍，队员每天训练四小时。")
    assert list(found) == ["临江公安特警大队"]


def test_level_character_before_a_service_unit():
    found = police("孙建国，市公安局副局长，市交警支队支队长。")
    assert "市交警支队" in found and "交警支队" not in found
    assert "交警支队" in police("全市交警支队开展夜查。")


def test_heads_of_international_organisations():
    found = officials("联合国秘书长古特雷斯发表声明。世界卫生组织总干事谭德塞说，合作至关重要。")
    assert found.get("古特雷斯") == ["联合国秘书长"]
    assert found.get("谭德塞") == ["世界卫生组织总干事"]


def test_verb_of_meeting_is_no_part_of_a_foreign_title():
    found = officials("全国人大常委会副委员长刘国平会见越南国会副主席陈文明。")
    assert found.get("陈文明") == ["越南国会副主席"]


def test_tibetan_name_set_apart_before_its_post_is_read_whole():
    # jieba reads 罗布 as a Han name (surname 罗), but the run 次仁罗布 is one name
    found = officials("次仁罗布，某县江当乡党委书记，已在基层工作了十五年。")
    assert list(found) == ["次仁罗布"]


def test_village_and_township_posts_of_minority_officials():
    text = "县委书记巴桑次仁，县委副书记、县长张涛出席会议。自治区政协副主席多吉次珠说，要办好民生实事。"
    found = officials(text)
    assert found.get("巴桑次仁") == ["县委书记"]
    assert found.get("多吉次珠") == ["自治区政协副主席"]


def test_two_syllable_minority_names_in_a_list_after_a_title():
    # 扎西 is also a place word and 恩和 ends in a list word: each is an item of the list, the title carries over
    found = officials("县领导扎西、次仁出席会议。")
    assert found == {"扎西": ["县领导"], "次仁": ["县领导"]}
    found = officials("副旗长恩和、巴特尔参加活动。")
    assert found == {"恩和": ["副旗长"], "巴特尔": ["副旗长"]}
    # Han lists keep their reading, and a two-syllable word that is a verb is no name (加强)
    assert officials("县领导张三、李四出席会议。") == {"张三": ["县领导"], "李四": ["县领导"]}
    assert officials("副县长加强、改进了工作。") == {}


def test_a_numbered_ward_of_a_prison_is_part_of_the_title():
    found = officials("市监狱十二监区副教导员李明说，服刑人员的劳动报酬按时发放。")
    assert found == {"李明": ["市监狱十二监区副教导员"]}
    found = officials("省女子监狱三监区监区长王芳介绍，今年开设了技能培训班。")
    assert found == {"王芳": ["省女子监狱三监区监区长"]}


def places(text: str) -> List[str]:
    return list(entities(text, "place"))


def test_a_series_of_names_each_before_its_post():
    # 吴英杰书记 is a name and a bare post: the next item after 、 is a name and a post too, not a village's post
    text = "会上，吴英杰书记、洛桑江村主任分别讲话。"
    assert officials(text) == {"吴英杰": ["书记"], "洛桑江村": ["主任"]}
    assert places(text) == []
    found = officials("会上，吴英杰书记、扎西次仁副主任、白玛主任分别讲话。")
    assert found == {"吴英杰": ["书记"], "扎西次仁": ["副主任"], "白玛": ["主任"]}
    text = "会上，吴英杰书记、格桑镇长分别讲话。"
    assert officials(text) == {"吴英杰": ["书记"], "格桑": ["镇长"]}
    assert places(text) == []


def test_a_village_post_after_a_named_post_stays_a_village_post():
    # a Han village's name, a known place, or a first post with a body before it: no series of names
    assert officials("李明书记、张家村主任出席会议。") == {"李明": ["书记、张家村主任"]}
    found = officials("县委书记李明、洛桑江村主任张三出席。")
    assert found == {"李明": ["县委书记"], "张三": ["洛桑江村主任"]}
    assert officials("会上，吴英杰书记、拉萨市主任分别讲话。").get("吴英杰") == ["书记、拉萨市主任"]
