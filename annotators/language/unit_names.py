"""An officer named right after the police unit they serve in, with no post between (issue 19).

Police and county papers write a unit and then a name, the post left out
(``某公安分局禁毒中队王某某从事禁毒工作二十余年``, ``某派出所李某某立即展开调查``): the person is one of
the unit's officers. The name must stand as a word of its own between the unit and a verb or an
adverb (what the officer does), be no private person's and no anonymised name, and overlap no title,
place or organisation.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Iterable, List, Tuple

from baokan.annotators.core.document import SpanIndex
from baokan.annotators.language import names, words
from baokan.annotators.language import titles as title_words

Span = Tuple[int, int]

#: jieba flags of the word after the name: a verb, an adverb or a preposition (what the officer does).
_AFTER_FLAGS = ("v", "d", "p")
#: Units whose last word is a team or a station (a person serves there), not a whole force (警方).
_UNIT_ENDS = ("所", "队", "站", "室", "组", "局", "处", "科", "班")


def officers_after_units(text: str, units: Iterable[Span], blocked: SpanIndex) -> List[Span]:
    """Spans of names right after a police unit of ``units`` and before a verb or an adverb."""
    out: List[Span] = []
    for _, unit_end in units:
        if not text.endswith(_UNIT_ENDS, 0, unit_end):
            continue
        end = names.name_at(text, unit_end) or _unknown_word_name(text, unit_end)
        if end is None or not 2 <= end - unit_end <= 3 or blocked.overlaps(unit_end, end):
            continue
        if names.is_private(text, unit_end, end) or "某" in text[unit_end:end]:
            continue
        if _acts_after(text, unit_end, end):
            out.append((unit_end, end))
    return out


def _unknown_word_name(text: str, pos: int) -> int | None:
    """The end of a surname and one or two characters at ``pos`` that jieba reads as one word its
    dictionary lacks (管 + 豹 before 从事), or None."""
    tagged = names.tag(text[pos : pos + 6])
    if not tagged or not names.surname_at(text, pos):
        return None
    word = tagged[0][0]
    if not 2 <= len(word) <= 3 or words.is_word(word):
        return None
    return pos + len(word)


def _acts_after(text: str, start: int, end: int) -> bool:
    """Whether jieba, reading the name ``text[start:end]`` and what follows, ends a word at ``end``
    (no word runs on out of the name) and reads a verb, an adverb or a preposition right after it."""
    off = start
    for word, flag in names.tag(text[start : end + 4]):
        if off == end:
            return flag.startswith(_AFTER_FLAGS)
        off += len(word)
        if off > end:
            return False  # jieba reads the would-be name into the words after it
    return False


def posts_past_units(text: str, titles: List[Span], units: Iterable[Span]) -> List[Span]:
    """``titles`` with each title that starts inside a police unit and runs past its end cut to its
    part after the unit, where that part is a title word of its own (``公安部第二督察组`` + ``组长``: the
    title ``督察组组长`` starts inside the unit); other titles as they are, in order, once each.

    Units are looked up by bisection among those that start at most the longest unit's length
    before the title (a roster of thousands of posts and units stays linear)."""
    order = sorted((us, i, ue) for i, (us, ue) in enumerate(units))
    starts = [us for us, _, _ in order]
    reach = max((ue - us for us, _, ue in order), default=0)
    out: List[Span] = []
    seen = set()
    for start, end in titles:
        span = (start, end)
        # the unit first in the given order that the title starts inside and runs past
        inside = [
            (i, ue)
            for us, i, ue in order[bisect_left(starts, start - reach) : bisect_left(starts, start)]
            if start < ue < end
        ]
        if inside:
            ue = min(inside)[1]
            tail = text[ue:end]
            if len(tail) >= 2 and title_words.is_title(tail):
                span = (ue, end)
        if span not in seen:
            seen.add(span)
            out.append(span)
    return out
