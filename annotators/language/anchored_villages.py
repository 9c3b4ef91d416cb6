"""Villages right after their township whose names jieba reads as something else (issue 19, session 14).

The area grammar of :mod:`place_grammar` refuses a name before 村 that holds a level character, that
jieba reads as a verb, or that a dictionary word runs across. Right after a known place (its anchor),
three such readings are the village's name after all:

- a level character that opens the name (茶城乡|屯留村, 白沙镇|屯南村): the place before ends the last
  name there, so the character ends none (a level word alone, 某县|乡村, stays no village);
- a rare dictionary verb (屯留, "to be stationed", against 开展 or 建设);
- a dictionary word of jieba's, suffix and all, that it tags as a proper name of another kind
  (小岗村, a person's to it), as :func:`place_words.whole_place_word` takes a place's.
"""

from __future__ import annotations

from typing import Optional

from baokan.annotators.language import words
from baokan.annotators.language.place_words import (
    COMMON_NAME,
    RARE,
    Boundaries,
    everyday,
    proper_tag,
    whole_place_word,
)

#: Level characters that end the name of a village or a township (村, 乡, 镇, 屯).
AREA_CHARS = frozenset("村乡镇屯")


def level_inside(name: str, anchor: Optional[int]) -> bool:
    """Whether ``name`` holds a level character that may end another name inside it: any, but the
    first of a name of two characters or more right after a known place (屯 of 茶城乡|屯留村)."""
    if AREA_CHARS.isdisjoint(name):
        return False
    return anchor is None or len(name) < 2 or not AREA_CHARS.isdisjoint(name[1:])


def verb_name(name: str, anchor: Optional[int]) -> bool:
    """Whether jieba's dictionary tags ``name`` as a verb that makes it a phrase (开展|镇街): any verb,
    but a rare one right after a known place (茶城乡|屯留村) is a name."""
    return words.word_tag(name).startswith("v") and (anchor is None or words.freq(name) >= RARE)


def whole_village_word(bounds: Boundaries, start: int, end: int, anchor: Optional[int]) -> bool:
    """Whether jieba reads ``text[start:end]`` (name and 村) as one proper name: a place's anywhere
    (乌兰县|河东村), or, right after a known place, a rare word of any proper tag (小溪河镇|小岗村)."""
    if whole_place_word(bounds, start, end):
        return True
    text = bounds.text
    if anchor is None or end - start < 3 or everyday(text[start : end - 1]) or not proper_tag(text[start:end]):
        return False
    return words.freq(text[start:end]) < COMMON_NAME and (start, end) in bounds.words_over(start, end)
