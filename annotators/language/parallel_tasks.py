"""Parallel lists of task clauses in a leader's or a central document's quoted words (docs/labels.md, slogan).

A leader's directive of several clauses (要坚持甲，推进乙，完善丙) is neutral as a whole, and its clauses are
not slogans one by one (labels.md, batch 5). A quote that is a list of formulas follows the list rule of
batch 3 instead: each item is a slogan and the whole list is not. Such a list gives itself away by its
cadence: 激发数字经济活力，增强数字政府效能，优化数字社会环境，构建数字合作格局 — items of one length, each a
task clause (:func:`central_tasks.is_task_clause`: a policy verb or adverb opening it), sharing the same
characters at the same places (数字 here: the list's common word).

:func:`list_spans` takes the runs of :data:`MIN_ITEMS` to :data:`MAX_ITEMS` such items in a row, split by
commas, semicolons or full stops, of one length and with at least :data:`SHARED` places where every item
has the same character (the whole quote, or a run inside a longer sentence of it), when the quote is a
leader's or a document's words (:func:`dicta.sourced`).
A central cue alone already splits quotes of up to four task clauses (:mod:`central_tasks`); this reads
longer lists and a leader's, where only the cadence tells a list from a directive. Poems and couplets have
the cadence but no policy verb opening each line.
"""

from __future__ import annotations

from typing import List, Optional, Tuple

from baokan.annotators.core import recache
from baokan.annotators.language import central_tasks, dicta

#: The fewest and the most items of a list (two clauses are a pair, not a list: batch 3 splits pairs by their cue).
MIN_ITEMS = 3
MAX_ITEMS = 8
#: The fewest places at which every item has the same character (a shared two-character word).
SHARED = 2
_SPLIT = recache.compile(r"[，,；;。]")


def parallel(items: List[str]) -> bool:
    """Whether ``items`` are of one length and share the same character at :data:`SHARED` places or more."""
    if len(items) < MIN_ITEMS or len({len(item) for item in items}) != 1:
        return False
    return sum(1 for column in zip(*items) if len(set(column)) == 1) >= SHARED


def list_items(inner: str) -> List[Tuple[int, int]]:
    """Offsets in ``inner`` of the items of the parallel lists of task clauses it holds: runs of
    :data:`MIN_ITEMS` to :data:`MAX_ITEMS` clauses in a row (split at commas, semicolons and full
    stops) that are :func:`parallel` task clauses. A run may be the whole quote or stand inside a
    longer sentence (我们要……，改造提升甲产业，培育壮大乙产业，布局建设丙产业，完善丁体系)."""
    if len(inner) < MIN_ITEMS * (central_tasks.MIN_CLAUSE + 1) - 1:
        return []  # too short for three items of task length and the marks between them
    if central_tasks.clause_marks(inner) < MIN_ITEMS - 1:
        return []  # fewer clauses than a list
    spans, pos = [], 0
    for m in _SPLIT.finditer(inner + "。"):
        spans.append((pos, m.start()))
        pos = m.end()
    parts = [inner[s:e] for s, e in spans]
    out: List[Tuple[int, int]] = []
    i = 0
    while i < len(parts):
        j = i
        while j < len(parts) and len(parts[j]) == len(parts[i]):
            j += 1
        if j - i < MIN_ITEMS:  # no run of one length: the cheap test first
            i = j
            continue
        j = i
        while j < len(parts) and len(parts[j]) == len(parts[i]) and central_tasks.plain_clause(parts[j]):
            j += 1
        best = _longest_list(parts, i, j)
        if best:
            out += spans[best[0] : best[1]]
        i = max(best[1] if best else j, i + 1)
    return out


def _longest_list(parts: List[str], lo: int, hi: int) -> Optional[Tuple[int, int]]:
    """The longest run ``parts[a:b]`` within ``lo:hi`` of :data:`MIN_ITEMS` to :data:`MAX_ITEMS` parallel
    items with a task clause among them (a list's neighbour of the same length may share nothing), or None."""
    for size in range(min(hi - lo, MAX_ITEMS), MIN_ITEMS - 1, -1):
        for a in range(lo, hi - size + 1):
            run = parts[a : a + size]
            if parallel(run) and any(map(central_tasks.is_task_clause, run)):
                return a, a + size
    return None


def list_spans(
    text: str, start: int, end: int, *, is_sourced: central_tasks.QuoteTest = dicta.sourced
) -> List[Tuple[int, int]]:
    """The items of the quote ``text[start:end]`` as offsets into ``text``, when it is a parallel list of
    task clauses in a leader's or a central document's words (``is_sourced``: :func:`dicta.sourced`, or a
    reader's that keeps its answers per quote); else none."""
    items = list_items(text[start:end])
    if not items or not is_sourced(text, start, end):
        return []
    return [(start + s, start + e) for s, e in items]
