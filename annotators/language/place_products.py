"""Products named after a place (issue 19, blind round 7 of other papers): 两瓶茅台, 几盒龙井.

A count of goods (a numeral and a measure word of ``goods_measures.tsv``) right before a place's
short form makes it the product (the liquor of 茅台镇, the tea of 西湖's 龙井), not the place.
"""

from __future__ import annotations

from functools import lru_cache
from typing import FrozenSet

from baokan.annotators.core import lexicon
from baokan.annotators.language.place_grammar import _NUMERALS


@lru_cache(maxsize=1)
def _measures() -> FrozenSet[str]:
    return frozenset(r["word"] for r in lexicon.read_table("goods_measures").rows)


def counted_goods(text: str, start: int) -> bool:
    """Whether a numeral and a measure word of goods stand right before ``start`` (两瓶|茅台)."""
    return start >= 2 and text[start - 2] in _NUMERALS and text[start - 1] in _measures()
