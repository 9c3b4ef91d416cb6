"""Stock sayings of the shape ``X无小事`` (issue 19, set 7): ``民生无小事``, ``群众事无小事``, ``群众求助无小事``.

Papers state a body's duty as "nothing about X is a small matter", X a short noun phrase of the people or
the work served (群众, 民生, 安全, 治水). docs/labels.md (*other papers 2*) makes such a stock governance
saying a dictum: must whole, quoted or not, also as a subhead. The saying opens its clause (after a mark,
a quote or a line start; a verb of adherence before it, 坚持 or 牢记, stays out) and ends at 无小事, with
no Han character after it other than 的.
"""

from __future__ import annotations

from typing import FrozenSet, List, Tuple

from baokan.annotators.language.chars import HAN_CHAR, han_run_start
from baokan.annotators.language.occurrences import find_all

#: The fixed tail of the saying.
TAIL = "无小事"
#: The longest X before it (群众求助, 安全生产, 群众的事).
MAX_HEAD = 5
#: How far back the Han run before the tail is read.
_REACH = 12
#: Verbs of adherence that may stand between the clause's opening and X (牢记群众事无小事).
_ADHERE: Tuple[str, ...] = ("坚持", "牢记", "践行", "秉持", "树牢", "树立", "坚守", "始终")
#: Characters that X may not hold: a verb of saying or copula makes the clause a statement about it.
_NOT_HEAD: FrozenSet[str] = frozenset("说是都也就")


def find(text: str) -> List[Tuple[int, int]]:
    """The spans of the ``X无小事`` sayings in ``text``, in order."""
    if TAIL not in text:
        return []
    out: List[Tuple[int, int]] = []
    for at in find_all(text, TAIL):
        end = at + len(TAIL)
        after = text[end : end + 1]
        if after and HAN_CHAR.match(after) and after != "的":
            continue
        start = han_run_start(text, at, _REACH)  # it must open its clause, or follow a verb of adherence
        opens = start == 0 or not HAN_CHAR.match(text[start - 1])
        run = text[start:at]
        verb_end = max((run.rfind(v) + len(v) for v in _ADHERE if v in run[: len(run) - 1]), default=0)
        if verb_end:
            start += verb_end
        elif not opens:
            continue  # a longer clause: X is not the whole of what comes before (问题无小事可言)
        if 2 <= at - start <= MAX_HEAD and _NOT_HEAD.isdisjoint(text[start:at]):
            out.append((start, end))
    return out
