"""``officials``: named people who hold a public post, with their titles.

An official is found next to a title (see :mod:`baokan.annotators.language.titles`):
after it (``省委书记易炼红``, lists such as ``省级领导彭佳学、邱启文``),
before it (``习近平总书记``), or as surname + position (``汪主任``) when
the page names exactly one official of that surname. Once a person is known by
a title, every other mention of their name on the page is the same official
with the title carried over. Bylines and private people (``村民老徐``,
``张先生``, ``小吴``) are never officials; a title without a name is not one.

Also: a guest list's line, name first (``鲍某某  全国政协委员、…``); the author
of a signed article whose closing note gives a post (``（作者为某省政协副主席）``);
a name with 同志 and no post (an official with no title). A title whose every
post is private or of a company, workshop, university or institute (教授,
车间主任, 研究院院长) names no official, nor does a generic post with no body
before it (主任, 负责人); anonymised names (王某, 李姓) never are officials.
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Dict, FrozenSet, List, Optional, Sequence, Set, Tuple

from baokan.annotators.core import recache
from baokan.annotators.core.document import Document, SpanIndex, WordFinder, add_entity, entities_of
from baokan.annotators.core.lexicon import Hit, read_table
from baokan.annotators.core.registry import annotator
from baokan.annotators.language import names, words
from baokan.annotators.language.titles import (
    Chain,
    Group,
    PlaceSpans,
    Span,
    find_chains,
    is_org,
    office_heads,
    paper_place,
    posts,
)
from baokan.schemas import Article, Post

#: Tables whose hits are organisations or places a post can belong to.
ORG_TABLES = ("org_prefixes", "divisions", "police_units")
#: titles.tsv ranks that are no position of their own: 原/时任 (modifier), 同志
#: (honorific) and posts of private companies and schools (non-official).
NOT_POSITION_RANKS = {"modifier", "honorific", "non-official"}
MODIFIER_RANKS = {"modifier"}
COMMAS = ("，", ",")
#: What opens an author's note at the end of a signed article: （作者为某省政协副主席）.
AUTHOR_NOTES = ("（作者为", "（作者系", "（作者是", "(作者为", "(作者系")
#: A paper named in a byline ("浙江日报记者 翁浩浩"), when the page header gives none.
_BYLINE_PAPER = recache.compile(r"([\u4e00-\u9fff]{2,8}?(?:日报|晚报|晨报|法治报|公安报|报))(?:社)?(?:首席|特约|见习|实习|全媒体)?(?:记者|通讯员)")
_HAN = recache.compile(r"[\u3400-\u9fff]")


@dataclass
class Page:
    """What the officials of one page share: each article's byline spans, the paper's region,
    the titled names found so far (name -> title and posts, in page order) and the surname +
    title mentions waiting for them, as ``(article, start, end, chain)``."""

    skips: List[List[Span]]
    region: Optional[Tuple[str, str]]
    titled: Dict[str, Tuple[str, List[Post]]] = field(default_factory=dict)
    pending: List[Tuple[int, int, int, Chain]] = field(default_factory=list)


@dataclass
class Found:
    """A titled mention: the name's span, the name, and the title chain it belongs to."""

    start: int
    end: int
    name: str
    chain: Chain
    source: str


#: What :meth:`Officials.match` finds in one article: the titled names; the surname + title
#: mentions (``汪主任``) to link later, as ``(start, end, chain)``; and the spans of places, for posts.
Matched = Tuple[List[Found], List[Tuple[int, int, Chain]], List[Span]]


@annotator(
    "officials",
    version="1",
    assigns=["entities.official"],
    requires=["articles"],
    after=["entities.place", "entities.police_unit"],
    default=True,
)
class Officials:
    """Officials named with their titles, and later mentions of them by name."""

    def __call__(self, doc: Document) -> Document:
        for index in range(len(doc.articles)):
            self.set_annotations(doc, index, self.match(doc, index))
        page = self.page(doc)
        self.link_surnames(doc, page.pending, page.titled)
        self.mentions(doc, page.titled, page.skips)
        doc.scratch.pop("officials", None)
        return doc

    @staticmethod
    def page(doc: Document) -> Page:
        """What the page's articles share: made at the first article asked, kept in ``doc.scratch``."""
        page = doc.scratch.get("officials")
        if page is None:
            skips = [bylines(a) for a in doc.articles]  # once per article: the paper, match and mentions all need them
            page = doc.scratch["officials"] = Page(skips, paper_place(paper_of(doc, skips)))
        return page

    def match(self, doc: Document, index: int) -> Matched:
        """Officials next to titles in article ``index``, outside its bylines.

        Returns:
            tuple: The titled names; the surname + title mentions (``汪主任``) to link
            later, as ``(start, end, chain)``; and the spans of places, for posts.
        """
        article = doc.articles[index]
        text = article.text
        skip = self.page(doc).skips[index]
        private = names.person_words("private")
        lex = _LexiconSpans(doc.lexicon_hits(index), office_heads())
        named_index = SpanIndex(lex.named)  # 平安 in 平安法治办 is no place
        places = [p for p in lex.places if not named_index.covers_longer(*p)]
        places += [(e.start, e.end) for e in entities_of(article, "place")]
        orgs = lex.orgs + places + [(e.start, e.end) for e in entities_of(article, "police_unit")]
        org_index, skip_index = SpanIndex(orgs), SpanIndex(skip)
        # Names of places and units that a would-be title or name cuts across
        # (局长 in 上海市公安局长宁分局, 宁分局 after it).
        units = [(e.start, e.end) for e in article.entities if e.label in ("place", "police_unit")]
        crossing = SpanIndex(units + places)  # not township short forms: 长吉 in 所长吉木拉惹
        units += lex.units
        titles: List[Span] = []
        tails: List[Span] = []
        comrades: List[Span] = []  # 同志 after a name
        for h, ranks in lex.titles:
            if skip_index.overlaps(h.start, h.end):
                continue
            if ranks == {"honorific"}:
                comrades.append((h.start, h.end))
                continue
            if ranks == {"non-official"} and not crossing.starts_inside_past(h.start, h.end):
                tails.append((h.start, h.end))  # 教授 of 全国政协委员、某大学教授: only with an official post
                continue
            if h.surface in private:
                continue
            if ranks & MODIFIER_RANKS:  # 时任, 原: part of the title when right before one
                if len(h.surface) > 1 or h.start == 0 or not _HAN.match(text[h.start - 1]):
                    orgs.append((h.start, h.end))
            elif ranks <= NOT_POSITION_RANKS:
                continue
            elif crossing.starts_inside_past(h.start, h.end) or (len(h.surface) == 2 and _inside_words(text, h.start, h.end)):
                continue
            elif org_index.extends_past(h.start, h.end) or _opens_org_word(text, h.start, h.end):
                # 交警 in 交警大队, 委员 in 委员会: the start of an organisation's name
                orgs.append((h.start, h.end))
            else:
                titles.append((h.start, h.end))
        blocked = SpanIndex(titles + places + lex.blocking)
        title_index = SpanIndex(titles)
        unit_index = SpanIndex(units)
        found: List[Found] = []
        surnamed: List[Tuple[int, int, Chain]] = []
        nameless: Optional[Chain] = None
        tail_set = set(tails)
        for chain in find_chains(text, titles + tails, orgs):
            # "省委常委，市委书记张三": posts joined by a comma, the name after the last one
            if nameless is not None and text[nameless.end:chain.start] in COMMAS:
                chain = Chain(nameless.groups + chain.groups)
            if not _holds_official_post(text, chain, tail_set, bare_generic=True):
                nameless = None
                continue
            # 主任, 负责人 with no body before them: of what the text does not say (a shop, a
            # workshop), so no name after them is taken; 习近平主席 and 汪主任 still are.
            # ...but after 、 the body is the one of the post before (某中央主席甲、常务副主席乙).
            generic_only = (text[chain.start - 1:chain.start] != "、"
                            and not _holds_official_post(text, chain, tail_set, bare_generic=False))
            listed = _listed_name(text, chain.start, blocked)
            if listed is not None:  # "鲍某某  全国政协委员、…": a guest list's line, name first
                found.append(Found(listed[0], listed[1], text[listed[0]:listed[1]], chain, "officials.name_title"))
                nameless = None
                continue
            after = [] if generic_only else [
                Found(s, e, text[s:e], chain, "officials.title_name") for s, e in names_after(text, chain.end, blocked, title_index)
                if not _cuts_into(unit_index, s, e)]
            nameless = None if after else chain
            if after:
                found += after
                continue
            if text.endswith(AUTHOR_NOTES, 0, chain.start) and text[chain.end:chain.end + 1] in "）)，,":
                author = author_line(article)  # "（作者为某省政协副主席）": the signed author holds the post
                if author is not None:
                    found.append(Found(author[0], author[1], text[author[0]:author[1]], chain, "officials.author"))
                continue
            start = names.name_before(text, chain.start)
            if (start is not None and not names.is_private(text, start, chain.start) and not blocked.overlaps(start, chain.start)
                    and not anonymous(text[start:chain.start])):
                found.append(Found(start, chain.start, text[start:chain.start], chain, "officials.name_title"))
            elif _lone_surname(text, chain.start):
                surnamed.append((chain.start - 1, chain.end, chain))
        taken = SpanIndex((f.start, f.end) for f in found)
        known = {f.name for f in found}  # a titled name's other mentions get its title later
        for s, _ in comrades:  # "以李明同志为核心", "李明同志主持": a leader named with no post
            start = names.name_before(text, s)
            if (start is not None and text[start:s] not in known and not taken.overlaps(start, s) and not blocked.overlaps(start, s)
                    and not names.is_private(text, start, s) and not anonymous(text[start:s])):
                found.append(Found(start, s, text[start:s], Chain([Group(s, s, s)]), "officials.comrade"))
        return found, surnamed, places

    def set_annotations(self, doc: Document, index: int, found: Matched) -> None:
        """Add the titled names (not the byline's own people) with their posts; keep the names,
        and the surname + title mentions, for the page-wide steps that follow."""
        article = doc.articles[index]
        page = self.page(doc)
        titled, surnamed, places = found
        reporters = byline_names(article)
        place_spans = PlaceSpans(places)  # sorted once for all the article's titles
        for f in titled:
            if f.name in reporters:  # the byline's own people are never officials
                continue
            # a name with only 同志 after it (李明同志) is an official with no title
            title = article.text[f.chain.start:f.chain.end] or None
            ps = posts(article.text, f.chain, place_spans, page.region) if title else []
            add_entity(article, "official", f.start, f.end, source=f.source, name=f.name, title=title, posts=ps)
            if f.name not in page.titled or (page.titled[f.name][0] is None and title):
                page.titled[f.name] = (title, ps)
        page.pending += [(index, s, e, c) for s, e, c in surnamed]

    def link_surnames(self, doc: Document, pending: Sequence[Tuple[int, int, int, Chain]], titled: Dict[str, Tuple[str, List[Post]]]) -> None:
        """``汪主任`` is 汪发林 when he is the page's only titled official named 汪."""
        by_first: Dict[str, List[str]] = {}  # the names by their first character, in page order
        for n in titled:
            by_first.setdefault(n[:1], []).append(n)
        for index, start, end, chain in pending:
            surname = doc.articles[index].text[start:chain.start]
            who = [n for n in (by_first.get(surname[:1], ()) if surname else titled)
                   if n.startswith(surname) and len(n) > len(surname)]
            if len(who) != 1:
                continue
            title, ps = titled[who[0]]  # the title the page gives him, as for any later mention
            add_entity(doc.articles[index], "official", start, end, source="officials.surname", name=who[0], title=title, posts=ps)

    def mentions(self, doc: Document, titled: Dict[str, Tuple[str, List[Post]]], skips: Optional[List[List[Span]]] = None) -> None:
        """Every other mention of a titled official's name on the page, title carried over
        (``skips``: each article's :func:`bylines`, when already known)."""
        if not titled:
            return
        finder = WordFinder(titled)
        rank = {name: k for k, name in enumerate(titled)}
        for i, article in enumerate(doc.articles):
            text = article.text
            taken = bytearray(len(text))  # 1 where an official or a byline already is
            for s, e in (bylines(article) if skips is None else skips[i]) + [(e.start, e.end) for e in entities_of(article, "official")]:
                taken[s:e] = b"\1" * (e - s)
            reporters = byline_names(article)
            found = finder.find(text)
            for name in sorted(found, key=rank.__getitem__):  # in page order: an earlier name's mention is taken
                if name in reporters:
                    continue
                title, ps = titled[name]
                for pos in found[name]:
                    end = pos + len(name)
                    if not any(taken[pos:end]) and _whole_name(text, pos, end):
                        add_entity(article, "official", pos, end, source="officials.mention", name=name, title=title, posts=ps)
                        taken[pos:end] = b"\1" * (end - pos)


class _LexiconSpans:
    """An article's lexicon hits sorted into what :meth:`Officials.match` uses, in one
    pass: asking each hit about each table in turn cost more than the rest of match."""

    def __init__(self, hits: Sequence[Hit], offices: FrozenSet[str]) -> None:
        self.places: List[Span] = []  # divisions above townships: their short forms are often everyday words (平安, 高兴)
        self.named: List[Span] = []  # org_prefixes words
        self.orgs: List[Span] = []  # words of any of ORG_TABLES
        self.units: List[Span] = []  # police units, and org words of 2+ characters ending with an office head
        self.blocking: List[Span] = []  # org_prefixes and police_units words: no name starts on one
        self.titles: List[Tuple[Hit, Set[str]]] = []  # titles.tsv words with their ranks
        for h in hits:
            span = (h.start, h.end)
            tables = {name for name, _ in h.entries}
            prefix, police = "org_prefixes" in tables, "police_units" in tables
            if "divisions" in tables and any(r.get("level") != "township" for r in h.rows("divisions")):
                self.places.append(span)
            if not tables.isdisjoint(ORG_TABLES):
                self.orgs.append(span)
            if prefix:
                self.named.append(span)
            if prefix or police:
                self.blocking.append(span)
                if len(h.surface) > 1 and (police or h.surface[-1] in offices):
                    self.units.append(span)
            if "titles" in tables:
                self.titles.append((h, {row.get("rank") for row in h.rows("titles")}))


def names_after(text: str, pos: int, blocked: SpanIndex, titles: Optional[SpanIndex] = None) -> List[Span]:
    """The names right after a title: one, or a list joined by 、 (and a last 和/及/与).

    Layout white space between the title and the name (a print line break) is skipped.
    A name holds no title of ``titles`` (和 + 省长 in 省委书记和省长王某 is none).
    """
    while pos < len(text) and text[pos] in " \u3000\n\t":
        pos += 1
    out: List[Span] = []
    while True:
        end = names.name_at(text, pos)
        # a title or an organisation where the name would start (局长杭州市…) is no name
        if (end is None or blocked.starts_at(pos, end - 1) or names.is_private(text, pos, end, left=pos)
                or anonymous(text[pos:end])):
            return out
        if titles is not None and titles.overlaps(pos + 1, end):
            return out
        out.append((pos, end))
        nxt = end
        honorific = next((w for w in honorifics() if text.startswith(w, nxt)), None)
        if honorific and text[nxt + len(honorific):nxt + len(honorific) + 1] == "、":
            nxt += len(honorific)  # 彭佳学同志、邱启文同志
        if nxt < len(text) and text[nxt] in "、":
            pos = nxt + 1
            continue
        last = next((w for w in names.LIST_LAST if text.startswith(w, nxt)), None)
        if last and len(out) > 1:
            pos = nxt + len(last)
            continue
        return out


@lru_cache(maxsize=1)
def honorifics() -> Tuple[str, ...]:
    """Titles that follow a name without being a post (同志), from titles.tsv."""
    return tuple(r["title"] for r in read_table("titles").rows if r.get("rank") in ("honorific",) and r.get("title"))


def byline_names(article: Article) -> set:
    """The names of the people the segment annotator found in the article's byline."""
    return {p.name for p in article.byline.people} if article.byline is not None else set()


def anonymous(name: str) -> bool:
    """Whether a name hides the person (王某, 李某某, 张姓): never an official."""
    return name.endswith(("某", "姓"))


def _listed_name(text: str, pos: int, blocked: SpanIndex) -> Optional[Span]:
    """A name that opens its line and stands apart from the posts at ``pos`` by spaces
    only (``鲍某某  全国政协委员、某大学教授``: guests and authors listed one a line)."""
    lead = pos
    while lead > 0 and text[lead - 1] in " \u3000":
        lead -= 1
    if lead == pos:
        return None
    start = names.name_before(text, lead)
    if start is None or not (start == 0 or text[start - 1] in "\n \u3000\t") or blocked.overlaps(start, lead):
        return None
    return start, lead


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
        line = text[b.start:b.end].strip(" \u3000\n\t")
        squashed = "".join(line.split())
        if not 2 <= len(squashed) <= 4 or names.name_at(squashed, 0) != len(squashed):
            continue
        start = text.index(line, b.start)
        found.append((start, start + len(line)))
    if not found and article.blocks:  # a headline run on into the author's name: "…（理论）王某某"
        first = article.blocks[0]
        line = text[first.start:first.end].rstrip()
        cut = max(line.rfind("）"), line.rfind(")"))
        name = line[cut + 1:]
        if cut > 0 and 2 <= len(name) <= 4 and names.name_at(name, 0) == len(name):
            end = first.start + len(line)
            found.append((end - len(name), end))
    return found[0] if len(found) == 1 else None


def bylines(article: Article) -> List[Span]:
    """Byline blocks and body lines that read as bylines (``本报记者 李洁 通讯员 王姚丹``)."""
    spans = [(b.start, b.end) for b in article.blocks if b.kind == "byline"]
    lines = [(b.start, b.end) for b in article.blocks if b.kind in ("body", "subtitle", "caption", "dateline", "note")]
    return spans + names.byline_spans(article.text, lines)


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


def _opens_org_word(text: str, start: int, end: int) -> bool:
    """Whether a title and the organisation head after it make one word (委员会,
    书记处, 警察部队, 领导小组)."""
    heads = office_heads()
    return any(
        text[end + n - 1:end + n] in heads and words.is_word(text[start:end + n]) for n in (1, 2) if end + n <= len(text)
    )


@lru_cache(maxsize=1)
def non_official_bodies() -> Tuple[str, ...]:
    """The ``non_official_org`` words of official_cues.tsv (公司, 车间, 研究院 …)."""
    return tuple(r["word"] for r in read_table("official_cues").rows if r.get("kind") == "non_official_org" and r.get("word"))


def _holds_official_post(text: str, chain: Chain, tails: Set[Span], *, bare_generic: bool) -> bool:
    """Whether one post of ``chain`` is a public one: not a private or academic post
    (教授, 董事长: ``tails``) and not a post of a company, workshop, university or
    research institute (车间主任, 研究院院长, 公司管委会主席); a generic post with no
    body before it (主任, 负责人) counts only when ``bare_generic``."""
    bodies = non_official_bodies()
    for g in chain.groups:
        if (g.head, g.end) in tails:
            continue
        org = text[g.start:g.head]
        if any(b in org for b in bodies):
            continue
        if not bare_generic and text[g.head:g.end] in generic_titles() and not (org and is_org(org.removesuffix("的"))):
            continue  # 主任, 负责人 alone or after no body (团队成员): of what the text does not say
        return True
    return False


@lru_cache(maxsize=1)
def generic_titles() -> FrozenSet[str]:
    """Posts of titles.tsv's ``generic`` category (主任, 负责人, 工作人员): the body before them decides."""
    return frozenset(r["title"] for r in read_table("titles").rows
                     if r.get("category") == "generic" and r.get("rank") not in ("collective", "modifier", "honorific"))


def _inside_words(text: str, start: int, end: int) -> bool:
    """Whether jieba reads ``text[start:end]`` as no word of its own: the end of one word
    and the start of the next (区长 in 社区长者食堂), or inside an idiom (所长 in 各展所长)."""
    lo = max(0, start - 3)
    window = text[lo:min(len(text), end + 3)]
    off = lo
    for word, flag in names.tag(window):
        if off < start < off + len(word):  # a word starts before the title and runs into it
            return flag in ("i", "l") or (end - lo) not in words.boundaries(window)
        off += len(word)
    return False


def _cuts_into(index: SpanIndex, start: int, end: int) -> bool:
    """Whether a unit or place of ``index`` cuts into the name ``text[start:end]``
    from outside it (宁分局 of 长宁分局 after 局长); one wholly inside a longer
    name is part of it (阿里 in 阿里波夫)."""
    if not index.overlaps(start + 1, end):
        return False
    hi = bisect_left(index.starts, end)
    return any(e > start + 1 and (s < start or e > end) for s, e in index.spans[:hi]) or index.extends_past(start, end)


def _lone_surname(text: str, pos: int) -> bool:
    """Whether a single surname stands right before ``pos`` as a word of its own (``“汪主任``)."""
    if pos < 1 or names.surname_at(text, pos - 1) != 1:
        return False
    if pos < 2 or not _HAN.match(text[pos - 2]):
        return True
    return (pos - 1 - max(0, pos - 4)) in words.boundaries(text[max(0, pos - 4):pos])


def _whole_name(text: str, start: int, end: int) -> bool:
    """Whether a name found by string search is a word there, not part of a longer one."""
    if any(d in text[start:end] for d in names.DOTS):
        return True
    lo, hi = max(0, start - 3), min(len(text), end + 3)
    cuts = words.boundaries(text[lo:hi])
    # jieba glues a verb of saying to a name's last character (韩文秀说 → 韩文 + 秀说)
    return (start - lo) in cuts and ((end - lo) in cuts or (end - start >= 3 and names.says_at(text, end)))
