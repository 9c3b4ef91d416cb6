"""Places written with no level word beside them (issue 19, blind round 7 of other papers).

- A street that jieba's dictionary holds as a word (建设路, 文化路, 中山路) is a street with no house
  number or crossing after it: :func:`dictionary_street`.
- A street whose suffix jieba joins to the next character (中山|路向|北) is still a street when a
  dictionary word starts right after the suffix and runs at least as far (路|向北): :func:`word_from`.
"""

from __future__ import annotations

from typing import Sequence, Tuple

from baokan.annotators.language import words

#: A street's name that jieba's dictionary holds this often, as a noun or a name, is a street
#: wherever it stands (建设路 517, 解放路 530, 中山路 287; not 复兴路 6 or 致富路 10, metaphors too).
STREET_WORD = 100


def word_from(spans: Sequence[Tuple[int, int]], pos: int, end: int) -> bool:
    """Whether one of the dictionary words ``spans`` starts at ``pos`` and reaches ``end`` or
    beyond: the character at ``pos`` opens a word of its own, so the word before it may end there."""
    for ws, we in spans:
        if ws == pos and we >= end:
            return True
    return False


def dictionary_street(word: str) -> bool:
    """Whether jieba's dictionary holds ``word`` (three characters or more, ending in a road's
    suffix) as a noun or a name at least :data:`STREET_WORD` times: a street of many cities."""
    return len(word) >= 3 and words.freq(word) >= STREET_WORD and words.word_tag(word)[:1] == "n"
