"""Word boundaries and a small grammar for place names that no table holds.

Shared by the ``places`` and ``police`` annotators:

- :class:`Boundaries` asks jieba (dictionary words only, no HMM guesses) where
  the words of a clause run, so that a name found inside a longer word (共和 in
  中华人民共和国, 平安乡 in 平安乡村) can be refused without any stop list.
- :func:`everyday` says whether a word is an everyday word rather than a proper
  name, from the part-of-speech tags of jieba's dictionary (平安 a, 合作 vn).
- :func:`find_areas` and :func:`find_roads` read villages, communities,
  townships and streets (大溪边村, 娄山关街道) and roads (G330国道, 杭甬高速,
  延安路) from a suffix and the name before it, which must start a word, follow
  a known place or a function word, and not be an everyday word itself.
"""

from __future__ import annotations

import bisect
from typing import Callable, Dict, List, Optional, Sequence, Tuple

import msgspec

from baokan.annotators.core import recache
from baokan.annotators.language import words
from baokan.annotators.language.anchored_villages import AREA_CHARS, level_inside, verb_name, whole_village_word
from baokan.annotators.language.occurrences import alternation_spans, find_all, matches_from
from baokan.annotators.language.place_alone import county_opening, standing_alone
from baokan.annotators.language.place_glued_words import boarded, named_exit, opens_with_distance, rural_word
from baokan.annotators.language.place_name_edges import NUMERALS as _NUMERALS
from baokan.annotators.language.place_name_edges import counted, road_word_start, stops_in_syllables, suffix_tail
from baokan.annotators.language.place_no_cue import dictionary_street, direction_shift, unanchored, word_from
from baokan.annotators.language.place_words import (  # noqa: F401 (re-exported for places and police)
    _CLAUSE_STOP_RE,
    _DEICTIC_FIRST,
    _DEICTIC_LEVEL,
    _FUNCTION_TAGS,
    ATTACHED_AFTER_SUFFIX,
    CJK,
    CJK_CHAR,
    CJK_RUN,
    CLAUSE_STOP,
    COMMON_NAME,
    DIVISION_SUFFIXES,
    PROPER_TAGS,
    STOP,
    STOP_FIRST,
    Boundaries,
    _clause_words,
    after_surname,
    bare_street,
    counted_name,
    deictic,
    everyday,
    opens_phrase,
    person_word,
    place_word,
    proper_tag,
    surnames,
    verb_phrase,
    whole_place_word,
    wordlike,
)

# ---------------------------------------------------------------- the grammar


class GrammarName(msgspec.Struct):
    """A place read by the grammar: its span, level or kind, and the place it follows."""

    start: int
    end: int
    level: Optional[str] = None
    kind: Optional[str] = None
    anchor: Optional[int] = None  # start of the known place right before it


#: Suffix → (longest name before it, level). 新村, 古城 and 古镇 say what kind of place a name
#: is (长兴新村, 荆州古城, 南津关古镇); the name may be a division (荆州).
AREA_SUFFIXES: Dict[str, Tuple[int, str]] = {
    "村": (4, "village"),
    "社区": (4, "community"),
    "街道": (4, "township"),
    "乡": (3, "township"),
    "镇": (3, "township"),
    "嘎查": (6, "village"),  # Mongolian names run long (巴彦宝拉格嘎查)
    "苏木": (5, "township"),
    "新村": (4, "village"),
    "古城": (4, "old_town"),
    "古镇": (4, "old_town"),
    "屯": (3, "village"),
}
#: What opens no area's name right after a Han character, being the end of a road's (和平|南路社区).
_ROAD_TAILS = frozenset(("东路", "南路", "西路", "北路", "中路"))
#: Kinds of place after a name, which may be a known division; a name holds no suffix of its own
#: kind (联村 in 大溪边村联村).
_KIND_TAILS = ("新村", "古城", "古镇")
_SUFFIXES_LONGEST_FIRST = tuple(sorted(AREA_SUFFIXES, key=len, reverse=True))
# Numbered roads: G330国道, 104国道, G60沪昆高速, S26诸永高速.
# Both open with one character class, which the search skips to (re's character-set prefix; an
# alternation whose branches do not all open with a literal has none, and is tried at every offset):
# the branch is chosen by a look-behind at that character. Same matches as
# (?:[GSXYZ](?<![A-Za-z0-9].)\d{1,4}|\d(?<![A-Za-z0-9].)\d{2})… and as
# 高速公路|高速|大道|大街|[一二三四五六七八九十]{1,2}[马横纵]?路|[东南西北中]路|路|街(?!道)|巷
# (tests/test_regex_prefixes.py).
_ROAD_CODE = recache.compile(
    rf"[GSXYZ\d](?<![A-Za-z0-9].)(?:(?<=[GSXYZ])\d{{1,4}}|(?<=\d)\d{{2}})(?:[{CJK}]{{2,4}}?(?:高速公路|高速))?(?:国道|省道|县道|乡道|高速公路|高速)?"
)
#: Numbered roads written as a line (S312线, G322线) or with the road word first (国道318线, 省道S205线).
#: One character class opens it, which re's search skips to (the branch is chosen by a look-behind).
_ROAD_LINE = recache.compile(r"[国省县GSX](?:(?<=[国省县])道[GSXY]?\d{1,4}线?|(?<=[GSX])(?<![A-Za-z0-9].)\d{1,4}线)")
_ROAD_LINE_GATE = ("线", "国道", "省道", "县道")
#: What every numbered road kept holds (国道, 高速 ...): the Han characters of :data:`_ROAD_CODE`.
_ROAD_CODE_WORDS = ("国道", "省道", "县道", "乡道", "高速")
_ROAD_SUFFIX = recache.compile(
    r"[高大一二三四五六七八九十东南西北中路街巷胡](?:(?<=高)速(?:公路)?|(?<=大)[道街]|(?<=胡)同"
    r"|(?<=[一二三四五六七八九十])[一二三四五六七八九十]?[马横纵]?路|(?<=[东南西北中])路|(?<=[路巷])|(?<=街)(?!道))"
)


def _road_suffix_starts(text: str) -> List[int]:
    """Where :data:`_ROAD_SUFFIX` can match: at 高速, 大道, 大街, 巷, 街, 胡同, a 路 or up to 3 before it."""
    out = [q - k for q in find_all(text, "路") for k in (0, 1, 2, 3)]
    for word in ("高速", "大道", "大街", "巷", "街", "胡同"):
        out += find_all(text, word)
    return out


#: Words after a street that show it is one: 学院路|交叉口, 文三路|与学院路.
#: Words after a road's name that make the road the name of a company or an office (某某高速公路管理公司): the
#: road is then a place inside another kind of name (docs/labels.md, *batch 2*), no mention of its own.
_ROAD_FIRM = ("管理公司", "公司", "集团", "有限", "管理处", "管理局", "管理中心")
_JUNCTION = ("交叉口", "交汇处", "与", "和", "、", "沿线", "两侧", "东侧", "南侧", "西侧", "北侧")
_HOUSE_NUMBER = recache.compile(r"\s*\d+(?:-\d+)?号")
#: What a place's name runs on into when it is no part of a road's name (北京|簋街, 桐城|六尺巷): not a
#: direction (中山北|二路) and not a landform that the road is named after (杏林湾|路).
_ANOTHER_NAME = recache.compile("(?![东南西北中]+$)(?![湾河湖江山岛溪海]$).+")


def _name_shape(bounds: Boundaries, start: int, end: int, *, anchored: bool) -> bool:
    """Whether ``text[start:end]`` looks like a name: Chinese characters, no function word,
    starting a word (or right after a known place, when ``anchored``)."""
    name = bounds.text[start:end]
    if not name or CJK_RUN.fullmatch(name) is None:
        return False
    if not STOP.isdisjoint(name) and not stops_in_syllables(name, STOP) or deictic(name):
        return False
    if name[0] in STOP_FIRST and not (anchored and len(name) >= 2 and (not words.freq(name) or proper_tag(name))):
        return False  # 回|村创业; but 黄陂区|回龙|村: after its county, a name that is no word of its own
    if len(name) < (1 if anchored else 2):
        return False
    return anchored or bounds.starts_word(start) and not opens_phrase(bounds, start, end)


#: A village's name that jieba knows as a word this frequent, and not as a place, is a word (汇报|村部).
COMMON_VILLAGE_NAME = 1000


def _name_proper(bounds: Boundaries, start: int, end: int) -> bool:
    """Whether a name is no description: it does not open with an everyday word (走进潭头,
    带着) and is not one (全体, 示范, 美丽)."""
    first = bounds.first_word(start, end)
    if first is not None and first[1] < end and everyday(bounds.text[first[0] : first[1]]):
        return False
    name = bounds.text[start:end]
    # jieba tags some common nouns as places (城市 ns, 25084): very frequent words describe
    return not everyday(name) and words.freq(name) < COMMON_NAME


#: What follows a village's name and suffix only when it is one: 齐心村|党支部, 村委会.
_VILLAGE_ORGANS = ("党支部", "党总支", "党委", "委会", "两委", "民委员会", "村民")


def _opens_with_word(bounds: Boundaries, start: int, end: int) -> bool:
    """Whether an everyday word shorter than ``text[start:end]`` opens it (驶入|光明)."""
    first = bounds.first_word(start, end)
    return first is not None and first[1] < end and bool(everyday(bounds.text[first[0] : first[1]]))


#: Last characters of a division written in full (宁波市, 黎城县); 州 also ends short forms (宿州).
_FULL_SUFFIXES = DIVISION_SUFFIXES - {"州"}


def _may_open_name(text: str, start: int, end: int, known: Known, *, divisions: bool = True) -> bool:
    """Whether a grammar name may run from ``start`` to ``end``: not right after a digit (2019年|回村),
    not a numeral alone (某市一|社区), and not a full division (宁波市|镇海, 黎城县|村民)."""
    if start > 0 and text[start - 1].isdigit():
        return False
    if _NUMERALS.issuperset(text[start:end]):
        return False
    return not divisions or not any(text[e - 1] in _FULL_SUFFIXES for _, e in known.within(start, end))


def _ends_in_word(bounds: Boundaries, start: int, end: int) -> bool:
    """Whether an everyday word of the name ends it (梧林|传统)."""
    return any(we == end and ws >= start and everyday(bounds.text[ws:we]) for ws, we in bounds.words_over(start, end))


def _ends_in_preposition(bounds: Boundaries, end: int) -> bool:
    """Whether the character before ``end`` is a preposition jieba reads as a word of its own
    (会议|由|镇党委): it opens the phrase of the suffix, no name ends in it."""
    alone = not any(ws <= end - 1 < we for ws, we in bounds.words_over(end - 1, end))  # (2+ character words)
    return alone and words.word_tag(bounds.text[end - 1]) == "p"


def name_proper(bounds: Boundaries, start: int, end: int) -> bool:
    """Public :func:`_name_proper`, with counted phrases refused too (多处, 一位), for the
    police grammar and the statistical taggers' spans."""
    return _name_proper(bounds, start, end) and not counted(bounds.text[start:end])


class Known:
    """Spans of places already found (not overlapping), for quick overlap questions."""

    def __init__(self, spans: Sequence[Tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self.ends = [e for _, e in self.spans]
        self.exact = set(self.spans)
        self.start_at = {e: s for s, e in self.spans}

    @classmethod
    def of(cls, spans: Sequence[Tuple[int, int]]) -> Known:
        """The same as ``Known(spans)``, shared: the grammar's steps each ask for the places of one
        article, so the last few are kept by their spans (nothing changes a Known once made)."""
        key = tuple(spans)
        found = _KNOWN.get(key)
        if found is None:
            if len(_KNOWN) >= 8:
                _KNOWN.clear()
            found = _KNOWN[key] = cls(key)
        return found

    def within(self, start: int, end: int) -> List[Tuple[int, int]]:
        """The known places that lie inside ``start:end``, found by bisection (not a scan of all)."""
        out = []
        i = bisect.bisect_left(self.spans, (start, -1))
        while i < len(self.spans) and self.spans[i][0] < end:
            if self.spans[i][1] <= end:
                out.append(self.spans[i])
            i += 1
        return out

    def overlaps(self, start: int, end: int, *, inside_ok: bool = False) -> bool:
        """Whether a known place cuts into ``start:end`` (or lies inside it, unless ``inside_ok``)."""
        i = bisect.bisect_right(self.ends, start)
        while i < len(self.spans) and self.spans[i][0] < end:
            s, e = self.spans[i]
            if not (inside_ok and s >= start and e <= end):
                return True
            i += 1
        return False


_KNOWN: Dict[Tuple[Tuple[int, int], ...], Known] = {}


def _holds_verb(name: str) -> bool:
    """Whether jieba reads a verb of two or more characters inside ``name`` after another word (点|靠近|李):
    a village's or town's name is no clause. A verb that opens the name (丰收|东 + 街道) may name it."""
    tagged = words.tag(name)
    return any(len(w) >= 2 and f.startswith("v") for w, f in tagged[1:])


def find_areas(bounds: Boundaries, places: Sequence[Tuple[int, int]]) -> List[GrammarName]:
    """Villages, communities, townships and streets: 大溪边村, 娄山关街道, 余村 after 安吉县.

    Args:
        bounds (Boundaries): The text and its word boundaries.
        places (Sequence[Tuple[int, int]]): Spans of places already known; a name may
            follow one (its anchor) but not cut into one.
    """
    text = bounds.text
    known = Known.of(places)
    out: List[GrammarName] = []
    soft: Dict[int, Tuple[int, int]] = {}  # suffix start → the name refused only as an everyday word
    for s0, s1 in alternation_spans(text, _SUFFIXES_LONGEST_FIRST):  # (what _AREA.finditer finds)
        suffix = text[s0:s1]
        longest, level = AREA_SUFFIXES[suffix]
        if suffix in ("乡", "镇") and text.startswith("街", s1):
            continue  # 镇街: towns and sub-districts in general (赋权镇街)
        if suffix in _KIND_TAILS and known.overlaps(s0, s1) and (s0, s1) not in known.exact:
            continue  # 丽江市|古城区: the kind word opens a known district, no old town 丽江市古城
        # the suffix may end a word (农村, 城乡, 山村 in 神山村): then only a name that jieba
        # knows as a proper name, or one right after a known place, can own it
        tail_word = suffix_tail(bounds.words_over(s0, s1), s0, s1)  # (none in 阿木其嘎|嘎查 read 嘎嘎|查)
        tail = tail_word[0] if tail_word is not None else None
        if tail_word is not None and (everyday(text[tail_word[0] : tail_word[1]]) >= COMMON_NAME or tail_word[1] > s1):
            continue  # 话说新|农村, 中|城乡建设: the suffix ends a common noun or lies inside a word
        # the suffix starts a word (村民, 镇上): the name must stand out more clearly
        glued = any(ws == s0 and we > s1 for ws, we in bounds.words_over(s0, s1))
        for start in range(max(0, s0 - longest), s0):
            name = text[start:s0]
            anchor = known.start_at.get(start)
            if name in AREA_SUFFIXES:
                break  # 嘎查|村, 社区|村: two kinds of village (辖23个嘎查村), no village's name
            if level_inside(name, anchor) or (start, s0) not in known.exact and known.overlaps(start, s0):
                continue
            if rural_word(bounds, s0, s1) and (anchor is None or (start, s0) in known.exact):
                continue  # 某某|乡村振兴, 筑牢|乡村: the word 乡村 (the countryside) after a name, no township
            if name[:2] in _ROAD_TAILS and start > 0 and CJK_CHAR.match(text, start - 1):
                continue  # 和平|南路社区: the name would open inside a road's name
            if not _may_open_name(text, start, s0, known, divisions=suffix not in _KIND_TAILS):
                continue  # (荆州 + 古城 is one place)
            if tail is not None and start == tail and suffix == "村" and whole_village_word(bounds, start, s1, anchor):
                pass  # 乌兰县|河东村, 小溪河镇|小岗村: jieba knows the village, suffix and all, as a proper name
            elif tail is not None and (start >= tail or anchor is None and not proper_tag(name)):
                continue
            if tail is not None and tail - start >= 2 and everyday(text[start:tail]):
                continue  # 河南省|农业|农村厅: a common word before the word 农村, not a village's name
            if anchor is not None and s0 - start >= 3 and bounds.all_everyday(start, s0):
                continue  # 加纳|传统渔业|社区: a description after the place
            if not _name_shape(bounds, start, s0, anchored=anchor is not None) or counted(name):
                continue
            if len(name) > 1 and _ends_in_preposition(bounds, s0):
                continue  # 会议由|镇党委: a preposition of its own ends the clause, the town is unnamed
            if len(name) > 1 and verb_name(name, anchor) or verb_phrase(bounds, start, s0, glued):
                continue  # 重庆市|开展|镇街, 赋权|镇街, 建|特色|村, 建|强|乡村: a verb phrase, not a name
            if len(name) >= 3 and _holds_verb(name):
                continue  # 卡点|靠近|李 + 村: a verb of two characters inside the name, a clause
            if anchor is not None and glued and not _name_proper(bounds, start, s0):
                continue  # 雅安市一位村支书: after a place, but a description before 村支书
            if (glued or len(name) >= 3 and words.word_tag(text[s0 - 2 : s0]) == "a") and _ends_in_word(
                bounds, start, s0
            ):
                continue  # 梧林|传统|村落, 垅|完整|社区: a common word or an adjective before the suffix
            named = suffix in _KIND_TAILS and (start, s0) in known.exact  # 襄阳 + 古城
            if anchor is None and not named and not _name_proper(bounds, start, s0):
                # 齐心村党支部书记: at the head of a clause, a village's organs name the village
                if not (start == 0 or text[start - 1] in CLAUSE_STOP) or not text.startswith(_VILLAGE_ORGANS, s1):
                    if not glued and (start, s1) not in soft.values():
                        soft.setdefault(s0, (start, s1))
                    continue
            if anchor is None and glued and start > 0 and text[start - 1] not in CLAUSE_STOP:
                continue
            if anchor is None and not named and words.freq(name) >= COMMON_VILLAGE_NAME and not place_word(name):
                continue
            out.append(GrammarName(start, s1, level=level, anchor=anchor))
            soft.pop(s0, None)
            break
    alone = [GrammarName(s, e, level=v) for s, e, v in standing_alone(text, soft.values(), AREA_SUFFIXES)]
    return out + _listed(text, out, soft) + alone  # (在|牛角湾乡|，)


def _listed(text: str, found: List[GrammarName], soft: Dict[int, Tuple[int, int]]) -> List[GrammarName]:
    """Names refused only for being everyday words (幸福) that a list shows to be places:
    幸福新村 between 长兴新村、 and 、春晖新村, with the same suffix and a 、 between them."""

    def suffix(end: int) -> str:
        return next((x for x in _SUFFIXES_LONGEST_FIRST if text.endswith(x, 0, end)), "")

    places = {(g.start, g.end) for g in found}
    out: List[GrammarName] = []
    pending = sorted(soft.values())
    grew = True
    while grew and pending:
        grew = False
        for start, end in list(pending):
            kind = suffix(end)
            after = end < len(text) and text[end] == "、" and any(s == end + 1 and suffix(e) == kind for s, e in places)
            before = (
                start > 0 and text[start - 1] == "、" and any(e == start - 1 and suffix(e) == kind for s, e in places)
            )
            if after or before:
                places.add((start, end))
                out.append(GrammarName(start, end, level=AREA_SUFFIXES[kind][1]))
                pending.remove((start, end))
                grew = True
    return out


#: jieba tags of a one-character word that cannot name a street: verbs, function words, numbers.
_NOT_STREET_TAGS = ("v", "p", "c", "d", "r", "u", "m", "q", "f")


def _names_a_street(bounds: Boundaries, pos: int, refused: Tuple[str, ...] = _NOT_STREET_TAGS) -> bool:
    """Whether the text before a numbered road suffix at ``pos`` can be a street's name: a word
    of two characters or more ends there (建设|三路), or a one-character noun (文|三路), not a verb (兵分|三路)."""
    if pos == 0 or not CJK_CHAR.match(bounds.text[pos - 1]):
        return False
    if any(we == pos and ws < pos - 1 for ws, we in bounds.words_over(pos - 1, pos)):
        return True
    return not words.word_tag(bounds.text[pos - 1]).startswith(refused)


def find_roads(
    bounds: Boundaries, places: Sequence[Tuple[int, int]], is_place: Callable[[str], bool]
) -> List[GrammarName]:
    """Numbered roads (G330国道), expressways (杭甬高速) and streets (延安路, 长安街).

    A street needs more than a name: the name is a place (延安路), a house number
    follows (解放路88号), a known place comes right before it, or the name is no
    everyday word (庆春路, but not 幸福路, 复兴路 or 致富路, which are also metaphors).

    Args:
        bounds (Boundaries): The text and its word boundaries.
        places (Sequence[Tuple[int, int]]): Spans of places already known.
        is_place (Callable[[str], bool]): Whether a string is a known place name.
    """
    text = bounds.text
    known = Known.of(places)
    out: List[GrammarName] = []
    # a code kept holds Han characters, which only its road words give it: none in the text, no code kept
    for m in _ROAD_CODE.finditer(text) if any(w in text for w in _ROAD_CODE_WORDS) else ():
        if m.end() - m.start() > 3 and CJK_CHAR.search(m.group()):
            out.append(GrammarName(m.start(), m.end(), kind="road"))
    for m in _ROAD_LINE.finditer(text) if any(w in text for w in _ROAD_LINE_GATE) else ():
        if not known.overlaps(m.start(), m.end()) and not any(g.start < m.end() and m.start() < g.end for g in out):
            out.append(GrammarName(m.start(), m.end(), kind="road"))  # S312线, 国道318线
    starts = {s for s, _ in known.spans}
    for m in matches_from(_ROAD_SUFFIX, text, _road_suffix_starts(text)):  # (what its finditer finds)
        s0, s1 = m.start(), m.end()
        s0 += direction_shift(text, m.group(), s0, s1, known.start_at)  # 滨湖|西街: -1; 山东|路, 华东|路: +1
        # the suffix ends another word (道路, 思路, 康庄大道), unless the word is the road (庆春路,
        # or 学院路 before 交叉口)
        junction = text.startswith(_JUNCTION, s1) or bool(_HOUSE_NUMBER.match(text, s1))
        spans = bounds.words_over(s0, s1)
        if any(ws < s0 < we and (we != s1 or everyday(text[ws:we]) and not junction) for ws, we in spans):
            continue
        if m.group() == "大道" and any(ws < s0 and we == s1 and text.endswith("的", 0, ws) for ws, we in spans):
            continue  # 走上…的康庄大道: a broad road of a figure of speech
        # the road is the dictionary word that ends at the suffix (庆春路), never a piece of it (探|新路)
        whole = road_word_start(bounds, known.overlaps, spans, s0)  # (分局|东|朝阳路: 东朝阳路)
        if not junction and any(ws == s0 and we > s1 and not word_from(spans, s1, we) for ws, we in spans):
            continue  # 英国|路透社: the suffix opens another word (not 中山路|向北, where a word starts after it)
        street_word = whole is not None and dictionary_street(text[whole:s1], junction)  # 建设路, 中山路
        # 安远路581号: a place's name, the suffix and a house number; 远路 is no "long way" there
        numbered_house = _HOUSE_NUMBER.match(text, s1) is not None and is_place(text[max(0, s0 - 2) : s0])
        if (
            everyday(text[s0 - 1 : s1])
            and not numbered_house
            and not (whole is not None and place_word(text[whole:s1]) and (junction or street_word))
        ):
            continue  # 公交线路, 集成电路: a common noun ends in the suffix (中山路 is jieba's place)
        expressway = m.group().startswith("高速")
        if expressway and (boarded(bounds, s0) or named_exit(text, s1)):
            continue  # 从某地东|上|高速: getting on the expressway; 某某高速收费站: the station's name, no road
        if text.startswith(_ROAD_FIRM, s1):
            continue  # 某某高速公路 + 管理公司: the road names a company, a place inside another name
        # 建设三路, 文三路: a numbered street, whatever its name's word, unless a verb counts the
        # ways (兵分|三路): the name must end in a word of two characters or a noun-like one
        numbered = m.group()[0] in "二三四五六七八九十" and _names_a_street(bounds, s0)
        # one character is a name right after a place (合肥市|罍街) or before a number (文三路)
        for start in range(max(0, s0 - 4), s0 - (0 if numbered or known.start_at.get(s0 - 1) is not None else 1)):
            name = text[start:s0]
            anchor = known.start_at.get(start)
            if whole is not None and start != whole and not (start < whole and _HOUSE_NUMBER.match(text, s1)):
                continue  # (桐梓|坡路|188号: a house number speaks for a longer name than jieba's word)
            if len(name) == 1 and not (bounds.starts_word(start) and name not in STOP_FIRST):
                continue
            if "路" in name or "街" in name:
                continue  # 河西二路|滨湖西街: a road's name holds no other road
            place = is_place(name)
            if known.overlaps(start, s0, inside_ok=True) and not place:
                continue
            if not _may_open_name(text, start, s0, known) or name[-1] in AREA_CHARS and not place:
                continue  # 旌德县|路西村, 开展镇|街
            if any(
                e < s0 and (text[e - 1] in _FULL_SUFFIXES or e in starts or _ANOTHER_NAME.fullmatch(text[e:s0]))
                for _, e in known.within(start, s0)
            ):
                continue  # 单县|单丰路, 北京|簋街: a place before a name is not part of it (中山北|二路 is)
            county = county_opening(name)
            if county:  # 单县|单丰路 where the page gave 单县 no other evidence: the county, then the road
                if not known.overlaps(start, start + county):
                    out.append(GrammarName(start, start + county, level="county"))
                continue
            if not _name_shape(bounds, start, s0, anchored=anchor is not None or len(name) == 1):
                continue
            if (
                not (place or street_word)
                and unanchored(text, start, anchor)  # (家住|三兴街: an address, whatever jieba reads)
                and not _names_a_street(bounds, s0, _FUNCTION_TAGS + ("v",))
            ):
                continue  # 兵分|三路: a verb before the suffix
            if expressway:
                if place or text[s1 : s1 + 2] in ("发展", "增长", "运转", "推进", "运行"):
                    break  # 浙江高速 is the province's expressways
                if not _name_proper(bounds, start, s0) or opens_with_distance(bounds, start):
                    continue  # (距|某某东高速: the name starts after the distance word)
            elif counted(name) or not place and any(ws == s0 and we > s1 for ws, we in bounds.words_over(s0, s1)):
                continue  # 杭州城区多处路段: a count, and 路段 is its own word
            elif numbered and not place and anchor is None and _opens_with_word(bounds, start, s0):
                continue  # 驶入|光明五路: a verb before the street's name
            elif not (
                place
                or numbered
                or _HOUSE_NUMBER.match(text, s1)
                or not unanchored(text, start, anchor)
                or text.startswith(_JUNCTION, s1)
            ):
                if (not _name_proper(bounds, start, s0) or bounds.all_everyday(start, s0)) and not street_word:
                    continue  # (建设路, 文化路: streets of jieba's dictionary, though their names are words)
                if s0 - start >= 3 and _ends_in_word(bounds, start, s0) and bounds.first_word(start, s0):
                    continue  # 拓宽|成才|路: a word and then a common noun, with nothing that vouches for a street
            out.append(GrammarName(start, s1, kind="road", anchor=anchor))
            break
        else:
            if s1 - s0 == 2 and text[s0] in "东南西北中" and bare_street(bounds, s0, s1):
                out.append(GrammarName(s0, s1, kind="road"))  # 古城的西街: a street named by its direction
    return out
