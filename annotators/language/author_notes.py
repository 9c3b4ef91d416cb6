"""Several authors of a signed article and the closing note that gives each one's post.

A commentary signed by two or three people puts their names on one line before the body
(``韩  松  祁晓光``: a two-character name spaced apart, a longer one not) and closes with
``（作者分别为某省某厅厅长、某市副市长）``: the posts in the order of the names.
"""

from __future__ import annotations

import bisect
import re
from typing import List, Optional, Tuple

from baokan.annotators.core import recache
from baokan.annotators.language import names
from baokan.schemas import Article

Span = Tuple[int, int]

#: What opens a closing note that gives several authors' posts in order.
SPLIT_NOTES = ("（作者分别为", "（作者分别系", "（作者分别是", "(作者分别为", "(作者分别系")
#: What closes such a note.
_NOTE_CLOSE = "）)\n"
_TOKEN = recache.compile(r"[^\s、]+")
_OPENING_LEN = len(SPLIT_NOTES[0])
assert all(len(o) == _OPENING_LEN for o in SPLIT_NOTES)  # in_split_note relies on it


_OPENING = recache.compile("|".join(map(re.escape, SPLIT_NOTES)))
#: The last text asked about and where its notes open: a search back from every position asked
#: about made a long text without such a note quadratic.
_last: Tuple[str, List[int]] = ("", [])


def in_split_note(text: str, pos: int) -> bool:
    """Whether ``pos`` stands inside a note that gives several authors' posts (after its opening)."""
    global _last
    if _last[0] is not text:
        # every opening holds 作者分别: most texts have none, found by one str search
        _last = (text, [m.start() for m in _OPENING.finditer(text)] if "作者分别" in text else [])
    starts = _last[1]
    k = bisect.bisect_right(starts, pos - _OPENING_LEN) - 1  # the last note that opens wholly before pos
    if k < 0:
        return False
    opening = starts[k]
    return not any(c in _NOTE_CLOSE for c in text[opening + 1 : pos])


def author_names(article: Article) -> List[Span]:
    """The spans of the names on the one line of two or more names before the body, in order;
    empty when there is no such line or more than one."""
    text = article.text
    found: List[List[Span]] = []
    for b in article.blocks:
        if b.kind == "body":
            break
        if b.kind in ("subtitle", "byline", "dateline"):
            line = _names_of_line(text, b.start, b.end)
            if line is not None and len(line) >= 2:
                found.append(line)
    return found[0] if len(found) == 1 else []


def _names_of_line(text: str, start: int, end: int) -> Optional[List[Span]]:
    """The names a line holds and nothing else: a lone character joins the lone one after it
    (``韩  松``); each name must read as one (:func:`names.name_at`). None when one does not."""
    tokens = [(m.start(), m.end()) for m in _TOKEN.finditer(text, start, end)]
    out: List[Span] = []
    i = 0
    while i < len(tokens):
        s, e = tokens[i]
        if e - s == 1 and i + 1 < len(tokens) and tokens[i + 1][1] - tokens[i + 1][0] == 1:
            e = tokens[i + 1][1]
            i += 1
        i += 1
        squashed = "".join(text[s:e].split())
        if not 2 <= len(squashed) <= 4 or names.name_at(squashed, 0) != len(squashed):
            return None
        out.append((s, e))
    return out
