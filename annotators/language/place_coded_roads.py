"""Roads written with their route code right after the name (issue 19, set 6; s6 R5): ``环城线S31``,
``滨河路G205``. The road and its code are one place as written, like ``G330国道``; the bare name is
neutral there (docs/labels.md, *other papers 6*).
"""

from __future__ import annotations

from typing import List, Sequence

from baokan.annotators.core import recache
from baokan.annotators.language.occurrences import matches_from
from baokan.annotators.language.place_grammar import CJK, STOP_FIRST, GrammarName
from baokan.annotators.language.place_words import Boundaries

#: A road's name of two to four Han characters ending in a road word, then a national, provincial or county
#: route code (环城线S31, 滨河路G205): the road and its code, one place as written (s6 R5).
_CODED_ROAD = recache.compile(rf"([{CJK}]{{2,4}}?)(?:线|路|公路|高速|大道)[GSXY]\d{{1,4}}(?![0-9A-Za-z])")


#: The last characters of the road words of :data:`_CODED_ROAD`, and its route letters.
_ROAD_ENDS = "线路速道"
_ROUTE_LETTERS = "GSXY"


def _starts(text: str) -> List[int]:
    """Where a match of :data:`_CODED_ROAD` may start: three to six characters before a route letter that
    follows a road word's last character and precedes a digit (a few letters of a page; the pattern's
    own scan tries two to four Han characters at every character)."""
    out: List[int] = []
    for letter in _ROUTE_LETTERS:
        at = text.find(letter, 1)
        while at >= 0:
            if text[at - 1] in _ROAD_ENDS and text[at + 1 : at + 2].isdecimal():  # (\d: a decimal digit)
                out.extend(range(max(0, at - 6), at - 2))
            at = text.find(letter, at + 1)
    return out


def coded_roads(bounds: Boundaries, found: Sequence[GrammarName]) -> List[GrammarName]:
    """Roads written with their route code right after the name (环城线S31): the name must open a word
    (not 在 + 环城线) and the code stand alone; a code the grammar already read is left to it."""
    text = bounds.text
    out: List[GrammarName] = []
    for m in matches_from(_CODED_ROAD, text, _starts(text)):
        code = m.end(1) + 1  # (a road word of one character at least: the code starts after it)
        while not text[code].isascii():
            code += 1
        if any(g.start < m.end() and code < g.end for g in found):
            continue  # the code read already (S26诸永高速): left to the grammar that read it
        for start in range(m.start(), m.start(1) + len(m.group(1)) - 1):
            if text[start] not in STOP_FIRST and bounds.starts_word(start):
                out.append(GrammarName(start, m.end(), kind="road"))
                break
    return out
