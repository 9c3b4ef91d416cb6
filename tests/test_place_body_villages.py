"""Villages whose two-character name opens with a function word, a verb or a numeral, named by a strong cue:
the village's people or body right after it, or its town right before it."""

from __future__ import annotations

from test_officials_other_papers import entities


def _places(text: str) -> list:
    return [e["text"] for e in entities(text, "place")]


def test_a_village_before_its_villagers_or_its_party_branch():
    assert "则吾村" in _places("“补贴发到了手上，政府想得真周到！”则吾村村民王大福笑着说。")
    assert "来苏村" in _places("名单上写着“来苏村村民李秀英，1200元”。")


def test_a_village_right_after_its_town():
    assert "二都村" in _places("当天傍晚，青山镇二都村来了两名陌生人。")


def test_kinds_of_village_and_counts_are_no_names():
    text = "全村村民、该村村民、周边村村民、试点村村民、新农村村民、两个村村民和小山村村民都来了。"
    assert not [p for p in _places(text) if p.endswith("村")]
