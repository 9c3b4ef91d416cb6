"""Short forms of cities and counties that what stands beside them vouches for.

The places annotator refuses a city's short form that jieba reads as a common noun (合肥 n,
银川 n) when the page names nothing of its province, and a county's short form that jieba tags as
a person's name (兰考 nr). Two neighbours settle it:

- a list of places (苏州、南京、合肥等试点城市): an item joined by ``、`` (or a last 和 or 及) to
  cities or provinces the page accepted is a city too, with the row of that level;
- the people of a place (带领兰考人民, 合肥群众): a city's or county's short form before 人民, 群众,
  百姓 or 儿女, where no longer word hides it and no surname stands right before it, is the place.
"""

from __future__ import annotations

from typing import List, Optional

from baokan.annotators.language.occurrences import spans_of
from baokan.annotators.language.place_candidates import ArticleCandidates, Candidate
from baokan.annotators.language.place_lists import _chains
from baokan.annotators.language.place_words import after_surname

#: Levels of the accepted items that vouch for a city in a list.
_HIGH = ("province", "city")
#: What stands beside an item of a list of places (、, and 等 after the last). Both it and the words
#: below are found with str.find (occurrences.spans_of), not a regular expression tested at every
#: character: none of them overlaps another.
_LIST_MARK = "、等"
#: Words for the people of a place that follow its name.
_PEOPLE = ("人民", "群众", "百姓", "儿女", "父老乡亲")


def _row(c: Candidate, levels: tuple) -> Optional[dict]:
    rows = [r for r in c.rows if r["level"] in levels]
    return rows[0] if len(rows) == 1 else None


def _take(c: Candidate, row: dict) -> None:
    c.row, c.resolved, c.accepted = row, True, True


def _listed_city_left(c: Candidate) -> bool:
    """Whether ``c`` is a city's short form not yet accepted."""
    return not (c.accepted or c.full or c.rule != "gazetteer.short") and any(r["level"] == "city" for r in c.rows)


def _listed_cities(art: ArticleCandidates) -> None:
    text = art.text
    if not any(c.upper and c.rule == "gazetteer.short" and not c.accepted for c in art.cands):
        return  # no city short form left at all (what _listed_city_left needs): no list to look for
    beside = (c for s, e in spans_of(text, _LIST_MARK) for c in (*art.by_end.get(s, ()), *art.by_start.get(e, ())))
    if not any(_listed_city_left(c) for c in beside):
        return  # no city short form left in a list to vouch for (the lists are looked for only then)
    for chain in _chains(art):
        high = [c for c in chain if c.accepted and c.row is not None and c.row["level"] in _HIGH]
        if not high:
            continue
        for c in chain:
            row = None if c.accepted or c.full else _row(c, ("city",))
            if row is not None and not art.bounds.hidden(c.start, c.end):
                _take(c, row)


def _people_of(art: ArticleCandidates) -> None:
    text, bounds = art.text, art.bounds
    for s, _ in spans_of(text, _PEOPLE):
        for c in art.by_end.get(s, ()):
            if c.accepted or c.full or not c.rule.startswith("gazetteer"):
                continue
            row = _row(c, ("city", "county"))
            if row is None or bounds.hidden(c.start, c.end) or after_surname(bounds, c.start):
                continue
            if any(o.accepted and o.start < c.end and c.start < o.end for o in art.cands if o is not c):
                continue
            _take(c, row)


def vouch_siblings(arts: List[ArticleCandidates]) -> None:
    """Accept, in every article, the city short forms a list of cities vouches for and the city or
    county short forms before a word for their people."""
    for art in arts:
        _listed_cities(art)
        _people_of(art)
