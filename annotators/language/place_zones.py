"""Development zones and rivers or mountains named after a place: the part of the place grammar
(:mod:`place_grammar`) that reads a statutory zone suffix (经开区, 高新区, 自贸试验区) or a
landform character after a known place or a name jieba knows as a place.
"""

from __future__ import annotations

from typing import Dict, List, Optional, Sequence, Tuple

from baokan.annotators.core import lexicon, recache
from baokan.annotators.language import words
from baokan.annotators.language.chars import HAN_CHAR
from baokan.annotators.language.occurrences import spans_of
from baokan.annotators.language.place_grammar import GrammarName, Known, _name_proper, _name_shape
from baokan.annotators.language.place_words import DIVISION_SUFFIXES, Boundaries, place_word, proper_tag

#: A free-trade zone and a named area of one (福建自贸试验区, 厦门片区): only right after the place
#: they are named by.
_ZONE_AREA = ("自由贸易试验区", "自贸试验区", "自由贸易港", "自贸港", "片区")
_ZONE_AREA_AT = recache.compile("|".join(_ZONE_AREA))


#: Zone words with a statutory suffix. Those that name the kind of zone as well (经开区,
#: 经济技术开发区) are a place of their own after the city that has them (郑州|经开区); a bare
#: suffix joins the name before it (涪陵高新区, 漕河泾开发区).
_ZONE_NAMED = ("高新技术产业开发区", "经济技术开发区", "高新技术开发区", "经济开发区", "综合保税区", "经开区")
_ZONE_BARE = ("开发区", "高新区", "自贸区", "保税区", "新区", "工业园区")
#: Every zone word, named and bare (place_seats cuts a place that opens at the 区 ending one).
ZONE_WORDS = _ZONE_NAMED + _ZONE_BARE
#: Bare zone words that name a zone only right after the city or county that has it (苏州|工业园区),
#: not after any name (某某工业园区 is a company's or a town's estate).
_ZONE_AFTER_DIVISION = ("工业园区",)
_ZONE = recache.compile("|".join(_ZONE_NAMED + _ZONE_BARE))
#: A river named after a place: 浏阳河 (浏阳 a city's short form); mountains. Found with str.find
#: (occurrences.spans_of): a page has a handful, and a character class is tested at every character.
_RIVER_AFTER_PLACE = "河溪"
_MOUNTAIN = "山峰岭"
#: Prepositions and verbs that may stand right before the city of a zone (从|苏州|工业园区).
_OPENERS = ("从", "在", "到", "赴", "于", "和", "与", "及", "、", "来到", "落户", "入驻", "位于")
#: What every zone word ends with, and what every zone area word holds: an article with none has none.
_ZONE_GATE = "区"
_ZONE_AREA_GATE = ("自由贸易", "自贸", "片区")


def _division_before(text: str, end: int) -> Optional[int]:
    """Where a city's or county's name (full or short) that ends at ``end`` starts, the longest, when
    no Han character runs on before it (苏州|工业园区, not 古苏州)."""
    table = lexicon.read_table("divisions")
    for size in (4, 3, 2):
        start = end - size
        if start < 0 or start > 0 and HAN_CHAR.match(text, start - 1) and not text.endswith(_OPENERS, 0, start):
            continue
        name = text[start:end]
        for t, i in lexicon.lexicon().lookup(name):
            if t == "divisions" and table.rows[i]["level"] in ("city", "county"):
                return start
    return None


def _dictionary_zone(bounds: Boundaries, s0: int, s1: int) -> Optional[int]:
    """Where a zone's full name starts that jieba's dictionary holds as one organisation's or place's
    name ending with the bare zone word at ``s0:s1`` and opening with a city or a province (武汉东湖新技术开发区,
    苏州工业园区: the zone's own name between them); None where there is none."""
    text = bounds.text
    ws = next((ws for ws, we in bounds.words_over(s0, s1) if we == s1 and s0 - ws >= 2), None)
    if ws is None or words.word_tag(text[ws:s1]) not in ("nt", "ns"):
        return None
    table = lexicon.read_table("divisions")
    for size in (3, 2):
        for t, i in lexicon.lexicon().lookup(text[ws : ws + size]):
            if t == "divisions" and table.rows[i]["level"] in ("province", "city", "county"):
                return ws
    return None


def _country_and_bracketed_place(text: str, end: int, ends: Dict[int, int]) -> Optional[int]:
    """Where a zone's statutory name opens when the country and its province in brackets stand right
    before the zone word at ``end`` (中国（新疆）自由贸易试验区), both known places; None otherwise."""
    if text[end - 1 : end] not in "）)" or end < 2:
        return None
    inner = ends.get(end - 1)
    if inner is None or inner < 1 or text[inner - 1] not in "（(":
        return None
    country = ends.get(inner - 1)
    return country if country is not None and text[country : inner - 1] == "中国" else None


def find_zones(bounds: Boundaries, places: Sequence[Tuple[int, int]]) -> List[GrammarName]:
    """Development zones (郑州|经开区, 涪陵高新区, 漕河泾开发区, 正阳县|先进制造业开发区) and rivers
    named after a place (浏阳河).

    Args:
        bounds (Boundaries): The text and its word boundaries.
        places (Sequence[Tuple[int, int]]): Spans of places already known.
    """
    text = bounds.text
    known = Known.of(places)
    ends = {e: s for s, e in known.spans}
    out: List[GrammarName] = []

    def crossed(s0: int, s1: int) -> bool:  # 创新区域: the suffix inside other words (not 武汉经济技术开发区, a name)
        return any(ws < s0 < we and we != s1 or ws < s1 < we for ws, we in bounds.words_over(s0, s1))

    zones = [*_ZONE.finditer(text)] if _ZONE_GATE in text else []
    if any(w in text for w in _ZONE_AREA_GATE):
        zones += _ZONE_AREA_AT.finditer(text)
    for m in zones:
        s0, s1 = m.start(), m.end()
        whole = _dictionary_zone(bounds, s0, s1) if m.group() in _ZONE_BARE else None  # (郑州|经开区 stays two)
        if whole is not None and not known.overlaps(whole, s1, inside_ok=True):
            out.append(GrammarName(whole, s1, kind="zone"))  # 武汉东湖新技术开发区: jieba's name of the zone
            continue
        if crossed(s0, s1) or known.overlaps(s0, s1):
            continue
        before = ends.get(s0)
        if m.group() in _ZONE_NAMED:
            if before is not None:
                out.append(GrammarName(s0, s1, kind="zone", anchor=before))
            continue
        if before is None:  # 苏州|工业园区: one word for jieba, which hides the city
            before = _division_before(text, s0)
        if before is not None:  # 涪陵 + 高新区
            out.append(GrammarName(before, s1, kind="zone", anchor=ends.get(before)))
            continue
        if m.group() in _ZONE_AFTER_DIVISION:
            continue
        if m.group() in _ZONE_AREA:
            named = _country_and_bracketed_place(text, s0, ends)  # 中国（新疆）|自由贸易试验区: its statutory name
            if named is not None:
                out.append(GrammarName(named, s1, kind="zone"))
            continue  # 老城片区, 探索自由贸易试验区: an area of a plan or a kind of zone, not a named place
        for start in range(max(0, s0 - 6), s0 - 1):
            anchor = ends.get(start)
            if known.overlaps(start, s0) or not _name_shape(bounds, start, s0, anchored=anchor is not None):
                continue
            if anchor is None and not (_name_proper(bounds, start, s0) and not bounds.all_everyday(start, s0)):
                continue  # 城市新区: a description, unless it follows the place that has it
            if any(
                proper_tag(text[ws:we]).startswith("nt")
                for ws, we in bounds.words_over(start, s0)
                if ws >= start and we == s0
            ):
                break  # 某某大学|自贸区(研究院): an organisation's name, not a zone's
            out.append(GrammarName(start, s1, kind="zone", anchor=anchor))
            break
    for s0, s1 in spans_of(text, _RIVER_AFTER_PLACE):
        if not bounds.starts_word(s1):
            continue  # 河道, 河畔 are words of their own
        before = ends.get(s0)
        if before is not None and s0 - before >= 2 and text[s0 - 1] not in DIVISION_SUFFIXES and not crossed(s0, s1):
            out.append(GrammarName(before, s1, kind="river", anchor=ends.get(before)))
            continue
        # a river jieba's dictionary knows as a place name (浏阳河), when no table has it
        word = next(((ws, we) for ws, we in bounds.words_over(s0, s1) if we == s1 and s1 - ws >= 3), None)
        if word is not None and place_word(text[word[0] : s1]) and not known.overlaps(*word, inside_ok=True):
            out.append(GrammarName(word[0], s1, kind="river"))
    for s0, s1 in spans_of(text, _MOUNTAIN):  # 敬亭山, 高黎贡山: mountains jieba knows as place names
        word = next(((ws, we) for ws, we in bounds.words_over(s0, s1) if we == s1 and s1 - ws >= 3), None)
        if (
            word is not None
            and bounds.starts_word(word[0])
            and bounds.starts_word(s1)
            and place_word(text[word[0] : s1])
            and not known.overlaps(*word, inside_ok=True)
        ):
            out.append(GrammarName(word[0], s1, kind="mountain"))
    return out
