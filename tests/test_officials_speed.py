"""The officials annotator's shortcuts give the answers of the plain code they replace.

Each shortcut skips work (jieba on a window, one question per hit and table);
these tests hold it to the longer way on the test pages.
"""

from __future__ import annotations

from typing import List, Optional

import pytest
from conftest import DATA, SEED

from baokan.annotators.core.lexicon import lexicon
from baokan.annotators.language import names, official_spans
from baokan.annotators.language.titles import office_heads


def _texts() -> List[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(DATA.glob("officials_*.txt")) + [SEED]]


@pytest.mark.parametrize("text", _texts())
def test_lexicon_spans_sort_hits_as_asking_each_table(text):
    hits = lexicon().find(text)
    lex = official_spans._LexiconSpans(hits, office_heads())
    spans = lambda keep: [(h.start, h.end) for h in hits if keep(h)]  # noqa: E731
    assert lex.places == spans(lambda h: any(r.get("level") != "township" for r in h.rows("divisions")))
    assert lex.named == spans(lambda h: h.has("org_prefixes"))
    lone_rank = lambda h: len(h.surface) == 1 and {t for t, _ in h[3]} == {"police_units"}  # noqa: E731 (处, 科)
    assert lex.orgs == spans(lambda h: any(h.has(t) for t in official_spans.ORG_TABLES) and not lone_rank(h))
    assert lex.blocking == spans(lambda h: h.has("org_prefixes") or h.has("police_units"))
    assert lex.units == spans(
        lambda h: (
            h.end - h.start > 1
            and (h.has("police_units") or (h.has("org_prefixes") and h.surface[-1] in office_heads()))
        )
    )
    assert lex.titles == [(h, {r.get("rank") for r in h.rows("titles")}) for h in hits if h.rows("titles")]
    assert lex.titles  # the pages have titles to sort


def _name_before_always_tagging(text: str, end: int) -> Optional[int]:
    """names.name_before as it was before it skipped windows without a surname."""
    start = end
    while start > 0 and end - start < 12 and (names._HAN_CHAR.match(text[start - 1]) or text[start - 1] in names.DOTS):
        start -= 1
    if start == end or any(d in text[start:end] for d in names.DOTS):
        return names.name_before(text, end)  # the dot-name path is unchanged
    tagged = names.tag(text[max(start, end - 6) : end])
    last, flag = tagged[-1]
    s = end - len(last)
    if flag in names.NAME_FLAGS and 2 <= len(last) <= 4 and names.surname_at(text, s):
        return s
    if len(tagged) > 1 and flag in names.NAME_FLAGS and len(last) <= 2:  # 赵 + 志强
        first, first_flag = tagged[-2]
        s -= len(first)
        if first_flag in names.NAME_FLAGS and names.surname_at(text, s) == len(first):
            return s
    return None


@pytest.mark.parametrize("text", _texts())
def test_name_before_skips_jieba_only_where_no_name_can_end(text):
    found = 0
    for end in range(1, len(text) + 1):  # every offset: a few thousand windows, most in names.tag's cache
        start = names.name_before(text, end)
        assert start == _name_before_always_tagging(text, end), text[max(0, end - 8) : end + 4]
        found += start is not None
    assert found  # names end on every page


@pytest.mark.parametrize("name", ["上官婉儿", "皇甫嵩", "令狐冲"])
def test_name_before_reaches_back_to_a_compound_surname(name):
    text = f"会见了{name}同志"  # no one-character surname after 上官, 皇甫, 令狐 here
    end = 3 + len(name)
    assert names.name_before(text, end) == 3 == _name_before_always_tagging(text, end)


def test_name_before_without_a_surname_does_not_ask_jieba(monkeypatch):
    text = "一二三四五六书记"
    assert not any(names.surname_at(text, i) for i in range(6))
    monkeypatch.setattr(names, "tag", lambda window: pytest.fail(f"jieba asked about {window}"))
    assert names.name_before(text, 6) is None
