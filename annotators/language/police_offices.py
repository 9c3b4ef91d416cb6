"""Offices of a department or a bureau named inside a chain (某市公安局宣传处), read with the rank 处.

A ministry, a department, a bureau and a corps or detachment have offices (处): 某省公安厅政治处,
某市公安局治安管理处, 某铁路公安处政治处, a provincial corps' 秩序处. A station, a brigade or a
centre has none; their sections are 科, 室 or 中队. 处 is also a character of everyday words: 地处
(lies in), 处罚 and 处置 (to punish, to handle), 相处, 到处, and the place where something is (入口处).
So the rank 处 is kept only where

- the nearest head or rank before it, a name's length away at most, is such a parent (公安局 +
  宣传 + 处; not 派出所 + 入口 + 处, nor a place alone before it: 某市 + 治安处);
- the character before it and 处 make no word (not 派出所 + 地处);
- 处 and the character after it make none (not 治安 + 处罚, 反恐 + 处突), save an office before its
  head's post (宣传处 + 处长, whose 处处 is no word there).

The checks read an article's tokens and the characters around each 处: no scan of the text. A title
such as 某市公安局宣传处处长 stays an official's title; the unit inside it is read as any unit is. For
the officials, a one-character rank found alone (处, 科) is no body a post is of (:func:`lone_rank`):
公园入口处 + 工作人员 names no office; the unit the police layer reads (某市公安局宣传处) does.
"""

from __future__ import annotations

from typing import AbstractSet, Dict, List, Optional, Sequence, Set, Tuple

from baokan.annotators.language import words

#: The rank of an office (宣传处, 政治处).
OFFICE = "处"
#: The post of an office's head right after its name (宣传处 + 处长).
HEAD_POST = "处长"
#: How the words that have offices end: 公安部, 公安厅, 公安局 and 分局, 总队, 支队, a railway's 公安处.
PARENT_ENDS = ("部", "厅", "局", "总队", "支队", "公安处")
#: The longest office name between its parent and 处 (出入境管理, 网络安全保卫), as the grammar's names.
MAX_NAME = 6
#: The roles of the words that end a link (an office's parent among them).
LINK_ROLES = ("head", "rank")

#: Tokens by start: ``{start: [(end, roles)]}``, as :class:`~.police_words.Tokens` keeps them.
TokenMap = Dict[int, List[Tuple[int, Set[str]]]]


def _everyday(text: str, at: int) -> bool:
    """Whether 处 at ``at`` is a character of an everyday word with its neighbour (地处, 处罚)."""
    if at > 0 and words.is_word(text[at - 1 : at + 1]):
        return True  # 地处, 相处, 惩处, 处处 (the second 处 of 宣传处处长)
    return not text.startswith(HEAD_POST, at + 1) and words.is_word(text[at : at + 2])


def _parent_before(text: str, at: int, ends: Dict[int, str]) -> bool:
    """Whether the nearest head or rank ending before ``at`` (a name's length away at most) has offices."""
    for end in range(at - 1, max(0, at - 1 - MAX_NAME), -1):
        word = ends.get(end)
        if word is not None:
            return word.endswith(PARENT_ENDS)
    return False


def drop_misread_offices(text: str, at: TokenMap) -> None:
    """Remove from ``at`` each rank 处 that names no office (see the module's rules), in place."""
    offices = [p for p, lst in at.items() if text[p] == OFFICE and any(e == p + 1 and "rank" in r for e, r in lst)]
    if not offices:
        return
    ends: Dict[int, str] = {}  # the longest head or rank ending at each offset
    for start, lst in at.items():
        for end, roles in lst:
            if roles.intersection(LINK_ROLES) and end - start > len(ends.get(end, "")):
                ends[end] = text[start:end]
    for p in offices:
        if _everyday(text, p) or not _parent_before(text, p, ends):
            at[p] = [(e, r) for e, r in at[p] if not (e == p + 1 and "rank" in r)]
            if not at[p]:
                del at[p]


def lone_rank(tables: AbstractSet[str], unit_words: Sequence[Optional[str]]) -> bool:
    """Whether a lexicon word of ``tables`` is only a one-character rank of the police-unit table (处, 科,
    ``unit_words`` its words there): an office or a section named inside a chain, no organisation alone."""
    return tables == {"police_units"} and bool(unit_words) and all(len(w or "") == 1 for w in unit_words)
