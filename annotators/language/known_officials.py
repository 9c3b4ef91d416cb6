"""Officials the papers name without a post: leaders of the party and the state, and model officials.

``known_officials.tsv`` lists them. Their names are names wherever they stand as a word
(jieba's dictionary reads 周恩来 as a time word, so the name finder would not take it before
总理), and a bare mention (``学习焦裕禄``, ``毛泽东曾指出``) is an official whose title is the
one the page gives elsewhere, or null (docs/labels.md: a leader named with no post is must).

A name that stands only inside the name of a doctrine, a spirit or a memorial on the page
(``毛泽东思想``, ``焦裕禄精神``, ``周恩来纪念馆``) makes no official there: such strings are
neutral in the label rules. Where the page also names the person, every mention counts.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import FrozenSet, List, Optional, Pattern, Tuple

from baokan.annotators.core import recache
from baokan.annotators.core.lexicon import read_table
from baokan.annotators.language import words
from baokan.annotators.language.chars import HAN_CHAR

#: Heads that make a name part of another name: a doctrine, a spirit, a memorial, a work.
BOUND_HEADS = (
    "思想",
    "理论",
    "精神",
    "纪念",
    "故居",
    "旧居",
    "同志纪念",
    "文选",
    "选集",
    "文集",
    "年谱",
    "诗词",
    "著作",
    "铜像",
    "塑像",
    "雕像",
    "陵园",
    "墓",
    "号",
)


@lru_cache(maxsize=1)
def known_names() -> FrozenSet[str]:
    """The names of ``known_officials.tsv``."""
    return frozenset(read_table("known_officials").rows.column("name"))


@lru_cache(maxsize=1)
def _pattern() -> Pattern[str]:
    # longest first, so that no name is cut to a shorter one it starts with; then in code-point order, so
    # that every process writes the same pattern and finds it in recache's file (a set's order is not)
    return recache.compile("|".join(sorted(map(re.escape, known_names()), key=lambda n: (-len(n), n))))


def _free_end(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` heads no doctrine, spirit, memorial or work."""
    return not text.startswith(BOUND_HEADS, end)


def _stands_alone(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start:end`` is a word of its own: a two-character name must not be
    the tail of a longer Han name before it (``陈云`` in ``王陈云``) or open a longer one."""
    if end - start > 2:
        return True
    before = text[start - 1 : start]
    after = text[end : end + 1]
    window_start = max(0, start - 3)
    spans = words.word_spans(text[window_start : end + 3])
    cuts = {s + window_start for s, _ in spans} | {e + window_start for _, e in spans}
    return (not before or not HAN_CHAR.match(before) or start in cuts) and (
        not after or not HAN_CHAR.match(after) or end in cuts
    )


def known_name_before(text: str, end: int) -> Optional[int]:
    """The start of a known official's name that ends at ``end`` (``周恩来总理`` → 周恩来), or None."""
    for size in (3, 2, 4):
        start = end - size
        if start >= 0 and text[start:end] in known_names() and _stands_alone(text, start, end):
            return start
    return None


def known_mentions(text: str) -> List[Tuple[int, int]]:
    """Every mention of a known official in ``text``, in order, when at least one of the person's
    mentions stands free of a doctrine, spirit or memorial name; none of a person who stands
    only inside such names."""
    if not known_names():
        return []
    found = [(m.start(), m.end()) for m in _pattern().finditer(text) if _stands_alone(text, m.start(), m.end())]
    free = {text[s:e] for s, e in found if _free_end(text, e)}
    return [(s, e) for s, e in found if text[s:e] in free]
