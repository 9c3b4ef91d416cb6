"""The places annotator on realistic pages: short forms, ambiguity, grammar names, false friends."""

from __future__ import annotations

from typing import Dict, List, Optional

import pytest
from conftest import DATA, SEED, parse_jsonl, run_cli, validate

from baokan.annotators.core.document import Document
from baokan.annotators.core.pipeline import Pipeline
from baokan.cli.writers import article_records, to_dict
from baokan.schemas import Page


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(["paragraphs", "places"], config={"places": {"use_crf": False}})


def run(pipe: Pipeline, text: str, *, paper: Optional[str] = None) -> List[Dict]:
    """Place entities of a text (as one article of paragraphs), validated as records."""
    doc = Document(doc="test", text=text, page=Page(text=paper, paper=paper) if paper else None)
    records = validate(to_dict(r) for r in article_records(pipe(doc)))
    return [e for r in records for e in r["entities"] if e["label"] == "place"]


def texts(ents: List[Dict]) -> List[str]:
    return [e["text"] for e in ents]


def first(ents: List[Dict], text: str) -> Dict:
    return next(e for e in ents if e["text"] == text)


def page(name: str) -> str:
    return (DATA / name).read_text(encoding="utf-8")


def test_sample_page_places(pipe):
    ents = run(pipe, SEED.read_text(encoding="utf-8"))
    found = set(texts(ents))
    assert {"浙江", "杭州", "诸暨", "义乌", "嘉善", "缙云", "泰顺", "台州", "建德市", "钦堂乡", "大溪边村"} <= found
    # 平安浙江 holds 平安 (青海 平安区) and 浙江 …建设 a 建设街道: neither is a place there
    assert not found & {"全省", "全国", "全市", "平安", "建设", "我省"}
    hz = first(ents, "杭州")
    assert (hz["full_name"], hz["level"], hz["code"], hz["parent"]) == ("杭州市", "city", "330100", "浙江省")
    # 魏塘 right after its county is its township
    assert first(ents, "魏塘")["full_name"] == "魏塘街道"
    assert first(ents, "大溪边村")["level"] == "village"


def test_every_province_by_its_short_form(pipe):
    text = (
        "来自北京、天津、河北、山西、内蒙古、辽宁、吉林、黑龙江、上海、江苏、浙江、安徽、福建、江西、山东、"
        "河南、湖北、湖南、广东、广西、海南、重庆、四川、贵州、云南、西藏、陕西、甘肃、青海、宁夏、新疆、"
        "台湾、香港、澳门的代表参加了会议。"
    )
    ents = run(pipe, text)
    assert len(ents) == 34
    assert {e["level"] for e in ents} == {"province"}
    assert first(ents, "内蒙古")["full_name"] == "内蒙古自治区"
    assert first(ents, "新疆")["code"] == "650000"


def test_national_page_full_names_and_grammar(pipe):
    ents = run(pipe, page("places_people_daily.txt"))
    found = texts(ents)
    for name in (
        "佳木斯市",
        "富锦市",
        "阿克苏地区",
        "库车市",
        "临夏回族自治州",
        "东乡族自治县",
        "布楞沟村",
        "平安区",
        "凉山彝族自治州",
        "昭觉县",
        "大方县",
        "正安县",
        "余村",
        "阿来村",
        "云州区",
        "G30连霍高速",
        "太湖",
        "长江",
        "黄河流域",
    ):
        assert name in found, name
    # 太湖 here is the lake, not 安徽's 太湖县; 金山 in 金山银山 is no district of Shanghai
    assert first(ents, "太湖")["kind"] == "lake"
    assert "金山" not in found
    # 乡村振兴路上 is no road
    assert not any(t.endswith("振兴路") for t in found)
    assert first(ents, "余村")["parent"] == "安吉县"


def test_township_cadres_villages(pipe):
    ents = run(pipe, page("places_provincial_daily.txt"))
    found = texts(ents)
    for name in (
        "于都县",
        "梓山镇",
        "潭头村",
        "富山村",
        "井冈山市",
        "茅坪乡",
        "神山村",
        "湖坊镇",
        "十里街道",
        "江湾镇",
        "湖田乡",
        "320国道",
        "赣东大道",
    ):
        assert name in found, name
    # descriptions, not names: 行政村, 旅游村, 全镇, 村民
    assert not any(t in found for t in ("行政村", "旅游村", "全镇", "中潭头村", "走进潭头村"))
    assert not any("带着" in t or t.startswith("走进") for t in found)
    # 临江 beside 樟树市 is 樟树's 临江镇, not 吉林's 临江市
    assert first(ents, "临江")["full_name"] == "临江镇"
    assert first(ents, "神山村")["parent"] == "茅坪乡"


def test_city_page_streets_and_communities(pipe):
    ents = run(pipe, page("places_evening_paper.txt"))
    found = texts(ents)
    for name in (
        "延安路",
        "庆春路",
        "上城区",
        "湖滨街道",
        "东坡路社区",
        "萧山区",
        "北干",
        "金城路",
        "市心北路",
        "良渚街道",
        "勾庄村",
        "杭长高速",
        "德清",
        "钱塘江",
    ):
        assert name in found, name


def test_ambiguous_names_follow_the_page(pipe):
    nanjing = run(pipe, "南京市召开会议。鼓楼区近日启动老旧小区改造。")
    fuzhou = run(pipe, "福州市召开会议。鼓楼区近日启动老旧小区改造。")
    assert first(nanjing, "鼓楼区")["code"] == "320106"
    assert first(fuzhou, "鼓楼区")["code"] == "350102"
    assert first(fuzhou, "鼓楼区")["parent"] == "福州市"
    # without context the name is a place, but which one is not known
    alone = first(run(pipe, "鼓楼区近日启动老旧小区改造。"), "鼓楼区")
    assert alone["full_name"] == "鼓楼区" and "code" not in alone
    # the paper's own province decides too
    paper = first(run(pipe, "鼓楼区近日启动老旧小区改造。", paper="福建日报"), "鼓楼区")
    assert paper["code"] == "350102"
    # 朝阳 is a city of 辽宁, but in a Beijing story the district
    assert first(run(pipe, "北京市出台新规。朝阳群众积极参与。"), "朝阳")["code"] == "110105"
    assert first(run(pipe, "辽宁省出台新规。朝阳市民积极参与。"), "朝阳")["level"] == "city"


@pytest.mark.parametrize(
    "text, word",
    [
        ("中华人民共和国成立75周年。", "共和"),  # 共和县 inside 共和国
        ("市委和县委书记都到场了。", "和县"),  # 安徽 和县 across two words
        ("加快建设平安乡村。", "平安乡"),  # a 平安乡 exists; 乡村 is the word
        ("确保社会长治久安。", "长治"),  # 山西 长治 inside an idiom
        ("比如说,我们要合作共赢。", "比如"),  # 西藏 比如县, and 合作市
        ("比如说,我们要合作共赢。", "合作"),
        ("中方对此表示欢迎。", "中方"),  # 湖南 中方县
        ("要走好新时代的复兴路。", "复兴路"),
        ("全省、全市、全国上下,我省当地干部群众", "全省"),
    ],
)
def test_words_that_only_contain_a_place(pipe, text, word):
    assert word not in texts(run(pipe, text))


def test_common_word_counties_need_their_own_area(pipe):
    # 平安 is a 青海 district and an everyday word: tagged only among 海东's places
    assert "平安" not in texts(run(pipe, "平安中国建设扎实推进。"))
    assert "平安" in texts(run(pipe, "青海省海东市平安、乐都两区加快发展。"))


def test_places_in_police_names(pipe):
    ents = run(pipe, page("places_police_daily.txt"))
    found = texts(ents)
    for name in (
        "西藏自治区",
        "日喀则市",
        "桑珠孜区",
        "阿里",
        "普兰",
        "吉隆",
        "黑河",
        "满洲里",
        "俄罗斯",
        "凭祥市",
        "瑞丽市",
        "德宏州",
        "西双版纳州",
    ):
        assert name in found, name
    # 铁路 is a township's short form and a police service: in 上海铁路公安局 it is the service
    assert "铁路" not in found and "人民" not in found
    assert first(ents, "普兰")["parent"] == "阿里地区"


@pytest.mark.parametrize(
    "text, word",
    [
        ("本报记者 赵红旗 通讯员 李明", "红旗"),  # a reporter, not 新乡's 红旗区
        ("雅安市一位村支书说,现在路好走了。", "一位村"),  # a number and a measure word
        ("实现城市社区全覆盖。", "城市社区"),  # a common noun before 社区
        ("要走好乡村振兴路。", "振兴路"),
    ],
)
def test_descriptions_and_people_are_no_places(pipe, text, word):
    assert not any(word in t for t in texts(run(pipe, text)))


def test_a_parent_named_just_before_picks_the_division(pipe):
    ents = run(pipe, "南京市召开会议。福州市公安局鼓楼分局、南京市公安局鼓楼分局联合办案。")
    gulou = [e for e in ents if e["text"] == "鼓楼"]
    assert [e.get("code") for e in gulou] == ["350102", "320106"]


def test_streets_at_a_junction_and_villages_by_their_organs(pipe):
    found = texts(run(pipe, "在文三路与学院路交叉口,交警在积水路口疏导车辆。"))
    assert "学院路" in found and "文三路" in found
    assert not any(t.startswith("积水") for t in found)
    assert "城区多处路" not in texts(run(pipe, "暴雨让杭州城区多处路段出现积水。"))
    # an everyday word is a village's name when its party branch follows, at the head of a clause
    assert "齐心村" in texts(run(pipe, "镇村干部沿河巡查。齐心村党支部书记介绍了情况。"))
    assert "齐心村" not in texts(run(pipe, "大家齐心村里的事就好办。"))


def test_a_reporter_named_in_the_byline_is_no_place():
    # The CRF reads 苏亚 (a reporter, "本报讯 记者 苏亚 近日，…") as a place; the byline says who she is.
    pipe = Pipeline(["segment", "places"])
    doc = pipe(Document(doc="gongan", text=page("officials_gongan.txt")))
    places = [e.text for a in doc.articles for e in a.entities if e.label == "place"]
    assert "苏亚" not in places
    assert "上海市" in places


def test_the_crf_gate_trades_places_for_speed():
    # 利隆圭 (Malawi's capital) is in no table: only the CRF finds it, and only in a clause it tags.
    text = "图为马拉维首都利隆圭政府办公大楼。"

    def found(**config):
        doc = Pipeline(["paragraphs", "places"], config={"places": config})(Document(doc="gate", text=text))
        return {e.text: e.source for a in doc.articles for e in a.entities}

    with_crf = {"马拉维": "places.geo_names", "利隆圭": "places.crf"}
    assert found(use_crf=True) == with_crf
    assert found(use_crf=True, crf_gate=0) == with_crf
    assert found(use_crf=True, crf_gate=100) == {"马拉维": "places.geo_names"}  # no clause is tagged
    assert found() == found(use_crf=False) == {"马拉维": "places.geo_names"}  # the CRF is opt-in


# ---------------------------------------------------------------- real-page error classes (issue 19)


def test_a_county_written_in_full_is_not_part_of_the_road_after_it(pipe):
    found = texts(run(pipe, "事故发生在山东菏泽单县单丰路与东环路交叉口。"))
    assert "单县" in found and "单丰路" in found
    assert "单县单丰路" not in found


@pytest.mark.parametrize(
    "text, word",
    [
        ("会上,村委会主任汇报村里的收支情况。", "汇报村"),  # a common word before 村 (村里)
        ("活动室里不光有阅览村的读者。", "有阅览村"),  # 有 opens a verb phrase
        ("要走好乡村全面振兴之路。", "要走好乡"),
        ("敢闯新规、探新路、开新局。", "探新路"),  # 新路 is a word; 探 is a verb
        ("推动公路、水运、航空无缝衔接。", "推动公路"),  # 公路 is a common noun even before a list
        ("新开通的公交线路方便了居民。", "公交线路"),
        ("据英国路透社报道,", "英国路"),  # 路透社 is the word
        ("民警兵分三路展开搜索。", "兵分三路"),  # a verb counts the ways
    ],
)
def test_phrases_before_a_suffix_are_no_places(pipe, text, word):
    assert word not in texts(run(pipe, text))


def test_numbered_streets_and_a_name_that_opens_with_a_function_character(pipe):
    found = texts(run(pipe, "车队从建设二路驶入文化五路,在文三路口停下。"))
    assert "建设二路" in found and "文化五路" in found
    # 不 opens a village's own name when what follows it is no word
    assert "不浪洼村" in texts(run(pipe, "四子王旗白音乡不浪洼村的村民说。"))


def test_short_forms_that_are_words_need_their_own_city(pipe):
    # 江山 (衢州), 博爱 (焦作), 新建 (南昌) are counties and words: the province alone is not enough
    found = texts(run(pipe, "浙江的秋天,江山如画。河南一位博爱者捐出积蓄。江西人说,新建的港口投用了。"))
    assert not {"江山", "博爱", "新建"} & set(found)
    assert "江山" in texts(run(pipe, "衢州下辖的江山、常山两地联合开展巡查。"))
    # 矿区 is a district's full name (阳泉) and a common noun
    assert "矿区" not in texts(run(pipe, "山西朔州的电厂向平朔矿区供热。"))


def test_zones_with_a_statutory_suffix(pipe):
    found = texts(run(pipe, "开封经开区、宜昌高新区和闵行开发区的企业在兰考县高端装备开发区签约。"))
    # a zone word that names its kind stands apart from the city that has it; a bare suffix joins the name
    assert {"开封", "经开区", "宜昌高新区", "闵行开发区", "兰考县", "高端装备开发区"} <= set(found)
    assert texts(run(pipe, "加快推动创新区域协同,建设城市新区。")) == []


def test_old_towns_new_villages_and_a_river_named_after_its_city(pipe):
    found = texts(run(pipe, "游客从襄阳古城出发,到周庄古镇和湘潭河西新村,再去看浏阳河。"))
    assert {"襄阳古城", "周庄古镇", "河西新村", "浏阳河"} <= set(found)
    assert "河道" not in "".join(texts(run(pipe, "河南许昌河道治理成效明显。")))


def test_an_everyday_name_in_a_list_of_villages(pipe):
    found = texts(run(pipe, "老人们来自桂溪新村、幸福新村、团结新村等地。"))
    assert {"桂溪新村", "幸福新村", "团结新村"} <= set(found)
    assert texts(run(pipe, "大家都说幸福新村里的日子好。")) == []


def test_foreign_places_written_by_sound_after_their_country(pipe):
    text = (
        "在哈萨克斯坦北部科斯塔奈州鲁德内市的工地上,机器轰鸣。位于蒙古国南部达兰扎达嘎德的电站投产。"
        "达兰扎达嘎德的居民用上了电。哈萨克斯坦总统托卡耶夫出席。"
    )
    found = texts(run(pipe, text))
    assert {"科斯塔奈州", "鲁德内市"} <= set(found)
    assert found.count("达兰扎达嘎德") == 2  # read after its country, then known on the whole page
    assert not any("托卡" in t for t in found)  # a person after a title is no place


def test_geographic_names_that_are_words(pipe):
    assert texts(run(pipe, "战士们英勇果敢,冲锋在前。")) == []
    assert "果敢" in texts(run(pipe, "缅甸果敢地区局势紧张。"))
    assert "里海" in texts(run(pipe, "这座城市位于里海之滨。"))  # jieba cuts 里|海之滨
    assert texts(run(pipe, "人固有一死,或重于泰山。泰山鸿毛之论流传千古。")) == []


def test_a_city_short_form_inside_a_village_name(pipe):
    found = texts(run(pipe, "朔州市下团堡乡李东营村和新安乡千马村的村民。"))
    assert "李东营村" in found and "千马村" in found  # not 东营 (a city) nor 马村 (a district)
    assert "东营" not in found and "马村" not in found


def test_a_county_after_a_preposition_of_place(pipe):
    # no province on the page: 从/到 before jieba's proper name is evidence enough
    assert {"义乌", "缙云"} <= set(texts(run(pipe, "记者从义乌出发,到缙云采访。")))


def test_natural_villages_end_in_tun(pipe):
    found = texts(run(pipe, "百色市那坡县城厢镇弄文村板洪屯的群众。"))
    assert "板洪屯" in found
    assert texts(run(pipe, "当年屯垦戍边,驻屯部队在此扎根。")) == []


def test_a_place_inside_a_reporters_name_is_no_place(tmp_path):
    page_file = tmp_path / "page.txt"
    page_file.write_text(
        "文明对话大会开幕\n本报记者  王亚洲\n\n亚洲文明对话大会在北京举行,王亚洲在现场采访。\n", encoding="utf-8"
    )
    res = run_cli([str(page_file)])
    assert res.returncode == 0, res.stderr
    record = parse_jsonl(res.stdout)[0]
    assert [p["name"] for p in record["byline"]["people"]] == ["王亚洲"]
    places = [e for e in record["entities"] if e["label"] == "place"]
    # 亚洲 of the meeting's name is a place; 亚洲 inside the reporter's name is not
    assert sum(e["text"] == "亚洲" for e in places) == 1 and "北京" in texts(places)


def test_transliterated_names_and_country_city_chains(pipe):
    # 阿里 (a prefecture of 西藏, named on the page) inside a transliterated person's name is no place
    found = texts(run(pipe, "西藏自治区代表团访问哈萨克斯坦,总理阿里波夫会见了代表团。"))
    assert found == ["西藏自治区", "哈萨克斯坦"]
    # jieba writes 法国巴黎 as one word; both are still places
    found = texts(run(pipe, "代表团走访了法国巴黎和美国纽约等地的企业。"))
    assert {"法国", "巴黎", "美国", "纽约"} <= set(found)


def test_mountains_jieba_knows_and_zones_inside_organisation_names(pipe):
    found = texts(run(pipe, "红军长征翻越夹金山,留下了动人的故事。"))
    assert "夹金山" in found
    assert texts(run(pipe, "中山大学自贸区综合研究院发布报告。")) == []


@pytest.mark.parametrize(
    "text, word",
    [
        ("她在2019年卸任村支书。", "年卸任村"),  # a name never starts right after a digit
        ("宁波市镇海区庄市街道的居民。", "宁波市镇"),  # a full division is no village's or town's name
        ("山西黎城县村民种上了谷子。", "黎城县村"),
        ("各地开展镇街综合执法改革。", "开展镇街"),  # 镇 ends no street's name
        ("重庆市开展镇村环境整治。", "开展镇"),  # a verb after a place
        ("梧林传统村落保存完好。", "梧林传统村"),  # 传统 ends the name before 村落
        ("辖内某社区多名住户反映。", "辖内某社区"),
        ("集成电路、人工智能产业集聚。", "集成电路"),  # a common noun in 路 even before a list
        ("办事只跑一趟路。", "只跑一趟路"),  # a count
    ],
)
def test_more_phrases_before_a_suffix(pipe, text, word):
    assert word not in texts(run(pipe, text))


def test_a_three_character_short_form_jieba_knows_as_a_place(pipe):
    # other provinces on the page, not 宁夏: 青铜峡 (青铜峡市) is distinctive enough as jieba's place name
    assert "青铜峡" in texts(run(pipe, "来自浙江杭州的游客说,黄河兼具青铜峡的恢宏。"))


def test_streets_after_a_city_and_towns_in_general(pipe):
    found = texts(run(pipe, "在合肥宿州路和合肥市罍街,小店生意红火。"))
    assert "宿州路" in found and "罍街" in found  # 宿州 is a short form, not a full name; 罍 one character after 合肥市
    assert texts(run(pipe, "逐步推开依法赋权镇街执法事项。")) == []  # 镇街: towns and sub-districts in general


def test_a_place_name_framed_as_a_person(pipe):
    # an age before the surname, or a verb of speech after the name
    assert texts(run(pipe, "山东人都知道,72岁的林泰安每天清晨去公园。林泰安是退休教师。")) == ["山东"]
    assert texts(run(pipe, "安徽的村民都认识他。村民王黄山说,今年收成好。")) == ["安徽"]
    assert "黄山" in texts(run(pipe, "美丽的黄山吸引着八方游客。"))


def test_descriptions_before_a_village_suffix_after_a_place(pipe):
    assert texts(run(pipe, "山东省农业农村厅负责人介绍。")) == ["山东省"]  # 农业 before the word 农村
    assert texts(run(pipe, "中企在加纳传统渔业社区建成新港。")) == ["加纳"]  # common words after a place
    assert "神山村" in texts(run(pipe, "井冈山市茅坪乡神山村的村民。"))  # one character before 山村 is a name
