"""Edges of the village and township names the place grammar reads, judged once more:

- a common noun of a site glued before a village's name (周原遗址|凤雏村, 某某景区|某某村): the
  village is named by what follows the noun;
- a time word inside the name (落马桥|清代|镇窑): a dynasty or period opens no township's name;
- 乡 that opens the word 乡镇 (折射出|乡镇): townships in general, not one township;
- a level before 河 (镇级|河长): a river chief's level, not a river.
"""

from __future__ import annotations

from typing import Optional

from baokan.annotators.language import words
from baokan.annotators.language.place_grammar import GrammarName
from baokan.annotators.language.place_words import Boundaries, everyday, proper_tag

#: What ends a level before a post (镇级河长, 村级河长).
_LEVEL_WORD = "级"
#: A common noun this frequent in jieba's dictionary before a village's name is a site's word, not
#: part of the name (遗址 5,882; 景区 1,706).
_SITE_NOUN = 1000


def area_edge(bounds: Boundaries, g: GrammarName) -> Optional[GrammarName]:
    """The grammar's area name ``g`` as it should stand: ``g`` itself, a shorter name, or None when
    it names no place."""
    text = bounds.text
    if g.kind is not None:  # 镇级|河长, 村级|河长: a river chief's level, not a river's name
        return None if g.kind == "river" and text.endswith(_LEVEL_WORD, g.start, g.end - 1) else g
    if text.endswith("乡", g.start, g.end) and text.startswith("镇", g.end):
        return None  # 乡镇: townships in general
    name_end = g.end - 1
    if _period_char(text, g.start, name_end) and any(
        _period(text[ws:we]) for ws, we in bounds.words_over(g.start, name_end) if g.start <= ws and we <= name_end
    ):
        return None  # 清代 inside 桥清代镇
    if g.level == "village" and g.end - g.start == 5:
        first = bounds.first_word(g.start, g.end - 1)
        if first == (g.start, g.start + 2) and _site_noun(text[g.start : g.start + 2]):
            rest = text[g.start + 2 : g.end - 1]
            if not everyday(rest) and bounds.starts_word(g.start + 2):
                return GrammarName(g.start + 2, g.end, level=g.level)  # the site word holds the anchor
    return g


def _site_noun(word: str) -> bool:
    """A frequent common noun (jieba's tag n, no proper name): 遗址, 景区."""
    return words.word_tag(word) == "n" and not proper_tag(word) and words.freq(word) >= _SITE_NOUN


#: The last character of jieba's time words that name a dynasty or a period (清代, 宋朝, 和平时期).
_PERIOD_ENDS = ("代", "朝", "时期")


def _period(word: str) -> bool:
    """A time word of jieba's that names a dynasty or a period (清代, 宋朝), not a name (明月)."""
    return word.endswith(_PERIOD_ENDS) and words.word_tag(word).startswith("t")


def _period_char(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds an ending of :data:`_PERIOD_ENDS` at all (a substring test before
    the words are read: most names hold none)."""
    name = text[start:end]
    return any(p in name for p in _PERIOD_ENDS)
