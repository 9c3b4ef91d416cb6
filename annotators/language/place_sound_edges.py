"""Edges of names written by sound, judged once more:

- a foreign place by sound right after its country may end before a verb of two characters that
  jieba's dictionary knows (俄罗斯|阿巴坎|发出): the verb closes the name as 的 or 是 do;
- a province-level division that stands as a word of its own is no piece of a longer name by
  sound, though sound characters run on beside it (加密|北京, 四川|达古冰川).
"""

from __future__ import annotations

from typing import FrozenSet, Optional

from baokan.annotators.language import words
from baokan.annotators.language.place_words import Boundaries, place_word


def verb_follows(text: str, pos: int) -> bool:
    """Whether a verb of two characters of jieba's dictionary begins at ``pos`` (发出, 抵达)."""
    return words.word_tag(text[pos : pos + 2]).startswith("v")


def province_stands(bounds: Boundaries, start: int, end: int, level: str) -> bool:
    """Whether a province-level division at ``start:end`` is a word of its own (no word of jieba's
    crosses either edge): then sound characters beside it do not make it part of a longer name."""
    return level == "province" and bounds.starts_word(start) and bounds.starts_word(end)


def country_stands(bounds: Boundaries, start: int, end: int, kind: Optional[str], sounds: FrozenSet[str]) -> bool:
    """Whether a country at ``start:end`` (``kind`` of ``geo_names.tsv``) is a place word of jieba's
    dictionary and a word of its own, with no sound character (of ``sounds``) before it: sound
    characters after it name a thing in it (挪威|哈罗格兰德大桥), not a longer name it is a piece of."""
    text = bounds.text
    if kind != "country" or (start > 0 and text[start - 1] in sounds) or not place_word(text[start:end]):
        return False
    return bounds.starts_word(start) and bounds.starts_word(end)
