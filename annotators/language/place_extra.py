"""The place grammar's second looks, in one call for ``places``: the extra readers for pages of
other papers (listed and counted villages, counted rivers and 那-villages, :mod:`place_list_items`;
streets at their edges, :mod:`place_street_edges`; streams after their village, :mod:`place_waters`),
the streets beside a word of where and the listed rivers of :mod:`place_refine`, its refinements,
and the phrases that name no place (:mod:`place_phrases`)."""

from __future__ import annotations

from typing import List, Sequence, Tuple

from baokan.annotators.language.place_area_edges import area_edge
from baokan.annotators.language.place_grammar import GrammarName
from baokan.annotators.language.place_list_items import find_listed
from baokan.annotators.language.place_nature import find_nature
from baokan.annotators.language.place_phrases import no_place_phrase
from baokan.annotators.language.place_refine import find_beside, find_river_lists, refine
from baokan.annotators.language.place_street_edges import find_street_edges
from baokan.annotators.language.place_waters import waters_after_places
from baokan.annotators.language.place_words import Boundaries


def extra_names(
    bounds: Boundaries, found: Sequence[GrammarName], places: Sequence[Tuple[int, int]]
) -> List[GrammarName]:
    """Names the extra readers add to what the grammar ``found`` beside the known ``places``."""
    areas = sorted(set(places) | {(g.start, g.end) for g in found if g.kind is None})
    return (
        find_listed(bounds, found, places)
        + find_street_edges(bounds, found, places)
        + waters_after_places(bounds, areas)
    )


def second_looks(
    bounds: Boundaries, found: Sequence[GrammarName], places: Sequence[Tuple[int, int]]
) -> List[GrammarName]:
    """What the grammar ``found``, with the extra names, the streets beside a word of where and the
    listed rivers, refined, less the phrases that name no place."""
    more = extra_names(bounds, found, places) + find_beside(bounds, places) + find_river_lists(bounds)
    more += find_nature(bounds, places)  # 北盘江|段, 主峰|雪宝顶, 某某瀑布, 某某传统村落
    edged = (area_edge(bounds, g) for g in refine(bounds, list(found) + more))  # not 遗址|凤雏村, 折射出|乡镇
    kept = [g for g in edged if g is not None and not no_place_phrase(bounds, g)]
    return [_with_short_form(bounds.text, g) for g in kept]


#: What a division written in full ends in; a short form ends in none of them.
_LEVEL_ENDS = ("省", "市", "县", "区", "旗", "镇", "乡", "村", "街道")


def _with_short_form(text: str, g: GrammarName) -> GrammarName:
    """湛某|桥社区 → 湛某桥社区: a community whose one-character name follows a township's short form
    holds that short form; a full name before it stays a place of its own. (Villages keep theirs: a
    village's one-character name after a township's short form is as often a place of its own.)"""
    if g.kind is not None or g.anchor is None or g.level != "community":
        return g
    if g.end - 2 - g.start != 1 or text.endswith(_LEVEL_ENDS, g.anchor, g.start):
        return g
    return GrammarName(g.anchor, g.end, level=g.level)
