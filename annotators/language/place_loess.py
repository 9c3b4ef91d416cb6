"""Landforms of the loess and mountain country: tablelands, valleys and gullies (issue 19, set 9).

North-western papers name the land around a village by its landform: a loess tableland (塬,
``白鹿塬``), a mountain valley (峪, ``库峪``), a gully (沟, ``某某沟``). No table holds these names.

塬 and 峪 end almost no everyday word (``黄土塬`` is a kind of land, ``嘉峪关`` a city the tables hold),
so a name of one to three characters before them is read where it opens cleanly: right after a known
place (``蓝田|库峪``, ``灞桥|白鹿塬``), after punctuation or a function character, or after a verb of
going (``上到|某某塬``). The name is no everyday word, crosses no known place and holds no function
character. 沟 ends many words (``代沟``, ``鸿沟``, ``山沟``) and opens others (``沟通``), so a gully's name
of two or three characters is read only right after a known place or a verb of going (``到|某某沟``),
with no dictionary word across the head; a ridge (岭), a bay (湾) or a creek (港) only right after a
division or a village named in full (``乌兰县|泉水湾``, ``简阳市|西峰岭``, ``某某村|车渚港``), with no
dictionary word across the head either (a word inside the name, 西|峰岭, may stand). Such a name read
once is that place wherever the page repeats it (kind ``landform``, a repeated kind).
"""

from __future__ import annotations

from typing import Dict, List, Optional, Sequence, Tuple

from baokan.annotators.language.occurrences import find_all
from baokan.annotators.language.place_grammar import GrammarName, Known
from baokan.annotators.language.place_words import CJK_CHAR, STOP, STOP_FIRST, Boundaries, everyday

#: Heads that end almost no everyday word: a loess tableland, a mountain valley.
_RARE_HEADS = ("塬", "峪")
#: A gully: read only after a known place or a verb of going.
_GULLY = "沟"
#: Heads read only right after a division or a village named in full (乌兰县|泉水湾, 简阳市|西峰岭,
#: 某某村|车渚港): 湾, 岭 and 港 end many names the tables hold and some words (港湾, 山岭, 分水岭, 海港).
_ANCHORED_HEADS = ("湾", "岭", "港")
#: Heads whose name needs no dictionary word across the head (代沟, 港湾, 分水岭).
_STRICT_HEADS = (_GULLY,) + _ANCHORED_HEADS
#: The last characters of a division's or a village's full name.
_FULL_LEVELS = frozenset("省市县区旗镇乡村")
#: What after a head makes it part of a longer place the grammar reads (某某沟村, 某某湾社区, 某某岭路).
_AREA_AFTER = frozenset("村镇乡社街路组屯庄寨")
#: Characters of a verb of going right before a landform's name (到, 上到, 前往, 进入, 来自).
_GOING = frozenset("到往至进入抵赴经过临邻接")
#: The kind the grammar gives these names.
KIND = "landform"


def find_loess(bounds: Boundaries, places: Sequence[Tuple[int, int]]) -> List[GrammarName]:
    """Tablelands, valleys and gullies named before their head, and ridges and bays right after a
    division named in full (see the module's docstring).

    Args:
        bounds (Boundaries): The article's text and its word boundaries.
        places (Sequence[Tuple[int, int]]): Spans of places already known.
    """
    text = bounds.text
    heads = [h for h in _RARE_HEADS + _STRICT_HEADS if h in text]  # (one scan each in C: most texts have few)
    if not heads:
        return []
    known = Known.of(places)
    ends = {e: s for s, e in known.spans}
    out: List[GrammarName] = []
    for head in heads:
        strict = head in _STRICT_HEADS
        for h in find_all(text, head):
            if known.overlaps(h, h + 1) or strict and text[h + 1 : h + 2] in _AREA_AFTER:
                continue  # (某某沟村: a village the grammar reads whole)
            start = _name_start(text, h, ends, known, head)
            if start is not None and not (strict and _word_across(bounds, start, h, head)):
                out.append(GrammarName(start, h + 1, kind=KIND))
    return out


def _word_across(bounds: Boundaries, start: int, h: int, head: str) -> bool:
    """Whether a dictionary word of two characters or more holds the head (鸿沟, 山沟, 沟通); after a
    division, only one that runs past the head or is the whole name (分水岭), not one inside it (西|峰岭)."""
    if head == _GULLY:
        return any(ws <= h < we for ws, we in bounds.words_over(h, h + 1))  # (its words are two characters or more)
    return any(ws <= h < we and (we > h + 1 or ws <= start) for ws, we in bounds.words_over(h, h + 1))


def _name_start(text: str, h: int, ends: Dict[int, int], known: Known, head: str) -> Optional[int]:
    """The earliest start, one to three characters before the head at ``h``, where a name opens cleanly."""
    gully, anchored_only = head == _GULLY, head in _ANCHORED_HEADS
    shortest = 2 if gully or anchored_only else 1
    for start in range(max(0, h - 3), h - shortest + 1):
        name = text[start:h]
        if not all(CJK_CHAR.match(ch) for ch in name) or not STOP.isdisjoint(name) or known.overlaps(start, h):
            continue
        if name[0] in STOP_FIRST:
            continue  # 新村|由|上湾: a preposition or a verb of motion opens no name
        before = text[start - 1] if start > 0 else ""
        if anchored_only:  # 乌兰县|泉水湾, 简阳市|西峰岭: only after a division named in full
            if before in _FULL_LEVELS and (start in ends or before == "村"):  # (a village the grammar reads)
                return start
            continue
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
