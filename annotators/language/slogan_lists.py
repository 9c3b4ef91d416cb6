"""Lists that elide a lexicon formula's opening words in their later items (used by :mod:`baokan.annotators.slogans`).

A formula of the lexicon that ends in a head noun is sometimes the first item of a list whose
later items keep only the head and a word or two before it, the shared opening words left out:
国家安全法治体系、战略体系、政策体系、风险防控体系 is the national-security system in four parts.
The later items mean little alone, so the list is one formula and must as a whole (docs/labels.md,
batch 3: a list whose items mean little alone stays whole; batches 6 and 7: a 提法 before its
instrument head). The first item alone is then no slogan of its own.

A list is read only where at least two items follow, each ends in the first item's last two
characters, each is shorter than the first item (its opening words are left out) and none is a
lexicon form itself: a list of formulas in their own right (道路自信、理论自信、制度自信) is split
by the lexicon, and two items (容错纠错机制、激励机制) make no formula.
"""

from __future__ import annotations

from typing import Callable, Iterable, List, Tuple

from baokan.annotators.language.chars import HAN_CHAR

#: Items after the first that a list needs.
MIN_ITEMS = 2
#: The most characters an item may have before the shared head.
MAX_PREFIX = 4


def elided_end(text: str, start: int, end: int, is_form: Callable[[str], bool]) -> int:
    """Where a list that opens with the formula ``text[start:end]`` and elides its opening words
    ends, or ``end`` where no such list follows."""
    if not text.startswith("、", end):
        return end  # no list follows (the common case: tested before the formula is read)
    first = text[start:end]
    if len(first) < 5 or not all(HAN_CHAR.match(ch) for ch in first[-2:]):
        return end
    head = first[-2:]
    pos, items = end, 0
    while text.startswith("、", pos):
        at = text.find(head, pos + 1, pos + 2 + MAX_PREFIX + len(head))
        if at < 0:
            break
        item = text[pos + 1 : at + len(head)]
        after = text[at + len(head) : at + len(head) + 1]
        if (
            len(item) <= len(head)
            or len(item) >= len(first) - 1
            or not all(HAN_CHAR.match(ch) for ch in item)
            or (after and HAN_CHAR.match(after))
            or is_form(item)
        ):
            break
        pos, items = at + len(head), items + 1
    return pos if items >= MIN_ITEMS else end


def elided_lists(text: str, spans: Iterable[Tuple[int, int]], is_form: Callable[[str], bool]) -> List[Tuple[int, int]]:
    """``(start, end)`` of every elided list opened by one of ``spans`` (unquoted lexicon hits)."""
    out: List[Tuple[int, int]] = []
    for start, end in spans:
        stop = elided_end(text, start, end, is_form)
        if stop > end:
            out.append((start, stop))
    return out
