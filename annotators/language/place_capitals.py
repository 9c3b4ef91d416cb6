"""The capitals of the provinces (``provincial_capitals.tsv``): names even where jieba reads them as words.

A capital is written in running text without its province (冬日的拉萨, 来到银川), and jieba may count
its short form as a word or tag it as a person's name (拉萨 nrt, 合肥, 银川), which makes the places
judging ask for the province on the page. A capital is famous enough to need none (issue 19).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Dict, FrozenSet

from baokan.annotators.core.lexicon import read_table


@lru_cache(maxsize=1)
def capital_codes() -> FrozenSet[str]:
    """The division codes of the provincial capitals."""
    return frozenset(r["code"] for r in read_table("provincial_capitals").rows)


def is_capital(row: Dict[str, str]) -> bool:
    """Whether the division ``row`` is a provincial capital."""
    return row.get("code", "") in capital_codes()
