"""Quotes in lists and runs: the members of a quoted list, parallel series and quotes side by side.

The quote judgement (:mod:`quoted`) reads these shapes; they are here so that the judgement stays
one readable function:

- :func:`series_members` and :func:`parallel_list`: a quoted list “A、B、C” and whether its items
  are parallel (of one length, sharing a character at one place: a fixed series).
- :func:`clause_couplet`: a quoted couplet of clauses split by commas that mirror each other
  (基层强则国家强，基层安则天下安): a dictum, not speech, though commas are inside.
- :func:`parallel`: quotes in a parallel series in running text (以“…”为魂……以“…”为要).
- :func:`in_examples`: quotes written side by side and closed by 等: examples.
- :func:`run_after`: what follows a run of quotes written side by side (“云剑”“断卡”“断流”等专项行动):
  the head after the last one names every one of them.
"""

from __future__ import annotations

import re
from typing import List, Sequence, Set, Tuple

from baokan.annotators.core import recache
from baokan.annotators.language.chars import HAN_CHAR
from baokan.annotators.language.quote_campaigns import verb_campaign

#: Opening mark → closing mark. ASCII and full-width double quotes pair with themselves.
PAIRS = {"“": "”", "「": "」", "『": "』", "‘": "’", '"': '"', "＂": "＂"}
CLOSERS = set(PAIRS.values())
#: The longest inner text looked at; longer quotes are speech or documents.
MAX_INNER = 60
#: Punctuation that ends or splits a sentence: inside a quote it means speech.
SPEECH_PUNCT = set("，。！？；：…,.!?;:—")
_CJK = HAN_CHAR
#: A count of a run's members before its head: 三大战役, 两项行动.
_COUNTED = recache.compile(r"^[两三四五六七八九十]+[大项个]")


def series_members(inner: str) -> List[Tuple[int, int]]:
    """Offsets of the members of a quoted list “A、B、C” (2–8 characters each), or ``[]``."""
    parts = inner.split("、")
    if len(parts) < 2 or any(not (2 <= len(p) <= 8) or SPEECH_PUNCT & set(p) for p in parts):
        return []
    spans, pos = [], 0
    for p in parts:
        spans.append((pos, pos + len(p)))
        pos += len(p) + 1
    return spans


def parallel_list(inner: str) -> bool:
    """A quoted list of parallel items of one length (two to six characters): three to six items
    that share a character at the same place (好邻居、好伙伴、好朋友), four or more two-character
    items (创新、宜居、美丽、韧性), or two of four characters or more that share a character at the
    same place (横向到边、纵向到底, 前台统一受理、后台分类处置): a formula's fixed series or pair, not a
    loose list (包吃包住、报销机票、专人接送).

    Papers of counties and of political-legal work print longer series too: three to six items
    of seven or eight characters that share a word of three characters at the same place
    (治理体制现代化、工作布局现代化、治理方式现代化; 富在农家增收入、学在农家长智慧、…; not a
    description such as 数据应用企业多、数据资源企业散、…, whose shared parts are two-character
    words), four to eight items that all open with one character though their lengths differ
    (无黑恶、无毒害、无邪教、无命案、无重大安全事故、无群体性事件), and a division of labour of
    four-character items, two or more of them a body and its 主-role (县委统筹、纪委主抓、部门主责、
    镇街落实), or three items or more of a work cadence, each opening with a unit of time
    (月调度、季通报、年考评)."""
    if "、" not in inner:  # one item: no list
        return False
    items = inner.split("、")
    if len(items) < 2 or not all(2 <= len(i) <= 8 and all(_CJK.fullmatch(c) for c in i) for i in items):
        return False
    size = len(items[0])
    if any(len(i) != size for i in items):
        return 4 <= len(items) <= 8 and len({i[0] for i in items}) == 1  # 无黑恶、无毒害、…、无群体性事件
    if not 2 <= len(items) <= 6:
        return False
    same = [len({i[k] for i in items}) == 1 for k in range(size)]
    if size > 6:  # a shared word of three characters: the series' core (现代化, 在农家)
        return len(items) >= 3 and "###" in "".join("#" if s else "." for s in same)
    if len(items) == 2:
        return size >= 4 and any(same)
    cadence = len(items) >= 3 and all(i[0] in CADENCE for i in items)  # 周办公、月调度、季测评
    return any(same) or (size == 2 and len(items) >= 4) or (size == 4 and _roles(items) >= 2) or cadence


def _roles(items: Sequence[str]) -> int:
    """How many four-character items are a body and its 主-role (纪委主抓, 部门主责, 机关主战)."""
    return sum(i[2] == "主" and i[3] in ROLE_CHARS for i in items)


#: Time units that open the items of a work cadence (日清、周结、月考; 月调度、季通报、年考评).
CADENCE = set("日周旬月季年")
#: What a body is 主 of in a division of labour (主战 主防 主建 主责 主抓 主推 …).
ROLE_CHARS = "战防攻建打导控管责抓推"


def pair_only(inner: str) -> bool:
    """A :func:`parallel_list` of two items (横向到边、纵向到底): its length is not held against it,
    but as often as a formula it is a writer's couplet (以赛促创、以演促传), so it earns nothing alone."""
    return inner.count("、") == 1 and parallel_list(inner)


def parallel(text: str, quotes: Sequence) -> set:
    """Indexes of quotes in a parallel series: the same frame (以“…”为) around different
    phrases of the same length, or phrases joined by 、."""
    found: Set[int] = set()
    for i, q in enumerate(quotes):
        if i + 1 < len(quotes) and text[q.end + 1 : quotes[i + 1].start - 1] == "、":
            found.update((i, i + 1))
        before, after = text[q.start - 2 : q.start - 1], text[q.end + 1 : q.end + 2]
        if not (_CJK.match(before or " ") and _CJK.match(after or " ")) or before == "的":
            continue
        for j in range(i + 1, len(quotes)):
            r = quotes[j]
            if r.start - q.end > 200 or "\n" in text[q.end : r.start]:
                break
            if (
                r.inner != q.inner
                and len(r.inner) == len(q.inner)
                and text[r.start - 2 : r.start - 1] == before
                and text[r.end + 1 : r.end + 2] == after
            ):
                found.update((i, j))
    return found


#: Cue roles of a word after 等 that says a run of quotes is a model, a method or a way of working.
_NAMED = ("after_frame", "method")


def in_examples(text: str, start: int, end: int, cue=None) -> bool:
    """Whether the quote at ``start:end`` is one of a run of quotes written side by side
    (”“, with no word between) that 等 closes: examples, not a list of formulations. Unless
    what 等 closes is named a model or a method (``after_frame`` cues: “A”“B”等调研工作法,
    “A”“B”等融合机制): then the quotes are named programmes."""
    opener, closer = start - 1, end
    lo = opener
    while lo >= 2 and text[lo - 1] in CLOSERS:  # walk back over the quotes before this one
        back = max((text.rfind(o, 0, lo - 1) for o in PAIRS), default=-1)
        if back < 0 or lo - 1 - back > MAX_INNER:
            break
        lo = back
    hi = closer + 1
    while hi < len(text) and text[hi] in PAIRS:  # and forward over the quotes after it
        nxt = min((i for i in (text.find(c, hi + 1) for c in CLOSERS) if i > 0), default=-1)
        if nxt < 0 or nxt - hi > MAX_INNER:
            break
        hi = nxt + 1
    side_by_side = lo < opener or hi > closer + 1
    if not (side_by_side and text.startswith("等", hi)):
        return False
    tail = re.split(r"[，。、；：！？,.;:!?\s“”]", text[hi + 1 : hi + 9], maxsplit=1)[0]
    head = _COUNTED.sub("", tail)
    if cue and (cue.starts_with(head, "code_follow") or verb_campaign(head, "", cue)):
        return False  # “云剑”“断卡”等专项行动, 等打击整治行动: code names of campaigns
    # named a model or a method (“A”“B”等调研工作法), or said to be ways of working (“A”“B”等多种方式)
    return not (cue and any(cue.ends_with(tail[:n], role) for role in _NAMED for n in range(2, len(tail) + 1)))


def clause_couplet(inner: str) -> bool:
    """Two or three clauses split by one kind of comma (，or ,), of one length (four to nine Han
    characters), that share the same characters at two places or more (基层强则国家强，基层安则天下安):
    a couplet of a dictum. Speech rarely mirrors itself so."""
    if "，" not in inner and "," not in inner:  # one clause
        return False
    for comma in ("，", ","):
        items = inner.split(comma)
        if 2 <= len(items) <= 3:
            break
    else:
        return False
    size = len(items[0])
    if not 4 <= size <= 9 or any(len(i) != size or not all(_CJK.fullmatch(c) for c in i) for i in items):
        return False
    return sum(len({i[k] for i in items}) == 1 for k in range(size)) >= 2


def run_after(text: str, end: int) -> str:
    """The text after the quote ending at ``end``, or after the run of quotes written side by side
    that it belongs to, up to the line's end, without a 等 or a count of the members before the
    head (“斩链”“清源”“利剑”三大战役 → 战役): the head that names every quote of the run."""
    hi = end + 1
    while hi < len(text) and text[hi] in PAIRS:
        nxt = min((i for i in (text.find(c, hi + 1) for c in CLOSERS) if i > 0), default=-1)
        if nxt < 0 or nxt - hi > MAX_INNER or "\n" in text[hi:nxt]:
            break
        hi = nxt + 1
    after = text[hi : hi + 12].split("\n", 1)[0]
    after = after[1:] if after[:1] == "等" else after
    return _COUNTED.sub("", after)
