"""Places, police units and officials of other papers left open by set 14 (issue 19, session 16), each a
class that set 14 shares with an earlier set. Every sentence is made up for the test; each rule has a
sentence where it must not fire."""

from __future__ import annotations

from conftest import place_texts, slogan_forms
from test_officials_other_papers import officials, units


def test_the_countryside_after_a_name_is_no_township(place_pipe):
    found = place_texts(place_pipe, "会上介绍了智慧环卫系统、青溪乡村振兴示范带等重点工程。")
    assert not any(p.endswith("乡") for p in found)
    found = place_texts(place_pipe, "一是固本强基，筑牢乡村振兴的组织基础。")
    assert not any(p.endswith("乡") for p in found)


def test_a_township_before_its_village_or_its_villagers_stays(place_pipe):
    assert "岔口乡" in place_texts(place_pipe, "记者来到岔口乡下坪村，看望留守老人。")
    assert "牛角湾乡" in place_texts(place_pipe, "在牛角湾乡，村民们忙着春耕。")


def test_getting_on_the_expressway_names_no_road(place_pipe):
    found = place_texts(place_pipe, "我们从县城东上高速，一路向北。")
    assert not any(p.endswith("高速") for p in found)


def test_an_exit_or_a_toll_station_named_after_a_town_is_no_road(place_pipe):
    found = place_texts(place_pipe, "该村紧邻国道，距石桥东高速出口8公里。")
    assert not any(p.endswith("高速") for p in found)
    found = place_texts(place_pipe, "车刚驶出柳坪高速收费站，就看见交警在执勤。")
    assert not any(p.endswith("高速") for p in found)


def test_a_named_expressway_stays(place_pipe):
    assert "京港澳高速" in place_texts(place_pipe, "事故发生在京港澳高速北行方向。")


def test_a_division_broadcasters_head_holds_a_press_post():
    found = officials("市委宣传部副部长、临江市广播电视台台长林芳，县委常委王明一同调研。")
    assert found.get("林芳") == ["市委宣传部副部长、临江市广播电视台台长"]
    assert "林芳" in officials("临江市广播电视台台长林芳出席活动。")


def test_a_broadcasters_reporter_holds_no_post():
    assert officials("临江市电视台记者林芳报道。") == {}


def test_a_superlative_before_a_station_is_no_name():
    assert "临江市最西端派出所" not in units("调研组走进临江市最西端派出所—石桥县岭口派出所。")
    assert units("他来到全省最南端派出所。") == []


def test_a_named_station_after_a_description_stays():
    assert "石桥县岭口派出所" in units("调研组走进临江市最西端派出所—石桥县岭口派出所。")


def test_a_police_college_named_with_the_force_is_no_force():
    assert units("2009年他从河北公安警察职业学院毕业。") == []
    assert units("河北公安破获一起跨省诈骗案。") == ["河北公安"]


def test_a_station_under_a_town_is_named_by_the_whole_address():
    found = units("2012年，他被分配到城关文庙东大街派出所，成为一名人民警察。")
    assert found == ["城关文庙东大街派出所"]


def test_a_description_before_the_street_stays_out_of_the_name():
    assert units("群众来到老城东大街派出所报案。") == ["东大街派出所"]


def test_a_field_of_national_security_named_with_the_state_is_a_formula(slogan_pipe):
    text = "新建的储气设施将为保障国家能源安全作出贡献，也让居民冬季用气更有底气。"
    assert "国家能源安全" in slogan_forms(slogan_pipe, text)


def test_the_new_journey_is_found_without_its_state(slogan_pipe):
    text = "全市上下奋力开启全面建设社会主义现代化新征程，推动各项工作走在前列。"
    assert "全面建设社会主义现代化新征程" in slogan_forms(slogan_pipe, text)
