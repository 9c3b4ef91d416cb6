"""Places written with no level word beside them (issue 19, blind round 7 of other papers).

- A street that jieba's dictionary holds as a word (建设路, 文化路, 中山路) is a street with no house
  number or crossing after it: :func:`dictionary_street`.
- A street whose suffix jieba joins to the next character (中山|路向|北) is still a street when a
  dictionary word starts right after the suffix and runs at least as far (路|向北): :func:`word_from`.
- A street right after a verb of living or standing at an address is one (家住|三兴街): :func:`unanchored`.
"""

from __future__ import annotations

from typing import Dict, Optional, Sequence, Tuple

from baokan.annotators.language import words

#: A street's name that jieba's dictionary holds this often, as a noun or a name, is a street
#: wherever it stands (建设路 517, 解放路 530, 中山路 287; not 复兴路 6 or 致富路 10, metaphors too).
STREET_WORD = 100
#: Verbs of living or standing at an address (家住|三兴街, 坐落在|西羊管胡同): the street after them is a street,
#: also where its name is an everyday word or jieba reads a verb in it (解放, 兴).
ADDRESS = ("家住", "住在", "居住在", "坐落在", "坐落于")


def word_from(spans: Sequence[Tuple[int, int]], pos: int, end: int) -> bool:
    """Whether one of the dictionary words ``spans`` starts at ``pos`` and reaches ``end`` or
    beyond: the character at ``pos`` opens a word of its own, so the word before it may end there."""
    for ws, we in spans:
        if ws == pos and we >= end:
            return True
    return False


def dictionary_street(word: str, junction: bool = False) -> bool:
    """Whether jieba's dictionary holds ``word`` (three characters or more, ending in a road's
    suffix) as a noun or a name at least :data:`STREET_WORD` times: a street of many cities; or, where
    ``junction`` (a crossing, a side or a house number after it: 平安大街|北侧), as a place name at all."""
    if len(word) < 3:
        return False
    tag = words.word_tag(word)
    return tag[:1] == "n" and words.freq(word) >= STREET_WORD or junction and tag == "ns"


def unanchored(text: str, start: int, anchor: Optional[int]) -> bool:
    """Whether nothing before a street's name at ``start`` vouches for it: no known place (``anchor``)
    and no verb of living or standing at an address (:data:`ADDRESS`)."""
    return anchor is None and not text.endswith(ADDRESS, 0, start)


#: A direction and 路 that the road grammar reads as one suffix (中山|东路).
_DIRECTION_ROADS = frozenset(("东路", "南路", "西路", "北路", "中路"))


def direction_shift(text: str, suffix: str, s0: int, s1: int, start_at: Dict[int, int]) -> int:
    """How far a road suffix's start moves: one back where a direction goes with 街 (滨湖|西街), one on
    where the direction of a direction road is the last character of a known place that starts before
    it and no known place ends before it (山东|路, 华东|路; not 河南|南路 or 中山|东路). ``start_at``:
    the known places' starts by their ends."""
    if suffix == "街":
        return -1 if s0 > 0 and text[s0 - 1] in "东南西北中" else 0
    if suffix in _DIRECTION_ROADS and start_at.get(s1 - 1, s0) < s0 and s0 not in start_at:
        return 1
    return 0
