"""Fixed frames of formulations whose local variants change only a level or a unit.

``slogan_frames.tsv`` holds frames such as 小事不出{X}、大事不出{Y}、矛盾不上交 or
{X}吹哨、{Y}报到: literal words with slots of one to three Han characters. Written
without quotation marks, 小事不出社区、大事不出街道、矛盾不上交 is as much the 枫桥
formula as the lexicon's 小事不出村、大事不出镇、矛盾不上交; a closed list cannot hold
every level a county or a city puts in the slots.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import List, Tuple

from baokan.annotators.core import lexicon, recache
from baokan.annotators.language.chars import HAN

_SLOT = rf"[{HAN}]{{1,3}}"
#: How far outside a match jieba reads to find the word edges of a slot.
_WINDOW = 6


@lru_cache(maxsize=1)
def _frames() -> Tuple[Tuple[re.Pattern[str], bool, bool, Tuple[str, ...]], ...]:
    """The frames as expressions, longest first, with whether a slot opens and ends each,
    and the frame's literal words (a text that lacks one holds no match: it is not searched).

    The last slot is a group, so that its end can be moved back to a word's end."""
    patterns = sorted((r.get("pattern", "") for r in lexicon.read_table("slogan_frames").rows), key=len, reverse=True)
    pieces = [tuple(p for p in re.split(r"\{[XYZ]\}", pat) if p) for pat in patterns if pat]
    exprs = [_SLOT.join(re.escape(p) for p in re.split(r"\{[XYZ]\}", pat)) for pat in patterns if pat]
    exprs = [e[: -len(_SLOT)] + f"({_SLOT})" if e.endswith(_SLOT) else e for e in exprs]
    return tuple(
        (recache.compile(e), e.startswith(_SLOT), e.endswith(f"({_SLOT})"), words) for e, words in zip(exprs, pieces)
    )


def find(text: str) -> List[Tuple[int, int]]:
    """``(start, end)`` of every frame in ``text``; a slot at an edge ends where a word does
    (深化|社区吹哨、党员报到, 小事不出网格、大事不出社区|的)."""
    from baokan.annotators.language import words

    out: List[Tuple[int, int]] = []
    for frame, lead, tail, literal in _frames():
        if not all(w in text for w in literal):
            continue
        for m in frame.finditer(text):
            start, end = m.start(), m.end()
            lo = max(0, start - _WINDOW)
            cuts = {lo + c for c in words.boundaries(text[lo : end + _WINDOW])}
            while lead and start not in cuts and start < m.start() + 2:  # a slot keeps one character
                start += 1
            if tail:  # the shortest slot that ends a word
                end = next((e for e in range(m.start(1) + 1, m.end()) if e in cuts), end)
            out.append((start, end))
    return out
