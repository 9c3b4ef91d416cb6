"""What a Han character is, and which surnames there are: one definition each, for every annotator.

A Han character is a CJK unified ideograph of the basic block (U+4E00-U+9FFF), of
Extension A (U+3400-U+4DBF), of Extensions B-H in the supplementary planes
(U+20000-U+3FFFF, which hold rare name characters such as 𠮷 of 𠮷野家), or a
compatibility ideograph (U+F900-U+FAFF). The Yijing hexagram symbols between
Extension A and the basic block (U+4DC0-U+4DFF) are not Han.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Dict, FrozenSet

from baokan.annotators.core import recache

#: The Han ranges, for a regular-expression character class: ``rf"[{HAN}]"``.
HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003ffff"

#: Matches one Han character.
HAN_CHAR = recache.compile(f"[{HAN}]")
#: Matches a run of Han characters: ``HAN_RUN.fullmatch(s)`` is whether every character of ``s``
#: is Han (true of ""), in one call rather than one match per character.
HAN_RUN = recache.compile(f"[{HAN}]*")


def is_han(ch: str) -> bool:
    """Whether ``ch`` (one character) is a Han character."""
    cp = ord(ch)
    return 0x4E00 <= cp <= 0x9FFF or 0x3400 <= cp <= 0x4DBF or 0x20000 <= cp <= 0x3FFFF or 0xF900 <= cp <= 0xFAFF


def han_run_start(text: str, end: int, longest: int) -> int:
    """Where the run of Han characters that ends at ``end`` starts, reading back at most ``longest``
    characters (``end`` when a non-Han character stands right before it)."""
    start = end
    while start > 0 and end - start < longest and is_han(text[start - 1]):
        start -= 1
    return start


@lru_cache(maxsize=1)
def surnames() -> Dict[str, int]:
    """Surnames of ``surnames.tsv`` (single and compound) mapped to their rank (1 = most common;
    0 when unranked); empty when the table is not installed."""
    from baokan.annotators.core.lexicon import read_table

    out: Dict[str, int] = {}
    rows = read_table("surnames").rows  # by column: no row's dict is made
    for s, rank in zip(rows.column("surname"), rows.column("rank")):
        s = s.strip()
        if s:
            try:
                out[s] = int(rank or 0)
            except ValueError:
                out[s] = 0
    return out


@lru_cache(maxsize=1)
def single_surnames() -> FrozenSet[str]:
    """The one-character surnames."""
    return frozenset(s for s in surnames() if len(s) == 1)


@lru_cache(maxsize=1)
def compound_surnames() -> FrozenSet[str]:
    """The surnames of two or more characters (欧阳, 叶赫那拉 …)."""
    return frozenset(s for s in surnames() if len(s) > 1)
