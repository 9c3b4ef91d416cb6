"""Roads the road grammar reads that are no road: a figure of speech or a unit's name.

- A road of a way of life (群众的致富路和平安路, 走出一条幸福路): the name is an adjective or a verb
  in jieba's dictionary (致富, 平安, 幸福), right after 的, and nothing after 路 places it on the
  ground (no 上, 口, 号, 段, 边, 旁: 县城的幸福路上 stays a street).
- A road whose name opens with a police or government unit's suffix word (分局 + 御路口派出所):
  the grammar has read across the end of a unit's name, and no road is named 分局….

Both checks look at the characters at the would-be road's edges only: no scan of the text.
"""

from __future__ import annotations

from typing import Collection, List

from baokan.annotators.language import words
from baokan.annotators.language.place_grammar import GrammarName

#: The particle before a figurative road (群众的 + 致富路).
ATTRIBUTIVE = "的"
#: Joiners between two figurative roads (致富路 + 和 + 平安路).
JOINERS = frozenset("和与、及")
#: Characters after 路 that put a road on the ground (路上, 路口, 路12号, 路段, 路边, 路旁).
ON_THE_GROUND = frozenset("上口号段边旁东西南北中0123456789０１２３４５６７８９")
#: jieba tags of a figurative road's name: an adjective or a verb (致富 a, 振兴 v).
FIGURATIVE_TAGS = ("a", "v")
#: A unit's suffix word that ends a body's name, never opens a road's (分局, 支队, 大队).
UNIT_WORDS = frozenset({"分局", "支队", "大队", "中队", "总队"})


def figurative_road(text: str, start: int, end: int, figure_ends: Collection[int] = ()) -> bool:
    """Whether the road ``text[start:end]`` (its name, then 路) is a figure after 的 (致富路), or
    joined by 和 to a figure ending at one of ``figure_ends`` (致富路和平安路)."""
    if text[end - 1] != "路" or start == 0 or end - start != 3:
        return False
    if text[start - 1] != ATTRIBUTIVE and not (text[start - 1] in JOINERS and start - 1 in figure_ends):
        return False
    if end < len(text) and text[end] in ON_THE_GROUND:
        return False
    tag = words.word_tag(text[start : end - 1])
    return tag.startswith(FIGURATIVE_TAGS) and not tag.startswith("vn")


def unit_word_road(text: str, start: int, end: int) -> bool:
    """Whether the road ``text[start:end]`` opens with a unit's suffix word (分局御路)."""
    return text[start : start + 2] in UNIT_WORDS


def drop_road_words(text: str, found: List[GrammarName]) -> List[GrammarName]:
    """``found`` without its roads that are figures or read across a unit's name."""
    figure_ends: set[int] = set()
    for g in sorted(found, key=lambda g: g.start):
        if g.kind == "road" and figurative_road(text, g.start, g.end, figure_ends):
            figure_ends.add(g.end)
    return [g for g in found if g.kind != "road" or not (g.end in figure_ends or unit_word_road(text, g.start, g.end))]
