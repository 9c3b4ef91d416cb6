"""The two look-ups that once searched a whole article for every post give what the plain
search gives (issue 17: found by ``benchmarks/scaling.py`` as quadratic paths)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import List

from hypothesis import given, settings
from hypothesis import strategies as st

from baokan.annotators.language import author_notes, name_lists

PIECES = ["（作者分别为", "(作者分别系", "）", ")", "\n", "。", "县委书记", "甲", "、", "乙", "？", "主任"]


def plain_in_split_note(text: str, pos: int) -> bool:
    opening = max(text.rfind(o, 0, pos) for o in author_notes.SPLIT_NOTES)
    return opening >= 0 and not any(c in "）)\n" for c in text[opening + 1 : pos])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=30))
def test_in_split_note_answers_as_a_search_back_does(pieces: List[str]) -> None:
    text = "".join(pieces)
    for pos in range(len(text) + 1):
        assert author_notes.in_split_note(text, pos) == plain_in_split_note(text, pos), (text, pos)


@dataclass
class Span:
    start: int
    end: int


@dataclass
class Found:
    start: int
    end: int
    chain: Span


@settings(max_examples=200, deadline=None)
@given(
    st.text(alphabet="甲乙。！\n丙", max_size=600),
    st.lists(st.tuples(st.integers(0, 600), st.integers(1, 4), st.integers(0, 3)), max_size=40),
    st.integers(0, 600),
)
def test_sentence_titles_are_the_names_a_plain_filter_finds(text: str, spans, start: int) -> None:
    n = len(text)
    found = [Found(min(s, n), min(s + w, n), Span(min(s + w, n), min(s + w + t, n))) for s, w, t in spans]
    titles = name_lists.SentenceTitles(text)
    half = len(found) // 2
    titles.before(0, found[:half])  # names are added as they are found, across asks
    got, stop = titles.before(start, found)
    plain_stop = max(text.rfind(c, 0, start) for c in "。！？!?\n")
    plain = [
        (f.start, f.end, text[f.chain.start : f.chain.end])
        for f in found
        if f.chain.end > f.chain.start and f.start > plain_stop and f.end <= start
    ]
    assert (stop, got) == (plain_stop, plain)
