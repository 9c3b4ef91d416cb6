"""Officials the papers name without a post: leaders of the party and the state, and model officials.

``known_officials.tsv`` lists them. Their names are names wherever they stand as a word
(jieba's dictionary reads 周恩来 as a time word, so the name finder would not take it before
总理), and a bare mention (``学习焦裕禄``, ``毛泽东曾指出``) is an official whose title is the
one the page gives elsewhere, or null (docs/labels.md: a leader named with no post is must).

A name that stands only inside the name of a doctrine, a spirit or a memorial on the page
(``毛泽东思想``, ``焦裕禄精神``, ``周恩来纪念馆``) makes no official there: such strings are
neutral in the label rules. Where the page also names the person, every mention counts.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Dict, FrozenSet, List, Optional, Pattern, Tuple

from baokan.annotators.core import recache
from baokan.annotators.core.lexicon import forms_of, read_table
from baokan.annotators.language import names, words
from baokan.annotators.language.chars import HAN_CHAR

#: Heads that make a name part of another name: a doctrine, a spirit, a memorial, a work.
BOUND_HEADS = (
    "思想",
    "理论",
    "精神",
    "纪念",
    "故居",
    "旧居",
    "同志纪念",
    "文选",
    "选集",
    "文集",
    "年谱",
    "诗词",
    "著作",
    "铜像",
    "塑像",
    "雕像",
    "陵园",
    "墓",
    "号",
)


#: The jieba frequency from which a word after a name is an everyday word, not a given name's tail.
COMMON_WORD = 1000
#: jieba's tags of a one-character word that ends a name rather than lengthening it.
FUNCTION_TAGS = frozenset("vpuc")


@lru_cache(maxsize=1)
def known_names() -> FrozenSet[str]:
    """The names of ``known_officials.tsv``."""
    return frozenset(read_table("known_officials").rows.column("name"))


@lru_cache(maxsize=1)
def _pattern() -> Pattern[str]:
    # one branch per first character (王(?:沪宁|岐山)|…: the matcher tries a handful of branches where a
    # surname stands, not every name), inside it the longest first, so that no name is cut to a shorter
    # one it starts with; then in code-point order, so that every process writes the same pattern and
    # finds it in recache's file (a set's order is not)
    by_first: Dict[str, List[str]] = {}
    for name in sorted(known_names(), key=lambda n: (-len(n), n)):
        by_first.setdefault(name[0], []).append(re.escape(name[1:]))
    return recache.compile("|".join(f"{re.escape(c)}(?:{'|'.join(rest)})" for c, rest in sorted(by_first.items())))


@lru_cache(maxsize=1)
def _doctrine_tails() -> Tuple[str, ...]:
    """What follows a known name in the doctrines the slogan lexicon lists under that name
    (习近平 + 法治思想, + 新时代中国特色社会主义思想): there the name names the doctrine, as in
    ``毛泽东思想``. A form that goes on with a post (``…总书记系列重要讲话精神``) titles the person
    and is left out."""
    known = known_names()
    tails = {
        form[size:]
        for form in forms_of("slogans")
        if form.endswith(BOUND_HEADS)
        for size in (2, 3, 4)
        if form[:size] in known and not form.startswith(DOCTRINE_POSTS, size)
    }
    return tuple(sorted(tails))


#: Posts that may follow a leader's name inside a listed formula: the name is titled there.
DOCTRINE_POSTS = ("总书记", "主席", "同志", "委员长", "总理")


@lru_cache(maxsize=1)
def _automaton() -> Any:
    """daachorse's automaton over the names, leftmost-longest (None without daachorse or names)."""
    try:
        import daachorse
    except ImportError:  # pragma: no cover - daachorse is a dependency; the pattern still works
        return None
    names = sorted(n for n in known_names() if n)
    if not names:
        return None
    return daachorse.CharwiseDoubleArrayAhoCorasick(names, match_kind=daachorse.MATCH_KIND_LEFTMOST_LONGEST)


def _name_spans(text: str) -> List[Tuple[int, int]]:
    """Where :func:`_pattern`'s ``finditer`` finds known names: leftmost, the longest there, never
    overlapping; from daachorse's leftmost-longest automaton (a pass over the text in native code,
    not a test of every character against the names' first characters), else from the pattern."""
    automaton = _automaton()
    if automaton is None:
        return [m.span() for m in _pattern().finditer(text)]
    return [(s, e) for s, e, _ in automaton.find(text)]


def _free_end(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` heads no doctrine, spirit, memorial or work."""
    return not text.startswith(BOUND_HEADS, end) and not text.startswith(_doctrine_tails(), end)


def _stands_alone(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start:end`` is a word of its own: a two-character name must not be
    the tail of a longer Han name before it (``陈云`` in ``王陈云``) or open a longer one
    (``陈竺平说``), by the word cuts or by the name finder. A one-character verb, preposition,
    particle or conjunction beside it bounds it (``由易纲主持``, ``韩正说``) even where jieba joins
    it to the name's edge character."""
    if end - start > 2:
        return True
    before = text[start - 1 : start]
    after = text[end : end + 1]
    window_start = max(0, start - 3)
    spans = [(s + window_start, e + window_start) for s, e in words.word_spans(text[window_start : end + 3])]
    cuts = {s for s, _ in spans} | {e for _, e in spans}
    for s, e in spans:  # jieba reads a longer word around the whole name (殷勇刚, 王陈云), not 同万钢
        if s <= start and e >= end and e - s > end - start:
            extra = text[s:start] + text[end:e]
            if not (len(extra) == 1 and _function_char(extra)):
                return False
    han_before = bool(before) and bool(HAN_CHAR.match(before))
    if han_before and any(start < s < end < e for s, e in spans):
        return False  # a word across the name's end (正在) where a Han character stands before it: 中韩正在
    open_before = han_before and not _function_char(before)
    open_after = bool(after) and bool(HAN_CHAR.match(after)) and not _function_char(after)
    if open_before:
        longer = names.name_at(text, start - 1)  # 王冯飞: a three-character name that ends with 冯飞
        if start not in cuts or (longer is not None and longer >= end):
            return False
    if open_after:
        word_after = next((e for s, e in spans if s == end), end)
        solid = words.freq(text[end:word_after]) >= COMMON_WORD  # 龚正明确, 万钢说明: no longer name
        longer = None if solid else names.name_at(text, start)
        if end not in cuts or (longer is not None and longer > end):
            return False
    return True


def _function_char(char: str) -> bool:
    """Whether ``char`` is a one-character verb, preposition, particle or conjunction (``韩正说``,
    ``龚正在``, ``邵鸿等``): it bounds a name, it does not lengthen it. (Adverbs are left out:
    刚, 永 and their kind end given names.)"""
    return words.is_word(char) and words.word_tag(char)[:1] in FUNCTION_TAGS


def known_name_before(text: str, end: int) -> Optional[int]:
    """The start of a known official's name that ends at ``end`` (``周恩来总理`` → 周恩来), or None."""
    for size in (3, 2, 4):
        start = end - size
        if start >= 0 and text[start:end] in known_names() and _stands_alone(text, start, end):
            return start
    return None


def known_mentions(text: str) -> List[Tuple[int, int]]:
    """Every mention of a known official in ``text``, in order, when at least one of the person's
    mentions stands free of a doctrine, spirit or memorial name; none of a person who stands
    only inside such names."""
    if not known_names():
        return []
    found = [(s, e) for s, e in _name_spans(text) if _stands_alone(text, s, e)]
    free = {text[s:e] for s, e in found if _free_end(text, e)}
    return [(s, e) for s, e in found if text[s:e] in free]
