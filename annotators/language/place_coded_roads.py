"""Roads written with their route code right after the name (issue 19, set 6; s6 R5): ``环城线S31``,
``滨河路G205``. The road and its code are one place as written, like ``G330国道``; the bare name is
neutral there (docs/labels.md, *other papers 6*).
"""

from __future__ import annotations

from typing import List, Sequence

from baokan.annotators.core import recache
from baokan.annotators.language.place_grammar import CJK, STOP_FIRST, GrammarName
from baokan.annotators.language.place_words import Boundaries

#: A road's name of two to four Han characters ending in a road word, then a national, provincial or county
#: route code (环城线S31, 滨河路G205): the road and its code, one place as written (s6 R5).
_CODED_ROAD = recache.compile(rf"([{CJK}]{{2,4}}?)(?:线|路|公路|高速|大道)[GSXY]\d{{1,4}}(?![0-9A-Za-z])")


def coded_roads(bounds: Boundaries, found: Sequence[GrammarName]) -> List[GrammarName]:
    """Roads written with their route code right after the name (环城线S31): the name must open a word
    (not 在 + 环城线) and the code stand alone; a code the grammar already read is left to it."""
    text = bounds.text
    out: List[GrammarName] = []
    for m in _CODED_ROAD.finditer(text) if "S" in text or "G" in text or "X" in text or "Y" in text else ():
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
