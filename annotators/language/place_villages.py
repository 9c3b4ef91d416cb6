"""Villages named with no level word after a verb of going or in a border clause (issue 19, blind
round 7 of other papers): 记者来到李家庄, 走进石头寨, 有一个村,叫大庄坪, 东与李化庄接壤.

The cue words and the generics a village's name ends in are ``village_cues.tsv`` (the cues are words
of the shared lexicon automaton). A name is read right after a cue (来到|李家庄) or between 与 and a
verb of bordering (与|堡子村|交界): three to five characters ending in a generic (庄, 坪, 寨 …; 村
where the grammar of :mod:`place_grammar` refused a name that jieba counts as a word, 堡子村), where
the clause or a word of jieba's ends, and that is no everyday word itself (来到|草坪, 走进|山寨,
来到|饭庄) nor a known place already.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Dict, FrozenSet, Iterable, List, Optional, Sequence, Tuple

from baokan.annotators.core import lexicon
from baokan.annotators.core.lexicon import Hit
from baokan.annotators.language.place_grammar import GrammarName
from baokan.annotators.language.place_words import (
    CJK_CHAR,
    CLAUSE_STOP,
    DIVISION_SUFFIXES,
    STOP_FIRST,
    Boundaries,
    everyday,
)

#: The longest name read, its generic included (施各庄东村 is five), and the shortest: two characters
#: (赵庄) are as often a word (山寨, 饭庄, 山沟) as a village.
LONGEST = 5
SHORTEST = 3
#: Characters no village's name holds before its generic: a division's level or a street's suffix.
_NOT_IN_A_NAME = DIVISION_SUFFIXES | frozenset("路街巷道")


@lru_cache(maxsize=1)
def _cues() -> Dict[str, Tuple[str, ...]]:
    """The words of ``village_cues.tsv`` by role (head, before, between, after), longest first."""
    out: Dict[str, List[str]] = {}
    for r in lexicon.read_table("village_cues").rows:
        out.setdefault(r["role"], []).append(r["cue"] or r["head"] or r["opening"])  # (one a row)
    return {role: tuple(sorted(ws, key=len, reverse=True)) for role, ws in out.items()}


def village_heads() -> Tuple[str, ...]:
    """The generics a village's name may end in (庄, 坪, 寨, 湾 …: ``village_cues.tsv``, role head)."""
    return _cues().get("head", ())


@lru_cache(maxsize=1)
def _cue_words() -> FrozenSet[str]:
    cues = _cues()
    return frozenset(cues.get("before", ()) + cues.get("after", ()))


def village_cues(hits: Iterable[Hit]) -> List[Tuple[int, int, str]]:
    """Where each cue of an article's lexicon ``hits`` starts and ends, and the cue: the cues are
    words of the shared automaton (column ``cue`` of ``village_cues.tsv``), so that no search of its
    own runs over the text."""
    words = _cue_words()
    return [(h[0], h[1], h[2]) for h in hits if h[2] in words]  # (a Hit is a tuple)


def find_cued_villages(
    bounds: Boundaries, places: Sequence[Tuple[int, int]], cues: Sequence[Tuple[int, int, str]]
) -> List[GrammarName]:
    """Villages after a verb of going or being named (来到|李家庄), or in a border clause
    (与|李化庄|接壤: read back from the verb to the 与 before it), that no table or other reading
    holds (``places``: spans known already; ``cues``: :func:`village_cues`)."""
    if not cues:
        return []
    table = _cues()
    heads = frozenset(table.get("head", ()))
    closing = table.get("after", ())
    opening = table.get("between", ())
    text = bounds.text
    out: List[GrammarName] = []
    for cue_start, cue_end, cue in cues:
        if cue in closing:  # 与|李化庄|接壤: the name runs from the 与 before to the verb
            at = max(text.rfind(w, max(0, cue_start - LONGEST - 1), cue_start) for w in opening)
            if at < 0:
                continue
            start = at + 1
            end = _name_end(bounds, start, heads, closing)
            if end != cue_start:
                continue
        else:
            start = cue_end
            end = _name_end(bounds, start, heads, ())
        # a known place inside the name opens it (河南|庄 in 与河南庄相连): the longer name wins
        if end is not None and not any(s < end and start < e and (s < start or e > end) for s, e in places):
            out.append(GrammarName(start, end, level="village"))
    return out


def _name_end(bounds: Boundaries, start: int, heads: frozenset, closing: Tuple[str, ...]) -> Optional[int]:
    """Where a village's name that opens at ``start`` ends: after a generic, :data:`SHORTEST` to :data:`LONGEST`
    characters on, where a clause stop, a closing verb (``closing``, for a border clause) or a
    word of jieba's follows; ``None`` when no such name opens there."""
    text = bounds.text
    if start >= len(text) or not CJK_CHAR.match(text[start]) or text[start] in STOP_FIRST:
        return None
    for end in range(start + SHORTEST, min(len(text), start + LONGEST) + 1):
        ch = text[end - 1]
        if ch in CLAUSE_STOP or not CJK_CHAR.match(ch):
            return None
        if ch not in heads:
            continue
        after = text[end : end + 1]
        if closing:
            if not text.startswith(closing, end):
                continue
        elif after and after not in CLAUSE_STOP and (after in heads or not bounds.starts_word(end)):
            continue  # 李家庄|村: the level word goes on (the grammar reads 李家庄村)
        name = text[start:end]
        if not _NOT_IN_A_NAME.isdisjoint(name[:-1]):
            return None  # 来到|英协路燕庄|安置小区: a street or a division opens it, no village's name
        if everyday(name[-2:]) and not (ch == "村" and closing):
            return None  # 走进|企业运营: the generic ends a common word (运营, 山沟), not a name
        if everyday(name) or ch == "村" and not closing and not everyday(name[:-1]):
            return None  # 来到|草坪; 来到某某村 is the grammar's (a 村 here only for 与堡子村交界)
        if not bounds.starts_word(start) or bounds.hidden(start, end, attached=False) and not closing:
            return None
        return end
    return None
