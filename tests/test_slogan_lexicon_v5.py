"""Slogans of the lexicon's fifth version (the documents of 2026, issue 19), on made-up sentences."""

from __future__ import annotations

from typing import Any, List

from conftest import slogan_forms

from baokan.annotators.core import lexicon
from baokan.annotators.core.document import Document


def _slogans(pipe: Any, text: str) -> List[Any]:
    """The slogan entities ``pipe`` tags in ``text``, offsets checked against the text."""
    doc = pipe(Document(doc="t", text=text))
    found = [e for a in doc.articles for e in a.entities if e.label == "slogan"]
    for e in found:
        assert text[e.start : e.end] == e.text, e
    return found


def test_rows_of_each_kind_fire_bare(slogan_pipe):
    """A county daily's report on the year's tasks (made up): a goal, projects, a campaign, a reform,
    a strategy, mechanisms and a principle of the 2026 documents, written without quotation marks."""
    text = (
        "临江县政府常务会议研究今年重点工作。会议提出，要抢抓机遇打造智能经济新形态，"
        "扎实实施房屋品质提升工程，同步开展物业服务质量提升行动，让群众住得更舒心。"
        "县财政局将稳步推进零基预算改革，把有限资金用在刀刃上。"
        "会议要求，全县上下要深入落实全面节约战略，主动服务国家战略腹地建设，"
        "严格落实米袋子省长负责制和菜篮子市长负责制，促进良田良种良机良法集成增效。"
        "会议强调，“十五五”时期是基本实现社会主义现代化夯实基础、全面发力的关键时期。"
    )
    got = slogan_forms(slogan_pipe, text)
    for phrase in (
        "智能经济新形态",
        "房屋品质提升工程",
        "物业服务质量提升行动",
        "零基预算改革",
        "全面节约战略",
        "米袋子省长负责制",
        "菜篮子市长负责制",
        "良田良种良机良法",
        "夯实基础、全面发力",
    ):
        assert phrase in got, (phrase, got)
    # the generic head 建设 stays outside (docs/labels.md, other papers 3)
    assert "国家战略腹地" in got and "国家战略腹地建设" not in got
    _slogans(slogan_pipe, text)


def test_rows_fire_quoted(slogan_pipe):
    """The same rows printed in quotation marks keep their canonical form and say they were quoted."""
    text = (
        "该区以“5G+工业互联网”为抓手改造老厂房，又把“康复护理扩容提升工程”列入民生实事，"
        "还在乡村振兴讲堂上解读“五个振兴”。"
    )
    quoted = {e.text: e for e in _slogans(slogan_pipe, text)}
    for phrase in ("5G+工业互联网", "康复护理扩容提升工程", "五个振兴"):
        assert phrase in quoted, (phrase, quoted)
        assert quoted[phrase].canonical == phrase and quoted[phrase].quoted


def test_political_legal_formulas_of_january_2026(slogan_pipe):
    """A legal daily's report of a provincial political-legal meeting (made up)."""
    text = (
        "会议要求，全省政法机关要统筹抓好政治建设、平安建设、法治建设、基础建设、队伍建设，"
        "建立规范涉企执法长效机制，在维护国家安全、社会安定、人民安宁中展现新作为。"
        "省检察院坚持从政治上着眼、在法治上着力，积极参与构建中国检察学自主知识体系；"
        "省法院做实从政治上看、从法治上办。"
    )
    got = slogan_forms(slogan_pipe, text)
    for phrase in (
        "政治建设、平安建设、法治建设、基础建设、队伍建设",
        "规范涉企执法长效机制",
        "国家安全、社会安定、人民安宁",
        "从政治上着眼、在法治上着力",
        "中国检察学自主知识体系",
        "从政治上看、从法治上办",
    ):
        assert phrase in got, (phrase, got)


def test_opening_up_formulas_and_verb_form(slogan_pipe):
    """自主开放 and 单边开放 are rows; with its verb 有序扩大 the first is the fit gold's must string."""
    got = slogan_forms(slogan_pipe, "该省将有序扩大自主开放，并在部分领域试行单边开放。")
    assert "有序扩大自主开放" in got and "单边开放" in got


def test_near_miss_everyday_phrases_stay_out(slogan_pipe):
    """Everyday words of the same documents, and the rows' near neighbours, are no slogans."""
    text = (
        "这家物业公司的服务质量提升很快，小区的房屋品质也不错。"
        "镇里的高标准农田今年又扩大了，服务消费和数字经济持续升温。"
        "老人说，过日子要节约，菜篮子拎回来满满当当。"
    )
    got = slogan_forms(slogan_pipe, text)
    for negative in ("服务消费", "数字经济", "高标准农田", "菜篮子", "节约", "房屋品质", "服务质量提升"):
        assert negative not in got, (negative, got)


def test_version_5_header_and_sources():
    """The header names version 5 (or a later one), and every row it adds names its document in the source column."""
    table = lexicon.read_table("slogans")
    assert int(table.header["version"]) >= 5
    assert "Version 5" in table.header["source"]
    rows = {row["canonical"]: row for row in table.rows}
    for canonical in ("智能经济新形态", "中国检察学自主知识体系", "统筹国内经济工作和国际经贸斗争", "良田良种良机良法"):
        assert canonical in rows, canonical
        assert rows[canonical]["source"], canonical
    for dropped in ("多元化食物供给体系", "农业新质生产力", "良田良种良机良法集成增效"):
        assert dropped not in rows, dropped
