"""Lists of names under one title: ``王某、李某等省领导出席``, ``甲、乙、丙同志出席``.

A collective title (省领导, 中央领导同志) or 同志 closes a list of names written before it,
its items joined by ``、`` or a last ``和``/``与``; the list may end in 等 (``甲、乙等同志``).
Each item is read back from its end as a name (:func:`names.name_before`), or, where jieba
makes no name of it, as the Han characters back to the separator read forward as one name.
"""

from __future__ import annotations

import bisect
from typing import Any, Dict, List, Optional, Sequence, Tuple

from baokan.annotators.core.document import SpanIndex
from baokan.annotators.language import names
from baokan.annotators.language.chars import HAN_CHAR, han_run_start
from baokan.annotators.language.name_word_tails import word_tail_end
from baokan.annotators.language.name_words import LIST_CLOSER, collective_titles  # noqa: F401 (re-exported)
from baokan.annotators.language.occurrences import find_all
from baokan.annotators.language.official_words import anonymous, name_before_post
from baokan.annotators.language.titles import Chain, Span


def names_before_list(text: str, chain: Chain, blocked: SpanIndex) -> List[Span]:
    """The list of names a collective title closes with 等 (``王某、李某等省领导出席``), in text order;
    empty when the title is no collective one or no name stands before 等."""
    g = chain.groups[-1]
    if len(chain.groups) > 1 or text[g.start : g.end] not in collective_titles():
        return []
    if text[chain.start - 1 : chain.start] != LIST_CLOSER:
        return []
    return listed_names(text, chain.start - 1, blocked)


def comrade_names(text: str, pos: int, blocked: SpanIndex) -> List[Span]:
    """The names 同志 at ``pos`` follows, in text order: one (``李明同志主持``) or a list
    (``甲、乙、丙同志出席``, ``甲、乙等同志出席``). Private people's names are left out."""
    if text[pos - 1 : pos] == LIST_CLOSER:
        return listed_names(text, pos - 1, blocked)
    start = name_before_post(text, pos)
    if start is None or blocked.overlaps(start, pos) or anonymous(text[start:pos]):
        return []
    if names.is_private(text, start, pos) or _preposition_before_given_name(text, start, pos):
        return []
    if text[start - 1 : start] != "、" and not any(text.endswith(w, 0, start) for w in names.LIST_LAST):
        return [(start, pos)]
    return listed_names(text, pos, blocked)


#: Prepositions and conjunctions that are also surnames (向, 于, 和 …): before a given name and 同志.
_FUNCTION_SURNAMES = frozenset("向于和与对为同跟")


def _preposition_before_given_name(text: str, start: int, end: int) -> bool:
    """Whether a name of three characters before 同志 opens with a preposition that is also a surname and
    its given name is a person's the page names in full with another surname (掌声 + 向 + 秀岩同志, after
    宋秀岩: the leader called by the given name, 向 "to")."""
    if end - start != 3 or text[start] not in _FUNCTION_SURNAMES:
        return False
    given = text[start + 1 : end]
    k = text.find(given)
    while k >= 0:
        if k - 1 >= 0 and text[k - 1] != text[start] and names.surname_at(text, k - 1) == 1:
            return True
        k = text.find(given, k + 1)
    return False


def listed_names(text: str, end: int, blocked: SpanIndex) -> List[Span]:
    """The names of a list whose last item ends at ``end``, read back item by item across ``、``
    and a last ``和``/``与``, in text order; the walk stops at the first item that is no name."""
    out: List[Span] = []
    while True:
        start = names.name_before(text, end)
        if start is None:  # an item of the list: what stands between its separators, read forward
            start = _list_item_start(text, end)
        elif _surname_cut_off(text, start, end):  # ，甲 + 乙丙、: jieba read the given name alone
            start -= 1
        if start is None or blocked.overlaps(start, end) or anonymous(text[start:end]):
            break
        if names.is_private(text, start, end):
            break
        out.append((start, end))
        if text[start - 1 : start] == "、":
            end = start - 1
            continue
        last = next((w for w in names.LIST_LAST if text.endswith(w, 0, start)), None)
        if last is None:
            break
        end = start - len(last)
    return out[::-1]


#: What may stand before a list's first item and after its items: clause marks and the list's own 、.
_ITEM_EDGES = "、，,；;：:（(\n "


def _surname_cut_off(text: str, start: int, end: int) -> bool:
    """Whether the name ``[start, end)`` read back from a list item's end leaves one character of the item
    before it, a surname of the table, with a separator or a clause mark before that (``，某立新、``: jieba
    took ``立新`` alone): an item runs from separator to separator, so the surname is the name's."""
    return (
        end - start < 4
        and start >= 1
        and names.surname_at(text, start - 1) == 1
        and (start == 1 or text[start - 2] in _ITEM_EDGES)
    )


def _list_item_start(text: str, end: int) -> Optional[int]:
    """The start of the name that ends at ``end`` as an item of a list (王立新、…), or None:
    the Han characters back to a 、 or a line's start, read as one whole name."""
    start = han_run_start(text, end, 4)
    if start > 0 and HAN_CHAR.match(text[start - 1]):
        return _joined_item_start(text, end)  # more than a name's four characters: …乙及丙, or none
    # (a last character that is also a word goes with the item: 周安 + 有 + 等: name_word_tails)
    return start if end - start >= 2 and word_tail_end(text, start, names.name_at(text, start)) == end else None


def _joined_item_start(text: str, end: int) -> Optional[int]:
    """The start of a list's last item of two or three characters that a one-character joiner
    (和/及/与) opens, its item before ending in Han too (…、彭某某及卢某某等): the item is read as
    one whole name from the surname table, or None."""
    for k in (3, 2):
        start = end - k
        if start < 2 or text[start - 1] not in _ONE_CHAR_JOINS or not HAN_CHAR.match(text[start - 2]):
            continue
        if names.surname_at(text, start) and names.name_at(text, start) == end:
            return start
    return None


#: The one-character joiners before a list's last item.
_ONE_CHAR_JOINS = frozenset(w for w in names.LIST_LAST if len(w) == 1)


#: What joins the next post of a presidium to the name before it (…乙和秘书长丙, …乙，秘书长丙).
_PRESIDIUM_JOINS = ("和", "及", "，", ",", "；", ";", "、", "")
#: What opens a clause whose first word may be the next post of the roll (，秘书长乙参加).
_CLAUSE_OPENERS = "，；,;"
#: What ends a sentence: a post's body is looked for no further back.
_SENTENCE_ENDS = "。！？!?\n"


class SentenceTitles:
    """The titled names found so far in a text, asked for by sentence.

    :func:`continues_presidium` needs, for each generic post written alone, the titled names
    earlier in its sentence. Collecting them from every name found, and searching back for the
    sentence's start, on each ask made a long article quadratic; here the sentence ends are
    found once and the names kept in buckets of 256 characters as they are found.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.ends: Optional[List[int]] = None  # found on the first ask: most articles have no bare post
        self.buckets: Dict[int, List[Tuple[int, int, int, str]]] = {}
        self.seen = 0

    def before(self, start: int, found: Sequence[Any]) -> Tuple[List[Tuple[int, int, str]], int]:
        """The titled names of ``found`` in the sentence before ``start``, in the order found, and
        where that sentence starts (the offset of the mark that ends the one before, or -1): the
        last two arguments of :func:`continues_presidium`."""
        for i in range(self.seen, len(found)):
            f = found[i]
            if f.chain.end > f.chain.start:
                title = self.text[f.chain.start : f.chain.end]
                self.buckets.setdefault(f.start >> 8, []).append((i, f.start, f.end, title))
        self.seen = len(found)
        if self.ends is None:
            # each mark's offsets by str.find, merged: a regex scan tested every character in Python's loop
            self.ends = sorted(at for mark in _SENTENCE_ENDS for at in find_all(self.text, mark))
        k = bisect.bisect_left(self.ends, start)
        stop = self.ends[k - 1] if k else -1
        got = [
            item
            for b in range(max(stop, 0) >> 8, (start >> 8) + 1)
            for item in self.buckets.get(b, ())
            if item[1] > stop and item[2] <= start
        ]
        return [(s, e, title) for _, s, e, title in sorted(got)], stop


def continues_presidium(
    text: str, start: int, head: str, before: List[Tuple[int, int, str]], stop: Optional[int] = None
) -> bool:
    """Whether a generic post written alone at ``start`` (秘书长, 副主席: of no body the text
    names there) belongs to the body of the titled officials before it in the sentence: the
    next item of their list (``政协副主席甲、乙和秘书长丙``), or the same post again
    after a clause, or its deputy (``政协主席甲主持会议；副主席乙、丙参加``). ``before`` holds the
    sentence's earlier titled names as (start, end, title)."""
    if stop is None:
        stop = max(text.rfind(c, 0, start) for c in _SENTENCE_ENDS)
    earlier = [(s, e, t) for s, e, t in before if s > stop and e <= start]
    if not earlier:
        return False
    if text[earlier[-1][1] : start] in _PRESIDIUM_JOINS or text[start - 1 : start] in _CLAUSE_OPENERS:
        return True  # (…主席甲出席活动并讲话，秘书长乙参加: a clause of the same meeting's roll)
    core = head.removeprefix("常务").removeprefix("副")  # 副主席 after 县政协主席: the same body's post
    return any(t.endswith(core) and len(t) > len(head) for _, _, t in earlier)
