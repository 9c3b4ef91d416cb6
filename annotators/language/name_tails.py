"""The last character of a given name that jieba cuts off as a word of its own (issue 19).

jieba reads some three-character names as a two-character word and a one-character verb or
adjective (林海 + 生, 罗文 + 生, 郑国 + 强), or glues the last character to the next one (孔令 + 杰出 +
庭: 孔令杰 + 出庭), so the name found after a title is cut short or not found at all. Right after a
title, a single character of that kind is the name's last one when a preposition, a verb of saying or
punctuation follows it (县委书记林海生对记者说); a character glued to the next is where the word it
leaves behind is a frequent one (出庭) or a verb and its aspect particle (带着)."""

from __future__ import annotations

from functools import lru_cache
from typing import Optional, Tuple

from baokan.annotators.core.lexicon import read_table
from baokan.annotators.language import names, words
from baokan.annotators.language.chars import HAN_CHAR, HAN_RUN
from baokan.annotators.language.name_words import LIST_CLOSER, collective_titles

#: jieba flags of a one-character word that may end a given name (verb, adjective, noun).
_TAIL_FLAGS = ("v", "a", "n")
#: One-character verbs that never end a name: motion, being, saying, modal and aspect verbs.
_NOT_TAIL = frozenset("来去到说是有在要会能将把被让给看想做等对向与和为从")
#: jieba flags of characters that open or close no name (adverbs, prepositions, conjunctions, particles,
#: pronouns, numerals, measure words).
_FUNCTION_FLAGS = ("d", "p", "c", "u", "r", "m", "q", "y", "e")
#: Prepositions that may follow a name (李某对记者说, 王某向群众介绍).
_AFTER = ("p",)
#: How often the word across a glued name's end must occur in jieba's dictionary (出庭 72): rarer pairs are
#: chance (a name's last character and the next one seldom make a frequent word).
_GLUED_WORD_FREQ = 50
#: Aspect particles after a one-character verb (带着, 做了, 去过): the pair is a verb form jieba's dictionary lacks.
_ASPECT = frozenset("着了过")


def tail_end(text: str, pos: int, end: Optional[int]) -> Optional[int]:
    """``end`` of a name at ``pos`` right after a title, one character longer where jieba cut the
    name's last character off (林海 + 生 + 对); ``end`` unchanged otherwise."""
    ls = names.surname_at(text, pos)
    if not ls or (end is not None and end - pos != ls + 1):
        return end
    last = pos + ls + 1
    if last + 1 > len(text) or HAN_RUN.fullmatch(text[pos : last + 1]) is None:
        return end
    tagged = names.head_tags(text[pos : last + 6])  # (the first three words are all it reads)
    if len(tagged) < 3 or tagged[0][0] != text[pos:last]:
        return end
    if tagged[1][0] != text[last]:
        return last + 1 if _glued_tail(text, last, tagged) else end
    char, flag = tagged[1]
    if char in _NOT_TAIL or not flag.startswith(_TAIL_FLAGS) or text.startswith(_word_stops(), last):
        return end  # (徐麟 + 作批示: a stop word of two characters or more opens there, official_cues.tsv)
    nxt, nflag = tagged[2]
    if nflag.startswith(_AFTER) or names.says_at(text, last + 1) or not HAN_CHAR.match(nxt[:1]):
        return last + 1
    return end


@lru_cache(maxsize=1)
def _word_stops() -> Tuple[str, ...]:
    """The ``name_end`` words of two characters or more (同志, 代表, 作批示 …): a name's last character never
    opens one."""
    return tuple(w for w in names._name_ends_tuple() if len(w) >= 2)


def _glued_tail(text: str, last: int, tagged) -> bool:
    """Whether the character at ``last`` is a given name's last one that jieba glued to the next
    (孔令 + 杰出 + 庭 + 支持公诉): the word it made is no verb and :func:`frees_lone_word` holds."""
    word, flag = tagged[1]
    if len(word) != 2 or flag.startswith(("v",) + _FUNCTION_FLAGS) or text[last] in _NOT_TAIL:
        return False
    if closes_list(text, last + 1):
        return True  # 梁会 + 平等 + 领导: 等 closes a list before its collective word (梁会平 + 等领导)
    return len(tagged[2][0]) == 1 and frees_lone_word(text, last + 1)


def closes_list(text: str, pos: int) -> bool:
    """Whether ``text[pos]`` is 等 closing a list of people before its collective word (等领导, 等代表)."""
    return text.startswith(LIST_CLOSER, pos) and text.startswith(_list_heads(), pos + 1)


@lru_cache(maxsize=1)
def _list_heads() -> Tuple[str, ...]:
    """The words after 等 that make it close a list of people: ``attendance_cues.tsv``'s collective
    leader and member words (领导, 负责同志, 代表, 委员) and ``titles.tsv``'s collective titles (省领导)."""
    cues = read_table("attendance_cues").rows
    heads = {r["word"] for r in cues if r.get("role") in ("leader", "member") and r.get("word")}
    heads |= collective_titles()
    heads.add("同志")
    return tuple(sorted(heads, key=len, reverse=True))


def frees_lone_word(text: str, pos: int) -> bool:
    """Whether the two characters at ``pos`` make a frequent dictionary word (出庭) or a one-character
    verb and its aspect particle (带着) that jieba splits,
    gluing the first to the character before it and leaving the second alone (杰出 + 庭, 林带 + 着): a
    name's last character read into the next word, not a word of its own."""
    pair = text[pos : pos + 2]
    if len(pair) != 2 or not HAN_RUN.fullmatch(pair):
        return False
    aspect = pair[1] in _ASPECT and words.word_tag(pair[0]).startswith("v")  # 带 + 着: a verb and its aspect
    if not aspect and (not words.is_word(pair) or words.freq(pair) < _GLUED_WORD_FREQ):
        return False
    cuts = words.boundaries(text[pos - 1 : pos + 4])
    return 2 in cuts and 3 in cuts and 1 not in cuts


#: Marks that close a name in a roll of posts and names (主席某某，副主席某某、某某).
_ROLL_MARKS = "，,、；;"


def _closed_name(text: str, pos: int, end: int) -> bool:
    """Whether ``text[pos:end]``, the given name after a surname the table lacks, is one word jieba tags
    as a name (海鹏: nr, 志强: nrfg) and a clause mark of a roll follows it."""
    if text[end : end + 1] not in _ROLL_MARKS:
        return False
    word, flag = names.first_tag(text[pos : end + 1])
    return word == text[pos:end] and flag.startswith("nr")


def unlisted_surname_name(text: str, pos: int) -> Optional[int]:
    """The end of a name right after a title whose surname the table lacks: two Han characters
    (副秘书长訚某介绍), or three when jieba reads the first as a surname of its own (指导员拓守林告诉),
    that make no dictionary word, none a function word, before a verb of saying, or three that jieba reads
    as a surname and a given name of their own before a clause mark (区政协主席某志强，…); None otherwise."""
    if pos >= len(text) or names.surname_at(text, pos):
        return None
    first = names.first_tag(text[pos : pos + 6])
    for end in (pos + 3, pos + 2) if first == (text[pos], "nr") else (pos + 2,):
        if end >= len(text) or HAN_RUN.fullmatch(text[pos:end]) is None:
            continue
        closed = end == pos + 3 and _closed_name(text, pos + 1, end)  # 主席 + 某 + 志强 + ，副区长…
        if not (names.says_at(text, end) or closed) or words.is_word(text[pos:end]):
            continue
        if any(words.word_tag(c).startswith(_FUNCTION_FLAGS) for c in text[pos:end]):
            continue  # 也 + 再: adverbs and particles are no name
        return end
    return None
