"""The police annotator: long unit chains, border, railway and traffic police, X公安, non-units."""

from __future__ import annotations

from typing import Dict, List, Sequence

import pytest
from conftest import DATA, SEED, validate

from baokan.annotators.core.document import Document
from baokan.annotators.core.pipeline import Pipeline
from baokan.cli.writers import article_records, to_dict


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(["paragraphs", "places", "police"], config={"places": {"use_crf": False}})


def run(pipe: Pipeline, text: str) -> List[Dict]:
    """Police-unit entities of a text (as one article of paragraphs), validated as records."""
    records = validate(to_dict(r) for r in article_records(pipe(Document(doc="test", text=text))))
    return [e for r in records for e in r["entities"] if e["label"] == "police_unit"]


def texts(ents: Sequence[Dict]) -> List[str]:
    return [e["text"] for e in ents]


def unit(ents: Sequence[Dict], text: str) -> Dict:
    return next(e for e in ents if e["text"] == text)


@pytest.fixture(scope="module")
def police_page(pipe) -> List[Dict]:
    return run(pipe, (DATA / "places_police_daily.txt").read_text(encoding="utf-8"))


def test_sample_page(pipe):
    found = set(texts(run(pipe, SEED.read_text(encoding="utf-8"))))
    assert {"浙江公安", "义乌公安", "嘉善魏塘派出所"} <= found
    # a meeting and slogans are not units; nothing else on the page is one
    assert found <= {"浙江公安", "义乌公安", "嘉善魏塘派出所", "公安机关", "魏塘派出所"}


def test_a_chain_is_one_entity_as_written(police_page):
    e = unit(police_page, "西藏自治区日喀则市公安局特警支队特战大队")
    assert e["kind"] == "特战大队"
    assert e["place"] == "西藏自治区日喀则市"
    assert e["parents"] == ["西藏自治区日喀则市公安局", "特警支队"]
    # its parts are not tagged again beside it
    assert "日喀则市公安局" not in texts(police_page) and "特警支队" not in texts(police_page)


@pytest.mark.parametrize(
    "name",
    [
        # border and entry-exit police
        "阿里边境管理支队普兰边境派出所",
        "吉隆边境管理大队",
        "西藏出入境边防检查总站吉隆边检站",
        "吉隆边检站",
        "黑河边境管理支队",
        "满洲里出入境边防检查站",
        # provincial departments
        "新疆维吾尔自治区公安厅",
        "内蒙古自治区公安厅",
        "黑龙江省公安厅",
        "云南省公安厅禁毒局",
        # railway police
        "上海铁路公安局杭州铁路公安处杭州东站派出所",
        "南昌铁路公安局福州铁路公安处",
        "广州铁路公安局乘警支队三大队",
        # traffic police
        "南宁市公安局交通警察支队高速公路一大队",
        "广西壮族自治区公安厅高速公路交通警察总队",
        # city and county bureaus with their stations
        "百色市公安局右江分局龙景派出所",
        "凭祥市公安局友谊关派出所",
        "瑞丽市公安局姐告派出所",
        "德宏州公安局",
        # the ministry and its bureaus
        "公安部刑事侦查局",
        "公安部交通管理局",
    ],
)
def test_units_of_a_police_paper(police_page, name):
    assert name in texts(police_page)


def test_railway_chain_attributes(police_page):
    e = unit(police_page, "上海铁路公安局杭州铁路公安处杭州东站派出所")
    assert e["kind"] == "派出所"
    assert e["place"] == "上海"
    assert e["parents"] == ["上海铁路公安局", "杭州铁路公安处"]


def test_not_units_of_a_police_paper(police_page):
    found = texts(police_page)
    # 全国公安机关 is generic, 智慧公安 a slogan, 人民公安报 a paper, 临时警务站 no named station
    assert not any(t in found for t in ("全国公安机关", "智慧公安", "人民公安", "公安工作会议"))
    assert not any("临时" in t or t.startswith("设立") for t in found)


def test_legal_and_city_papers(pipe):
    legal = texts(run(pipe, (DATA / "places_legal_daily.txt").read_text(encoding="utf-8")))
    for name in (
        "福建省福州市公安局鼓楼分局",
        "南京市公安局鼓楼分局",
        "江苏省公安厅反诈中心",
        "福州市公安局刑侦支队三大队",
        "深圳市公安局南山分局",
        "重庆市公安局渝中区分局",
        "公安部",
        "国家移民管理局",
    ):
        assert name in legal, name
    city = texts(run(pipe, (DATA / "places_evening_paper.txt").read_text(encoding="utf-8")))
    for name in ("杭州市公安局交通警察支队上城大队", "杭州交警", "萧山公安分局北干派出所", "杭州公安"):
        assert name in city, name
    # an honour (创建枫桥式公安派出所) is no station
    assert not any("枫桥" in t or t.startswith("式") for t in city)


@pytest.mark.parametrize(
    "text, unit_text",
    [
        ("记者从江苏省公安厅获悉,", "江苏省公安厅"),
        ("市公安局有关负责人介绍,", "市公安局"),
        ("萧山公安提醒广大市民,", "萧山公安"),
        ("据义乌警方通报,", "义乌警方"),
        ("交警大队民警迅速赶到现场。", "交警大队"),
        ("北京市公安局公安交通管理局发布提示。", "北京市公安局公安交通管理局"),
        # the place's own force, as organs or as 警方; 海警 across 上海|警方 is no word here
        ("近年来,温州公安机关持续打击电信诈骗。", "温州公安机关"),
        ("上海警方发布预警提示。", "上海警方"),
        # a task force at the end of a chain; a service of a county's force (单县 is two characters)
        ("宁波市公安局鄞州分局反诈专班连夜研判。", "宁波市公安局鄞州分局反诈专班"),
        ("单县公安特警在路口设卡。", "单县公安特警"),
        # a joining verb ends the chain: the station it joins is another unit, and unnamed
        ("宁波市公安局经侦支队会同属地派出所开展清查。", "宁波市公安局经侦支队"),
        # a national force with its branch: the chain starts at the river's name, not at the city's
        ("长江航运公安局南京分局民警登船检查。", "长江航运公安局南京分局"),
        # 公安 is also a county of 荆州 (公安县): after a place it starts the bureau, not another place
        ("湖北省荆州市公安局荆州区分局民警走访商户。", "湖北省荆州市公安局荆州区分局"),
        ("公安县公安局民警走访商户。", "公安县公安局"),
        # a statutory zone after the place is part of the bureau's place part
        ("合肥高新区公安分局民警开展宣传。", "合肥高新区公安分局"),
        ("天津经济技术开发区公安局民警开展宣传。", "天津经济技术开发区公安局"),
        # a place's traffic administration, like its 警方
        ("临安交管部门提醒广大驾驶人。", "临安交管部门"),
        # a named place's force before a noun of its work: still the force (docs/labels.md, *other papers*)
        ("浙江公安工作取得新成效。", "浙江公安"),
    ],
)
def test_units_in_running_text(pipe, text, unit_text):
    assert texts(run(pipe, text)) == [unit_text]


@pytest.mark.parametrize(
    "text",
    [
        "全省公安工作会议在杭州召开。",  # a meeting
        "加快建设更高层次的法治公安。",  # slogans
        "深化高素质过硬公安铁军建设。",
        "以公安大脑建设为牵引。",
        "杭州市消防救援支队开展演练。",  # fire brigades left public security in 2018
        "武警浙江省总队举行授旗仪式。",  # armed police
        "全市公安局长会议召开。",
        "市场监管局、税务分局联合检查。",  # other bureaus' branches
        "到派出所报案后,民警很快联系了他。",  # a station, not named
        "各县公安局要加强值守。",
        "全省公安机关要压实责任。",  # many places' organs, not one force
        "群众将嫌疑人扭送并移交至派出所。",  # a verb before a bare station is no station's name
        "海警执法船在附近海域巡航。",  # the coast guard
        # a place and 分局 after another organ are that organ's branch
        "北京市规划和自然资源委员会昌平分局规划科负责人介绍。",
        "杭州市市场监督管理局西湖分局执法人员上门检查。",
        "交管部门提醒广大驾驶人。",  # no place: generic
    ],
)
def test_not_units(pipe, text):
    assert texts(run(pipe, text)) == []


def test_without_the_places_layer_full_names_still_anchor_units():
    pipe = Pipeline(["paragraphs", "police"])
    ents = run(pipe, "杭州市公安局西湖分局北山街派出所民警")
    assert texts(ents) == ["杭州市公安局西湖分局北山街派出所"]
    assert ents[0]["parents"] == ["杭州市公安局", "西湖分局"]


def test_a_post_after_a_unit_is_not_part_of_it(pipe):
    ents = run(pipe, "西藏自治区日喀则市公安局特警支队特战大队副大队长赵阳说。")
    assert texts(ents) == ["西藏自治区日喀则市公安局特警支队特战大队"]
    ents = run(pipe, "江苏省公安厅副厅长、刑侦总队总队长孙立军表示。")
    assert texts(ents) == ["江苏省公安厅", "刑侦总队"]


def test_a_description_before_a_station_is_no_name(pipe):
    assert texts(run(pipe, "全州已建成社区警务室312个。")) == []
    assert texts(run(pipe, "城西派出所民警赶到现场。")) == ["城西派出所"]


def test_ner_candidates_extend_a_unit_the_grammar_accepts():
    """An org candidate (as --ner hanlp gives) that ends in a grammar unit becomes the whole unit."""
    from baokan.annotators.core.document import Document, NameCandidate
    from baokan.annotators.core.pipeline import Pipeline
    from baokan.annotators.police import Police

    text = "近日，红其拉甫边境管理大队民警在山口巡逻时救助了一名游客。"
    doc = Pipeline(["paragraphs", "places"])(Document(doc="t", text=text))
    plain = [e.text for e in Police()(doc).articles[0].entities if e.label == "police_unit"]
    assert plain == ["边境管理大队"]  # the grammar alone does not know the name
    doc = Pipeline(["paragraphs", "places"])(Document(doc="t", text=text))
    doc.candidates[0] = [
        NameCandidate(3, text.index("大队") + 2, "org", "hanlp"),
        NameCandidate(text.index("山口"), text.index("山口") + 2, "org", "hanlp"),
    ]
    doc.layers.add("entities.candidates")
    units = [e for e in Police()(doc).articles[0].entities if e.label == "police_unit"]
    assert [u.text for u in units] == ["红其拉甫边境管理大队"]
    assert units[0].source == "police.ner" and units[0].kind.endswith("大队")
