"""Mountains, ridges, rivers, lakes and waterways that no table holds, read from a word beside them
that only a landform takes: 翻过|X山, X山|垭口, X河|流域, 支流|X河, X湖|畔, 汊道|X水道, 交界的|X岭.
"""

from __future__ import annotations

import re
from typing import Dict, List, Sequence, Tuple

from baokan.annotators.language import words
from baokan.annotators.language.place_grammar import GrammarName, Known
from baokan.annotators.language.place_words import CJK_RUN, STOP, STOP_FIRST, Boundaries, everyday

#: Words after a landform that only a landform takes, by its head (山|垭口, 河|流域, 湖|畔).
_RIVER_AFTER = ("支流", "流域", "河畔", "江畔", "畔", "河谷", "沿岸", "两岸", "上游", "下游", "干流", "源头", "河段")
_AFTER: Dict[str, Tuple[str, ...]] = {
    "山": ("垭口", "山口", "山脚", "山麓", "山顶", "脚下"),
    "岭": ("垭口", "山口", "山脚", "山麓", "山顶", "脚下"),
    "河": _RIVER_AFTER + ("流过", "流经", "穿城而过"),
    "江": _RIVER_AFTER + ("流过", "流经"),
    "水道": _RIVER_AFTER,
    "湖": ("湖畔", "畔", "湖心", "湖岸", "沿岸", "水域"),
}
#: Words before them that only a landform follows (翻过|X山, 支流|X河, 流域|X河 (a river of the basin
#: just named), 流入|X水道), and a border between two places (甲县与乙县交界的|X岭).
_BORDER = ("交界的", "交界处的")
_WATER_BEFORE = ("支流", "干流", "流域", "汊道", "流入", "汇入", "注入")
_BEFORE: Dict[str, Tuple[str, ...]] = {
    "山": ("翻过", "翻越", "登上", "攀登") + _BORDER,
    "岭": ("翻过", "翻越", "登上", "攀登") + _BORDER,
    "河": _WATER_BEFORE,
    "江": _WATER_BEFORE,
    "水道": _WATER_BEFORE,
    "湖": (),
}
#: 水道 or one of 山岭河江湖, opening with one character class for the search to skip to (as
#: place_grammar's road patterns; tests/test_regex_prefixes.py holds it to 水道|[山岭河江湖]).
_SUFFIX = re.compile("[水山岭河江湖](?:(?<=水)道|(?<=[山岭河江湖]))")


def _cued(text: str, start: int, s0: int, s1: int, head: str) -> bool:
    return text.startswith(_AFTER[head], s1) or bool(_BEFORE[head]) and text.endswith(_BEFORE[head], 0, start)


def _has_verb(bounds: Boundaries, start: int, end: int) -> bool:
    """Whether a word of two characters or more in ``text[start:end]`` is a verb by jieba's tags
    (串起|湖畔: no lake's name; but 北|盘|江, one-character words, may be a name's)."""
    return any(
        words.word_tag(bounds.text[ws:we]).startswith("v")
        for ws, we in bounds.words_over(start, end)
        if ws >= start and we <= end and we - ws >= 2
    )


def find_landforms_cued(bounds: Boundaries, places: Sequence[Tuple[int, int]]) -> List[GrammarName]:
    """Landforms of two or three characters before 山, 岭, 河, 江, 湖 or 水道, with a landform word
    beside them; the name starts a word, holds no function word and is no everyday word, or it is a
    place already known (零溪 + 河, beside 零溪镇).

    Args:
        bounds (Boundaries): The text and its word boundaries.
        places (Sequence[Tuple[int, int]]): Spans of places already known (a name does not cut into one).
    """
    text = bounds.text
    known = Known(places)
    out: List[GrammarName] = []
    for m in _SUFFIX.finditer(text):
        s0, s1, head = m.start(), m.end(), m.group()
        if known.overlaps(s0, s1):
            continue
        for start in (s0 - 3, s0 - 2):
            name = text[max(0, start) : s0]
            if start < 0 or CJK_RUN.fullmatch(name) is None or not _cued(text, start, s0, s1, head):
                continue
            if name[0] in STOP_FIRST or any(ch in STOP for ch in name):
                continue
            if (start, s0) in known.exact:
                pass  # a known place names the landform (零溪|河)
            elif known.overlaps(start, s1) or not bounds.starts_word(start):
                continue
            elif everyday(name) or bounds.all_everyday(start, s0) or _has_verb(bounds, start, s0):
                continue
            kind = "mountain" if head in "山岭" else "lake" if head == "湖" else "river"
            out.append(GrammarName(start, s1, kind=kind))
            break
    return out
