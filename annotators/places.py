"""``places``: administrative divisions, townships, villages, roads and geographic names.

Candidates come from four sources, and one choice among overlapping ones:

1. The divisions gazetteer (``divisions.tsv``) through the shared automaton: full
   names (杭州市, 钦堂乡) and the short forms people write (杭州, 新疆).
2. A grammar for names no table holds: villages, communities, townships and
   streets (大溪边村, 娄山关街道, 加守屯), old towns and new villages (荆州古城,
   长兴新村), roads (G330国道, 杭甬高速, 延安路, 建设三路), zones (郑州|经开区,
   涪陵高新区), rivers and mountains (浏阳河, 夹金山), and foreign places written by
   sound after their country (乌兹别克斯坦西部努库斯), then known on the whole page.
3. Geographic names (``geo_names.tsv``): rivers, mountains, regions, countries.
4. Optionally the character CRF (:mod:`baokan.annotators.language.crf`) for places that
   neither the tables nor the grammar know; it never overrides them.

A name that is also an everyday word, or that only sits inside a longer word
(平安 in 平安浙江 is Qinghai's 平安区 by the table; 共和 in 共和国), is kept only
with evidence: jieba's word boundaries, the place written next to its parent
(嘉善魏塘), a police unit after it (魏塘派出所), or other places of the same
province or city on the page. The same evidence picks the division a short or
repeated name means (鼓楼区 is in four cities; 朝阳 is a city and two districts).
"""

from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache
from typing import Any, Dict, FrozenSet, Iterable, List, Optional, Sequence, Set, Tuple

from baokan.annotators.core import lexicon
from baokan.annotators.core.document import Document, SpanIndex, add_entities
from baokan.annotators.core.registry import Option, annotator
from baokan.annotators.language.deputy_lists import names_among_places
from baokan.annotators.language.divisions import Context, gazetteer
from baokan.annotators.language.foreign_places import find_foreign, find_landforms, named_after_country
from baokan.annotators.language.place_body_villages import body_villages
from baokan.annotators.language.place_candidates import (
    OTHER_TABLES,
    ArticleCandidates,
    Candidate,
    _byline_names,
    _choose,
    _choose_more,
    _elsewhere,
    _outside_people,
    _reading,
    _readings,
    _village_names,
    _village_short_forms,
)
from baokan.annotators.language.place_coded_roads import coded_roads
from baokan.annotators.language.place_districts import find_districts
from baokan.annotators.language.place_extra import second_looks
from baokan.annotators.language.place_grammar import (
    CJK_CHAR,
    STOP_FIRST,
    Boundaries,
    deictic,
    everyday,
    find_areas,
    name_proper,
)
from baokan.annotators.language.place_judging import PlaceJudging
from baokan.annotators.language.place_landforms import find_landforms_cued
from baokan.annotators.language.place_list_kin import find_list_kin
from baokan.annotators.language.place_lists import vouch_lists
from baokan.annotators.language.place_loess import find_loess
from baokan.annotators.language.place_minority_items import minority_items
from baokan.annotators.language.place_mountain_roads import mountain_roads
from baokan.annotators.language.place_refine import (
    REPEATED_KINDS,
    find_crossings,
    find_street_ranges,
    repeated,
)
from baokan.annotators.language.place_road_words import drop_road_words
from baokan.annotators.language.place_roads import find_roads
from baokan.annotators.language.place_seats import county_edges
from baokan.annotators.language.place_siblings import vouch_siblings
from baokan.annotators.language.place_streets import find_streets
from baokan.annotators.language.place_village_words import drop_village_words
from baokan.annotators.language.place_villages import find_cued_villages, village_cues
from baokan.annotators.language.place_zones import find_zones

# ---------------------------------------------------------------- the annotator


@annotator(
    "places",
    version="2",
    assigns=["entities.place"],
    requires=["articles"],
    after=["entities.candidates"],
    default=True,
    options=[
        Option("use_crf", bool, False, "Also tag places that only the character CRF finds."),
        Option("crf_max_chars", int, 100_000, "Articles longer than this skip the CRF (slow on books)."),
        Option(
            "crf_gate",
            float,
            None,
            "Evidence a clause needs before the CRF tags it (None: 2.5); higher is faster and finds fewer.",
        ),
    ],
)
class Places(PlaceJudging):
    """Places: divisions from the gazetteer, grammar names, geographic names and CRF guesses.

    Args:
        use_crf (bool): Also tag places that only the character CRF finds, when its model
            is installed and no NER annotator ran. Defaults to False: on real People's Daily
            pages with entity gold the CRF lowered place precision and did not raise recall,
            and it costs about 40% of the pipeline's time.
        crf_max_chars (int): Longer articles (a whole book on one corpus line) skip the
            CRF, which tags about 90,000 characters a second. Defaults to 100,000.
        crf_gate (Optional[float]): How much evidence of a place outside the tables a clause
            needs before the CRF tags it (:func:`baokan.annotators.language.crf.tag`): higher is
            faster and finds fewer places; 0 tags every clause. Defaults to None
            (``crf.GATE``, 2.5).
    """

    def __init__(
        self, *, use_crf: bool = False, crf_max_chars: int = 100_000, crf_gate: Optional[float] = None
    ) -> None:
        self.use_crf = use_crf
        self.crf_max_chars = crf_max_chars
        self.crf_gate = crf_gate

    def __call__(self, doc: Document) -> Document:
        for index in range(len(doc.articles)):
            self.set_annotations(doc, index, self.match(doc, index))
        doc.scratch.pop("places", None)
        return doc

    # -- matching

    def match(self, doc: Document, index: int) -> List[Candidate]:
        """Accepted place candidates of article ``index``. The page is judged as a whole (what it
        names in full is the context of its short names), once, at the first article asked."""
        page = doc.scratch.get("places")
        if page is None:
            page = doc.scratch["places"] = self.match_page(doc)
        return page[index]

    def match_page(self, doc: Document) -> List[List[Candidate]]:
        """Accepted place candidates of each article."""
        gaz = gazetteer()
        self._resolved: Dict[Tuple[str, bool, Context, frozenset], Tuple[Dict[str, str], bool, int]] = {}
        self._people: Set[str] = set()  # surname + short form that the page shows to be a person (车泰安)
        arts = [ArticleCandidates(a.text, self._lexicon_candidates(doc, i)) for i, a in enumerate(doc.articles)]
        # first the paper's province; then whatever the page names in full, and its province
        # and city short forms, are the context for the short and repeated names
        paper = self._paper_context(doc)
        context = Context(paper)
        for round in range(2):
            for art in arts:
                for c in art.cands:
                    if round or c.full or c.upper:  # a province or a city among its rows
                        self._judge(c, art, context, gaz)
            context = self._context_of(((art.text, c) for art in arts for c in art.cands if c.accepted), paper)
        # a township's short form where the page names the town in full (苏溪镇 ... 苏溪), judged again in the
        # context the second round made: a town of two provinces found its province there
        towns = {
            short
            for art in arts
            for c in art.cands
            if c.accepted and c.full and c.row is not None and c.row["level"] == "township"
            for short in (c.row.get("short") or "").split(",")
        }
        for art in arts:
            for c in art.cands if towns else ():
                if not c.accepted and not c.full and art.text[c.start : c.end] in towns:
                    self._judge(c, art, context, gaz)
        vouch_siblings(arts)  # 苏州、南京、合肥等城市, 兰考人民: cities and counties their neighbours vouch for
        vouch_lists(arts)  # 甲、乙等乡镇, 平南镇、天水郡: short forms their neighbours vouch for
        out: List[List[Candidate]] = []
        for i, art in enumerate(arts):
            kept = _choose([c for c in art.cands if c.accepted])
            kept = _choose_more(kept, self._grammar(art.bounds, kept, village_cues(doc.lexicon_hits(i))))
            kept = _choose_more(kept, self._foreign(art, kept))
            out.append(minority_items(art.text, kept))  # 白音 + 乌拉苏木, 巴音 + 都兰: one longer name
        # 甲、乙、丙等地: a list's known places vouch for its other names (the page's places: 青石镇 for 青石)
        page_names = frozenset(a.text[c.start : c.end] for a, kept in zip(arts, out) for c in kept)
        for i, art in enumerate(arts):
            known = [(c.start, c.end) for c in out[i]]
            tails = [(c.start, c.end) for c in out[i] if c.full and c.row is not None and c.row["level"] == "township"]
            more, refused = find_list_kin(art.bounds, known, page_names, tails)  # and 小|黄庄乡: an old name
            if refused:  # 阿里、腾讯等公司, 宁德|时代: a list of firms
                firms = sorted(refused)
                out[i] = [c for c in out[i] if c.full or not _inside(firms, c)]
            out[i] = _choose_more(out[i], more)
        # a foreign place read after its country is a place wherever else the page names it (努库斯)
        foreign = {a.text[c.start : c.end] for a, kept in zip(arts, out) for c in kept if c.kind == "foreign"}
        # a village read with its suffix (南福村) is a place without it after its township (雁洋镇南福)
        villages = {n for a, kept in zip(arts, out) for n in _village_names(a.text, kept)}
        # a street or river read once is that place wherever else the page names it (牛栏江)
        again = {
            a.text[c.start : c.end]: c.kind for a, kept in zip(arts, out) for c in kept if c.kind in REPEATED_KINDS
        }
        for i, art in enumerate(arts):
            kept = out[i]
            if again:
                kept = _choose_more(kept, repeated(art.bounds, again, [(c.start, c.end) for c in kept]))
            if foreign:
                kept = _choose_more(kept, _elsewhere(art.text, foreign, kept))
            if villages:
                kept = _choose_more(kept, _village_short_forms(art.text, villages, kept))
            kept = _outside_people(art.text, kept, _byline_names(doc, i) + sorted(self._people))
            dropped = set(names_among_places(art.text, [(c.start, c.end) for c in kept]))  # 甲、临江、乙等代表
            dropped.update((c.start, c.end) for c in kept if _ends_in_rank(art.text, c))  # 某某|关中|队: 某某关 + 中队
            kept = [c for c in kept if (c.start, c.end) not in dropped] if dropped else kept
            kept = county_edges(art.text, kept)  # 某县 + 城, 路段 + 和县公安局, 中心城区 + 五一路
            out[i] = _choose_more(kept, self._statistical(doc, i, art, kept))
        return out

    @staticmethod
    def _foreign(art: ArticleCandidates, kept: List[Candidate]) -> List[Candidate]:
        """Places written by sound right after their country (乌兹别克斯坦西部努库斯)."""
        countries = [(c.start, c.end) for c in kept if c.kind == "country" and art.text[c.start : c.end] != "中国"]
        found = find_foreign(art.text, countries) if countries else []
        found += find_landforms(art.text)  # 图尔马莱山口: a landform vouches for a name by sound
        found += named_after_country(art.bounds, [(c.start, c.end) for c in art.cands if c.kind == "country"])
        return [Candidate(g.start, g.end, "grammar.foreign", kind="foreign") for g in found]

    def _lexicon_candidates(self, doc: Document, index: int) -> List[Candidate]:
        cands: List[Candidate] = []
        append, readings = cands.append, _readings
        hits = doc.lexicon_hits(index)
        for start, end, surface, entries in hits:  # (a Hit is a tuple)
            got = readings.get(surface)  # _reading, its look-up written out: every hit asks
            reading = got[1] if got is not None and got[0] is entries else _reading(surface, entries)
            if reading[0]:
                rule, rows, full, kind, other, upper = reading
                append(Candidate(start, end, rule, rows, full, None, kind, None, other, upper))  # (in field order)
        if any(c.kind == "country" for c in cands):
            cands = _outside_slogans(cands, hits)
        return cands

    def _paper_context(self, doc: Document) -> Set[str]:
        """Divisions the paper is from (浙江日报 → 浙江省), when the page header names it."""
        paper = getattr(doc.page, "paper", None) if doc.page is not None else None
        if not paper:
            return set()
        codes: Set[str] = set()
        for hit in lexicon.lexicon().find(paper):
            for r in hit.rows("divisions") if hit.has("divisions") else []:
                if r["level"] in ("province", "city"):
                    codes.add(r["code"])
        return codes | {a for c in codes for a in gazetteer().ancestors(c)}

    def _context_of(self, found: Iterable[Tuple[str, Candidate]], base: Set[str]) -> Context:
        """The divisions the page names in full or as a province or city, with their ancestors
        (and ``base``, the paper's); county and township short forms follow the context, they
        do not make it."""
        gaz = gazetteer()
        context = Context(base)
        added: Set[Tuple[str, str]] = set()  # a place named again adds nothing new (北京 on every line)
        for text, c in found:
            row = c.row
            if row is None or not c.resolved:
                continue
            if c.full or row["level"] in ("province", "city"):
                code, surface = row["code"], text[c.start : c.end]
                if (surface, code) not in added:
                    added.add((surface, code))
                    context.add(surface, (code,) + gaz.ancestors(code))
        return context

    # -- judging gazetteer candidates: :class:`~baokan.annotators.language.place_judging.PlaceJudging`

    # -- grammar

    def _grammar(self, bounds: Boundaries, kept: List[Candidate], cues: List[Tuple[int, int, str]]) -> List[Candidate]:
        """Villages, townships, streets and roads that the tables do not hold (``cues``: where the
        verbs that a village's name follows end, :func:`~.place_villages.village_cues`)."""
        spans = [(c.start, c.end) for c in kept]
        by_start = {c.start: c for c in kept}
        out: List[Candidate] = []
        found = find_areas(bounds, spans) + find_roads(bounds, spans, _is_place) + find_zones(bounds, spans)
        found += find_landforms_cued(bounds, spans) + find_streets(bounds, spans) + find_crossings(bounds, spans, found)
        found += find_cued_villages(bounds, spans, cues)  # 来到|李家庄, 与|李化庄|接壤
        found += find_loess(bounds, spans)  # 灞桥|白鹿塬, 蓝田|库峪, 到|某某沟
        found += coded_roads(bounds, found) + find_districts(
            bounds, spans
        )  # 靠近|某某商圈: a business district named after its neighbourhood
        # second looks (not 民宿村, 绕行|太榆路), then 道山路旁, 甲河、乙河等河流 and 甲路至乙路, 宗泽路—城中北路
        found += mountain_roads(bounds.text, spans, found)  # 贺兰山 + 路: not the word 山路
        found += body_villages(bounds, spans, [(g.start, g.end) for g in found if g.kind is None])  # 某镇 + 二都村
        found = second_looks(bounds, found, spans)  # and 甲村、乙村, 淮金路上; not 联百乡结千村, 壮大村级
        found += find_street_ranges(bounds, spans, found)
        found = drop_road_words(bounds.text, found)  # 群众的致富路, 分局|御路口派出所
        found = drop_village_words(bounds.text, found)  # 村街|村委会, 村史|村志
        for g in found:
            anchor = by_start.get(g.anchor) if g.anchor is not None else None
            parent = None
            if anchor is not None and anchor.row is not None and (anchor.resolved or anchor.full):
                parent = anchor.row["name"]
            rule = "grammar.road" if g.kind == "road" else "grammar.area"
            if g.kind in ("zone", "river", "mountain", "lake", "landform"):
                rule = "grammar.zone"
            out.append(Candidate(g.start, g.end, rule, level=g.level, kind=g.kind, parent=parent))
        return out

    # -- CRF

    def _statistical(self, doc: Document, index: int, art: ArticleCandidates, kept: List[Candidate]) -> List[Candidate]:
        """Places only a statistical tagger finds: the NER candidates layer when a model
        annotator made one, else the character CRF (on articles up to ``crf_max_chars``)."""
        text = art.text
        ner = "entities.candidates" in doc.layers
        if not ner and not (self.use_crf and len(text) <= self.crf_max_chars):
            return []
        # the tables speak first: 平安 in 平安河南 was weighed and refused; 公安厅 ends a unit name
        other = [h for h in doc.lexicon_hits(index) if any(h.has(t) for t in OTHER_TABLES)]
        if ner:
            spans = [(c.start, c.end) for c in getattr(doc, "candidates", {}).get(index, ()) if c.label == "place"]
            rule = "ner"
        else:
            # a span over a kept place or another table's word is refused below, so the CRF
            # need not tag the clauses where it could only find those
            known = [(c.start, c.end) for c in kept] + [(h.start, h.end) for h in other]
            from baokan.annotators.language import crf  # only when asked for: it costs a start-up

            tagged = crf.place_spans(text, known, self.crf_gate)
            if tagged is None:  # no model installed: the tables alone
                self.use_crf, spans = False, []
            else:
                spans = tagged
            rule = "crf"
        bounds = art.bounds
        used = {i for c in kept for i in range(c.start, c.end)}
        refused = {text[c.start : c.end] for c in art.cands if not c.accepted}
        byline = doc.articles[index].byline
        if byline is not None:  # the reporters: a name the byline gives a person is no place (苏亚)
            refused.update(p.name for p in byline.people)
        kept_ends = {c.end for c in kept}
        other_spans = SpanIndex((h.start, h.end) for h in other)
        out: List[Candidate] = []
        for s, e in spans:
            surface = text[s:e]
            if e - s < 2 or e - s > 12 or any(i in used for i in range(s, e)) or surface in refused:
                continue
            if not CJK_CHAR.match(surface[0]) or surface[0] in STOP_FIRST or deictic(surface) or everyday(surface):
                continue
            if s in kept_ends or bounds.hidden(s, e) or not bounds.starts_word(s) or not name_proper(bounds, s, e):
                continue  # 积水路口, 城区多处路段: descriptions
            if other_spans.overlaps(s, e):
                continue
            out.append(Candidate(s, e, rule))
        return out

    # -- output

    def set_annotations(self, doc: Document, index: int, found: List[Candidate]) -> None:
        gaz = gazetteer()
        article = doc.articles[index]
        spans: List[Tuple[int, int, str, Dict[str, Any]]] = []
        for c in found:
            attrs: Dict[str, Any] = {}
            row = c.row
            if row is not None:
                if c.resolved:
                    attrs["full_name"], attrs["level"], attrs["code"] = row["name"], row["level"], row["code"]
                    attrs["parent"] = gaz.parent_name(row["code"])
                else:  # (the rows' names and levels only where no one row was chosen)
                    attrs["full_name"] = row["name"] if len({r["name"] for r in c.rows}) == 1 else None
                    attrs["level"] = row["level"] if len({r["level"] for r in c.rows}) == 1 else None
            elif c.kind == "urban" and c.rows:  # 三里屯: the 三里屯街道 of its city, as the table knows it
                row = c.rows[0]
                attrs.update(full_name=row["name"], level=row["level"], code=row["code"])
                attrs["parent"] = gaz.parent_name(row["code"])
            else:
                attrs.update(level=c.level, parent=c.parent, kind=c.kind)
            spans.append((c.start, c.end, f"places.{c.rule}", attrs))
        add_entities(article, "place", spans)


@lru_cache(maxsize=1)
def _ranks() -> FrozenSet[str]:
    """The police ranks of two characters in ``police_units.tsv`` (中队, 大队, 支队)."""
    rows = lexicon.read_table("police_units").rows
    return frozenset(r["word"] for r in rows if r.get("role") == "rank" and len(r.get("word") or "") == 2)


def _ends_in_rank(text: str, c: Candidate) -> bool:
    """Whether the place's last character opens a police rank that runs on past it (某 + 关中 + 队: the
    rank 中队 of a squad named 某关): a place never ends inside the word of a unit's rank."""
    return c.end - c.start >= 2 and text[c.end - 1 : c.end + 1] in _ranks()


def _outside_slogans(cands: List[Candidate], hits: Sequence[Any]) -> List[Candidate]:
    """``cands`` less the country names that only sit inside a longer slogan of the lexicon (中国 in
    平安中国, 健康中国, 中国式现代化): a fixed term, not a mention of the country (docs/labels.md)."""
    spans = sorted((h[0], h[1]) for h in hits if _of_table(h[3], "slogans"))
    if not spans:
        return cands
    starts = [s for s, _ in spans]

    def inside(c: Candidate) -> bool:
        hi = bisect_right(starts, c.start)  # the slogans that open at or before the name: the last few
        return any(e >= c.end and e - s > c.length for s, e in spans[max(0, hi - 8) : hi])

    return [c for c in cands if c.kind != "country" or not inside(c)]


def _of_table(entries: Sequence[Tuple[str, int]], table: str) -> bool:
    """Whether a hit's ``entries`` hold a row of ``table``: ``Hit.has``, asked here, as a compiled
    loop, for every hit of an article that names a country."""
    for name, _ in entries:
        if name == table:
            return True
    return False


def _inside(spans: Sequence[Tuple[int, int]], c: Candidate) -> bool:
    """Whether ``c`` lies inside one of ``spans`` (sorted, not overlapping)."""
    k = bisect_right(spans, (c.start, _NO_END)) - 1  # the last span that opens at or before c
    return k >= 0 and spans[k][1] >= c.end


#: An end past any text's: (start, _NO_END) sorts after every span that opens at ``start``.
_NO_END = 1 << 62


def _is_place(name: str) -> bool:
    """Whether a road's name is a place's (延安 in 延安路; not 振兴 or 幸福, townships' short forms)."""
    for table, i in lexicon.lexicon().lookup(name):
        if table == "geo_names":
            return True
        if table == "divisions":
            row = lexicon.read_table("divisions").rows[i]
            if (
                row["name"] == name
                or row["level"] in ("province", "city")
                or (row["level"] == "county" and not everyday(name))
            ):
                return True
    return False
