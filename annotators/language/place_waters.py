"""Streams and rivers named right after the village or township they run through (某某村|大招溪,
某镇|清水河): river chiefs' reports name a stretch of water by its village first. The name after a
village's or township's full name, two or three characters before 河, 溪 or 江, is a river when it
holds no function word, is no everyday word, opens with no verb or everyday word (某镇|做好|巡河) and
starts a word of its own.
"""

from __future__ import annotations

from typing import List, Sequence, Tuple

from baokan.annotators.core import recache
from baokan.annotators.language import words
from baokan.annotators.language.place_grammar import GrammarName
from baokan.annotators.language.place_words import CJK, STOP, STOP_FIRST, Boundaries, everyday

#: What a village's or township's full name ends in.
_AREA_END = ("村", "镇", "乡")
#: A stream's name and its head right after the place (大招溪, 清水河).
_WATER = recache.compile(rf"[{CJK}]{{2,3}}?[河溪江]")


def waters_after_places(bounds: Boundaries, places: Sequence[Tuple[int, int]]) -> List[GrammarName]:
    """Rivers and streams right after a village or township named in full (某村|大招溪)."""
    text = bounds.text
    out: List[GrammarName] = []
    for s, e in places:
        if not text.endswith(_AREA_END, s, e):
            continue
        m = _WATER.match(text, e)
        if m is None:
            continue
        name = text[e : m.end() - 1]
        if name[0] in STOP_FIRST or not STOP.isdisjoint(name) or everyday(name):
            continue
        if not bounds.starts_word(e) or not bounds.starts_word(m.end()):
            continue
        first = bounds.first_word(e, m.end() - 1)
        if first is not None and (
            everyday(text[first[0] : first[1]]) or words.word_tag(text[first[0] : first[1]])[:1] == "v"
        ):
            continue  # 某镇|做好|巡河: a verb opens the clause, not a stream's name
        out.append(GrammarName(e, m.end(), kind="river", anchor=s))
    return out
