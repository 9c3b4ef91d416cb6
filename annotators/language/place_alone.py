"""Two readings of the place grammar for pages of county and legal papers (issue 19, session 11).

- A village or township that the area grammar refuses only for its everyday words (牛角|湾乡) is a
  place where it stands alone in its clause after a preposition or verb of place (在|牛角湾乡|，).
- A county's full name of two or three characters that opens a road's would-be name is the county,
  and the road is what follows it (单县|单丰路, 沛县|汉城路).
"""

from __future__ import annotations

from typing import Dict, Iterable, List, Tuple

from baokan.annotators.core import lexicon
from baokan.annotators.language.place_words import everyday

#: Prepositions and verbs of place before a village or township that stands alone in its clause.
_TO_PLACE = ("在", "来到", "走进", "到", "赴", "前往", "位于", "地处", "回到", "驻")
#: What may follow it: a clause stop.
_ALONE_AFTER = frozenset("，。；：！？,;:")
#: The suffixes of the names read so (not 古城, 新村: kinds of place).
_ALONE_SUFFIXES = ("社区", "街道", "嘎查", "苏木", "村", "乡", "镇", "屯")


def standing_alone(
    text: str, soft: Iterable[Tuple[int, int]], suffixes: Dict[str, Tuple[int, str]]
) -> List[Tuple[int, int, str]]:
    """Names refused only for being everyday words (``soft``: their spans) that stand alone in their
    clause after a preposition or verb of place (在|牛角湾乡|，): the place the clause is set in, as
    (start, end, level).

    Args:
        text (str): The article's text.
        soft (Iterable[Tuple[int, int]]): Spans of the names the area grammar refused as everyday words.
        suffixes (Dict[str, Tuple[int, str]]): The area suffixes and the level each gives.
    """
    out: List[Tuple[int, int, str]] = []
    for start, end in soft:
        if text.endswith(_TO_PLACE, 0, start) and text[end : end + 1] in _ALONE_AFTER:
            kind = next((x for x in _ALONE_SUFFIXES if text.endswith(x, 0, end)), None)
            if kind is not None:
                out.append((start, end, suffixes[kind][1]))
    return out


def county_opening(name: str) -> int:
    """The length of a county's full name of two or three characters that opens a road's would-be
    name and leaves two characters or more of it (单县|单丰, 沛县|汉城), else 0."""
    table = lexicon.read_table("divisions")
    for size in (2, 3):
        head = name[:size]
        if len(name) - size < 2 or head[-1] not in "县市区" or everyday(head):
            continue  # (城区, 郊区, 矿区: districts' full names that are common nouns)
        for t, i in lexicon.lexicon().lookup(head):
            if t == "divisions" and table.rows[i]["name"] == head and table.rows[i]["level"] == "county":
                return size
    return 0
