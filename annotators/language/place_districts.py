"""Business districts named after a place (issue 19, set 6): ``在某某商圈``, ``靠近某某商圈``.

A city paper names a shopping or business district by the neighbourhood it grew around and the word
``商圈`` (business district). Such a district is a named locality in running text (docs/labels.md,
*places left open*): the whole ``name + 商圈`` is the place. The name must read as a proper name: the
last word jieba reads before ``商圈`` is tagged as a proper name (ns, nr, nz) and is no common noun.
Where a place already read ends right before ``商圈`` (a street: ``某某路商圈``), that place is the mention
and the district is left to it, as the corpus gold writes it. A description (``核心商圈``, ``城市商圈``,
``传统商圈``) names none.
"""

from __future__ import annotations

from typing import List, Optional, Sequence, Tuple

from baokan.annotators.language import words
from baokan.annotators.language.occurrences import spans_of
from baokan.annotators.language.place_grammar import GrammarName
from baokan.annotators.language.place_words import COMMON_NAME, Boundaries

#: The word for a business district after its name.
DISTRICT = "商圈"
#: The shortest and longest name read before it.
_MIN, _MAX = 2, 4
#: jieba's tags of a proper name: a place, a person or another proper noun (a neighbourhood's name may be
#: read as any of them).
_PROPER = ("ns", "nr", "nz")


def find_districts(bounds: Boundaries, places: Sequence[Tuple[int, int]]) -> List[GrammarName]:
    """Business districts ``name + 商圈`` whose name is a proper name and no place already read.

    Args:
        bounds (Boundaries): The text and its word boundaries.
        places (Sequence[Tuple[int, int]]): Spans of places already known.

    Returns:
        List[GrammarName]: One name of kind ``district`` for each such district.
    """
    text = bounds.text
    if DISTRICT not in text:
        return []
    place_ends = {e for _, e in places}
    out: List[GrammarName] = []
    for at, end in spans_of(text, [DISTRICT]):
        if at in place_ends:
            continue  # 某某路 + 商圈: the street read before it is the mention, as the corpus gold has it
        start = _name_before(text, at)
        if start is None:
            continue
        out.append(GrammarName(start, end, kind="district"))
    return out


def _name_before(text: str, at: int) -> Optional[int]:
    """The start of the proper name that jieba reads as the last word before ``at`` (李庄 + 商圈), or None
    where that word is no proper name, a common word (城市: a place tag, but an everyday noun) or of
    another length than a name's."""
    window = text[max(0, at - 2 * _MAX) : at]
    tagged = words.tag(window)
    if not tagged:
        return None
    word, flag = tagged[-1]
    if not _MIN <= len(word) <= _MAX or not flag.startswith(_PROPER) or words.freq(word) >= COMMON_NAME:
        return None
    return at - len(word)
