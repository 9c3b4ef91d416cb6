"""Streets, squares and old quarters that the road grammar does not read.

- A direction before a street word jieba knows (南|正街, 北|横街): the street's name.
- A street named by a rare common noun, after a preposition of place (从|亲水大街|进入): the
  road grammar refuses everyday names (幸福路, a metaphor); a preposition of place vouches here.
- A road whose name runs over a known place's last character (明海南路, where 海南 is a province
  by the table): the road is the name, the place a piece of it.
- Public squares and old quarters (古樟广场, 清河坊): a proper name before 广场 or 坊, which no
  word of jieba's crosses (作坊, 街坊, 文化广场 are words or descriptions).
"""

from __future__ import annotations

from typing import List, Sequence, Tuple

from baokan.annotators.core import recache
from baokan.annotators.language import words
from baokan.annotators.language.occurrences import spans_of
from baokan.annotators.language.place_grammar import GrammarName, Known
from baokan.annotators.language.place_words import (
    CJK_RUN,
    CLAUSE_STOP,
    COMMON_NAME,
    STOP,
    STOP_FIRST,
    WORDLIKE_NOT_PLACE,
    Boundaries,
    everyday,
    place_word,
    proper_tag,
)

#: Street words that a direction may open (正街, 横街, 后街): two characters ending in 街 or 巷.
_STREET_WORD = recache.compile("[东南西北](?=[^\\W\\d_a-zA-Z][街巷](?!道))")
#: Prepositions of place right before a street (从|亲水大街, 沿|滨河大街).
_LOCATIVE = ("从", "沿", "沿着", "经", "途经", "在", "到", "至", "走进", "穿过")
#: Only 大街 vouches for a street named by a common noun (亲水大街); 街 and 巷 also end categories of
#: street (夜市街, 小吃街), no names.
_BIG_STREET = recache.compile("大街")
#: A road suffix opened by a direction (南路, 东路); found with str.find (occurrences.spans_of), as
#: the heads of squares and old quarters are: a page has a handful.
_COMPASS_ROAD = ("东路", "南路", "西路", "北路")
#: Heads of squares and old quarters, and what vouches for a quarter (清河坊|历史街区).
_SQUARE = ("广场", "坊")
_QUARTER_AFTER = ("历史街区", "历史文化街区", "街区", "老街")
_SQUARE_BEFORE = ("穿过", "来到", "走进", "走过", "位于", "在", "到")
#: Heads of waters that a square is named after (某某湖|广场, 某某湾|广场), a name of two or more before them.
_WATERS = frozenset("湖湾江河")
#: Directions after a landmark that name one of its squares (大雁塔|北广场), and the pairs that name two
#: squares of one landmark printed as one (钟楼|东西|广场: docs/labels.md, *other papers 16* A5).
_DIRECTIONS = frozenset("东西南北")
_DIRECTION_PAIRS = ("东西", "南北")


def _direction_size(name: str) -> int:
    """How many characters of direction end a square's name (大雁塔北: 1, 钟楼东西: 2), its base kept two long."""
    if len(name) > 3 and name.endswith(_DIRECTION_PAIRS):
        return 2
    return 1 if len(name) > 2 and name[-1] in _DIRECTIONS else 0


def _opens(text: str, start: int, known: Known) -> bool:
    """Whether a name may begin at ``start``: at a clause's start, after a function character or a known place."""
    return start == 0 or text[start - 1] in CLAUSE_STOP or text[start - 1] in STOP or start in known.start_at


def _crossed(bounds: Boundaries, s0: int, s1: int, name_start: int) -> bool:
    """Whether a word of jieba's crosses the head ``s0:s1`` from outside the name (作|坊, 大街|小巷)."""
    return any(
        (ws < s0 < we and ws > name_start) or (ws < s1 < we) or (ws == s0 and we > s1)
        for ws, we in bounds.words_over(s0, s1)
    )


def _proper(bounds: Boundaries, start: int, end: int) -> bool:
    """A name of two to four Chinese characters, no function character, no everyday or very common word,
    and not ending in an everyday word (吉田|商务|广场: a description of a building)."""
    name = bounds.text[start:end]
    if not 2 <= len(name) <= 4 or CJK_RUN.fullmatch(name) is None or not STOP.isdisjoint(name):
        return False
    if name[0] in STOP_FIRST or everyday(name) or words.freq(name) >= COMMON_NAME:
        return False
    if bounds.all_everyday(start, end) or proper_tag(name).startswith(("nt", "nz")):
        return False
    return not any(
        we == end and ws > start and everyday(bounds.text[ws:we]) for ws, we in bounds.words_over(start, end)
    )


def _compass_streets(bounds: Boundaries, known: Known) -> List[GrammarName]:
    text = bounds.text
    out = []
    for m in _STREET_WORD.finditer(text) if "街" in text or "巷" in text else ():  # its lookahead needs one
        s = m.start()
        word = (s + 1, s + 3)
        if word in bounds.words_over(*word) and _opens(text, s, known) and not known.overlaps(s, s + 3):
            out.append(GrammarName(s, s + 3, kind="road"))
    return out


def _after_locative(bounds: Boundaries, known: Known) -> List[GrammarName]:
    text = bounds.text
    out = []
    for m in _BIG_STREET.finditer(text):
        s0, s1 = m.start(), m.end()
        if text.startswith("小巷", s1) or known.overlaps(s0, s1):
            continue  # 大街小巷: everywhere
        name = next(((ws, we) for ws, we in bounds.words_over(s0 - 1, s0) if we == s0 and we - ws >= 2), None)
        if name is None or not text.endswith(_LOCATIVE, 0, name[0]) or known.overlaps(name[0], s1):
            continue
        word = text[name[0] : s0]
        tag = words.word_tag(word)
        if tag.startswith("n") and everyday(word) < WORDLIKE_NOT_PLACE and not _crossed(bounds, s0, s1, name[0]):
            out.append(GrammarName(name[0], s1, kind="road"))
    return out


def _over_a_place(bounds: Boundaries, known: Known) -> List[GrammarName]:
    text = bounds.text
    out = []
    for s0, s1 in spans_of(text, _COMPASS_ROAD):
        place = next(((s, e) for s, e in known.within(s0 - 4, s0 + 1) if s < s0 and e == s0 + 1), None)
        if place is None:
            continue  # 海南 ends on the direction of 明海|南路
        for start in range(max(0, place[0] - 2), place[0]):
            name = text[start:s0]
            if CJK_RUN.fullmatch(name) is not None and STOP.isdisjoint(name):
                prefix = text[start : place[0]]
                if prefix[0] in STOP_FIRST or len(prefix) > 1 and everyday(prefix) or known.overlaps(start, place[0]):
                    continue  # 在|河南路, 上海|河南路: a function word or another place is no road's name
                if _opens(text, start, known) and bounds.starts_word(start):
                    out.append(GrammarName(start, s1, kind="road"))
                    break
    return out


def _named_square(name: str) -> bool:
    """Whether a square's name is a place or a landmark's name that jieba knows (古樟 ns; 钟楼, 大雁塔:
    nr, as jieba tags landmarks), or a lake's or a river's name (银湖湾|广场, 某水湖|广场: the water it lies by),
    with a direction or a pair of them after it or not (大雁塔|北广场, 钟楼|东西|广场)."""
    base = name[: len(name) - _direction_size(name)]
    return place_word(base) or proper_tag(base).startswith("nr") or len(base) >= 3 and base[-1] in _WATERS


def _squares(bounds: Boundaries, known: Known) -> List[GrammarName]:
    text = bounds.text
    out = []
    for s0, s1 in spans_of(text, _SQUARE):
        head = text[s0:s1]
        if head == "坊" and not text.startswith(_QUARTER_AFTER, s1):
            continue  # 清河坊|历史街区: a quarter that the text says is one
        paired = text.endswith(_DIRECTION_PAIRS, 0, s0)  # 大雁塔|南北|广场: a name one character longer
        for start in range(max(0, s0 - 4 - paired), s0 - 1):
            anchor = start in known.start_at
            if not (anchor or _opens(text, start, known) or text.endswith(_SQUARE_BEFORE, 0, start)):
                continue
            if (start, s0) not in known.exact and known.overlaps(start, s1):
                continue
            # 大雁塔|北广场, 钟楼|东西|广场: jieba joins the direction to the head
            h0 = s0 - _direction_size(text[start:s0]) if head == "广场" else s0
            name_end = h0 if s0 - h0 == 2 else s0  # the pair is no part of the name's shape (钟楼|东西)
            if not bounds.starts_word(start) or not _proper(bounds, start, name_end) or _crossed(bounds, h0, s1, start):
                continue
            if head == "广场" and not _named_square(text[start:s0]):
                continue  # 古樟|广场, a square named after its place; not 汇星广场, a shopping mall
            out.append(GrammarName(start, s1, kind="road" if head == "广场" else "quarter"))
            break
    return out


def find_streets(bounds: Boundaries, places: Sequence[Tuple[int, int]]) -> List[GrammarName]:
    """Streets opened by a direction (南正街), after a preposition of place (从亲水大街), over a
    place's last character (明海南路), and squares and old quarters (古樟广场, 清河坊).

    Args:
        bounds (Boundaries): The text and its word boundaries.
        places (Sequence[Tuple[int, int]]): Spans of places already known.
    """
    known = Known.of(places)
    return (
        _compass_streets(bounds, known)
        + _after_locative(bounds, known)
        + _over_a_place(bounds, known)
        + _squares(bounds, known)
    )
