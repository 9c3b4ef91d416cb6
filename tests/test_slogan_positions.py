"""Slogans: the strategic positionings and charges the Party centre gives a province or a region (lexicon
version 6, session 16, issue 19), on made-up text.

docs/labels.md, *consistency, sixth pass*: another province's positioning assigned by the centre is must as the
positioning noun, without the verb (打造, 建设); its nested strategy word is neutral there. A bare everyday phrase
(a `重要窗口` of a festival) is no positioning.
"""

from __future__ import annotations

from conftest import slogan_forms, slogans_of


def test_a_northern_province_positioning_without_its_verb(slogan_pipe):
    text = "该省把对俄合作作为重点，奋力打造我国向北开放的重要窗口，口岸货运量连续三年增长。"
    got = slogan_forms(slogan_pipe, text)
    assert "我国向北开放的重要窗口" in got
    assert "打造我国向北开放的重要窗口" not in got and "向北开放" not in got  # the nested strategy word


def test_the_five_tasks_of_a_border_region(slogan_pipe):
    text = (
        "自治区坚持筑牢我国北方重要生态安全屏障、祖国北疆安全稳定屏障，建设国家重要能源和战略资源基地、"
        "国家重要农畜产品生产基地，打造我国向北开放重要桥头堡。"
    )
    got = slogan_forms(slogan_pipe, text)
    for phrase in (
        "我国北方重要生态安全屏障",
        "祖国北疆安全稳定屏障",
        "国家重要能源和战略资源基地",
        "国家重要农畜产品生产基地",
        "我国向北开放重要桥头堡",
    ):
        assert phrase in got, phrase


def test_quoted_and_bare_forms(slogan_pipe):
    text = "沿海省份积极建设“21世纪海上丝绸之路核心区”，粮食大省当好国家粮食安全压舱石。"
    ents = slogans_of(slogan_pipe, text)
    by_text = {e.text: e for e in ents}
    assert "21世纪海上丝绸之路核心区" in by_text
    assert "国家粮食安全压舱石" in by_text and not by_text["国家粮食安全压舱石"].quoted
    for e in ents:
        assert text[e.start : e.end] == e.text


def test_southern_and_western_positionings(slogan_pipe):
    text = (
        "会议强调，要构建面向东盟的国际大通道，加快建设面向南亚东南亚辐射中心；"
        "直辖市要奋力打造新时代西部大开发重要战略支点、内陆开放综合枢纽。"
    )
    got = slogan_forms(slogan_pipe, text)
    wanted = ("面向东盟的国际大通道", "面向南亚东南亚辐射中心", "新时代西部大开发重要战略支点", "内陆开放综合枢纽")
    for phrase in wanted:
        assert phrase in got, phrase


def test_charges_given_in_inspection_speeches(slogan_pipe):
    text = "全省上下牢记嘱托，努力在推动中部地区崛起中走在前、勇争先、善作为，加快建设国家重要先进制造业高地。"
    got = slogan_forms(slogan_pipe, text)
    assert "走在前、勇争先、善作为" in got and "国家重要先进制造业高地" in got


def test_regional_strategies_positionings(slogan_pipe):
    text = (
        "规划提出，把该区域建设成为全国发展强劲活跃增长极，努力打造大江大河治理的重要标杆，"
        "携手建设宜居宜业宜游的优质生活圈。"
    )
    got = slogan_forms(slogan_pipe, text)
    for phrase in ("全国发展强劲活跃增长极", "大江大河治理的重要标杆", "宜居宜业宜游的优质生活圈"):
        assert phrase in got, phrase


def test_everyday_window_and_bridgehead_phrases_stay_out(slogan_pipe):
    text = "冰雪节已成为展示城市形象的重要窗口，这座小城也是当地商贸往来的桥头堡和重要门户。"
    got = slogan_forms(slogan_pipe, text)
    assert not any(("窗口" in g or "桥头堡" in g or "门户" in g) for g in got), got


def test_lexicon_header_names_version_six():
    from baokan.annotators.core import lexicon

    table = lexicon.read_table("slogans")
    assert int(table.header.get("version", "0")) >= 6
    canon = {r["canonical"]: r for r in table.rows}
    assert canon["丝绸之路经济带核心区"]["scope"] == "新疆"
    assert canon["一极三区一高地"]["scope"] == "national"
