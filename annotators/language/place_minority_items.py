"""Places inside a longer Mongolian, Tibetan or Uyghur name that stands as an item of a list (issue 19).

A name written in minority syllables (``白音乌拉苏木``, ``巴音都兰``) is cut by jieba into pieces, and
the tables may know a piece: the grammar reads ``乌拉`` + 苏木 as a township, the gazetteer ``都兰``
as a county of another province. Where the syllables before such a place run back to the opening of
a list item (``、``, a comma, the start of a clause) and no other place ends there, the piece is part
of the longer name: a township read by its suffix (苏木, 乡, 镇, 嘎查) takes the syllables before it,
and a short form of a division is no place of its own there.
"""

from __future__ import annotations

from typing import List

from baokan.annotators.language.foreign_names import holds_everyday_word, minority_chars
from baokan.annotators.language.list_items import ITEM_OPENERS
from baokan.annotators.language.place_candidates import Candidate

#: The fewest and most syllables before the place.
_MIN, _MAX = 2, 4
#: Township suffixes a grammar-read name ends in, that the syllables before it belong to.
_TOWNSHIP_ENDS = ("苏木", "嘎查", "乡", "镇")


def _syllables_before(text: str, start: int) -> int:
    """Where the run of minority syllables that opens a list item and ends at ``start`` begins
    (``start`` when there is none of two to four characters, or it holds an everyday word)."""
    table = minority_chars()
    if start < _MIN or text[start - 1] not in table:
        return start
    for lo in range(start - _MIN, max(-1, start - _MAX - 1), -1):
        if text[lo] not in table:
            return start
        if lo == 0 or text[lo - 1] in ITEM_OPENERS:
            return start if holds_everyday_word(text[lo:start]) else lo  # ，确保 + 洪湖: a verb
    return start


def minority_items(text: str, kept: List[Candidate]) -> List[Candidate]:
    """``kept`` with the places that are pieces of a longer minority-syllable list item mended:
    a township read by its suffix widened over the syllables, a division's short form dropped.

    Args:
        text (str): The article text.
        kept (List[Candidate]): The accepted places of the article, not overlapping.

    Returns:
        List[Candidate]: The places, in the same order.
    """
    table = minority_chars()
    if not any(c.start >= _MIN and text[c.start - 1] in table and not c.full for c in kept):
        return kept  # (most articles: no place right after a minority syllable)
    ends = {c.end for c in kept}
    out: List[Candidate] = []
    for c in kept:
        if c.full or c.level == "province" or c.start in ends:
            out.append(c)
            continue
        lo = _syllables_before(text, c.start)
        if lo == c.start:
            out.append(c)
        elif c.rule.startswith("grammar") and text.endswith(_TOWNSHIP_ENDS, c.start, c.end):
            out.append(c.moved(lo, c.end))  # 白音 + 乌拉苏木
        elif c.rows and c.rule.startswith("gazetteer"):
            continue  # 巴音 + 都兰: a county's short form inside a longer name
        else:
            out.append(c)
    return out
