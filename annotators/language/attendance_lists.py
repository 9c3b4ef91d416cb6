"""Rolls of attendance: leaders named by name alone at a meeting (``甲、乙、丙出席会议``).

Provincial, city and county papers list the leaders present at a meeting with no post:
``王某某、李某、张某某出席会议。赵某、孙某某列席会议。``, ``甲、乙等常委会领导出席会议``,
``出席会议的还有甲、乙``, ``在主席台就座的有甲、乙``. Such a list is a run of names joined by
``、`` (``和``/``及``/``与`` before the last) that a verb of attendance closes, the whole run a
clause of its own (it starts a sentence or a clause), or that a phrase of attendance opens.
Each of its people is an official whose post the page may give elsewhere (docs/labels.md: a
person named with no post whom the text shows as an office-holder is one, title null).

The words are read from ``attendance_cues.tsv``. Precision: every item must read as a name
(:func:`name_lists.listed_names`: surname table and given name, no private person, no
anonymised name, nothing the title or lexicon tables block); a closing list needs two names
at least; no item may be a place or an organisation's name; a list inside quotation marks or
a book title is not read, nor one in a sentence that names honourees, workers, villagers,
experts or entrepreneurs (the ``crowd`` words).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Collection, Dict, List, Optional, Tuple

from baokan.annotators.core import recache
from baokan.annotators.core.document import SpanIndex
from baokan.annotators.core.lexicon import read_table
from baokan.annotators.language import names
from baokan.annotators.language.chars import HAN_CHAR
from baokan.annotators.language.name_lists import LIST_CLOSER, listed_names
from baokan.annotators.language.official_words import anonymous
from baokan.annotators.language.place_words import DIVISION_SUFFIXES
from baokan.annotators.language.titles import Span

#: What may stand right before a list's first name: the start of a sentence or of a clause.
BOUNDARY = "。！？；：，\n!?;:,　 ）)"
#: What ends the sentence a list stands in (for the crowd words).
SENTENCE_ENDS = "。！？!?\n"
#: How many characters of a body may stand between 等 and the leader word (等常委会领导).
LEADER_BODY = 6
#: What may follow a ``stop`` closer (参加。, 陪同，, 参加并讲话; not 参加了比赛).
STOP_FOLLOW = "。，；、！？,;!?\n并"
#: What joins the items of a list (a 、, or 和/及/与 before the last).
_SEPARATOR = recache.compile("[、" + "".join(w[-1] for w in names.LIST_LAST) + "]")
#: What the list an opener starts may end with.
OPEN_ENDS = "。，；！？,;!?\n"


class Cues:
    """The rows of ``attendance_cues.tsv`` by role, and the two patterns made of them."""

    def __init__(self) -> None:
        rows = read_table("attendance_cues").rows
        by_role: Dict[str, List[Tuple[str, str]]] = {}
        for r in rows:
            by_role.setdefault(r["role"], []).append((r["word"], r.get("follow") or ""))
        self.closers: Dict[str, bool] = {w: f == "any" for w, f in by_role.get("closer", [])}
        self.adverbs = tuple(sorted((w for w, _ in by_role.get("adverb", [])), key=len, reverse=True))
        self.leaders = tuple(sorted((w for w, _ in by_role.get("leader", [])), key=len, reverse=True))
        self.crowd = tuple(w for w, _ in by_role.get("crowd", []))
        closers = sorted(self.closers, key=len, reverse=True)
        self.close = recache.compile("|".join(map(re.escape, closers)))
        opener_words = [w for w, _ in by_role.get("opener", [])]
        openers = "|".join(map(re.escape, opener_words))
        #: The first two characters of every closer and opener: found with ``str.find``, where a
        #: search with the patterns over every article cost more than the rest of the reading.
        self.anchors = tuple(sorted({w[:2] for w in list(self.closers) + opener_words}))
        # 出席会议的还有, 在主席台就座的有, 参加今天活动的有: the verb, up to eight characters, 的(还|也)有
        self.open = recache.compile(rf"(?:{openers})[^。，；：！？\n]{{0,8}}?的[还也]?有[：:]?")


@lru_cache(maxsize=1)
def cues() -> Cues:
    """The attendance words, read once."""
    return Cues()


def attendance_names(
    text: str, blocked: SpanIndex, spans: Collection[Span], posted: Optional[Dict[int, int]] = None
) -> List[Span]:
    """The names of the rolls of attendance in ``text``, in text order.

    Args:
        text: The article text.
        blocked: Spans no name may overlap (titles and the lexicon's blocking words).
        spans: Places and units the page names: a list with one of them as an item is no roll, nor
            one with an item ending like a division (某县, 某镇).
        posted: Where the post of a name written right after its post starts, by the name's start: a
            roll's last item may carry its post (甲、乙和市政协秘书长丙出席), read past to the items before.
    """
    c = cues()
    at = _anchored(text, c)
    if not at:
        return []
    units = set(spans)
    out: List[Span] = []
    seen = set()
    for items in _closed_lists(text, blocked, c, at, posted or {}) + _opened_lists(text, blocked, c, at):
        if any(item in units or text[item[1] - 1] in DIVISION_SUFFIXES for item in items) or _quoted(text, items[0][0]):
            continue
        if _crowded(text, items[0][0], items[-1][1], c):
            continue
        for item in items:
            if item not in seen:
                seen.add(item)
                out.append(item)
    return sorted(out)


def _anchored(text: str, c: Cues) -> List[int]:
    """Where a closer or an opener may start: the offsets of their first two characters, in order."""
    at: List[int] = []
    for a in c.anchors:
        p = text.find(a)
        while p >= 0:
            at.append(p)
            p = text.find(a, p + 1)
    return sorted(at)


def _closed_lists(text: str, blocked: SpanIndex, c: Cues, at: List[int], posted: Dict[int, int]) -> List[List[Span]]:
    """Lists a verb of attendance closes: 甲、乙出席会议, 甲、乙等常委会领导列席会议, 甲、乙和秘书长丙出席."""
    found: List[List[Span]] = []
    for m in filter(None, (c.close.match(text, p) for p in at)):
        if not c.closers[m.group()] and text[m.end() : m.end() + 1] not in STOP_FOLLOW:
            continue
        if not text[m.end() : m.end() + 1]:  # the text's very end: no sentence to be sure of
            continue
        end = _list_end(text, m.start(), c)
        if end is None:
            continue
        if not _SEPARATOR.search(text, max(0, end - 5), end - 1) and not any(end - k in posted for k in (2, 3, 4)):
            continue  # no 、 or 和 within a name's length of the end, nor a post: no list of two (spares jieba)
        items = listed_names(text, end, blocked)
        titled = next((end - k for k in (2, 3, 4) if end - k in posted), None)
        if titled is not None and not items:
            items = [(titled, end)]  # 市政协秘书长 + 丙: the name the post before it vouches for
        items = _before_post(text, items, blocked, posted) + items
        if len(items) < 2:
            continue
        first = items[0][0]
        if first > 0 and text[first - 1] not in BOUNDARY:
            continue  # 市领导甲、乙出席: the title's list, read by the title rules
        found.append(items)
    return found


def _before_post(text: str, items: List[Span], blocked: SpanIndex, posted: Dict[int, int]) -> List[Span]:
    """The items before a roll's first item that carries its own post (甲、乙和 + 秘书长 + 丙): the post is
    read past when a 、 or a last 和/及/与 stands before it; empty otherwise."""
    if not items or items[0][0] not in posted:
        return []
    post = posted[items[0][0]]
    joiner = (
        "、" if text[post - 1 : post] == "、" else next((w for w in names.LIST_LAST if text.endswith(w, 0, post)), None)
    )
    return listed_names(text, post - len(joiner), blocked) if joiner else []


def _list_end(text: str, pos: int, c: Cues) -> Optional[int]:
    """Where the list's last name ends when the verb starts at ``pos``: past an adverb
    (甲、乙也出席), 等 (甲、乙等出席) or 等 + a short body + a leader word (等常委会领导)."""
    end = next((pos - len(a) for a in c.adverbs if text.endswith(a, 0, pos)), pos)
    if text.endswith(LIST_CLOSER, 0, end):
        return end - len(LIST_CLOSER)
    leader = next((w for w in c.leaders if text.endswith(w, 0, end)), None)
    if leader is None:
        return end
    body = end - len(leader)
    k = text.rfind(LIST_CLOSER, max(0, body - LEADER_BODY), body)
    if k < 0 or not all(HAN_CHAR.match(ch) for ch in text[k + 1 : body]):
        return None  # 各部门负责同志出席: no list of names before the leader word
    return k


def _opened_lists(text: str, blocked: SpanIndex, c: Cues, at: List[int]) -> List[List[Span]]:
    """Lists a phrase of attendance opens: 出席会议的还有甲、乙; 在主席台就座的有甲、乙."""
    found: List[List[Span]] = []
    for m in filter(None, (c.open.match(text, p) for p in at)):
        items: List[Span] = []
        pos = m.end()
        while True:
            end = names.name_at(text, pos)
            if end is None or blocked.overlaps(pos, end) or anonymous(text[pos:end]):
                items = []
                break
            if names.is_private(text, pos, end):
                items = []
                break
            items.append((pos, end))
            if text[end : end + 1] == "、":
                pos = end + 1
                continue
            last = next((w for w in names.LIST_LAST if text.startswith(w, end)), None)
            if last is not None:
                pos = end + len(last)
                continue
            if text[end : end + 1] not in OPEN_ENDS and not text.startswith(LIST_CLOSER, end):
                items = []  # 出席会议的有甲方代表…: the run goes on past a name
            break
        if items:
            found.append(items)
    return found


def _quoted(text: str, pos: int) -> bool:
    """Whether ``pos`` stands inside quotation marks or a book title opened on its line."""
    line = text[text.rfind("\n", 0, pos) + 1 : pos]
    return line.count("“") > line.count("”") or line.count("《") > line.count("》")


def _crowded(text: str, start: int, end: int, c: Cues) -> bool:
    """Whether the sentence around ``[start, end)`` names private people (劳模, 村民, 专家 …)."""
    left = max(text.rfind(ch, 0, start) for ch in SENTENCE_ENDS) + 1
    rights = [i for i in (text.find(ch, end) for ch in SENTENCE_ENDS) if i >= 0]
    right = min(rights) if rights else len(text)
    sentence = text[left:right]
    return any(w in sentence for w in c.crowd)
