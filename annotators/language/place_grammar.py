"""Word boundaries and a small grammar for place names that no table holds.

Shared by the ``places`` and ``police`` annotators:

- :class:`Boundaries` asks jieba (dictionary words only, no HMM guesses) where
  the words of a clause run, so that a name found inside a longer word (共和 in
  中华人民共和国, 平安乡 in 平安乡村) can be refused without any stop list.
- :func:`everyday` says whether a word is an everyday word rather than a proper
  name, from the part-of-speech tags of jieba's dictionary (平安 a, 合作 vn).
- :func:`find_areas` reads villages, communities, townships and streets
  (大溪边村, 娄山关街道) from a suffix and the name before it, which must start a
  word, follow a known place or a function word, and not be an everyday word
  itself; :func:`.place_roads.find_roads` reads roads (G330国道, 杭甬高速, 延安路)
  with the same tests of a name's shape.
"""

from __future__ import annotations

import bisect
from typing import Dict, List, Optional, Sequence, Tuple

import msgspec

from baokan.annotators.language import words
from baokan.annotators.language.anchored_villages import level_inside, verb_name, whole_village_word
from baokan.annotators.language.occurrences import alternation_spans
from baokan.annotators.language.place_alone import standing_alone
from baokan.annotators.language.place_glued_words import rural_word
from baokan.annotators.language.place_name_edges import NUMERALS as _NUMERALS
from baokan.annotators.language.place_name_edges import counted, stops_in_syllables, suffix_tail
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
