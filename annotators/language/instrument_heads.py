"""A lexicon formula before the head that names its instrument (used by :mod:`baokan.annotators.slogans`).

docs/labels.md (*batches 6 and 7*, *other papers 4*): a 提法 followed by a head noun that names its instrument
(制度, 机制, 体系: 甲乙联动机制) is must with the head where the bare 提法 never stands alone on the page, and must
bare (the longer string neutral) where it does. :func:`extend` gives a lexicon hit its head on such a page.
"""

from __future__ import annotations

from typing import List, Sequence

from baokan.annotators.language.slogan_grammar import Candidate

#: Instrument heads, longest first (工作制度 before 制度).
HEADS = ("工作制度", "工作机制", "制度", "机制", "体系")


def extend(text: str, candidates: Sequence[Candidate]) -> List[Candidate]:
    """``candidates`` with every unquoted one that stands before an instrument head at each of its mentions in
    ``text`` taken with that head (its canonical form becomes the longer string)."""
    out: List[Candidate] = []
    for c in candidates:
        surface = text[c.start : c.end]
        # 中国特色社会主义制度 is a compound of its own: no second head; after 的 the mechanism is described
        # (…有力的甲乙机制、…有位的丙丁机制), and the core alone is the formula the text names
        if c.quoted or surface.endswith(HEADS) or text[c.start - 1 : c.start] == "的":
            out.append(c)
            continue
        head = next((h for h in HEADS if text.startswith(h, c.end)), None)
        if head and text.count(surface) == text.count(surface + head):
            end = c.end + len(head)
            c = Candidate(c.start, end, text[c.start : end], False, c.rule, c.rank)
        out.append(c)
    return out
