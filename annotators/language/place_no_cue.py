"""Places written with no level word beside them (issue 19, blind round 7 of other papers).

- A street that jieba's dictionary holds as a word (建设路, 文化路, 中山路) is a street with no house
  number or crossing after it: :func:`dictionary_street`.
- A street whose suffix jieba joins to the next character (中山|路向|北) is still a street when a
  dictionary word starts right after the suffix and runs at least as far (路|向北): :func:`word_from`.
- A street right after a verb of living or standing at an address is one (家住|三兴街): :func:`unanchored`.
"""

from __future__ import annotations

from typing import Optional, Sequence, Tuple

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
