"""Finding an article's quotes: one pass over its quotation marks, title marks and line breaks.

:func:`find_quotes` gives the quoted phrases the quote judgement (:mod:`quoted`) reads: every pair of
marks on one line (“…”, ‘…’, 「…」, ASCII and full-width double quotes), innermost pairs included, none
inside a title of a work (《…》). :func:`scan_quotes` gives, from the same pass, the plain “…” that the
dicta (:mod:`dicta`) and the long task passages (:mod:`central_tasks`) read, and the loose ones that the
campaign code names (:mod:`code_runs`) read.
"""

from __future__ import annotations

from typing import Dict, List, NamedTuple, Tuple

from baokan.annotators.language.quote_lists import CLOSERS, MAX_INNER, PAIRS

#: The characters find_quotes acts on: quote marks, title marks and line breaks.
_MARKS = "".join(sorted(set(PAIRS) | CLOSERS | set("《》\n")))


class Quote(NamedTuple):  # not a frozen Struct: mypyc compiles this module (setup.py)
    """One quoted phrase: ``text[start:end]`` is the inner text, without the marks."""

    start: int
    end: int
    inner: str


def find_quotes(text: str) -> List[Quote]:
    """Every quoted phrase in ``text`` on one line, innermost pairs included, in order.

    Titles of works (《…》) are not quotes; a quote inside one is skipped.
    """
    return scan_quotes(text)[0]


def scan_quotes(text: str) -> Tuple[List[Quote], List[Tuple[int, int]], List[Tuple[int, int]]]:
    """:func:`find_quotes`' quotes and, from the same pass over the marks, the inner offsets of every
    plain “…” (a “ whose next “, ” or line break is a ”, at any length and inside titles too: what
    :mod:`dicta` and the long task passages of :mod:`central_tasks` read) and of every loose “…” (a “
    whose next “ or ” is a ”, line breaks allowed: what :mod:`code_runs` reads)."""
    quotes: List[Quote] = []
    plain: List[Tuple[int, int]] = []
    loose: List[Tuple[int, int]] = []
    opened = -1  # just after the last “ when no ” has come since
    broken = False  # whether a line break came since it
    stack: List[Tuple[str, int]] = []
    open_marks: Dict[str, int] = {}  # how many of each mark the stack holds (a line may open many)
    title_depth = 0
    for i in _mark_offsets(text):  # every other character leaves the state as it is
        ch = text[i]
        if ch == "“":
            opened, broken = i + 1, False
        elif ch == "”":
            if opened >= 0:
                loose.append((opened, i))
                if not broken:
                    plain.append((opened, i))
            opened = -1
        if ch == "\n":
            broken = True
            stack.clear()
            open_marks.clear()
            title_depth = 0
        elif ch == "《":
            title_depth += 1
        elif ch == "》":
            title_depth = max(0, title_depth - 1)
        elif stack and ch == PAIRS[stack[-1][0]]:
            mark, begin = stack.pop()
            open_marks[mark] -= 1
            if 0 < i - begin <= MAX_INNER and not title_depth:
                quotes.append(Quote(begin, i, text[begin:i]))
        elif ch in PAIRS and (ch not in CLOSERS or not open_marks.get(ch)):
            stack.append((ch, i + 1))
            open_marks[ch] = open_marks.get(ch, 0) + 1
        elif ch in CLOSERS:  # a closer without its opener: forget what is open
            stack.clear()
            open_marks.clear()
    quotes.sort(key=lambda q: q.start)
    return quotes, plain, loose


def _mark_offsets(text: str) -> List[int]:
    """The offsets of every character of :data:`_MARKS` in ``text``, in order: one ``str.find`` run per
    mark (a character class searched by ``re`` tests each character against every mark of the class,
    about ten times the instructions)."""
    out: List[int] = []
    for mark in _MARKS:
        at = text.find(mark)
        while at >= 0:
            out.append(at)
            at = text.find(mark, at + 1)
    out.sort()
    return out
