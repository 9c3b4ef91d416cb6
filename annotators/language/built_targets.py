"""A development target that a county's or a city's body sets for its own place, printed unquoted after a verb of
building (used by :mod:`baokan.annotators.language.slogan_series`).

``加快建成全省某某发展标杆县`` (打造全市某某示范区) names the place's target: docs/labels.md, *other papers 10*
(s10 R2), judges it must quoted or not, as *session 11* judges framed unquoted lists like quoted ones. Read:

- a verb of building: ``建成``, ``打造`` or ``建设`` (not ``争创`` or ``创建``: a designation that a higher body
  confers and the place applies for stays neutral, *other papers 4*);
- a scope word that ranks the place among its peers: ``全省``, ``全市``, ``全国``, ``全区``, ``全州``;
- :data:`MIN_CORE` to :data:`MAX_CORE` Han characters of the field (绿色发展, 乡村振兴);
- a head that names a designated place: a model, benchmark, pilot or sample county, city or district
  (:data:`HEADS`: 标杆县, 示范区 …).

The target is the scope, the field and the head; the verb is no part of it.

A list of three or more such targets after the verb (``打造甲地某某高地、乙省某某基地、丙区某某胜地``), each item
:data:`MIN_ITEM` to :data:`MAX_ITEM` Han characters with a head of :data:`LIST_HEADS`, is the place's positioning,
must whole as one target (the items alone neutral). At least two items must end in a head that only a target ends with
(:data:`STRONG_HEADS`: 高地, 胜地, 福地 …): a list of facilities (某某中心、某某基地、某某中心) is no target.
"""

from __future__ import annotations

from typing import List, Tuple

from baokan.annotators.core import recache
from baokan.annotators.language.chars import HAN

MIN_CORE = 2
MAX_CORE = 10
#: The scope words; the text must hold one of them before the pattern is tried.
SCOPES = ("全省", "全市", "全国", "全区", "全州")
#: Heads of a designated place: a kind of model and the level of the place.
HEADS = tuple(kind + level for kind in ("标杆", "示范", "先行", "样板") for level in ("县", "市", "区"))
#: Characters that would make the head part of a longer noun (示范县城, 示范区委, 示范县级).
_LONGER = "城委级域乡镇府"
MIN_ITEM = 5
MAX_ITEM = 12
#: Heads that only a place's target ends with.
STRONG_HEADS = ("高地", "胜地", "福地", "枢纽", "名城", "示范区", "先行区", "样板", "标杆")
#: Heads of a list item: the strong ones and two that also end the names of facilities.
LIST_HEADS = STRONG_HEADS + ("基地", "中心")
_ITEM = rf"[{HAN}]{{{MIN_ITEM - 2},{MAX_ITEM - 2}}}?(?:{'|'.join(LIST_HEADS)})"
_LIST = recache.compile(rf"(?:建成|打造|建设)((?:{_ITEM}、){{2,}}{_ITEM})(?![{HAN}、])")
_TARGET = recache.compile(
    rf"(?:建成|打造|建设)((?:{'|'.join(SCOPES)})[{HAN}]{{{MIN_CORE},{MAX_CORE}}}?(?:{'|'.join(HEADS)}))(?![{_LONGER}])"
)


def built_targets(text: str) -> List[Tuple[int, int]]:
    """``(start, end)`` of every target ``text`` frames with a verb of building (see the module's notes)."""
    out: List[Tuple[int, int]] = []
    if any(scope in text for scope in SCOPES):
        out += [m.span(1) for m in _TARGET.finditer(text)]
    if any(head in text for head in ("高地、", "胜地、", "福地、")):
        for m in _LIST.finditer(text):
            items = m.group(1).split("、")
            if sum(item.endswith(STRONG_HEADS) for item in items) >= 2 and all(len(i) <= MAX_ITEM for i in items):
                out.append(m.span(1))
    return out
