"""Parallel lists of task clauses in a leader's or a central document's quoted words (docs/labels.md, slogan).

A leader's directive of several clauses (要坚持甲，推进乙，完善丙) is neutral as a whole, and its clauses are
not slogans one by one (labels.md, batch 5). A quote that is a list of formulas follows the list rule of
batch 3 instead: each item is a slogan and the whole list is not. Such a list gives itself away by its
cadence: 激发数字经济活力，增强数字政府效能，优化数字社会环境，构建数字合作格局 — items of one length, each a
task clause (:func:`central_tasks.is_task_clause`: a policy verb or adverb opening it), sharing the same
characters at the same places (数字 here: the list's common word).

:func:`list_spans` takes a quote whose clauses are :data:`MIN_ITEMS` to :data:`MAX_ITEMS` such items, split
by commas, semicolons or full stops, of one length and with at least :data:`SHARED` places where every item
has the same character, when the quote is a leader's or a central document's words (:func:`dicta.sourced`).
A central cue alone already splits quotes of up to four task clauses (:mod:`central_tasks`); this reads
longer lists and a leader's, where only the cadence tells a list from a directive. Poems and couplets have
the cadence but no policy verb opening each line.
"""

from __future__ import annotations

from typing import List, Tuple

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
    """Offsets in ``inner`` of the items of a parallel list of task clauses (a final full stop left out), else none."""
    body = inner[:-1] if inner.endswith(("。", ".")) else inner
    parts = _SPLIT.split(body)
    if not MIN_ITEMS <= len(parts) <= MAX_ITEMS or not parallel(parts):
        return []
    if not all(central_tasks.is_task_clause(part) for part in parts):
        return []
    spans, pos = [], 0
    for part in parts:
        spans.append((pos, pos + len(part)))
        pos += len(part) + 1
    return spans


def list_spans(text: str, start: int, end: int) -> List[Tuple[int, int]]:
    """The items of the quote ``text[start:end]`` as offsets into ``text``, when it is a parallel list of
    task clauses in a leader's or a central document's words; else none."""
    items = list_items(text[start:end])
    if not items or not dicta.sourced(text, start, end):
        return []
    return [(start + s, start + e) for s, e in items]
