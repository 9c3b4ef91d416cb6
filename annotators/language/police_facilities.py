"""Police units named after a transport facility or a new area between their place and their head
(issue 19, session 10): ``临江新机场公安处``, ``赤壁北站派出所``, ``某市火车站派出所``.

Railway, airport and port units are named by the place and the facility they police: the place,
then a facility word (``police_edges.tsv``, role facility: 新机场, 高铁站, 北站, 航站区 …), then a head
(公安处, 分局, 派出所) or a service and its rank or head. The facility word is the name of the chain's
first link, and the place before it is the unit's place, though the places layer may leave a county
out there (赤壁 + 北站派出所: jieba reads no place).

Also here: a squad of a district's force written by its short name right after the force
(``杨浦公安特机队``: 特机队 for 特警机动队; ``police_edges.tsv``, role squad), one unit with the force.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Callable, Dict, Optional, Set, Tuple

from baokan.annotators.language.police_words import Tokens, Unit, edges

#: ``(pos, tokens) -> end`` of a service and the rank or head after it (交警 + 大队), or None.
Service = Callable[[int, Tokens], Optional[int]]


@lru_cache(maxsize=1)
def _last_chars() -> Tuple[str, ...]:
    """The last characters of the facility words (站, 场, 区 …): a quick test before the words."""
    return tuple(sorted({w[-1] for w in edges().get("facility", ())}))


def _edge_word_end(role: str, text: str, pos: int) -> Optional[int]:
    """The end of the longest word of ``police_edges.tsv``'s ``role`` at ``pos``, or None."""
    words = edges().get(role, ())
    if not words or not text.startswith(words, pos):  # one call in C rules out most offsets
        return None
    return pos + next(len(w) for w in words if text.startswith(w, pos))  # (longest first)


def facility_end(text: str, pos: int) -> Optional[int]:
    """The end of the longest facility word at ``pos``, or None."""
    return _edge_word_end("facility", text, pos)


def facility_link(text: str, pos: int, tokens: Tokens, service: Service) -> Optional[Tuple[int, int, str]]:
    """A facility word at ``pos`` and the head, or service and rank, right after it, as a named link
    (新机场 + 公安处, 北站 + 派出所); None otherwise."""
    end = facility_end(text, pos)
    if end is None:
        return None
    after = tokens.longest(end, "head") or service(end, tokens)
    return (pos, after, "name") if after else None


def before_facility(text: str, end: int, tokens: Tokens, service: Service) -> Optional[int]:
    """Where the police word starts after a facility word at ``end`` (赤壁 + 北站 + 派出所), so that a
    division right before the facility counts as the unit's place; None where no unit follows."""
    after = facility_end(text, end)
    if after is None or after not in tokens.at:
        return None
    return after if tokens.longest(after, "head") or service(after, tokens) else None


def facility_places(
    text: str,
    hits: list,
    tokens: Tokens,
    service: Service,
    place_ends: Dict[int, int],
    levels: Tuple[str, ...],
) -> Dict[int, int]:
    """Cities and counties the places layer leaves out right before a facility and a police word
    (赤壁 + 北站派出所), by start; only divisions of ``levels``. ``hits`` are the article's lexicon hits,
    read only where a facility word ends right before a police word (on few pages)."""
    words = edges().get("facility", ())
    if not words:
        return {}
    starts: Set[int] = set()  # where a facility word starts right before a police word
    lasts = _last_chars()
    for pos in tokens.at:
        if pos and text.endswith(lasts, pos - 1, pos) and text.endswith(words, max(0, pos - 5), pos):
            starts.update(pos - len(w) for w in words if text.endswith(w, 0, pos))
    out: Dict[int, int] = {}
    for hit in hits if starts else ():
        if hit.end not in starts or hit.start in place_ends or not hit.has("divisions"):
            continue
        if before_facility(text, hit.end, tokens, service) is None:
            continue
        if any(r.get("level") in levels for r in hit.rows("divisions")):
            out[hit.start] = max(out.get(hit.start, 0), hit.end)
    return out


def squad_end(text: str, pos: int) -> Optional[int]:
    """The end of a squad's short name at ``pos``, right after a place's force (杨浦公安 + 特机队), or None."""
    return _edge_word_end("squad", text, pos)


def force_noun_end(text: str, unit: Unit) -> Optional[int]:
    """The end of a noun of the force's work or people right after a named place's force (临江公安 + 工作,
    临江公安 + 民警; ``police_edges.tsv``, role force_noun), or None.

    公安工作 alone is a field of work and 公安民警 the officers in general, so neither is a unit; after a named
    place, ``X公安`` stays that place's force (LABELS.md, *other papers*). Only a force of one link (the
    collective word right after the place) takes the noun.
    """
    if unit.rule != "collective" or unit.place_end is None or len(unit.links) != 1:
        return None
    return _edge_word_end("force_noun", text, unit.end)
