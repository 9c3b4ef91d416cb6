"""Mountains, passes and rivers that no table holds, read from a word that only a landform takes:
翻过|X山, X山|垭口, X河|流域, 支流|X河.
"""

from __future__ import annotations

import re
from typing import List, Sequence, Tuple

from baokan.annotators.language.place_grammar import GrammarName, Known
from baokan.annotators.language.place_words import CJK_CHAR, STOP, STOP_FIRST, Boundaries, everyday

#: Words after a mountain or a river that only a landform takes (山|垭口, 河|流域).
_AFTER = {
    "山": ("垭口", "山口", "山脚", "山麓", "山顶", "脚下"),
    "河": ("流域", "河畔", "河谷", "沿岸", "两岸", "上游", "下游", "干流", "源头", "河段"),
}
#: Words before them that only a landform follows (翻过|X山, 支流|X河).
_BEFORE = {"山": ("翻过", "翻越", "登上", "攀登"), "河": ("支流", "干流")}
_SUFFIX = re.compile("[山河]")


def _cued(text: str, start: int, s0: int, s1: int) -> bool:
    kind = text[s0]
    return text.startswith(_AFTER[kind], s1) or text.endswith(_BEFORE[kind], 0, start)


def find_landforms_cued(bounds: Boundaries, places: Sequence[Tuple[int, int]]) -> List[GrammarName]:
    """Mountains and rivers of two or three characters before 山 or 河, with a landform word beside
    them; the name starts a word, holds no function word and is no everyday word.

    Args:
        bounds (Boundaries): The text and its word boundaries.
        places (Sequence[Tuple[int, int]]): Spans of places already known (a name does not cut into one).
    """
    text = bounds.text
    known = Known(places)
    out: List[GrammarName] = []
    for m in _SUFFIX.finditer(text):
        s0, s1 = m.start(), m.end()
        for start in (s0 - 3, s0 - 2):
            name = text[max(0, start) : s0]
            if start < 0 or not all(CJK_CHAR.match(ch) for ch in name) or not _cued(text, start, s0, s1):
                continue
            if name[0] in STOP_FIRST or any(ch in STOP for ch in name) or known.overlaps(start, s1):
                continue
            if not bounds.starts_word(start) or everyday(name) or bounds.all_everyday(start, s0):
                continue
            out.append(GrammarName(start, s1, kind="mountain" if m.group() == "山" else "river"))
            break
    return out
