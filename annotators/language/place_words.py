"""What jieba's dictionary says of a would-be place name, and where a clause's words run.

- :func:`everyday` says whether a word is an everyday word rather than a proper name,
  from the part-of-speech tags of jieba's dictionary (平安 a, 合作 vn).
- :class:`Boundaries` asks jieba (dictionary words only, no HMM guesses) where the words
  of a clause run, so that a name found inside a longer word (共和 in 中华人民共和国,
  平安乡 in 平安乡村) can be refused without any stop list.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Dict, FrozenSet, List, Optional, Set, Tuple

from baokan.annotators.core import recache
from baokan.annotators.language import words
from baokan.annotators.language.chars import HAN, HAN_CHAR, HAN_RUN, single_surnames
from baokan.annotators.language.word_starts import starts_across

CJK = HAN
CJK_CHAR = HAN_CHAR
CJK_RUN = HAN_RUN
#: jieba part-of-speech tags of proper names; any other tag marks an everyday word.
PROPER_TAGS = ("ns", "nr", "nz", "nt")
#: Where a clause ends, for the windows jieba cuts.
CLAUSE_STOP = frozenset("，。！？；：、,.!?;:（）()《》“”\"'‘’「」『』【】\n\t 　—…·")
_CLAUSE_STOP_RE = recache.compile("[" + re.escape("".join(sorted(CLAUSE_STOP))) + "]")
#: Any one of :data:`CLAUSE_STOP` (``search(text, start, end)`` asks whether a stretch holds one).
CLAUSE_STOP_RE = _CLAUSE_STOP_RE
#: Everything up to the last clause stop of a stretch (greedy: the run goes to its end and gives back).
_LAST_CLAUSE_STOP = recache.compile("(?s:.*)" + _CLAUSE_STOP_RE.pattern)
#: How far a clause reaches each side of a span (Boundaries._clause).
_CLAUSE_REACH = 24
#: Characters a grammar name never contains: function words, pronouns, quantities (全体乡, 该村, 每个村).
STOP = frozenset("的了着过是在和与及或但而也都就还又个全各每该本我你他她它这那其此几等些么之于把被将为以对向从到给某")
#: Characters a grammar name does not begin with: verbs of motion and prepositions (赴, 住, 沿).
STOP_FIRST = STOP | frozenset("去来进出回赴抵入驻离住往至给让同跟由沿经已曾正均共约仅另再并且")
_DEICTIC_FIRST = frozenset("全本我该各外异当此两多他邻跨省市县区")
_DEICTIC_LEVEL = frozenset("省市县区乡镇村国地州方")
#: What may follow a division's suffix inside one dictionary word without hiding the
#: division (杭州市委, 乡政府, 县长, 浙江人); 乡村 or 市场 after 平安乡 or 永安市 do hide it.
ATTACHED_AFTER_SUFFIX = frozenset("委政党人长级直属内纪公法检")
DIVISION_SUFFIXES = frozenset("省市县区州旗盟乡镇村")
#: The rest of a village's name and its suffix, after the word that crosses a township's level
#: character (岔口乡|下坪村: jieba reads 乡下).
_VILLAGE_AFTER = recache.compile(f"[{HAN}]{{0,2}}村(?![民级委])")


def deictic(surface: str) -> bool:
    """全省, 本市, 我国, 当地, 各地: a quantifier or pronoun before a level word names no place."""
    return len(surface) == 2 and surface[0] in _DEICTIC_FIRST and surface[1] in _DEICTIC_LEVEL


# ---------------------------------------------------------------- jieba's dictionary


@lru_cache(maxsize=1 << 16)  # jieba's dictionary is package data: a word's answer is asked page after page
def proper_tag(word: str) -> str:
    """jieba's tag for ``word`` when its dictionary tags it as a proper name (ns, nr, nz, nt), else ``""``."""
    tag = words.word_tag(word)
    return tag if tag[:2] in PROPER_TAGS else ""


#: A grammar name this frequent in jieba's dictionary is a common noun, whatever its tag (城市).
COMMON_NAME = 2000
#: Dictionary words rarer than this (jieba's count) are too rare to be everyday words (潭头 2).
RARE = 10


@lru_cache(maxsize=1 << 16)  # (as proper_tag)
def everyday(word: str) -> int:
    """jieba's count for ``word`` if it is a common dictionary word but not a proper name, else 0."""
    freq = words.freq(word)
    return 0 if freq < RARE or proper_tag(word) else freq


#: A division's short form this frequent in jieba's dictionary is a word people write for
#: other things too (江山, 长安, 南湖), whatever its tag.
WORDLIKE = 1000
#: ... and this frequent, when jieba tags it as no place (博爱 nr, 惠民 nr, 三门 m).
WORDLIKE_NOT_PLACE = 100


def wordlike(word: str, *, famous_ok: bool = False) -> bool:
    """Whether a short form is also a word (江山, 博爱): jieba counts it often, or often enough
    without tagging it as a place. With ``famous_ok`` (a city), only the second."""
    freq = words.freq(word)
    return (freq >= WORDLIKE and not famous_ok) or freq >= WORDLIKE_NOT_PLACE and not place_word(word)


#: Numerals that open a count of things (三江之源 is three rivers' source; 三江 is also a county).
_COUNT_FIRST = frozenset("一二三四五六七八九十两百千万")


def counted_name(word: str) -> bool:
    """Whether a two-character short form is a numeral and a noun (三江, 五河, 九龙): a count of
    rivers or mountains as often as a place, so it needs more than its province on the page."""
    return len(word) == 2 and word[0] in _COUNT_FIRST


def person_word(word: str) -> bool:
    """Whether jieba's dictionary tags ``word`` as a person's name (安康 nr, 嘉善 nr)."""
    return proper_tag(word).startswith("nr")


@lru_cache(maxsize=1)
def surnames() -> FrozenSet[str]:
    """One-character surnames, to tell 赵红旗 from 新乡's 红旗区."""
    return single_surnames()


def after_surname(bounds: Boundaries, start: int) -> bool:
    """Whether a surname standing alone comes right before ``start`` (赵|红旗, 王|宝山)."""
    if start == 0 or bounds.text[start - 1] not in surnames():
        return False
    return bounds.starts_word(start - 1)


def place_word(word: str) -> bool:
    """Whether jieba's dictionary tags ``word`` as a place name (ns)."""
    return proper_tag(word).startswith("ns")


#: A one-character verb this frequent in jieba's dictionary, standing alone before a common word or
#: an adjective, opens a verb phrase (建|特色|村, 建|强|乡村), not a name.
COMMON_VERB = 5000


def verb_phrase(bounds: Boundaries, start: int, end: int, glued: bool = False) -> bool:
    """Whether ``text[start:end]`` is a common one-character verb standing alone and then an everyday
    word (建|特色) or, when the suffix opens a longer word (建强|乡村), a one-character adjective: what
    a verb does, not what a place is called (建红村 is a village)."""
    if end - start < 2 or any(ws == start for ws, _ in bounds.words_over(start, end)):
        return False  # a longer word opens it (建新, 兴隆)
    text = bounds.text
    verb, rest = text[start], text[start + 1 : end]
    if not (words.word_tag(verb).startswith("v") and words.freq(verb) >= COMMON_VERB):
        return False
    if len(rest) == 1:
        return (
            glued
            and words.word_tag(rest) == "a"
            and not any(ws == start + 1 for ws, _ in bounds.words_over(start, end + 1))
        )
    return bool(everyday(rest)) and (start + 1, end) in bounds.words_over(start, end)


def whole_place_word(bounds: Boundaries, start: int, end: int) -> bool:
    """Whether jieba's dictionary holds ``text[start:end]`` (three characters or more) as one place name
    whose part before the last character is no everyday word (河东村, but not 城中村)."""
    text = bounds.text
    if end - start < 3 or everyday(text[start : end - 1]) or not place_word(text[start:end]):
        return False
    return (start, end) in bounds.words_over(start, end)


#: jieba tags of one-character words that open a phrase, never a name: prepositions,
#: conjunctions, adverbs, pronouns and particles.
_FUNCTION_TAGS = ("p", "c", "d", "r", "u")
#: A one-character verb this frequent in jieba's dictionary opens a verb phrase (有, 要, 会, 能).
FREQUENT_VERB = 40000


def opens_phrase(bounds: Boundaries, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` opens with a one-character function word or a very frequent
    verb standing alone (有|园艺村, 要|走|好乡): a phrase before the suffix, not a name."""
    if any(ws == start for ws, _ in bounds.words_over(start, end)):
        return False  # a longer word opens it (有色, 要塞)
    ch = bounds.text[start]
    tag = words.word_tag(ch)
    if tag == "d" and end - start >= 3 and not words.freq(bounds.text[start + 1 : end]):
        return False  # 不|灿洼: what follows the adverb is no word, so it is the name's first character
    return tag[:1] in _FUNCTION_TAGS or tag == "v" and words.freq(ch) >= FREQUENT_VERB


# ---------------------------------------------------------------- word boundaries


class Boundaries:
    """jieba's dictionary words around a span, cut once per clause of a text.

    Args:
        text (str): The article text; offsets are code points into it.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self._cut: Dict[Tuple[int, int], List[Tuple[int, int]]] = {}
        self._crossable: Dict[int, bool] = {}  # may_cross by offset: candidates ask about the same edges
        self._over: Dict[Tuple[int, int], List[Tuple[int, int]]] = {}  # words_over by span

    def _clause(self, start: int, end: int) -> Tuple[int, int]:
        """The clause around ``start:end``: from the punctuation before to the one after,
        at most 24 characters each side. Only the stops within that reach are looked for (the last
        before ``start``, the first from ``end``), not every stop of the text."""
        text, reach = self.text, _CLAUSE_REACH
        lo = start - reach if start > reach else 0
        before = _LAST_CLAUSE_STOP.match(text, lo, start) if lo < start else None
        if before is not None:
            lo = before.end()
        after = _CLAUSE_STOP_RE.search(text, end, end + reach)
        if after is not None:
            return lo, after.start()
        return lo, end + reach if end + reach < len(text) else len(text)

    def words_over(self, start: int, end: int) -> List[Tuple[int, int]]:
        """Dictionary words of two characters or more in the clause around ``start:end``."""
        spans = self._over.get((start, end))  # the same spans are asked about again and again
        if spans is None:
            key = self._clause(start, end)
            spans = self._cut.get(key)
            if spans is None:
                lo, hi = key
                spans = self._cut[key] = _long_word_spans(self.text[lo:hi], lo)
            self._over[(start, end)] = spans
        return spans

    def hidden(self, start: int, end: int, *, attached: bool = True) -> bool:
        """Whether a dictionary word crosses an edge of the span (共和 in 中华人民共和国).

        With ``attached``, two kinds of longer word do not hide a place: one that
        adds 人 or 籍 or a level (浙江人, 浙江省委), and one that starts on the
        span's last character when that is a division suffix followed by an organ
        or a post (杭州市委, 乡政府, 县长).
        """
        if not (self.may_cross(start) or self.may_cross(end)):
            return False
        text = self.text
        for ws, we in self.words_over(start, end):
            if we <= start or ws >= end or (ws >= start and we <= end):
                continue
            if ws < start:
                return True
            if attached and text[end - 1] in DIVISION_SUFFIXES and text[end] in ATTACHED_AFTER_SUFFIX:
                continue  # 杭州市委, 深圳市公安局, 乡政府
            if attached and ws == start and text[end] in "人籍省市县区港":
                continue  # 浙江人, 浙江省委, 广州港
            if attached and we == end + 1 and text[end] == "城" and text[we : we + 1] in "里内外":
                continue  # 北京|城里: jieba's 京城 is the city proper, 北京城 (place_seats widens it)
            if attached and ws == end - 1 and text[ws] in "乡镇" and _VILLAGE_AFTER.match(text, we):
                continue  # 岔口乡|下坪村: jieba's 乡下 (镇上, 镇中) opens the village's name, not a word
            return True
        return False

    def may_cross(self, pos: int) -> bool:
        """Whether any dictionary word could run across offset ``pos`` (a cheap test before
        asking jieba: some text from before ``pos`` to the character after it must be a
        word or the start of one, and jieba's dictionary holds every such start)."""
        if pos <= 0 or pos >= len(self.text):
            return False
        found = self._crossable.get(pos)
        if found is None:  # the six slices before pos, asked of the dictionary in one trie look-up
            found = self._crossable[pos] = starts_across(self.text, pos)
        return found

    def starts_word(self, pos: int) -> bool:
        """Whether no dictionary word runs across offset ``pos``."""
        if not self.may_cross(pos):
            return True
        return not any(ws < pos < we for ws, we in self.words_over(pos, pos))

    def first_word(self, start: int, end: int) -> Optional[Tuple[int, int]]:
        """The dictionary word (two characters or more) that begins at ``start`` within ``end``."""
        for ws, we in self.words_over(start, end):
            if ws == start and we <= end:
                return ws, we
        return None

    def all_everyday(self, start: int, end: int) -> bool:
        """Whether ``start:end`` is made of everyday words (设立临时, 辖区), not a name (友谊关)."""
        if everyday(self.text[start:end]):
            return True
        covered: Set[int] = set()
        for ws, we in self.words_over(start, end):
            if ws >= start and we <= end and everyday(self.text[ws:we]):
                covered.update(range(ws, we))
        return len(covered) == end - start


def _long_word_spans(clause: str, offset: int) -> List[Tuple[int, int]]:
    """:func:`words.long_word_spans` of a clause without HMM guesses, moved by ``offset``; the loop over
    rjieba's words written here, so that the compiled build runs it compiled (words stays Python)."""
    cut = words.plain_cut(clause)
    if cut is None:  # jieba's Python code cuts the first characters of a run
        return words.long_word_spans(clause, offset)
    out: List[Tuple[int, int]] = []
    off = offset
    for word in cut:
        n = len(word)
        if n > 1:
            out.append((off, off + n))
        off += n
    return out


def _clause_words(clause: str) -> Tuple[Tuple[int, int], ...]:
    """jieba's dictionary words of two characters or more in a clause."""
    return tuple((s, e) for s, e in words.word_spans(clause, hmm=False) if e - s > 1)


def bare_street(bounds: Boundaries, start: int, end: int) -> bool:
    """Whether a direction and 街 (西街, 东街) stand as a word of their own that jieba's dictionary
    holds as a place name, and no name runs on before them."""
    text = bounds.text
    if (start, end) not in bounds.words_over(start, end) or not place_word(text[start:end]):
        return False
    return start == 0 or not CJK_CHAR.match(text[start - 1]) or text[start - 1] in STOP_FIRST
