"""A township's station named by its short form alone (issue 19, set 5; docs/labels.md *other papers 5*).

County police papers name a town's station by the town's short name and ``所`` (``白石所民警``), also where
the page never gives the station's full name. The short form alone is ambiguous (``研究所``, ``事务所``,
``一所学校``), so it is read only where

- the name before ``所`` is the short form of a township or county in the divisions table (``白石`` of
  ``白石镇``), standing as a word of its own (after punctuation, the text's start or a function
  character), and
- the station's people follow it (``民警``, ``辅警``, ``民辅警``: ``police_edges.tsv`` role staff), or it
  is an item of a list of such short forms joined by ``、`` or 和 whose last item the people follow
  (``联合青溪所、白石所民辅警``).

A county's or district's brigade is named the same way on traffic and police pages (``华容大队民警``:
the district's 大队 of the city's traffic police): ``大队`` and ``中队`` after such a short form, with the
people after them, are read like ``所`` (issue 19, session 14, set 10).

Short forms that only describe the area (``城区所``, ``中心所``) are neutral in the gold; they are not told
apart here.
"""

from __future__ import annotations

from typing import Iterable, List, Set, Tuple

from baokan.annotators.core.lexicon import Hit
from baokan.annotators.language.chars import HAN_CHAR
from baokan.annotators.language.police_short_names import OPENERS
from baokan.annotators.language.police_words import edges

Span = Tuple[int, int]
#: The levels whose short form names a town's station (a county's name does, as a county town's station).
_LEVELS = frozenset({"township", "county"})
#: The brigades a county's or district's short form names besides 所 (华容大队, 城关中队), and their first characters.
_BRIGADES = ("大队", "中队")
_BRIGADE_OPENERS = frozenset("大中")
#: What joins two items of a list of short forms.
_JOINS = ("、", "和", "及", "与")


def township_stations(text: str, hits: Iterable[Hit], covered: Iterable[Span]) -> List[Span]:
    """Spans of ``X所`` (``X大队``, ``X中队``) where X is a township's short form and the station's people
    follow the list it closes; none inside a span of ``covered`` (units found already)."""
    staff = edges().get("staff", ())
    if not staff or "所" not in text and _BRIGADES[0] not in text and _BRIGADES[1] not in text:
        return []
    taken = sorted(covered)
    shorts: Set[int] = set()  # where a township's short form and 所 end (the 所's offset + 1)
    starts = {}
    for h in hits:
        nxt = text[h.end : h.end + 1]  # (one slice and one look for most hits)
        if nxt == "所":
            size = 1
        elif nxt in _BRIGADE_OPENERS and text.startswith(_BRIGADES, h.end):
            size = 2
        else:
            continue
        if not any(r.get("level") in _LEVELS for r in h.rows("divisions")):
            continue
        if h.start > 0 and HAN_CHAR.match(text[h.start - 1]) and text[h.start - 1] not in OPENERS:
            continue  # 科研 + 究所: the short form must stand as a word of its own
        if any(s <= h.start < e for s, e in taken):
            continue
        shorts.add(h.end + size)
        starts[h.end + size] = h.start
    out: List[Span] = []
    for end in sorted(shorts):
        if not text.startswith(staff, end):
            continue
        run = [(starts[end], end)]
        while True:  # 青溪所、 + 白石所民警: the items before, back across the joins
            at = run[0][0]
            join = next((j for j in _JOINS if text.endswith(j, 0, at)), None)
            prev = at - len(join) if join else None
            if prev is None or prev not in shorts:
                break
            run.insert(0, (starts[prev], prev))
        out += run
    return out
