"""Officials, police units and places of other papers left open by set 5 (issue 19, session 11): a place's
force followed by a noun of its work, a verb before a bare station, and the rest below. Every sentence
here is made up for the test; each rule has a sentence where it must not fire."""

from __future__ import annotations

from test_officials_open_edges import police

# -- a named place's force followed by a noun of its work or people (LABELS.md *other papers*)


def test_a_place_force_followed_by_its_work_or_officers_is_the_force():
    assert police("要推动青川公安工作再上新台阶。") == ["青川公安"]
    assert police("连日来，临江公安民警坚守一线。") == ["临江公安"]


def test_the_field_of_work_or_a_meeting_without_a_place_stays_no_unit():
    assert police("全省公安工作会议在省城召开。") == []
    assert police("临江公安工作会议在市里召开。") == []
    assert police("广大公安民警要牢记使命。") == []


# -- a verb before a bare station is the clause's verb, not the station's name


def test_a_verb_whose_subject_stands_before_it_names_no_station():
    assert police("春节前夕，记者探访派出所，感受民警的坚守。") == []
    assert police("在各个移民安置点设置警务室，方便群众办事。") == []


def test_a_station_named_after_a_verb_like_word_keeps_its_name():
    assert police("记者来到解放派出所，见到了值班民警。") == ["解放派出所"]
    assert police("当天，前进派出所民警走访了辖区商户。") == ["前进派出所"]
