"""Series of two-character items that share one governance verb (定岗、定责、定标; *s12 R2*).

A body states how it staffs and holds a job in a series of two-character items, the verb written once per item and
the same in each (定人、定点、定岗、定责): a work formula, must whole, quoted or not (docs/labels.md, *other papers
12*, s12 R2). A series of items that share a prefix of scale (大排查、大清理, s12 R1) is not read: 大 is no verb of
``formula_verbs.tsv``. Three items or more, each object different, the series closed as :mod:`slogan_series` closes
its lists (a non-Han character, 的, 等 or a count after it; no 、 right before or after it).
"""

from __future__ import annotations

from typing import List, Tuple

from baokan.annotators.core import recache
from baokan.annotators.language import slogan_series
from baokan.annotators.language.chars import HAN
from baokan.annotators.language.occurrences import find_all, matches_from

_PAIRS = recache.compile(rf"(?<!、)(?:[{HAN}]{{2}}、){{2,}}[{HAN}]{{2}}{slogan_series._END}")


def shared_verb_series(text: str) -> List[Tuple[int, int]]:
    """``(start, end)`` of every series of three two-character items or more that open with one shared verb of
    ``formula_verbs.tsv`` and differ in their objects (定人、定点、定岗、定责)."""
    if "、" not in text:
        return []
    verbs = slogan_series.formula_verbs()
    starts = slogan_series.series_starts(text, find_all(text, "、"), 2, third=True)
    out: List[Tuple[int, int]] = []
    for m in matches_from(_PAIRS, text, starts):
        items = m.group().split("、")
        if text[m.end() : m.end() + 1] == "、":
            continue
        if (
            len({item[0] for item in items}) == 1
            and items[0][0] in verbs
            and len({item[1] for item in items}) == len(items)
        ):
            out.append(m.span())
    return out
