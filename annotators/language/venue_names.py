"""Quoted names a public body gives its own class, hall, station, fund, case or reform (read by :func:`quoted.judge`).

A county opens “乡村某某学堂”, a league “青春议事厅”, a city “某某驿站” for job seekers, a township sets up a
“小微基金”, a procuratorate runs “某江专案”: the quoted name is the body's own initiative, a slogan (docs/labels.md,
batch 5; *consistency, sixth pass*). The same heads end names that are not: a name that says only where, when or
how the class is held (“田间课堂”, “夜间课堂”) is generic (s13 R4), and a class a company or a craftsman opens is no
public body's (s7 R1). :func:`opened` tells them apart by the head, the theme before it, the verb before the quote
and who stands in the clause. A service reform named by its one thing or its one time (“一表通”, “一单制”, “只报一次”)
is a body's scheme by its shape. The words are data: ``annotators/data/venue_names.tsv``.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Dict, FrozenSet, List, Optional, Set

from baokan.annotators.core import lexicon
from baokan.annotators.language.chars import HAN_CHAR

#: The hand judgement's features an opened name explains: its head is no object's (驿站, 基金), and 的 before it
#: closes the modifier of the opening verb (打造线上线下结合的“…”), no metaphor.
EXPLAINS = frozenset({"object_head", "possessive"})
#: Characters that end a clause: the verb and the opener are read within one.
_CLAUSE_END = frozenset('。！？；，,：:\n“”"')
_SENTENCE_END = frozenset("。！？；\n")
#: Aspect and direction characters a verb of opening may carry before the quote (建立了“…”, 办起“…”).
_CARRIED = ("了", "起", "出")
#: How far back the opener of a class is looked for (the sentence before the quote, at most).
_OPENER_REACH = 30
#: The theme before the head: two to four characters (乡村小康, 青春); longer is a description (车企售后责任基金).
_THEME = (2, 4)


@lru_cache(maxsize=1)
def _words() -> Dict[str, FrozenSet[str]]:
    """The words of ``venue_names.tsv`` by role, and under ``(last)`` the characters a name may end with."""
    by_role: Dict[str, Set[str]] = {}
    for row in lexicon.read_table("venue_names").rows:
        word = row.get("word", "").strip()
        if word:
            by_role.setdefault(row.get("role", "").strip(), set()).add(word)
    lasts = {w[-1] for role in ("head", "case_head", "one_head") for w in by_role.get(role, ())} | {"次"}
    by_role["(last)"] = lasts  # the last characters of every name this module reads (次 of 只报一次)
    return {role: frozenset(words) for role, words in by_role.items()}


def _head(inner: str, heads: FrozenSet[str]) -> Optional[str]:
    """The longest word of ``heads`` that ``inner`` ends with, leaving something before it."""
    for n in range(min(len(inner) - 1, 3), 0, -1):
        if inner[-n:] in heads:
            return inner[-n:]
    return None


def _generic(theme: str, settings: FrozenSet[str]) -> bool:
    """Whether the theme says only where, when or how (田间, 夜间小, 流动): the name is no body's own."""
    bare = theme[:-1] if theme[-1:] in ("小", "大") else theme
    return not bare or bare in settings


def _opening_verb(before: str, verbs: FrozenSet[str]) -> bool:
    """Whether the clause before the quote ends with a verb of opening, or with one and a modifier closed by 的."""
    clause = before
    for i in range(len(before) - 1, -1, -1):
        if before[i] in _CLAUSE_END:
            clause = before[i + 1 :]
            break
    stem = clause[:-1] if clause.endswith(_CARRIED) else clause
    if any(stem.endswith(v) for v in verbs):
        return True
    if not clause.endswith("的"):
        return False
    return any(v in clause[:-1] for v in verbs)  # 打造线上线下结合的“…”


def _private(wide: str, private: FrozenSet[str]) -> bool:
    """Whether the sentence before the quote names an opener who holds no public post (公司, 传承人)."""
    for i in range(len(wide) - 1, -1, -1):
        if wide[i] in _SENTENCE_END:
            wide = wide[i + 1 :]
            break
    return any(w in wide for w in private)


def _reform(inner: str) -> bool:
    """Whether ``inner`` names a service reform by its one thing or its one time (“一表通”, “一单制”, “只报一次”):
    a body's own scheme, whoever is named before it."""
    words = _words()
    if len(inner) == 3 and inner[0] == "一" and HAN_CHAR.match(inner[1]):
        return inner[2] in words.get("one_head", frozenset())
    if not inner.endswith("一次") or not 3 <= len(inner) <= 5:
        return False
    for opener in words.get("once_opener", frozenset()):
        rest = inner[len(opener) : -2]
        if inner.startswith(opener) and 1 <= len(rest) <= 2 and all(HAN_CHAR.match(c) for c in rest):
            return True
    return False


def opened(text: str, start: int, end: int) -> bool:
    """Whether the quoted phrase ``text[start:end]`` is a public body's own class, hall, station, fund or case.

    Args:
        text (str): The article text.
        start (int): Offset of the phrase (just after the opening mark).
        end (int): End of the phrase (the closing mark's offset).

    Returns:
        bool: True for a service reform named by its one thing or its one time (“一表通”, “只报一次”), for a
        name of a ``case_head`` (“某江专案”), or of a ``head`` with a theme of two to four characters that says more
        than where, when or how, after a verb of opening, with no private opener in the sentence before it
        (开设“平安讲堂”, not 传承人在展厅开设“某某小课堂”, not 开设“田间课堂”).
    """
    inner = text[start:end]
    words = _words()
    if inner[-1:] not in words["(last)"]:
        return False  # most quotes end with no head's character: one set test
    if _reform(inner):
        return True
    if len(inner) < 3 or len(inner) > _THEME[1] + 3:
        return False
    case = _head(inner, words.get("case_head", frozenset()))
    head = case or _head(inner, words.get("head", frozenset()))
    if head is None:
        return False
    theme = inner[: -len(head)]
    if not _THEME[0] <= len(theme) <= _THEME[1] or not all(HAN_CHAR.match(c) for c in theme):
        return False
    if case:
        return True
    if _generic(theme, words.get("setting", frozenset())):
        return False
    before = text[max(0, start - 1 - 12) : max(0, start - 1)]
    if not _opening_verb(before, words.get("verb", frozenset())):
        return False
    return not _private(text[max(0, start - 1 - _OPENER_REACH) : max(0, start - 1)], words.get("private", frozenset()))


def with_venue(text: str, start: int, end: int, fired: List[str]) -> List[str]:
    """The hand judgement's features ``fired`` with ``venue`` added, and the features it explains dropped, where
    the quote is :func:`opened`; ``fired`` itself otherwise."""
    if not opened(text, start, end):
        return fired
    return [f for f in fired if f not in EXPLAINS] + ["venue"]
