"""Names no table holds that a list of places vouches for (pages of county, city and regional papers).

A list joins items with ``、`` (and a last 和, 及 or 与). Where some of its items are places the page
accepted, the others of the same shape are places too, though no table or suffix says so:

- a list closed by a word for places (甲、乙、丙等地, 甲、乙等乡镇, 甲、乙两镇, 甲、乙等街巷, 甲、乙三市): every
  item that is a name (no everyday word, no count) is a place once one item of the list is a known place,
  or the page names the item with its level word elsewhere (青石 for the page's 青石镇); with nothing
  known, where every item ends in a generic of village names (五里铺、杨家湾等地) or the closing word is a
  level and every item is a name (甲、乙、丙等村);
- a list with no closing word (在甲、乙和丙开展巡查, 甲、乙、丙……): only where at least two items, and half
  of them, are known places, and the item has the shape of the known ones (bare, or ending in the same
  level character); a last item that runs on into its clause is cut after that level character
  (城南镇、石坝乡、牛角湾乡|作了发言);
- a county-level division written without its level character (正蓝、镶黄等旗县, 芙蓉、开福等区): an item
  that is the only division's full name less its 旗, 县, 区 or 市 is that division, in any list of places,
  also where a shorter name overlaps it (巴林|左 over the country 巴林).

Items that a known place covers are left to the tables. The first item's start is where the list opens:
after a preposition or verb of place (在, 赴, 来到, 深入), a function word, a clause stop, or a known
place that ends right before it. A list closed by a word for organisations (阿里、腾讯、字节等公司) holds no
place, whatever the tables say: its items are returned to be refused.
"""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache
from typing import Dict, FrozenSet, List, Optional, Sequence, Set, Tuple

from baokan.annotators.core import lexicon, recache
from baokan.annotators.language.chars import is_han
from baokan.annotators.language.occurrences import find_all
from baokan.annotators.language.place_candidates import Candidate
from baokan.annotators.language.place_old_names import old_names
from baokan.annotators.language.place_villages import village_heads
from baokan.annotators.language.place_words import CJK, STOP, Boundaries, everyday

#: What closes a list of places: 等 (with a count) or a count, then a word for places; the level
#: the word gives its items (None: any level).
_CLOSE = recache.compile(
    r"(?:等(?:[0-9一二三四五六七八九十两多几]+个)?|[两三四五六七八九十]个?)"
    r"(乡镇街道|乡镇|镇街|街道|苏木|嘎查|旗县市区|旗县区|旗县|县市区|县区|县市|区县|社区|村|乡|镇|县|旗|市|区|省|州|盟|"
    r"地区|地|城市|省份|省区|省市|国家|街巷|道路|路段|河流|河道|湖泊)"
)
_CLOSE_LEVEL = {
    "乡镇街道": "township", "乡镇": "township", "镇街": "township", "街道": "township", "苏木": "township",
    "乡": "township", "镇": "township", "嘎查": "village", "社区": "village", "村": "village",
    "旗县市区": "county", "旗县区": "county", "旗县": "county", "县市区": "county", "县区": "county",
    "县市": "county", "区县": "county", "县": "county", "旗": "county", "区": "county",
}  # fmt: skip
#: What closes a list of organisations, whose items are no places (阿里、腾讯等公司, 茅台、汾酒等企业).
_ORGANISATIONS = recache.compile(
    r"等(?:[0-9一二三四五六七八九十两多几]+[家个所])?"
    r"(?:头部|龙头|知名|重点|大型|民营|互联网|科技|平台|电商)?"
    r"(?:企业|公司|集团|高校|大学|院校|平台|机构|银行|医院|品牌|厂商|车企|酒企|药企|房企|媒体)"
)
#: Where a list's first item may open: after one of these words (the longest that ends there).
_OPENERS = (
    "在", "赴", "到", "至", "从", "往", "经", "来到", "前往", "深入", "走进", "走访", "途经", "辗转", "奔赴",
    "包括", "涵盖", "覆盖", "遍及", "分布在", "分布于", "位于", "来自", "流窜", "流窜至", "远销", "销往",
)  # fmt: skip
#: The last characters of :data:`_OPENERS`: only before one of them can an opener end.
_OPENER_ENDS = frozenset(w[-1] for w in _OPENERS)
#: Level words that may close a known place before a list's first item (林芝|地区|林芝、波密).
_LEVEL_AFTER_PLACE = ("地区", "自治州", "市", "县", "区", "盟", "旗")
#: Joiners before the last item.
_LAST_JOIN = "和及与"
#: Clause stops that end the last item of a list with no closing word.
_CLAUSE_END = frozenset("，。；：！？,;:)）…")
#: Level characters that end a division's, village's or street's full name (an item's shape).
_LEVEL_CHARS = frozenset("省市县区旗盟乡镇村路街巷")
#: Shapes of street names: an item of one over a shorter place is the street (仁和|路).
_STREET_CHARS = frozenset("路街巷")
#: Items no longer than this (苏尼特左 is four; 黄河三角洲 five).
_LONGEST = 5
#: Characters no listed name holds: function words and digits (五里铺 holds a numeral; 三个 a 个); but
#: 和, 那, 之, 于 and 本 open or end many names (仁和路, 那曲, 于家堡).
_NOT_IN_NAME = (STOP - frozenset("和那之于本")) | frozenset("0123456789")
_ITEM = recache.compile(f"[{CJK}]{{2,{_LONGEST}}}")
#: The stretch the last item and its closing word are read from (乙和丙等地, 丙镇和丁乡两镇).
_RUN = recache.compile(f"[{CJK}]{{2,{2 * _LONGEST + 3}}}")
#: Level characters after which the page's places name an item (青石 for the page's 青石镇).
_NAMED_LEVELS = "镇乡村"
#: Level characters an item may lack of a county-level division's only full name (正蓝 + 旗 → 正蓝旗,
#: 开福 + 区 → 开福区).
_COMPLETING = ("旗", "县", "区", "市")


def _division_row(name: str) -> Optional[Dict[str, str]]:
    """The one county-level division whose full name is ``name`` (正蓝旗), else None."""
    if name not in _county_names():  # most items with a level character added name no county at all
        return None
    return _county_row(name)


def _page_names(surface: str, page_names: FrozenSet[str]) -> bool:
    """Whether the page names ``surface`` with a level character of :data:`_NAMED_LEVELS` after it."""
    for ch in _NAMED_LEVELS:  # a loop, not any() over a generator: compiled, it makes no objects
        if surface + ch in page_names:
            return True
    return False


def _completed_row(surface: str) -> Optional[Dict[str, str]]:
    """The county-level division named by ``surface`` and the first of :data:`_COMPLETING` that names one."""
    names = _county_names()
    for x in _COMPLETING:
        name = surface + x
        if name in names:
            row = _county_row(name)
            if row is not None:
                return row
    return None


@lru_cache(maxsize=1)
def _county_names() -> FrozenSet[str]:
    """The full names of the county-level divisions in ``divisions.tsv`` (正蓝旗, 开福区)."""
    rows = lexicon.read_table("divisions").rows
    name = rows.columns.index("name")
    return frozenset(rows.value(i, name) for i in rows.where("level", "county"))  # (no column split)


@lru_cache(maxsize=4096)  # an item is tried with four level characters, and lists recur on a page
def _county_row(name: str) -> Optional[Dict[str, str]]:
    """:func:`_division_row` of a county's full name, from the lexicon's entries for it."""
    table = lexicon.read_table("divisions")
    rows = [
        table.rows[i]
        for t, i in lexicon.lexicon().lookup(name)
        if t == "divisions" and table.rows[i]["name"] == name and table.rows[i]["level"] == "county"
    ]
    return rows[0] if len(rows) == 1 else None


def _first_start(text: str, end: int, floor: int, known_ends: Set[int]) -> Optional[int]:
    """Where the list's first item, which ends at ``end``, opens: the latest start 2 to 5 characters
    back that follows an opener, a clause stop or a known place (floor: no earlier than this)."""
    floor = floor if floor > 0 else 0
    for start in range(end - 2, (floor if floor > end - _LONGEST else end - _LONGEST) - 1, -1):
        if start <= floor or not is_han(text[start - 1]):
            return start
        if start in known_ends:  # 林芝|地区|林芝、: a level word after the known place is still its own
            level = next((w for w in _LEVEL_AFTER_PLACE if text.startswith(w, start)), "")
            return start + len(level) if end - start - len(level) >= 2 else None
        ch = text[start - 1]
        if ch in STOP or ch in _OPENER_ENDS and text.endswith(_OPENERS, 0, start):  # 周边的|甲, 在|甲
            return start
    return None


def _items(text: str, first: int, floor: int, known_ends: Set[int]) -> Tuple[List[Tuple[int, int]], int]:
    """The items of the list whose first ``、`` is at ``first``, and where the list ends."""
    start = _first_start(text, first, floor, known_ends)
    items: List[Tuple[int, int]] = [] if start is None else [(start, first)]
    pos = first + 1
    while True:
        m = _ITEM.match(text, pos)
        if m is None:
            return items, pos
        end = m.end()
        mark = text.find("、", pos, end + 1)
        if mark >= pos + 2:
            items.append((pos, mark))
            pos = mark + 1
            continue
        # the last item: it may hold a last joiner (乙和丙) or run into the closing word (丙等地)
        run = _RUN.match(text, pos)
        close = _CLOSE.search(text, pos + 1, run.end() + 1) if run is not None else None
        firms = _ORGANISATIONS.search(text, pos + 1, run.end() + 1) if run is not None else None
        if firms is not None and (close is None or firms.start() < close.start()):
            close = firms  # 字节|等公司
        stop = close.start() if close is not None else run.end() if run is not None else end
        last = text[pos:stop]
        for j in _LAST_JOIN:
            at = last.find(j)
            if at >= 2 and len(last) - at - 1 >= 2:
                items.append((pos, pos + at))
                items.append((pos + at + 1, stop))
                return items, stop
        items.append((pos, stop))
        return items, stop


def find_list_kin(
    bounds: Boundaries,
    kept: Sequence[Tuple[int, int]],
    page_names: FrozenSet[str],
    towns: Sequence[Tuple[int, int]] = (),
) -> Tuple[List[Candidate], Set[Tuple[int, int]]]:
    """Items of lists of places that no table vouches for (see the module's docstring), and the items
    of lists of organisations (阿里、腾讯、字节等公司), which are no places whatever the tables say.

    Args:
        bounds (Boundaries): The article's text and its word boundaries.
        kept (Sequence[Tuple[int, int]]): Spans of the places accepted in the article.
        page_names (FrozenSet[str]): Surfaces of the places accepted anywhere on the page.
        towns (Sequence[Tuple[int, int]]): Spans of the accepted places that are townships of the
            division table: one that covers only a list item's tail may be an old name's
            (小|黄庄乡, :mod:`place_old_names`).
    """
    text = bounds.text
    marks = find_all(text, "、")
    refused: Set[Tuple[int, int]] = set()
    if not marks:
        return [], refused
    known_ends = {e for _, e in kept}
    spans = sorted(kept)
    starts = [s for s, _ in spans]
    out: List[Candidate] = []
    done = -1
    for first in marks:
        if first < done:
            continue
        items, done = _items(text, first, done, known_ends)
        if len(items) < 2:
            continue
        if _ORGANISATIONS.match(text, done):
            refused.update(items)  # 阿里、腾讯、字节等公司: firms named like places
            continue
        close = _CLOSE.match(text, done)
        if close is not None and not bounds.starts_word(close.end()):
            close = None  # 甲、乙等|村干部, 等|地方: the level word opens a longer word
        level = _CLOSE_LEVEL.get(close.group(1)) if close is not None else None
        if close is None and (text[done : done + 1] not in _CLAUSE_END or not _name_sized(text, *items[-1])):
            cut = _cut_last(text, items, spans, starts)  # 丙湾乡|作了发言
            if cut is None and text[done : done + 1] not in _CLAUSE_END:
                continue  # 甲、乙两个品牌 or a run that goes on: no list of places
            items = cut or items
        covered = [_covered(spans, starts, s, e) for s, e in items]
        known = [items[k] for k, c in enumerate(covered) if c == "whole"]
        out.extend(_vouched(text, items, covered, known, close is not None, level, page_names))
        out.extend(old_names(text, items, covered, towns, level))  # 小|黄庄乡: a township's old name
    return out, refused


def _name_sized(text: str, start: int, end: int) -> bool:
    """Whether an item is short enough for a name and holds no function word or digit."""
    return end - start <= _LONGEST and _NOT_IN_NAME.isdisjoint(text[start:end])


def _cut_last(
    text: str, items: List[Tuple[int, int]], spans: Sequence[Tuple[int, int]], starts: Sequence[int]
) -> Optional[List[Tuple[int, int]]]:
    """A list with no closing word whose last item runs on into the clause (甲镇、乙乡、丙湾乡|作了发言):
    the items with the last one cut after the first level character the known items end in (镇, 乡),
    when two of them are known; else None."""
    shapes = {text[e - 1] for s, e in items[:-1] if _covered(spans, starts, s, e) == "whole"}
    known = sum(1 for s, e in items[:-1] if _covered(spans, starts, s, e) == "whole")
    if known < 2 or not shapes <= _LEVEL_CHARS:
        return None
    s, e = items[-1]
    at = next((k for k in range(s + 2, min(e, s + _LONGEST + 1)) if text[k] in shapes), None)
    return None if at is None else items[:-1] + [(s, at + 1)]


def _covered(spans: Sequence[Tuple[int, int]], starts: Sequence[int], start: int, end: int) -> str:
    """ "whole" when known places cover the item, "part" when one overlaps it, else "" (``spans``: the
    known places, which do not overlap, sorted; ``starts``: where they start)."""
    k = bisect_left(starts, end) - 1
    over: List[Tuple[int, int]] = []
    while k >= 0 and spans[k][1] > start:  # (non-overlapping: the ones before end in turn)
        over.append(spans[k])
        k -= 1
    if not over:
        return ""
    pos = start
    for s, e in reversed(over):
        if s > pos:
            return "part"
        pos = max(pos, e)
    return "whole" if pos >= end else "part"


def _name_like(surface: str) -> bool:
    """No function word, digit or everyday word: what a listed name may be (not 多万个, 企业)."""
    return _NOT_IN_NAME.isdisjoint(surface) and not everyday(surface)


def _village_shaped(surface: str) -> bool:
    """Three characters or more ending in a generic of village names (杨家湾, 五里铺), no everyday word."""
    return len(surface) >= 3 and surface.endswith(village_heads()) and not everyday(surface)


def _shape(surface: str) -> str:
    """An item's shape: its level character, or "" for a bare name."""
    return surface[-1] if surface[-1] in _LEVEL_CHARS else ""


def _vouched(
    text: str,
    items: List[Tuple[int, int]],
    covered: List[str],
    known: List[Tuple[int, int]],
    closed: bool,
    level: Optional[str],
    page_names: FrozenSet[str],
) -> List[Candidate]:
    """The candidates for the items of one list that no known place covers."""
    shapes = {_shape(text[s:e]) for s, e in known}
    # first the items the page or the division table names: 青石 for the page's 青石镇, 正蓝 for 正蓝旗
    named: Dict[int, Optional[Dict[str, str]]] = {}
    for k, ((s, e), cov) in enumerate(zip(items, covered)):
        surface = text[s:e]
        if cov == "whole" or not _NOT_IN_NAME.isdisjoint(surface):
            continue
        if cov:  # 巴林|左: a banner less its 旗 that a shorter name (巴林, a country) overlaps
            row = _division_row(surface + _COMPLETING[0])
            if row is not None:
                named[k] = row
            elif _shape(surface) in _STREET_CHARS and _shape(surface) in shapes:
                named[k] = None  # 仁和|路 among 东坡路、…: a street of the list's shape over a shorter name
            continue
        if _page_names(surface, page_names):
            named[k] = None
        else:
            row = _completed_row(surface)
            if row is not None and (level == "county" or not everyday(surface)):
                named[k] = row  # 正蓝 (正蓝旗); an everyday word only before a county's level (芙蓉、开福等区)
    vouching = len(known) + len(named)
    shapes |= {_shape(text[items[k][0] : items[k][1]]) for k in named}
    # with nothing known, a list closed by a word for places still names villages where every item
    # ends in a generic of village names (五里铺、杨家湾、王家坝等地), as a name after 来到 does
    villages = (
        closed and not vouching and all(not c and _village_shaped(text[s:e]) for (s, e), c in zip(items, covered))
    )
    # nothing known and a level word after them (甲、乙、丙等村): only where every item is a name
    by_level = closed and level is not None and (vouching or all(_name_like(text[s:e]) for s, e in items))
    out: List[Candidate] = []
    for k, ((s, e), cov) in enumerate(zip(items, covered)):
        surface = text[s:e]
        if k in named:
            row = named[k]
            if closed or vouching >= 2:
                if row is None:
                    out.append(Candidate(s, e, "grammar.list", level=level, kind="listed"))
                else:
                    out.append(
                        Candidate(
                            s, e, "grammar.list", rows=[row], kind="listed", row=row, resolved=True, accepted=True
                        )
                    )
            continue
        if cov or not _NOT_IN_NAME.isdisjoint(surface):
            continue
        if everyday(surface) and not (level is not None and vouching):
            continue  # 石门 in 岔口、石门、黄土梁等乡镇: the level word and a known item speak for a word
        if closed and (vouching or villages or by_level):  # 甲、乙等村: the level word vouches
            out.append(Candidate(s, e, "grammar.list", level=level, kind="listed"))
        elif not closed and vouching >= 2 and vouching * 2 >= len(items) and _shape(surface) in shapes:
            out.append(Candidate(s, e, "grammar.list", level=level, kind="listed"))
    return out
