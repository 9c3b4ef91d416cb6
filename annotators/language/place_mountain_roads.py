"""Roads named after a mountain (贺兰山路, 天目山路, 黄山路; issue 19, sets 11 and 12).

jieba's dictionary holds 山路 ("a mountain road"), so the road grammar reads the suffix 路 as the end of that
everyday word and refuses the street. Where a known place that ends in 山 stands right before 路, the 山
closes the mountain's name, not the word 山路: the mountain and 路 are one road, named after it. On a journey
(去黄山路上, "on the way to Huangshan") the place is where one goes, not a road's name.

The check looks only at the known places' ends: no scan of the text.
"""

from __future__ import annotations

from typing import List, Sequence, Tuple

from baokan.annotators.language.place_grammar import GrammarName

#: Verbs of going right before a place, which make ``place + 路上`` a journey's way (去|黄山|路上).
_GOING = frozenset("去往赴到回登上")


def mountain_roads(text: str, places: Sequence[Tuple[int, int]], found: Sequence[GrammarName]) -> List[GrammarName]:
    """Roads of a known mountain's name and 路 (贺兰山 + 路) that the grammar has not read.

    Args:
        text: The article text.
        places: Spans of the places already known.
        found: The grammar's names so far (a road read already is left alone).
    """
    out: List[GrammarName] = []
    for start, end in places:
        if text[end - 1] != "山" or not text.startswith("路", end) or end - start < 2:
            continue
        if text.startswith("上", end + 1) and start > 0 and text[start - 1] in _GOING:
            continue  # 去黄山路上: on the way there
        if any(g.start <= start and end < g.end for g in found):
            continue
        out.append(GrammarName(start, end + 1, kind="road"))
    return out
