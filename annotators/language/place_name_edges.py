"""Edges of grammar names that other papers write (issue 19, session 14; set 10).

- A transliterated village's name may hold a character that Chinese uses as a function word (其 of
  ``阿拉其木嘎查``, a Mongolian gacha): between syllables of transliteration.tsv it is one more syllable.
- jieba may cut a two-character suffix itself (``阿木其嘎|嘎查`` read ``嘎嘎|查``): no word then ends in the
  suffix, and none is the name's common-noun tail.
- A count is no name: a numeral and a measure word (``一位``, ``每一段路``: 段 of a stretch of road); nor a
  level and an everyday word before a kind of town (``市典型镇村``, ``市重点镇``: the city's typical towns).
- A direction that jieba leaves alone before a road its dictionary holds (``分局|东|朝阳路``) opens the
  road's name (``东朝阳路``), where it stands in no word and no known place (not ``城东|朝阳路``).
"""

from __future__ import annotations

from typing import Callable, FrozenSet, List, Optional, Tuple

from baokan.annotators.language.chars import HAN_CHAR
from baokan.annotators.language.place_words import COMMON_NAME, STOP_FIRST, Boundaries, everyday
from baokan.annotators.language.syllables import inside_syllables

Span = Tuple[int, int]

#: Numerals and measure words: a count before a suffix is no name (一位, 两个, 一段 + 路).
NUMERALS = frozenset("一二三四五六七八九十两几多0123456789")
_MEASURES = frozenset("个位名家户些批条座所处次趟遍段")
#: What joins two names of a list, never a syllable of one.
_LIST_WORDS = ("和", "与", "及")
#: Level characters that may stand before a kind of town as its determiner (市重点镇: the city's).
_LEVELS = frozenset("省市县区")
#: Directions that open a road's name (东朝阳路, 西长安街).
_DIRECTIONS = frozenset("东南西北")


def counted(name: str) -> bool:
    """一位, 两个, 几家, 60名, 一段 (路): a number and a measure word, not a name (十里 is one); nor a level
    and an everyday word (市 + 典型 + 镇村, 市 + 重点 + 镇: the city's kind of town, no town's name)."""
    if len(name) >= 3 and name[0] in _LEVELS and everyday(name[1:]) >= COMMON_NAME:
        return True
    if _MEASURES.isdisjoint(name[1:]):  # most names: no measure word at all
        return False
    return any(a in NUMERALS and b in _MEASURES for a, b in zip(name, name[1:]))


def stops_in_syllables(name: str, stops: FrozenSet[str]) -> bool:
    """Whether every function character (``stops``) of a would-be name is a syllable inside a
    transliterated name: transliteration characters on both sides (其 of 阿拉其木)."""
    last = len(name) - 1
    for i, c in enumerate(name):
        if c in stops and (i < 2 or i == last or not inside_syllables(name, i, _LIST_WORDS)):
            return False  # (a syllable has two before it and one after: most names fail at once)
    return True


def suffix_tail(spans: List[Span], s0: int, s1: int) -> Optional[Span]:
    """The dictionary word that runs across the start of the suffix ``text[s0:s1]`` and ends at or past
    its end (农|村 of 新农村 is 农村), or None; a word that ends inside the suffix cut the suffix itself."""
    return next(((ws, we) for ws, we in spans if ws < s0 < we and we >= s1), None)


def road_word_start(
    bounds: Boundaries, overlaps: Callable[[int, int], bool], spans: List[Span], s0: int
) -> Optional[int]:
    """Where the dictionary word that ends a road at its suffix ``s0`` starts (庆春|路 of 庆春路), one
    earlier where a lone direction opens the road (东 + 朝阳路), two where a lone character opens the direction
    (桥 + 南 + 古街: south of the bridge), or None where no word runs across ``s0``.
    ``overlaps``: whether a span overlaps a known place."""
    whole = next((ws for ws, we in spans if ws < s0 < we), None)
    if whole is None or whole == 0 or bounds.text[whole - 1] not in _DIRECTIONS:
        return whole
    pos = whole - 1
    if overlaps(pos, whole) or any(
        ws < pos < we or ws == pos and we > whole for ws, we in bounds.words_over(pos, whole)
    ):
        return whole
    lone = pos - 1  # 漫步|桥|南|古街: a lone character before the direction names the place it is south of
    if (
        lone > 0
        and HAN_CHAR.match(bounds.text, lone)
        and bounds.text[lone] not in STOP_FIRST
        and not overlaps(lone, pos)
    ):
        if not any(ws < pos < we or ws <= lone < we for ws, we in bounds.words_over(lone, pos)):
            return lone
    return pos
