"""One-character function words glued to the name before a head (issue 19).

County and police papers run a verb or a preposition straight into a bare unit's name
(``据当地派出所长介绍``, ``还建立起网上流动警务室``): read alone, 据当地 and 起网上流动 look like a
station's name. jieba, reading the words around them, tags such a character as a verb,
preposition, adverb or conjunction of its own; a name does not open with one.
"""

from __future__ import annotations

from functools import lru_cache
from typing import FrozenSet, Tuple

from baokan.annotators.core.lexicon import read_table
from baokan.annotators.language import names
from baokan.annotators.language.chars import HAN_CHAR
from baokan.annotators.language.word_names import edge_verbs

#: jieba flags of one-character words that open no name (verb, preposition, adverb, conjunction, particle:
#: 还 + 得 + 感谢派出所).
FUNCTION_FLAGS = ("v", "p", "d", "c", "u")


def opens_with_function_char(text: str, start: int, end: int, flags: Tuple[str, ...] = FUNCTION_FLAGS) -> bool:
    """Whether ``text[start:end]`` opens with a one-character function word (one of jieba's ``flags``), as
    jieba reads it with the two characters before it."""
    ctx = max(0, start - 2)
    pos = ctx
    for word, flag in names.tag(text[ctx:end]):
        if pos == start:
            return len(word) == 1 and flag.startswith(flags)
        pos += len(word)
        if pos > start:
            return False  # a word runs across the start: the name is cut from a longer word
    return False


def function_word_for_surname(text: str, start: int, end: int) -> bool:
    """Whether a short would-be name ``text[start:end]`` opens with a rare surname that jieba, reading
    on past the name, takes as a preposition or conjunction (由 + 侍警官: 由 is "by", 侍 the surname)."""
    if end - start > 2 or names.surnames().get(text[start]):
        return False
    word, flag = names.first_tag(text[start : end + 2])
    return len(word) == 1 and flag.startswith(("p", "c"))


#: Level characters a demonstrative turns into a reference (该县, 本市, 我区), not a body's name.
_LEVEL_CHARS = frozenset("省市县区州乡镇村")
#: Demonstratives and pronouns that make the level after them a reference.
_DEICTICS = frozenset("该本我此全")


def deictic_level(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a lone level character after a demonstrative (该 + 县 + 县委常委:
    the county referred to, not the body the title names)."""
    return end - start == 1 and text[start] in _LEVEL_CHARS and text[start - 1 : start] in _DEICTICS


def localizer_for_surname(text: str, start: int, end: int) -> bool:
    """Whether a would-be name ``text[start:end]`` right after a post opens with a rare surname that
    jieba, reading on past it, takes as a word of place or time (转任副省长 + 后 + 于…: 后 is "after");
    the name is then no name, unless the page writes it again elsewhere."""
    if names.surnames().get(text[start], 1):
        return False
    word, flag = names.first_tag(text[start : end + 2])
    if len(word) != 1 or not flag.startswith("f"):
        return False
    return text.count(text[start:end]) <= 1  # asked last: it searches the whole page (a long roster stays linear)


#: jieba flags of the one-character words that open no transliterated name: a verb may (达 + 来), these not.
PARTICLE_FLAGS = ("p", "d", "c", "u")


def opens_with_particle(text: str, start: int, end: int) -> bool:
    """:func:`opens_with_function_char` without verbs: 都 + 在 + 某某 ("all at"), not 达 of 达来."""
    return opens_with_function_char(text, start, end, PARTICLE_FLAGS)


def preposition_of_place(text: str, start: int, end: int) -> bool:
    """Whether a would-be name ``text[start:end]`` right after a post is a preposition and the noun of a
    place phrase (民警 + 于现场 + 附近, 民警 + 向路口 + 一带): a surname that jieba reads alone as a preposition
    (于, 向, 在), then a noun that a word of position follows (周边, 附近, 一带: jieba's ``f``). A name is
    followed by its verb, never by such a word; the name is kept where the page writes it again."""
    word, flag = names.first_tag(text[start:end])
    if len(word) != 1 or not flag.startswith("p") or not HAN_CHAR.match(text[end : end + 1]):
        return False
    if not names.first_tag(text[end : end + 4])[1].startswith("f"):
        return False
    return text.count(text[start:end]) <= 1  # asked last: it searches the whole page


#: Verbs of coming and going that jieba reads alone before a place's short name (来秦, 赴渝, 到京).
_COMING = frozenset("来到赴回抵")


def trip_for_name(text: str, start: int, end: int) -> bool:
    """Whether a would-be name of two characters right after a post is a verb of coming and the short
    name of the place visited, before the trip's purpose (省委主要领导 + 来秦 + 调研: "came to Qinhuangdao
    to inspect"; ``name_edge_verbs.tsv``, role visit): 来 is also a surname, but a name is followed by
    its verb, not sent on a trip by one of its own characters. Kept where the page writes it again."""
    if end - start != 2 or text[start] not in _COMING:
        return False
    if not text.startswith(edge_verbs().get("visit", ()), end):
        return False
    return text.count(text[start:end]) <= 1  # asked last: it searches the whole page


@lru_cache(maxsize=1)
def _duty_marks() -> FrozenSet[str]:
    """The characters of ``duty_marks.tsv``: an officer's duty or shift at the end of a two-character word."""
    return frozenset(r["char"] for r in read_table("duty_marks").rows if r.get("char"))


@lru_cache(maxsize=1)
def _officer_posts() -> Tuple[str, ...]:
    """The police officers' posts of ``titles.tsv`` (民警, 辅警, 交警: category police, rank officer)."""
    rows = read_table("titles").rows
    return tuple(r["title"] for r in rows if r.get("category") == "police" and r.get("rank") == "officer")


def duty_before_officer(text: str, start: int, end: int) -> bool:
    """Whether a would-be two-character name right before an officer's post names the officer's duty
    (街巡 + 民警 "street-patrol officer", 值勤 + 交警): its second character is a duty mark of
    ``duty_marks.tsv``; a given name of one character is rarely such a verb (s6 R1)."""
    return end - start == 2 and text[start + 1] in _duty_marks() and text.startswith(_officer_posts(), end)


#: jieba flags of fixed expressions and idioms (人民满意, 一马当先): a quality or a saying, no place's name.
_PHRASE_FLAGS = ("l", "i")


def fixed_phrase(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is one fixed expression or idiom of jieba's dictionary (``人民满意`` of
    an honour ``人民满意派出所``): a station is named after a place or a word for one, never after a saying."""
    tagged = names.tag(text[start:end])
    return len(tagged) == 1 and tagged[0][1].startswith(_PHRASE_FLAGS)


def opens_with_preposition(text: str, pos: int) -> bool:
    """Whether jieba, reading from ``pos``, opens with a preposition or a conjunction there (某交警大队 +
    按照 + 市交警支队的部署: 按照 starts no unit's name, it joins the sentence's two units)."""
    tagged = names.tag(text[pos : pos + 6])
    return bool(tagged) and len(tagged[0][0]) > 1 and tagged[0][1].startswith(("p", "c"))


def place_word(text: str, start: int, end: int) -> bool:
    """Whether jieba reads ``text[start:end]`` as one place name (广都, 成都): a function character
    inside it (都 "all") is then a syllable of the name, not a word of the sentence."""
    tagged = names.tag(text[start:end])
    return len(tagged) == 1 and tagged[0][1] == "ns"


#: What stands before the 记 ("a profile of") that opens a feature's subtitle: a dash or a line start.
_PROFILE_OPENERS = "—－-―\n"


def profile_verb_at(text: str, start: int) -> bool:
    """Whether ``text[start]`` is the 记 ("a profile of") a dash or a line start puts before a feature's
    subject (——记某派出所副所长某某): no character of the unit's name that follows."""
    return text[start : start + 1] == "记" and (start == 0 or text[start - 1] in _PROFILE_OPENERS)
