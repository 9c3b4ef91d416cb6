"""The divisions table (``divisions.tsv``) indexed by code, with each division's ancestors, and the
divisions a page names: what the ``places`` annotator judges short and
repeated place names by.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Dict, Iterable, List, Optional, Set, Tuple

from baokan.annotators.core import lexicon


class Gazetteer:
    """The divisions table indexed by code, with each division's ancestors."""

    def __init__(self) -> None:
        table = lexicon.read_table("divisions")
        self.by_code: Dict[str, Dict[str, str]] = {r["code"]: r for r in table.rows if r.get("code")}
        self._ancestors: Dict[str, Tuple[str, ...]] = {}
        self._cities: Dict[str, Optional[str]] = {}

    def ancestors(self, code: str) -> Tuple[str, ...]:
        """Codes of the divisions above ``code``, nearest first."""
        found = self._ancestors.get(code)
        if found is None:
            chain: List[str] = []
            row = self.by_code.get(code)
            while row and row.get("parent") and row["parent"] not in chain and len(chain) < 5:
                chain.append(row["parent"])
                row = self.by_code.get(row["parent"])
            found = self._ancestors[code] = tuple(chain)
        return found

    def parent_name(self, code: str) -> Optional[str]:
        chain = self.ancestors(code)
        return self.by_code[chain[0]]["name"] if chain and chain[0] in self.by_code else None

    def city_of(self, code: str) -> Optional[str]:
        """The prefecture-level division a county or township is in (or the province above a
        county-level unit directly under it)."""
        if code in self._cities:  # asked for the same codes again and again on a page
            return self._cities[code]
        found = None
        for c in self.ancestors(code):
            if self.by_code.get(c, {}).get("level") in ("city", "province"):
                found = c
                break
        self._cities[code] = found
        return found


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    return Gazetteer()


class Context:
    """The divisions a page names, each with the surfaces that name it.

    A short form must not vouch for itself (朝阳 would make 辽宁 the context of
    朝阳), so :meth:`has` leaves out what the asking surface brought in.
    """

    def __init__(self, base: Set[str] = frozenset()) -> None:
        self.base = set(base)
        self.by_code: Dict[str, Set[str]] = {}

    def add(self, surface: str, codes: Iterable[str]) -> None:
        for code in codes:
            self.by_code.setdefault(code, set()).add(surface)

    def has(self, code: str, surface: str) -> bool:
        if code in self.base:
            return True
        who = self.by_code.get(code)
        return bool(who) and (len(who) > 1 or surface not in who)

    def __bool__(self) -> bool:
        return bool(self.base or self.by_code)
