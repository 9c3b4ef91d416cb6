"""Villages and rivers that a list vouches for (pages of county and city papers).

- Villages listed one after another with the same suffix (甲村、乙村、丙村和丁村): once the grammar
  reads one item, the items after it are villages too, although jieba glues the suffix to the name
  (a word that ends in 村, 山村 or 塘村) and the grammar alone refuses them.
- Bare names listed with ``、`` and closed by a count of villages (甲、乙、丙三个村合并而成): each
  item is a village, as 甲、乙两镇 makes each item a township.
- Rivers listed with ``、`` and a last 和 or 及, closed by a count of rivers without 等
  (甲河、乙河和丙河4条河流): each item is a river, like the 等 lists ``place_refine`` reads.
- A village right after its township whose name opens with 那 (某某镇|那元村): Zhuang and Dai place
  names open with 那 ("paddy field"), which the grammar otherwise reads as the pronoun 那 and
  refuses; a name that is a word (那个村, 那里村) stays refused.
"""

from __future__ import annotations

from typing import List, Optional, Sequence, Tuple

from baokan.annotators.core import recache
from baokan.annotators.language import words
from baokan.annotators.language.occurrences import find_all, matches_from
from baokan.annotators.language.place_grammar import GrammarName, Known
from baokan.annotators.language.place_refine import _opens_item
from baokan.annotators.language.place_words import (
    CJK,
    CJK_CHAR,
    CJK_RUN,
    COMMON_NAME,
    STOP,
    STOP_FIRST,
    Boundaries,
    everyday,
)

#: What joins one listed item to the next; a comma only where the item after it ends a list item too.
_JOINERS = frozenset("、和及,，")
_COMMAS = frozenset(",，")
#: What may follow an item joined by a comma (甲村,乙村,丙村等四个村).
_AFTER_COMMA_ITEM = frozenset("、和及等,，")
#: What may follow the last item of a list of villages.
_ITEM_END = frozenset("、和及等，。；：,;:）)　 \n")
#: Suffixes whose lists are followed, longest first.
_LIST_SUFFIXES = ("社区", "村")
#: Characters no listed name holds: the suffixes and levels themselves.
_LEVEL_CHARS = frozenset("村乡镇区县市省")
_LONGEST_NAME = 4
#: A count: one of 两…十, or one or two digits. It opens with one character class (the second
#: digit follows by a look-behind), which re's search skips to; (?:[两三四五六七八九十]|[0-9]{1,2})
#: gave it none (tests/test_regex_prefixes.py holds the two to the same matches).
_COUNT = r"[两三四五六七八九十0-9]"
_SECOND_DIGIT = r"(?:(?<=[0-9])[0-9])?"
#: A count of villages (三个村, 5个行政村) and of rivers right after a river (丙河|4条河流).
_VILLAGE_COUNT = recache.compile(rf"{_COUNT}{_SECOND_DIGIT}个?(?:行政|自然)?村(?![民级庄落镇])")
_RIVER_COUNT = recache.compile(rf"{_COUNT}(?<=[河江溪].){_SECOND_DIGIT}条(?:主要)?(?:河流|河道|江河|支流)")
#: Bare names listed with 、 that end where the count begins (甲、乙、丙).
_COUNTED_VILLAGES = recache.compile(rf"((?:[{CJK}]{{2,3}}、)+[{CJK}]{{2,3}})")
_RIVER_ITEM = rf"[{CJK}]{{1,4}}?[河江溪]"
#: Rivers and a last 和 or 及, ending where the count begins (甲河、乙河和丙河).
_RIVERS_COUNTED = recache.compile(rf"((?:{_RIVER_ITEM}、)*{_RIVER_ITEM}[和及]{_RIVER_ITEM})")
#: Characters before the count that a list may take.
_LIST_WINDOW = 80
_RIVER_JOIN = recache.compile("(?<=[河江溪])[、和及]")


def _last_match(pattern, text: str, lo: int, end: int):  # type: ignore[no-untyped-def]
    """The match of ``pattern`` in ``text[lo:end]`` that ends exactly at ``end``, or None."""
    m = pattern.search(text, lo, end)
    while m is not None and m.end() != end:
        m = pattern.search(text, m.start() + 1, end)
    return m


def _first_start(bounds: Boundaries, lo: int, hi: int) -> Optional[int]:
    """Where the first item of a list opens: the first offset from which the clause may start a
    name (由|甲、乙: not at the verb or function word before it)."""
    text = bounds.text
    return next(
        (p for p in range(lo, hi) if text[p] not in STOP_FIRST and text[p] not in STOP and _opens_item(bounds, p)), None
    )


def _clean(name: str) -> bool:
    """A listed name: Chinese characters, no function word, no 村, and no level at its end (镇田 is a
    name; 某镇|乙村 is a chain)."""
    return (
        bool(name)
        and len(name) <= _LONGEST_NAME
        and CJK_RUN.fullmatch(name) is not None
        and STOP.isdisjoint(name)
        and "村" not in name
        and name[-1] not in _LEVEL_CHARS
    )


def _next_items(bounds: Boundaries, g: GrammarName, suffix: str, known: Known) -> List[GrammarName]:
    """The items after ``g`` that end in the same suffix and are joined to it one by one."""
    text = bounds.text
    out: List[GrammarName] = []
    pos = g.end
    while pos < len(text) and text[pos] in _JOINERS:
        start = pos + 1
        end = next((e for e in range(start + 1, start + _LONGEST_NAME + 1) if text.startswith(suffix, e)), None)
        if end is None or not _clean(text[start:end]) or known.overlaps(start, end + len(suffix), inside_ok=True):
            break
        stop = end + len(suffix)
        if stop < len(text) and text[stop] not in _ITEM_END and not bounds.starts_word(stop):
            break  # (甲村、乙村民: 村民 is a word; 甲村、乙村开展: a word starts after the suffix)
        if text[pos] in _COMMAS and text[stop : stop + 1] not in _AFTER_COMMA_ITEM:
            break  # 甲村,乙村的人: after a comma, only an item that the list goes on from
        out.append(GrammarName(start, stop, level="community" if suffix == "社区" else "village"))
        pos = stop
    return out


def listed_villages(
    bounds: Boundaries, found: Sequence[GrammarName], places: Sequence[Tuple[int, int]]
) -> List[GrammarName]:
    """Villages and communities that follow one the grammar read, joined by ``、``, 和 or 及."""
    text = bounds.text
    known = Known(list(places) + [(g.start, g.end) for g in found])
    out: List[GrammarName] = []
    for g in found:
        if g.kind is not None or g.level not in ("village", "community"):
            continue
        suffix = next((s for s in _LIST_SUFFIXES if text.endswith(s, 0, g.end)), None)
        if suffix is not None and g.end < len(text) and text[g.end] in _JOINERS:
            out += _next_items(bounds, g, suffix, known)
    return out


def counted_villages(bounds: Boundaries) -> List[GrammarName]:
    """Bare names listed with ``、`` before a count of villages (甲、乙、丙三个村): each is a village;
    the first only where the clause opens it."""
    text = bounds.text
    out: List[GrammarName] = []
    if "、" not in text or "村" not in text:
        return out
    # the count first: rare, and cheap to find (tried only one to five characters before a 村)
    for close in matches_from(_VILLAGE_COUNT, text, (q - k for q in find_all(text, "村") for k in range(1, 6))):
        if close.start() == 0 or not CJK_CHAR.match(text[close.start() - 1]):
            continue
        m = _last_match(_COUNTED_VILLAGES, text, max(0, close.start() - _LIST_WINDOW), close.start())
        if m is None:
            continue
        items = m.group(1).split("、")
        if not all(_clean(item) and not everyday(item) for item in items):
            continue
        at = _first_start(bounds, m.start(1), m.start(1) + len(items[0]))
        if at is None:
            continue
        items[0] = text[at : m.start(1) + len(items[0])]
        if len(items[0]) < 2:
            continue
        for item in items:
            out.append(GrammarName(at, at + len(item), level="village"))
            at += len(item) + 1
    return out


def counted_rivers(bounds: Boundaries) -> List[GrammarName]:
    """Rivers listed with ``、`` and a last 和 or 及 before a count of rivers (甲河、乙河和丙河4条河流)."""
    text = bounds.text
    out: List[GrammarName] = []
    if "条" not in text:
        return out
    for close in matches_from(_RIVER_COUNT, text, (q - k for q in find_all(text, "条") for k in (1, 2))):
        m = _last_match(_RIVERS_COUNTED, text, max(0, close.start() - _LIST_WINDOW), close.start())
        if m is None:
            continue
        start = m.start(1)
        spans = []
        for part in _RIVER_JOIN.split(m.group(1)):
            spans.append((start, start + len(part)))
            start += len(part) + 1
        opening = _first_start(bounds, max(spans[0][0], spans[0][1] - 5), spans[0][1] - 1)
        if opening is None:
            spans = spans[1:]
        else:
            spans[0] = (opening, spans[0][1])
        for s, e in spans:
            name = text[s : e - 1]
            if not name or not STOP.isdisjoint(name) or len(name) > 1 and everyday(name) >= COMMON_NAME:
                continue
            out.append(GrammarName(s, e, kind="river"))
    return out


#: A village's name of two or three characters opening with 那 and its suffix (那元村).
_NA_VILLAGE = recache.compile(rf"那[{CJK}]{{1,2}}?村")
#: What a township's full name ends in.
_TOWNSHIP_END = ("镇", "乡", "街道")


def na_villages(bounds: Boundaries, places: Sequence[Tuple[int, int]]) -> List[GrammarName]:
    """Villages opening with 那 right after a township named in full (某某镇|那元村)."""
    text = bounds.text
    out: List[GrammarName] = []
    for s, e in places:
        if not text.endswith(_TOWNSHIP_END, s, e):
            continue
        m = _NA_VILLAGE.match(text, e)
        if m is None or words.freq(text[e : m.end() - 1]) or text.startswith(("级", "民"), m.end()):
            continue
        out.append(GrammarName(e, m.end(), level="village", anchor=s))
    return out


def find_listed(
    bounds: Boundaries, found: Sequence[GrammarName], places: Sequence[Tuple[int, int]]
) -> List[GrammarName]:
    """All the names above: listed and counted villages, counted rivers, villages opening with 那."""
    return (
        listed_villages(bounds, found, places)
        + counted_villages(bounds)
        + counted_rivers(bounds)
        + na_villages(bounds, places)
    )
