"""The lines of an article that officials.py reads apart from its body: bylines and the names in
them, a signed article's author line, the paper a byline names, a narrator's byline and the
subtitle of a speech as delivered.

Separate from :mod:`baokan.annotators.language.official_words`, which reads the names and
posts around a title, so that each fits in one module.
"""

from __future__ import annotations

from functools import lru_cache
from typing import List, Optional, Sequence, Tuple

from baokan.annotators.core import recache
from baokan.annotators.core.document import Document
from baokan.annotators.core.lexicon import read_table
from baokan.annotators.language import names
from baokan.annotators.language.chars import HAN
from baokan.annotators.language.titles import Span
from baokan.schemas import Article

#: A paper named in a byline ("浙江日报记者 翁浩浩"), when the page header gives none.
_BYLINE_PAPER = recache.compile(
    r"([" + HAN + r"]{2,8}?(?:日报|晚报|晨报|法治报|公安报|报))(?:社)?(?:首席|特约|见习|实习|全媒体)?(?:记者|通讯员)"
)


def byline_names(article: Article) -> set:
    """The names of the people the segment annotator found in the article's byline."""
    return {p.name for p in article.byline.people} if article.byline is not None else set()


def author_line(article: Article) -> Optional[Span]:
    """The span of the author's name in a signed article: the one line before the body
    that is only a name, letters maybe spaced apart (``谢  茹``); None when not exactly one."""
    text = article.text
    found: List[Span] = []
    for b in article.blocks:
        if b.kind == "body":
            break
        if b.kind not in ("subtitle", "byline", "dateline"):
            continue
        line = text[b.start : b.end].strip(" \u3000\n\t")
        squashed = "".join(line.split())
        if not 2 <= len(squashed) <= 4 or names.name_at(squashed, 0) != len(squashed):
            continue
        start = text.index(line, b.start)
        found.append((start, start + len(line)))
    if not found and article.blocks:  # a headline run on into the author's name: "…（理论）王某某"
        first = article.blocks[0]
        line = text[first.start : first.end].rstrip()
        cut = max(line.rfind("）"), line.rfind(")"))
        name = line[cut + 1 :]
        if cut > 0 and 2 <= len(name) <= 4 and names.name_at(name, 0) == len(name):
            end = first.start + len(line)
            found.append((end - len(name), end))
    return found[0] if len(found) == 1 else None


def bylines(article: Article) -> List[Span]:
    """Byline blocks and body lines that read as bylines (``本报记者 李洁 通讯员 王姚丹``)."""
    spans = [(b.start, b.end) for b in article.blocks if b.kind == "byline"]
    lines = [(b.start, b.end) for b in article.blocks if b.kind in ("body", "subtitle", "caption", "dateline", "note")]
    return spans + byline_spans(article.text, lines)


def paper_of(doc: Document, skips: Optional[List[List[Span]]] = None) -> Optional[str]:
    """The paper's name: from the page header, else from a byline (``浙江日报记者``;
    ``skips``: each article's :func:`bylines`, when already known)."""
    if doc.page is not None and doc.page.paper:
        return doc.page.paper
    for i, article in enumerate(doc.articles):
        for s, e in bylines(article) if skips is None else skips[i]:
            m = _BYLINE_PAPER.search(article.text, s, e)
            if m and not m.group(1).startswith("本报"):
                return m.group(1)
    return None


def byline_spans(text: str, line_spans: List[Tuple[int, int]]) -> List[Tuple[int, int]]:
    """The lines among ``line_spans`` that are bylines: role words next to names.

    ``本报记者 李洁 通讯员 王姚丹``, ``浙江日报记者 翁浩浩 王逸群`` and
    ``(记者 王子铭、孙少龙)`` are bylines, and so is ``张三 摄``: a role word
    from person_words.tsv followed by a surname (a one-character role such as
    摄 or 图 only before white space or at the line's end). A line with
    sentence punctuation is not a byline.
    """
    roles = _byline_roles()
    out = []
    for s, e in line_spans:
        line = text[s:e].strip()
        if 0 < len(line) <= 60 and not names._SENTENCE_MARK.search(line) and _has_role(line, roles):
            out.append((s, e))
    return out


@lru_cache(maxsize=1)
def _byline_roles() -> Tuple[str, ...]:
    """The byline role words, longest first."""
    return tuple(sorted(names.person_words("byline"), key=len, reverse=True))


def _has_role(line: str, roles: Sequence[str]) -> bool:
    for role in roles:
        i = line.find(role)
        while i >= 0:
            j = i + len(role)
            spaced = j < len(line) and line[j].isspace()
            while j < len(line) and line[j].isspace():
                j += 1
            if j >= len(line) and i > 0:  # 张三 摄
                return True
            if j < len(line) and names.surname_at(line, j) and (len(role) > 1 or spaced):
                return True
            i = line.find(role, i + 1)
    return False


#: How the subtitle of a leader's speech ends (——在某某座谈会上的讲话, 在某某大会上的致辞).
SPEECH_ENDS = ("讲话", "致辞", "主旨演讲", "演讲", "工作报告", "报告")
_SPEECH = recache.compile("^[—－-]*在.{2,60}(?:上|时|之际)的(?:" + "|".join(SPEECH_ENDS) + ")$")


def speech(article: Article) -> bool:
    """Whether the article is a speech as delivered: a headline or subtitle ``在…上的讲话``."""
    for b in article.blocks:
        if b.kind == "body":
            return False
        if b.kind in ("headline", "subtitle", "kicker") and _SPEECH.match(article.text[b.start : b.end].strip()):
            return True
    return False


@lru_cache(maxsize=1)
def narrator_roles() -> Tuple[str, ...]:
    """The narrator roles of byline_roles.tsv (讲述人, 口述), longest first."""
    rows = read_table("byline_roles").rows
    return tuple(
        sorted((r["role"] for r in rows if r.get("kind") == "narrator" and r.get("role")), key=len, reverse=True)
    )


def narrator_lines(article: Article) -> List[Span]:
    """Byline blocks of a narrator (``讲述人：某村党支部书记  某某``): the post there is the narrator's own."""
    text = article.text
    return [
        (b.start, b.end)
        for b in article.blocks
        if b.kind == "byline" and text[b.start : b.end].lstrip().startswith(narrator_roles())
    ]
