"""Formulas a page gives away by how it prints them (used by :mod:`baokan.annotators.language.slogan_series`).

- **doubled series** (:func:`doubled_series`, set 6 *s6 R2*): a series of three or more items of three or four Han
  characters that the page prints once with separators (稳甲甲、保乙乙、促丙丙, in the body) and once without them
  (稳甲甲保乙乙促丙丙, in a headline). Only a fixed formula is printed both ways: a description is not run together
  in a headline. Each printing is a mention, as printed.
- **role pairs** (:func:`role_pairs`): 主战主防, the run-together form of a role series (甲主战、乙主防) that the
  grammar of :mod:`slogan_grammar` reads: a policing formula, must (issue 19).
- **members of a named set** (:func:`set_members`): a quoted numbered set after the list of its members
  (甲甲、乙乙、丙丙“三大警务”) names each member with the set's head: 甲甲警务, 乙乙警务 and 丙丙警务 are the page's
  programmes wherever the page writes them so (docs/labels.md, *other papers*: policing models presented as
  strategies being built are must). The first member is the longest tail of the words before the first 、 that the
  page writes with the head elsewhere. The bare members and the list stay unjudged here.
"""

from __future__ import annotations

from typing import List, Set, Tuple

from baokan.annotators.core import recache
from baokan.annotators.language.chars import HAN, han_run_start
from baokan.annotators.language.occurrences import find_all, matches_from
from baokan.annotators.language.quote_lists import ROLE_CHARS

#: A 、-run of three to six Han words (the first and the last may run on into the words around them: cut below).
_SERIES = recache.compile(rf"(?<![{HAN}、])[{HAN}]+(?:、[{HAN}]+){{2,5}}")  # from a run's start: linear
#: A compact pair of policing roles, 主 + role twice (主战主防): the run-together form of the 甲主战、乙主防 series.
_ROLE_PAIR = recache.compile(rf"主([{ROLE_CHARS}])主([{ROLE_CHARS}])(?!、)")
#: The list of members (two to six Han characters each, two to five of them) right before a quoted numbered set
#: ``“三大甲甲”`` (a numeral, 大 and a two-character head).
_NAMED_SET = recache.compile(
    rf"((?:[{HAN}]{{2,6}}、){{1,4}}[{HAN}]{{2,6}})[“\"][两三四五六七八九十]大([{HAN}]{{2}})[”\"]"
)

#: What every match of _NAMED_SET holds: the quoted count.
_SET_GATE = recache.compile(r"[“\"][两三四五六七八九十]大")


def doubled_series(text: str) -> List[Tuple[int, int]]:
    """``(start, end)`` of every series of ``text`` printed also without separators, and of each such printing."""
    if "、" not in text:
        return []
    out: List[Tuple[int, int]] = []
    seen: Set[str] = set()
    for m in matches_from(_SERIES, text, _run_starts(text)):
        items = m.group().split("、")
        size = len(items[1])
        if size not in (3, 4) or any(len(item) != size for item in items[1:-1]):
            continue
        if min(len(items[0]), len(items[-1])) < size:
            continue
        # the first and the last item have the middle ones' length (海西 + 稳甲甲; 促丙丙 + 的新答卷)
        start = m.start() + len(items[0]) - size
        items[0], items[-1] = items[0][-size:], items[-1][:size]
        if len(set(items)) != len(items):
            continue
        joined = "".join(items)
        printed = find_all(text, joined, overlapping=False)
        if not printed:
            continue
        out.append((start, start + len("、".join(items))))
        if joined in seen:
            continue
        seen.add(joined)
        out += [(at, at + len(joined)) for at in printed]
    return out


def _run_starts(text: str) -> List[int]:
    """The start of the Han run before each 、 that follows neither a 、 nor a non-Han character: the only places
    a :data:`_SERIES` match can start (tried there alone, not at every character)."""
    out: List[int] = []
    for at in find_all(text, "、"):
        k = han_run_start(text, at, at)
        if k < at and (k == 0 or text[k - 1] != "、"):
            out.append(k)
    return out


def role_pairs(text: str) -> List[Tuple[int, int]]:
    """``(start, end)`` of every compact pair of policing roles (主战主防; two different roles), not the start of a
    longer 、-list."""
    return [m.span() for m in _ROLE_PAIR.finditer(text) if m.group(1) != m.group(2)]


def set_members(text: str) -> List[Tuple[int, int]]:
    """``(start, end)`` of every mention of a member of a quoted numbered set with the set's head (甲甲警务)."""
    if _SET_GATE.search(text) is None:  # a quoted numbered set (“三大…”) is rare: one literal scan first
        return []
    out: List[Tuple[int, int]] = []
    for m in _NAMED_SET.finditer(text):
        head = m.group(2)
        members = m.group(1).split("、")
        first = members[0]  # the regex may have run the first member on into the words before it (公安甲甲)
        members[0] = next((first[-n:] for n in range(len(first), 1, -1) if first[-n:] + head in text), first)
        for member in members:
            named = member + head
            out += [(at, at + len(named)) for at in find_all(text, named, overlapping=False)]
    return sorted(set(out))
