"""The lines of a page dump: what each says by itself, and the page's layout as a whole.

:func:`read_lines` gives every non-empty line with the blank lines before it,
its indentation, how it ends, and the kind its own text shows (page header,
byline, continuation marker, note, marked caption). :class:`Layout` reads the
page's habits (the usual gap, indented paragraphs, a fixed column width), and
:func:`continues` decides whether a line goes on with the paragraph above it:
never across a sentence end, and at an open end when a comma is left hanging
or a word runs across the seam (jieba, on a few characters).
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import List, Optional, Sequence, Tuple

from baokan.annotators.core import recache
from baokan.annotators.core.lexicon import read_table
from baokan.annotators.language import bylines as bl
from baokan.annotators.language import continuations
from baokan.annotators.language.chars import HAN
from baokan.schemas import Byline, Page

#: Line ends: a sentence is over / a clause pauses (join) / a list item or lead-in ends (keep apart).
STOP, COMMA, SEMI, OPEN = "stop", "comma", "semi", "open"
_STOPS = set("。！？!?…")
_CLOSERS = set("”’」』）)】》\"'")
_COMMAS = set("，、,“‘「『（(【《")
_SEMIS = set("；;：:—-～~")
#: Longest line (characters) that can be a headline, subhead or caption without punctuation.
HEAD_MAX = 40

_CAPTION_HEAD = recache.compile(
    r"^(?:图为|图片|组图|[上下左右中]图|图[①-⑳0-9０-９一二三四五六七八九十]*\s*[：:、]|[①-⑳]|[▲△▼◀▶↑↓])"
)
_CAPTION_TAIL = recache.compile(
    r"(?:[（(][^（）()]{0,30}(?:摄|供图|提供|发|资料图片|资料照片|截图)[)）]"  # （新华社记者 张三摄）
    r"|[（(](?:图片|照片)?来源[：:][^（）()]{1,30}[)）]"  # 会议现场（来源：某某日报）: the photo's source
    rf"|(?:\s|记者|通讯员)(?:[{HAN}·]{{2,4}}|[{HAN}]\s{{1,3}}[{HAN}])\s*摄(?:影)?"  # 本报记者 程  焕摄
    r"|摄(?:影)?(?:报道)?\s*[（(][^（）()]{1,12}[)）]"  # 何欣怡摄(人民视觉)
    r"|社发|供图)$"
)
#: A photo credit on a line of its own: 刘  翼摄, 王其钧绘, 何欣怡摄(人民视觉), 张三摄影报道, 资料图片.
_CREDIT_LINE = recache.compile(
    r"^(?:(?:[" + HAN + r"·]{2,6}|[" + HAN + r"]\s{1,3}[" + HAN + r"])\s*(?:摄|绘|摄影|摄影报道|制图)"
    r"(?:\s*[（(][^（）()]{1,12}[)）])?|资料图片|资料照片|受访者供图|[" + HAN + r"]{2,12}供图)$"
)
_PAREN_LINE = recache.compile(r"^[（(][^（）()]*(?:[（(][^（）()]*[)）][^（）()]*)*[)）]$")
_PHOTO_WORDS = recache.compile(r"图|摄|照片|视频")
_SOURCE = recache.compile(r"^(?:来源|稿源|资料来源|数据来源|本文来源|据)\s*[：:]")
#: The signature under an editor's lead-in: ——编者.
_EDITOR_SIGN = recache.compile(r"^(?:——|—|--)\s*编\s*者$")


def editor_sign(text: str) -> bool:
    """The signature under an editor's note (——编者), which opens a package of reports."""
    return _EDITOR_SIGN.match(text) is not None


#: A field of a web page's article header (时间：…  来源：…  责任编辑：…, in either script).
_META_FIELD = recache.compile(
    r"(?:发布时间|發布時間|时间|時間|日期|来源|來源|作者|责任编辑|責任編輯|编辑|編輯|点击|點擊|字数|字數)\s*[：:]"
)
#: A field label with nothing after it (专栏：), as database dumps print it under a page label.
_EMPTY_FIELD = recache.compile(r"^[" + HAN + r"]{1,4}\s*[：:]$")
#: The label of an editor's note on a line of its own (编者按), above the note's text.
_EDITOR_LABEL = recache.compile(r"^编\s*者\s*按\s*[：:]?$")
#: Who said it, under a quotation or a recommendation: ——某某(某出版社社长).
_ATTRIBUTION = recache.compile(
    r"^(?:——|--)\s*(?P<who>[" + HAN + r"·]{2,8}|[" + HAN + r"]\s{1,3}[" + HAN + r"])\s*[（(][^（）()]{2,40}[)）]$"
)
#: Credits of the page's making (editors, proofreaders): a page block, not the article's.
_FOOTER = recache.compile(r"^(?:本版|本期)?(?:责编|责任编辑|编辑|美编|校对|主编)\s*[：:]")
#: Credits of an article's making (its graphics, layout, planning): a closing note of the article.
_CREDIT = recache.compile(r"^(?:本版|本期)?(?:版式|版式设计|制图|图表制作|统筹|策划|视觉|设计)\s*[：:]")


class Line:
    """One non-empty line of the dump and what its own text shows.

    A plain class (fields, equality and repr as a msgspec Struct had them): compiled, it is a
    native class, whose fields the segmenter reads directly, a few dozen times a line, rather
    than through Python's attribute lookup.
    """

    def __init__(
        self,
        text: str,
        gap: int,
        indent: bool,
        size: int = 0,
        kind: str = "",
        end: str = OPEN,
        byline: Optional[Byline] = None,
        page: Optional[Page] = None,
        cont: str = "",
        cont_to: Optional[str] = None,
        cont_from: Optional[str] = None,
        dateline: bool = False,
    ) -> None:
        self.text = text  # without layout white space
        self.gap = gap  # blank lines before it
        self.indent = indent  # set in from the margin
        self.size = size  # characters as printed, indentation included (for column width)
        self.kind = kind  # page, byline, continuation, note, caption, footer, furniture, or "" (to be decided)
        self.end = end
        self.byline = byline
        self.page = page
        self.cont = cont  # a continuation marker's direction: "to" (下转) or "from" (上接)
        self.cont_to = cont_to  # the page label it names
        self.cont_from = cont_from
        self.dateline = dateline

    def _fields(self) -> Tuple[Tuple[str, object], ...]:
        return (
            ("text", self.text),
            ("gap", self.gap),
            ("indent", self.indent),
            ("size", self.size),
            ("kind", self.kind),
            ("end", self.end),
            ("byline", self.byline),
            ("page", self.page),
            ("cont", self.cont),
            ("cont_to", self.cont_to),
            ("cont_from", self.cont_from),
            ("dateline", self.dateline),
        )

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Line) and self._fields() == other._fields()

    def __repr__(self) -> str:
        return "Line(" + ", ".join(f"{name}={value!r}" for name, value in self._fields()) + ")"


def end_of(text: str) -> str:
    """How a line ends: STOP, COMMA, SEMI or OPEN (mid-word, mid-sentence, or a heading)."""
    if not text:
        return OPEN
    last = text[-1]
    if last in _CLOSERS and len(text) > 1:
        return STOP if text[-2] in _STOPS else OPEN  # 。” ends a sentence, “连心桥” does not
    if last in _STOPS:
        return STOP
    if last in _COMMAS:
        return COMMA
    if last in _SEMIS:
        return SEMI
    return OPEN


def read_lines(text: str) -> List[Line]:
    """The non-empty lines of a dump with their gaps and context-free kinds.

    A continuation marker sharing a line with text is split into a line of its own.
    """
    out: List[Line] = []
    gap = 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if not stripped:
            gap += 1
            continue
        indent = raw[:1] in (" ", "\u3000", "\t")
        size = len(raw.rstrip())
        for piece in _split_continuation(stripped):
            line = _classify(Line(text=piece, gap=gap, indent=indent, size=size))
            if (
                out
                and line.kind == "page"
                and line.page is not None
                and _date_only(line.page)
                and not _STAMP.search(piece)
            ):
                line.kind, line.page = "", None  # a date alone inside the text heads a chronology's entry, not a page
            if out and _bare_label(out[-1]) and not line.kind and _EMPTY_FIELD.match(piece):
                line.kind = "page"  # 专栏： under 第3版(): a field of the page label left empty
            out.append(line)
            gap = 0
    return out


#: What stamps a date line as a page's or a post's: the weekday or the time.
_STAMP = recache.compile(r"(?:星期|周|礼拜)[一二三四五六日天]|[0-9０-９]{1,2}[:：][0-9０-９]{2}")


def _date_only(page: Page) -> bool:
    return page.number is None and not page.paper


@lru_cache(maxsize=1)
def _furniture_words() -> re.Pattern[str]:
    """The words of ``page_furniture.tsv`` as one pattern, longest first."""
    words = sorted((r["word"] for r in read_table("page_furniture").rows if r.get("word")), key=len, reverse=True)
    return recache.compile("|".join(map(re.escape, words)) or "(?!)")


#: What a line of site furniture holds besides its words: page numbers, dates, times, separators.
_FURNITURE_REST = recache.compile(
    r"(?:(?:19|20)\d{2}\s*[年\-./]\s*\d{1,2}\s*[月\-./]\s*\d{1,2}\s*日?|\d{1,2}[:：]\d{2}|[\d\s|:：>/<·•\-—()（）\[\]【】]|第?[A-Za-z]?\d{0,3}版)*"
)


def furniture(text: str) -> bool:
    """A line of a site's page furniture alone (3上一版  下一版4, 前一版 2025年09月16日, 本文字数:1442).

    Its words come from ``data/page_furniture.tsv``; besides them the line holds
    only page numbers, dates, times and separators.
    """
    words = _furniture_words()
    if not words.search(text):
        return False
    return _FURNITURE_REST.fullmatch(words.sub(" ", text)) is not None


def _bare_label(line: Line) -> bool:
    """A page label with no date and no paper (第3版()), as database dumps print above each article."""
    return line.kind == "page" and line.page is not None and not line.page.date and not line.page.paper


def _split_continuation(text: str) -> List[str]:
    """The line with each continuation marker in it set apart as a piece of its own."""
    parts, pos = [], 0
    for c in continuations.find_continuations(text):
        parts += [text[pos : c.start].strip(), text[c.start : c.end]]
        pos = c.end
    parts.append(text[pos:].strip())
    return [p for p in parts if p]


def _classify(line: Line) -> Line:
    t = line.text
    line.end = end_of(t)
    c = continuations.find_continuation(t)
    if c is not None and c.start == 0 and c.end == len(t):
        line.kind = "continuation"
        line.cont = "to" if c.to else "from"
        if c.to:
            line.cont_to = c.page
        else:
            line.cont_from = c.page
        return line
    if "版" in t or (t[:1].isdigit() and len(t) <= 24):  # 第06版 …, or a date alone
        page = bl.parse_page_header(t)
        if page is not None:
            line.kind, line.page = "page", page
            return line
    if t[0] in "（(" and _PAREN_LINE.match(t):
        inner = bl.parse_byline(t[1:-1], strict=False)
        if inner is not None and inner.people:
            line.kind, line.byline = "byline", Byline(text=t, people=inner.people)
        else:
            line.kind = "caption" if _PHOTO_WORDS.search(t) else "note"
        return line
    if line.end != STOP and (_CAPTION_HEAD.match(t) or _CAPTION_TAIL.search(t[-24:]) or _CREDIT_LINE.match(t)):
        line.kind = "caption"
        return line
    if len(t) <= 60 and furniture(t):
        line.kind = "furniture"  # 3上一版  下一版4: a site's navigation, carried along by the dump
        return line
    colon = "：" in t or ":" in t  # every field, credit and source label below has one
    if len(t) <= 80 and colon and len(_META_FIELD.findall(t)) >= 2 and line.end != STOP:
        line.kind = "page"  # 时间：2025-03-31 来源：某某报 责任编辑：某某, the header of a web copy
        return line
    if len(t) <= 64:  # frame lines are short; most paragraphs are not
        if colon and _FOOTER.match(t):
            line.kind = "footer"
            return line
        if (colon and (_SOURCE.match(t) or _CREDIT.match(t))) or (
            t[0] in "—-编" and (_EDITOR_SIGN.match(t) or _EDITOR_LABEL.match(t) or _attribution(t))
        ):  # 来源：新华社 closes an article like a note (——编者, 编者按, ——某某(某社社长) open with these)
            line.kind = "note"
            return line
        byline = bl.parse_byline(t)
        if byline is not None:
            line.kind, line.byline = ("footer" if bl.is_editorial(byline) else "byline"), byline
            return line
    line.dateline = bl.parse_dateline(t)[0] is not None
    return line


def credit_only(text: str) -> bool:
    """A photo credit with no caption text on its line: 杨志国摄（人民视觉）, 新华社记者 张三摄, 资料图片."""
    if _CREDIT_LINE.match(text):
        return True
    byline = bl.parse_byline(text)
    return (
        byline is not None
        and bool(byline.people)
        and all((p.role or "").endswith(("摄", "摄影", "供图")) for p in byline.people)
    )


def _attribution(text: str) -> bool:
    m = _ATTRIBUTION.match(text)
    return m is not None and bl.parse_names(m.group("who"), strict=False) is not None


# ---------------------------------------------------------------- shapes


class Layout:
    """What a page's lines say about its layout as a whole.

    Attributes:
        base_gap (int): The usual number of blank lines between paragraphs; a
            larger gap sets a box (a caption, a new article) apart.
        indented (bool): Paragraphs start indented (and only they do).
        width (int): Column width in characters when the dump keeps the
            printed lines (every full line the same length), else 0.
    """

    def __init__(self, lines: Sequence[Line]) -> None:
        gaps = Counter(line.gap for line in lines[1:])
        self.base_gap = gaps.most_common(1)[0][0] if gaps else 1
        plain = [line for line in lines if not line.kind]
        share = sum(line.indent for line in plain) / len(plain) if plain else 0.0
        self.indented = 0.2 <= share <= 0.9
        lengths = Counter(line.size for line in plain if line.size >= 8)
        self.width = 0
        if lengths:
            w, _ = lengths.most_common(1)[0]
            near = sum(n for length, n in lengths.items() if abs(length - w) <= 1)
            if near >= 5 and near >= 0.4 * len(plain) and w <= 60:
                self.width = w

    def boxed(self, line: Line) -> bool:
        """Whether more blank lines than usual stand before ``line``."""
        return line.gap > self.base_gap

    def boxed_caption(self, line: Line) -> bool:
        """A boxed line too long for a heading that still reads as a caption (no sentence end in it)."""
        t = line.text
        if line.kind or line.dateline or line.end == STOP:
            return False
        return self.boxed(line) and len(t) <= 80 and "。" not in t

    def full(self, line: Line) -> bool:
        """Whether ``line`` fills the column (so the paragraph goes on)."""
        return bool(self.width) and line.size >= self.width - 1

    def heading(self, line: Line, *, loud: bool = False) -> bool:
        """Whether ``line`` has the shape of a headline, subhead or caption.

        Short, no sentence inside, and not ending a sentence; with ``loud``, a
        short line ending in ！ or ？ counts too (headlines above a byline).
        """
        t = line.text
        if line.kind or line.dateline or len(t) > HEAD_MAX or "。" in t or self.full(line):
            return False
        if line.end == STOP:
            return loud and len(t) <= 30 and t[-1] in "！？!?" and t.count("！") + t.count("!") <= 2
        return line.end != COMMA and not t.endswith(("；", ";"))


def kicker_shaped(text: str) -> bool:
    """A kicker (引题) ends with a dash or a colon: ``浙江公安“浙五年”——``, ``张军：``."""
    return text.endswith(("——", "—", "：", ":"))


#: What a subhead's two halves are set apart by (平安是福，守护万家 / 科技赋能 提升效能 / 【人物】某某).
_SUBHEAD_SEPARATORS = recache.compile(r"[，,、；;：:\s“”\"《》!！?？【】]")
#: Shortest caption told by its shape alone; shorter lines are subheads (织密防护网).
CAPTION_MIN = 10


def caption_shaped(text: str) -> bool:
    """A photo caption between paragraphs reads as one plain clause (交警在积水路口疏导车辆).

    A subhead is short or sets two phrases side by side with a comma, a space or
    quotation marks; a line of ``CAPTION_MIN`` or more characters with none of
    them describes a picture.
    """
    return len(text) >= CAPTION_MIN and not _SUBHEAD_SEPARATORS.search(text)


def subtitle_shaped(text: str) -> bool:
    return text.startswith(("——", "—", "--"))


# ---------------------------------------------------------------- joins


_TAIL_HAN = recache.compile(rf"[{HAN}]{{1,4}}$")
_HEAD_HAN = recache.compile(rf"[{HAN}]{{1,4}}")


def makes_word(left: str, right: str) -> bool:
    """Whether jieba reads a word across the seam of ``left`` + ``right`` (发 + 现 → 发现).

    Only the last and first few Han characters are segmented, without the HMM
    (which would invent words), so the call stays cheap.
    """
    a = _TAIL_HAN.search(left[-4:])
    b = _HEAD_HAN.match(right)
    return a is not None and b is not None and word_across(a.group(0), b.group(0))


@lru_cache(maxsize=4096)
def word_across(a: str, b: str) -> bool:
    """Whether jieba's segmentation of ``a + b`` has a word spanning the seam."""
    from baokan.annotators.language import words

    return any(s < len(a) < e for s, e in words.word_spans(a + b, hmm=False))


def continues(layout: Layout, prev: Line, tail: str, line: Line) -> bool:
    """Whether ``line`` goes on with the paragraph whose text so far ends with ``tail``.

    Never across a sentence end (or, on indented pages, into an indented line).

    Args:
        layout (Layout): The page's layout.
        prev (Line): The paragraph's last line.
        tail (str): The paragraph's text so far.
        line (Line): The candidate.
    """
    if line.kind or line.dateline:
        return False
    if layout.indented:  # paragraphs start indented: an indented line starts one, others go on
        if line.indent:
            return False
        if not layout.heading(line):
            return True
    end = end_of(tail)
    if end == STOP:
        return False
    if (layout.heading(line) and layout.boxed(line)) or layout.boxed_caption(line):
        return makes_word(tail, line.text)  # a caption's box, unless a word runs on into it
    if end == SEMI:  # a list item or a lead-in ends here, unless the column was full or a quotation is open
        return layout.full(prev) or tail.rfind("“") > tail.rfind("”")
    return True  # a comma left open or a break mid-sentence: a column end
