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

from typing import Dict, List, Optional, Tuple

import msgspec

from baokan.annotators.core.document import Document, SpanIndex, add_entity
from baokan.annotators.core.registry import annotator
from baokan.annotators.language import names
from baokan.annotators.language.attendance_lists import attendance_names
from baokan.annotators.language.author_notes import author_names, in_split_note
from baokan.annotators.language.bio_rosters import profiled
from baokan.annotators.language.collective_names import collective_name
from baokan.annotators.language.deputy_lists import deputy_names
from baokan.annotators.language.foreign_names import (
    foreign_name_at,
    foreign_name_before,
    minority_name_at,
    name_past_to_address,
)
from baokan.annotators.language.glued import duty_before_officer
from baokan.annotators.language.interposed_names import (
    BodyEnds,
    from_head,
    interposed_name,
    name_over_body,
    with_body,
)
from baokan.annotators.language.known_officials import known_mentions, known_name_before, known_names
from baokan.annotators.language.line_breaks import LineBreaks
from baokan.annotators.language.member_names import everyday_after_member
from baokan.annotators.language.name_lists import (
    SentenceTitles,
    comrade_names,
    continues_presidium,
    names_before_list,
)
from baokan.annotators.language.named_series import NAMED_SOURCES, named_series
from baokan.annotators.language.names_over_places import drop_named_places
from baokan.annotators.language.official_bylines import (
    author_line,
    byline_names,
    bylines,
    narrator_lines,
    paper_of,
    speech,
)
from baokan.annotators.language.official_chains import (
    HELD_VERBS,
    HOLDS,
    PREDICATES,
    _cut_at,
    _drop_profile_verb,
    _split_at_commas,
    split_at_names,
)
from baokan.annotators.language.official_mentions import OfficialMentions
from baokan.annotators.language.official_name_edges import settle_names, trimmed_title
from baokan.annotators.language.official_spans import ArticleSpans
from baokan.annotators.language.official_words import (
    _cuts_into,
    _holds_official_post,
    _listed_name,
    _lone_surname,
    anonymous,
    apposed_name,
    blocks_name,
    foreign_post,
    name_before_post,
    names_after,
)
from baokan.annotators.language.post_breakdown import PlaceSpans, paper_place, posts
from baokan.annotators.language.post_verbs import glued_post_verb, promotion_verb
from baokan.annotators.language.quoted_posts import name_start_after
from baokan.annotators.language.titles import Chain, Group, Span, find_chains
from baokan.annotators.language.unit_names import officers_after_units
from baokan.annotators.language.word_names import parallel_edges
from baokan.schemas import Post

COMMAS = ("，", ",")
#: What before a post makes its holders many (各乡镇党委书记, 全县村党支部书记): no one person's post.
PLURAL_OPENERS = ("各", "全", "每", "诸", "多名", "两名", "一些")
#: A demonstrative and 是 before a post (这是省政协委员，某医院院长某某的发言): no name before the verb.
POINTED = ("这是", "那是", "这就是", "那就是", "这也是", "这正是", "此为")


def pointed(text: str, pos: int) -> bool:
    """Whether a demonstrative and 是 end at ``pos`` (这是 + posts): the posts' name follows them."""
    return text.endswith(POINTED, 0, pos)


#: What opens an author's note at the end of a signed article: （作者为某省政协副主席）.
AUTHOR_NOTES = ("（作者为", "（作者系", "（作者是", "(作者为", "(作者系")


#: Modifiers that open a title of a post once held (时任县委书记的某某): the title keeps them.
HELD = ("时任", "原")
#: Sources of officials named in a byline: a signed article's author with a post, a speech's speaker,
#: and a leader of known_officials.tsv who signs with the name alone (docs/labels.md: must, title null).
SIGNED = ("officials.author", "officials.speaker", "officials.narrator", "officials.known")


class Page(msgspec.Struct):
    """What the officials of one page share: each article's byline spans, the paper's region,
    the titled names found so far (name -> title and posts, in page order), the surname +
    title mentions waiting for them, as ``(article, start, end, chain)``, and the bodies written
    before a name inside its title (市人民检察院 + 王某 + 检察长), by article and name start."""

    skips: List[List[Span]]
    region: Optional[Tuple[str, str]]
    titled: Dict[str, Tuple[Optional[str], List[Post]]] = {}
    pending: List[Tuple[int, int, int, Chain]] = []
    #: (article, name start) -> the body written before the name
    bodies: Dict[Tuple[int, int], Span] = {}


class Found(msgspec.Struct):
    """A titled mention: the name's span, the name, and the title chain it belongs to."""

    start: int
    end: int
    name: str
    chain: Chain
    source: str


#: What :meth:`Officials.match` finds in one article: the titled names; the surname + title
#: mentions (``汪主任``) to link later, as ``(start, end, chain)``; and the spans of places, for posts.
Matched = Tuple[List[Found], List[Tuple[int, int, Chain]], List[Span]]


#: An appointment notice's link between the name and the post it gives (甲同志任某省委书记; docs/labels.md,
#: *other papers 6*): the post is the name's title. A post the person leaves (乙同志不再担任…) is none.
APPOINTED = "同志任"


@annotator(
    "officials",
    version="2",
    assigns=["entities.official"],
    requires=["articles"],
    after=["entities.place", "entities.police_unit"],
    default=True,
)
class Officials(OfficialMentions):
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
        narrators = narrator_lines(article)  # 讲述人：某村党支部书记  某某: read as a post and a name
        page = self.page(doc)
        skip = [span for span in page.skips[index] if span not in narrators]
        spans = ArticleSpans(doc, index, skip)
        places, units, police, orgs = spans.places, spans.units, spans.police, spans.orgs
        titles, tails, comrades = spans.titles, spans.tails, spans.comrades
        blocked, no_title, firm = spans.blocked, spans.no_title, spans.firm
        title_index, unit_index = spans.title_index, spans.unit_index
        found: List[Found] = []
        sentence_titles = SentenceTitles(text)
        surnamed: List[Tuple[int, int, Chain]] = []
        nameless: Optional[Chain] = None
        split_posts: List[Chain] = []  # the posts of a note on several authors
        tail_set = set(tails)
        bodies = BodyEnds(orgs)  # body + name + post: asked only for bare posts
        breaks = LineBreaks(text, article.blocks, doc.text)  # 县委书记 ending a headline: not the next line's name's
        series: Dict[int, int] = {}  # post -> name start (吴英杰书记、洛桑江村 + 主任); 主任 + 黄德顺和 + 主任: cut
        for chain in named_series(text, split_at_names(text, find_chains(text, titles + tails, orgs), firm), series):
            chain = _drop_profile_verb(text, chain)
            if found and found[-1].start < chain.start <= found[-1].end <= chain.head:
                # 新和 of 王立新和民警某: a place inside the last name; 某某 + 和村 + 党支部书记: a place opening with
                # the 和 that joins the next person to the last name
                if chain.start < found[-1].end or text.startswith(names.LIST_LAST, chain.start):
                    chain = _cut_at(text, chain, found[-1].end)
            # "省委常委，市委书记张三": posts joined by a comma, the name after the last one
            if nameless is not None and text[nameless.end : chain.start] in COMMAS:
                chain = Chain(nameless.groups + chain.groups)
            if not _holds_official_post(text, chain, tail_set, bare_generic=True):
                nameless = None
                continue
            # 主任, 负责人 with no body before them: of what the text does not say (a shop, a
            # workshop), so no name after them is taken; 习近平主席 and 汪主任 still are.
            # ...but after 、 the body is the one of the post before (某中央主席甲、常务副主席乙).
            generic_only = (
                text[chain.start - 1 : chain.start] != "、"
                and not _holds_official_post(text, chain, tail_set, bare_generic=False)
                and not continues_presidium(  # ...or of the titled names before it (甲和秘书长乙)
                    text, chain.start, text[chain.start : chain.end], *sentence_titles.before(chain.start, found)
                )
            )
            first = chain.groups[0]
            own = name_over_body(text, chain, page.titled, found) if 0 < first.head - first.start < 3 else None
            if own is not None:  # 李 + 立新局长: the chain's body is the name's given name
                found.append(Found(own, chain.head, text[own : chain.head], from_head(chain), "officials.name_title"))
                nameless = None
                continue
            listed = _listed_name(text, chain.start, blocked)
            if listed is not None:  # "鲍某某  全国政协委员、…": a guest list's line, name first
                found.append(Found(listed[0], listed[1], text[listed[0] : listed[1]], chain, "officials.name_title"))
                nameless = None
                continue
            after = (
                []
                if generic_only
                else [
                    Found(s, e, text[s:e], chain, "officials.title_name")
                    for s, e in names_after(text, name_start_after(text, chain), blocked, title_index)
                    if not _cuts_into(unit_index, s, e)
                    and not breaks.crosses(chain.end, s)
                    and not everyday_after_member(text, chain, s, e)  # 巡山队员 + 步履不停
                ]
            )
            if len(after) == 1:  # 区长 + 巴斯克 + 斯博士: a name by sound runs on to a word of address
                longer = name_past_to_address(text, after[0].start, after[0].end)
                if longer is not None:
                    s = after[0].start
                    after = [Found(s, longer, text[s:longer], chain, "officials.title_name")]
            if after and known_name_before(text, chain.start) is not None and after[0].name not in known_names():
                after = []  # 习近平总书记 + 考察江西: a leader's name before the post holds it
            if (
                not after
                and not generic_only
                and text.startswith("的", chain.end)
                and (text.endswith(HOLDS, 0, chain.start) or text.startswith(HELD, chain.start))
            ):
                # "担任村党支部书记的王某": the post a verb of holding gives, then 的 and the name
                after = [
                    Found(s, e, text[s:e], chain, "officials.title_name")
                    for s, e in names_after(text, chain.end + 1, blocked, title_index)[:1]
                ]
            if not after and not generic_only:
                # 总统普京表示: a short foreign name; 县委书记旦增说: a two-character minority name
                foreign = foreign_post(text, chain, last=True)
                end = (foreign_name_at if foreign else minority_name_at)(text, chain.end)
                if end is not None and not blocked.overlaps(chain.end, end):
                    after = [Found(chain.end, end, text[chain.end : end], chain, "officials.title_name")]
            # 某某担任审判长，…检察长某某: a post a verb gives the subject before it joins no post after the comma,
            # and 各乡镇党委书记，某镇镇长某某: nor does a post of many holders
            # ...but 这是 + posts + name: a demonstrative is the subject, the name comes after the posts
            held = text.endswith(HELD_VERBS + PLURAL_OPENERS, 0, chain.start) and not pointed(text, chain.start)
            nameless = None if after or held else chain
            if after:
                found += after
                continue
            if in_split_note(text, chain.start):  # "（作者分别为…、…）": paired with the authors below
                split_posts += _split_at_commas(text, chain)
                continue
            if text.endswith(AUTHOR_NOTES, 0, chain.start) and text[chain.end : chain.end + 1] in "）)，,":
                author = author_line(article)  # "（作者为某省政协副主席）": the signed author holds the post
                if author is not None:
                    found.append(Found(author[0], author[1], text[author[0] : author[1]], chain, "officials.author"))
                continue
            start, name_end = series.get(chain.start) or name_before_post(text, chain.start), chain.start
            inner = interposed_name(text, chain, start, bodies, no_title, found[-1].end if found else 0)
            if inner is not None and inner.private:  # 中科院物理所 + 王某 + 所长: a scientist, no official
                continue
            if inner is not None:  # 市人民检察院 + 王某 + 检察长: the name inside the title
                body, s, e, _ = inner
                found.append(Found(s, e, text[s:e], from_head(chain), "officials.name_title"))
                page.bodies[index, s] = (body, s)
                continue
            if start is None and text.endswith(APPOINTED, 0, chain.start):  # 甲同志任某省委书记 (s6 R6)
                name_end = chain.start - len(APPOINTED)
                start = name_before_post(text, name_end)
            verb = ""
            if text.endswith(PREDICATES, 0, chain.start):  # (one call in C rules out most chains)
                verb = next(v for v in PREDICATES if text.endswith(v, 0, chain.start))
            glued = glued_post_verb(text, chain.start, start)  # 陈某 + 任 + 某市委常委: "takes the post of"
            promoted = promotion_verb(text, chain.start)  # 王某 + 晋升为 + 某市委常委 (jieba: 晋升为 a name)
            verb = promoted or ("任" if glued else verb)
            glued = glued or bool(promoted)
            if verb and (start is None or glued):  # 李明是县委书记, 王海现任某局局长: the name before the verb
                name_end = chain.start - len(verb)
                start = name_before_post(text, name_end)
            if start is None and foreign_post(text, chain, last=False):
                start = foreign_name_before(text, chain.start)  # 普京总统
            apposed = None if start is not None else apposed_name(text, chain, no_title)
            listed_before = [] if start is not None else names_before_list(text, chain, blocked)
            if listed_before:  # "王某、李某等省领导出席": the list before the collective title
                found += [Found(s, e, text[s:e], chain, "officials.name_title") for s, e in listed_before]
            elif apposed is not None:  # "李明，县公安局副局长，介绍说": the name before the comma
                found.append(Found(*apposed, text[apposed[0] : apposed[1]], chain, "officials.apposition"))
            elif (
                start is not None
                and not names.is_private(text, start, name_end)
                and (chain.start in series or not blocks_name(blocked, start, name_end))  # (沈海文 + 县长: not 文县)
                and not anonymous(text[start:name_end])
                and not duty_before_officer(text, start, name_end)  # 街巡 + 民警: the officer's duty (s6 R1)
            ):
                found.append(Found(start, name_end, text[start:name_end], chain, "officials.name_title"))
            elif _lone_surname(text, chain.start):
                surnamed.append((chain.start - 1, chain.end, chain))
        authors = author_names(article) if split_posts else []
        if len(authors) == len(split_posts):  # the posts in the order of the names
            found += [
                Found(s, e, text[s:e], c, "officials.author")
                for (s, e), c in zip(authors, split_posts)
                if _holds_official_post(text, c, tail_set, bare_generic=True)  # not 某大学教授
            ]
        taken = SpanIndex((f.start, f.end) for f in found)
        known = {f.name for f in found}  # a titled name's other mentions get its title later
        for pos, _ in comrades:  # "李明同志主持", "甲、乙等同志出席": leaders named with no post
            for start, end in comrade_names(text, pos, no_title):  # (建平 in 孙建平 is no place)
                if text[start:end] not in known and not taken.overlaps(start, end):
                    found.append(Found(start, end, text[start:end], Chain([Group(end, end, end)]), "officials.comrade"))
        for start, end in officers_after_units(text, police, no_title):  # 某派出所 + 李某某 + 立即调查
            if text[start:end] not in known and not taken.overlaps(start, end):
                found.append(Found(start, end, text[start:end], Chain([Group(end, end, end)]), "officials.officer"))
        speaker = author_line(article) if speech(article) else None
        if speaker is not None and not any(f.start == speaker[0] for f in found):
            # "——在某某座谈会上的讲话" signed with a name alone: a leader's speech, post unsaid
            s, e = speaker
            found.append(Found(s, e, text[s:e], Chain([Group(e, e, e)]), "officials.speaker"))
        named = {(f.start, f.end) for f in found}
        for start, end in known_mentions(text):  # "学习焦裕禄", "毛泽东曾指出": known officials, post unsaid
            if text[start:end] not in known and (start, end) not in named and not taken.overlaps(start, end):
                found.append(Found(start, end, text[start:end], Chain([Group(end, end, end)]), "officials.known"))
        posted = {f.start: f.chain.start for f in found if f.chain.end == f.start}  # 和 + 秘书长 + 丙出席
        rolls = attendance_names(
            text, no_title, units, posted
        )  # 甲、乙出席会议: a roll, no post (known officials keep theirs)
        named = {(f.start, f.end) for f in found} if rolls else named
        for start, end in rolls:
            if text[start:end] not in known and (start, end) not in named and not taken.overlaps(start, end):
                found.append(Found(start, end, text[start:end], Chain([Group(end, end, end)]), "officials.attendance"))
        named = {(f.start, f.end) for f in found}
        bare = {(f.start, f.end): k for k, f in enumerate(found) if f.source == "officials.known"}
        for start, end, ws, we in deputy_names(text, no_title):  # 甲、乙等代表先后发言: deputies of a session
            deputy = Found(start, end, text[start:end], Chain([Group(ws, ws, we)]), "officials.deputy")
            if (start, end) in bare:  # 黄某某、乙等代表: a known leader listed as a deputy takes the word
                found[bare[start, end]] = deputy
            elif (start, end) not in named and not taken.overlaps(start, end):
                found.append(deputy)
        taken = SpanIndex((f.start, f.end) for f in found)
        found += [  # 某某，1966年7月生，某法庭庭长；
            Found(s, e, text[s:e], c, "officials.profile") for s, e, c in profiled(text, titles + tails, orgs, taken)
        ]
        for k, f in enumerate(found):
            if any(s <= f.start < e for s, e in narrators):
                found[k] = Found(f.start, f.end, f.name, f.chain, "officials.narrator")
        found = [f for f in found if not collective_name(text, f.start, f.end)]  # 全警, 全体民(辅警), 谢谢
        return found, surnamed, places

    def set_annotations(self, doc: Document, index: int, found: Matched) -> None:
        """Add the titled names (not the byline's own people) with their posts; keep the names,
        and the surname + title mentions, for the page-wide steps that follow."""
        article = doc.articles[index]
        page = self.page(doc)
        titled, surnamed, places = found
        reporters = byline_names(article)
        place_spans = PlaceSpans(places)  # sorted once for all the article's titles
        titled = settle_names(article.text, titled, set(page.titled).union(f.name for f in titled))
        titled = parallel_edges(article.text, titled)  # 程海龙 + 作的报告 … 李谦 + 作的报告
        for f in titled:
            if f.name in reporters and f.source not in SIGNED:  # the byline's own people are no officials...
                continue  # ...but for the signed author whose closing note gives a post, a speech's speaker, a leader
            # a name with only 同志 after it (李明同志) is an official with no title
            title = trimmed_title(article.text, f.chain.start, f.chain.end) or None
            ps = posts(article.text, f.chain, place_spans, page.region) if title else []
            body = page.bodies.get((index, f.start)) if page.bodies else None
            if body is not None:  # 市人民检察院 + 王某 + 检察长: the title is the body and the position
                title, ps = with_body(article.text, body, title, ps, place_spans)
            add_entity(article, "official", f.start, f.end, source=f.source, name=f.name, title=title, posts=ps)
            if f.name not in page.titled or (page.titled[f.name][0] is None and title):
                page.titled[f.name] = (title, ps)
        drop_named_places(article, [(f.start, f.end) for f in titled if f.source in NAMED_SOURCES])  # 吕梁
        page.pending += [(index, s, e, c) for s, e, c in surnamed]
