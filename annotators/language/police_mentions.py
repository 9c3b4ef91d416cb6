"""A station named again on its own after the chain that named it in full (issue 19).

A police paper names a station once in full (``宿松县公安局五里派出所``) and then by its own name
(``五里派出所``). The bare name may be one the station grammar cannot judge alone: a numeral and a
measure word (五里), a common word, a name jieba runs into the word before it. The full chain earlier
in the article settles it: every later occurrence of the same station name, standing as a word of its
own, is that unit.
"""

from __future__ import annotations

from typing import Any, Iterable, List, Sequence, Set, Tuple

from baokan.annotators.language.chars import HAN_CHAR


def repeated_stations(text: str, units: Iterable[Any], stations: Sequence[str]) -> List[Tuple[int, int]]:
    """Spans of bare mentions of stations that a chain of several links, or a place, names in full.

    Args:
        text (str): The article text.
        units (Iterable): Found units, each with ``start``, ``end``, ``links`` ((start, end, role) each) and
            ``place_end`` (where the place part ends, or None).
        stations (Sequence[str]): The station heads (派出所, 警务站 …).

    Returns:
        List[Tuple[int, int]]: (start, end) of each repeated mention outside the units given.
    """
    covered: List[Tuple[int, int]] = []
    names: Set[str] = set()
    for unit in units:
        start, end, links = unit.start, unit.end, unit.links
        covered.append((start, end))
        # a chain of links (…分局 + 五里派出所), or a place and the station's name (某县 + 白鹭警务站)
        if (len(links) < 2 and unit.place_end is None) or links[-1][2] != "name":
            continue
        name = text[links[-1][0] : end]
        if any(name.endswith(s) and len(name) >= len(s) + 2 for s in stations):
            names.add(name)
    out: List[Tuple[int, int]] = []
    for name in sorted(names):
        at = text.find(name)
        while at >= 0:
            end = at + len(name)
            inside = any(s <= at and end <= e for s, e in covered)
            glued = at > 0 and HAN_CHAR.match(text[at - 1]) and text[at - 1] not in "在于从到向至和与及的、"
            if not inside and not glued:
                out.append((at, end))
            at = text.find(name, end)
    return out
