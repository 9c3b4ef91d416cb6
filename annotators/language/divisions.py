"""The divisions table (``divisions.tsv``) indexed by code, with each division's ancestors, and the
divisions a page names: what the ``places`` annotator judges short and
repeated place names by.
"""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache
from typing import AbstractSet, Dict, Iterable, List, Optional, Sequence, Set, Tuple

from baokan.annotators.core import cache, lexicon
from baokan.annotators.core.rows import Keyed, Rows, Sorted
from baokan.annotators.language.table_rows import column_value

#: The walks' version: bump it when :meth:`Gazetteer._walk` or the city's choice changes, so that no
#: cache of an older way is read.
_WALKS = 1
#: Between the codes of one row's ancestors in the cached walks (no TSV value holds a tab).
_TAB = "\t"


class Gazetteer:
    """The divisions table indexed by code, with each division's ancestors.

    ``by_code`` maps a code to its row's dict; the walks up the tree read the
    table's columns directly, so that no row's dict is made for them. Each row's walk (its
    ancestors and its city) is worked out once for the whole table and kept in baokan's cache
    folder, by column (:class:`~baokan.annotators.core.rows.Rows`): a page's short forms ask about
    thousands of divisions, each walked up the tree anew in every run before.
    """

    def __init__(self) -> None:
        self.rows = rows = lexicon.read_table("divisions").rows
        self.by_code = Keyed(rows, "code")
        self._index = self.by_code.index
        # the code column itself where the index bisects it (codes sorted and unique): searched here, in
        # compiled code, not by the index's Python-level get (thousands of first asks a run)
        self._sorted_codes: Optional[List[str]] = rows.column("code") if isinstance(self._index, Sorted) else None
        self._parent = rows.columns.index("parent")
        self._level = rows.columns.index("level")
        self._name = rows.columns.index("name")
        self._rows_at: Dict[str, int] = {}  # row of each code asked (-1: none), kept here: asked per step
        self._ancestors: Dict[str, Tuple[str, ...]] = {}
        self._cities: Dict[str, Optional[str]] = {}
        self._frames: Dict[str, Tuple[Optional[str], Optional[str]]] = {}
        self._walks = self._cached_walks()
        # the columns read per code, as (joined values, offsets): Rows.value written out below, so that
        # compiled code makes no call into the Python method (tens of thousands a run)
        self._levels: Tuple[str, Sequence[int]] = (rows.joined[self._level], rows.starts[self._level])
        self._names: Tuple[str, Sequence[int]] = (rows.joined[self._name], rows.starts[self._name])
        self._chains: Tuple[str, Sequence[int]] = (self._walks.joined[0], self._walks.starts[0])
        self._city_codes: Tuple[str, Sequence[int]] = (self._walks.joined[1], self._walks.starts[1])

    def _row_at(self, code: str) -> int:
        """The row of division ``code``, or -1 when the table has none (the index's answer, kept in a
        plain dict: the walks up the tree ask for the same few parents again and again)."""
        i = self._rows_at.get(code)
        if i is None:
            codes = self._sorted_codes
            if codes is not None:  # Sorted.get, written out
                k = bisect_left(codes, code)
                i = k if k < len(codes) and codes[k] == code else -1
            else:
                got = self._index.get(code)
                i = -1 if got is None else got
            self._rows_at[code] = i
        return i

    def ancestors(self, code: str) -> Tuple[str, ...]:
        """Codes of the divisions above ``code``, nearest first (at most five; a loop in the table
        ends the walk)."""
        found = self._ancestors.get(code)
        if found is None:
            i = self._row_at(code)
            chain = column_value(self._chains, i) if i >= 0 else ""
            found = self._ancestors[code] = tuple(chain.split(_TAB)) if chain else ()
        return found

    def _cached_walks(self) -> Rows:
        """Every row's walk: its ancestors joined by tabs, and its city (or ""), from the cache
        folder, or walked now (the first run with this table) and kept there."""
        path = cache.path_for("gazetteer-walks", cache.digest(lexicon.table_key("divisions"), _WALKS))
        got = cache.load(path)
        if isinstance(got, tuple) and len(got) == 4 and got[2] == self.rows.count:
            try:
                return Rows(got[0], got[1], got[2], got[3])
            except (TypeError, ValueError):  # a file of another shape: walked again below
                pass
        chains, cities = [], []
        codes = self.rows.column("code")
        text, at = self.rows.joined[self._level], self.rows.starts[self._level]
        walked: Dict[str, Tuple[str, ...]] = {}
        for code in codes:
            chain = self._walk(code, walked)
            city = ""
            for c in chain:  # the nearest prefecture-level division (or province) above it
                i = self._row_at(c)
                if i >= 0 and text[at[i] : at[i + 1] - 1] in ("city", "province"):
                    city = c
                    break
            chains.append(_TAB.join(chain))
            cities.append(city)
        walks = Rows.from_columns(["ancestors", "city"], [chains, cities])
        joined, starts, count = walks.state()
        cache.store(path, (walks.columns, joined, count, starts))
        return walks

    def _walk(self, code: str, known: Dict[str, Tuple[str, ...]]) -> Tuple[str, ...]:
        """Codes of the divisions above ``code``, nearest first, walked up the parent column (at most
        five; a loop in the table ends the walk); ``known``: the walks made before, by code."""
        found = known.get(code)
        if found is not None:
            return found
        chain: List[str] = []
        j = self._parent
        text, at = self.rows.joined[j], self.rows.starts[j]  # Rows.value(i, j), written out
        i = self._row_at(code)
        natural = True  # the walk ended at the top or at a code the table lacks, not at a loop or five
        while i >= 0:
            parent = text[at[i] : at[i + 1] - 1]
            if not parent:
                break
            if parent in chain or len(chain) >= 5:
                natural = False
                break
            chain.append(parent)
            rest = known.get(parent)  # a parent walked before (a township's county): its walk goes on
            if rest is not None and len(chain) + len(rest) <= 5 and not any(a in chain for a in rest):
                chain.extend(rest)  # (what the walk would append: no loop, no cut at five)
                break
            i = self._row_at(parent)
        found = known[code] = tuple(chain)
        if natural:  # each parent's own walk is the rest of this one (siblings walk no further than it)
            for k in range(len(chain) - 1):
                if chain[k] not in known:
                    known[chain[k]] = found[k + 1 :]
        return found

    def parent_name(self, code: str) -> Optional[str]:
        chain = self.ancestors(code)
        i = self._row_at(chain[0]) if chain else -1
        return column_value(self._names, i) if i >= 0 else None  # (no row's dict made for a name)

    def level(self, code: str) -> Optional[str]:
        """The level of division ``code`` (``None`` when the table has no such code)."""
        i = self._row_at(code)
        return None if i < 0 else column_value(self._levels, i)

    def city_of(self, code: str) -> Optional[str]:
        """The prefecture-level division a county or township is in (or the province above a
        county-level unit directly under it)."""
        found = self._cities.get(code, "")
        if found == "":  # (not asked before: a city is a code, never "")
            i = self._row_at(code)
            found = self._cities[code] = (column_value(self._city_codes, i) or None) if i >= 0 else None
        return found

    def frame(self, code: str) -> Tuple[Optional[str], Optional[str]]:
        """``(city_of(code), the farthest ancestor)``, ``None`` where there is none: the two
        divisions a candidate's context score asks the page about, kept per code."""
        found = self._frames.get(code)
        if found is None:
            chain = self.ancestors(code)
            found = self._frames[code] = (self.city_of(code), chain[-1] if chain else None)
        return found


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    return Gazetteer()


class Context:
    """The divisions a page names, each with the surfaces that name it.

    A short form must not vouch for itself (朝阳 would make 辽宁 the context of
    朝阳), so :meth:`has` leaves out what the asking surface brought in.
    """

    def __init__(self, base: AbstractSet[str] = frozenset()) -> None:
        self.base = frozenset(base)
        self.by_code: Dict[str, Set[str]] = {}
        #: every code in ``base`` or ``by_code``: a division none of whose codes is here scores 0
        self.known: Set[str] = set(self.base)

    def add(self, surface: str, codes: Iterable[str]) -> None:
        for code in codes:
            self.by_code.setdefault(code, set()).add(surface)
            self.known.add(code)

    def has(self, code: str, surface: str) -> bool:
        if code in self.base:
            return True
        who = self.by_code.get(code)
        return who is not None and bool(who) and (len(who) > 1 or surface not in who)

    def score(self, code: str, city: Optional[str], top: Optional[str], surface: str) -> int:
        """3 when the page has ``code`` itself, 2 its ``city``, 1 its ``top`` division (each
        as :meth:`has` asks), else 0; :meth:`has` written out, as it is asked for every
        division a short form may mean."""
        base, by_code = self.base, self.by_code
        if code in base:
            return 3
        who = by_code.get(code)
        if who and (len(who) > 1 or surface not in who):
            return 3
        if city:
            if city in base:
                return 2
            who = by_code.get(city)
            if who and (len(who) > 1 or surface not in who):
                return 2
        if top:
            if top in base:
                return 1
            who = by_code.get(top)
            if who and (len(who) > 1 or surface not in who):
                return 1
        return 0

    def __bool__(self) -> bool:
        return bool(self.base or self.by_code)
