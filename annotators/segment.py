"""``segment``: a page dump split into articles, each a list of layout blocks.

A dump holds the lines of one or more printed pages: page headers, and for
each article an optional kicker, a headline, subtitles, a byline, then body
paragraphs with subheads and photo captions among them. The layout breaks a
paragraph wherever a column ends and drops captions into the middle of one.

The work goes in three passes, each linear in the number of lines:

1. every line gets the kind its own text shows (page header, byline,
   continuation marker, note, marked caption) and its shape (how it ends,
   whether it is short enough to be a heading): :mod:`.layout`;
2. article starts are found from anchors: a byline or a dateline with heading
   lines above it, the line after a ``(下转2版)`` marker or a closing note, a
   group of heading lines set off by kicker or subtitle marks;
3. each article's lines become blocks; broken paragraphs are rejoined,
   deciding by punctuation, line lengths, indentation and whether joining the
   two ends makes a word (jieba, on a few characters only).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import List, Optional, Sequence, Tuple

from baokan.annotators.core.document import Document, make_article
from baokan.annotators.core.registry import annotator
from baokan.annotators.language import bylines as bl
from baokan.annotators.language.layout import (
    SEMI,
    STOP,
    Layout,
    Line,
    caption_shaped,
    continues,
    end_of,
    kicker_shaped,
    makes_word,
    read_lines,
    subtitle_shaped,
)
from baokan.schemas import Article, Byline, Page

#: Longest column or section name (法官说法, 人民时评) set above a headline.
COLUMN_MAX = 6
#: Largest heading group (kicker, headline, subtitles) above a byline or dateline.
GROUP_MAX = 5


# ---------------------------------------------------------------- articles


def article_starts(layout: Layout, lines: Sequence[Line]) -> List[int]:
    """Indices of the lines that start an article on one page."""
    starts = {0}
    body_since = False  # a body line since the last start
    for i, line in enumerate(lines):
        if line.kind == "byline" or (line.dateline and (i == 0 or lines[i - 1].kind != "byline")):
            group = _group_above(layout, lines, i)
            if group is not None:
                starts.add(group)
                body_since = False
                continue
        elif line.kind in ("note", "footer") or line.cont_to is not None:
            if i + 1 < len(lines) and _ends_article(lines, i):
                starts.add(i + 1)
                body_since = False
                continue
        elif line.cont_from is not None and body_since:
            group = _group_above(layout, lines, i)
            starts.add(group if group is not None else i)
            body_since = False
            continue
        elif _heading_group(layout, lines, i):
            starts.add(i)
            body_since = False
            continue
        if not line.kind and not layout.heading(line):
            body_since = True
    return sorted(s for s in starts if s < len(lines))


def _group_above(layout: Layout, lines: Sequence[Line], i: int) -> Optional[int]:
    """The first line of the heading group right above line ``i``, or None if there is none."""
    j = i
    while j > 0 and i - j < GROUP_MAX and layout.heading(lines[j - 1], loud=True):
        j -= 1
        if layout.boxed(lines[j]):
            break
    return None if j == i else j


def _ends_article(lines: Sequence[Line], i: int) -> bool:
    """A note or marker ends its article unless more of the same frame follows."""
    nxt = lines[i + 1]
    return nxt.kind not in ("note", "footer", "continuation", "caption")


def _heading_group(layout: Layout, lines: Sequence[Line], i: int) -> bool:
    """Whether line ``i`` opens a new article's heading group under a finished paragraph.

    A subhead stands alone, so two or more heading lines followed by body text
    are a kicker, headline and subtitles, unless boxes set them apart (captions)
    and no kicker or subtitle mark says otherwise.
    """
    if i == 0 or not layout.heading(lines[i], loud=True):
        return False
    prev = lines[i - 1]
    after_body = not prev.kind and prev.end in (STOP, SEMI) and not layout.heading(prev, loud=True)
    if not (after_body or prev.kind in ("caption", "note")):
        return False
    j = i
    while j < len(lines) and j - i < GROUP_MAX and layout.heading(lines[j], loud=True):
        j += 1
    if j - i < 2 or j >= len(lines) or lines[j].kind in ("caption", "note"):
        return False
    texts = [lines[k].text for k in range(i, j)]
    marked = any(kicker_shaped(t) for t in texts[:-1]) or any(subtitle_shaped(t) for t in texts[1:])
    return marked or not any(layout.boxed(lines[k]) for k in range(i + 1, j))


@dataclass
class Draft:
    """An article while it is being built."""

    parts: List[Tuple[str, str]]
    kicker: Optional[str] = None
    headline: Optional[str] = None
    subtitles: List[str] = field(default_factory=list)
    byline: Optional[Byline] = None
    continued_to: Optional[int] = None
    continued_from: Optional[int] = None


def build(layout: Layout, lines: Sequence[Line]) -> Draft:
    """Blocks of one article from its lines."""
    d = Draft(parts=[])
    i, n = 0, len(lines)
    while i < n and lines[i].kind == "continuation":
        _frame(d, lines[i])
        i += 1
    head: List[Line] = []
    while i < n and layout.heading(lines[i], loud=True) and len(head) < GROUP_MAX:
        head.append(lines[i])
        i += 1
    if head and (i == n or lines[i].kind not in ("", "byline", "continuation")):
        i -= len(head)  # no byline or body follows: these are captions or notes, not a header
        head = []
    _header(d, head)
    while i < n and lines[i].kind in ("byline", "continuation"):
        _frame(d, lines[i])
        i += 1
    _body(d, layout, lines[i:])
    return d


def _header(d: Draft, head: List[Line]) -> None:
    k = 0
    while k < len(head) - 1 and (kicker_shaped(head[k].text) or (k == 0 and _column_name(head[0].text, head[1].text))):
        k += 1
    if k:
        d.kicker = " ".join(line.text for line in head[:k])
    for j, line in enumerate(head):
        kind = "kicker" if j < k else "headline" if j == k else "subtitle"
        d.parts.append((kind, line.text))
        if kind == "headline":
            d.headline = line.text
        elif kind == "subtitle":
            d.subtitles.append(line.text)


def _column_name(text: str, below: str) -> bool:
    """A column or section name set above a headline (法官说法, 城市简讯) is part of the kicker."""
    return len(text) <= COLUMN_MAX < len(below) and not subtitle_shaped(below)


def _frame(d: Draft, line: Line) -> None:
    """Add a byline or continuation line."""
    if line.kind == "byline":
        d.parts.append(("byline", line.text))
        if d.byline is None:
            d.byline = line.byline
        elif line.byline is not None:
            d.byline.people.extend(line.byline.people)
    else:
        d.parts.append(("continuation", line.text))
        if line.cont_to is not None:
            d.continued_to = line.cont_to
        if line.cont_from is not None:
            d.continued_from = line.cont_from


def _body(d: Draft, layout: Layout, lines: Sequence[Line]) -> None:
    """Body blocks: paragraphs rejoined, captions lifted out, subheads and frame kept."""
    para: List[str] = []
    last: Optional[Line] = None  # the paragraph's last line
    held: List[Tuple[str, str]] = []  # captions met inside the open paragraph

    def flush() -> None:
        nonlocal para, last, held
        if para:
            d.parts.append(("body", "".join(para)))
        d.parts.extend(held)
        para, last, held = [], None, []

    i, n = 0, len(lines)
    while i < n:
        line = lines[i]
        is_open = bool(para) and end_of(para[-1]) != STOP
        if is_open and _is_caption(line):
            held.append(("caption", line.text))
            i += 1
            continue
        if line.kind:
            flush()
            if _is_caption(line):
                d.parts.append(("caption", line.text))
            elif line.kind in ("byline", "continuation"):
                _frame(d, line)
            else:  # a closing note, or the page's credits
                d.parts.append(("note" if line.kind == "note" else "page", line.text))
            i += 1
            continue
        if para and last is not None:
            if is_open and _captionish(layout, line) and not makes_word(para[-1], line.text):
                j = _resumes(layout, para[-1], lines, i)
                if j is not None:  # captions dropped into the paragraph
                    held.extend(("caption", lines[k].text) for k in range(i, j))
                    para.append(lines[j].text)
                    last = lines[j]
                    i = j + 1
                    continue
            if continues(layout, last, para[-1], line):
                para.append(line.text)
                last = line
                i += 1
                continue
            flush()
        # A line that starts something: a paragraph, or a subhead or caption on its own.
        nxt = lines[i + 1] if i + 1 < n else None
        j = _resumes(layout, line.text, lines, i + 1) if layout.heading(line) and nxt is not None else None
        if j is not None and makes_word(line.text, lines[j].text):  # a paragraph's first piece, captions, the rest
            held.extend(("caption", lines[k].text) for k in range(i + 1, j))
            para, last = [line.text, lines[j].text], lines[j]
            i = j + 1
            continue
        if layout.heading(line) and not (nxt is not None and not nxt.kind and makes_word(line.text, nxt.text)):
            if kicker_shaped(line.text) and nxt is not None and not nxt.kind:
                para, last = [line.text], line  # a lead-in (更多……——) is a paragraph of its own
                flush()
            else:
                d.parts.append(("caption" if layout.boxed(line) or caption_shaped(line.text) else "subhead", line.text))
            i += 1
            continue
        para, last = [line.text], line
        i += 1
    flush()


def _is_caption(line: Line) -> bool:
    """A caption line, or a photo credit (a byline of photographers only)."""
    if line.kind == "caption":
        return True
    if line.kind == "byline" and line.byline is not None and line.byline.people:
        return all((p.role or "").endswith(("摄", "摄影", "图", "供图")) for p in line.byline.people)
    return False


def _captionish(layout: Layout, line: Line) -> bool:
    """Whether ``line`` could be a caption dropped into a paragraph: heading-shaped, boxed or marked."""
    return layout.heading(line) or layout.boxed_caption(line) or _is_caption(line)


def _resumes(layout: Layout, tail: str, lines: Sequence[Line], i: int) -> Optional[int]:
    """Where a paragraph broken before line ``i`` goes on past captions, or None.

    Lines ``i..j-1`` must be heading-shaped (captions); line ``j`` must continue
    the paragraph: a word forms across the seam, or the captions stand in a box
    (then a comma left open, or a break mid-sentence, is enough).
    """
    j = i
    while j < len(lines) and j - i < 4 and _captionish(layout, lines[j]):
        if makes_word(tail, lines[j].text):
            break
        j += 1
    if j == i or j >= len(lines) or lines[j].kind or lines[j].dateline:
        return None
    return j if makes_word(tail, lines[j].text) or layout.boxed(lines[i]) else None


# ---------------------------------------------------------------- the annotator


@annotator("segment", version="1", assigns=["articles"], default=True)
class Segment:
    """Split a page dump into articles: headline, byline, rejoined body, captions."""

    def __call__(self, doc: Document) -> Document:
        articles: List[Article] = []
        for page, lines in self.pages(doc.text):
            if page is not None and doc.page is None:
                doc.page = page
                doc.date = doc.date or page.date
            layout = Layout(lines)
            starts = article_starts(layout, lines) if lines else []
            for a, b in zip(starts, starts[1:] + [len(lines)]):
                draft = build(layout, lines[a:b])
                if draft.parts:
                    articles.append(self.finish(doc, len(articles), draft, page))
        if not articles:
            articles.append(make_article(doc.doc, 0, []))
        doc.set_articles(articles)
        return doc

    @staticmethod
    def pages(text: str) -> List[Tuple[Optional[Page], List[Line]]]:
        """The dump cut at its page headers: (header, lines) for each page."""
        out: List[Tuple[Optional[Page], List[Line]]] = [(None, [])]
        for line in read_lines(text):
            if line.kind == "page" and line.page is not None and (line.page.date or line.page.paper or not out[-1][1]):
                out.append((line.page, []))
            else:
                out[-1][1].append(line)
        return [(p, ls) for p, ls in out if ls or p is not None]

    @staticmethod
    def finish(doc: Document, index: int, d: Draft, page: Optional[Page]) -> Article:
        year, month = (int(page.date[:4]), int(page.date[5:7])) if page is not None and page.date else (None, None)
        bodies = [text for kind, text in d.parts if kind == "body"]
        dateline, byline = bl.parse_dateline(bodies[0], year=year, month=month) if bodies else (None, None)
        if d.byline is None and byline is None and bodies:
            byline = bl.trailing_byline(bodies[-1])  # ……求助。（记者 孙  宁）
        art = make_article(
            doc.doc, index, d.parts, kicker=d.kicker, headline=d.headline, subtitles=d.subtitles,
            byline=d.byline or byline, continued_to=d.continued_to, continued_from=d.continued_from,
            dateline=dateline,
        )
        if page is not None:
            art.page = page
            art.date = page.date
        return art
