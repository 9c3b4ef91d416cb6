"""Bylines and captions as city and county papers print them: reporters signed under the last
paragraph, role words padded like names, a news app's brand before 记者, a photo's source in brackets."""

from __future__ import annotations

import pytest

from baokan.annotators.core.document import Document
from baokan.annotators.language.bylines import parse_byline, signed_sentence
from baokan.annotators.segment import Segment


def articles(text: str):
    return Segment()(Document(doc="page", text=text)).articles


@pytest.mark.parametrize(
    ("line", "people"),
    [
        ("记  者：张  明", [("张明", "记者")]),  # the role padded to the names' width
        ("记 者:李 红", [("李红", "记者")]),
        ("江城新闻记者 王晓东", [("王晓东", "江城新闻记者")]),  # a news app's reporter
        ("江城快报+记者 周立新 通讯员 赵亮", [("周立新", "江城快报+记者"), ("赵亮", "通讯员")]),
    ],
)
def test_bylines_of_other_papers(line, people):
    found = parse_byline(line)
    assert found is not None
    assert [(p.name, p.role) for p in found.people] == people


@pytest.mark.parametrize("line", ["记者节来临", "新闻记者要走基层", "王 记 者 好"])
def test_words_that_only_contain_a_role_are_no_byline(line):
    assert parse_byline(line) is None or not parse_byline(line).people


COUNTY_PAGE = """\
白石镇启动冬季巡逻防控行动
11月20日上午，白石镇冬季巡逻防控行动启动仪式在镇政府广场举行，派出所民警、网格员和志愿者共120余人参加。
仪式上，镇党委书记王建华要求，各村要把巡逻防控与矛盾纠纷排查结合起来，做到早发现、早处置。
随后，巡逻车辆依次驶出广场，开始当天的第一轮巡逻。
记 者：刘 洋
"""


def test_a_reporter_signed_under_the_last_paragraph_is_the_byline_not_an_article():
    found = articles(COUNTY_PAGE)
    assert len(found) == 1
    art = found[0]
    assert art.headline == "白石镇启动冬季巡逻防控行动"
    assert art.byline is not None and [(p.name, p.role) for p in art.byline.people] == [("刘洋", "记者")]


APP_PAGE = """\
江城公安为群众办实事
江城新闻记者 王晓东
12月1日，江城市公安局召开新闻发布会，通报今年以来为群众办实事的情况。
发布会现场（来源：江城日报）
今年以来，全市公安机关共办理户籍业务3.2万件，群众满意率持续提升。
江城快报+记者 周立新 通讯员 赵亮
（通讯员供图）
"""


def test_a_photo_source_in_brackets_is_a_caption_and_a_closing_credit_opens_nothing():
    found = articles(APP_PAGE)
    assert len(found) == 1
    art = found[0]
    assert art.headline == "江城公安为群众办实事"
    assert [p.name for p in art.byline.people] == ["王晓东"]
    captions = [b.text for b in art.blocks if b.kind == "caption"]
    assert "发布会现场（来源：江城日报）" in captions


BRIEFS = """\
全市上半年刑事案件发案数同比下降18%，群众安全感满意度连续三年保持在98%以上。（记者 林小雨）
夜市烟火气回来了
本报记者 周立新
入夜，临江市滨江路夜市人头攒动，摊主们忙着招呼顾客。
市场监管部门派出执法人员巡查，确保食品安全。
"""


def test_a_one_line_brief_signed_in_brackets_is_no_headline():
    first, second = articles(BRIEFS)
    assert first.headline is None and [p.name for p in first.byline.people] == ["林小雨"]
    assert second.headline == "夜市烟火气回来了" and not second.subtitles
    assert [p.name for p in second.byline.people] == ["周立新"]


@pytest.mark.parametrize(
    ("line", "signed"),
    [
        ("全市发案数同比下降18%。（记者 林小雨）", True),
        ("全市发案数同比下降18%！（本报记者 王强 通讯员 李明）", True),
        ("夜市烟火气回来了（组图）", False),  # a heading's own bracket
        ("市公安局召开新闻发布会（记者 林小雨）", False),  # no sentence closed before it
        ("全市发案数同比下降18%。（下转2版）", False),
    ],
)
def test_signed_sentences(line, signed):
    assert signed_sentence(line) is signed
