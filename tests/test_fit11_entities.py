"""Officials, police units and places of other papers left open by set 11 (issue 19, session 14).
Every sentence is made up for the test; each rule has a sentence where it must not fire."""

from __future__ import annotations

from conftest import place_texts
from test_officials_other_papers import officials, units


def test_a_presidium_roll_seated_in_the_front_row_names_officials():
    text = "上午9时，大会开幕。\n周建平、罗文彬、唐永生及韦立强等在主席台前排就座。周建平主持大会。"
    found = officials(text)
    assert {"周建平", "罗文彬", "唐永生", "韦立强"} <= set(found)


def test_a_roll_seated_on_the_rostrum_names_officials():
    text = "会议开始前，郭立新、欧阳明和覃海峰在主席台上就座。"
    assert {"郭立新", "欧阳明", "覃海峰"} <= set(officials(text))


def test_a_last_item_after_a_joiner_must_be_a_whole_name():
    # 及 + a word that is no name: the roll is not read
    assert officials("会议开始前，各代表团团长及工作人员等在主席台前排就座。") == {}


def test_a_bureaus_centre_named_inside_a_chain_is_a_unit():
    text = "他先后来到市公安局指挥中心、市公安局视频侦查中心，看望值守民警。"
    assert units(text) == ["市公安局指挥中心", "市公安局视频侦查中心"]


def test_a_party_committees_study_group_is_no_centre():
    assert not any("中心" in u for u in units("县公安局党委中心组召开专题学习会。"))


def test_the_ranks_of_the_traffic_police_are_no_team():
    assert units("铁骑队员是交警队伍里的多面手。") == []
    assert units("县交警队民警迅速赶到现场。") == ["县交警队"]


def test_a_road_named_after_a_place_before_a_house_number_is_a_road(place_pipe):
    assert "安远路" in place_texts(place_pipe, "指挥室又传来警情：安远路126号一户人家门锁被撬。")


def test_a_common_word_before_a_house_number_is_no_road(place_pipe):
    assert place_texts(place_pipe, "这条线路3号车次临时停运。") == []


def test_a_counted_pair_after_a_title_shares_it():
    found = officials("刚处警回来的巡逻民警周涛和谢璘清两人在所里稍事休息。")
    assert found.get("周涛") == ["巡逻民警"] and found.get("谢璘清") == ["巡逻民警"]


def test_a_title_and_one_name_and_another_without_a_count_stay_one():
    assert set(officials("巡逻民警周涛和李建国在所里稍事休息。")) == {"周涛"}


def test_a_preposition_before_a_leaders_given_name_is_no_surname():
    text = "省妇联主席宋丽萍出席并讲话。让我们以热烈的掌声向丽萍同志表示感谢！"
    assert set(officials(text)) == {"宋丽萍"}
    text = "全市妇联主席宋丽萍出席。会后，大家向丽萍同志、林芳同志表示感谢。"
    assert "向丽萍" not in officials(text)


def test_a_leader_surnamed_xiang_stays_a_name():
    assert "向丽萍" in officials("县委书记向丽萍主持会议。向丽萍同志强调，要抓好落实。")
