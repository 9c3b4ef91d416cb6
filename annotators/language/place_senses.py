"""When a name that a table holds is no place where it stands.

- A compass region used as a direction (由东北向西南推进, 位于我国西南边陲), the head of a longer
  region written with 地区 (中西部|地区) or after a province's one-character abbreviation
  (冀|西北地区), or a development strategy's name (成渝地区双城经济圈): by the label rules a region
  is at most neutral, a direction negative, a strategy a slogan.
- A division's short form that is an everyday word, paired with another everyday word (和平与稳定,
  和平稳定, 稳定与和平): an abstract noun, not 天津's 和平区.
- A word quoted on its own that is also an everyday word (举着“凤凰”): the name of a thing.
- A mountain before 区 (吕梁山|区, a mountain area) or a lake or river before 湾 (太湖|湾, a bay's
  name): the longer name is the place (neutral by the rules), not the landform inside it.
- A foreign place whose name is also an everyday word (万象, 果敢) only stands right after its
  country or another foreign place, never after a Chinese division (遂宁|万象汇, a shopping mall).
"""

from __future__ import annotations

from functools import lru_cache
from typing import FrozenSet

from baokan.annotators.core import lexicon, recache
from baokan.annotators.language import words
from baokan.annotators.language.place_words import (
    CJK_CHAR,
    COMMON_NAME,
    STOP,
    Boundaries,
    everyday,
    place_word,
    wordlike,
)

#: Characters of a compass word (东北, 西南, 中西部).
_COMPASS = frozenset("东南西北中部")
#: Before a compass word, these make it a direction of movement (由东北, 向西南, 往西北).
_TOWARD = frozenset("由向往朝自")
#: After a compass word, these make it a direction or a position (东北|向, 西南|边陲, 西北|方向, 西南|边缘).
_AS_DIRECTION = recache.compile("向|往|方向|方位|边陲|边疆|边境|边缘|一侧|一隅|一角|角|侧|端")
#: A region written as the head of a longer one: 中西部|地区, 东部|沿海.
_LONGER_REGION = ("地区", "沿海")
#: The name of a development strategy that holds a region (双城经济圈, 经济带): a slogan, not a place.
_STRATEGY = ("经济圈", "经济带")


@lru_cache(maxsize=1)
def _abbreviations() -> FrozenSet[str]:
    """One-character abbreviations of the provinces (冀, 豫, 蜀), from ``province_abbreviations.tsv``."""
    return frozenset(r["char"] for r in lexicon.read_table("province_abbreviations").rows)


def compass(surface: str) -> bool:
    """Whether ``surface`` is a compass word only (东北, 西南, 中西部), with or without 地区 (西北地区)."""
    core = surface[:-2] if surface.endswith("地区") else surface
    return len(core) >= 2 and _COMPASS.issuperset(core)


def region_not_place(text: str, start: int, end: int) -> bool:
    """Whether the region ``text[start:end]`` is no place mention where it stands.

    A compass region after 由, 向 or 往, or before a word of direction or position, is a direction;
    after a province's abbreviation (冀|西北) it is part of a region of that province;
    one before 地区 is the head of a longer region; a region ending a strategy's name is a slogan.
    """
    surface = text[start:end]
    if surface.endswith(_STRATEGY):
        return True
    if not compass(surface):
        return False
    if start > 0 and (text[start - 1] in _TOWARD or text[start - 1] in _abbreviations()):
        return True  # 由东北, 冀|西北地区 (a region of one province, 冀西北)
    return bool(_AS_DIRECTION.match(text, end)) or text.startswith(_LONGER_REGION, end)


def parent_rules(kind: str | None) -> tuple:
    """The candidate rules that may stand right before a geographic name that is also an everyday
    word: a country or another geographic name before a foreign one (缅甸|果敢), also a division
    before a Chinese one (深圳|前海)."""
    if (kind or "").startswith("foreign"):
        return ("geo_names",)
    return ("geo_names", "gazetteer", "gazetteer.short")


#: Words that pair two nouns (和平|与|稳定).
_AND = ("与", "和", "及", "、")


def _edge(ch: str) -> bool:
    """Whether ``ch`` bounds a word: not a Chinese character, or a function character (的, 是)."""
    return not CJK_CHAR.match(ch) or ch in STOP


def everyday_pair(bounds: Boundaries, start: int, end: int) -> bool:
    """Whether the everyday word ``text[start:end]`` is paired with another everyday word that is no
    place across 与, 和, 及 or 、 (和平与稳定, 稳定与和平), or runs straight on into an adjective as
    one of the most frequent words (和平|稳定; not 洪湖|莲藕, 长安|大学, a place before a noun)."""
    text = bounds.text
    surface = text[start:end]
    paired = text.startswith(_AND, end) or start > 0 and text[start - 1] in _AND
    frequent = words.freq(surface) >= COMMON_NAME
    if not (paired or frequent):
        return False  # the cheap questions first: this is asked of most short forms on a page
    if not (everyday(surface) or wordlike(surface)):
        return False  # 和平 is tagged nz, and is a word all the same

    def common(ws: int, we: int, joined: bool) -> bool:
        word = text[ws:we]
        if joined:
            return frequent and words.word_tag(word).startswith("a")
        # across 与 the other word stands alone (的和平与稳定。), not inside a list (洪湖莲子、洪湖藕带)
        alone = (ws == 0 or _edge(text[ws - 1])) if we <= start else (we == len(text) or _edge(text[we]))
        return alone and bool(everyday(word)) and not place_word(word)

    # dictionary look-ups of the words beside it, not a cut of the clause: most short forms asked
    # here are refused for other reasons, and cutting every clause of theirs would cost
    after = end + 1 if text.startswith(_AND, end) else end
    before = start - 1 if start > 0 and text[start - 1] in _AND else start
    for k in (2, 3, 4):
        if after + k <= len(text) and common(after, after + k, after == end):
            return True
        if before - k >= 0 and common(before - k, before, before == start):
            return True
    return False


_OPEN_QUOTES = "“‘「『"
_CLOSE_QUOTES = "”’」』"


def quoted_word(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]``, a short form that is also a word (凤凰, 平安), stands quoted on its own."""
    if start == 0 or end >= len(text) or text[start - 1] not in _OPEN_QUOTES or text[end] not in _CLOSE_QUOTES:
        return False
    surface = text[start:end]
    return bool(everyday(surface) or wordlike(surface))


#: A landform's kind and the character after it that makes a longer name (吕梁山|区, 太湖|湾).
_LONGER_LANDFORM = {"mountain": "区", "lake": "湾", "river": "湾"}


def landform_opens_area(text: str, start: int, end: int, kind: str) -> bool:
    """Whether a mountain opens a mountain area (吕梁山区) or a lake or river a bay's name (太湖湾)."""
    after = _LONGER_LANDFORM.get(kind)
    return after is not None and text.startswith(after, end) and not text.startswith(after + "域", end)
