"""Lists that a body says it upholds (坚持) as its principle (used by :mod:`baokan.annotators.language.slogan_series`).

``坚持`` names a principle or a way of working; a compact 、-list right after it, closed by a clause mark, is the
body's formula (docs/labels.md, *local formulas* and *session 11*: a compact list set as a principle is must
whole): 我们坚持以科技提效能、用服务减负担，…; 坚持走甲之路、乙之路、丙之路，…. Only tight shapes are read, as
two four-character idioms after 坚持 are as often a plain way of working (坚持实事求是、因地制宜):

- items of one length, Han characters only;
- three to five items of four characters, or two to five items of :data:`LONG_ITEM` to :data:`LONGEST_ITEM`
  characters (longer items are clauses of a description: 坚持动真碰硬查摆问题、真抓实干推进整改);
- ``坚持`` (or ``坚持走``) right before the list, and ``，`` ``。`` ``；`` or a closing quotation mark right after;
- no item a slogan of its own (a lexicon form, or quoted elsewhere on the page): a list of formulas is split into
  them (labels.md, batch 3; :func:`slogan_grammar.series_candidates`).
"""

from __future__ import annotations

from typing import AbstractSet, List, Tuple

from baokan.annotators.core import lexicon, recache
from baokan.annotators.language.chars import HAN

#: The shortest and the longest item of a two-item list.
LONG_ITEM = 5
LONGEST_ITEM = 7

_CLOSE = r"(?=[，,。；;”’])"
_FOUR = recache.compile(rf"坚持走?((?:[{HAN}]{{4}}、){{2,4}}[{HAN}]{{4}}){_CLOSE}")
_LONG = tuple(
    recache.compile(rf"坚持走?((?:[{HAN}]{{{n}}}、){{1,4}}[{HAN}]{{{n}}}){_CLOSE}")
    for n in range(LONG_ITEM, LONGEST_ITEM + 1)
)


def upheld_lists(text: str) -> List[Tuple[int, int]]:
    """``(start, end)`` of every compact list of ``text`` right after 坚持 (see the module's notes)."""
    if "坚持" not in text or "、" not in text:
        return []
    spans = [m.span(1) for m in _FOUR.finditer(text)]
    for pattern in _LONG:
        spans += [m.span(1) for m in pattern.finditer(text)]
    forms = lexicon.forms_of("slogans")
    return [(s, e) for s, e in spans if not any(_known(item, text, forms) for item in text[s:e].split("、"))]


def _known(item: str, text: str, forms: AbstractSet[str]) -> bool:
    """Whether a list item is a slogan of its own (a lexicon form, or quoted elsewhere in ``text``): then the
    list is one of formulas, split into its items (labels.md, batch 3), which the series rule does."""
    return item in forms or f"“{item}”" in text
