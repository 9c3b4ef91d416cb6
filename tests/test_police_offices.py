"""Offices (处) of a department or a bureau named inside a chain, and the everyday words of 处
(issue 19, set 12: ``annotators/language/police_offices.py``). Made-up text."""

from __future__ import annotations

import pytest
from test_officials_other_papers import officials, units


@pytest.mark.parametrize(
    "text, unit",
    [
        ("青川县公安局政治处组织全体民警开展学习。", "青川县公安局政治处"),
        ("临江市公安局出入境管理处民警上门为群众办理证件。", "临江市公安局出入境管理处"),
        ("浙江省公安厅交警总队秩序处发布春运出行提示。", "浙江省公安厅交警总队秩序处"),
        ("临江铁路公安处政治处组织开展警示教育。", "临江铁路公安处政治处"),
    ],
)
def test_an_office_after_a_bureau_department_corps_or_division_is_a_unit(text, unit):
    assert units(text) == [unit]


def test_an_office_heads_a_title_and_the_title_stays_whole():
    text = "临江市公安局宣传处处长王建国介绍，今年以来全市破获案件百余起。"
    assert units(text) == ["临江市公安局宣传处"]
    assert officials(text) == {"王建国": ["临江市公安局宣传处处长"]}


def test_a_department_office_director_is_an_official_with_the_whole_title():
    text = "浙江省公安厅政治处副主任李明华说，队伍建设取得新成效。"
    assert units(text) == ["浙江省公安厅政治处"]
    assert officials(text) == {"李明华": ["浙江省公安厅政治处副主任"]}


def test_a_railway_division_head_stays_the_head():
    text = "临江铁路公安处处长王志刚介绍了春运安保情况。"
    assert units(text) == ["临江铁路公安处"]
    assert officials(text) == {"王志刚": ["临江铁路公安处处长"]}


def test_an_officer_of_an_office_keeps_the_office_in_the_title():
    assert officials("临江市公安局宣传处民警李强说，活动很受欢迎。") == {"李强": ["临江市公安局宣传处民警"]}


@pytest.mark.parametrize(
    "text, unit",
    [
        ("城关派出所地处城乡接合部，警情复杂。", "城关派出所"),  # 地处: lies in
        ("临江市公安局交警支队依法处罚违法驾驶人。", "临江市公安局交警支队"),  # 处罚
        ("临江市公安局迅速处置了这起警情。", "临江市公安局"),  # 处置
        ("临江市公安局特警支队反恐处突能力不断提升。", "临江市公安局特警支队"),  # 处突
        ("青川县公安局城关派出所入口处设有便民服务台。", "青川县公安局城关派出所"),  # a station has no office
        ("临江市公安局指挥中心处警及时。", "临江市公安局指挥中心"),  # 处警: the centre stays
        ("依据治安管理处罚法，临江市公安局对其处以行政拘留。", "临江市公安局"),  # 处罚法, 处以
    ],
)
def test_an_everyday_word_of_chu_after_a_unit_is_no_office(text, unit):
    assert units(text) == [unit]


@pytest.mark.parametrize(
    "text",
    [
        "民警与群众和睦相处，辖区到处可见警民一家亲。",
        "临江市宣传处开展了主题活动。",  # a place alone before 处: no chain
        "他到街道办事处办理居住证。",
    ],
)
def test_chu_with_no_police_chain_before_it_is_no_unit(text):
    assert units(text) == []


def test_a_spot_named_with_chu_is_no_body_of_a_post():
    assert officials("青川公园入口处的工作人员王建国说，他每天都很忙。") == {}
    assert officials("青川公园入口科的工作人员王建国说，他每天都很忙。") == {}


def test_a_brigade_named_by_two_duties_is_not_cut_at_chu():
    text = "临江市公安局交通管理支队事故预防处理和事故鉴定大队教导员张平说，处理效率提升了。"
    assert units(text) == ["临江市公安局交通管理支队事故预防处理和事故鉴定大队"]
