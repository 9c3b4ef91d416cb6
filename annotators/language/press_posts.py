"""Posts of the party press: the president, the editor-in-chief and their deputies of a newspaper office, a
news agency or the central broadcaster (issue 19, session 15; docs/labels.md, *other papers 11*, s11 R4).

    人民日报社副总编辑某某    新华通讯社社长某某    某某市日报社总编辑某某

社长 and 总编辑 are posts only after such an office (a co-operative's 社长 is not one), so they are no rows
of ``titles.tsv``: the office is read here, from ``press_offices.tsv`` (central papers, agencies, provincial
party dailies) or from a division's name + ``日报社``-style word (a city's or county's paper), and the post
right after it is handed to the officials annotator as a title, the office as the post's body.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Dict, List, Sequence, Tuple

from baokan.annotators.core import recache
from baokan.annotators.core.lexicon import read_table
from baokan.annotators.language.chars import HAN

Span = Tuple[int, int]

#: The posts of a press office's leadership, longest first.
POSTS = ("常务副总编辑", "副总编辑", "总编辑", "副社长", "社长", "副台长", "台长")
#: A paper's office after a division's name: 杭州 + 日报社, 浙江 + 法治报社 (at most three characters between);
#: a division's broadcaster is its press office too (某某市 + 广播电视台 + 台长, issue 19, set 14).
_PLACE_PAPER = recache.compile(rf"[{HAN}]{{0,3}}?(?:(?:日报|晚报|早报|报)社|(?:广播电视|电视|广播电)台)")
_POST = recache.compile("|".join(POSTS))
#: A press office named by its title in book-title marks: 《人民法治》杂志社, 《临江法治》报社.
_TITLED_OFFICE = recache.compile(rf"《[{HAN}]{{2,10}}》(?:杂志社|日报社|报社)")
#: A central office's branch in a province or city: 新华社 + 江南 + 分社, 人民日报社 + 江南 + 分社.
_BRANCH = "分社"
_SENTENCE_END = recache.compile("[。；;！？\n]")


@lru_cache(maxsize=1)
def _offices() -> re.Pattern[str]:
    names = sorted(read_table("press_offices").rows.column("office"), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, names)))


def press_posts(text: str, places: Sequence[Span], titles: Sequence[Span]) -> Tuple[List[Span], List[Span]]:
    """``(offices, posts)``: the spans of each press office that a post follows, and of its press posts.

    A central office's branch (新华社 + a place + 分社) and an office named by its title in book-title marks
    (《人民法治》杂志社) are offices too.

    An office is the body of the post right after it, a press post or any other title (人民日报社 +
    党委书记); a press post joined by ``、`` or ``兼`` to the office's earlier posts in the same sentence
    is one of its posts too (社长某某、副总编辑某某).

    Args:
        text: The article text.
        places: Spans of the places found in it (a city's paper opens with its name).
        titles: Spans of the other titles found in it.
    """
    if "社长" not in text and "总编辑" not in text and "台长" not in text:  # every post holds one of them
        return [], []
    ends: Dict[int, int] = {}
    place_end_at = {s: e for s, e in places}  # a place's end by its start
    for m in _offices().finditer(text):
        ends[m.end()] = m.start()
        branch = place_end_at.get(m.end())  # 新华社 + 江南 + 分社社长: the branch office is the body
        if branch is not None and text.startswith(_BRANCH, branch):
            ends[branch + len(_BRANCH)] = m.start()
    titled = set()  # 《人民法治》杂志社: its marks break a body's name, so the office opens its first post
    if "》" in text:
        for m in _TITLED_OFFICE.finditer(text):
            ends[m.end()] = m.start()
            titled.add(m.end())
    for s, e in places:
        paper = _PLACE_PAPER.match(text, e)
        if paper and paper.end() not in ends:
            ends[paper.end()] = s
    title_starts = {s for s, _ in titles}
    offices: List[Span] = []
    posts: List[Span] = []
    for end, start in sorted(ends.items()):
        post = _POST.match(text, end)
        if post is None and end not in title_starts:
            continue
        offices.append((start, end))
        stop = _SENTENCE_END.search(text, end)
        for later in _POST.finditer(text, end, stop.start() if stop else len(text)):
            if later.start() == end and end in titled:
                posts.append((start, later.end()))
            elif later.start() == end or text[later.start() - 1] in "、兼":
                posts.append((later.start(), later.end()))
    return offices, sorted(set(posts))
