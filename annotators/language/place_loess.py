"""Landforms of the loess and mountain country: tablelands, valleys and gullies (issue 19, set 9).

North-western papers name the land around a village by its landform: a loess tableland (塬,
``白鹿塬``), a mountain valley (峪, ``库峪``), a gully (沟, ``某某沟``). No table holds these names.

塬 and 峪 end almost no everyday word (``黄土塬`` is a kind of land, ``嘉峪关`` a city the tables hold),
so a name of one to three characters before them is read where it opens cleanly: right after a known
place (``蓝田|库峪``, ``灞桥|白鹿塬``), after punctuation or a function character, or after a verb of
going (``上到|某某塬``). The name is no everyday word, crosses no known place and holds no function
character. 沟 ends many words (``代沟``, ``鸿沟``, ``山沟``) and opens others (``沟通``), so a gully's name
of two or three characters is read only right after a known place or a verb of going (``到|某某沟``),
with no dictionary word across the head. Such a name read once is that place wherever the page
repeats it (kind ``landform``, a repeated kind).
"""

from __future__ import annotations

from typing import List, Optional, Sequence, Set, Tuple

from baokan.annotators.language.occurrences import find_all
from baokan.annotators.language.place_grammar import GrammarName, Known
from baokan.annotators.language.place_words import CJK_CHAR, STOP, Boundaries, everyday

#: Heads that end almost no everyday word: a loess tableland, a mountain valley.
_RARE_HEADS = ("塬", "峪")
#: A gully: read only after a known place or a verb of going.
_GULLY = "沟"
#: Characters of a verb of going right before a landform's name (到, 上到, 前往, 进入, 来自).
_GOING = frozenset("到往至进入抵赴经过临邻接")
#: The kind the grammar gives these names.
KIND = "landform"


def find_loess(bounds: Boundaries, places: Sequence[Tuple[int, int]]) -> List[GrammarName]:
    """Tablelands, valleys and gullies named before their head (see the module's docstring).

    Args:
        bounds (Boundaries): The article's text and its word boundaries.
        places (Sequence[Tuple[int, int]]): Spans of places already known.
    """
    text = bounds.text
    if "塬" not in text and "峪" not in text and _GULLY not in text:  # (one scan each in C: most texts stop)
        return []
    known = Known.of(places)
    ends = {e for _, e in known.spans}
    out: List[GrammarName] = []
    for head in _RARE_HEADS + (_GULLY,):
        gully = head == _GULLY
        for h in find_all(text, head):
            if known.overlaps(h, h + 1) or gully and _word_across(bounds, h):
                continue
            start = _name_start(text, h, ends, known, gully)
            if start is not None:
                out.append(GrammarName(start, h + 1, kind=KIND))
    return out


def _word_across(bounds: Boundaries, h: int) -> bool:
    """Whether a dictionary word of two characters or more holds the head (鸿沟, 山沟, 沟通)."""
    return any(ws <= h < we for ws, we in bounds.words_over(h, h + 1))  # (its words are two characters or more)


def _name_start(text: str, h: int, ends: Set[int], known: Known, gully: bool) -> Optional[int]:
    """The earliest start, one to three characters before the head at ``h``, where a name opens cleanly."""
    shortest = 2 if gully else 1
    for start in range(max(0, h - 3), h - shortest + 1):
        name = text[start:h]
        if not all(CJK_CHAR.match(ch) for ch in name) or not STOP.isdisjoint(name) or known.overlaps(start, h):
            continue
        before = text[start - 1] if start > 0 else ""
        if start in ends:
            pass  # 灞桥|白鹿塬: a known place right before
        elif before in _GOING:
            pass  # 上到|某某塬, 到|某某沟
        elif gully or (before and CJK_CHAR.match(before) and before not in STOP):
            continue
        if len(name) > 1 and everyday(name) and not gully:
            continue  # 黄土|塬: a kind of land
        return start
    return None
