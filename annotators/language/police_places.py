"""The places a police unit's chain may open with, by start, for the ``police`` annotator.

The places layer's own places (or, without that layer, the gazetteer's full names), and the divisions
that layer leaves out where a police word makes them places: right before a statutory zone and a
police head (合肥 + 高新区公安分局), or right before a police head, service or collective word
(银川 + 铁路公安处, 周至 + 警方). What the grammar of units then reads after them is
:mod:`baokan.annotators.police`'s; these only say where a place ends, as
:func:`~.police_facilities.facility_places` does before a facility word.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import Dict, Tuple

from baokan.annotators.core import recache
from baokan.annotators.core.document import Document, entities_of
from baokan.annotators.language.police_facilities import Service
from baokan.annotators.language.police_words import NATIONAL, Tokens, edges
from baokan.schemas import Article

#: Division levels that name a police force's place (a township's short form does not: 派出所 names do).
HEAD_LEVELS = ("province", "city", "county")
#: The longest division name looked for before a zone (内蒙古自治区鄂尔多斯市 …).
_MAX_PLACE = 16


def layer_places(doc: Document, index: int, article: Article) -> Dict[int, int]:
    """Place spans by start: the places layer, or the gazetteer's full names without it."""
    ends: Dict[int, int] = {}
    if "entities.place" in doc.layers:
        for e in entities_of(article, "place"):
            ends[e.start] = max(ends.get(e.start, 0), e.end)
    else:
        for hit in doc.lexicon_hits(index):
            if hit.has("divisions") and any(r["name"] == hit.surface for r in hit.rows("divisions")):
                ends[hit.start] = max(ends.get(hit.start, 0), hit.end)
    return ends


def head_places(
    doc: Document, index: int, tokens: Tokens, place_ends: Dict[int, int], service: Service
) -> Dict[int, int]:
    """Cities and counties the places layer leaves out right before a police head (银川 + 铁路公安处: jieba
    reads no place there); so placed, they are places. Not one that opens a police word (公安 + 分局).
    ``service``: the end of a service word and the rank or head after it (the grammar's)."""
    out: Dict[int, int] = {}
    for hit in doc.lexicon_hits(index):
        if hit[0] in place_ends or hit[0] in tokens.at or hit[1] not in tokens.at:  # (a Hit is a tuple: by index)
            continue
        head = tokens.longest(hit.end, "head")
        police_word = head or service(hit.end, tokens) or tokens.longest(hit.end, "collective")
        if police_word is None:  # (周至 + 警方, 东光 + 公安: the force of a county left out too)
            continue
        if hit.surface in edges().get("joiner", ()) or (head and doc.articles[index].text[hit.end : head] in NATIONAL):
            continue  # 会同 (a county, and a verb) + 国家移民管理局: a national body has no place
        if hit.has("divisions") and any(r.get("level") in HEAD_LEVELS for r in hit.rows("divisions")):
            out[hit.start] = max(out.get(hit.start, 0), hit.end)
    return out


def zone_places(doc: Document, index: int, tokens: Tokens, place_ends: Dict[int, int]) -> Dict[int, int]:
    """Divisions right before a statutory zone and a police head (合肥 in 合肥高新区公安分局), which the
    places layer may leave out as the prefix of a zone's name: that context makes them places."""
    text = doc.articles[index].text
    zones = edges().get("zone", ())
    if not zones or all(tokens.longest(s, "head") is None for s in tokens.at):  # no head: no zone before one
        return {}
    found = _zone_pattern(zones).finditer(text)
    at = [m.start() for m in found if tokens.longest(m.end(), "head") is not None]
    if not at:  # look at the lexicon hits only near the few zones that a police head follows
        return {}
    hits = doc.lexicon_hits(index)
    starts = [h[0] for h in hits]  # (a Hit is a tuple)
    out: Dict[int, int] = {}
    for z in at:
        for hit in hits[bisect.bisect_left(starts, z - _MAX_PLACE) : bisect.bisect_left(starts, z)]:
            if hit.end == z and hit.start not in place_ends and hit.has("divisions"):
                out[hit.start] = z
    return out


@lru_cache(maxsize=2)
def _zone_pattern(zones: Tuple[str, ...]) -> re.Pattern[str]:
    """One expression for the zone words, longest first."""
    return recache.compile("|".join(re.escape(z) for z in zones))
