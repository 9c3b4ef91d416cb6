"""Mottos of two clauses that their grammar gives away (used by :mod:`baokan.annotators.language.slogan_series`).

Working mottos of police and public bodies are printed without quotation marks as often as with them, and two
shapes are never plain narration (docs/labels.md: dicta and classic sayings are must as whole strings; in a paired
formula each half is must):

- **paired definitions** (:func:`paired_definitions`): two clauses ``甲就是乙，丙就是丁`` of two to four Han characters
  a side, standing as a sentence or a clause of their own (a time-critical creed of the 命令/战机 kind). Each clause is
  a ``X就是Y`` dictum: two spans. A single ``甲就是乙`` is left to the dictum rules (a writer's definition is common).
- **chiasmus** (:func:`chiasmi`): ``甲不乙、乙不甲`` (or with 就, 必), the two clauses mirror each other word for word
  (a road-safety creed of the 开车/喝酒 kind): one formula, must whole.

Both open a clause (no Han character right before) and end one; a side that opens with a pointer (这就是, 那就是)
is narration, not a creed.
"""

from __future__ import annotations

from typing import List, Tuple

from baokan.annotators.core import recache
from baokan.annotators.language.chars import HAN
from baokan.annotators.language.occurrences import find_all, matches_from

#: Two ``甲就是乙`` clauses, each side two to four Han characters, the pair opening and closing a clause.
_PAIRED = recache.compile(
    rf"(?<![{HAN}])([{HAN}]{{2,4}}就是[{HAN}]{{2,4}})[，,；;]([{HAN}]{{2,4}}就是[{HAN}]{{2,4}})(?=[。，,；;！!”\"」]|$)"
)
#: ``甲不乙、乙不甲``: the second clause mirrors the first (甲, 乙 of one to three Han characters each).
_CHIASMUS = recache.compile(rf"(?<![{HAN}])([{HAN}]{{1,3}})([不就必])([{HAN}]{{1,3}})[、，,]\3\2\1(?![{HAN}])")
#: What every chiasmus holds: its pivot, the second side's first word and the mark between the clauses. The
#: mark closes the first clause 3 to 7 characters after the chiasmus starts (its sides of 1 to 3 characters).
_CHIASMUS_GATE = recache.compile(rf"[不就必][{HAN}]{{1,3}}[、，,]")
#: Characters no side of a paired definition holds (这就是, 那就是: a pointer, not a creed).
_POINTERS = set("这那此其它他她我你")


def paired_definitions(text: str) -> List[Tuple[int, int]]:
    """``(start, end)`` of each clause of every pair of ``甲就是乙`` clauses in ``text``."""
    if "就是" not in text:
        return []
    out: List[Tuple[int, int]] = []
    # a pair opens 2 to 4 characters before its first 就是: tried there alone
    for m in matches_from(_PAIRED, text, (at - k for at in find_all(text, "就是") for k in (2, 3, 4))):
        first, second = m.group(1), m.group(2)
        if first[0] in _POINTERS or second[0] in _POINTERS or first == second:
            continue
        out += [m.span(1), m.span(2)]
    return out


def chiasmi(text: str) -> List[Tuple[int, int]]:
    """``(start, end)`` of every chiasmus ``甲不乙、乙不甲`` of ``text`` (its two sides different)."""
    # tried only where the gate finds a pivot and a mark (one scan for a rare shape), not at every character
    starts = (m.end() - k for m in _CHIASMUS_GATE.finditer(text) for k in range(4, 9))
    return [m.span() for m in matches_from(_CHIASMUS, text, starts) if m.group(1) != m.group(3)]


def motto_spans(text: str) -> List[Tuple[int, int]]:
    """All the spans this module reads in ``text``."""
    return paired_definitions(text) + chiasmi(text)
