"""Rules of print that correct the line roles the model gives (:func:`exact`).

Where print settles a line's role — a column tag on a heading, a photo's credit, a
sentence cut by a column end, a heading pair under a closing caption — these rules
overrule the model of :mod:`.line_roles`.
"""

from __future__ import annotations

from collections import Counter
from typing import Dict, List, Sequence

from baokan.annotators.core import recache
from baokan.annotators.language import bylines as bl
from baokan.annotators.language.chars import HAN
from baokan.annotators.language.layout import (
    COMMA,
    SEMI,
    STOP,
    Layout,
    Line,
    editor_sign,
    end_of,
    kicker_shaped,
    makes_word,
)
from baokan.annotators.language.line_roles import _DECOR, _SENTENCE_MARKS, HEAD, org_shaped, tag_end

_WORD_END = recache.compile(r"[" + HAN + r"0-9A-Za-z０-９]$")


def exact(layout: Layout, lines: Sequence[Line], roles: List[str]) -> List[str]:
    """:func:`_exact` where a rule may change a role, with :func:`_is_heading` kept per line (asked thrice a page)."""
    if _settled(layout, lines, roles):
        return roles
    _headings.clear()
    try:
        return _exact(layout, lines, roles)
    finally:
        _headings.clear()


def _settled(layout: Layout, lines: Sequence[Line], roles: List[str]) -> bool:
    """No rule can change ``roles``: all body, and no line with a kind, a heading's shape (loud) or a tag end."""
    return all(r == "body" for r in roles) and not any(
        line.kind or layout.heading(line, loud=True) or tag_end(line.text) for line in lines
    )


#: :func:`_is_heading` by ``id(line)``, for the lines of the page :func:`exact` is reading (and only then).
_headings: Dict[int, bool] = {}


def _exact(layout: Layout, lines: Sequence[Line], roles: List[str]) -> List[str]:
    """The model's roles, corrected where the print settles them.

    By a line's own text: a continuation marker, a page header or label, a
    dateline (it opens a paragraph), a closing note or credit (they close
    one); a line with clauses in it is no byline, a line that ends a sentence
    with 。 is no heading, and a heading group does not start with a dash
    (——某单位某某 under a paragraph signs it). By its place: heading lines under
    a page label head an article; a heading never starts below a paragraph cut
    mid-sentence (the lines there are a caption dropped into it, or the next
    clause); two or more heading lines between a closing caption, note or
    marker and text are a heading group, but a heading printed twice on the
    page labels sections; a heading over a few lines of text that end in a
    photo's credit heads a photo item; a tagged heading over a names line
    heads a signed column; lone headings of one parallel shape are subheads; a
    listing line trailing off with …… above a heading is its kicker; a group
    reads kicker, headline, subtitles, where a kicker ends with a dash or a
    colon and a subtitle starts with a dash; an organisation or a narrator
    under it signs it, and a byline under it stays its byline when a photo's
    caption stands between them; an editor's package keeps its reports, and
    a marked label (■延伸阅读) opens a box of the article above.
    """
    for i, line in enumerate(lines):
        if line.kind == "continuation":
            roles[i] = "cont"
        elif line.kind == "page":
            roles[i] = "page"  # below the top too: dumps that print the page label above each article
        elif line.dateline or line.kind in ("note", "footer", "caption"):
            roles[i] = "body"
        elif roles[i] == "byline" and line.kind != "byline" and _SENTENCE_MARKS.search(line.text):
            roles[i] = "body"  # 讲述人：… is a byline by its role word, and its kind says so
        elif roles[i] in HEAD and (line.text.endswith("。") or bl.signed_sentence(line.text)):  # ……。（记者 某某）
            roles[i] = "body"
        elif (
            roles[i] in HEAD
            and line.text.startswith(("——", "--"))
            and (i == 0 or (roles[i - 1] not in HEAD and not _is_heading(layout, lines[i - 1])))
        ):
            roles[i] = "body"  # a dash opens a subtitle under a heading; first of a group, it signs the text above
        elif (
            i
            and line.text.startswith(("——", "--"))
            and layout.heading(line, loud=True)
            and _is_heading(layout, lines[i - 1])
            and roles[i - 1] in HEAD + ("body",)
            and (roles[i - 1] in HEAD or i < 2 or lines[i - 2].kind or lines[i - 2].end == STOP)
        ):
            roles[i] = "subtitle"  # a dash under a heading introduces its subtitle: the heading is a headline
            if roles[i - 1] == "body":
                roles[i - 1] = "headline"
        elif i and lines[i - 1].kind == "continuation" and lines[i - 1].cont == "from" and _is_heading(layout, line):
            roles[i] = "headline"  # a continued article's headline, printed again under (上接第1版)
    _top(layout, lines, roles)
    _mid_sentence(layout, lines, roles)
    _repeated(lines, roles)
    _pairs(layout, lines, roles)
    _photo_items(layout, lines, roles)
    _signed_columns(layout, lines, roles)
    _parallel_subheads(layout, lines, roles)
    _listing_kickers(lines, roles)
    _order(lines, roles)
    _signed(lines, roles)
    _byline_below_caption(lines, roles)
    _packages(lines, roles)
    _box_labels(lines, roles)
    return roles


#: Longest label (characters after its mark) that opens a box inside an article: ■延伸阅读, ■记者手记, ■链接.
BOX_LABEL_MAX = 6


def _box_labels(lines: Sequence[Line], roles: List[str]) -> None:
    """A heading group led by a short label behind a mark (■延伸阅读) opens a box of the article above.

    The label and the heading under it are the box's; no article starts there.
    A byline under the group makes it an article's (■ 短评 over a signed commentary).
    """
    i, n = 1, len(lines)
    while i < n:
        if roles[i] not in HEAD or roles[i - 1] in HEAD:
            i += 1
            continue
        j = _group_end(roles, i)
        t = lines[i].text
        signed = j < n and (roles[j] == "byline" or lines[j].kind == "byline")
        if t[:1] in _DECOR and 0 < len(t[1:].strip()) <= BOX_LABEL_MAX and not _SENTENCE_MARKS.search(t) and not signed:
            roles[i:j] = ["body"] * (j - i)
        i = j


def _packages(lines: Sequence[Line], roles: List[str]) -> None:
    """The parallel reports of a package stay in the package's article.

    An editor's note signed ——编者 under a headline opens a package: reports
    side by side, each under a kicker that ends with a dash and names its place
    or topic (某省某市—— / 某类消费——), with a heading and byline of its own. Such a
    group, with no column tag of its own, is a section of the package; the first
    heading group of any other shape ends the package.
    """
    package = False
    i, n = 0, len(lines)
    while i < n:
        if roles[i] == "body" and lines[i].kind == "note" and editor_sign(lines[i].text):
            package = True
        elif roles[i] in HEAD:
            j = _group_end(roles, i)
            texts = [line.text for line in lines[i:j]]
            if not (package and roles[i] == "kicker" and kicker_shaped(texts[0]) and j - i >= 2):
                package = False
            elif not any(tag_end(t) for t in texts):
                while j < n and roles[j] == "byline":
                    j += 1
                roles[i:j] = ["body"] * (j - i)
            else:
                package = False
            i = j
            continue
        i += 1


def _signed(lines: Sequence[Line], roles: List[str]) -> None:
    """An organisation's name under a headline, above the text, signs the article: it is the byline
    (so does a role with a description and a name, 讲述人：某村村级河长  某某).

    A line the model calls a byline that is neither a byline, names, an
    organisation nor a role with a description and a name is a subtitle
    under a heading (李强蔡奇丁薛祥陪同考察) or body.
    """
    for i, line in enumerate(lines):
        nxt = roles[i + 1] if i + 1 < len(lines) else "body"
        if (
            roles[i] in ("headline", "subtitle")
            and nxt == "body"
            and i
            and roles[i - 1] in HEAD
            and not line.kind
            and (org_shaped(line.text) or role_led(line.text))
        ):
            roles[i] = "byline"
            if roles[i - 1] == "kicker":
                roles[i - 1] = "headline"
            elif roles[i - 1] == "subtitle" and "headline" not in roles[max(0, i - 4) : i]:
                roles[i - 1] = "headline"
        elif (
            roles[i] == "byline"
            and not line.kind
            and bl.parse_names(line.text, strict=False) is None
            and not org_shaped(line.text)
            and not role_led(line.text)
        ):
            roles[i] = "subtitle" if i and roles[i - 1] in HEAD else "body"


def role_led(text: str) -> bool:
    """A byline that opens with a role word and a colon and ends with the name (讲述人：某村村级河长  某某)."""
    m = bl.roles().prefix.match(text)
    return (
        m is not None
        and text[m.end() : m.end() + 1] in ("：", ":")
        and not _SENTENCE_MARKS.search(text)
        and bool(bl.read_byline(text).people)
    )


def broken(above: str, below: str) -> bool:
    """Whether a heading goes on into the line below: the break falls inside a word or after an open mark."""
    return (
        end_of(above) != STOP
        and not below.startswith(("——", "--"))
        and (above[-1] in "“‘（(《、，," or makes_word(above, below))
    )


def _byline_below_caption(lines: Sequence[Line], roles: List[str]) -> None:
    """A byline under a heading group with a photo's caption between them is the article's byline."""
    for i in range(1, len(lines)):
        if roles[i - 1] not in HEAD or roles[i] in HEAD:
            continue
        k = i
        while k < len(lines) and lines[k].kind == "caption":
            k += 1
        byline = lines[k].byline if i < k < len(lines) and lines[k].kind == "byline" else None
        if byline is not None and byline.people:
            roles[k] = "byline"


def _group_end(roles: Sequence[str], i: int) -> int:
    j = i
    while j < len(roles) and roles[j] in HEAD:
        j += 1
    return j


def _mid_sentence(layout: Layout, lines: Sequence[Line], roles: List[str]) -> None:
    """No heading group right below a paragraph that stops mid-sentence (a comma, a semicolon, a word cut short)."""
    for i in range(1, len(lines)):
        if roles[i] not in HEAD or roles[i - 1] in HEAD:
            continue
        above = lines[i - 1]
        if roles[i - 1] != "body" or above.kind or layout.heading(above, loud=True):
            continue
        semi = above.end == SEMI and end_of(above.text[:-1]) != STOP
        if above.end == COMMA or semi or _WORD_END.search(above.text):
            j = _group_end(roles, i)
            ends = next((k for k in range(i, j) if lines[k].end == STOP), None) if semi else None
            if ends is not None and ends + 1 < j:
                j = ends + 1  # the parallel clauses end there (……；/ ……！); the heading below heads the next article
            while j < len(lines) and roles[j] == "byline" and lines[j].kind != "byline":
                j += 1
            for k in range(i, j):
                roles[k] = "body"


def _top(layout: Layout, lines: Sequence[Line], roles: List[str]) -> None:
    """Heading lines under a page label start an article (one continued from elsewhere starts with a
    marker or mid-paragraph).

    At the top of a page, and under a page label printed again above an article
    (第3版(), 专栏：), a run of heading lines the model left in the body is the
    article's heading: one line is its headline, two a headline and subtitle,
    three a kicker, headline and subtitle (引题, 主题, 副题).
    """
    i, n = 0, len(lines)
    while i < n:
        if lines[i].kind != "page" and i:
            i += 1
            continue
        while i < n and lines[i].kind == "page":
            i += 1
        j = i
        while j < n and j - i < 3 and roles[j] == "body" and _is_heading(layout, lines[j]):
            j += 1
        if j > i and (j == n or roles[j] not in HEAD):
            roles[i:j] = {1: ["headline"], 2: ["headline", "subtitle"], 3: ["kicker", "headline", "subtitle"]}[j - i]
        i = max(j, i + 1)


def _repeated(lines: Sequence[Line], roles: List[str]) -> None:
    """A heading printed more than once on a page labels a section (of a photo page, say), not an article."""
    seen = Counter(line.text for line, role in zip(lines, roles) if role in HEAD)
    for i, line in enumerate(lines):
        if roles[i] in HEAD and seen[line.text] > 1:
            roles[i] = "body"


def _is_heading(layout: Layout, line: Line) -> bool:
    found = _headings.get(id(line))
    if found is None:
        found = _headings[id(line)] = (
            not line.kind
            and not line.dateline
            and layout.heading(line, loud=True)
            and bl.parse_names(line.text) is None
        )
    return found


def _pairs(layout: Layout, lines: Sequence[Line], roles: List[str]) -> None:
    """Two or more heading lines between a caption, closing note or marker and text: a heading group.

    Inside a body, pairs of subheads are common (打开市场 / 从农特产到小爆款);
    below the caption or note that closes an article, a pair heads the next.
    """
    i, n = 1, len(lines)
    while i < n:
        if roles[i] != "body" or not _is_heading(layout, lines[i]):
            i += 1
            continue
        j = i
        while j < n and roles[j] == "body" and _is_heading(layout, lines[j]):
            j += 1
        above, below = lines[i - 1], lines[j] if j < n else None
        # a photo, a closing note in brackets, a 下转 marker end an article (an editor's ——编者 opens one)
        closed = (
            above.kind == "caption"
            or (above.kind == "continuation" and above.cont == "to")
            or (above.kind == "note" and above.text[:1] in "（(")
        )
        if (
            j - i >= 2
            and closed
            and roles[i - 1] in ("body", "cont")
            and below is not None
            and not below.kind
            and not layout.heading(below, loud=True)
        ):
            for k in range(i, j):
                roles[k] = "subtitle"
            roles[i] = "kicker" if kicker_shaped(lines[i].text) else "headline"
            if roles[i] == "kicker":
                roles[i + 1] = "headline"
        i = max(j, i + 1)


#: Most lines of text a photo item holds between its heading and the photo's credit.
PHOTO_TEXT_MAX = 3
#: Most lines of a photo story (its captions and a paragraph or two) above its credit, 某某摄影报道.
PHOTO_STORY_MAX = 8
_PHOTO_STORY = recache.compile(r"摄影报道")


def _photo_items(layout: Layout, lines: Sequence[Line], roles: List[str]) -> None:
    """A heading over a few lines of text that end in a photo's credit heads a photo item (图片新闻).

    Its text is the photo's caption; the heading stands after a finished
    paragraph, and is printed once on the page (a label printed over several
    photos marks sections).
    """
    once = Counter(line.text for line in lines)
    for i in range(1, len(lines) - 2):
        line, above = lines[i], lines[i - 1]
        if roles[i] != "body" or once[line.text] > 1 or not _is_heading(layout, line) or roles[i - 1] in HEAD:
            continue
        if not (above.kind in ("caption", "note") or (not above.kind and above.end == STOP)):
            continue
        k = i + 1
        while (
            k < len(lines)
            and k - i <= PHOTO_STORY_MAX
            and not lines[k].kind
            and not lines[k].dateline
            and not layout.heading(lines[k], loud=True)
        ):
            k += 1
        if not (k > i + 1 and k < len(lines) and lines[k].kind == "caption"):
            continue
        story = _PHOTO_STORY.search(lines[k].text) is not None  # 某某摄影报道 signs a few paragraphs, not a caption
        if (k - i - 1 <= PHOTO_TEXT_MAX or story) and all(r == "body" for r in roles[i + 1 : k]):
            roles[i] = "headline"


def _signed_columns(layout: Layout, lines: Sequence[Line], roles: List[str]) -> None:
    """A heading with a column tag over a line of names and text heads a signed article (某某（暖闻热评）/ 某某).

    A tagged line inside a body with no names under it is a sidebar's heading (……（链接）) and stays body.
    """
    for i in range(1, len(lines) - 2):
        line, names, below = lines[i], lines[i + 1], lines[i + 2]
        if roles[i] != "body" or roles[i + 1] != "body" or line.kind or not tag_end(line.text):
            continue
        above = lines[i - 1]
        if not (above.kind in ("note", "caption", "continuation") or (not above.kind and above.end == STOP)):
            continue
        if names.kind or bl.parse_names(names.text, strict=False) is None:
            continue
        if below.kind or roles[i + 2] in HEAD or bl.parse_names(below.text, strict=False) is not None:
            continue  # text below, or a label of the text (【人物】某某)
        roles[i], roles[i + 1] = "headline", "byline"


#: Longest kicker that lists examples and trails off (“先交钱再出国”“出国后补签证”……).
LISTING_KICKER_MAX = 40


def _listing_kickers(lines: Sequence[Line], roles: List[str]) -> None:
    """A short line that trails off with ……, right above a heading group's first line, is its kicker.

    It lists a few cases and stops; its ellipsis reads as the end of a sentence,
    so the line has no heading's shape of its own. It stands where an article
    starts: under a marker, a note or a finished paragraph.
    """
    for i in range(1, len(lines)):
        if roles[i] not in ("kicker", "headline") or roles[i - 1] != "body":
            continue
        line = lines[i - 1]
        t = line.text
        if line.kind or line.dateline or len(t) > LISTING_KICKER_MAX or not t.endswith("…") or "。" in t:
            continue
        top = lines[i - 2] if i >= 2 else None
        if top is None or top.kind in ("continuation", "note", "caption") or (not top.kind and top.end == STOP):
            roles[i - 1] = "kicker"


#: Fewest lone headings of one shape that make a series of subheads.
SERIES_MIN = 2


def _parallel_subheads(layout: Layout, lines: Sequence[Line], roles: List[str]) -> None:
    """Lone headings that repeat one shape between paragraphs are an article's subheads, not headlines.

    A series of subheads is printed in parallel: two halves set apart by spaces,
    the first halves of one length (好标准  好设计 / 好配套  好服务). A heading
    alone between two paragraphs, with no byline or dateline under it, that
    shares that shape with another such heading of the page is one of the
    series.
    """
    lone = []
    for i in range(1, len(lines) - 1):
        if roles[i] not in ("headline", "body") or (i + 1 < len(lines) and roles[i + 1] in HEAD):
            continue
        if roles[i - 1] in HEAD or not _is_heading(layout, lines[i]):
            continue
        above, below = lines[i - 1], lines[i + 1]
        if above.kind or above.end != STOP or below.kind or below.dateline or layout.heading(below, loud=True):
            continue
        if bl.parse_names(below.text, strict=False) is not None:
            continue
        m = _HALVES.match(lines[i].text)
        if m:
            lone.append((i, len(m.group(1))))
    shapes = Counter(width for _, width in lone)
    for i, width in lone:
        if shapes[width] >= SERIES_MIN and roles[i] == "headline":
            roles[i] = "body"


#: A heading in two halves set apart by white space: 省市联动  下好发展“一盘棋”.
_HALVES = recache.compile(r"^(\S{2,8})\s+\S{2,16}$")


def _order(lines: Sequence[Line], roles: List[str]) -> None:
    """Each heading group in the order kicker, headline, subtitles, by the marks its lines carry.

    A line under the first that starts with a dash is a subtitle, and the
    headline stands above the first of them; a first line that ends with a dash
    or a colon is a kicker; the one line that carries a column tag is the
    headline; else the model's headline (or the first line after the kickers)
    is; the lines above it are kickers and the lines below it subtitles.
    """
    i, n = 0, len(lines)
    while i < n:
        if roles[i] not in HEAD:
            i += 1
            continue
        j = _group_end(roles, i)
        group = roles[i:j]
        texts = [line.text for line in lines[i:j]]
        dashes = [k for k in range(1, len(texts)) if texts[k].startswith(("——", "--"))]
        last = dashes[0] - 1 if dashes else len(texts) - 1  # the headline stands above the first dash
        if last > 0 and kicker_shaped(texts[0]):
            group[0] = "kicker"
        head = next((k for k in range(last + 1) if group[k] == "headline"), None)
        tagged = [k for k in range(last + 1) if tag_end(texts[k])]
        if len(tagged) == 1 and not kicker_shaped(texts[tagged[0]]):
            head = tagged[0]  # the column tag (新春走基层) goes with the headline
        if head is None:
            head = next((k for k in range(last + 1) if group[k] != "kicker"), last)
        while head and broken(texts[head - 1], texts[head]):
            head -= 1  # a headline broken over two lines starts on the first
        roles[i:j] = ["kicker"] * head + ["headline"] + ["subtitle"] * (len(group) - head - 1)
        i = j
