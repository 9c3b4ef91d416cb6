"""Quotes written side by side share their verdict (docs/labels.md, slogan: named initiatives, ``+`` formulas).

A paper lists names of one kind in a run of quotes: 打造“农业+旅游”“农业+文创”“农业+健康”等融合发展新形式,
推行“蹲点进网格”“徒步走城区”等调研工作法. The cue that makes one of them a formulation (the verb before the
run, the head after it) stands beside only the first or the last member, so the quote judgement takes that
one and leaves its siblings. :func:`agree` gives every member of such a run the verdict of a member the
judgement took: quotes that follow one another with nothing between them but 、, 和, 与 or 及, none inside
another, each of :data:`MIN_LEN` to :data:`MAX_LEN` characters with no clause mark (names, not sentences).

A body's numbered scheme is written the same way apart (:func:`counted_runs`): its parts are quoted one by one in a
sentence, each opening with the next numeral (紧扣“一张蓝图”抓部署，依托“两项制度”抓落实，用好“三项机制”抓监督 — a
“123” work plan); a part the judgement takes makes the others parts of that scheme too, even those whose numeral
and measure would read as a count (一张, 两点).
"""

from __future__ import annotations

from typing import List, Sequence, Tuple

from baokan.annotators.core import recache
from baokan.annotators.language import quoted

#: The shortest and the longest member of a run (a name or a formula, not a sentence).
MIN_LEN = 2
MAX_LEN = 12
#: What may stand between two members of a run.
_JOINER = recache.compile(r"[、和与及]?")
_CLAUSE_MARK = recache.compile(r"[，,。；;：:！？!?…\s]")
#: The value of each numeral a numbered scheme's parts open with, in order.
_ORDINAL = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
#: The fewest parts of a numbered scheme that counts: three (一…两…三…).
MIN_COUNTED = 3
#: What ends a sentence: a scheme's parts stand in one.
_SENTENCE_END = recache.compile(r"[。！？!?\n]")


def runs(text: str, quotes: Sequence[quoted.Quote]) -> List[List[int]]:
    """Indices into ``quotes`` of each run of two or more name-like quotes written side by side."""
    out: List[List[int]] = []
    current: List[int] = []
    for i, q in enumerate(quotes):
        name = MIN_LEN <= len(q.inner) <= MAX_LEN and not _CLAUSE_MARK.search(q.inner)
        prev = quotes[current[-1]] if current else None
        if name and prev is not None and q.start > prev.end and _JOINER.fullmatch(text[prev.end + 1 : q.start - 1]):
            current.append(i)
            continue
        if len(current) >= 2:
            out.append(current)
        current = [i] if name else []
    if len(current) >= 2:
        out.append(current)
    return out


def counted_runs(text: str, quotes: Sequence[quoted.Quote]) -> List[List[int]]:
    """Indices into ``quotes`` of each run of name-like quotes of one sentence whose first characters count up
    from 一 to :data:`MIN_COUNTED` or more (“一张图纸”…“两点支撑”…“三项机制”…“四个维度”); a part may be quoted
    twice (“两张清单”制度“两点支撑”)."""
    out: List[List[int]] = []
    current: List[int] = []
    for i, q in enumerate(quotes):
        value = _ORDINAL.get(q.inner[:1], 0) if MIN_LEN <= len(q.inner) <= MAX_LEN else 0
        prev = quotes[current[-1]] if current else None
        if (
            value
            and prev is not None
            and value - _ORDINAL[prev.inner[0]] in (0, 1)  # the next part, or a second quote of the same part
            and not _SENTENCE_END.search(text, prev.end, q.start)
        ):
            current.append(i)
            continue
        if current and _ORDINAL[quotes[current[-1]].inner[0]] >= MIN_COUNTED:
            out.append(current)
        current = [i] if value == 1 else []
    if current and _ORDINAL[quotes[current[-1]].inner[0]] >= MIN_COUNTED:
        out.append(current)
    return out


def agree(text: str, judged: Sequence[Tuple[quoted.Quote, quoted.Judgement]]) -> None:
    """Give every member of a run the verdict of a member judged a slogan (in place)."""
    quotes = [q for q, _ in judged]
    if len(quotes) >= MIN_COUNTED:
        for run in counted_runs(text, quotes):
            if any(judged[i][1].slogan for i in run):
                for i in run:
                    judged[i][1].verdict = True
    for run in runs(text, quotes):
        if any(judged[i][1].slogan for i in run):
            for i in run:
                if "dict_word" not in judged[i][1].features:  # an everyday word beside a name (“两节”) keeps its own
                    judged[i][1].verdict = True
