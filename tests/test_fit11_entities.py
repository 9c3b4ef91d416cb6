"""Officials, police units and places of other papers left open by set 11 (issue 19, session 14).
Every sentence is made up for the test; each rule has a sentence where it must not fire."""

from __future__ import annotations

from test_officials_other_papers import entities, officials


def units(text: str) -> list:
    return [e["text"] for e in entities(text, "police_unit")]


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
