"""巴州, the press short form of 巴音郭楞蒙古自治州 in Xinjiang's papers and of 巴州区 (巴中市) in Sichuan's
(issue 19, session 18): the page's context chooses between them, as for other shared short forms. Every
sentence here is made up for the test; the last test reads a fit page of the real corpus when it is there."""

from __future__ import annotations

from typing import Dict, Optional

import pytest
from conftest import needs_corpus

from baokan.annotators.core.document import Document
from baokan.cli.writers import article_records, to_dict

_PREFECTURE, _DISTRICT = "巴音郭楞蒙古自治州", "巴州区"


def _bazhou(pipe, text: str) -> Optional[str]:
    """The full name of the division every 巴州 of ``text`` is read as (None: no place there)."""
    doc = pipe(Document(doc="test", text=text))
    found: Dict[str, str] = {}
    for r in article_records(doc):
        for e in to_dict(r)["entities"]:
            if e["label"] == "place" and e["text"] == "巴州":
                found[e["full_name"]] = e["text"]
    assert len(found) <= 1, found
    return next(iter(found), None)


def test_a_xinjiang_page_reads_the_prefecture(place_pipe):
    assert _bazhou(place_pipe, "新疆巴州各县市加快推进棉花收购。") == _PREFECTURE
    text = "新疆维吾尔自治区党委召开会议。巴州各县市加快推进棉花收购。"
    assert _bazhou(place_pipe, text) == _PREFECTURE
    assert _bazhou(place_pipe, "库尔勒市是巴州首府。") == _PREFECTURE


def test_the_prefectures_party_committee_with_no_other_place(place_pipe):
    assert _bazhou(place_pipe, "巴州党委常委会召开会议，研究部署冬季防火工作。") == _PREFECTURE


def test_a_sichuan_page_reads_the_district(place_pipe):
    assert _bazhou(place_pipe, "巴中市委召开会议。巴州各乡镇加快推进茶园建设。") == _DISTRICT
    assert _bazhou(place_pipe, "四川巴州各乡镇加快推进茶产业。") == _DISTRICT
    # the province named sentences away, not right before it
    text = "四川省委召开会议部署茶产业发展。巴州各乡镇加快推进茶园建设。"
    assert _bazhou(place_pipe, text) == _DISTRICT


def test_a_city_the_pages_province_vouches_for_still_outranks_its_county(place_pipe):
    # the county's edge where the context vouches for it is no more than that: 辽宁 on the page speaks for
    # 朝阳市 as much as for 朝阳县, and the city keeps its place; 北京 speaks for 朝阳区 alone
    doc = place_pipe(Document(doc="test", text="辽宁省出台新政策。朝阳各县加快推进。"))
    found = {e["text"]: e.get("full_name") for r in article_records(doc) for e in to_dict(r)["entities"]}
    assert found.get("朝阳") == "朝阳市"
    doc = place_pipe(Document(doc="test", text="北京市出台新政策。朝阳各街道加快推进。"))
    found = {e["text"]: e.get("full_name") for r in article_records(doc) for e in to_dict(r)["entities"]}
    assert found.get("朝阳") == "朝阳区"


def test_a_capital_keeps_its_short_form_where_the_countys_province_is_named_in_passing(place_pipe):
    # 西安 is the capital of 陕西 and also 西安区 of 牡丹江 (黑龙江) and of 辽源 (吉林): a national page that names
    # 黑龙江 once still means the capital, however a county's context is weighed (VOUCHED_COUNTY)
    text = "黑龙江冰雪旅游持续升温。西安一家科技企业的负责人说，订单排到了年底。"
    doc = place_pipe(Document(doc="test", text=text))
    found = {e["text"]: e.get("full_name") for r in article_records(doc) for e in to_dict(r)["entities"]}
    assert found.get("西安") == "西安市"


@pytest.mark.corpus
def test_a_county_gains_no_edge_over_a_township_whose_county_the_page_names(place_pipe):
    """黄龙 is 黄龙县 of 陕西 and 黄龙乡 of 松潘 among others: a fit page of the corpus about 松潘 that names 陕西
    once in passing must not make it the Shaanxi county (the edge is only for a county against a city)."""
    page = needs_corpus() / "rmrb_20251114_p11.txt"
    doc = place_pipe(Document(doc=page.name, text=page.read_text(encoding="utf-8")))
    codes = {e.get("code") for r in article_records(doc) for e in to_dict(r)["entities"] if e["text"] == "黄龙"}
    assert codes and "610631" not in codes
