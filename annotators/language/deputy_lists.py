"""Lists of deputies and members closed by 等 and their member word (issue 19, set 5).

A report of a people's congress or CPPCC session names the speakers as a list of names that 等 and
the members' word close: ``甲、乙、丙等代表先后发言``, ``甲、乙等委员建议``. Each name is a deputy or a
member: an official whose title is that word (docs/labels.md: 人大代表 and 政协委员 are posts). The
member words are ``attendance_cues.tsv``'s role ``member``.

Precision: the list must open a clause (its first name right after a sentence or clause mark), every
item must read as a name (:func:`name_lists.listed_names`), and the member word must stand as a noun:
``代表`` is also the verb "to represent", read as such when a noun or pronoun follows it
(``甲、乙等代表公司签约``), and a body's word may run on from it (``代表团``, ``委员会``).

A lone name that opens a clause before a member word and a verb (``某某代表主持会议``) is a deputy too
(:func:`lone_deputies`): after the verb "to represent" an object, not a verb, would come.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from typing import Dict, List, Optional, Pattern, Tuple

from baokan.annotators.core import recache
from baokan.annotators.core.document import SpanIndex
from baokan.annotators.core.lexicon import read_table
from baokan.annotators.language import names, words
from baokan.annotators.language.attendance_lists import BOUNDARY
from baokan.annotators.language.name_lists import LIST_CLOSER, listed_names

#: A deputy: the name's span and the member word's span.
Deputy = Tuple[int, int, int, int]
#: Characters after a member word that make it part of a body's name (代表团, 代表队, 委员会, 代表处).
_BODY_AFTER = frozenset("团队会处室")
#: jieba's tags of a word that, after 代表, is its object: nouns of any kind and pronouns.
_OBJECT_TAGS = ("n", "r")


@lru_cache(maxsize=1)
def _members() -> Dict[str, bool]:
    """The member words, each with whether it is also a verb that takes an object (follow=no_object)."""
    rows = read_table("attendance_cues").rows
    return {r["word"]: r.get("follow") == "no_object" for r in rows if r.get("role") == "member" and r.get("word")}


@lru_cache(maxsize=1)
def _member_pattern() -> Optional[Pattern[str]]:
    """等 + one of the member words, longest first; None when the table has none."""
    members = list(_members())
    if not members:
        return None
    alternatives = "|".join(map(re.escape, sorted(members, key=len, reverse=True)))
    return recache.compile(f"{LIST_CLOSER}(?:{alternatives})")


def deputy_names(text: str, blocked: SpanIndex) -> List[Deputy]:
    """The names of the lists of deputies or members in ``text``, each with its member word, in text order;
    then the lone deputies of :func:`lone_deputies`."""
    return _listed_deputies(text, blocked) + lone_deputies(text, blocked)


#: The member words a lone name may hold (黄某某代表主持会议, 李某委员建议).
_LONE_WORDS = ("代表", "委员")


def lone_deputies(text: str, blocked: SpanIndex) -> List[Deputy]:
    """Lone names with a member word after them that a verb follows (``某某代表主持会议``, ``某某委员建议``):
    the word is a noun there, since the verb "to represent" takes an object (``某某代表公司签约``), so the
    name is a deputy or a member. The name must open a clause, as a list of deputies does."""
    if "代表" not in text and "委员" not in text:
        return []
    out: List[Deputy] = []
    for word in _LONE_WORDS:
        at = text.find(word)
        while at > 0:
            end = at + len(word)
            if text[at - 1] != LIST_CLOSER and text[end : end + 1] not in _BODY_AFTER:
                verb = words.word_tag(text[end : end + 2]).startswith("v")  # 主持 (jieba tags 主持会议 a noun)
                start = names.name_before(text, at) if verb else None
                if (
                    start is not None
                    and (start == 0 or text[start - 1] in BOUNDARY)
                    and not blocked.overlaps(start, at)
                ):
                    out.append((start, at, at, end))
            at = text.find(word, end)
    return sorted(out)


def _listed_deputies(text: str, blocked: SpanIndex) -> List[Deputy]:
    """The names of the lists closed by 等 and a member word (甲、乙等代表先后发言)."""
    pattern = _member_pattern()
    if pattern is None or LIST_CLOSER not in text:
        return []
    out: List[Deputy] = []
    for m in pattern.finditer(text):
        word_start, end = m.start() + len(LIST_CLOSER), m.end()
        if not _stands_as_noun(text, end, verb=_members()[text[word_start:end]]):
            continue
        items = listed_names(text, m.start(), blocked)
        if not items or (items[0][0] > 0 and text[items[0][0] - 1] not in BOUNDARY):
            continue  # 市人大常委会副主任甲等代表: the list is a title's, read by the title rules
        out += [(s, e, word_start, end) for s, e in items]
    return out


def _stands_as_noun(text: str, end: int, *, verb: bool) -> bool:
    """Whether the member word ending at ``end`` is the noun (等代表先后发言), not the start of a body's
    name (等代表团) nor, for a word that is also a ``verb``, the verb taking an object (等代表公司签约)."""
    after = text[end : end + 1]
    if not after:
        return True
    if after in _BODY_AFTER:
        return False
    if not verb:
        return True
    tagged = words.head_tags(text[end : end + 4], 1)
    return not (tagged and tagged[0][1].startswith(_OBJECT_TAGS))


def names_among_places(text: str, places: List[Tuple[int, int]]) -> List[Tuple[int, int]]:
    """Of ``places``, those that are whole items of a list of deputies or members in which most items are
    no place (``甲、临江、乙、丙等代表发言``: a deputy whose name is also a city's): each is a person's name.

    A place inside an item is that person's name too (``甲、尚朝阳、乙等代表``: 朝阳 in 尚朝阳). A list whose
    items are mostly places (``江苏、浙江等代表…``) is left to the place rules.
    """
    if not places or LIST_CLOSER not in text:
        return []
    ordered = sorted(places)
    starts = [s for s, _ in ordered]
    rolls: Dict[int, List[Tuple[int, int]]] = {}
    for start, end, word_start, _ in _listed_deputies(text, SpanIndex([])):  # nothing blocked: places may be names
        rolls.setdefault(word_start, []).append((start, end))
    out: List[Tuple[int, int]] = []
    for items in rolls.values():
        # a place that is the item or sits inside it (甲、尚朝阳、乙等代表: 朝阳 inside the deputy's name)
        inside = [
            [p for p in ordered[bisect_left(starts, s) : bisect_right(starts, e - 1)] if p[1] <= e] for s, e in items
        ]
        named = [p for ps in inside for p in ps]
        if named and 2 * sum(1 for ps in inside if ps) < len(items):
            out += named
    return out
