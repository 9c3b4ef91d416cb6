"""The edits of a title chain that officials.py makes before it reads the names around it: a verb of
holding the post or a profile's 记 taken off its start, a place inside the last name cut off, a note's
posts split one per author, a chain cut at a name the places table read as a body; and whether a name
runs on across a title's last character.

Separate from :mod:`baokan.annotators.officials` so that the annotator's reading of names and
titles fits in one module; these are plain functions of the text and the chain.
"""

from __future__ import annotations

from typing import Iterable, Iterator, List

from baokan.annotators.core.document import SpanIndex
from baokan.annotators.language import names, words
from baokan.annotators.language.titles import PLACE_HEADS, Chain, Group

#: Verbs of holding a post before a title that 的 joins to the name (担任村党支部书记的王某).
HOLDS = ("担任", "身为", "作为", "现任", "曾任", "兼任", "出任", "转任", "接任", "调任", "升任", "就任", "改任")
#: Verbs that give the post of the name before them (李明是县委书记, 王海现任某局局长, 张某成为某派出所民警):
#: no part of the title.
PREDICATES = ("现任", "担任", "是", "成为了", "成为")
#: The verbs of holding a post and the predicates, asked together before a chain.
HELD_VERBS = HOLDS + PREDICATES
_HELD_FIRST, _HELD_LONGEST = frozenset(w[0] for w in HELD_VERBS), max(len(w) for w in HELD_VERBS)


#: What opens a profile's kicker or subtitle (——记某县公安局民警某某): 记 there is a verb, not the body's name.
_PROFILE_OPENERS = "—－-―\n \u3000"


def _split_at_commas(text: str, chain: Chain) -> List[Chain]:
    """The posts of a chain that 、 joins, each a chain of its own (one author's post each)."""
    pieces: List[List[Group]] = []
    for g in chain.groups:
        if not pieces or text[g.start - 1 : g.start] == "、":
            pieces.append([])
        pieces[-1].append(g)
    return [Chain(p) for p in pieces]


def _name_across(text: str, end: int) -> bool:
    """Whether a name that a verb of saying follows starts right after a title, so that a place
    a title's last character opens (长江 of 县长江峰介绍) is a misreading of title and name."""
    name_end = names.name_at(text, end)
    # ...or the first item of a list of names (副县长武晨晨、彭浩: 长武 is a county too)
    if name_end is None or name_end - end < 2:
        return False
    if names.says_at(text, name_end) or text[name_end : name_end + 1] == "、":
        return True
    # ...or a three-character name that jieba reads whole as a person's (副所长白晓强 + 和民警: 长白 a county)
    if name_end - end != 3 or names.surname_at(text, end) != 1:
        return False
    word, flag = names.first_tag(text[end : end + 5])
    return word == text[end:name_end] and flag.startswith("nr")


def officer_name_across(text: str, end: int) -> bool:
    """Whether a three-character name that a verb follows starts right after an officer's post, so that
    the word the post's last character opens (警方 of 交警方阿龙接到) is a misreading of post and name;
    a two-character one (特警 + 方阵) is the everyday word."""
    name_end = names.name_at(text, end)
    if name_end is None or name_end - end != 3 or names.surname_at(text, end) != 1:
        return False
    return names.says_at(text, name_end) or names.first_tag(text[name_end : name_end + 4])[1].startswith("v")


#: The first characters of :data:`PLACE_HEADS`.
_PLACE_HEAD_FIRST = frozenset(h[0] for h in PLACE_HEADS)


def _drop_profile_verb(text: str, chain: Chain) -> Chain:
    """The chain without the 记 (``a profile of``) that a dash or a line start puts before it, or a
    verb of holding the post that the organisation's start took in (担任 + 村党支部书记)."""
    first = chain.groups[0]
    # 担任 + 村党支部书记: the verb is no part of the body, nor its last character (任村 is a place too)
    # ...nor a name and the verb that the body's guess took in (张建国 + 现任 + 市委书记: 建国 a place)
    # (the last of each verb that ends inside the body, by one str.rfind a verb, if a first character is there)
    lo = max(0, first.start - _HELD_LONGEST + 1)
    verbs = () if _HELD_FIRST.isdisjoint(text[lo : first.head]) else HELD_VERBS
    ends = (s + len(w) for w in verbs if (s := text.rfind(w, max(0, first.start - len(w) + 1), first.head)) >= 0)
    cut = max(ends, default=None)
    # 来到 + 村党支部书记, 记者走进 + 社区党委书记: a verb before a village's own post, and what came before it
    # (only where a place head's first character stands after the body's first character: most bodies
    # hold none, and are then not tagged)
    off = first.start
    heads = cut is None and not _PLACE_HEAD_FIRST.isdisjoint(text[first.start + 1 : first.head + 1])
    for word, flag in names.tag(text[first.start : first.head]) if heads else ():
        off += len(word)
        if flag.startswith("v") and text.startswith(PLACE_HEADS, off):
            cut = off
    if cut is not None and first.start < cut <= first.head:
        return Chain([Group(cut, first.head, first.end)] + chain.groups[1:])
    if (
        text[first.start : first.start + 1] == "记"
        and first.start < first.head
        and not words.is_word(text[first.start : first.start + 2])  # 记者 is no 记 + …
        and (first.start == 0 or text[first.start - 1] in _PROFILE_OPENERS)
    ):
        return Chain([Group(first.start + 1, first.head, first.end)] + chain.groups[1:])
    return chain


def _cut_at(text: str, chain: Chain, start: int) -> Chain:
    """The chain with its first organisation starting at ``start`` (before its position), less
    a word that joins it to the name before (和, 与)."""
    first = chain.groups[0]
    start += next((len(w) for w in names.LIST_LAST if text.startswith(w, start) and start + len(w) <= first.head), 0)
    return Chain([Group(start, first.head, first.end)] + chain.groups[1:])


def split_at_names(text: str, chains: Iterable[Chain], firm: SpanIndex) -> Iterator[Chain]:
    """``chains`` with each one cut where a name stands between two posts with no mark between them
    and only the places table, not the places layer nor a body's word, read the name as a body
    (村治保主任 + 黄德顺 + 和 + 妇女主任: 黄德, 德顺 and 顺和 are county short forms there): the posts before
    the name are one chain, the posts after it (less a 和, 与 or 及 joining it) another.

    Args:
        text (str): The article text.
        chains (Iterable[Chain]): The title chains, in text order.
        firm (SpanIndex): The bodies that are bodies whatever follows (organisation words, the places
            layer's places, police units).
    """
    for chain in chains:
        groups = chain.groups
        k = 1
        while k < len(groups):
            g = groups[k]
            if g.start == groups[k - 1].end and g.start < g.head and not firm.overlaps(g.start, g.head):
                end = names.name_at(text, g.start)
                joint = text[end : g.head] if end is not None else None
                if joint is not None and (joint == "" or joint in names.LIST_LAST):
                    yield Chain(groups[:k])
                    groups = [Group(g.head, g.head, g.end)] + groups[k + 1 :]
                    k = 1
                    continue
            k += 1
        yield Chain(groups)
