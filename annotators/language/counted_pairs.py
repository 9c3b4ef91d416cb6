"""Two people a title names as ``甲和乙`` and a count closes (issue 19, set 11): ``巡逻民警甲和乙两人``.

After a title, ``甲和乙`` alone may join the official to a private person or open a phrase, so the
title's list goes on past 和 only after two names (甲、乙和丙). A count of two right after the second
name (两人, 二人, 俩 …) makes the pair the title's: both hold it. The count bounds the second name, so a
given name of rare characters that the name reader would cut short (谢璘童) is read whole.
"""

from __future__ import annotations

from typing import List, Tuple

from baokan.annotators.core.document import SpanIndex
from baokan.annotators.language import names
from baokan.annotators.language.chars import HAN_CHAR

Span = Tuple[int, int]

#: Words that count the two people of a title's 甲和乙 (民警甲和乙两人).
PAIR_COUNTS = ("两人", "二人", "俩", "两位", "二位", "两名", "二名")


def counted_pair(text: str, end: int, blocked: SpanIndex) -> List[Span]:
    """The second name of a counted pair whose first name ends at ``end`` (甲 + 和 + 乙 + 两人): a single
    和/及/与, a surname of the table and one or two Han characters up to the count; empty otherwise."""
    if text[end : end + 1] not in ("和", "及", "与"):
        return []
    pos = end + 1
    if not names.surname_at(text, pos):
        return []
    for stop in (pos + 3, pos + 2):
        if text.startswith(PAIR_COUNTS, stop) and all(HAN_CHAR.match(ch) for ch in text[pos:stop]):
            if blocked.overlaps(pos, stop) or "某" in text[pos:stop]:
                return []
            return [(pos, stop)]
    return []
