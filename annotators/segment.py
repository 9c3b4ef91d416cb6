"""``segment``: a page dump split into articles, each a list of layout blocks.

A dump holds the lines of one or more printed pages: page headers, and for
each article an optional kicker, a headline, subtitles, a byline, then body
paragraphs with subheads and photo captions among them. The layout breaks a
paragraph wherever a column ends and drops captions into the middle of one.

The work goes in three passes, each linear in the number of lines:

1. every line gets the kind its own text shows (page header, byline,
   continuation marker, note, marked caption) and its shape (how it ends,
   whether it is short enough to be a heading): :mod:`.layout`;
2. every line gets a role (kicker, headline, subtitle, byline, body, marker)
   from a sequence model over the page's lines (:mod:`.line_roles`), and an
   article starts where a heading group follows body text, after a
   ``(下转2版)`` marker, or at a ``(上接1版)`` marker;
3. each article's body lines become blocks; broken paragraphs are rejoined,
   deciding by punctuation, line lengths, indentation and whether joining the
   two ends makes a word (jieba, on a few characters only), and subheads and
   captions are told apart by their shape.
"""

from __future__ import annotations

from typing import Callable, List, Optional, Sequence, Tuple

import msgspec

from baokan.annotators.core import recache
from baokan.annotators.core.document import Document, make_article
from baokan.annotators.core.registry import annotator
from baokan.annotators.language import bylines as bl
from baokan.annotators.language import line_roles, line_rules
from baokan.annotators.language.layout import (
    OPEN,
    STOP,
    Layout,
    Line,
    caption_shaped,
    continues,
    credit_only,
    end_of,
    kicker_shaped,
    makes_word,
    read_lines,
    subtitle_shaped,
)
from baokan.annotators.language.line_roles import HEAD
from baokan.annotators.language.running_subheads import section_numbered
from baokan.schemas import Article, Byline, Page

# ---------------------------------------------------------------- articles


def article_starts(lines: Sequence[Line], roles: Sequence[str]) -> List[int]:
    """Indices of the lines that start an article on one page, given the lines' roles.

    A heading group (kicker, headline, subtitle lines, in that order) starts an
    article when a byline or body line stands between it and the last start;
    a kicker or headline below a subtitle or headline of the same group starts
    a group of its own. A ``下转`` marker ends its article (unless captions,
    notes or page credits follow it), and a ``上接`` marker below body text
    starts one.
    """
    starts = [0]
    content = False  # a byline or body line since the last start
    n = len(lines)
    for i, (line, role) in enumerate(zip(lines, roles)):
        if role in HEAD:
            rank = HEAD.index(role)
            group = i == 0 or roles[i - 1] not in HEAD or rank < HEAD.index(roles[i - 1])
            if group and content and role != "subtitle":
                starts.append(i)
                content = False
        elif line.kind == "continuation" and line.cont == "to":
            if i + 1 < n and lines[i + 1].kind not in ("note", "footer", "continuation", "caption"):
                starts.append(i + 1)
                content = False
        elif (
            line.kind == "page"
            and line.page is not None
            and line.page.number is not None
            and "body" in roles[starts[-1] : i]
            and any(x.kind != "page" for x in lines[i + 1 :])
        ):
            starts.append(i)  # a page label printed again above the next article (第3版(), 专栏：)
            content = False
        elif line.kind == "continuation" and line.cont == "from":
            if content:
                starts.append(i)
                content = False
        elif role == "body" and line.dateline and content and i and _signed_off(lines[i - 1], roles[i - 1]):
            starts.append(i)  # 本报讯…… under a paragraph signed （记者某某）: the next item of a column of briefs
        elif role in ("byline", "body"):
            content = True
    return sorted(set(starts))


def _signed_off(line: Line, role: str) -> bool:
    """A paragraph that ends with its reporters in brackets (……。（记者 某某）, ……。（某某 记者某某文/图）)."""
    if role != "body" or line.kind or line.end == STOP:
        return False
    m = _SIGN_OFF.search(line.text[-44:])
    return m is not None and bl.roles().any.search(m.group(1)) is not None


#: Brackets after a sentence's end, holding no sentence of their own: where a paragraph is signed.
_SIGN_OFF = recache.compile(r"[。！？!?”][（(]([^（）()。，,；;]{2,40})[)）]$")


class Draft(msgspec.Struct):
    """An article while it is being built."""

    parts: List[Tuple[str, str]]
    kicker: Optional[str] = None
    headline: Optional[str] = None
    subtitles: List[str] = []
    byline: Optional[Byline] = None
    continued_to: Optional[str] = None
    continued_from: Optional[str] = None


def build(layout: Layout, lines: Sequence[Line], roles: Sequence[str]) -> Draft:
    """Blocks of one article from its lines and their roles."""
    d = Draft(parts=[])
    i, n = 0, len(lines)
    while i < n and roles[i] in ("cont", "page") and lines[i].kind in ("continuation", "page"):
        if lines[i].kind == "page":
            d.parts.append(("page", lines[i].text))
        else:
            _frame(d, lines[i])
        i += 1
    head: List[Tuple[str, Line]] = []
    while i < n and roles[i] in HEAD:
        head.append((roles[i], lines[i]))
        i += 1
    _header(d, head)
    while i < n and (roles[i] == "byline" or lines[i].kind == "continuation" or _caption_above_byline(lines, roles, i)):
        if roles[i] != "byline" and lines[i].kind == "caption":
            d.parts.append(("caption", lines[i].text))
        else:
            _frame(d, lines[i], byline=roles[i] == "byline")
        i += 1
    _body(d, layout, lines[i:], roles[i:])
    if d.headline and not any(kind == "body" for kind, _ in d.parts):
        # a photo item: a heading over its photo's caption, which is all the text it has
        d.parts = [("body", t) if kind == "caption" and not credit_only(t) else (kind, t) for kind, t in d.parts]
    return d


def _caption_above_byline(lines: Sequence[Line], roles: Sequence[str], i: int) -> bool:
    """A photo's caption between the heading group and the byline."""
    k = i
    while k < len(lines) and lines[k].kind == "caption" and roles[k] != "byline":
        k += 1
    return k > i and k < len(lines) and roles[k] == "byline"


def _header(d: Draft, head: List[Tuple[str, Line]]) -> None:
    """Kicker, headline and subtitles from the heading group's lines.

    Several kicker lines make one kicker. A line under the headline that a word
    runs into (a headline broken over two lines) is part of the headline; the
    others are subtitles. A group without a headline line takes its last
    kicker (or, without one, its first subtitle) as the headline.
    """
    if not head:
        return
    roles = [r for r, _ in head]
    if "headline" not in roles:
        k = roles.index("subtitle") if "kicker" not in roles else len(roles) - 1 - roles[::-1].index("kicker")
        roles[k] = "headline"
    texts = [line.text for _, line in head]
    kickers = [t for r, t in zip(roles, texts) if r == "kicker"]
    k = roles.index("headline")
    headline = [texts[k]]
    k += 1
    while k < len(texts) and line_rules.broken(headline[-1], texts[k]):
        headline.append(texts[k])
        k += 1
    subs = [t for r, t in zip(roles[k:], texts[k:]) if r != "kicker"]
    for text in kickers:
        d.parts.append(("kicker", text))
    for text in headline:
        d.parts.append(("headline", text))
    for text in subs:
        d.parts.append(("subtitle", text))
    d.kicker = " ".join(kickers) or None
    d.headline = "".join(headline)
    d.subtitles = subs


def _frame(d: Draft, line: Line, *, byline: bool = True) -> None:
    """Add a byline or continuation line; a reporters' line inside a body names no one of the article."""
    if line.kind == "continuation":
        d.parts.append(("continuation", line.text))
        if line.cont == "to":
            d.continued_to = line.cont_to
        elif line.cont_from is not None:
            d.continued_from = line.cont_from
        return
    d.parts.append(("byline", line.text))
    if not byline:
        return
    found = line.byline if line.kind == "byline" and line.byline is not None else bl.read_byline(line.text)
    if d.byline is None:
        d.byline = Byline(text=found.text, people=list(found.people))
    else:
        d.byline.people.extend(found.people)


def _body(d: Draft, layout: Layout, lines: Sequence[Line], roles: Sequence[str]) -> None:
    """Body blocks: paragraphs rejoined, captions lifted out, subheads and frame kept.

    A byline line counts for the article only where its role is ``byline``;
    inside a body it is a round-up's reporters' line.
    """
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
            if _is_caption(line) and _closing_credit(d, lines, i):
                d.parts.append(("note", line.text))  # a photo's credit closes the article, like 制图：…
            elif _is_caption(line):
                d.parts.append(("caption", line.text))
            elif line.kind == "continuation" or (line.kind == "byline" and roles[i] == "byline"):
                _frame(d, line)
            elif line.kind == "byline":  # reporters of one item of a round-up, or （本报记者某某整理）
                d.parts.append(("note", line.text))
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
        if (
            layout.heading(line)
            and not (nxt is not None and not nxt.kind and makes_word(line.text, nxt.text))
            and not _opens_paragraph(layout, line, nxt)
        ):
            if kicker_shaped(line.text) and not section_numbered(line.text) and nxt is not None and not nxt.kind:
                para, last = [line.text], line  # a lead-in (更多……——) is a paragraph of its own
                flush()
            elif subtitle_shaped(line.text) and d.parts and d.parts[-1][0] == "body":
                d.parts.append(("note", line.text))  # ——某单位某职务某某: who said the paragraph above, no caption
            else:
                d.parts.append(("caption" if layout.boxed(line) or caption_shaped(line.text) else "subhead", line.text))
            i += 1
            continue
        para, last = [line.text], line
        i += 1
    flush()


#: Marks that set clauses or sentences apart inside a line; a subhead has one at most, and is short.
_CLAUSE_MARKS = recache.compile(r"[，,、；;：:？！?!]")
#: A heading-shaped line at least this long with a clause mark inside reads as a sentence cut short.
SENTENCE_MIN = 20


def _opens_paragraph(layout: Layout, line: Line, nxt: Optional[Line]) -> bool:
    """Whether a heading-shaped line is the first piece of a paragraph broken at a column end.

    It stops mid-clause (no mark at its end) and a plain text line follows. On
    a page that indents paragraphs, the piece is indented and the rest is not;
    elsewhere it reads as a sentence: long, with clause marks inside, where a
    subhead is a short phrase or two (警务前移，守护万家灯火).
    """
    if nxt is None or nxt.kind or nxt.dateline or line.end != OPEN or layout.heading(nxt, loud=True):
        return False
    if layout.indented:
        return line.indent and not nxt.indent
    t = line.text
    return (
        len(t) >= SENTENCE_MIN and len(_CLAUSE_MARKS.findall(t)) >= 1 and len(t) - len(_CLAUSE_MARKS.findall(t)) >= 18
    )


def _is_caption(line: Line) -> bool:
    """A caption line, or a photo credit (a byline of photographers only)."""
    if line.kind == "caption":
        return True
    if line.kind == "byline" and line.byline is not None and line.byline.people:
        return all((p.role or "").endswith(("摄", "摄影", "图", "供图")) for p in line.byline.people)
    return False


def _closing_credit(d: Draft, lines: Sequence[Line], i: int) -> bool:
    """A photo credit alone on its line after the last paragraph, with no caption before it: the article's credit."""
    if not credit_only(lines[i].text) or not d.parts or d.parts[-1][0] not in ("body", "note"):
        return False
    return all(
        line.kind in ("note", "footer", "continuation") or (line.kind == "caption" and credit_only(line.text))
        for line in lines[i + 1 :]
    )


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


def _closing_byline(parts: Sequence[Tuple[str, str]]) -> Optional[Byline]:
    """Reporters signed on a line of their own under the last paragraph (记  者：张  三), as city and
    county papers print them: the article's byline when it has none above. Captions below it may follow."""
    for kind, text in reversed(parts):
        if kind == "caption":
            continue
        if kind != "note":
            return None
        found = bl.parse_byline(text)
        return found if found is not None and found.people and not bl.is_editorial(found) else None
    return None


# ---------------------------------------------------------------- the annotator


def _has_text(lines: Sequence[Line]) -> bool:
    """Whether a page holds a paragraph yet: a header under a headline and no text (an e-paper's
    article view prints its source line there) stays inside its page."""
    return any(not line.kind and line.end == STOP and len(line.text) >= SENTENCE_MIN for line in lines)


def drafts(lines: Sequence[Line], roles: Optional[Sequence[str]] = None) -> List[Draft]:
    """The articles of one page's lines, with the lines' roles given or tagged by :mod:`.line_roles`."""
    if not lines:
        return []
    layout = Layout(lines)
    roles = list(roles) if roles is not None else line_roles.tag(layout, lines)
    starts = article_starts(lines, roles)
    return [build(layout, lines[a:b], roles[a:b]) for a, b in zip(starts, starts[1:] + [len(lines)])]


@annotator("segment", version="2", assigns=["articles"], default=True)
class Segment:
    """Split a page dump into articles: headline, byline, rejoined body, captions."""

    def __call__(self, doc: Document, *, roles: Optional[Callable[[List[Line]], List[str]]] = None) -> Document:
        """Set ``doc``'s articles.

        Args:
            doc (Document): The page dump.
            roles (callable, optional): Gives the roles of one page's lines instead
                of the model (the training script checks gold-derived roles this way).
        """
        articles: List[Article] = []
        for page, lines in self.pages(doc.text):
            if page is not None and doc.page is None:
                doc.page = page
                doc.date = doc.date or page.date
            for draft in drafts(lines, roles(lines) if roles is not None and lines else None):
                if draft.parts:
                    articles.append(self.finish(doc, len(articles), draft, page))
        if not articles:
            articles.append(make_article(doc.doc, 0, []))
        doc.set_articles(articles)
        return doc

    @staticmethod
    def pages(text: str) -> List[Tuple[Optional[Page], List[Line]]]:
        """The dump cut at its page headers: (header, lines) for each page, a site's furniture left out."""
        out: List[Tuple[Optional[Page], List[Line]]] = [(None, [])]
        for line in read_lines(text):
            if line.kind == "furniture":
                continue  # a site's navigation and tools: no part of any article, nor of the page's reading
            if (
                line.kind == "page"
                and line.page is not None
                and (line.page.date or line.page.paper or out[-1][0] is None)
                and (not out[-1][1] or _has_text(out[-1][1]))
            ):
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
            byline = bl.trailing_byline(bodies[-1]) or _closing_byline(d.parts)  # ……求助。（记者 孙  宁）
        art = make_article(
            doc.doc,
            index,
            d.parts,
            kicker=d.kicker,
            headline=d.headline,
            subtitles=d.subtitles,
            byline=d.byline or byline,
            continued_to=d.continued_to,
            continued_from=d.continued_from,
            dateline=dateline,
        )
        if page is not None:
            art.page = page
            art.date = page.date
        return art
