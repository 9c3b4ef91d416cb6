"""A station's name that opens with a place before a street or landmark (issue 19, session 16; set 14).

A bare station is named by the word before it (``东大街派出所``). Where that word follows a place and a
landmark with no break (``到达|某郊|行宫|东大街|派出所``), the station is named by the whole address:
the town, the landmark and the street (``某郊行宫东大街派出所``), as a station under a town is. The name
reaches back over at most two words, nouns or place words, the first of them a place word of jieba's
dictionary (``ns``, ``s``), to where a verb, a preposition or a punctuation mark stands before it.
A description before the street (``老城东大街``: ``老城`` a common noun) is no place and stops it.
"""

from __future__ import annotations

from typing import List, Tuple

from baokan.annotators.language import words
from baokan.annotators.language.chars import HAN_CHAR

#: jieba's tags of a place word that may open the address (燕郊 ns, 站前 s).
_PLACE_TAGS = frozenset({"ns", "s"})
#: jieba's tags of the words that may stand between the place and the street (行宫 n).
_BETWEEN_TAGS = frozenset({"n", "ns", "s", "nz"})
#: jieba's tags of the word that may stand right before the address: verbs, prepositions.
_BEFORE_TAGS = ("v", "p")
#: How many words the name reaches back over, and how long the whole name may grow.
_MAX_WORDS = 2
_MAX_NAME = 8
#: How far back the words are read.
_WINDOW = 10


def reach_back(text: str, start: int, pos: int) -> int:
    """The start of a station's name ``text[start:pos]`` widened over the place and landmark right before
    it (``某郊|行宫|`` + ``东大街``), or ``start`` where none stands there."""
    if start == 0 or not HAN_CHAR.match(text, start - 1):
        return start
    lo = max(0, start - _WINDOW)
    tagged: List[Tuple[str, str]] = words.tag(text[lo:start])
    best, at = start, start
    for k, (word, flag) in enumerate(reversed(tagged[-_MAX_WORDS - 1 :])):
        if k == _MAX_WORDS or flag not in _BETWEEN_TAGS or len(word) < 2:
            break
        at -= len(word)
        if pos - at > _MAX_NAME:
            break
        rest = len(tagged) - k - 1  # the word before this one
        before = tagged[rest - 1] if rest > 0 else None
        opens = (
            before is None
            and at == 0
            or before is not None
            and (not HAN_CHAR.match(before[0][-1]) or before[1].startswith(_BEFORE_TAGS))
        )
        if flag in _PLACE_TAGS and opens:
            best = at
    return best
