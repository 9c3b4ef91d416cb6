"""Places, police units and slogans of other papers left open by set 15 (issue 19, session 16), each a
class that set 15 shares with an earlier set or the corpus fit pages. Every sentence is made up for the
test; each rule has a sentence where it must not fire."""

from __future__ import annotations

from conftest import place_texts, slogan_forms
from test_officials_other_papers import units


def test_roads_walked_are_no_places(place_pipe):
    found = place_texts(place_pipe, "全村齐心协力，走出了一条新时代山乡农村小康路、生态路、幸福路。")
    assert not any(p.endswith("路") for p in found)
    found = place_texts(place_pipe, "会议要求，确保开好头、走稳路、行得远。")
    assert not any(p.endswith("路") for p in found)


def test_a_road_after_a_walk_out_of_a_lane_stays(place_pipe):
    assert "解放路" in place_texts(place_pipe, "他走出一条小巷，来到解放路。")
    assert place_texts(place_pipe, "记者从解放路走到建设路。") == ["解放路", "建设路"]


def test_the_generic_word_of_villages_after_a_conjunction_is_no_town(place_pipe):
    assert place_texts(place_pipe, "各大社区和村镇都建起了阅报栏。") == []
    assert place_texts(place_pipe, "街道和乡村都行动起来。") == []


def test_a_village_read_across_two_village_words_is_no_village(place_pipe):
    assert place_texts(place_pipe, "县里各社区、村街村委会都树起了阅报栏。") == []
    assert "石桥村" in place_texts(place_pipe, "他来到石桥村村委会。")


def test_a_county_named_in_full_stands_in_its_short_form(place_pipe):
    text = "清流县召开融媒体工作会。\n会议强调，要探索具有清流特色的融合发展道路。"
    assert place_texts(place_pipe, text) == ["清流县", "清流"]


def test_an_everyday_short_form_alone_is_no_county(place_pipe):
    assert place_texts(place_pipe, "要探索具有清流特色的融合发展道路。") == []


def test_a_forces_district_branch_and_its_station_are_one_chain():
    assert units("4月2日，临江公安东城分局石桥派出所开展警营开放日活动。") == ["临江公安东城分局石桥派出所"]
    assert units("临江公安东城分局刑侦大队破获一起案件。") == ["临江公安东城分局刑侦大队"]


def test_a_forces_district_branch_alone_stays():
    assert units("4月2日，临江公安东城分局开展警营开放日活动。") == ["临江公安东城分局"]


def test_a_campaign_as_an_attribute_is_the_campaign(slogan_pipe):
    assert "扫黑除恶" in slogan_forms(slogan_pipe, "要学深悟透总书记关于扫黑除恶的重要指示精神。")


def test_a_campaign_verb_with_an_object_stays_out(slogan_pipe):
    assert slogan_forms(slogan_pipe, "各地严打各类犯罪活动。") == {}


def test_a_region_inside_jiebas_word_with_a_generic_head_stands(place_pipe):
    assert "中亚" in place_texts(place_pipe, "论坛促进中国同中亚国家的互联互通。")
    assert "中亚" in place_texts(place_pipe, "中亚地区局势总体稳定。")


def test_the_developing_countries_name_no_region(place_pipe):
    assert place_texts(place_pipe, "支持发展中国家和地区加快发展。") == []


def test_a_village_right_after_its_township_though_its_name_ends_in_a_verb(place_pipe):
    assert "迎回村" in place_texts(place_pipe, "在柳河县石岗乡迎回村村部门口，笔者看到了阅报栏。")


def test_a_verb_of_going_to_villages_after_a_township_stays_out(place_pipe):
    assert place_texts(place_pipe, "石桥镇新选派驻村第一书记到岗。") == ["石桥镇"]
