"""The judging of gazetteer candidates for :class:`baokan.annotators.places.Places`: whether a
division's name or short form, or a geographic name, is a place where it stands, and which
division it means.

A mixin, so that the annotator's page-wide steps (candidates, grammar, CRF, output) and the
judgement of one candidate at a time, the longest part of the work, each fit in one module;
the methods read the page's caches that :meth:`Places.match_page` sets up (``_resolved``,
``_people``).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Dict, FrozenSet, Iterable, Optional, Set, Tuple

from mypy_extensions import mypyc_attr

from baokan.annotators.language import words
from baokan.annotators.language.divisions import Context, Gazetteer
from baokan.annotators.language.foreign_places import sound_chars as sounds
from baokan.annotators.language.place_candidates import (
    PERSON_CUE_AFTER,
    PERSON_CUE_BEFORE,
    ArticleCandidates,
    Candidate,
    _chain_word,
    _city_in,
    _edge,
    _inside_sound_run,
    _inside_village_name,
    _longer_name,
    _opens_a_name,
    _parallel_pair,
    _person_around,
    _police_after,
    _said_otherwise,
    police_word_over,
)
from baokan.annotators.language.place_capitals import is_capital
from baokan.annotators.language.place_clipped import CLIPPED, clipped_sense
from baokan.annotators.language.place_grammar import (
    after_surname,
    counted_name,
    everyday,
    person_word,
    place_word,
    proper_tag,
    wordlike,
)
from baokan.annotators.language.place_lists import unique_city
from baokan.annotators.language.place_nature import glued_shore
from baokan.annotators.language.place_phrases import (
    acts_as_name,
    along_phrase,
    kind_of_place,
    landform_before_site,
    ring_section,
)
from baokan.annotators.language.place_products import counted_goods
from baokan.annotators.language.place_resolve import ancestors_of, codes_of, resolve
from baokan.annotators.language.place_senses import parent_rules
from baokan.annotators.language.place_sound_edges import country_stands
from baokan.annotators.language.place_words import CLAUSE_STOP_RE, Boundaries

#: Prepositions and verbs of place right before a name (从义乌出发, 来到缙云).
_LOCATIVE = ("从", "在", "到", "赴", "抵", "抵达", "来自", "前往", "位于", "途经", "来到", "回到", "走进", "落户")
_NONE: frozenset = frozenset()
#: What makes the name after 在 a person's (在许昌看来): 看来, and the words of speech.
_PERSON_FRAME_AFTER = ("看来", "眼里", "眼中", "心中", "心里", "身上", "说", "表示", "认为")
#: jieba's tags (first letter) of surname characters that are words of their own before a city
#: (从 p, 到 v, 在 p): there they are no surname (从|嘉兴 is a city, not a person 从嘉兴).
_WORD_NOT_SURNAME = frozenset("pvcd")
#: Kinds of geographic name that are names wherever jieba counts them as words (外滩, 西单: urban).
_NAMED_KINDS = frozenset(("country", "urban"))
#: How far back (characters, within a clause) a parent place helps to pick a division.
NEARBY = 16


@mypyc_attr(native_class=False)  # the places annotator, a decorated (so plain) class, is made from it
class PlaceJudging:
    """The judgement of one gazetteer or geographic-name candidate, in its article and page."""

    _resolved: Dict[Tuple[str, bool, Context, frozenset], Tuple[Dict[str, str], bool, int]]
    _people: Set[str]

    def _judge(self, c: Candidate, art: ArticleCandidates, context: Context, gaz: Gazetteer) -> None:
        bounds, text = art.bounds, art.text
        start, end = c.start, c.end  # (read once: a Struct's fields cost a look-up each in compiled code)
        surface = text[start:end]
        length = end - start
        if c.rule == "geo_names":  # 长江, 东北, 江南: a word of their own (judged once, from not accepted)
            if length == 2 and _inside_sound_run(art, c) and not country_stands(bounds, start, end, c.kind, sounds()):
                return  # (挪威|哈罗格兰德大桥: a country that stands as a word opens the run)
            if ring_section(text, end):
                return  # 东北|二环: a section of a ring road
            if (
                length == 2 and c.kind not in _NAMED_KINDS and everyday(surface)
            ):  # 果敢 (英勇果敢): only right after a place (缅甸果敢)
                ok = any(o.rule in parent_rules(c.kind) for o in art.by_end.get(start, ()))  # not 遂宁|万象汇
            elif not bounds.hidden(start, end) or _chain_word(art, c):
                ok = length >= 3 or _chain_word(art, c) or bounds.starts_word(start) and _edge(bounds, end)
            else:
                ok = (length >= 3 or bounds.starts_word(start)) and (
                    _edge(bounds, end, only_names=True, after=start)
                    or glued_shore(art.text, end, c.kind or "")
                    or region_word(bounds, start, end)
                )  # (洞庭湖|畔, one word for jieba)
            # 广州港 (the city is the place; a port's name is neutral), 西南大学: asked last, of the names
            # all else speaks for (it looks up the idioms around a name, 千山万水)
            if ok and not _opens_a_name(art, c):
                c.accepted = ok
            return
        nearby = _nearby(c, art) if len(c.rows) > 1 else _NONE
        # the context itself, not its id(): a round's context may be freed once its last candidate is
        # judged (compiled code frees it as soon as it is dead) and the next one take its address
        key = (surface, c.full, context, nearby)
        found = self._resolved.get(key)
        if found is None:
            found = self._resolved[key] = resolve(c, surface, context, gaz, nearby)
        best, resolved, ctx = found
        if length == 2 and surface in CLIPPED and not c.full:  # 龙江, 内蒙: clipped province names
            found = clipped_sense(surface, start, end, bounds, c.rows, found, context, nearby, gaz)
            if found is None:
                return
            best, resolved, ctx = found
        c.row, c.resolved = best, resolved
        level = best["level"]
        # most candidates have no neighbour: nothing to look up
        near = (start in art.by_end or end in art.by_start) and _near_relative(c, best, art, gaz)
        if c.full:
            if surface.endswith("港区") and art.text.endswith("港", 0, start) and not near:
                return  # 盐田港|东港区: a port's area, not the district of that name elsewhere
            if length >= 4:
                c.accepted = True
            elif length == 3:  # 永安市 in 永安市场 is no city; 中心镇 is a kind of town
                c.accepted = near or (
                    not bounds.hidden(start, end)
                    and (ctx >= 2 or not kind_of_place(surface, level) or acts_as_name(bounds, start, end))
                )  # 桃花镇|积极配合: a town that acts is named, not a kind of town
            else:  # 和县, 沛县: two characters, only among places of their own area or before its police;
                # 矿区 (a district's full name) is also a common noun: its own city on the page
                enough = 2 if everyday(surface) else 1
                c.accepted = (near or ctx >= enough or _police_after(art.text, end)) and not bounds.hidden(start, end)
            return
        # a short form: first whether anything speaks for it, then whether a word hides it
        if (
            not near
            and start > 0
            and (
                text[end : end + 1] in PERSON_CUE_AFTER
                or PERSON_CUE_BEFORE in text[start - 3 if start > 3 else 0 : start]
            )
            and _person_around(text, start - 1, end)  # (only where one of its cues stands)
            and after_surname(bounds, start)
        ):
            self._people.add(art.text[start - 1 : end])
            return  # 65岁的车|泰安, 王|黄山说: a person's name, by what surrounds it
        if level == "township" and not near and ctx < 2 and not c.accepted:
            return  # refused whatever follows finds (most township short forms stop here)
        if level in ("county", "township") and not near and _parallel_pair(art.text, start, end):
            return  # 金山银山: a figure of speech
        common = everyday(surface)
        if (
            level != "province"
            and not near
            and (common or c.other_word or person_word(surface))
            and after_surname(bounds, start)
            and not unique_city(c)  # 从|张家界: no surname before a three-character city
            and not (level in ("city", "county") and words.word_tag(text[start - 1])[:1] in _WORD_NOT_SURNAME)
        ):  # 从|嘉兴, 从|炎陵: a preposition, not a surname
            return  # 赵红旗 is a reporter, not 新乡's 红旗区
        if c.other_word:  # 公安 is 公安县's short form, 铁路 a township's: only beside a parent
            ok = near and not police_word_over(art.text, c.start, c.end)  # not 湖北省 + 公安厅
            # 湖北 + 公安 + 共抓获: a place's force (X公安, docs/labels.md); the county after a place is 公安县
            ok = ok and not (start in art.by_end and _police_after(art.text, start))
        elif level == "province":
            ok = True
        elif level == "city":
            # 阿里 (nrt), not 杭州: a city's fame makes it frequent, a person's name or a company word tags it
            ok = not (common or wordlike(surface, famous_ok=True)) or near or ctx >= 1 or unique_city(c)
            ok = ok or is_capital(best)  # 冬日的拉萨 (nrt), 来到银川: a capital needs no province
            # 从嘉兴出发, 到金华: a preposition of place speaks for a city jieba tags as a name (嘉兴 nr)
            ok = ok or (
                not common
                and art.text.endswith(_LOCATIVE, 0, start)
                and not art.text.startswith(_PERSON_FRAME_AFTER, end)  # 在许昌看来: a person's view
            )
            ok = ok or bool(common) and rare_word_placed(bounds, start, end)  # 从铜仁出发 (铜仁 n, a rare word)
        elif level == "county":
            if common:  # 平安, 合作, 大方, 富民: their own city in the article, or a parent beside them;
                # one that jieba counts as a rare word only (康定 n, 龙游 n) also after a preposition of place
                ok = near or ctx >= 2 and _city_in(art.text, best, gaz)
                ok = ok or not counted_name(surface) and rare_word_placed(bounds, start, end)  # 从康定出发
            elif wordlike(surface) or counted_name(surface):  # 江山, 博爱, 新建, 三江: words too, so
                # their own city on the page
                ok = near or ctx >= 2 or _police_after(art.text, end)
            else:  # 诸暨, 义乌: their province on the page, a police unit after them, jieba's word, or
                # jieba's place name after a preposition of place (从义乌出发)
                ok = (
                    near
                    or ctx >= 1
                    or (bool(resolved) or length >= 3)
                    and (place_word(surface) or length >= 4 and len(c.rows) == 1)  # 霍尔果斯 (nrt)
                    or _police_after(art.text, end)
                    or (proper_tag(surface) != "" and art.text.endswith(_LOCATIVE, 0, start))
                ) and (near or ctx >= 1 or not along_phrase(text, start, end))  # 沿河|乡镇: along the river
            # 清流县 ... 清流特色: a county the article names in full stands for itself in its short form
            ok = ok or named_in_full(text, best, surface) or own_county(text, surface, len(c.rows))
        else:  # township short forms are everyday words by the thousand: 幸福, 和平, 新华; one that is
            # no word at all stands for the township the page names in full (尕让乡 ... 尕让河)
            ok = near or ctx >= 2 and _police_after(art.text, end, collective=False)
            ok = ok or ctx >= 3 and not words.freq(surface) and length >= 2
        # 纳沃|伊州, 阿里|波夫: a piece of a longer transliterated name; 毛皂镇柳|东营|村,
        # 新阮店乡万|马村: part of a village's name, not the city (character tests, asked before the word window)
        c.accepted = (
            ok
            and not _inside_sound_run(art, c)
            and (not _inside_village_name(art, c, surface))
            and (near and not _longer_name(art, c) or not bounds.hidden(start, end))
            and not (level in ("county", "township") and not near and _said_otherwise(art, c))  # 和平与稳定
            and (near or not counted_goods(text, start))  # 两瓶|茅台, 几盒|龙井: a product of the place
            and not text.endswith("周年", 0, start)  # 成立70周年|大庆: the celebration, not the city
            and not (not near and landform_before_site(bounds, start, end, start in art.by_end))
        )  # 白|佛山|公园: a mountain one character longer names the park


# (functions, not methods: the annotator's class is a plain Python class, whose method calls cost more)


#: Generic heads jieba glues to a region's or a country's name in one word (中亚国家, 东南亚地区).
REGION_HEADS = frozenset({"国家", "地区", "各国", "区域"})


def region_word(bounds: Boundaries, start: int, end: int) -> bool:
    """Whether the word that hides the name ``start:end`` is that name and a generic head
    (中亚 + 国家, 中亚 + 地区): the name stands as a place inside it."""
    text = bounds.text
    return any(ws == start and text[end:we] in REGION_HEADS for ws, we in bounds.words_over(start, end))


def named_in_full(text: str, row: Dict[str, str], surface: str) -> bool:
    """Whether the article ``text`` names the division of ``row`` in full (清流县), its short form
    ``surface`` one of the full name's own (清流 of 清流县, not a county of another name)."""
    name = row.get("name", "")
    return len(name) > len(surface) and name.startswith(surface) and name in text


#: How a county's own paper speaks of its county (我县的…, 全县): its short form is that county.
_OWN_COUNTY = ("我县", "全县", "本县")
#: jieba frequency below which a county's short form is too rare a word to be read as anything else.
_RARE_WORD = 100


def own_county(text: str, surface: str, rows: int) -> bool:
    """Whether the article ``text`` is a county paper's (我县, 全县) and ``surface`` the short form of one county
    only that is no common word (普定, 始兴): a county paper names its own county by its short form alone."""
    return rows == 1 and words.freq(surface) < _RARE_WORD and any(w in text for w in _OWN_COUNTY)


#: Locative words after a name that make it a spot something is on, under or in (在樟树下, 到天台上).
_SPOT_AFTER = ("上", "下", "里", "旁", "边", "内", "外")
#: The prepositions and verbs of a journey (from, to, via): where a rare word is a place. Not 在 or 位于, which
#: stand before the everyday nouns these words also are (在天台晒被子, 在大厂工作, 在民乐声中).
_JOURNEY = ("从", "到", "赴", "抵", "抵达", "来自", "前往", "途经", "来到", "回到")


def rare_word_placed(bounds: Boundaries, start: int, end: int) -> bool:
    """Whether a city's or county's short form that jieba's dictionary counts as a common word, but a
    rare one (铜仁 n, 康定 n: tagged so, written as places; not 平安 or 合作), stands where a place
    does: right after a preposition or verb of a journey and before no noun (从康定出发, 来到铜仁。, 抵达康定后;
    not 在左权将军写给…, the general the county is named after), no locative of a spot (在樟树下, 到天台上:
    a tree, a roof) and no person's frame (在许昌看来)."""
    text = bounds.text
    if words.freq(text[start:end]) >= _RARE_WORD or not text.endswith(_JOURNEY, 0, start):
        return False
    if text.startswith(_PERSON_FRAME_AFTER, end):
        return False
    word = bounds.first_word(end, end + 8)
    if word is None:
        return text[end : end + 1] not in _SPOT_AFTER and not words.word_tag(text[end : end + 1]).startswith("n")
    return not words.word_tag(text[word[0] : word[1]]).startswith("n")


def _nearby(c: Candidate, art: ArticleCandidates) -> frozenset:
    """Codes of the places named shortly before ``c`` in its clause (福州市公安局|鼓楼分局)."""
    codes = set()
    text, ends, by_end = art.text, art.ends, art.by_end
    for k in range(bisect_left(ends, c.start - NEARBY), bisect_right(ends, c.start)):  # ends in the stretch
        for o in by_end[ends[k]]:
            if o.row is not None and (o.resolved or o.full and len(o.rows) == 1):
                if CLAUSE_STOP_RE.search(text, o.end, c.start) is None:  # no clause stop between
                    codes.add(o.row["code"])
    return frozenset(codes) if codes else _NONE  # (most have none: no new empty frozenset)


def _near_relative(c: Candidate, row: Dict[str, str], art: ArticleCandidates, gaz: Gazetteer) -> bool:
    """A parent right before (嘉善魏塘, 浙江嘉善) or a child right after (嘉善魏塘 for 嘉善).

    A township needs its county or city before it, not only its province (but 北京 is both).
    """
    before, after = art.by_end.get(c.start, ()), art.by_start.get(c.end, ())
    if not before and not after:  # most candidates have no neighbour: nothing to look up
        return False
    code = row["code"]
    if before:
        if row["level"] == "township":
            city = gaz.city_of(code) if not everyday(art.text[c.start : c.end]) else None  # not 重庆|青年
            anc: Iterable[str] = _township_parents(gaz, code, city)
        else:
            anc = gaz.ancestors(code)  # (a tuple of a few codes: no set made for one test)
        for o in before:
            if o.rows and not codes_of(o.rows).isdisjoint(anc):
                return True
    for o in after:
        if o.rows and code in ancestors_of(o.rows, gaz):
            return True
    return False


_parents: Dict[Tuple[str, Optional[str]], FrozenSet[str]] = {}


def _township_parents(gaz: Gazetteer, code: str, city: Optional[str]) -> FrozenSet[str]:
    """The divisions above township ``code`` that locate it when written just before it: all but a
    province, unless the province is ``city`` (北京), kept per code and city."""
    found = _parents.get((code, city))
    if found is None:
        found = _parents[(code, city)] = frozenset(
            a for a in gaz.ancestors(code) if a == city or gaz.level(a) != "province"
        )
    return found
