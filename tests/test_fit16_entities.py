"""Officials, places and police units of other papers left open by set 16 (issue 19, session 17), each a
class of Chinese text that recurs or is plainly general. Every sentence is made up for the test; each rule
has a sentence where it must not fire."""

from __future__ import annotations

from test_officials_other_papers import entities, officials


def texts(text: str, label: str) -> list:
    return [e["text"] for e in entities(text, label)]


def test_a_numbered_facility_after_its_place_or_bureau_is_a_unit():
    assert texts("春日的阳光洒进临江市第一看守所的高墙。", "police_unit") == ["临江市第一看守所"]
    assert texts("他被送往临江市公安局第二拘留所。", "police_unit") == ["临江市公安局第二拘留所"]
    assert texts("他在第一看守所工作多年。", "police_unit") == []


def test_a_station_after_a_bare_statutory_zone_holds_the_zone():
    assert texts("5月16日，开发区长江路派出所接到市民报警。", "police_unit") == ["开发区长江路派出所"]
    assert texts("高新区临江路派出所民警赶到现场。", "police_unit") == ["高新区临江路派出所"]
    assert texts("他来到开发区派出所。", "police_unit") == []


def test_a_place_does_not_start_at_the_last_character_of_a_zone_word():
    text = "经开区临江路派出所民警迅速出警，在临江路找到了老人。"
    assert texts(text, "place") == ["临江路", "临江路"]
    assert texts(text, "police_unit") == ["经开区临江路派出所"]


def test_a_post_named_only_by_its_kind_after_its_station_is_its_place_of_duty():
    assert texts("门前的白塔派出所警务站格外显眼。", "police_unit") == ["白塔派出所"]
    text = "早上7点多，远洋派出所远东警务室民警周武来到小区。"
    assert texts(text, "police_unit") == ["远洋派出所远东警务室"]


def test_a_rare_verb_surname_a_character_and_a_figure_is_a_measure():
    assert texts("全所女性民警占比84.8%，平均年龄36岁。", "official") == []
    assert officials("县公安局民警占海说，今年以来辖区平安稳定。") == {"占海": ["县公安局民警"]}


def test_a_list_under_a_collective_title_reads_names_no_surname_opens():
    text = "自治区省军级领导维色、次旺多布杰、王海、刘汉林和公安部相关负责同志出席会议。"
    found = officials(text)
    assert list(found) == ["维色", "次旺多布杰", "王海", "刘汉林"]
    assert all(t == ["自治区省军级领导"] for t in found.values())
    assert officials("省部级领导王成、李海出席会议。") == {"王成": ["省部级领导"], "李海": ["省部级领导"]}
    assert officials("会议要求，各级领导要维护、巩固、发展好这一局面。") == {}


def test_a_name_read_after_a_post_is_no_place():
    text = "本次活动由东山县法院党组副书记、副院长吕梁主持。"
    assert texts(text, "official") == ["吕梁"]
    assert texts(text, "place") == ["东山县"]
    assert "吕梁" in texts("他从吕梁出发，前往太原。", "place")


def test_a_place_that_opens_in_the_post_and_ends_in_the_name_is_none():
    """县长|沙建国 (session 18): 长沙 there is the post's last character and the surname; a city written
    with its level after a province's (湖南省长沙市) stays a place."""
    text = "县长沙建国出席会议。"
    assert texts(text, "official") == ["沙建国"] and texts(text, "place") == []
    assert texts("湖南省长沙市举行活动。", "place") == ["湖南省", "长沙市"]


def test_a_level_and_an_everyday_word_before_a_kind_of_town_is_no_town():
    assert texts("贯彻落实市典型镇村选树培育会议精神。", "place") == []
    assert texts("全县开展市重点镇评选。", "place") == []
    assert texts("他来到市桥镇。", "place") == ["市桥镇"]


def test_a_county_paper_names_its_own_county_by_its_short_form():
    text = "12月20日，我县召开工作推进会，要求奋力开创普定高质量发展新局面。"
    assert "普定" in texts(text, "place")
    assert texts("要求奋力开创普定高质量发展新局面。", "place") == []
    assert texts("我县大力推进平安建设。", "place") == []
