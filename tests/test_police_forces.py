"""A province's force written ``X公安`` where the words after it read otherwise: the county 公安 (公安县's
short form) and the ministry 公安部 (docs/labels.md, police_unit: ``X公安`` is the force of place X)."""

from __future__ import annotations

from test_officials_other_papers import entities


def _texts(text: str, label: str) -> list:
    return [e["text"] for e in entities(text, label)]


def test_a_province_and_gongan_is_its_force_not_the_county():
    text = "湖北公安“夏夜守护”平安万家\n7月10日晚，湖北公安共查处各类案件300余起。"
    assert _texts(text, "police_unit") == ["湖北公安", "湖北公安"]
    assert "公安" not in _texts(text, "place")


def test_the_county_is_still_read_with_its_suffix():
    assert "公安县" in _texts("记者来到湖北省荆州市公安县埠河镇采访。", "place")


def test_a_force_deploying_is_no_ministry():
    text = "江南公安部署“冬季攻势”专项行动\n公安部部署全国夏夜治安巡查行动。"
    assert _texts(text, "police_unit") == ["江南公安", "公安部"]
