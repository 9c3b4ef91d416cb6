"""Whether an offset lies inside a quotation, asked in increasing order over a long text."""

from __future__ import annotations

from baokan.annotators.language.quoted import CLOSERS, PAIRS


class QuoteDepth:
    """Whether an offset lies inside a quotation on its line (the quote judgement has it).

    Asked about offsets in increasing order, it counts open marks from where it was last asked,
    not from the line's start, so that a page on one long line costs its length once."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0  # counted up to here, on the line that holds it
        self.opened = 0

    def inside(self, i: int) -> bool:
        if i < self.pos or self.text.rfind("\n", self.pos, i) != -1:  # back, or on a later line: from its start
            self.pos, self.opened = self.text.rfind("\n", 0, i) + 1, 0
        for ch in self.text[self.pos : i]:
            if ch in PAIRS and ch not in CLOSERS:
                self.opened += 1
            elif ch in CLOSERS and ch not in PAIRS:
                self.opened = max(0, self.opened - 1)
        self.pos = i
        return self.opened > 0
