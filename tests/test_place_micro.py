"""Places, round 2: micro-toponyms no table holds (rivers, lakes, ridges, waterways, streets,
squares, old quarters), short forms, and table names that are no place where they stand
(made-up sentences in the style of the papers)."""

from __future__ import annotations

from typing import List

import pytest

from baokan.annotators.core.document import Document
from baokan.annotators.core.pipeline import Pipeline
from baokan.cli.writers import article_records, to_dict


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(["paragraphs", "places"], config={"places": {"use_crf": False}})


def places(pipe: Pipeline, text: str) -> List[str]:
    doc = Document(doc="test", text=text)
    return [e["text"] for r in article_records(pipe(doc)) for e in to_dict(r)["entities"] if e["label"] == "place"]


def test_rivers_lakes_ridges_and_waterways_beside_a_landform_word(pipe):
    found = places(
        pipe,
        "调查组沿着赣江支流洛溪河上行，又在松岩湖畔采集水样。当年，部队在甲县与乙县交界的青峰岭设伏。"
        "暴雨后，污水经白沙江流域汇入干渠，最终流入西江汊道牛洲水道。",
    )
    assert {"洛溪河", "松岩湖", "青峰岭", "白沙江", "牛洲水道"} <= set(found)


def test_a_river_named_by_a_township_on_the_page(pipe):
    found = places(pipe, "一级支流桃川河流过临澧县桃川镇，镇上的干部守在河边。")  # 桃川: 桃川镇's short form
    assert "桃川河" in found and "桃川" not in found


def test_a_verb_before_a_landform_word_names_no_lake(pipe):
    assert not any(t.endswith("湖") for t in places(pipe, "音乐节串起湖畔的景区和民宿。"))


def test_compass_words_used_as_directions_are_no_places(pipe):
    assert places(pipe, "考古发现显示，这一文化由东北向西南扩展。") == []
    assert "西南" not in places(pipe, "西藏位于我国西南边陲。")
    assert "中西部" not in places(pipe, "中西部地区积极发展新材料产业。")
    assert "华南" in places(pipe, "华南的台风季节就要到了。")  # a region name, kept as before


def test_a_strategy_that_holds_a_region_is_no_place(pipe):
    assert "成渝地区双城经济圈" not in places(pipe, "重庆推动成渝地区双城经济圈建设走深走实。")


def test_an_everyday_foreign_name_after_a_chinese_city_is_no_place(pipe):
    assert "万象" not in places(pipe, "晚上，市民来到临江万象汇看电影。")  # a shopping mall
    assert "万象" in places(pipe, "代表团从老挝万象出发。")
