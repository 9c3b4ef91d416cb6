"""Towns that act and places inside other names (issue 19, session 11: made-up sentences in the style
of county and city papers)."""

from __future__ import annotations

from conftest import place_texts


def test_a_town_whose_name_is_a_word_acts(place_pipe):
    text = "桃花镇积极配合项目征迁工作。镇党委书记表示，桃花镇将全力保障工程建设用地。"
    assert place_texts(place_pipe, text) == ["桃花镇", "桃花镇"]


def test_a_town_whose_name_is_a_word_after_a_preposition(place_pipe):
    assert place_texts(place_pipe, "在桃花镇，记者看到新建的文化广场。") == ["桃花镇"]


def test_a_kind_of_town_is_no_town(place_pipe):
    assert place_texts(place_pipe, "要加快中心镇建设，各中心镇要发挥辐射作用。") == []
    assert place_texts(place_pipe, "重点镇、中心镇要率先发展。") == []


def test_a_city_inside_a_mountain_park(place_pipe):
    assert place_texts(place_pipe, "经过半年施工，白佛山公园提升改造工程日前完工。") == []


def test_the_city_before_its_own_park_stays(place_pipe):
    assert place_texts(place_pipe, "游客在佛山公园散步。") == ["佛山"]


def test_clipped_longjiang_before_water_works(place_pipe):
    assert place_texts(place_pipe, "龙江水利枢纽工程二期已完成总工程量的七成。") == []
    assert place_texts(place_pipe, "龙江大地冰雪旅游持续升温。") == ["龙江"]
