"""Clipped province names: 龙江 for 黑龙江, 内蒙 for 内蒙古 (``province_clipped.tsv``); and the division a
named neighbourhood also is (三里屯 → 三里屯街道, :func:`urban_division`).

Papers write a province whose usual short form has three characters with two of them in running
text (龙江大地, 建设现代化新龙江, 去内蒙打工): a short form of the province, like 浙江 for 浙江省. The
lexicon reads each clipped form as the province (:func:`clipped_rows`, asked by
``place_candidates._read``), beside whatever divisions share the surface (龙江县, 龙江镇), and the
places judge takes it back (:func:`clipped_sense`) where the surface is something else:

- a piece of the full short form (黑|龙江, 内蒙|古), whatever the word boundaries;
- a river's name, a landform word for rivers right after it (龙江|流域, 龙江|河段: the river 龙江 of
  Guangxi), the river head 河 (龙江河) or water works named after the river (龙江|水利枢纽, 龙江|水电站);
- a county or township of that name, when the page names it in full (龙江县 ... 在龙江) or its
  parent stands right before it (顺德|龙江);
- a given name after a surname standing alone (书记刘|龙江), where the surname is no preposition,
  verb or adjective of jieba's (回|内蒙, 从|龙江).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Dict, FrozenSet, NamedTuple, Optional, Sequence, Tuple

from baokan.annotators.core import lexicon
from baokan.annotators.language import words
from baokan.annotators.language.division_rows import Divisions
from baokan.annotators.language.divisions import Context, Gazetteer, gazetteer
from baokan.annotators.language.place_words import Boundaries, after_surname

Row = Dict[str, str]
#: The river heads a clipped form may open as a river's own name (龙江|河), and the water works named
#: after a river (龙江|水利枢纽, 龙江|水电站): the river there, not the province.
_RIVER_HEADS = ("河", "水利枢纽", "航电枢纽", "枢纽", "水电站", "电站", "水库", "大坝")
#: jieba's tags (first letter) of surname characters that are more often words of their own
#: (回 v, 从 p, 和 c, 全 a, 新 a): before a clipped form they are no surname.
_NOT_A_NAME_TAGS = frozenset("pcvadmru")


class Clipped(NamedTuple):
    """A clipped form's province row and the characters its full short form has around it."""

    row: Row
    before: str  # 黑 of 黑龙江
    after: str  # 古 of 内蒙古


#: The clipped forms read so far (:func:`clipped_forms` fills it): a candidate's surface can be a
#: clipped form only once the lexicon has read one (:func:`clipped_rows`), so the places judge asks
#: this dict, not a function, for each province short form (浙江, 北京) it sees.
CLIPPED: Dict[str, Clipped] = {}


@lru_cache(maxsize=1)
def clipped_forms() -> Dict[str, Clipped]:
    """Each clipped form (龙江) with its province's row and the rest of the province's short form."""
    gaz = gazetteer()
    out = CLIPPED
    for r in lexicon.read_table("province_clipped").rows:
        row = gaz.by_code.get(r["code"])
        if row is None:
            continue
        short = next((s for s in row["short"].split(",") if r["clipped"] in s), row["name"])
        at = short.find(r["clipped"])
        out[r["clipped"]] = Clipped(row, short[:at], short[at + len(r["clipped"]) :])
    return out


def clipped_rows(entries: Sequence[Tuple[str, int]]) -> Tuple[Row, ...]:
    """The province rows of a lexicon hit's ``province_clipped`` entries (none for most hits)."""
    rows = lexicon.read_table("province_clipped").rows
    forms = clipped_forms()
    return tuple(forms[rows[i]["clipped"]].row for t, i in entries if t == "province_clipped")


@lru_cache(maxsize=8)
def _river_words(last: str) -> Tuple[str, ...]:
    """Words after a river's name that only rivers take (``landform_cues.tsv``, side ``after``,
    with ``last``, the name's last character, among their heads): 流域, 河段, 沿岸; and 河."""
    rows = lexicon.read_table("landform_cues").rows
    words = [r["word"] for r in rows if r["side"] == "after" and last in r["heads"].split()]
    return tuple(words) + _RIVER_HEADS


def clipped_sense(
    surface: str,
    start: int,
    end: int,
    bounds: Boundaries,
    rows: Sequence[Row],
    found: Tuple[Row, bool, int],
    context: Context,
    nearby: FrozenSet[str],
    gaz: Gazetteer,
) -> Optional[Tuple[Row, bool, int]]:
    """What a short-form candidate that the resolver read as a province (``found``: the resolver's
    row, whether it is the only fit, and its context score) means, where its surface is a clipped
    form (:func:`clipped_forms`): ``None`` when it is no place of its own here (黑|龙江, 龙江|流域),
    a county or township of that name that the page speaks of (龙江县 ... 龙江), else the province,
    as the only fit. Any other surface keeps the resolver's choice."""
    form = clipped_forms().get(surface)
    best, _, ctx = found
    if form is None or best["code"] != form.row["code"]:
        return found  # (浙江, 北京: no clipped form; the resolver's choice stands)
    text = bounds.text
    if after_surname(bounds, start) and words.word_tag(text[start - 1])[:1] not in _NOT_A_NAME_TAGS:
        return None  # 书记刘|龙江: a given name (a surname that is no preposition or verb: not 回|内蒙)
    if form.before and text.endswith(form.before, 0, start) or form.after and text.startswith(form.after, end):
        return None
    if text.startswith(_river_words(surface[-1]), end):
        return None
    for r in rows:
        if r is best or r["code"] == best["code"]:
            continue
        if context.has(r["code"], surface) or nearby and not nearby.isdisjoint(gaz.ancestors(r["code"])):
            return r, True, 3
    return best, True, ctx


def urban_division(rows: Sequence[Row], urban: Sequence[Row]) -> Divisions:
    """The division a named neighbourhood of ``urban_areas.tsv`` also is, in the city the table gives
    it (三里屯 → 三里屯街道 of 北京市), as a one-row :class:`Divisions` (none when no row is in that
    city): the places annotator writes its name, level and code for the neighbourhood."""
    gaz = gazetteer()
    city = urban[0].get("city")
    for r in rows:
        found = gaz.city_of(r["code"])
        if found is not None and found in gaz.by_code and gaz.by_code[found]["name"] == city:
            return Divisions((r,))
    return Divisions()
