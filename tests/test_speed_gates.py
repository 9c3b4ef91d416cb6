"""Patterns tried only at the offsets a gate gives find what their finditer over the whole text finds
(session 15's speed round): the coded roads' route letters, the service radius's minutes, the framed lists'
marks."""

import random

from baokan.annotators.language import framed_lists, place_coded_roads, slogan_grammar, slogan_series
from baokan.annotators.language.occurrences import find_all, matches_from


def _same(pattern, text, starts):
    assert [m.span() for m in matches_from(pattern, text, starts)] == [m.span() for m in pattern.finditer(text)]


def test_coded_roads_on_written_sentences():
    text = "车队沿环城线S31和滨河路G205前行，又上了东西大道X1，绕城高速Y20正在施工，SUV和G20峰会不算。"
    found = [m.group() for m in place_coded_roads._CODED_ROAD.finditer(text)]
    assert len(found) == 4 and all(f.endswith(c) for f, c in zip(found, ("S31", "G205", "X1", "Y20")))
    _same(place_coded_roads._CODED_ROAD, text, place_coded_roads._starts(text))


def test_radius_on_written_sentences():
    text = "社区建成15分钟便民生活圈和一刻钟健身圈，2、4、6分钟警情处置圈覆盖全区，步行十分钟到达。"
    _same(slogan_grammar._RADIUS, text, slogan_grammar.radius_starts(text))
    assert len(list(slogan_grammar._RADIUS.finditer(text))) == 3


def test_random_texts():
    rng = random.Random(15)
    road = "环城滨河东西线路公速高大道GSXY0123４5，、 "
    radius = "一刻钟分1２3、十五生活便民圈服务的子，"
    for _ in range(3000):
        text = "".join(rng.choice(road) for _ in range(rng.randint(0, 40)))
        _same(place_coded_roads._CODED_ROAD, text, place_coded_roads._starts(text))
        text = "".join(rng.choice(radius) for _ in range(rng.randint(0, 40)))
        _same(slogan_grammar._RADIUS, text, slogan_grammar.radius_starts(text))


def test_framed_list_starts():
    lists = framed_lists._patterns()[0]
    rng = random.Random(16)
    alphabet = "平安法治建设乡村振兴为这一个的理念原则、，"
    texts = ["坚持稳中求进、以进促稳、先立后破的工作总基调，以平安建设、法治建设、基层治理为抓手。"]
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60))) for _ in range(2000)]
    for text in texts:
        marks = find_all(text, "、")
        for n, pattern in zip(framed_lists._SIZES, lists):
            _same(pattern, text, framed_lists.list_starts(text, marks, n))


def test_series_starts():
    rng = random.Random(17)
    alphabet = "稳治安畅交通优环境暖民心的等三项个、，a"
    texts = ["稳治安、畅交通、优环境、暖民心等三项工作，思想强根、产业强县、文化强心的政法铁军队伍"]
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60))) for _ in range(3000)]
    series = ((slogan_series._VO, 3, False), (slogan_series._SLOT, 4, True), (slogan_series._TEAM, 4, True))
    for text in texts:
        marks = find_all(text, "、")
        for pattern, n, third in series:
            _same(pattern, text, slogan_series.series_starts(text, marks, n, third=third))


def test_quote_marks_found_by_str_find_as_by_a_class():
    import re

    from baokan.annotators.language import quote_scan

    marks = re.compile("[" + re.escape(quote_scan._MARKS) + "]")
    rng = random.Random(19)
    pool = quote_scan._MARKS + "会议强调，要“稳中求进”。《报》说、 \t"
    texts = ['他说：“要把‘枫桥经验’坚持好”，《人民日报》报道。\n「甲」『乙』"丙"＂丁＂']
    texts += ["".join(rng.choice(pool) for _ in range(rng.randrange(0, 60))) for _ in range(300)]
    for text in texts:
        assert quote_scan._mark_offsets(text) == [m.start() for m in marks.finditer(text)]


def test_row_at_gives_the_tables_own_row_dicts():
    from baokan.annotators.core.rows import Rows
    from baokan.annotators.language.table_rows import row_at

    columns, values = (
        ["code", "name", "short"],
        [["110000", "110101", "120000"], ["北京市", "东城区", "天津市"], ["北京", "", "天津"]],
    )
    rows = Rows.from_columns(columns, values)
    first = row_at(rows, 1)
    assert first == {"code": "110101", "name": "东城区", "short": ""} and list(first) == columns
    assert rows[1] is first and row_at(rows, 1) is first  # one dict, whichever way it is read
    assert row_at(rows, 2) is rows[2] and list(rows) == [row_at(rows, i) for i in range(3)]
    assert row_at(rows, 0) is rows[0]  # after the table was read whole
    fresh = Rows.from_columns(columns, values)
    assert [row_at(fresh, i) for i in range(3)] == list(Rows.from_columns(columns, values))


def test_lexicon_hits_made_in_compiled_code_are_hits():
    from baokan.annotators.core import lexicon
    from baokan.annotators.language.lexicon_hits import make_hits

    decoded = {7: (("divisions", 3),)}
    made = make_hits("在东城区和西城区", [(1, 4, 7), (5, 8, 9)], decoded, lambda k: (("geo_names", k),), lexicon.Hit)
    assert made == [(1, 4, "东城区", (("divisions", 3),)), (5, 8, "西城区", (("geo_names", 9),))]
    assert all(type(h) is lexicon.Hit for h in made) and made[1].surface == "西城区" and made[1].has("geo_names")


def test_entries_decoded_in_compiled_code():
    from array import array

    from baokan.annotators.language.lexicon_hits import decode_entries

    flat = array("I", [3, 0, 5, 1, 9, 2, 0, 7])
    assert decode_entries(flat, 0, 5, ("divisions", "geo_names")) == (("divisions", 5), ("geo_names", 9))
    assert decode_entries(flat, 5, 8, ("divisions", "geo_names")) == (("divisions", 7),)
    assert decode_entries(flat, 5, 6, ("divisions",)) == ()


def test_gazetteer_rows_by_bisection_as_by_its_index():
    from baokan.annotators.language.divisions import Gazetteer

    gaz = Gazetteer()
    codes = gaz.rows.column("code")
    for code in codes[:50] + codes[-50:] + ["", "0", "999999999999", codes[10] + "0", "北京"]:
        got = gaz.by_code.index.get(code)
        assert gaz._row_at(code) == (-1 if got is None else got)
