"""One article's quotes, found in one pass, and what the slogan readers ask of each, answered once.

The slogans annotator reads an article's quotes four ways: the quote judgement (:mod:`quoted`), the
task clauses of a central cue (:mod:`central_tasks`), a leader's or a document's parallel list of tasks
(:mod:`parallel_tasks`) and its statements of principle (:mod:`dicta`). Each used to find the quotes
again and to ask again whether a central cue introduces a quote, or a leader or a document speaks it.
:class:`ArticleQuotes` finds them once (:func:`quote_scan.scan_quotes`: the judgement's quotes and the
plain “…” that the dicta and the long task passages read) and keeps each answer for the article; it
lives as long as the annotator's work on the article.
"""

from __future__ import annotations

from typing import Dict, List, Tuple

from baokan.annotators.language import central_tasks, dicta, parallel_tasks, quote_scan

Span = Tuple[int, int]


class ArticleQuotes:
    """The quotes of one article text and the readings asked of them, each computed once.

    Attributes:
        text (str): The article text.
        quotes (list[quoted.Quote]): What :func:`quoted.find_quotes` finds.
        plain (list[tuple]): The inner offsets of every plain “…” (:func:`quote_scan.scan_quotes`).
        loose (list[tuple]): The same with line breaks allowed inside (the code names of :mod:`code_runs`).
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.quotes, self.plain, self.loose = quote_scan.scan_quotes(text)
        self._cued: Dict[Span, bool] = {}
        self._sourced: Dict[Span, bool] = {}
        self._tasks: Dict[Span, List[Span]] = {}

    def cued(self, text: str, start: int, end: int) -> bool:
        """:func:`central_tasks.cued` of the quote ``text[start:end]`` (``text`` is this article's)."""
        key = (start, end)
        answer = self._cued.get(key)
        if answer is None:
            answer = self._cued[key] = central_tasks.cued(text, start, end)
        return answer

    def sourced(self, text: str, start: int, end: int) -> bool:
        """:func:`dicta.sourced` of the quote ``text[start:end]``, its central cue read through :meth:`cued`."""
        key = (start, end)
        answer = self._sourced.get(key)
        if answer is None:
            answer = self._sourced[key] = dicta.sourced(text, start, end, is_cued=self.cued)
        return answer

    def task_spans(self, start: int, end: int) -> List[Span]:
        """:func:`central_tasks.task_spans` of the quote ``text[start:end]`` (asked by the judgement and
        the task candidates alike)."""
        key = (start, end)
        spans = self._tasks.get(key)
        if spans is None:
            spans = self._tasks[key] = central_tasks.task_spans(self.text, start, end, is_cued=self.cued)
        return spans

    def single_task(self, start: int, end: int) -> bool:
        """:func:`central_tasks.single_task`: the whole quote is one task clause of a central cue."""
        return self.task_spans(start, end) == [(start, end)]

    def list_spans(self, start: int, end: int) -> List[Span]:
        """:func:`parallel_tasks.list_spans` of the quote ``text[start:end]``."""
        return parallel_tasks.list_spans(self.text, start, end, is_sourced=self.sourced)

    def long_quotes(self) -> List[Span]:
        """:func:`central_tasks.long_quotes`: the plain quotes longer than the quote finder reads."""
        return central_tasks.long_quotes(self.text, self.plain)

    def dicta_spans(self) -> List[Span]:
        """:func:`dicta.dicta_spans` of the article."""
        return dicta.dicta_spans(self.text, self.plain, self.sourced)
