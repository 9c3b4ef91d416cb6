"""Second looks at what the place grammar read, for pages of county, city and police papers.

- A village whose name ends in a kind of village (民宿村, 示范村) or in a verb of going to villages
  (新选派|驻村第一书记) names no village (``village_words.tsv``).
- 一路 before a verb of going is "all the way", not a street's number (沿着河一路向东).
- A one-character preposition inside a street's name makes it a phrase (村居沿|大道).
- A classifier after a count opens no name (每|条主要街道).
- A street's name opens with no verb or adverb (绕行|太榆路, 请走|宗泽路), and streets joined to
  another by a range (甲路至乙路, 甲路—乙路) or, beside a street already read, by a list are streets.
- A street's name does not open with the community or village before it (东城社区|杜家巷).
- A street before a word of where (道山路旁, 康南路北侧), after a known place or a verb of place, is a
  street though jieba glues 路 to that word; a compass word and a verb of joining before a street say
  where it runs (西连|西河路).
- Two streets written one after the other make a crossing (沪闵路|莲花路口): the second is a
  street though its name is an everyday word, and so are grid streets (经一路, 纬三路).
- Rivers listed with 、 and closed by a count of rivers (甲河、乙河等11条河流) are each a river.
- A street, river or lake the grammar read once is that place wherever else the page writes it
  as a word of its own (行走牛栏江, 沿着莲花路).
"""

from __future__ import annotations

from functools import cache
from typing import Dict, FrozenSet, List, Optional, Sequence, Set, Tuple

from baokan.annotators.core import lexicon, recache
from baokan.annotators.language import words
from baokan.annotators.language.occurrences import find_all, matches_from, mentions, spans_of
from baokan.annotators.language.place_candidates import Candidate
from baokan.annotators.language.place_grammar import GrammarName, Known, counted
from baokan.annotators.language.place_words import CJK, CJK_CHAR, CJK_RUN, STOP, Boundaries, everyday, opens_phrase

#: What a street's name may not open with: the area it lies in (东城社区|杜家巷).
_AREA_OPENING = ("社区", "街道", "村", "镇", "乡")
#: What follows 一路 when it is "all the way", not a street's number (顺着某河一路向东, 一路走来).
_ALL_THE_WAY = (
    "向",
    "走",
    "来",
    "前行",
    "奔",
    "飞",
    "疾驰",
    "高歌",
    "攀升",
    "上涨",
    "下滑",
    "小跑",
    "领先",
    "同行",
    "相伴",
    "陪伴",
    "护送",
    "绿灯",
    "畅通",
    "顺风",
    "平安",
)
#: A compass word and a verb of joining before a street: where it runs, not its name (西连|西河路).
_RUNS_TO = recache.compile("[东南西北][连接至起抵邻临靠通到达]")
#: Where a street is, after it (道山路|旁, 康南路|北侧): jieba glues 路 to these, so the grammar misses the street.
_BESIDE = recache.compile("路(?=旁|边|口|段|[东南西北]侧|两侧|沿线|附近|一带)")
#: Verbs of place before a street's name (位于|康南路北侧).
_PLACE_VERBS = ("位于", "地处", "在", "沿", "沿着", "途经", "来到", "走到", "前往", "驶入", "驶经")
#: Rivers listed with 、 (甲河、乙河), and the count of rivers that closes the list (等11条河流).
_RIVER_ITEM = rf"(?:(?!等)[{CJK}]){{1,4}}[河江溪湖]"
_RIVER_LIST = recache.compile(rf"(?:{_RIVER_ITEM}、)+{_RIVER_ITEM}")
_RIVERS_CLOSE = recache.compile(r"等(?:[0-9一二三四五六七八九十多几]+条)?(?:主要)?(?:河流|河道|江河|水系|湖泊|支流)")
# the look-behinds below come after the first character, so that a search skips to it instead of
# trying the look-behind at every offset (same matches)
_RIVERS_CLOSE_AT = recache.compile(r"等(?<=[河江溪湖]等)" + _RIVERS_CLOSE.pattern.removeprefix("等"))
_LIST_WINDOW = 80  # characters before the closing words a list of rivers may take
#: A crossing: street, then a second street's name and 路口 (沪闵路莲花路口).
_CROSSING = recache.compile(rf"(?:路|街|大道)([{CJK}]{{2,3}})路口")
#: A street's suffix that, ending the name before 路口, makes the name a whole street (甲路乙路 + 路口).
_WHOLE_STREET = frozenset("路街")
#: Grid streets of planned towns (经一路, 纬三路, 经十二路).
_GRID = recache.compile(r"[经纬](?<![经纬].)[一二三四五六七八九十]{1,3}路")  # no 经 or 纬 before it


@cache
def _village_words() -> Dict[str, FrozenSet[str]]:
    rows = lexicon.read_table("village_words").rows
    out: Dict[str, Set[str]] = {}
    for r in rows:
        out.setdefault(r["kind"], set()).add(r["word"])
    return {k: frozenset(v) for k, v in out.items()}


#: A count before a classifier (每|条主要街道, 这|座古镇): the classifier opens no name.
_COUNT_BEFORE = frozenset("每这那哪各几一二三四五六七八九十两")
_CLASSIFIERS = frozenset("个条座所家位处片块")


def _counted_area(text: str, g: GrammarName) -> bool:
    """每|条主要街道: a classifier after a count or a demonstrative opens the phrase, not a name;
    甲、乙两|镇: a count of towns ends in 两 (a numbered village may end in 三: 红旗三村)."""
    if g.start > 0 and text[g.start - 1] in _COUNT_BEFORE and text[g.start] in _CLASSIFIERS:
        return True
    suffix = 2 if text.startswith(("社区", "街道"), g.end - 2) else 1
    return g.end - suffix - 1 > g.start and text[g.end - suffix - 1] in "两几"  # (龙多村 is a name)


def _no_village(text: str, g: GrammarName) -> bool:
    """民宿|村, 新选派驻|村: a kind of village or a verb of going to villages before 村 (not the
    two-character name of a village right after its township: 某乡 + 迎回村)."""
    if g.level != "village" or not text.startswith("村", g.end - 1):
        return False
    name = text[g.start : g.end - 1]
    kinds = _village_words()
    after_town = len(name) == 2 and g.anchor is not None and g.anchor < g.start
    return any(name.endswith(w) for w in kinds.get("category", ())) or (
        len(name) >= 2 and name[-1] in kinds.get("verb", ()) and not after_town
    )


def _preposition_inside(bounds: Boundaries, start: int, end: int) -> bool:
    """Whether a one-character preposition jieba reads as a word of its own lies in ``start:end``
    (村居沿|大道; not 沿江路, where 沿 is part of the word 沿江)."""
    text = bounds.text
    for pos in range(start + 1, end):
        if (words.word_tag(text[pos]) == "p" or text[pos] in "沿往朝") and not any(
            ws <= pos < we and we - ws >= 2 for ws, we in bounds.words_over(pos, pos + 1)
        ):
            return True
    return False


#: jieba tags of words that open no street's name: verbs, adverbs, prepositions, conjunctions.
_NOT_A_NAME_START = ("v", "d", "p", "c")


def _after_verbs(bounds: Boundaries, g: GrammarName) -> GrammarName:
    """The street without the verbs or adverbs glued before its name (绕行|太榆路, 请|走|宗泽路), as long
    as a name of two characters or more is left."""
    text = bounds.text
    suffix = _STREET_END.search(text, g.start + 1, g.end)
    name_end = suffix.start() if suffix is not None else g.end - 1
    start = g.start
    while name_end - start > 2:
        word = bounds.first_word(start, name_end)
        end = word[1] if word is not None else start + 1
        if name_end - end < 2 or not words.word_tag(text[start:end]).startswith(_NOT_A_NAME_START):
            break
        start = end
    return g if start == g.start else GrammarName(start, g.end, level=g.level, kind=g.kind)


def refine(bounds: Boundaries, found: Sequence[GrammarName]) -> List[GrammarName]:
    """The grammar's names less the villages that are kinds of village, with streets' names cut
    after the area they open with."""
    text = bounds.text
    out: List[GrammarName] = []
    for g in found:
        if _no_village(text, g) or g.kind is None and _counted_area(text, g):
            continue
        if g.kind == "road" and text.endswith("一路", 0, g.end) and text.startswith(_ALL_THE_WAY, g.end):
            continue  # 洛溪河|一路向东: the way, not 洛溪河一路
        if g.kind == "road" and _preposition_inside(bounds, g.start, g.end - 2):
            continue  # 村居沿|大道: a preposition of its own inside names no street
        if g.kind == "road":
            g = _after_verbs(bounds, g)  # 绕行|太榆路, 请走|宗泽路, 即|宗泽路
        if g.kind == "road" and g.end - g.start >= 5 and _RUNS_TO.match(text, g.start):
            g = GrammarName(g.start + 2, g.end, level=g.level, kind=g.kind)  # 西连|西河路
        if g.kind == "road":
            opening = next((w for w in _AREA_OPENING if text.startswith(w, g.start)), None)
            if opening is not None:
                start = g.start + len(opening)
                if g.end - start - 1 < 2:
                    continue
                g = GrammarName(start, g.end, level=g.level, kind=g.kind)
        out.append(g)
    return out


def find_crossings(
    bounds: Boundaries, places: Sequence[Tuple[int, int]], found: Sequence[GrammarName]
) -> List[GrammarName]:
    """Streets named by a crossing with a street the grammar read (沪闵路|莲花路口, not 道路|分流路口)
    and grid streets (经一路)."""
    text = bounds.text
    known = Known.of(places)
    streets = {g.end for g in found if g.kind == "road"}
    out: List[GrammarName] = []
    for m in _CROSSING.finditer(text) if "路口" in text else ():  # an article without 路口 has none
        start, end = m.start(1), m.end(1) + 1
        name = m.group(1)
        if words.is_word(text[start : m.end()]):
            continue  # 交叉路口, 十字路口: a common word for a crossing, no street's name
        if name[-1] in _WHOLE_STREET:  # 甲路 + 乙路 + 路口: the street is written whole before 路口
            name, end = name[:-1], end - 1
        if (
            start not in streets or not STOP.isdisjoint(name) or known.overlaps(start, end + 1, inside_ok=True)
        ):  # (莲花|路口 inside)
            continue
        if not bounds.starts_word(start) or opens_phrase(bounds, start, end - 1):
            continue
        out.append(GrammarName(start, end, kind="road"))
    for m in matches_from(_GRID, text, find_all(text, "经") + find_all(text, "纬")):  # (tried at those alone)
        if bounds.starts_word(m.start()) and not known.overlaps(m.start(), m.end()):
            out.append(GrammarName(m.start(), m.end(), kind="road"))
    return out


#: A street's suffix (X路, X北路, X大道, X大街, X街), and what joins two streets: a range (甲路至乙路,
#: 甲路—乙路) names streets by itself; a list (甲路、乙路, 甲路与乙路) only beside a street already read.
_STREET_END = recache.compile(r"(?:[东南西北中]?路|大道|大街|街)")
_RANGE = frozenset("至—到")
_RANGE_AFTER = "路街道"  # what a range's 至, — or 到 follows
_JOIN = frozenset("、与和及")
#: Characters before a street's name that end the phrase before it (的|甲路, 由|甲路, 绕行|甲路).
_BEFORE_STREET = frozenset("的自由从在经往向至到、与和及—")


def _street_after(bounds: Boundaries, pos: int) -> Optional[Tuple[int, int]]:
    """The street whose name of two to four characters starts at ``pos`` (至|乙路段, —|城中北路)."""
    text = bounds.text
    for size in (2, 3, 4):
        m = _STREET_END.match(text, pos + size)
        if m is None:
            continue
        if _street_name(bounds, pos, pos + size):
            return pos, m.end()
        return None
    return None


def _street_before(bounds: Boundaries, end: int) -> Optional[Tuple[int, int]]:
    """The street that ends at ``end`` (甲路|至), its name of two to four characters opening a phrase."""
    text = bounds.text
    for m_start in (end - 1, end - 2):  # 路, 街 / 北路, 大道, 大街
        m = _STREET_END.fullmatch(text, m_start, end)
        if m is None:
            continue
        for size in (4, 3, 2):
            start = m_start - size
            before = text[start - 1] if start > 0 else "，"
            if start < 0 or not (not CJK_CHAR.match(before) or before in _BEFORE_STREET or before in "路街"):
                continue  # (民航街|北营南路: another street before it)
            if _street_name(bounds, start, m_start):
                return start, end
    return None


def _street_name(bounds: Boundaries, start: int, end: int) -> bool:
    """A street's name: Chinese characters, no function word, a word starts there, and the suffix
    ends no common word (道路, 公路, 马路)."""
    text = bounds.text
    name = text[start:end]
    if CJK_RUN.fullmatch(name) is None or not (STOP.isdisjoint(name) and _BEFORE_STREET.isdisjoint(name)):
        return False
    if not bounds.starts_word(start) or counted(name):
        return False
    return not any(  # (东方路, 樟台北路 ok: the road itself, a place word; not 城区道路)
        ws < end < we and ws != start and everyday(text[ws:we]) for ws, we in bounds.words_over(end, end + 1)
    )


def find_street_ranges(
    bounds: Boundaries, places: Sequence[Tuple[int, int]], found: Sequence[GrammarName]
) -> List[GrammarName]:
    """Streets joined to another by a range (甲路至乙路, 宗泽路—城中北路—宾王路) or, beside a street
    the grammar read, by a list (建设街、云阳街); a known place that ends inside the name stands on its
    own (北京|簋街、合肥市|罍街), as in the grammar."""
    text = bounds.text
    known = Known.of(places)

    def own_name(span: Optional[Tuple[int, int]]) -> Optional[Tuple[int, int]]:
        if span is None:
            return None
        suffix = _STREET_END.search(text, span[0] + 1, span[1])
        name_end = suffix.start() if suffix is not None else span[1] - 1
        return None if any(e < name_end for _, e in known.within(span[0], name_end)) else span

    roads = [(g.start, g.end) for g in found if g.kind == "road"]
    out: List[GrammarName] = []
    seen = set(roads)
    pending = list(roads)
    # 甲路至乙路: both sides, whatever the grammar read (found with str.find: a page has a handful)
    for i in [s for s, _ in spans_of(text, _RANGE) if s and text[s - 1] in _RANGE_AFTER]:
        left, right = own_name(_street_before(bounds, i)), own_name(_street_after(bounds, i + 1))
        if left is not None and right is not None:
            pending += [left, right]
    while pending:
        start, end = pending.pop()
        if (start, end) not in seen:
            seen.add((start, end))
            out.append(_after_verbs(bounds, GrammarName(start, end, kind="road")))  # (占用|丹溪路)
        if end < len(text) and (text[end] in _RANGE or text[end] in _JOIN):
            nxt = own_name(_street_after(bounds, end + 1))
            if nxt is not None and nxt not in seen:
                pending.append(nxt)
        if start > 0 and (text[start - 1] in _RANGE or text[start - 1] in _JOIN):
            prev = own_name(_street_before(bounds, start - 1))
            if prev is not None and prev not in seen:
                pending.append(prev)
    return out


#: Kinds of grammar name that are the same place wherever the page writes them again.
REPEATED_KINDS = frozenset({"road", "river", "lake", "listed", "landform"})


def find_beside(bounds: Boundaries, places: Sequence[Tuple[int, int]]) -> List[GrammarName]:
    """Streets before a word of where (道山路|旁, 康南路|北侧) that follow a known place or a verb of
    place (鼓楼区|道山路旁, 位于|康南路北侧): a name of two or three characters that is no everyday word."""
    text = bounds.text
    known = Known.of(places)
    ends = {e for _, e in known.spans}
    out: List[GrammarName] = []
    for m in _BESIDE.finditer(text):
        s0 = m.start()
        for start in (s0 - 2, s0 - 3):
            name = text[max(0, start) : s0]
            if start < 0 or CJK_RUN.fullmatch(name) is None or not STOP.isdisjoint(name):
                continue
            if not (start in ends or text.endswith(_PLACE_VERBS, 0, start)) or known.overlaps(start, s0 + 1):
                continue
            if not bounds.starts_word(start) or everyday(name) or counted(name) or words.freq(name) >= 100:
                continue
            if words.word_tag(name).startswith("v"):
                continue
            out.append(GrammarName(start, s0 + 1, kind="road"))
            break
    return out


def _opens_item(bounds: Boundaries, pos: int) -> bool:
    """Whether a listed name may start at ``pos``: a word starts there, after punctuation or a
    one-character verb or function word (境内有|白沙河)."""
    text = bounds.text
    if not bounds.starts_word(pos):
        return False
    if pos == 0 or not CJK_CHAR.match(text[pos - 1]):
        return True
    alone = not any(ws < pos - 1 < we or ws == pos - 1 and we > pos for ws, we in bounds.words_over(pos - 1, pos))
    return alone and words.word_tag(text[pos - 1])[:1] in ("v", "p", "c", "u", "d", "r")


def find_river_lists(bounds: Boundaries) -> List[GrammarName]:
    """Rivers and lakes listed with ``、`` and closed by a count of rivers (甲河、乙河、丙江等11条河流):
    each item is one, the first only where the clause opens it."""
    text = bounds.text
    out: List[GrammarName] = []
    for close in _RIVERS_CLOSE_AT.finditer(text):  # the closing words first: rare, and cheap to find
        lo = max(0, close.start() - _LIST_WINDOW)
        m = _RIVER_LIST.search(text, lo, close.start())
        while m is not None and m.end() != close.start():
            m = _RIVER_LIST.search(text, m.end(), close.start())
        if m is None:
            continue
        items = m.group().split("、")
        at = m.start()
        for i, item in enumerate(items):
            start, end = at, at + len(item)
            at = end + 1
            if i == 0:
                opening = next((p for p in range(max(start, end - 5), end - 1) if _opens_item(bounds, p)), None)
                if opening is None:
                    continue  # no clean start for the first item
                start = opening
            name = text[start : end - 1]
            if len(name) < 1 or not STOP.isdisjoint(name) or everyday(name) and len(name) > 1:
                continue
            out.append(GrammarName(start, end, kind="lake" if item.endswith("湖") else "river"))
    return out


def repeated(bounds: Boundaries, names: Dict[str, str], taken: Sequence[Tuple[int, int]]) -> List[Candidate]:
    """Other mentions of grammar names of three characters or more (莲花路, 牛栏江; ``names``: name →
    kind), where they overlap no place already taken and are a word of their own."""
    text = bounds.text
    known = Known(taken)
    out: List[Candidate] = []
    for at, end in mentions(text, names):  # name by name, as the dict orders them
        crossed = any(ws < end < we and ws != end - 1 for ws, we in bounds.words_over(at, end))  # (莲花路|上 ok)
        if not known.overlaps(at, end) and bounds.starts_word(at) and not crossed:
            kind = names[text[at:end]]
            rule = {"road": "grammar.road", "listed": "grammar.list"}.get(kind, "grammar.zone")
            out.append(Candidate(at, end, rule, kind=kind))
    return out
