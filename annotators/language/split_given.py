"""A three-character name before a post that jieba reads as a surname and a word (issue 19).

Before a post (``曹云林书记``, ``杜国军主任``) jieba often cuts a three-character name into the
surname, tagged as a name of its own, and a two-character word of another kind: a place (云林,
德林), a proper noun (华明, 光华), a common noun (国军) or a time word (国庆). Its name guess then
ends at the surname alone, and the name before the post is lost. Read right before a post, after a
verb, a preposition, a conjunction or punctuation (``学习讨论曹云林书记讲话``), the surname and the
word are one name.
"""

from __future__ import annotations

from functools import lru_cache
from typing import FrozenSet, Optional, Tuple

from baokan.annotators.core.lexicon import read_table
from baokan.annotators.language import names
from baokan.annotators.language.chars import HAN_CHAR, HAN_RUN, surnames
from baokan.annotators.language.place_words import DIVISION_SUFFIXES

#: jieba flags of the two-character word that is the given name: places, proper and common nouns,
#: time words, abbreviations, and names (陈 + 荣光, where 荣光 is also a known body's name).
GIVEN_WORD_FLAGS = ("ns", "nz", "n", "ng", "t", "j", "nt", "nr")
#: jieba flags of the word before the surname that end the clause's previous phrase.
BEFORE_FLAGS = ("v", "p", "c")
#: jieba flags of a character that ends no given name here: prepositions, conjunctions, particles, pronouns,
#: localisers, numerals, measure words, punctuation, and verbs and adverbs (刘红 + 是, 王明 + 任 + 书记).
NOT_GIVEN_FLAGS = ("p", "c", "u", "r", "f", "m", "q", "x", "y", "e", "o", "v", "d")


def split_given_before(text: str, end: int) -> Optional[int]:
    """The start of a three-character name that ends at ``end`` (a post's start), or None: jieba's
    whole name (朱永荣), a surname it reads as a name and a two-character word (曹 + 云林), or a
    two-character name and one more character (孙涛 + 胜), after a verb, a preposition, a
    conjunction or punctuation.

    Args:
        text (str): The article text.
        end (int): Where the post starts.

    Returns:
        Optional[int]: The name's start.
    """
    s = end - 3
    if s < 0 or HAN_RUN.fullmatch(text[s:end]) is None or names.surname_at(text, s) != 1:
        return None
    if text[end - 1] in _body_ends() or names.says_at(text, end - 1) or text.startswith(_STOPS, end - 1):
        return None  # 温泉镇 + 镇长, 高新区 + 主任: jieba's "name" is a body's; 刘红 + 是: a verb's
    lo = max(0, s - 4)
    tagged = names.tag(text[lo:end])
    *rest, (last, lflag) = tagged
    if len(last) == 3 and lflag.startswith("nr"):
        kept = 1
    elif len(rest) >= 1 and _two_parts(rest[-1], (last, lflag), opens=s == 0 or not HAN_CHAR.match(text[s - 1])):
        kept = 2
    else:
        return None
    before = tagged[: len(tagged) - kept]
    if lo + sum(len(w) for w, _ in before) != s:
        return None  # jieba's words do not break where the name would start
    if s > 0 and HAN_CHAR.match(text[s - 1]) and not (before and before[-1][1].startswith(BEFORE_FLAGS)):
        return None
    return s


#: Characters that end a clause's subject before a predicate, never a name before a post.
_STOPS = ("是", "在", "任", "兼", "为", "和", "与", "及", "等", "的")


@lru_cache(maxsize=1)
def _body_ends() -> FrozenSet[str]:
    """Characters that end a body's name, never a given name's: division suffixes (镇, 区) and the
    one-character organisation heads of official_cues.tsv (局, 委, 办 …)."""
    heads = {
        r["word"]
        for r in read_table("official_cues").rows
        if r.get("kind") == "org_head" and len(r.get("word", "")) == 1
    }
    return frozenset(heads | DIVISION_SUFFIXES)


def _two_parts(first: Tuple[str, str], second: Tuple[str, str], *, opens: bool = False) -> bool:
    """Whether two of jieba's words make one name: a surname it tags as a name and a two-character
    word (曹 + 云林), or a two-character name and a character that is no function word (孙涛 + 胜).
    ``opens``: the name opens a clause, where jieba often tags a ranked surname as something else
    (谭 + 光华, 龙 + 金国: a morpheme or a noun)."""
    (w1, f1), (w2, f2) = first, second
    ranked = opens and len(w1) == 1 and surnames().get(w1, 0) > 0
    if not (f1.startswith("nr") or ranked):
        return False
    if len(w1) == 1:
        return len(w2) == 2 and f2 in GIVEN_WORD_FLAGS
    return len(w1) == 2 and len(w2) == 1 and not f2.startswith(NOT_GIVEN_FLAGS)
