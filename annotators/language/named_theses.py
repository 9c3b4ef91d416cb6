"""Named bodies of thought of the party leader on a field of work: 习近平关于加强和改进民族工作的重要思想,
习近平总书记关于党的自我革命的重要思想.

Study materials, plenums and commentaries name the leader's thinking on one field of work with one
frame: the leader's name, 关于, the field, and 的重要思想. Fields get their own (ethnic work, party
building, the party's self-reform, cyberspace …), and new ones keep being named, so a list of rows
cannot hold them all; the frame can. Speeches and instructions (重要讲话, 重要指示) are occasions, and
collected remarks (重要论述: the sample page's gold lists 习近平总书记关于新时代公安工作的重要论述 as
no slogan) are references to what was said, not named bodies of thought: both stay out.
"""

from __future__ import annotations

from typing import List, Tuple

from baokan.annotators.core import recache

#: The frame: the name (with 总书记 or 同志 after it, or neither), 关于, a field of two to sixteen
#: characters with no sentence or list punctuation in it, and the head. A field printed with
#: quotation marks (关于“三农”工作) cannot be written as one gold string (labels.md, batch 4): left out.
_NOT_FIELD = "\\s，。；：、,.;:!?！？（）()《》“”‘’\"'"
_FRAME = recache.compile(rf"习近平(?:总书记|同志)?关于([^{_NOT_FIELD}]{{2,16}}?)的重要(思想)")


def find(text: str) -> List[Tuple[int, int, str]]:
    """``(start, end, canonical)`` of every named body of thought in ``text``; the canonical form
    names the leader without his post (习近平关于网络强国的重要思想)."""
    if "习近平" not in text or "的重要" not in text:
        return []
    return [(m.start(), m.end(), f"习近平关于{m.group(1)}的重要思想") for m in _FRAME.finditer(text)]
