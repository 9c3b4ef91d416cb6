"""Roads the road grammar reads that are no road: a figure of speech or a unit's name.

- A road of a way of life (群众的致富路和平安路, 走出一条幸福路): the name is an adjective or a verb
  in jieba's dictionary (致富, 平安, 幸福), right after 的, and nothing after 路 places it on the
  ground (no 上, 口, 号, 段, 边, 旁: 县城的幸福路上 stays a street).
- A road walked (走出了一条新时代农村小康路, 走稳路): the road is the object of a verb of walking or
  breaking a way, after 一条 in the same clause (走出一条…路、…路), or with 走 opening its name (走稳路,
  an adjective after the verb). A road joined by 、 or 和 to a figure is one too (…小康路、生态路).
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
#: Verbs that walk or break a way before 一条 (走出一条, 闯出了一条, 蹚出一条).
WALKING = frozenset("走闯蹚趟")
#: The measure word of a way walked (一条…路).
ONE_WAY = "一条"
#: How far back from a road's name 一条 may stand (一条 + 新时代傣乡 + 农村小康路), and the verb before it.
WAY_REACH = 12
VERB_REACH = 4
#: Characters that end a clause: 一条 beyond one is another sentence's.
CLAUSE_ENDS = frozenset("，。；：！？,;:!?\n“”")
#: A unit's suffix word that ends a body's name, never opens a road's (分局, 支队, 大队).
UNIT_WORDS = frozenset({"分局", "支队", "大队", "中队", "总队"})


def figurative_road(text: str, start: int, end: int, figure_ends: Collection[int] = ()) -> bool:
    """Whether the road ``text[start:end]`` (its name, then 路) is a figure: walked after 一条
    (走出一条…小康路) or with 走 opening its name (走稳路), an adjective or a verb after 的 (致富路),
    or a word joined by 和 or 、 to a figure ending at one of ``figure_ends`` (致富路和平安路)."""
    if text[end - 1] != "路" or start == 0 or end < len(text) and text[end] in ON_THE_GROUND:
        return False
    if walked_way(text, start):
        return True
    if end - start != 3:
        return False
    tag = words.word_tag(text[start : end - 1])
    if text[start] in WALKING and tag.startswith("v"):
        return True  # 走稳路, 走好路: the verb walks the road
    if text[start - 1] in JOINERS and start - 1 in figure_ends:
        return bool(tag) and not tag.startswith("ns")  # 小康路、生态路: a word joined to a figure
    return text[start - 1] == ATTRIBUTIVE and tag.startswith(FIGURATIVE_TAGS) and not tag.startswith("vn")


def walked_way(text: str, start: int) -> bool:
    """Whether a road named from ``start`` follows 一条 in its clause, itself after a verb of walking
    (走出了一条 + 新时代 + …路): a way of doing, no street."""
    for k in range(start - 1, max(-1, start - 1 - WAY_REACH), -1):
        if text[k] in CLAUSE_ENDS:
            return False
        if text.startswith(ONE_WAY, k - 1) and k >= 1:
            return any(ch in WALKING for ch in text[max(0, k - 1 - VERB_REACH) : k - 1])
    return False


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
