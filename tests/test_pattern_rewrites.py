"""Patterns rewritten for speed find what the patterns they replace found.

A search for a pattern that opens with a look-behind tries the look-behind at every offset;
moved after the first character, the search skips to that character. Each rewrite is held to
the plain form on the test pages and on made-up edge cases (a string's start, a line break).
"""

from __future__ import annotations

import re

import pytest
from conftest import DATA

from baokan.annotators.language import place_refine

EDGES = [
    "经一路",
    "经经一路",
    "\n经一路",
    "纬经三路和经十二路",
    "至",
    "路至",
    "\n至",
    "路\n至",
    "沿某路至某街道到某村",
    "河等",
    "河等河流",
    "等河流",
    "甲河、乙河等11条河流，丙江等主要支流",
]


@pytest.mark.parametrize(
    "fast, plain",
    [
        (place_refine._RIVERS_CLOSE_AT, r"(?<=[河江溪湖])" + place_refine._RIVERS_CLOSE.pattern),
        (place_refine._GRID, r"(?<![经纬])[经纬][一二三四五六七八九十]{1,3}路"),
    ],
)
def test_a_look_behind_moved_after_the_first_character_finds_the_same(fast, plain):
    plain = re.compile(plain)
    texts = EDGES + [p.read_text(encoding="utf-8") for p in sorted(DATA.rglob("*.txt"))]
    found = 0
    for text in texts:
        spans = [m.span() for m in fast.finditer(text)]
        assert spans == [m.span() for m in plain.finditer(text)], text[:40]
        found += len(spans)
    assert found >= 3
