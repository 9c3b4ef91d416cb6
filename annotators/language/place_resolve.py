"""Which division a gazetteer candidate means (:func:`resolve`), and how well the page's context
fits a division (:func:`context_score`).

A short form may mean dozens of townships (新华, 和平), and most of them are far from every place
the page names. A surface's rows (:class:`~.division_rows.Divisions`) keep what does not depend on
the page (each row's city and top division, its level bonus and rank, the choice with no context at
all), worked out once per surface: a candidate whose divisions the page says nothing about takes that
choice with two set tests, not a pass over its rows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, AbstractSet, Dict, FrozenSet, List, Optional, Sequence, Set, Tuple

from baokan.annotators.language.division_rows import Divisions
from baokan.annotators.language.divisions import Context, Gazetteer
from baokan.annotators.language.place_capitals import capital_codes

if TYPE_CHECKING:  # pragma: no cover - types only (place_candidates imports this module)
    from baokan.annotators.language.place_candidates import Candidate

LEVELS = ("province", "city", "county", "township")
#: Preference among the divisions a short form may mean, before any context.
LEVEL_BONUS = {"province": 3.0, "city": 1.5, "county": 0.0, "township": -1.0}
#: What a county gains over its bonus where the page's context vouches for it (its province or city named):
#: enough to outrank a city of the same short form that nothing on the page speaks for, and given only where such a
#: city competes (not over a township whose own county the page names: 松潘 … 黄龙; 四川 on the page: 巴州 is
#: 巴州区 of 巴中, not 巴音郭楞's 巴州), too little to outrank a city the page's province vouches for as well.
VOUCHED_COUNTY = 0.6
#: Higher levels first among divisions that score the same.
_LEVEL_RANK = {level: -i for i, level in enumerate(LEVELS)}
#: Levels whose context score also asks for their city.
_UNDER_A_CITY = frozenset(("county", "township"))

Row = Dict[str, str]
#: Per row: the row, its code, its city (for counties and townships, else None), its top division,
#: its level bonus (short forms) and its rank.
_Frame = Tuple[Row, str, Optional[str], Optional[str], float, int]
#: A row's score, rank, context score with the bonus for a parent just before, the row, and its
#: context score alone.
_Scored = Tuple[float, int, int, Row, int]


class _Fixed:
    """What :func:`resolve` needs of one rows tuple, read as a full name or as a short form."""

    frames: Tuple[_Frame, ...]
    #: every code the page's context must hold for any row to score above 0
    asks: AbstractSet[str]
    #: every ancestor of every row: a place named just before must be one of them to count
    ancestors: AbstractSet[str]
    best: _Scored
    unique: bool
    #: what a county of these rows gains where the page's context vouches for it (:data:`VOUCHED_COUNTY`, or 0)
    county_edge: float

    def __init__(self, rows: Sequence[Row], full: bool, gaz: Gazetteer) -> None:
        frames: List[_Frame] = []
        asks: Set[str] = set()
        ancestors: Set[str] = set()
        for r in rows:
            code, level = r["code"], r["level"]
            city, top = gaz.frame(code)
            city = city if level in _UNDER_A_CITY else None
            frames.append(
                (r, code, city, top, 0.0 if full else LEVEL_BONUS.get(level, 0.0), _LEVEL_RANK.get(level, -9))
            )
            asks.add(code)
            if city is not None:
                asks.add(city)
            if top is not None:
                asks.add(top)
            ancestors.update(gaz.ancestors(code))
        self.frames = tuple(frames)
        # (the sets themselves, not frozen copies: only asked isdisjoint, never changed after)
        self.asks = asks
        self.ancestors = ancestors
        self.best, self.unique = _choose([(f[4], f[5], 0, f[0], 0) for f in frames])
        # only against a city (巴州 of 巴中 against 巴音郭楞's), never a capital: among counties and townships,
        # and for a capital's short form, the context alone decides
        capitals = capital_codes()
        edge = not full and any(r["level"] == "city" for r in rows) and not any(r["code"] in capitals for r in rows)
        self.county_edge = VOUCHED_COUNTY if edge else 0.0


def _fixed(rows: Sequence[Row], full: bool, gaz: Gazetteer) -> _Fixed:
    """The :class:`_Fixed` of ``rows`` read as a full name or not, kept on a :class:`Divisions`."""
    if not isinstance(rows, Divisions):
        return _Fixed(rows, full, gaz)
    kept = rows.__dict__
    key = "full" if full else "short"
    found = kept.get(key)
    if found is None:
        found = kept[key] = _Fixed(rows, full, gaz)
    return found


def _choose(scored: Sequence[_Scored]) -> Tuple[_Scored, bool]:
    """The best row's entry: the highest score, a higher rank among equal scores, then the first;
    and whether no other row scores as much."""
    best = scored[0]
    ties = 1
    for entry in scored[1:]:
        if entry[0] > best[0]:
            best, ties = entry, 1
        elif entry[0] == best[0]:
            ties += 1
            if entry[1] > best[1]:
                best = entry
    return best, ties == 1


def codes_of(rows: Sequence[Row]) -> FrozenSet[str]:
    """The codes of ``rows`` (kept on a :class:`Divisions`)."""
    if not isinstance(rows, Divisions):
        return frozenset(r["code"] for r in rows)
    found = rows.__dict__.get("codes")
    if found is None:
        found = rows.__dict__["codes"] = frozenset(r["code"] for r in rows)
    return found


def ancestors_of(rows: Sequence[Row], gaz: Gazetteer) -> FrozenSet[str]:
    """Every ancestor of every one of ``rows`` (kept on a :class:`Divisions`)."""
    if not isinstance(rows, Divisions):
        return frozenset(a for r in rows for a in gaz.ancestors(r["code"]))
    found = rows.__dict__.get("above")
    if found is None:
        found = rows.__dict__["above"] = frozenset(a for r in rows for a in gaz.ancestors(r["code"]))
    return found


def resolve(
    c: Candidate, surface: str, context: Context, gaz: Gazetteer, nearby: FrozenSet[str]
) -> Tuple[Row, bool, int]:
    """The division the candidate most likely means, whether it is the only good fit, and its
    context score (:func:`context_score`).

    Each division scores its context on the page, a level bonus for short forms (a county the context
    vouches for a little more: :data:`VOUCHED_COUNTY`), and 4 when one
    of its ancestors is named just before it (``nearby``); the best score wins (a higher level
    among equal scores, then the first row), and it is the only good fit when no other division
    scores as much, and (a county or township) when the page names anything around it.
    """
    fixed = _fixed(c.rows, c.full, gaz)
    with_context = bool(context)
    scores = with_context and not context.known.isdisjoint(fixed.asks)
    near = bool(nearby) and not nearby.isdisjoint(fixed.ancestors)
    if not scores and not near:  # the page says nothing of any of them: the choice without context
        best, unique = fixed.best, fixed.unique
    else:
        score, ancestors, edge = context.score, gaz.ancestors, fixed.county_edge
        scored: List[_Scored] = []
        for r, code, city, top, bonus, rank in fixed.frames:
            ctx = score(code, city, top, surface) if scores else 0
            bumped = ctx + 4 if near and not nearby.isdisjoint(ancestors(code)) else ctx
            if ctx and edge and r["level"] == "county":
                bonus += edge
            scored.append((bumped + bonus, rank, bumped, r, ctx))
        best, unique = _choose(scored)
    row = best[3]
    if with_context and best[2] == 0 and row["level"] in _UNDER_A_CITY:
        unique = False  # far from every other place on the page: not sure which, if any
    return row, unique, best[4]


def context_score(row: Row, surface: str, context: Context, gaz: Gazetteer) -> int:
    """3: the division itself is on the page; 2: its city; 1: its province; else 0."""
    code = row["code"]
    city, top = gaz.frame(code)
    return context.score(code, city if row["level"] in _UNDER_A_CITY else None, top, surface)
