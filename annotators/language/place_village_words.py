"""Villages the grammar reads across two of a village's own words: 村街 + 村委会, 村史 + 村志.

A village's name never opens with 村 when its closing 村 opens the next word (村委会, 村志, 村民): the
span is a word of the village's life (村街, 村史, 村务) and a second one, no village named 村街. A
village named 村前 or 村头 stands before a verb or a particle (来到村前村看望) and stays.

The check looks at the characters at the would-be village's edges only: no scan of the text.
"""

from __future__ import annotations

from typing import List

from baokan.annotators.language import words
from baokan.annotators.language.place_grammar import GrammarName

#: The village's word and its head.
VILLAGE = "村"


def village_of_words(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` (…村) opens with 村 and its closing 村 opens a word with the
    character after it (村街村 + 委会: 村委会, 村史村 + 志: 村志)."""
    if end - start < 3 or text[start] != VILLAGE or text[end - 1] != VILLAGE or end >= len(text):
        return False
    return words.is_word(text[end - 1 : end + 1]) or words.is_word(text[end - 1 : end + 2])


def drop_village_words(text: str, found: List[GrammarName]) -> List[GrammarName]:
    """``found`` without the villages read across two of a village's words."""
    return [g for g in found if not village_of_words(text, g.start, g.end)]
