"""Which line breaks of an article's text join a title to the name after it (issue 19).

A page dump breaks lines for layout, and the segmenter joins a paragraph's print lines
again; the line breaks left in an article's text part its blocks. A title that ends a
headline, a kicker, a subtitle, a caption or a paragraph is no title of the name that
opens the next block (``……县委书记`` + new paragraph ``李某出席……``). Only a break between two
body blocks where the first is a full print line that stops mid-sentence is read as one
that the segmenter left unjoined (or that no segmenter saw: the ``paragraphs`` pipeline
gives one block a line), so the post runs on to the name.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import List, Sequence

from baokan.schemas import Block

#: A body block at least this long (characters, without white space) is a print line that may
#: have been cut by the layout; shorter lines ending in a title are headings or list lines.
FULL_LINE = 16

#: Characters that end a sentence or a heading: a block ending in one of them is finished.
_CLOSERS = "。！？!?；;：:…”’）)》」』"


def hard_breaks(text: str, blocks: Sequence[Block], page: str = "") -> List[int]:
    """The offsets of the line breaks in ``text`` that do not join the words on both sides.

    Args:
        text (str): The article text.
        blocks (Sequence[Block]): The article's blocks, in text order.
        page (str): The page as dumped, to see whether a block's line is indented (a new
            paragraph); empty when unknown.

    Returns:
        list[int]: Sorted offsets of ``\\n`` characters that part two blocks for good.
    """
    out: List[int] = []
    ordered = sorted(blocks, key=lambda b: b.start)
    for before, after in zip(ordered, ordered[1:]):
        gap = text[before.end : after.start]
        if "\n" not in gap:
            continue
        if not _runs_on(before, after) or _indented(page, after.text):
            out.append(before.end + gap.index("\n"))
    return out


def _runs_on(before: Block, after: Block) -> bool:
    """Whether the break between two blocks may fall inside one sentence (a print line cut)."""
    if before.kind != "body" or after.kind != "body":
        return False
    line = "".join(before.text.split())
    return len(line) >= FULL_LINE and not line.endswith(tuple(_CLOSERS))


def _indented(page: str, line: str) -> bool:
    """Whether ``line`` opens an indented line of the page dump: a new paragraph, never a
    print line's continuation."""
    head = line[:12]
    at = page.find(head) if head else -1
    if at <= 0:
        return False
    lead = len(page[:at]) - len(page[:at].rstrip(" \u3000\t"))
    return lead > 0 and page[: at - lead].endswith("\n")


def crosses(breaks: Sequence[int], start: int, end: int) -> bool:
    """Whether one of the sorted ``breaks`` lies in ``[start, end)``."""
    i = bisect_left(breaks, start)
    return i < len(breaks) and breaks[i] < end
