"""A station named again on its own after the chain that named it in full (issue 19).

A police paper names a station once in full (``宿松县公安局五里派出所``) and then by its own name
(``五里派出所``). The bare name may be one the station grammar cannot judge alone: a numeral and a
measure word (五里), a common word, a name jieba runs into the word before it. The full chain earlier
in the article settles it: every later occurrence of the same station name, standing as a word of its
own, is that unit.
"""

from __future__ import annotations

from typing import Any, Dict, Iterable, List, Sequence, Set, Tuple

from baokan.annotators.core import recache
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


#: Facilities a city or its bureau numbers (第一看守所, 第二拘留所): the ordinal is part of the name.
_NUMBERED_FACILITIES = ("强制隔离戒毒所", "行政拘留所", "看守所", "拘留所", "戒毒所")
_ORDINAL = recache.compile("第[一二三四五六七八九十]{1,3}")
#: Station heads a bare statutory zone may open (开发区 + 长江路派出所): the zone is the station's area.
_ZONE_STATIONS = ("派出所", "警务站", "警务室")


def numbered_facilities(text: str, place_ends: Dict[int, int], units: Iterable[Any]) -> List[Tuple[int, int]]:
    """Spans of numbered facilities after a place or a bureau (重庆市第一看守所, 某市公安局第二看守所).

    Args:
        text (str): The article text.
        place_ends (Dict[int, int]): Place spans by start.
        units (Iterable): Found units, each with ``start``, ``end`` and ``links``.

    Returns:
        List[Tuple[int, int]]: (start, end) of each place or bureau with its ordinal and facility.
    """
    anchors = list(place_ends.items())
    anchors += [(u.start, u.end) for u in units if text[u.links[-1][0] : u.end].endswith("局")]
    out: List[Tuple[int, int]] = []
    for start, end in anchors:
        m = _ORDINAL.match(text, end)
        if m is None:
            continue
        head = next((f for f in _NUMBERED_FACILITIES if text.startswith(f, m.end())), None)
        if head is not None:
            out.append((start, m.end() + len(head)))
    return out


def zone_stations(text: str, units: Iterable[Any], zones: Sequence[str]) -> List[Tuple[int, int]]:
    """Spans of stations named after a road or a place inside a statutory zone written bare before them
    (开发区长江路派出所, 经开区临江路派出所): the zone is part of the station's name.

    Args:
        text (str): The article text.
        units (Iterable): Found units, each with ``start``, ``end``, ``links`` and ``place_end``.
        zones (Sequence[str]): The zone words (开发区, 高新区, 经开区 …).

    Returns:
        List[Tuple[int, int]]: (start, end) of each zone and station.
    """
    bare = sorted((z for z in zones if z.endswith("区")), key=len, reverse=True)
    out: List[Tuple[int, int]] = []
    for u in units:
        kind = next((k for k in _ZONE_STATIONS if text.endswith(k, 0, u.end)), None)
        if kind is None or u.end - u.start < len(kind) + 2:
            continue  # a bare 派出所: no station of a zone
        zone = next((z for z in bare if text.endswith(z, 0, u.start)), None)
        if zone is not None:
            out.append((u.start - len(zone), u.end))
    return out
