"""Three edges of county names in running text (issue 19, set 5; docs/labels.md *other papers 5*).

- A county's seat: the county's name and 城 (``白石县城``, "the county town") is a place as written. 城 that
  opens a word of its own (``白石县城乡居民``: 城乡; ``县城关镇``, ``县城管局``) stays outside. So is a city's
  short name and 城 (``北京城里``: the city proper; issue 19, session 14), before a localiser or no word.
- A county whose name opens with a conjunction (Anhui's 和县): after a noun, ``和`` joins that noun to
  a level body (``部分路段和县公安局``, "road sections and the county's police bureau"), so no county is
  named there. After a preposition, a verb, a place or punctuation (``来到和县``, ``马鞍山市和县``) it is.
- A central urban area (``中心城区``, ``老城区``) is no district named 城区: a road after it is named
  without it (``中心城区五一路`` → ``五一路``). Nor is a bare 城区 that opens a clause (``在城区五一路``:
  after a preposition, a verb or punctuation), where a district named 城区 would follow its city's name.
  Nor does a place start at the 区 that ends a statutory zone word (``经开区临江路`` → ``临江路``).

All three are judged from the characters around the candidate and jieba's dictionary; they hold on any
paper's pages.
"""

from __future__ import annotations

from typing import List

from baokan.annotators.language import words
from baokan.annotators.language.place_candidates import Candidate
from baokan.annotators.language.place_words import place_word
from baokan.annotators.language.place_zones import ZONE_WORDS

#: What a county's seat adds to the county's name (白石县 + 城).
_SEAT = "城"
#: Localisers after 城 that keep it the city's (北京城 + 里, not 城里 "in town" of any place).
_INSIDE = frozenset("里内外")
#: Conjunctions that open a county's name (和县).
_CONJUNCTIONS = frozenset("和与及")
#: Level characters that open a body's name after the conjunction (和 + 县公安局, 和 + 市场监管局).
_LEVELS = frozenset("县市区乡镇")
#: Characters of a generic word of levels after a conjunction (村镇, 乡村, 城乡: no place's name).
_GENERIC_LEVELS = frozenset("县市区乡镇村城")
#: The area word that is also the name of several districts (山西 阳泉 城区, 长治 城区 …).
_URBAN_AREA = "城区"
#: Statutory zone words ending in 区 (开发区, 经开区 …, docs/labels.md): a place read from that 区 on is cut there.
_ZONES = tuple(z for z in ZONE_WORDS if z.endswith("区"))
#: Words before 城区 that make it the central or old urban area of a town, no district.
_AREA_MODIFIERS = ("中心", "老", "主", "新", "核心")


def county_edges(text: str, kept: List[Candidate]) -> List[Candidate]:
    """``kept`` with county seats widened, conjunctions read as counties dropped and central urban areas
    cut off the roads after them."""
    out: List[Candidate] = []
    for c in kept:
        surface = text[c.start : c.end]
        if conjunction_opens(text, c.start):
            continue
        if surface.endswith("县") and _seat_after(text, c.end) or _city_proper(text, c, surface):
            c = c.moved(c.start, c.end + 1)
        elif (
            text.startswith(_PREFECTURE, c.end)
            and text[c.start - 1 : c.start] not in _LIST_MARKS
            and _old_prefecture(c, surface)
        ):
            c = c.moved(c.start, c.end + len(_PREFECTURE))  # 林芝 + 地区: the prefecture's old name
        elif text.startswith(_STREET_OFFICE, c.end) and _subdistrict(c, surface):
            c = c.moved(c.start, c.end + len(_STREET_OFFICE))  # 鸣犊 + 街办: the subdistrict
        elif surface.startswith(_URBAN_AREA) and c.end - c.start > 4 and _urban_area_before(text, c.start):
            c = c.moved(c.start + len(_URBAN_AREA), c.end)
        elif surface[0] == "区" and c.end - c.start > 2 and text.endswith(_ZONES, 0, c.start + 1):
            c = c.moved(c.start + 1, c.end)  # 经开 + 区临江路: the 区 ends the zone word before the road
        out.append(c)
    return out


#: jieba's flags of the word before a bare 城区 that make it "the town's urban area" (在 + 城区武阳西路):
#: a district named 城区 follows its city's name (阳泉市城区), never a preposition, a verb or an adverb.
_CLAUSE_FLAGS = ("p", "v", "d", "c")


def _urban_area_before(text: str, start: int) -> bool:
    """Whether 城区 at ``start``, before a road's name, is the urban area of the town the page is about:
    a modifier says so (中心城区, 老城区), or it opens the clause (after punctuation, a preposition, a verb)."""
    if text.endswith(_AREA_MODIFIERS, 0, start):
        return True
    if start == 0 or not "\u4e00" <= text[start - 1] <= "\u9fff":
        return True
    before = words.tag(text[max(0, start - 4) : start])
    return bool(before) and before[-1][1].startswith(_CLAUSE_FLAGS)


#: The short name of a subdistrict's office (街道办事处) that north-western papers write after its short form.
_STREET_OFFICE = "街办"


#: What a prefecture-level city was called before it became a city (林芝地区, 商洛地区); after the last
#: item of a list it is every item's (定西、陇南|地区), so the short forms stay places of their own.
_PREFECTURE = "地区"
_LIST_MARKS = ("、", "和", "与", "及")


def _old_prefecture(c: Candidate, surface: str) -> bool:
    """Whether a prefecture-level city's short form and 地区 are the prefecture's old name as jieba's
    dictionary holds it (林芝地区, 昌都地区); not a province's area (北京地区) or a city jieba has no
    such word for (长春|地区: the area around the city)."""
    rows = [c.row] if c.row is not None else list(c.rows)
    return bool(rows) and all(r.get("level") == "city" for r in rows) and place_word(surface + _PREFECTURE)


def _subdistrict(c: Candidate, surface: str) -> bool:
    """Whether a short form is a subdistrict's (街道) of the division table: 鸣犊 of 鸣犊街道."""
    rows = [c.row] if c.row is not None else list(c.rows)
    return any(r.get("level") == "township" and r.get("name") == surface + "街道" for r in rows)


def _seat_after(text: str, end: int) -> bool:
    """Whether 城 at ``end`` is the county's seat: no dictionary word of two characters opens with it."""
    return text[end : end + 1] == _SEAT and not words.is_word(text[end : end + 2])


def _city_proper(text: str, c: Candidate, surface: str) -> bool:
    """Whether 城 after a city's or a municipality's short name of two characters makes the city proper
    (``北京城里``, ``西安城内``: "the city of"): no dictionary word opens with 城 there (城市, 城乡, 城墙), or
    only one of place (城里, 城内, 城外)."""
    if text[c.end : c.end + 1] != _SEAT or len(surface) != 2:
        return False
    rows = [c.row] if c.row is not None else list(c.rows)
    if not rows or any(
        r.get("level") not in ("city", "province") or not r.get("name", "").endswith("市") for r in rows
    ):
        return False
    return not words.is_word(text[c.end : c.end + 2]) or text[c.end + 1 : c.end + 2] in _INSIDE


def conjunction_opens(text: str, start: int) -> bool:
    """Whether a place read from ``start`` opens with a conjunction that joins the noun before it to a
    level body after it (路段 + 和 + 县公安局): the police grammar asks it of a unit's place too."""
    if start == 0 or text[start] not in _CONJUNCTIONS:
        return False
    pair = text[start + 1 : start + 3]
    if text[start + 1 : start + 2] not in _LEVELS and not (
        len(pair) == 2 and all(ch in _GENERIC_LEVELS for ch in pair) and words.is_word(pair)
    ):  # 社区 + 和 + 村镇: the generic word of villages and towns (村镇, 乡村) after the conjunction
        return False
    before = words.tag(text[max(0, start - 4) : start])
    return bool(before) and before[-1][1] in ("n", "vn", "nz")
