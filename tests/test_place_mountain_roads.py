"""Roads named after a mountain (贺兰山路, 天目山路): 山路 is jieba's word for "a mountain road", but a known
mountain's 山 closes its own name there."""

from __future__ import annotations

from test_officials_other_papers import entities


def _places(text: str) -> list:
    return [e["text"] for e in entities(text, "place")]


def test_a_road_named_after_a_mountain_is_one_road():
    assert "贺兰山路" in _places("交警站在贺兰山路与迎宾街交叉路口指挥车辆通行。")
    assert "天目山路" in _places("民警在天目山路沿线开展夜间巡逻。")


def test_the_way_to_a_mountain_and_a_mountain_path_are_no_road():
    assert "黄山路" not in _places("游客们去黄山路上遇到了大雨。")
    found = _places("游客登上贺兰山，山路崎岖难行。")
    assert "贺兰山" in found and "贺兰山路" not in found


def test_a_lone_character_before_a_direction_opens_the_street():
    assert "桥南古街" in _places("周末，市民们漫步桥南古街，参观沿街的老字号。")
    assert "东朝阳路" in _places("交警在东朝阳路疏导车辆。")
