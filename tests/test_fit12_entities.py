"""Officials left open by set 12 (issue 19, session 15): would-be names that are words for a
body of people or a courtesy. Every sentence is made up for the test; each rule has a sentence
where it must not fire."""

from __future__ import annotations

from conftest import place_texts
from test_officials_other_papers import officials, units


def test_the_whole_force_after_a_bureau_is_no_officer():
    assert officials("节日期间，临江县公安局全警在岗，守护群众平安。") == {}


def test_officers_and_auxiliaries_together_are_no_name():
    assert officials("他向坚守一线的城关派出所全体民辅警致以慰问。") == {}
    assert officials("全市广大民辅警要以先进为榜样，担当作为。") == {}


def test_a_thanks_before_a_title_is_no_name():
    assert officials("“谢谢警察同志！”老人拉着民警的手说。") == {}


def test_a_role_prefix_after_a_preposition_is_no_given_name():
    assert officials("活动中，民警向小记者讲解交通安全知识。") == {}


def test_a_name_before_auxiliaries_and_a_titled_officer_stay():
    assert "李卫东" in officials("城关派出所辅警李卫东拾金不昧。")
    assert "王建民" in officials("城关派出所所长王建民带领民警赶到现场。")


def test_a_road_of_a_way_of_life_is_no_street(place_pipe):
    found = place_texts(place_pipe, "这条公路正变成山里群众的致富路和平安路。")
    assert not any(p.endswith("路") for p in found)


def test_a_street_after_de_on_the_ground_stays(place_pipe):
    assert "幸福路" in place_texts(place_pipe, "民警赶到县城的幸福路12号，疏导车辆。")


def test_a_units_suffix_word_opens_no_road(place_pipe):
    found = place_texts(place_pipe, "市公安局江北区分局御路口派出所民警赶到现场。")
    assert not any(p.startswith("分局") for p in found)


def test_an_office_of_a_bureau_named_in_a_chain_is_a_unit():
    assert units("记者从临沂市公安局宣传处获悉，全市破获案件百余起。") == ["临沂市公安局宣传处"]


def test_an_office_with_no_chain_before_it_is_no_unit():
    assert units("他到街道办事处办理居住证。") == []
