"""Links of a police chain that the unit grammar (``annotators/police.py``) reads beyond its word table
(issue 19, set 6): a service's brigade named by its district between the service and the rank
(``交管 + 某某区 + 大队``), and a station whose short name follows a road or place inside a chain
(``…分局 + 某某高速 + 某某 + 公安检查站``); and the kind of a chain's last link, for its attributes.
"""

from __future__ import annotations

from typing import Dict, Optional, Tuple

from baokan.annotators.core import recache
from baokan.annotators.language.chars import HAN
from baokan.annotators.language.place_grammar import STOP
from baokan.annotators.language.police_words import LEVEL_CHARS, STATIONS, Tokens, vocabulary

_NAME_CHAR = recache.compile(rf"[{HAN}0-9０-９]")


def service_of_district(text: str, pos: int, tokens: Tokens, places: Dict[int, int]) -> Optional[Tuple[int, int, str]]:
    """A service word, a district or county written in full, then a rank (交管 + 西湖区 + 大队, 交警 + 某某县
    + 大队): the service's unit of that district, as traffic papers write it; the place must end in its
    level character, so that a short form or a word after the service (交警 + 大队长) makes none."""
    for end, have in tokens.at.get(pos, ()):
        place_end = places.get(end) if "branch" in have else None
        if place_end is None or text[place_end - 1] not in LEVEL_CHARS:
            continue
        rank = tokens.longest(place_end, "rank")
        if rank is not None and text[rank : rank + 1] != "长":
            return (pos, rank, "branch")
    return None


#: The longest name of a station right after a road or place inside a chain (某某高速 + 白石 + 公安检查站).
_STATION_NAME = 4


def station_after(text: str, pos: int, tokens: Tokens) -> Optional[int]:
    """The end of a station whose short name of two to four characters follows ``pos``, a place or a road
    inside a chain (…分局 + 某某高速 + 白石 + 公安检查站: a checkpoint on the motorway, named after its town);
    None where a stop character or no station comes first."""
    for end in range(pos + 1, min(len(text), pos + _STATION_NAME) + 1):
        if not _NAME_CHAR.match(text[end - 1]) or text[end - 1] in STOP:
            return None
        head = tokens.longest(end, "head")
        if head is not None and end - pos >= 2 and text[end:head] in STATIONS:
            return head
    return None


def unit_kind(text: str, link: Tuple[int, int, str]) -> str:
    """The kind of the last link: its head word (公安局, 派出所) or, for 特战大队, the whole link."""
    s, e, role = link
    word = text[s:e]
    if role in ("branch", "sub", "head"):
        return word
    vocab = vocabulary()
    for k in range(s, e):
        if text[k:e] in vocab["head"] or text[k:e] in vocab["rank"]:
            return text[k:e]
    return word
