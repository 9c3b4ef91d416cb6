"""The words of the police-unit grammar: roles, station heads, and the tokens of an article.

``police_units.tsv`` gives each unit word its roles (head, branch, rank, sub,
collective, generic, not_unit); ``police_edges.tsv`` the words at a unit's edges.
:class:`Tokens` reads one article's hits of them from the shared automaton, and
:class:`Unit` is what the grammar in ``annotators/police.py`` builds from them.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Dict, FrozenSet, List, Optional, Set, Tuple

import msgspec

from baokan.annotators.core import lexicon, recache
from baokan.annotators.core.document import Document
from baokan.annotators.language.occurrences import find_all, matches_from
from baokan.annotators.language.police_offices import drop_misread_offices

ROLES = ("head", "branch", "rank", "sub", "collective", "generic", "not_unit")
#: A numbered team, detective group or brigade inside a chain (一队, 二探组, 交警 + 一大队): a rank.
_NUMBERED_TEAM = recache.compile(
    "[一二三四五六七八九十][一二三四五六七八九十]{0,2}(?:队|探组|大队|中队|分队)(?!伍)"
)  # {1,3}, with a character class first: re's search skips to it (a repeat first gives the search no such prefix)


#: An inspection or supervision group a ministry or department sends, by its ordinal (公安部 + 第二督察组).
_ORDINAL_GROUP = recache.compile("第[一二三四五六七八九十]{1,3}(?:督察组|督导组)")
_GROUP_HEADS = ("督察组", "督导组")


def _group_starts(text: str) -> List[int]:
    """Where an ordinal group can start: two to four characters before a 督察组 or 督导组."""
    return [q - k for head in _GROUP_HEADS for q in find_all(text, head) for k in (2, 3, 4)]


def _team_starts(text: str) -> List[int]:
    """Where a numbered team can start: one to four characters before a 队 (one to three numerals,
    then 队 or 大队, 中队, 分队), one to three before a 探组."""
    return [q - k for q in find_all(text, "队") for k in (1, 2, 3, 4)] + [
        q - k for q in find_all(text, "探组") for k in (1, 2, 3)
    ]


#: Heads a bare name can stand before without a place or a unit above it (魏塘派出所).
STATIONS = (
    "派出所",
    "公安派出所",
    "边境派出所",
    "边境管理派出所",
    "警务站",
    "警务室",
    "边检站",
    "出入境边防检查站",
    "边防检查站",
    "警务工作站",
    "公安检查站",
    "治安检查站",
    "交警中队",
    "公安分局",
)
#: Heads of a city force's district branch, named by the district after the force (贵阳公安南明分局).
BRANCH_BUREAUS = ("分局",)
#: Heads that make a unit on their own, with no place before them: national bodies, and the
#: Yangtze shipping police, whose name is its river, not a division (长江航运公安局南京分局).
NATIONAL = ("公安部", "国家移民管理局", "国际刑警组织", "长江航运公安局", "长航公安局")
#: One character for a level of government before a head: 省公安厅, 市公安局, 县公安局.
LEVEL_CHARS = set("省市县区州旗盟")
#: Words before such a character that make it many units, not one (全市公安局, 各县公安局).
PLURAL = set("全各每诸多两几")


class Unit(msgspec.Struct):
    """A police unit found in the text."""

    start: int
    end: int
    links: List[Tuple[int, int, str]] = []  # (start, end, kind) of each link
    place_end: Optional[int] = None  # where the place chain ends, if there is one
    rule: str = "grammar"

    @property
    def length(self) -> int:
        return self.end - self.start


@lru_cache(maxsize=1)
def edges() -> Dict[str, Tuple[str, ...]]:
    """Words of ``police_edges.tsv`` by role (joiner, other_organ, zone), longest first."""
    out: Dict[str, List[str]] = {}
    for row in lexicon.read_table("police_edges").rows:
        if row.get("word"):
            out.setdefault(row.get("role", ""), []).append(row["word"])
    return {role: tuple(sorted(ws, key=len, reverse=True)) for role, ws in out.items()}


@lru_cache(maxsize=1)
def vocabulary() -> Dict[str, Set[str]]:
    """Words of each role in ``police_units.tsv``."""
    out: Dict[str, Set[str]] = {r: set() for r in ROLES}
    for row in lexicon.read_table("police_units").rows:
        if row.get("role") in out and row.get("word"):
            out[row["role"]].add(row["word"])
    return out


@lru_cache(maxsize=1)
def _all_words() -> FrozenSet[str]:
    """The words of any role: a hit whose surface is none of them has no role to keep."""
    return frozenset().union(*vocabulary().values())


class Tokens:
    """The police-unit words of one article, by start offset: ``{start: [(end, roles)]}``."""

    def __init__(self, doc: Document, index: int) -> None:
        self.at: Dict[int, List[Tuple[int, Set[str]]]] = {}
        vocab, known = vocabulary(), _all_words()
        for hit in doc.lexicon_hits(index):
            # (a Hit is a tuple: its surface by index, which compiled code reads without a name look-up)
            if hit[2] not in known or not hit.has("police_units"):  # (no role: nothing to keep)
                continue
            roles = {r for r in ROLES if hit.surface in vocab[r]}
            if roles:
                self.at.setdefault(hit.start, []).append((hit.end, roles))
        # numbered teams, a rank no table lists (刑警 + 一队, 责任区刑警一队 + 二探组)
        text = doc.articles[index].text
        for m in matches_from(_NUMBERED_TEAM, text, _team_starts(text)):  # (what its finditer finds)
            self.at.setdefault(m.start(), []).append((m.end(), {"rank"}))
        if "督" in text:  # 公安部 + 第二督察组: an ordinal inspection group, a rank after the body
            for m in matches_from(_ORDINAL_GROUP, text, _group_starts(text)):
                self.at.setdefault(m.start(), []).append((m.end(), {"rank"}))
        drop_misread_offices(text, self.at)  # 某局宣传处; not 派出所 + 地处, 治安 + 处罚
        for lst in self.at.values():
            lst.sort(key=lambda t: -t[0])

    def longest(self, pos: int, *roles: str) -> Optional[int]:
        """End of the longest word at ``pos`` that has one of ``roles``."""
        for end, have in self.at.get(pos, ()):
            if have.intersection(roles):
                return end
        return None

    def starting_within(self, start: int, end: int, role: str) -> List[Tuple[int, int]]:
        return [(s, e) for s in range(start, end) for e, have in self.at.get(s, ()) if role in have]
