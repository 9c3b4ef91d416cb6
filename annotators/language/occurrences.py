"""Every place a short word (a name) is written in a text, in time linear in the text.

``str.find`` in a loop costs the text's length per word; a page on one long line that
names thousands of people then costs its length thousands of times. A long text is
indexed once by its two-character pairs, and a word's occurrences are read off the
positions of its first pair. Short texts keep the plain search, which is faster there.
"""

from __future__ import annotations

from array import array
from functools import lru_cache
from typing import Collection, Dict, Iterable, List, Match, Pattern, Sequence, Tuple

from baokan.annotators.core.document import WordFinder

#: Texts shorter than this are searched with ``str.find``.
LONG_TEXT = 20_000


@lru_cache(maxsize=2)
def _pairs(text: str) -> Dict[str, array[int]]:
    """Where each two-character pair of ``text`` starts (built once per text; its hash is cached).
    Offsets are kept as 4-byte machine integers: a list of Python ints would cost nine times that."""
    index: Dict[str, array[int]] = {}
    for i in range(len(text) - 1):
        pair = text[i : i + 2]
        if pair in index:  # a test and a subscript, not dict.get: one call a character, not two
            index[pair].append(i)
        else:
            index[pair] = array("I", (i,))
    return index


def find_all(text: str, word: str, *, overlapping: bool = True) -> List[int]:
    """The starts of ``word`` in ``text``, in order, as repeated ``str.find`` gives them
    (from one start + 1 when ``overlapping``, else from the end of the last)."""
    if len(text) < LONG_TEXT or len(word) < 2:
        out, at = [], text.find(word)
        while at >= 0:
            out.append(at)
            at = text.find(word, at + (1 if overlapping else len(word)))
        return out
    out, last_end = [], -1
    for at in _pairs(text).get(word[:2], ()):
        if text.startswith(word, at) and (overlapping or at >= last_end):
            out.append(at)
            last_end = at + len(word)
    return out


def mentions(text: str, names: Collection[str]) -> List[Tuple[int, int]]:
    """The ``(start, end)`` of each of ``names`` in ``text``: name by name in the order of ``names``, and
    each name's as :func:`find_all` gives them with ``overlapping=False``. All the names are found in one
    pass over the text (:class:`~baokan.annotators.core.document.WordFinder`), not one search a name."""
    found = WordFinder(names).find(text) if names else {}
    return [(at, at + len(name)) for name in names for at in found.get(name, ())]


def spans_of(text: str, needles: Iterable[str]) -> List[Tuple[int, int]]:
    """The spans of every one of ``needles`` in ``text``, by start: what ``re.finditer`` over their
    alternation gives when no needle can overlap another or itself (single characters; 东路 and 南路).

    ``re`` searches a character class by testing each character of the text against it (some tens of
    instructions a character, for every pattern and every article); ``str.find`` skips to the next
    needle many times faster. For marks a page holds a handful of (山, 河, 东路) this is a small part
    of one scan of a regular expression; for marks it holds hundreds (punctuation) the loop over the
    hits costs more than it saves.
    """
    out: List[Tuple[int, int]] = []
    find, add = text.find, out.append
    for needle in needles:
        size = len(needle)
        at = find(needle)
        while at >= 0:
            add((at, at + size))
            at = find(needle, at + size)
    out.sort()
    return out


def alternation_spans(text: str, words: Sequence[str]) -> List[Tuple[int, int]]:
    """The ``(start, end)`` of what ``finditer`` of the alternation of ``words``, in their order,
    finds: at the leftmost start, the first word there in that order (the longest, when the words
    come longest first), then on from its end, never overlapping. From each word's occurrences
    (:func:`find_all`): a few words' searches cost less than a regular expression's test of every
    character of the text against their first characters."""
    found = [(at, rank, len(word)) for rank, word in enumerate(words) if word for at in find_all(text, word)]
    if not found:
        return []
    found.sort()  # by start, then the words' order
    out: List[Tuple[int, int]] = []
    last = 0
    for at, _, n in found:
        if at >= last:
            last = at + n
            out.append((at, last))
    return out


def matches_from(pattern: Pattern[str], text: str, starts: Iterable[int]) -> List[Match[str]]:
    """What ``pattern.finditer(text)`` finds, for a pattern that never matches empty text and can
    start only at offsets of ``starts`` (any order; more is fine): it is tried at those alone, in
    order, each from the end of the last match on (``match`` at an offset sees the text before it,
    look-behinds included). Where ``starts`` come from a few words' searches (the offsets before
    some rare character a match holds), this costs less than the search's test of every character."""
    out: List[Match[str]] = []
    last = 0
    for at in sorted(set(starts)):
        if at >= last:
            m = pattern.match(text, at)
            if m is not None:
                out.append(m)
                last = m.end()
    return out
