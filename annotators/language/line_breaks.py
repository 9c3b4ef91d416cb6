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

from bisect import bisect_right
from typing import List, Sequence

from baokan.schemas import Block

#: A body block at least this long (characters, without white space) is a print line that may
#: have been cut by the layout; shorter lines ending in a title are headings or list lines.
FULL_LINE = 16

#: Characters that end a sentence or a heading: a block ending in one of them is finished.
_CLOSERS = "。！？!?；;：:…”’）)》」』"


class LineBreaks:
    """The line breaks of one article's text, asked about lazily: only the few breaks between a title
    and a would-be name are judged, so a long page costs nothing where no title ends a line."""

    def __init__(self, text: str, blocks: Sequence[Block], page: str = "") -> None:
        """``page``: the page as dumped, to see whether a block's line is indented (a new paragraph);
        empty when unknown."""
        self.text, self.page = text, page
        self.blocks: List[Block] = sorted(blocks, key=lambda b: b.start)
        self.starts = [b.start for b in self.blocks]

    def crosses(self, start: int, end: int) -> bool:
        """Whether a line break in ``[start, end)`` parts two blocks for good (it does not join the
        words on both sides)."""
        at = self.text.find("\n", start, end)
        while at != -1:
            if self._hard(at):
                return True
            at = self.text.find("\n", at + 1, end)
        return False

    def _hard(self, at: int) -> bool:
        i = bisect_right(self.starts, at)  # the first block after the break
        if i == 0 or i >= len(self.blocks):
            return False
        before, after = self.blocks[i - 1], self.blocks[i]
        return not _runs_on(before, after) or _indented(self.page, after.text)


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
    lead = at
    while lead > 0 and page[lead - 1] in " \u3000\t":
        lead -= 1
    return lead < at and (lead == 0 or page[lead - 1] == "\n")
