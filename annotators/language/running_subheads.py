"""Subheads of a running article that the line-role model reads as a new article's heading.

A new article in print announces itself: under its headline stand a byline, a
dateline, a subtitle or a column tag, or a caption or closing note ends the
article above it. A subhead of the article in progress has none of these: it
is a short line between two paragraphs and the text goes on under it. Two
shapes of such a line are read as subheads here (:func:`keep_running`):

- a lone heading line inside an article that has no heading of its own (an
  excerpt or a page that starts with a byline or with text): the line is one
  of its subheads or a photo's caption (发布会现场, 上海、辽宁：狠抓营商环境建设);
- a heading that numbers a section (特写一：荣光时刻——, 镜头二, 一、, （三）,
  第二部分): the sections of one feature, never the headline of another.

A line with a byline, a dateline, a signed column's names or a heading line
under it, or a column tag or dash subtitle in its group, keeps its role; so
does one under anything but a finished paragraph (a paragraph signed at its
end, ……。（记者 某某）, a closing note or credit close their article; a
numbered section may stand under a photo's caption).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import List, Sequence

from baokan.annotators.core import recache
from baokan.annotators.core.lexicon import read_table
from baokan.annotators.language import bylines as bl
from baokan.annotators.language.layout import STOP, Layout, Line, subtitle_shaped
from baokan.annotators.language.line_roles import HEAD, tag_end

#: Most lines of a numbered section's heading (a label-kicker and a heading).
SECTION_LINES = 2
#: Chinese numerals that number a section.
_NUMERAL = "一二三四五六七八九十"
#: Ordinal openings that need no label word: 一、 / （三） / 第二部分： / 之四.
_ORDINAL = recache.compile(
    rf"^(?:[{_NUMERAL}]{{1,3}}[、．.]|[（(][{_NUMERAL}]{{1,3}}[)）]|第[{_NUMERAL}]{{1,3}}(?:部分|章|篇|幕|站)[：:\s、])"
)


@lru_cache(maxsize=1)
def _labelled() -> re.Pattern[str]:
    """A section label from ``section_labels.tsv`` with its numeral, then a colon, a space or the end."""
    words = sorted((r["word"] for r in read_table("section_labels").rows if r.get("word")), key=len, reverse=True)
    alternatives = "|".join(map(re.escape, words)) or "(?!)"
    return recache.compile(rf"^(?:{alternatives})[{_NUMERAL}]{{1,3}}(?:[：:\s]|$)")


def section_numbered(text: str) -> bool:
    """Whether a heading numbers a section of its article: 特写一：…, 镜头二, 一、…, （三）…, 第二部分：…."""
    return _ORDINAL.match(text) is not None or _labelled().match(text) is not None


def _unsigned(layout: Layout, lines: Sequence[Line], roles: Sequence[str], i: int, j: int) -> bool:
    """Whether heading group ``i..j-1`` has nothing of a new article's own: plain text under it,
    no column tag or dash subtitle in it, no byline, dateline, names or further heading below."""
    if j >= len(lines) or roles[j] != "body":
        return False
    below = lines[j]
    if below.kind or below.dateline or layout.heading(below, loud=True):
        return False
    if bl.parse_names(below.text, strict=False) is not None:
        return False
    texts = [line.text for line in lines[i:j]]
    return not any(tag_end(t) or (k and subtitle_shaped(t)) for k, t in enumerate(texts))


def _open_paragraph(line: Line, role: str, *, caption: bool) -> bool:
    """A paragraph that ends a sentence, unsigned (……。（记者 某某） ends in a bracket), or, with
    ``caption``, a photo's caption."""
    if role != "body":
        return False
    if line.kind == "caption":
        return caption
    return not line.kind and line.end == STOP


def keep_running(layout: Layout, lines: Sequence[Line], roles: List[str]) -> List[str]:
    """``roles`` with the heading groups that are subheads of the running article set back to body.

    The article in progress is followed as :func:`~baokan.annotators.segment.article_starts`
    does: a heading group after body text starts one, and so do markers and page labels.
    """
    headed = False  # the article in progress has a heading
    content = False  # a byline or body line since the article started
    i, n = 0, len(lines)
    while i < n:
        role, line = roles[i], lines[i]
        if role in HEAD:
            j = i + 1
            while j < n and roles[j] in HEAD:
                j += 1
            if content and role != "subtitle" and _unsigned(layout, lines, roles, i, j):
                lone = j - i == 1 and not headed and _open_paragraph(lines[i - 1], roles[i - 1], caption=False)
                section = j - i <= SECTION_LINES and section_numbered(line.text)
                if lone or (section and _open_paragraph(lines[i - 1], roles[i - 1], caption=True)):
                    roles[i:j] = ["body"] * (j - i)
                    i = j
                    continue
            headed = True
            if role != "subtitle":
                content = False
            i = j
            continue
        if line.kind == "continuation" or (line.kind == "page" and content):
            headed = content = False  # a marker or a page label printed again: the next article starts
        elif role in ("byline", "body"):
            content = True
        i += 1
    return roles
