"""Series of two-character items that share one governance verb (定岗、定责、定标; *s12 R2*).

A body states how it staffs and holds a job in a series of two-character items, the verb written once per item and
the same in each (定人、定点、定岗、定责): a work formula, must whole, quoted or not (docs/labels.md, *other papers
12*, s12 R2). A series of items that share a prefix of scale (大排查、大清理, s12 R1) is not read: 大 is no verb of
``formula_verbs.tsv``. Three items or more, each object different, the series closed as :mod:`slogan_series` closes
its lists (a non-Han character, 的, 等 or a count after it; no 、 right before or after it).

Four items or more of one length (two or three characters) that all open with the same character, whatever it is,
are a formula too (讲学习、讲团结、讲实干、讲奉献; 快受理、快调查、快处置、快反馈; 好房子、好小区、好社区、好城区;
慧查、慧办、慧审、慧评): a writer's description rarely repeats one opener four times, a body's numbered set of
demands does (set 11, set 13 round, corpus fit pages). The prefix of scale 大 (s12 R1) and the nominaliser 所
(所见、所闻) stay out, and a series written inside 在…上 may end at that 上 (在讲学习、讲团结、讲实干、讲奉献上作表率).
"""

from __future__ import annotations

from typing import List, Tuple

from baokan.annotators.core import recache
from baokan.annotators.language import slogan_series
from baokan.annotators.language.chars import HAN
from baokan.annotators.language.occurrences import find_all, matches_from

_PAIRS = recache.compile(rf"(?<!、)(?:[{HAN}]{{2}}、){{2,}}[{HAN}]{{2}}{slogan_series._END}")
#: Four items or more of two or three characters, closed as :mod:`slogan_series` closes its lists or by the 上 of 在…上.
_OPENED = {
    n: recache.compile(rf"(?<!、)(?:[{HAN}]{{{n}}}、){{3,}}[{HAN}]{{{n}}}(?:{slogan_series._END}|(?=上))")
    for n in (2, 3)
}
#: Openers that make no demand: the prefix of scale 大 (大排查、大清理、大整顿; s12 R1) and the nominaliser 所, whose
#: items name what someone saw or felt (所见、所闻、所思、所感).
_SCALE = frozenset("大所")


def shared_verb_series(text: str) -> List[Tuple[int, int]]:
    """``(start, end)`` of every series of three two-character items or more that open with one shared verb of
    ``formula_verbs.tsv`` and differ in their objects (定人、定点、定岗、定责), and of every series of four items or
    more that open with one character (:func:`_opened_series`)."""
    if "、" not in text:
        return []
    verbs = slogan_series.formula_verbs()
    marks = find_all(text, "、")
    starts = slogan_series.series_starts(text, marks, 2, third=True)
    out: List[Tuple[int, int]] = []
    for m in matches_from(_PAIRS, text, starts):
        items = m.group().split("、")
        if text[m.end() : m.end() + 1] == "、":
            continue
        if items[0][0] in verbs and _one_opener(items):
            out.append(m.span())
    return out + _opened_series(text, marks)


def _opened_series(text: str, marks: List[int]) -> List[Tuple[int, int]]:
    """``(start, end)`` of every series of four items or more of one length (two or three characters) that open
    with one shared character, not a prefix of scale, and differ after it (讲学习、讲团结、讲实干、讲奉献)."""
    out: List[Tuple[int, int]] = []
    for n, pattern in _OPENED.items():
        for m in matches_from(pattern, text, slogan_series.series_starts(text, marks, n, third=True)):
            start, end = m.span()
            items = m.group().split("、")
            if (
                len(items) < 4
                or text[end : end + 1] == "、"
                or (text[end : end + 1] == "上" and text[start - 1 : start] != "在")
                or items[0][0] in _SCALE
                or not _one_opener(items)
            ):
                continue
            out.append((start, end))
    return out


def _one_opener(items: List[str]) -> bool:
    """Whether every item opens with one character and the items differ after it."""
    return len({item[0] for item in items}) == 1 and len({item[1:] for item in items}) == len(items)
