"""Streets the road grammar misses at their edges (pages of city and evening papers).

- A street before 上 (淮金路上的站台, 在浦东路上): jieba reads 路上 ("on the road") as one word, so
  the suffix seems to end another word. The street is read when its name opens the clause or
  follows a verb of place (在, 沿着) or a known place, is no everyday word and no verb, and the
  clause does not read 路上 as "on the way" (回家的路上: a function word before it).
- A street right after a known place whose name holds a function character (某某区|和平路): 和 and
  与 are words of their own elsewhere, but a dictionary word of two characters (和平) after a
  district is a street's name.
"""

from __future__ import annotations

from typing import List, Sequence, Tuple

from baokan.annotators.core import recache
from baokan.annotators.language import words
from baokan.annotators.language.place_grammar import GrammarName, Known
from baokan.annotators.language.place_words import CJK, CJK_CHAR, CJK_RUN, STOP, Boundaries, everyday

#: Verbs and prepositions of place right before a street's name.
_PLACE_VERBS = ("在", "沿", "沿着", "途经", "来到", "走到", "前往", "驶入", "驶经", "位于", "经过")
#: A street's name of two or three characters and 路上 (淮金路上).
_ON_STREET = recache.compile(rf"[{CJK}]{{2,3}}?(?=路上)")
#: A two-character name and a street's suffix after a known place (和平路, 和平街, 和平大道).
_NAME_AND_SUFFIX = recache.compile(rf"([{CJK}]{{2}})(?:路|街(?!道)|大道)")


def _opens_clause(text: str, start: int, known_ends: Sequence[int]) -> bool:
    return (
        start == 0
        or not CJK_CHAR.match(text[start - 1])
        or text.endswith(_PLACE_VERBS, 0, start)
        or start in known_ends
    )


def streets_on(bounds: Boundaries, places: Sequence[Tuple[int, int]]) -> List[GrammarName]:
    """Streets before 上 (淮金路上, 在浦东路上): the name opens the clause or follows a verb of place."""
    text = bounds.text
    known = Known.of(places)
    ends = [e for _, e in known.spans]
    out: List[GrammarName] = []
    at = text.find("路上")
    while at >= 0:
        for start in (at - 3, at - 2):
            name = text[max(0, start) : at]
            if start < 0 or CJK_RUN.fullmatch(name) is None or not STOP.isdisjoint(name):
                continue
            if not _opens_clause(text, start, ends) or not bounds.starts_word(start) or not bounds.starts_word(at):
                continue
            if (start, at) not in known.exact and known.overlaps(start, at + 1):
                continue
            if (start, at) not in known.exact and (everyday(name) or words.word_tag(name).startswith("v")):
                continue
            out.append(GrammarName(start, at + 1, kind="road"))
            break
        at = text.find("路上", at + 2)
    return out


def stop_char_streets(bounds: Boundaries, places: Sequence[Tuple[int, int]]) -> List[GrammarName]:
    """Streets right after a known place whose two-character name holds 和, 与 or another function
    character and is a dictionary word (某某区|和平路)."""
    text = bounds.text
    out: List[GrammarName] = []
    for s, e in places:
        m = _NAME_AND_SUFFIX.match(text, e)
        if m is None:
            continue
        name = m.group(1)
        if STOP.isdisjoint(name) or not words.freq(name) or words.word_tag(name).startswith(("v", "p", "c")):
            continue
        if not bounds.starts_word(e):
            continue
        if any(ws < m.end(1) < we and (ws, we) != (e, m.end()) for ws, we in bounds.words_over(e, m.end())):
            continue  # (和平路 may be one word of the dictionary)
        out.append(GrammarName(e, m.end(), kind="road", anchor=s))
    return out


def find_street_edges(
    bounds: Boundaries, found: Sequence[GrammarName], places: Sequence[Tuple[int, int]]
) -> List[GrammarName]:
    """Both readings above; the grammar's names found so far count as known places for the second
    (龙华新区|和平路)."""
    spans = sorted(set(places) | {(g.start, g.end) for g in found})
    return streets_on(bounds, places) + stop_char_streets(bounds, spans)
