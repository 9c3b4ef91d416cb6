"""Banners and villages of Inner Mongolia as its papers write them (issue 19, session 11: made-up
sentences in the style of a regional paper)."""

from __future__ import annotations

from conftest import place_texts


def _full_names(pipe, text: str):
    from baokan.annotators.core.document import Document
    from baokan.cli.writers import article_records, to_dict

    doc = pipe(Document(doc="test", text=text))
    return {
        e["text"]: e.get("full_name")
        for r in article_records(doc)
        for e in to_dict(r)["entities"]
        if e["label"] == "place"
    }


def test_press_short_forms_of_banners(place_pipe):
    found = _full_names(place_pipe, "今年，科左中旗、科右前旗的牧民纷纷加入合作社。")
    assert found == {"科左中旗": "科尔沁左翼中旗", "科右前旗": "科尔沁右翼前旗"}


def test_a_banner_short_form_beside_a_banner(place_pipe):
    found = place_texts(place_pipe, "达茂旗、四子王旗的牧民赶着羊群转场。")
    assert found == ["达茂旗", "四子王旗"]


def test_a_one_character_banner_short_form_needs_its_region(place_pipe):
    assert place_texts(place_pipe, "内蒙古准旗的煤矿完成绿色改造。") == ["内蒙古", "准旗"]
    assert place_texts(place_pipe, "陈旗说，这件事很重要。") == []


def test_long_mongolian_village_and_township_names(place_pipe):
    found = place_texts(place_pipe, "在锡林浩特市朝克乌拉苏木巴彦宝拉格嘎查，牧民正在打草。")
    assert found == ["锡林浩特市", "朝克乌拉苏木", "巴彦宝拉格嘎查"]


def test_gacha_as_a_kind_of_village_is_no_name(place_pipe):
    assert place_texts(place_pipe, "全旗各嘎查都建起了党群服务中心，该苏木下辖8个嘎查。") == []
