"""The spans the officials annotator reads one article against, sorted before it looks for a name.

The article's lexicon hits sorted by kind in one pass (:class:`_LexiconSpans`: places, organisations,
police units, titles.tsv words with their ranks), the places and police units of the layers that run
before officials, and the titles.tsv hits sorted into posts, private posts (教授, only beside an
official one), 同志 and the openings of organisations' names (交警 of 交警大队, 委员 of 委员会):
:class:`ArticleSpans`. :mod:`baokan.annotators.officials` then reads title chains and the names around
them from these; the sorting needs none of that reading, so it is kept here, and the officials
module keeps to the names.
"""

from __future__ import annotations

from functools import lru_cache
from typing import AbstractSet, Dict, FrozenSet, List, Optional, Sequence, Tuple

from baokan.annotators.core.document import Document, SpanIndex
from baokan.annotators.core.lexicon import DATA_PACKAGE, LEXICONS, Hit, read_table
from baokan.annotators.language import names, post_edges, words
from baokan.annotators.language.glued import deictic_level
from baokan.annotators.language.names_over_places import places_past_joined_names
from baokan.annotators.language.nominees import nominee_posts
from baokan.annotators.language.official_chains import _name_across, officer_name_across
from baokan.annotators.language.official_words import _HAN
from baokan.annotators.language.place_words import DIVISION_SUFFIXES
from baokan.annotators.language.police_offices import lone_rank
from baokan.annotators.language.police_short_names import numbered_ranks
from baokan.annotators.language.post_edges import word_past_title
from baokan.annotators.language.press_posts import press_posts
from baokan.annotators.language.table_rows import column_value
from baokan.annotators.language.title_words import ORG_TABLES, after_body, office_heads
from baokan.annotators.language.titles import Span
from baokan.annotators.language.unit_names import posts_past_units

#: titles.tsv ranks that are no position of their own: 原/时任 (modifier), 同志
#: (honorific) and posts of private companies and schools (non-official).
NOT_POSITION_RANKS = {"modifier", "honorific", "non-official"}
MODIFIER_RANKS = {"modifier"}


class _LexiconSpans:
    """An article's lexicon hits sorted into what :class:`ArticleSpans` uses, in one
    pass: asking each hit about each table in turn cost more than the rest of match."""

    def __init__(self, hits: Sequence[Hit], offices: FrozenSet[str]) -> None:
        self.places: List[
            Span
        ] = []  # divisions above townships: their short forms are often everyday words (平安, 高兴)
        self.named: List[Span] = []  # org_prefixes words
        self.orgs: List[Span] = []  # words of any of ORG_TABLES
        self.units: List[Span] = []  # police units, and org words of 2+ characters ending with an office head
        self.blocking: List[Span] = []  # org_prefixes and police_units words: no name starts on one
        self.titles: List[Tuple[Hit, AbstractSet[Optional[str]]]] = []  # titles.tsv words with their ranks
        # the lists themselves, not their bound appends: compiled, ``orgs.append`` is a direct call
        orgs, places, named, blocking, units, titles = (
            self.orgs,
            self.places,
            self.named,
            self.blocking,
            self.units,
            self.titles,
        )
        known = _kinds_by_surface
        for h in hits:
            start, end, surface, entries = h  # (a Hit is a tuple)
            got = known.get(surface)  # by surface, with the lexicon's own entries tuple: no nested tuple hashed
            if got is not None and got[0] is entries:
                place, org, prefix, police, ranks = got[1]
            else:
                kinds = _entry_kinds(entries)
                known[surface] = (entries, kinds)
                place, org, prefix, police, ranks = kinds
            if org:  # (every place is an org: divisions are one of ORG_TABLES)
                span = (start, end)
                orgs.append(span)
                if place:
                    places.append(span)
                if prefix:
                    named.append(span)
            if prefix or police:
                span = (start, end)
                blocking.append(span)
                if len(surface) > 1 and (police or surface[-1] in offices):
                    units.append(span)
            if ranks is not None:
                titles.append((h, ranks))


#: :func:`_entry_kinds` by surface, each with the lexicon entries it was read from (the lexicon's own
#: tuple, the same object at every hit of that surface; a rebuilt lexicon's are others: read again).
_kinds_by_surface: Dict[
    str, Tuple[Tuple[Tuple[str, int], ...], Tuple[bool, bool, bool, bool, Optional[FrozenSet[Optional[str]]]]]
] = {}


@lru_cache(maxsize=1 << 14)  # the same lexicon words on page after page; the tables are package data
def _entry_kinds(
    entries: Tuple[Tuple[str, int], ...],
) -> Tuple[bool, bool, bool, bool, Optional[FrozenSet[Optional[str]]]]:
    """Whether a lexicon word is a place above a township, an organisation's word, an org_prefixes
    word, a police unit; and its ranks if it is a title (None if not)."""
    tables = {name for name, _ in entries}
    place = "divisions" in tables and any(level != "township" for level in _values(entries, "divisions", "level"))
    ranks = frozenset(_values(entries, "titles", "rank")) if "titles" in tables else None
    org = not tables.isdisjoint(ORG_TABLES) and not lone_rank(tables, _values(entries, "police_units", "word"))
    return place, org, "org_prefixes" in tables, "police_units" in tables, ranks  # (处 alone: no body)


def _values(entries: Tuple[Tuple[str, int], ...], table: str, column: str) -> List[Optional[str]]:
    """``row.get(column)`` of each row ``Hit.rows(table)`` gives for ``entries``, read from the
    table's column: no dict made of each row, no call per row (asked of every new lexicon word)."""
    rows = read_table(table, LEXICONS[table].package if table in LEXICONS else DATA_PACKAGE).rows
    if column not in rows.columns:
        return [None for name, _ in entries if name == table]
    j = rows.columns.index(column)
    values = (rows.joined[j], rows.starts[j])  # read as Rows.value does, without a call into it a row
    return [column_value(values, i) for name, i in entries if name == table]


class ArticleSpans:
    """What :meth:`Officials.match` reads article ``index`` against, outside the spans of ``skip`` (its
    bylines): the places (the lexicon's above townships, not inside an org_prefixes word, and the places
    layer's), the units a title or a name may cut across, the police units, the organisations a post
    may belong to, the titles.tsv hits sorted into posts, private posts and 同志, and the indexes the
    names are checked against (``blocked``: where no name may start; ``firm``: the bodies a name never
    splits)."""

    places: List[Span]
    units: List[Span]
    police: List[Span]
    orgs: List[Span]
    titles: List[Span]
    tails: List[Span]
    comrades: List[Span]
    blocked: SpanIndex
    no_title: SpanIndex
    title_index: SpanIndex
    unit_index: SpanIndex
    firm: SpanIndex

    def __init__(self, doc: Document, index: int, skip: List[Span]) -> None:
        article = doc.articles[index]
        text = article.text
        private = names.person_words("private")
        lex = _LexiconSpans(doc.lexicon_hits(index), office_heads())
        named_index = SpanIndex(lex.named)  # 平安 in 平安法治办 is no place
        places = [p for p in lex.places if not named_index.covers_longer(*p)]
        # Names of places and units that a would-be title or name cuts across
        # (局长 in 上海市公安局长宁分局, 宁分局 after it), in page order; and each label's own (one pass)
        units: List[Span] = []
        found_places: List[Span] = []
        police: List[Span] = []
        for entity in article.entities:
            if entity.label == "place":
                units.append((entity.start, entity.end))
                found_places.append((entity.start, entity.end))
            elif entity.label == "police_unit":
                units.append((entity.start, entity.end))
                police.append((entity.start, entity.end))
        places += found_places
        orgs = lex.orgs + places + police
        orgs += numbered_ranks(text, orgs)  # 二 + 大队 + 大队长: a numbered team is the post's body
        # 该县 + 县委常委: 县 is a reference (a lone character: longer bodies are not asked)
        orgs = [o for o in orgs if o[1] - o[0] != 1 or not deictic_level(text, *o)]
        org_index, skip_index = SpanIndex(orgs), SpanIndex(skip)
        org_ends = {e for _, e in orgs}  # 县委 + 原书记: a modifier right after a body
        # 大连市 + 市长王刚: a place whose suffix opens the title (the city's own 市长)
        place_ends = {e: s for s, e in places}
        place_starts = {s for s, _ in places}
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
            if h.surface in private or post_edges.names_a_day(text, h.end):  # 警察 + 节: a festival
                continue
            if ranks & MODIFIER_RANKS:  # 时任, 原: part of the title when right before one
                if (
                    len(h.surface) > 1
                    or h.start == 0
                    or not _HAN.match(text[h.start - 1])
                    or h.start in org_ends
                    or text.endswith(names.LIST_LAST, 0, h.start)  # 甲及 + 代 + 秘书长乙: the next item's
                    or (after_body(text, h.start) and not crossing.overlaps(h.start, h.end))  # 地质局 + 原 + 局长
                ):
                    orgs.append((h.start, h.end))
            elif ranks <= NOT_POSITION_RANKS:
                continue
            elif (
                crossing.starts_inside_past(h.start, h.end)
                and (
                    not _name_across(text, h.end) or h.start + 1 in place_starts and h.start + 1 in place_ends
                )  # 镇 + 长江源村: two places
            ) or (
                len(h.surface) == 2
                and _inside_words(text, h.start, h.end)
                and not (
                    place_ends.get(h.start + 1, h.start) < h.start
                    and text[h.start] in DIVISION_SUFFIXES
                    and _name_across(text, h.end)
                )
                and not ("officer" in ranks and officer_name_across(text, h.end))  # 交警 + 方阿龙 (警方)
            ):
                continue
            elif org_index.extends_past(h.start, h.end) or _opens_org_word(text, h.start, h.end):
                # 交警 in 交警大队, 委员 in 委员会: the start of an organisation's name
                orgs.append((h.start, h.end))
            else:
                titles.append((h.start, h.end))
        offices, press = press_posts(text, places, titles)  # 人民日报社 + 副总编辑: posts only after a press office
        orgs += offices
        titles = sorted(titles + press) if press else titles
        titles = posts_past_units(text, titles, police)  # 公安部第二督察组 + 组长, not 督察组组长
        titles = nominee_posts(text, titles)  # 县政协主席 + 人选 + 李某: the nominee's title
        blocked = SpanIndex(titles + places_past_joined_names(text, places, titles) + lex.blocking)  # 扎西和县长
        no_title = SpanIndex(titles + lex.blocking)  # places may sit inside a name (建华 in 李建华)
        title_index = SpanIndex(titles)
        unit_index = SpanIndex(units)
        self.places, self.units, self.police, self.orgs = places, units, police, orgs
        self.titles, self.tails, self.comrades = titles, tails, comrades
        self.blocked, self.no_title, self.title_index, self.unit_index = blocked, no_title, title_index, unit_index
        self.firm = SpanIndex(lex.named + lex.units + found_places + police)


def _opens_org_word(text: str, start: int, end: int) -> bool:
    """Whether a title and the organisation head after it make one word (委员会,
    书记处, 警察部队, 领导小组)."""
    heads = office_heads()
    for n in (1, 2):  # a plain loop: asked of every title, and a generator costs more than the tests
        if end + n <= len(text) and text[end + n - 1 : end + n] in heads and words.is_word(text[start : end + n]):
            return True
    return False


def _inside_words(text: str, start: int, end: int) -> bool:
    """Whether jieba reads ``text[start:end]`` as no word of its own: the end of one word
    and the start of the next (区长 in 社区长者食堂), or inside an idiom (所长 in 各展所长)."""
    lo = max(0, start - 3)
    window = text[lo : min(len(text), end + 3)]
    across = words.word_across(window, start - lo, names.tag)  # a word that starts before the title runs into it
    if across is not None and (across[1] in ("i", "l") or (end - lo) not in words.boundaries(window)):
        return True
    return word_past_title(text, end, window, lo)  # 新 + 警务, 县 + 长期
