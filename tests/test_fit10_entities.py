"""Officials, police units and places of other papers left open by set 10 (issue 19, session 14).
Every sentence is made up for the test; each rule has a sentence where it must not fire."""

from __future__ import annotations

from conftest import place_texts
from test_officials_other_papers import officials, units


def test_a_nominees_title_holds_the_word_of_nomination():
    text = "县委书记周远山，县人大常委会党组书记、县人大常委会主任人选郑海波，看望出席会议的代表。"
    assert officials(text).get("郑海波") == ["县人大常委会党组书记、县人大常委会主任人选"]


def test_a_candidate_for_a_post_is_its_nominee():
    assert officials("大会选举县长候选人林秀英为县长。").get("林秀英") == ["县长候选人"]


def test_a_post_with_no_word_of_nomination_keeps_its_title():
    assert officials("县人大常委会主任郑海波主持会议。").get("郑海波") == ["县人大常委会主任"]


def test_a_trip_to_a_city_by_its_short_name_is_no_name():
    assert officials("会议传达了省委主要领导来渝调研时的讲话精神。") == {}
    assert officials("会议传达了省政府主要领导赴湘考察时的讲话精神。") == {}


def test_a_leader_whose_surname_is_a_verb_of_coming_stays_a_name():
    text = "市委书记来明主持会议并讲话。来明强调，要抓好落实。"
    assert "来明" in officials(text)


def test_a_bare_urban_area_before_a_road_is_no_part_of_it(place_pipe):
    assert place_texts(place_pipe, "群众报警称，在城区新华东路88号有一名老人迷路。") == ["新华东路"]


def test_a_stretch_of_road_counted_is_no_road(place_pipe):
    assert place_texts(place_pipe, "交警坚决守好每一段路、站好每一班岗。") == []


def test_two_kinds_of_village_are_no_villages_name(place_pipe):
    assert place_texts(place_pipe, "该镇辖18个嘎查村，是全旗的牧业大镇。") == []


def test_a_mongolian_villages_syllables_may_hold_a_function_character(place_pipe):
    assert "阿拉其木嘎查" in place_texts(place_pipe, "民警与阿拉其木嘎查牧民很熟悉。")


def test_a_function_character_of_chinese_still_ends_a_village_name(place_pipe):
    assert not any(p.startswith("其") for p in place_texts(place_pipe, "其余各村都已完成整治。"))


def test_a_causative_verb_stands_before_a_minority_station():
    text = "这种接地气的调解方式，让巴音乌拉派出所的调解成功率很高。"
    assert units(text) == ["巴音乌拉派出所"]


def test_a_lone_direction_before_a_dictionary_road_opens_its_name(place_pipe):
    found = place_texts(place_pipe, "近日，临江市公安局新城分局北长江路派出所接到群众报警。")
    assert "北长江路" in found and "长江路" not in found


def test_a_direction_inside_a_word_stays_out_of_the_road(place_pipe):
    assert "长江路" in place_texts(place_pipe, "家住城东长江路的老人说，这里的变化很大。")


def test_a_districts_brigade_named_by_its_short_form_before_its_people():
    text = "市公安局交管支队在全市开展整治。两小时后，长丰大队民警在国道上查获一辆超员客车。"
    assert "长丰大队" in units(text)


def test_a_villages_old_production_brigade_is_no_police_unit():
    assert units("当年长丰大队的社员们修起了水渠。") == []
