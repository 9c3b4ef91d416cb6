"""Spans sorted by start, for quick overlap and containment questions (:class:`SpanIndex`).

It lives among the language helpers so that the compiled build compiles it: officials builds
some ten of these an article and asks them thousands of questions, and each question from
compiled code to a class of plain Python was a call through Python.
:mod:`baokan.annotators.core.document` re-exports it, where annotators import it from.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from operator import itemgetter
from typing import Iterable, List, Tuple

_START = itemgetter(0)
_END = itemgetter(1)


class SpanIndex:
    """Spans sorted by start, for quick overlap and containment questions on long articles."""

    spans: List[Tuple[int, int]]
    starts: List[int]
    #: the largest end among the spans up to each index
    max_end: List[int]

    def __init__(self, spans: Iterable[Tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self.spans = ordered
        # the starts and ends as the spans hold them (map and itemgetter run in C): a compiled loop
        # unboxes each int and boxes it again, a new object for every offset past 256
        self.starts = list(map(_START, ordered))
        max_end: List[int] = list(map(_END, ordered))
        for i in range(1, len(max_end)):  # then the running largest end, in place
            if max_end[i] < max_end[i - 1]:
                max_end[i] = max_end[i - 1]
        self.max_end = max_end

    def _max_end(self, n: int) -> int:
        """The largest end among the first ``n`` spans (-1 for none)."""
        return self.max_end[n - 1] if n > 0 else -1

    def overlaps(self, start: int, end: int) -> bool:
        """Whether any span overlaps ``[start, end)``."""
        return self._max_end(bisect_left(self.starts, end)) > start

    def extends_past(self, start: int, end: int) -> bool:
        """Whether a span starting at or before ``start`` ends after ``end``."""
        return self._max_end(bisect_right(self.starts, start)) > end

    def covers_longer(self, start: int, end: int) -> bool:
        """Whether a longer span contains ``[start, end)``."""
        if self._max_end(bisect_left(self.starts, start)) >= end:
            return True
        i = bisect_right(self.starts, start) - 1
        return i >= 0 and self.spans[i][0] == start and self.spans[i][1] > end

    def starts_inside_past(self, start: int, end: int) -> bool:
        """Whether a span starts inside ``(start, end)`` and ends after ``end``."""
        lo, hi = bisect_right(self.starts, start), bisect_left(self.starts, end)
        return any(e > end for _, e in self.spans[lo:hi])

    def starts_at(self, start: int, end: int) -> bool:
        """Whether a span starts at ``start`` and reaches at least ``end``."""
        i = bisect_right(self.starts, start) - 1
        return i >= 0 and self.spans[i][0] == start and self.spans[i][1] >= end
