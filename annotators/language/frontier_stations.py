"""Entry-exit frontier inspection stations named after a port the gazetteer lacks (issue 19).

A frontier inspection station is named after its port (``某某出入境边防检查站``), and a port is often
no division: a border crossing, a ferry pier or an airport's district (皇岗 kinds), which jieba reads
as a common noun. Before the full head ``出入境边防检查站`` nothing but a name stands (no description
is written before it), so the noun right before it is the port's name. The paper then writes the
station short (``某某边检站``); that form, the same port's name before 边检站, is the same unit.
"""

from __future__ import annotations

from typing import List, Tuple

from baokan.annotators.language import names, words
from baokan.annotators.language.chars import HAN_CHAR, HAN_RUN

#: The full head a port's name stands before, and its short form.
FULL_HEAD = "出入境边防检查站"
SHORT_HEAD = "边检站"
#: jieba flags of a word that may be a port's name (nouns, proper names, abbreviations).
_NAME_FLAGS = ("n", "j")
#: jieba flags of nouns of place or direction (口岸, 前方) and pronouns: no port's name.
_NOT_NAME_FLAGS = ("s", "f", "r")
#: jieba frequency from which a noun is an everyday word (机场), not a port's name.
_EVERYDAY = 2000


def _port_before(text: str, pos: int) -> int:
    """Where the port's name right before ``pos`` starts (a jieba noun of two to four characters
    that is no everyday word), or ``pos`` when there is none."""
    tagged = names.tag(text[max(0, pos - 6) : pos])
    if not tagged:
        return pos
    word, flag = tagged[-1]
    if not 2 <= len(word) <= 4 or HAN_RUN.fullmatch(word) is None:
        return pos
    if not flag.startswith(_NAME_FLAGS) or flag.startswith(_NOT_NAME_FLAGS) or words.freq(word) >= _EVERYDAY:
        return pos
    return pos - len(word)


def frontier_stations(text: str, covered: List[Tuple[int, int]]) -> List[Tuple[int, int]]:
    """Spans of port + 出入境边防检查站 and of the same port + 边检站 that no span of ``covered`` (the
    units already found) holds."""
    ports = set()
    out: List[Tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return not any(cs <= s and e <= ce for cs, ce in covered)

    at = text.find(FULL_HEAD)
    while at >= 0:
        start = _port_before(text, at)
        if start < at:
            ports.add(text[start:at])
            if free(start, at + len(FULL_HEAD)):
                out.append((start, at + len(FULL_HEAD)))
        at = text.find(FULL_HEAD, at + len(FULL_HEAD))
    for port in sorted(ports):
        short = port + SHORT_HEAD
        at = text.find(short)
        while at >= 0:
            glued = at > 0 and HAN_CHAR.match(text[at - 1]) and text[at - 1] not in "在于从到向至和与及的、"
            if not glued and free(at, at + len(short)):
                out.append((at, at + len(short)))
            at = text.find(short, at + len(short))
    return out
