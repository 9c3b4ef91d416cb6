"""The shared lexicon's fast automaton (daachorse) finds exactly what the plain one (pyahocorasick) does.

Both are built from the same tables; every test page, the sample page and some made-up
edge cases must give the same hits, in the same order, and the same exact look-ups.
"""

from __future__ import annotations

from typing import List

import pytest
from conftest import DATA, SEED

from baokan.annotators.core import lexicon

pytest.importorskip("daachorse")


@pytest.fixture(scope="module")
def engines():
    return lexicon.build_lexicon(lexicon._Daachorse), lexicon.build_lexicon(lexicon._Pyahocorasick)


def _pages() -> List[str]:
    return [str(p) for p in [SEED, *sorted(DATA.rglob("*.txt"))]]


@pytest.mark.parametrize("page", _pages(), ids=lambda p: p.rsplit("/", 1)[-1])
def test_both_automata_give_the_same_hits_on_every_test_page(engines, page):
    fast, plain = engines
    text = open(page, encoding="utf-8").read()
    hits = fast.find(text)
    assert hits == plain.find(text)
    assert all(text[h.start : h.end] == h.surface for h in hits)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "浙",  # one character, a prefix of many forms
        "浙江省杭州市西湖区",  # nested and overlapping forms
        "𠀀浙江省🙂杭州市",  # characters outside the basic plane before and between forms
        "abc 123",  # nothing to find
    ],
)
def test_both_automata_agree_on_edge_cases(engines, text):
    fast, plain = engines
    assert fast.find(text) == plain.find(text)


@pytest.mark.parametrize("surface", ["杭州市", "杭州", "浙江省杭州市", "州市", "", "不是地名的词"])
def test_both_automata_look_up_the_same_exact_forms(engines, surface):
    fast, plain = engines
    assert fast.lookup(surface) == plain.lookup(surface)


def test_the_cached_automaton_is_the_fast_one_when_installed():
    assert lexicon.engine() is lexicon._Daachorse
    assert isinstance(lexicon.lexicon().matcher, lexicon._Daachorse)


def test_a_tables_forms_are_exactly_the_surfaces_with_its_entries(engines):
    """lexicon.forms_of spares look-ups: it must hold every surface an entry of the table has, and no other."""
    fast, _ = engines
    forms = lexicon.forms_of("slogans")
    assert forms and all(any(t == "slogans" for t, _ in fast.lookup(f)) for f in forms)
    for hit in fast.find(open(SEED, encoding="utf-8").read()):
        assert (hit.surface in forms) == hit.has("slogans")
