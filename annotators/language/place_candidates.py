"""Place candidates and the checks that places.py judges them by: a reading of a surface in the
gazetteer, the division it means, police after a name, people around it, a name a village or a
transliteration holds."""

from __future__ import annotations

from functools import lru_cache
from operator import attrgetter
from typing import Dict, List, Optional, Sequence, Set, Tuple

from baokan.annotators.core import lexicon
from baokan.annotators.core.document import Document, SpanIndex
from baokan.annotators.language.division_rows import Divisions
from baokan.annotators.language.divisions import Gazetteer
from baokan.annotators.language.foreign_places import sound_chars
from baokan.annotators.language.occurrences import mentions
from baokan.annotators.language.place_clipped import clipped_rows, urban_division
from baokan.annotators.language.place_grammar import (
    CJK_CHAR,
    CLAUSE_STOP,
    STOP_FIRST,
    Boundaries,
    person_word,
    place_word,
)
from baokan.annotators.language.place_phrases import inside_idiom
from baokan.annotators.language.place_senses import everyday_pair, landform_opens_area, quoted_word, region_not_place
from baokan.annotators.language.place_sound_edges import province_stands
from baokan.annotators.language.table_rows import row_at

#: Lexicon tables of places: divisions and their clipped province names (龙江), geographic names and
#: the named neighbourhoods of cities (五角场, ``urban_areas.tsv``).
_PLACE_TABLES = frozenset(("divisions", "province_clipped", "geo_names", "urban_areas"))
_GEO_TABLES = ("geo_names", "urban_areas")
#: Lexicon tables whose words make a short form something else (公安 is a county's short form too).
OTHER_TABLES = ("police_units", "titles", "slogans", "org_prefixes")


class Candidate:
    """A span that may become a place entity.

    A plain class, compiled native by mypyc (a msgspec Struct's fields cost compiled code a generic
    attribute look-up each, and the judging reads them hundreds of thousands of times); equal by
    fields, as the Struct it replaces was. :meth:`moved` is ``msgspec.structs.replace`` of the span."""

    start: int
    end: int
    rule: str
    rows: Sequence[Dict[str, str]]  # the divisions it may mean (:class:`Divisions` from the lexicon)
    full: bool
    level: Optional[str]
    kind: Optional[str]
    parent: Optional[str]
    other_word: bool  # the surface is also a police/title/slogan word
    upper: bool  # a province or a city among ``rows``
    row: Optional[Dict[str, str]]  # the division chosen
    resolved: bool  # whether ``row`` is the only division that fits
    accepted: bool

    def __init__(
        self,
        start: int,
        end: int,
        rule: str,
        rows: Sequence[Dict[str, str]] = (),
        full: bool = False,
        level: Optional[str] = None,
        kind: Optional[str] = None,
        parent: Optional[str] = None,
        other_word: bool = False,
        upper: bool = False,
        row: Optional[Dict[str, str]] = None,
        resolved: bool = False,
        accepted: bool = False,
    ) -> None:
        self.start, self.end, self.rule, self.rows, self.full = start, end, rule, rows, full
        self.level, self.kind, self.parent, self.other_word, self.upper = level, kind, parent, other_word, upper
        self.row, self.resolved, self.accepted = row, resolved, accepted

    def _fields(self) -> Tuple[object, ...]:
        return (
            self.start,
            self.end,
            self.rule,
            self.rows,
            self.full,
            self.level,
            self.kind,
            self.parent,
            self.other_word,
            self.upper,
            self.row,
            self.resolved,
            self.accepted,
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Candidate):
            return NotImplemented
        return self._fields() == other._fields()

    def __repr__(self) -> str:
        return "Candidate(" + ", ".join(repr(v) for v in self._fields()) + ")"

    def moved(self, start: int, end: int) -> Candidate:
        """A copy of this candidate over ``[start, end)``."""
        return Candidate(
            start,
            end,
            self.rule,
            self.rows,
            self.full,
            self.level,
            self.kind,
            self.parent,
            self.other_word,
            self.upper,
            self.row,
            self.resolved,
            self.accepted,
        )

    @property
    def length(self) -> int:
        return self.end - self.start


class ArticleCandidates:
    """The candidates of one article, indexed by where they start and end."""

    def __init__(self, text: str, cands: List[Candidate]) -> None:
        self.text = text
        self.bounds = Boundaries(text)
        self.cands = cands
        self.by_start: Dict[int, List[Candidate]] = {}
        self.by_end: Dict[int, List[Candidate]] = {}
        by_start, by_end = self.by_start, self.by_end
        for c in cands:  # (setdefault would make an empty list for every candidate)
            at = by_start.get(c.start)
            if at is None:
                by_start[c.start] = [c]
            else:
                at.append(c)
            at = by_end.get(c.end)
            if at is None:
                by_end[c.end] = [c]
            else:
                at.append(c)
        self.ends = sorted(self.by_end)  # for the candidates that end in a stretch of text


_NO_ROWS = Divisions()
Entries = Tuple[Tuple[str, int], ...]
#: How a surface reads as a place: (rule, division rows, full name?, geo kind, also another table's
#: word?, a province or city among the rows?).
Reading = Tuple[str, Divisions, bool, Optional[str], bool, bool]
#: Readings by surface, each with the lexicon entries it was read from (the lexicon's own tuple, the
#: same object at every hit of that surface): the same words on page after page, some 140 hits an
#: article, asked with a dict look-up and an identity test where a cache keyed on the entries
#: hashed them at every hit. A rebuilt lexicon's entries are other objects: read again.
_readings: Dict[str, Tuple[Entries, Reading]] = {}


def _reading(surface: str, entries: Entries) -> Reading:
    """How a lexicon surface reads as a place (:data:`Reading`), kept in :data:`_readings`."""
    got = _readings.get(surface)
    if got is None or got[0] is not entries:
        got = _readings[surface] = (entries, _read(surface, entries))
    return got[1]


def _read(surface: str, entries: Entries) -> Reading:
    """How a lexicon surface reads as a place: (rule, division rows, full name?, geo kind,
    also another table's word?, a province or city among the rows?); rule "" when it is no place at all."""
    tables = {t for t, _ in entries}
    if tables.isdisjoint(_PLACE_TABLES):
        return "", _NO_ROWS, False, None, False, False
    other = bool(tables.intersection(OTHER_TABLES))
    div = lexicon.read_table("divisions").rows
    rows = [row_at(div, i) for t, i in entries if t == "divisions"]  # div[i], without Rows' Python code
    if "province_clipped" in tables:  # 龙江, 内蒙: the province too (language/place_clipped.py)
        rows += clipped_rows(entries)
    full = [r for r in rows if r["name"] == surface]
    geo = [lexicon.read_table(t).rows[i] for t, i in entries if t in _GEO_TABLES]  # (urban_areas: 陆家嘴)
    # a lake or mountain rather than a county's short form (太湖, 西湖), but a province
    # or city rather than a river (黑龙江)
    if geo and not full and not any(r["level"] in ("province", "city") for r in rows):
        if rows and "urban_areas" in tables:  # 三里屯 is also 三里屯街道 of its city: kept for the output
            return "geo_names", urban_division(rows, geo), False, "urban", other, False
        rows = []
    if rows:
        rows = full or rows
        upper = any(r["level"] in ("province", "city") for r in rows)
        return ("gazetteer" if full else "gazetteer.short"), Divisions(rows), bool(full), None, other, upper
    return "geo_names", _NO_ROWS, False, geo[0].get("kind") or None, other, False


@lru_cache(maxsize=2)
def _police_words(collective: bool) -> Tuple[str, ...]:
    """Police-unit words that may follow a place name (from ``police_units.tsv``)."""
    roles = ("head", "branch", "collective") if collective else ("head",)
    rows = lexicon.read_table("police_units").rows
    return tuple(sorted({r["word"] for r in rows if r.get("role") in roles and len(r["word"]) >= 2}))


def _police_after(text: str, pos: int, *, collective: bool = True) -> bool:
    """Whether a police head (派出所, 公安局) or, with ``collective``, a force word (公安) follows."""
    return text.startswith(_police_words(collective), pos)


@lru_cache(maxsize=1)
def _all_police_words() -> Tuple[str, ...]:
    """Every word of ``police_units.tsv`` of two characters or more."""
    return tuple(sorted({r["word"] for r in lexicon.read_table("police_units").rows if len(r.get("word", "")) >= 2}))


def police_word_over(text: str, start: int, end: int) -> bool:
    """Whether a police word longer than ``text[start:end]`` starts at ``start`` (公安 + 厅, 公安 + 机关): the
    short form is that word's opening, not 公安县's (湖北省公安厅, 湖北公安机关)."""
    return any(len(w) > end - start for w in _all_police_words() if text.startswith(w, start))


def _byline_names(doc: Document, index: int) -> List[str]:
    """The people the article's byline names (reporters, correspondents)."""
    byline = doc.articles[index].byline
    return [p.name for p in byline.people if p.name] if byline is not None else []


def _outside_people(text: str, kept: List[Candidate], names: List[str]) -> List[Candidate]:
    """Places that are no part of a person's name where it is written (亚洲 in the reporter 王亚洲,
    泰安 in 车泰安 once the page has shown 车泰安 to be a person)."""
    inside: Set[int] = set()
    for start, end in mentions(text, names):
        inside.update(range(start, end))
    return [c for c in kept if not inside.intersection(range(c.start, c.end))] if inside else kept


def _chain_word(art: ArticleCandidates, c: Candidate) -> bool:
    """Whether the dictionary words across the candidate's edges are chains of places it
    belongs to (jieba has 法国巴黎 as one word: 法国 and 巴黎 are still places)."""
    across = [(ws, we) for ws, we in art.bounds.words_over(c.start, c.end) if ws < c.start < we or ws < c.end < we]
    if not across:
        return False
    for ws, we in across:
        if ws == c.start and any(o.end == we for o in art.by_start.get(c.end, ())):
            continue  # 法国|巴黎
        if we == c.end and any(o.start == ws for o in art.by_end.get(c.start, ())):
            continue  # 法国|巴黎
        return False
    return True


#: What comes right after a person's name and never after a place's: verbs of speech.
_SPEECH = ("说", "表示", "介绍", "告诉", "坦言", "笑着说", "感慨", "回忆说", "解释说")
#: What :func:`_person_around` can find: the first characters of :data:`_SPEECH`, and 岁.
PERSON_CUE_AFTER = frozenset(w[0] for w in _SPEECH)
PERSON_CUE_BEFORE = "岁"


def _person_around(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` (a surname and a name) is framed as a person: an age before
    it (65岁的) or a verb of speech after it."""
    return text.endswith(("岁的", "岁"), 0, start) or text.startswith(_SPEECH, end)


def _inside_sound_run(art: ArticleCandidates, c: Candidate) -> bool:
    """Whether two transliteration characters that no other place owns run on from the
    candidate's start or end (纳沃|伊州, 阿里|波夫; not 美国|纽约, where 纽约 is a place)."""
    text, sounds = art.text, sound_chars()
    start, end = c.start, c.end  # the two characters each side, tested one by one (no generator)
    before = start >= 2 and text[start - 2] in sounds and text[start - 1] in sounds and not art.by_end.get(start)
    after = end + 2 <= len(text) and text[end] in sounds and text[end + 1] in sounds and not art.by_start.get(end)
    # a province standing as a word beside a name by sound locates it (四川|达古冰川, 加密|北京)
    return (before or after) and not (c.row is not None and province_stands(art.bounds, c.start, c.end, c.row["level"]))


def _inside_village_name(art: ArticleCandidates, c: Candidate, surface: str) -> bool:
    """Whether a short form ends a village's name (it is followed by 村 or 屯, or ends in 村) after
    a character that begins the name: no function word, no place ending there."""
    text = art.text
    if not (text.startswith(("村", "屯"), c.end) or surface.endswith("村")) or c.start == 0:
        return False
    before = text[c.start - 1]
    return (
        bool(CJK_CHAR.match(before))
        and before not in STOP_FIRST
        and before not in CLAUSE_STOP
        and not art.by_end.get(c.start)
    )


def _edge(bounds: Boundaries, pos: int, *, only_names: bool = False, after: int = -1) -> bool:
    """Whether a word ends at ``pos``, or only jieba's guess of a person's name runs across it
    (里海|之滨 is cut 里|海之滨, a "name"). With ``only_names``, the guess must be there, and
    start after ``after`` (not 泰山鸿毛, a word over the whole name)."""
    if not only_names and bounds.starts_word(pos):
        return True
    text = bounds.text
    across = [(ws, we) for ws, we in bounds.words_over(pos, pos) if ws < pos < we]
    return bool(across) and all(ws > after and person_word(text[ws:we]) for ws, we in across)


def _elsewhere(text: str, names: Set[str], kept: List[Candidate]) -> List[Candidate]:
    """Other mentions of foreign places the page has read, each not inside a longer run of
    transliteration (努库斯 again, but not in 努库斯坦)."""
    sounds = sound_chars()
    used = SpanIndex((c.start, c.end) for c in kept)
    out: List[Candidate] = []
    for at, end in mentions(text, names):
        if (
            not used.overlaps(at, end)
            and (at == 0 or text[at - 1] not in sounds)
            and (end == len(text) or text[end] not in sounds)
        ):
            out.append(Candidate(at, end, "grammar.foreign", kind="foreign"))
    return out


#: Among spans of one length: gazetteer before grammar before CRF.
_RULE_RANK = {
    "gazetteer": 0,
    "geo_names": 1,
    "gazetteer.short": 2,
    "grammar.area": 3,
    "grammar.road": 3,
    "grammar.zone": 3,
    "grammar.foreign": 3,
    "crf": 4,
    "ner": 4,
}
_by_start = attrgetter("start")


def _choice_order(c: Candidate) -> Tuple[int, int, int]:
    return c.start - c.end, _RULE_RANK.get(c.rule, 5), c.start


def _choose(cands: List[Candidate]) -> List[Candidate]:
    """Non-overlapping candidates: longer spans first, then gazetteer before grammar before CRF,
    then the earlier; in text order (:func:`~baokan.annotators.core.document.non_overlapping`, with
    the rank in one key function)."""
    taken: List[Candidate] = []
    used: Set[int] = set()
    for c in sorted(cands, key=_choice_order):
        cells = range(c.start, c.end)
        if used.isdisjoint(cells):
            used.update(cells)
            taken.append(c)
    taken.sort(key=_by_start)
    return taken


def _choose_more(kept: List[Candidate], more: List[Candidate]) -> List[Candidate]:
    """:func:`_choose` over ``kept`` (chosen already, or some of them) and ``more``: ``kept`` as it
    is when there is nothing more (choosing again among spans that do not overlap keeps them all,
    in the same order)."""
    return _choose(kept + more) if more else list(kept)


def _longer_name(art: ArticleCandidates, c: Candidate) -> bool:
    """Whether jieba's dictionary holds a longer place name that opens with the candidate and that no
    table has (沧浪亭, a garden, in 苏州沧浪亭): the name is that word's, even right after a parent."""
    text = art.text
    if art.by_start.get(c.end):
        return False  # 山西|太原: jieba's longer word is a chain of places
    for ws, we in art.bounds.words_over(c.start, c.end):
        if ws == c.start and we > c.end and place_word(text[ws:we]):
            return not any(o.end == we for o in art.by_start.get(c.start, ()))
    return False


#: Words that make a directional region the first part of a school's name (西南大学, 华东师范大学).
_SCHOOL = ("大学", "学院", "师范", "理工", "财经", "政法", "交通大学", "科技大学", "农业大学", "医科大学")


def _names_a_school(text: str, end: int) -> bool:
    """Whether a school's name goes on after a region (西南|大学): the region is no place there."""
    return text.startswith(_SCHOOL, end)


def _parallel_pair(text: str, start: int, end: int) -> bool:
    """Whether a two-character name is one half of an ABCB pair (金山银山, 东山西山 as a figure of
    speech): the shared second character makes the two halves a phrase, not places; but a police
    head after the name makes it the unit's place (公安|长安|分局: a city's force, its district's branch)."""
    if end - start != 2 or _police_after(text, end, collective=False):
        return False
    after = end + 2 <= len(text) and text[end + 1] == text[end - 1] and bool(CJK_CHAR.match(text[end]))
    before = start >= 2 and text[start - 1] == text[end - 1] and bool(CJK_CHAR.match(text[start - 2]))
    return after or before


def _said_otherwise(art: ArticleCandidates, c: Candidate) -> bool:
    """Whether a county's or township's short form means something else where it stands: an everyday
    word paired with another (和平与稳定, 和平稳定) or quoted on its own (孩子们举着“凤凰”, a figure of
    spun sugar). Asked last, of short forms that everything else speaks for."""
    return everyday_pair(art.bounds, c.start, c.end) or quoted_word(art.text, c.start, c.end)


def _city_in(text: str, row: Dict[str, str], gaz: Gazetteer) -> bool:
    """Whether the article itself names the city of a county (昆明 for 富民), in full or short: a
    page of many articles may name it in another one."""
    city = gaz.by_code.get(gaz.city_of(row["code"]) or "", {})
    return any(name and name in text for name in (city.get("name"), city.get("short")))


def _village_names(text: str, kept: List[Candidate]) -> Set[str]:
    """Names of the villages read by the grammar with the suffix 村 (南福村 → 南福), and of the
    townships the page names in full with 乡 or 镇 (花石乡 → 花石)."""
    out = {
        text[c.start : c.end - 1] for c in kept if c.level == "village" and c.length >= 3 and text[c.end - 1] == "村"
    }
    out.update(
        text[c.start : c.end - 1]
        for c in kept
        if c.full and c.row is not None and c.row["level"] == "township" and c.length >= 3 and text[c.end - 1] in "乡镇"
    )
    return out


#: What follows such a name: a clause stop, or the next preposition of a range (从大湾|到花石).
_AFTER_GOING = frozenset("，。；、,;到至和")
#: Prepositions and verbs of place before a village's or township's name without its level word
#: (从|大湾|到|花石, 回到|大湾).
_GOING = ("从", "到", "在", "来到", "回到", "走进", "赴", "前往", "离开", "走出")


def _village_short_forms(text: str, names: Set[str], kept: List[Candidate]) -> List[Candidate]:
    """Villages the page names with their suffix (南福村), written without it right after the township
    they are in (雁洋镇|南福|金柚基地), and villages and townships the page names in full written
    without their level after a preposition or verb of place, before a clause stop or another
    preposition (从|大湾|到|花石，): ``names`` are the names less 村, 乡 or 镇."""
    ends = {c.end for c in kept}
    used = SpanIndex((c.start, c.end) for c in kept)
    out: List[Candidate] = []
    for at, end in mentions(text, names):
        if text.startswith(("村", "乡", "镇"), end) or used.overlaps(at, end):
            continue
        going = text.endswith(_GOING, 0, at) and (end == len(text) or text[end] in _AFTER_GOING)
        if at in ends or going:
            out.append(Candidate(at, end, "grammar.area", level="village"))
    return out


def _port_of_city(art: ArticleCandidates, c: Candidate) -> bool:
    """Whether a port's name opens with a province or city (广州港, 宁波舟山港)."""
    return any(
        o.end < c.end and any(r["level"] in ("province", "city") for r in o.rows) for o in art.by_start.get(c.start, ())
    )


def _opens_a_name(art: ArticleCandidates, c: Candidate) -> bool:
    """Whether a geographic name is no place of its own where it stands: a port named by its city (广州港,
    where the city is the place), a region that opens a school's name (西南大学), or one that is a
    direction or a strategy's name where it stands (由东北向西南, 成渝地区双城经济圈)."""
    if c.kind == "port":
        return _port_of_city(art, c)
    if landform_opens_area(art.text, c.start, c.end, c.kind or "") or inside_idiom(art.bounds, c.start, c.end):
        return True  # (千山万水: a set phrase)
    return c.kind == "region" and (_names_a_school(art.text, c.end) or region_not_place(art.text, c.start, c.end))
