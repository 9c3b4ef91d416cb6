"""Lexicon rows kept by column (annotators/core/rows.py): the same rows as a list of dicts, and the
divisions gazetteer's walks over them the same as over dicts."""

from __future__ import annotations

import marshal

import pytest

from baokan.annotators.core import lexicon
from baokan.annotators.core.rows import Keyed, Rows
from baokan.annotators.language.divisions import Gazetteer

DICTS = [
    {"code": "330000", "name": "浙江省", "parent": ""},
    {"code": "330100", "name": "杭州市", "parent": "330000"},
    {"code": "", "name": "西湖", "parent": "330100"},
    {"code": "330100", "name": "杭州", "parent": "330000"},
    {"code": "330106", "name": "", "parent": "330100"},
]
COLUMNS = ["code", "name", "parent"]


def test_rows_read_as_the_list_of_dicts():
    rows = Rows.from_dicts(COLUMNS, DICTS)
    assert len(rows) == 5 and list(rows) == DICTS and rows == DICTS
    assert rows[1] == DICTS[1] and rows[-1] == DICTS[-1] and rows[1:4] == DICTS[1:4] and rows[::-2] == DICTS[::-2]
    assert rows[2] is rows[2]  # one dict per row, kept
    fresh = Rows.from_dicts(COLUMNS, DICTS)
    one = fresh[3]
    assert list(fresh) == DICTS and list(fresh)[3] is one and fresh[3] is one and fresh[4] is list(fresh)[4]
    assert rows.column("name") == [d["name"] for d in DICTS] and rows.column("absent") == [""] * 5
    assert [rows.value(i, 2) for i in range(5)] == [d["parent"] for d in DICTS]
    for bad in (5, -6):
        with pytest.raises(IndexError):
            rows[bad]


def test_rows_survive_the_disk_cache_form():
    rows = Rows.from_dicts(COLUMNS, DICTS)
    joined, starts, count = marshal.loads(marshal.dumps(rows.state()))
    again = Rows(COLUMNS, joined, count, starts)
    assert again == rows and list(again) == DICTS
    with pytest.raises(ValueError):
        Rows(COLUMNS, joined, count + 1, starts)


@pytest.mark.parametrize("dicts", [[], [{"a": ""}], [{"a": ""}, {"a": ""}], [{"a": "x"}, {"a": ""}]])
def test_empty_values_and_tables(dicts):
    rows = Rows.from_dicts(["a"], dicts)
    assert list(rows) == dicts and rows.column("a") == [d["a"] for d in dicts]
    assert Rows(["a"], *rows.state()[:1], rows.count, rows.state()[1]) == rows


def test_a_value_with_a_line_break_is_refused():
    with pytest.raises(ValueError):
        Rows.from_dicts(["a"], [{"a": "x\ny"}])


def test_keyed_is_the_dict_over_the_rows():
    rows = Rows.from_dicts(COLUMNS, DICTS)
    keyed = Keyed(rows, "code")
    assert dict(keyed) == {r["code"]: r for r in DICTS if r.get("code")}
    assert list(keyed) == ["330000", "330100", "330106"] and len(keyed) == 3
    assert keyed["330100"]["name"] == "杭州" and keyed.get("999", {}) == {} and "" not in keyed


def test_keyed_over_a_sorted_column_bisects_as_the_dict_finds():
    codes = ["110000", "110100", "110101", "110101001", "120000", "330106"]
    dicts = [{"code": c, "name": f"地{5 - i}"} for i, c in enumerate(codes)]
    rows = Rows.from_dicts(["code", "name"], dicts)
    assert rows.ordered == {"code"}  # the names are not in code-point order
    again = Rows(["code", "name"], *rows.state()[:1], rows.count, rows.state()[1], sorted(rows.ordered))
    for r in (rows, again):
        keyed = Keyed(r, "code")
        assert type(keyed.index).__name__ == "Sorted"
        assert dict(keyed) == {d["code"]: d for d in dicts} and list(keyed) == codes and len(keyed) == 6
        for probe in codes + ["", "1", "110101000", "110101002", "999999", "000000", 110000, None]:
            expect = codes.index(probe) if probe in codes else None
            assert keyed.index.get(probe) == expect and (probe in keyed) == (expect is not None), probe
        assert keyed["120000"]["name"] == "地1" and keyed.get("2", {}) == {}
        with pytest.raises(KeyError):
            keyed["2"]
    for unordered in (["b", "a"], ["a", "a"], ["", "a"], ["a", ""]):
        plain = Rows.from_dicts(["code"], [{"code": c} for c in unordered])
        assert not plain.ordered and isinstance(Keyed(plain, "code").index, dict)
    with pytest.raises(ValueError):
        Rows(["code"], ["a"], 1, None, ["name"])


def test_parse_table_reads_a_made_up_table():
    text = "# name: t\n# source: a test\ncode\tname\tnote\n1\t甲\n\n2\t乙\t注\n"
    table = lexicon.parse_table("t", text)
    assert table.header == {"name": "t", "source": "a test"} and table.columns == ["code", "name", "note"]
    assert list(table.rows) == [{"code": "1", "name": "甲", "note": ""}, {"code": "2", "name": "乙", "note": "注"}]


def test_the_gazetteer_walks_as_over_dicts():
    gaz = Gazetteer()
    rows = lexicon.read_table("divisions").rows
    by_code = {r["code"]: r for r in rows if r.get("code")}
    assert len(gaz.by_code) == len(by_code)

    def ancestors(code):  # as Gazetteer did over dicts
        chain, row = [], by_code.get(code)
        while row and row.get("parent") and row["parent"] not in chain and len(chain) < 5:
            chain.append(row["parent"])
            row = by_code.get(row["parent"])
        return tuple(chain)

    def city_of(code):
        return next((c for c in ancestors(code) if by_code.get(c, {}).get("level") in ("city", "province")), None)

    codes = list(by_code)[::37] + ["", "000000", "not a code"]
    for code in codes:
        assert gaz.ancestors(code) == ancestors(code)
        assert gaz.city_of(code) == city_of(code)
        assert gaz.by_code.get(code) == by_code.get(code)
    assert any(len(gaz.ancestors(c)) >= 2 for c in codes)


def test_where_finds_the_rows_of_a_value_as_a_scan_would():
    rows = Rows.from_dicts(COLUMNS, DICTS)
    for column in COLUMNS:
        for value in {d[column] for d in DICTS} | {"杭", "州市", "3301"}:
            assert rows.where(column, value) == [i for i, d in enumerate(DICTS) if d[column] == value]
    assert rows.where("level", "county") == []  # a column the table lacks holds empty values only


def test_gazetteer_walks_as_the_plain_walk_in_any_order(tmp_path, monkeypatch):
    """Gazetteer's walks (each row's ancestors and city, worked out once and kept in the cache
    folder; a walk splices in a parent's): the same as walking each code up the parent column."""
    import random

    monkeypatch.setenv("BAOKAN_CACHE", str(tmp_path))
    table = lexicon.read_table("divisions").rows
    codes = table.column("code")
    parent_of = dict(zip(codes, table.column("parent")))

    def walk(code):
        chain = []
        while code in parent_of:
            parent = parent_of[code]
            if not parent or parent in chain or len(chain) >= 5:
                break
            chain.append(parent)
            code = parent
        return tuple(chain)

    levels = dict(zip(codes, table.column("level")))

    def city(code):
        return next((c for c in walk(code) if levels.get(c) in ("city", "province")), None)

    sample = random.Random(7).sample(codes, 3000) + ["999999", ""]
    for _ in range(2):  # walked and kept in the cache folder, then read from it
        gaz = Gazetteer()
        assert [gaz.ancestors(c) for c in sample] == [walk(c) for c in sample]
        assert [gaz.city_of(c) for c in sample] == [city(c) for c in sample]
        assert [gaz._walk(c, {}) for c in reversed(sample)] == [walk(c) for c in reversed(sample)]
