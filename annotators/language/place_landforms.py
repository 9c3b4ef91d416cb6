"""Landforms that no table holds, read from a word beside them that only a landform takes
(``landform_cues.tsv``): 翻过|X山, X山|垭口, X河|流域, 支流|X河, X湖|畔, 汊道|X水道, 交界的|X岭,
横跨|X江|段, 流经|X溪; and, as a cue, a known place listed beside the name (X山、|松花湖, 松花湖、|X山).

One reader (:func:`find_cued`) serves two readings, each with its own heads, name lengths and name
test (:class:`Reading`): the place grammar's first round (:data:`LANDFORMS`, here: 山, 岭, 河, 江,
湖 and 水道, a name of two or three characters) and its fifth (``place_nature.NATURE``: streams,
bays, seas and peaks too, and names jieba knows or one character after a known place). Both read
every row of the table, each for the heads that are its own.
"""

from __future__ import annotations

from bisect import bisect_left
from functools import cache, lru_cache
from typing import Callable, Dict, List, NamedTuple, Optional, Sequence, Tuple

from baokan.annotators.core import lexicon
from baokan.annotators.language import words
from baokan.annotators.language.place_grammar import GrammarName, Known
from baokan.annotators.language.place_words import CJK_RUN, STOP, STOP_FIRST, Boundaries, everyday, place_word

#: The ending of a landform's name (its head), and its kind.
HEAD_KINDS: Dict[str, str] = {
    "江": "river",
    "河": "river",
    "溪": "river",
    "水道": "river",
    "湖": "lake",
    "海": "lake",
    "湾": "bay",
    "山": "mountain",
    "岭": "mountain",
    "峰": "mountain",
    "顶": "mountain",
}

#: The heads, as one tuple for str.endswith.
_HEADS = tuple(HEAD_KINDS)
#: A name test: given the text's boundaries, the known places, the name's start, the head's start and
#: its end, the landform it names (``text[start:end]``), or None.
NameTest = Callable[[Boundaries, Known, int, int, int], Optional[GrammarName]]


class Reading(NamedTuple):
    """How one caller reads landforms beside a cue word.

    Attributes:
        heads (Tuple[str, ...]): The heads it reads (keys of :data:`HEAD_KINDS`).
        lengths (Tuple[int, ...]): The name lengths before a head it tries, in order; the first
            name the test takes wins.
        test (NameTest): Whether the characters before a head name a landform.
    """

    heads: Tuple[str, ...]
    lengths: Tuple[int, ...]
    test: NameTest


@lru_cache(maxsize=1)
def cues() -> Dict[str, Tuple[Tuple[str, Tuple[str, ...]], ...]]:
    """``landform_cues.tsv`` by side: (word, heads) pairs, longest words first."""
    out: Dict[str, List[Tuple[str, Tuple[str, ...]]]] = {}
    for r in lexicon.read_table("landform_cues").rows:
        out.setdefault(r["side"], []).append((r["word"], tuple(r["heads"].split())))
    return {side: tuple(sorted(pairs, key=lambda p: -len(p[0]))) for side, pairs in out.items()}


@cache
def _cues_by_head(heads: Tuple[str, ...]) -> Dict[str, Tuple[Tuple[str, ...], Tuple[str, ...]]]:
    """For each of ``heads``, the cue words that may follow its name and those that may come before it."""
    c = cues()
    return {
        head: (
            tuple(w for w, hs in c.get("after", ()) if head in hs),
            tuple(w for w, hs in c.get("before", ()) if head in hs),
        )
        for head in heads
    }


def _head_positions(text: str, heads: Sequence[str]) -> List[Tuple[int, str]]:
    """Offsets of every head in ``text`` with the head, in order (one str.find pass per head:
    cheaper than a regular expression's character class tried at every offset)."""
    out: List[Tuple[int, str]] = []
    for head in heads:
        i = text.find(head)
        while i >= 0:
            out.append((i, head))
            i = text.find(head, i + 1)
    out.sort()
    return out


def find_cued(bounds: Boundaries, known: Known, reading: Reading) -> List[GrammarName]:
    """Landforms before a head of ``reading`` with one of its cue words beside them: a word after the
    head, or before the name; the longest name its test takes, in the order of the text.

    Args:
        bounds (Boundaries): The text and its word boundaries.
        known (Known): Places already known (a head inside one names nothing).
        reading (Reading): The heads, name lengths and name test of the caller.
    """
    text = bounds.text
    out: List[GrammarName] = []
    by_head = _cues_by_head(reading.heads)
    for s0, head in _head_positions(text, reading.heads):
        s1 = s0 + len(head)
        after_words, before_words = by_head[head]
        starts = [s0 - n for n in reading.lengths if s0 >= n]
        if not text.startswith(after_words, s1) and not _listed_before(text, known, s1):
            # a cue after the head serves every start; a cue before, or a known place listed before, one
            starts = [st for st in starts if text.endswith(before_words, 0, st) or _listed_after(text, known, st)]
        if not starts or known.overlaps(s0, s1) or text.endswith(head, 0, s0):
            continue  # no cue word beside any name ending here; or 某湖|湖畔, 某河|河段: a doubled head
            # opens the cue word of the landform before it and ends no name (not 某湖湖)
        for start in starts:
            g = reading.test(bounds, known, start, s0, s1)
            if g is not None:
                out.append(g)
                break
    return out


def _listed_before(text: str, known: Known, end: int) -> bool:
    """Whether a list's ``、`` follows ``end`` and a known landform opens the next item (某某山|、松花湖): the
    list vouches for a landform's name before it, as a cue word does (not a city: 某某山、|丽水市)."""
    if not text.startswith("、", end):
        return False
    i = bisect_left(known.spans, (end + 1, -1))
    return i < len(known.spans) and known.spans[i][0] == end + 1 and _landform(text, *known.spans[i])


def _listed_after(text: str, known: Known, start: int) -> bool:
    """Whether a known landform and a list's ``、`` end right before ``start`` (松花湖、|某某山)."""
    if start < 2 or text[start - 1] != "、" or (start - 1) not in known.start_at:
        return False
    return _landform(text, known.start_at[start - 1], start - 1)


def _landform(text: str, start: int, end: int) -> bool:
    """Whether a known place ends in the head of a landform (松花湖, 某某山; not 丽水市)."""
    return text.endswith(_HEADS, start, end)


def place_word_inside(bounds: Boundaries, start: int, end: int) -> bool:
    """Whether a two-character name before a head opens with a verb of one character and jieba's dictionary
    holds the rest, head and all, as a place (取 + 辽河 of 取辽河流域): the verb is the sentence's, the
    landform that place (not 拉 + 法山, nor 西 + 土山)."""
    text = bounds.text
    return end - start == 3 and words.word_tag(text[start]).startswith("v") and place_word(text[start + 1 : end])


def _has_verb(bounds: Boundaries, start: int, end: int) -> bool:
    """Whether a word of two characters or more in ``text[start:end]`` is a verb by jieba's tags
    (串起|湖畔: no lake's name; but 北|盘|江, one-character words, may be a name's)."""
    return any(
        words.word_tag(bounds.text[ws:we]).startswith("v")
        for ws, we in bounds.words_over(start, end)
        if ws >= start and we <= end and we - ws >= 2
    )


def _grammar_name(bounds: Boundaries, known: Known, start: int, s0: int, s1: int) -> Optional[GrammarName]:
    """The first round's test: the name starts a word, holds no function word and is no everyday
    word, or it is a place already known (零溪 + 河, beside 零溪镇)."""
    text = bounds.text
    name = text[start:s0]
    if CJK_RUN.fullmatch(name) is None or name[0] in STOP_FIRST or not STOP.isdisjoint(name):
        return None
    if (start, s0) in known.exact:
        pass  # a known place names the landform (零溪|河)
    elif known.overlaps(start, s1) or not bounds.starts_word(start):
        return None
    elif everyday(name) or bounds.all_everyday(start, s0) or _has_verb(bounds, start, s0):
        return None
    elif place_word_inside(bounds, start, s1):
        return None  # 取|辽河|流域: the landform is jieba's place word, and a word of its own before it no part
    return GrammarName(start, s1, kind=HEAD_KINDS[text[s0:s1]])


#: The place grammar's first round: mountains, ridges, rivers, lakes and waterways.
LANDFORMS = Reading(("山", "岭", "河", "江", "湖", "水道"), (3, 2), _grammar_name)


def find_landforms_cued(bounds: Boundaries, places: Sequence[Tuple[int, int]]) -> List[GrammarName]:
    """Landforms of two or three characters before 山, 岭, 河, 江, 湖 or 水道, with a landform word
    beside them (:data:`LANDFORMS`).

    Args:
        bounds (Boundaries): The text and its word boundaries.
        places (Sequence[Tuple[int, int]]): Spans of places already known (a name does not cut into one).
    """
    return find_cued(bounds, Known(places), LANDFORMS)
