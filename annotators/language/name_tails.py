"""The last character of a given name that jieba cuts off as a word of its own (issue 19).

jieba reads some three-character names as a two-character word and a one-character verb or
adjective (林海 + 生, 罗文 + 生, 郑国 + 强), so the name found after a title is cut short or not
found at all. Right after a title, a single character of that kind is the name's last one when a
preposition, a verb of saying or punctuation follows it (县委书记林海生对记者说).
"""

from __future__ import annotations

from typing import Optional

from baokan.annotators.language import names, words
from baokan.annotators.language.chars import HAN_CHAR, HAN_RUN

#: jieba flags of a one-character word that may end a given name (verb, adjective, noun).
_TAIL_FLAGS = ("v", "a", "n")
#: One-character verbs that never end a name: motion, being, saying, modal and aspect verbs.
_NOT_TAIL = frozenset("来去到说是有在要会能将把被让给看想做等对向与和为从")
#: jieba flags of characters that open or close no name (adverbs, prepositions, conjunctions, particles,
#: pronouns, numerals, measure words).
_FUNCTION_FLAGS = ("d", "p", "c", "u", "r", "m", "q", "y", "e")
#: Prepositions that may follow a name (李某对记者说, 王某向群众介绍).
_AFTER = ("p",)


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
    if len(tagged) < 3 or tagged[0][0] != text[pos:last] or tagged[1][0] != text[last]:
        return end
    char, flag = tagged[1]
    if char in _NOT_TAIL or not flag.startswith(_TAIL_FLAGS):
        return end
    nxt, nflag = tagged[2]
    if nflag.startswith(_AFTER) or names.says_at(text, last + 1) or not HAN_CHAR.match(nxt[:1]):
        return last + 1
    return end


def unlisted_surname_name(text: str, pos: int) -> Optional[int]:
    """The end of a name right after a title whose surname the table lacks: two Han characters
    (副秘书长訚某介绍), or three when jieba reads the first as a surname of its own (指导员拓守林告诉),
    that make no dictionary word, none a function word, before a verb of saying; None otherwise."""
    if pos >= len(text) or names.surname_at(text, pos):
        return None
    first = names.first_tag(text[pos : pos + 6])
    for end in (pos + 3, pos + 2) if first == (text[pos], "nr") else (pos + 2,):
        if end >= len(text) or HAN_RUN.fullmatch(text[pos:end]) is None:
            continue
        if not names.says_at(text, end) or words.is_word(text[pos:end]):
            continue
        if any(words.word_tag(c).startswith(_FUNCTION_FLAGS) for c in text[pos:end]):
            continue  # 也 + 再: adverbs and particles are no name
        return end
    return None
