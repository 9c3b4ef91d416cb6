"""Units and places missed on the fourth set of other papers (issue 19): border-management police
stations named after a Mongolian, Tibetan or Uyghur place the gazetteer lacks, as items of a list.
Every sentence here is made up for the test."""

from __future__ import annotations

from functools import partial
from typing import List

from test_officials_other_papers import entities

from baokan.annotators.language.glued import opens_with_particle
from baokan.annotators.language.minority_stations import minority_stations
from baokan.annotators.language.place_candidates import Candidate
from baokan.annotators.language.place_minority_items import minority_items
from baokan.annotators.language.place_words import Boundaries
from baokan.annotators.language.police_words import STATIONS


def police(text: str) -> List[str]:
    """The police units the whole default pipeline finds in ``text``, as written."""
    return [e["text"] for e in entities(text, "police_unit")]


def _stations(text: str) -> List[str]:
    bounds = Boundaries(text)
    heads = [(at, at + len(h)) for h in STATIONS for at in range(len(text)) if text.startswith(h, at)]
    opens = partial(opens_with_particle, text)
    return [text[s:e] for s, e in minority_stations(text, heads, bounds.all_everyday, opens)]


def test_border_management_station_after_a_mongolian_name():
    text = "治安大队会同乌力吉边境管理派出所、达来边境管理派出所开展边境踏查。"
    found = police(text)
    assert "乌力吉边境管理派出所" in found
    assert "达来边境管理派出所" in found
    assert "边境管理派出所" not in found


def test_list_item_name_wins_over_a_county_inside_it():
    found = police("交警大队、巴音都兰边境管理派出所联合清查。")
    assert "巴音都兰边境管理派出所" in found
    assert "都兰边境管理派出所" not in found


def test_minority_station_needs_a_list_item_of_minority_syllables():
    assert _stations("抽调基层派出所、城区派出所民警。") == []
    assert _stations("他来到新建派出所报案。") == []  # no list item: 来到 runs into the name
    assert _stations("、阿拉腾派出所、") == ["阿拉腾派出所"]


def places(text: str) -> List[str]:
    """The places the whole default pipeline finds in ``text``, as written."""
    return [e["text"] for e in entities(text, "place")]


def test_township_widened_over_minority_syllables_of_a_list_item():
    found = places("工作组深入达来苏木、白音乌拉苏木、边境线等地踏查。")
    assert "白音乌拉苏木" in found
    assert "乌拉苏木" not in found


def test_county_short_form_inside_a_longer_minority_name_is_dropped():
    assert "都兰" not in places("会同交警大队、巴音都兰边境管理派出所开展清查。")
    assert "都兰" in places("青海省海西州都兰县、都兰的牧民")  # a county of its own stays


def test_provincial_capital_needs_no_province_on_the_page():
    assert "拉萨" in places("冬日的拉萨依旧暖意融融，游客熙熙攘攘。")
    assert "银川" in places("代表团一行来到银川考察。")
    assert places("他曾夸下海口，要拿冠军。") == []


def test_a_verb_before_a_place_is_no_minority_syllables():
    text = "湖北出台意见，确保洪湖莲藕的质量稳定可靠；会同交警大队、巴音都兰边境管理派出所。"
    short = [Candidate(text.find(n), text.find(n) + 2, "gazetteer.short", rows=[{"name": n}]) for n in ("洪湖", "都兰")]
    assert [text[c.start : c.end] for c in minority_items(text, short)] == ["洪湖"]


def test_new_china_is_one_name_and_an_anniversary_no_city():
    found = entities("为做好新中国成立70周年大庆安保工作。他去大庆考察油田。", "place")
    texts = [(e["text"], e["start"]) for e in found]
    assert ("新中国", 3) in texts
    assert ("中国", 4) not in texts
    assert ("大庆", 14) not in texts
    assert any(t == "大庆" and s > 20 for t, s in texts)


def test_ordinal_inspection_group_of_a_ministry_and_its_leader():
    text = "公安部第三督导组组长孙立新率队来到临江。"
    assert "公安部第三督导组" in police(text)
    assert "孙立新" in [e["text"] for e in entities(text, "official")]
    assert police("督察组指出，要提高政治站位。") == []  # no ordinal: no unit of its own


def test_name_glued_to_the_verb_of_a_report():
    found = [e["text"] for e in entities("市委常委、政法委书记林海国作工作报告。", "official")]
    assert found == ["林海国"]
    found = [e["text"] for e in entities("副市长郑志华作重要讲话。", "official")]
    assert found == ["郑志华"]
