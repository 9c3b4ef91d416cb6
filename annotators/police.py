"""``police``: named public-security bodies, chains of units, and the force of a place.

A unit is an optional chain of places followed by a chain of links (the words
come from ``police_units.tsv``, read through the shared automaton):

- a head: 公安部, 公安厅, 公安局, 分局, 派出所, 边检站, 看守所, 交警支队 …
- a branch and a rank or head: 特警 + 支队, 铁路 + 公安处;
- a sub-unit and a rank: 特战 + 大队;
- inside a chain, any short name and a rank or head: 西湖 + 分局, 直属二 + 大队;
- alone, a short name and a station: 魏塘 + 派出所, 北山街 + 派出所.

``西藏自治区日喀则市公安局特警支队特战大队`` is one entity, as written, with
``kind`` (its last unit), ``place`` (the place chain) and ``parents`` (the links
above the last). A place followed by a collective word is the force of that
place (浙江公安, 杭州警方). Nothing is a unit when a word that makes it something
else follows or overlaps its end: a meeting (全省公安工作会议), a slogan (公安大脑),
a field of work (浙江公安工作).
"""

from __future__ import annotations

from functools import partial
from typing import Dict, List, Optional, Tuple

from baokan.annotators.core import recache
from baokan.annotators.core.document import Document, add_entities, non_overlapping
from baokan.annotators.core.registry import annotator
from baokan.annotators.language.chars import HAN
from baokan.annotators.language.frontier_stations import frontier_stations
from baokan.annotators.language.glued import (
    fixed_phrase,
    opens_with_function_char,
    opens_with_particle,
    opens_with_preposition,
    place_word,
    profile_verb_at,
)
from baokan.annotators.language.minority_stations import minority_stations
from baokan.annotators.language.place_grammar import (
    CJK_CHAR,
    STOP,
    STOP_FIRST,
    Boundaries,
    counted,
    deictic,
    name_proper,
)
from baokan.annotators.language.place_seats import conjunction_opens
from baokan.annotators.language.police_facilities import facility_link, facility_places, force_noun_end, squad_end
from baokan.annotators.language.police_joins import drop_run_on, force_before_branch, join_pieces, post_runs_on
from baokan.annotators.language.police_links import service_of_district, station_after, unit_kind
from baokan.annotators.language.police_mentions import numbered_facilities, repeated_stations, zone_stations
from baokan.annotators.language.police_places import HEAD_LEVELS, head_places, layer_places, zone_places
from baokan.annotators.language.police_short_names import paired_duties, short_bureau, short_stations
from baokan.annotators.language.police_words import (
    BRANCH_BUREAUS,
    LEVEL_CHARS,
    NATIONAL,
    PLURAL,
    STATIONS,
    Tokens,
    Unit,
    edges,
    vocabulary,
)
from baokan.annotators.language.station_reach import reach_back
from baokan.annotators.language.station_verbs import superlative_before_station, verb_before_station
from baokan.annotators.language.township_stations import township_stations

_NAME_CHAR = recache.compile(rf"[{HAN}0-9０-９]")
#: Numerals that open a numbered team (一队, 二探组) a chain goes on with.
_TEAM_NUMERALS = frozenset("一二三四五六七八九十")
_MAX_NAME = 6


@annotator(
    "police",
    version="2",
    assigns=["entities.police_unit"],
    requires=["articles"],
    after=["entities.place", "entities.candidates"],
    default=True,
)
class Police:
    """Police units: place chains and unit chains from the police-unit grammar, and X公安."""

    def __call__(self, doc: Document) -> Document:
        for index in range(len(doc.articles)):
            self.set_annotations(doc, index, self.match(doc, index))
        return doc

    def match(self, doc: Document, index: int) -> List[Unit]:
        """The police units of article ``index``, longest first where they overlap."""
        article = doc.articles[index]
        text = article.text
        tokens = Tokens(doc, index)
        place_ends = layer_places(doc, index, article)
        place_ends.update(zone_places(doc, index, tokens, place_ends))
        place_ends.update(head_places(doc, index, tokens, place_ends, self._service))
        hits = doc.lexicon_hits(index)  # 赤壁 + 北站派出所: a county the places layer left out
        place_ends.update(facility_places(text, hits, tokens, self._service, place_ends, HEAD_LEVELS))
        bounds = Boundaries(text)
        found: List[Unit] = []
        starts = set(place_ends) | set(tokens.at)
        for start in sorted(starts):
            unit = self._parse(text, start, tokens, place_ends, bounds)
            if unit is not None:
                found.append(unit)
        found += self._named_stations(text, tokens, place_ends, bounds)
        found += [
            Unit(s, e, [(s, e, "name")], None, rule="station") for s, e in repeated_stations(text, found, STATIONS)
        ]
        spans = frontier_stations(text, [(u.start, u.end) for u in found])  # 皇岗 + 出入境边防检查站
        spans += short_stations(text, found)  # …城关派出所 … 城关所: a station's short form after its full name
        spans += township_stations(text, hits, [(u.start, u.end) for u in found])  # 白石所 + 民警: a town's station
        heads = [(p, e) for p, lst in tokens.at.items() for e, r in lst if "head" in r and text[p:e] in STATIONS]
        spans += minority_stations(
            text, heads, bounds.all_everyday, partial(opens_with_particle, text)
        )  # 巴音都兰 + 边境管理派出所
        spans += numbered_facilities(text, place_ends, found) + zone_stations(text, found, edges().get("zone", ()))
        found += [Unit(s, e, [(s, e, "name")], None, rule="station") for s, e in spans]
        found += self._from_candidates(doc, index, found)
        found = join_pieces(text, found, partial(_stands_alone, text), place_ends)
        found = [u for u in found if not conjunction_opens(text, u.start)]  # 路段 + 和县公安局: 和 joins
        return non_overlapping([u for u in found if not self._something_else(text, u, tokens)])  # longest first

    @staticmethod
    def _from_candidates(doc: Document, index: int, found: List[Unit]) -> List[Unit]:
        """Organisations an NER model proposes (``--ner hanlp``) that end in a unit the grammar accepts.

        The model knows the name before the grammar's unit (a place or station
        name no table holds, as in 某某边境管理支队); the grammar decides that it
        is a police unit at all.
        """
        out: List[Unit] = []
        by_end: Dict[int, List[Unit]] = {}
        for u in found:
            by_end.setdefault(u.end, []).append(u)
        for c in doc.candidates.get(index, ()):
            if c.label != "org":
                continue
            inner = [u for u in by_end.get(c.end, ()) if c.start < u.start]
            if inner:
                u = max(inner, key=lambda u: u.length)
                out.append(Unit(c.start, c.end, u.links, u.place_end, rule="ner"))
        return out

    # -- the grammar

    def _parse(
        self, text: str, start: int, tokens: Tokens, place_ends: Dict[int, int], bounds: Boundaries
    ) -> Optional[Unit]:
        """A unit starting at ``start``: places, then links."""
        pos = start
        head = tokens.longest(start, "head")
        places = place_ends  # places inside the chain stay names of links (国家移民管理局 + 成都 + 边检总站)
        if head is not None and text[start:head] in NATIONAL:
            place_ends = {}  # 长江航运公安局: a national force named after a river the places layer tags
        # 西藏自治区 日喀则市; a place never swallows a head (荆州市|公安局, not the county 公安 + 局)
        while pos in place_ends and tokens.longest(pos, "head") is None:
            pos = place_ends[pos]
        zones = edges().get("zone", ())
        zone = ""
        if pos > start and text.startswith(zones, pos):  # one call in C rules out most places
            zone = next(z for z in zones if text.startswith(z, pos))
        if zone and tokens.longest(pos + len(zone), "head") is not None:
            pos += len(zone)  # 合肥高新区公安分局: the zone belongs to the place part
        place_end = pos if pos > start else None
        if place_end is not None and tokens.at.keys().isdisjoint(range(pos, pos + _MAX_NAME + 1)):
            return None  # no police word in reach after the place: no link, no force of it (most places)
        links = drop_run_on(text, self._links(text, pos, tokens, after_place=place_end is not None, places=places))
        if place_end is not None:
            if links:
                opens = force_before_branch(text, start, links[0])  # 公安 + 长安 + 分局: the city's force, unnamed
                return Unit(opens, links[-1][1], links, place_end)
            # 浙江公安, 杭州警方, 临江公安机关, 义乌交警: the force of a place
            end = tokens.longest(pos, "collective")
            if end is None:
                end = tokens.longest(pos, "branch")
                if end is None or not text[pos:end].endswith("警"):
                    return None
            else:  # 临江公安特警: a service of that force, named after it
                squad = squad_end(text, end)  # 杨浦公安 + 特机队: a squad named by its short name
                if squad is not None:
                    return Unit(start, squad, [(pos, end, "collective"), (end, squad, "head")], place_end, "collective")
                more = tokens.longest(end, "branch")
                if more is not None and text[end:more].endswith("警"):
                    rank = self._service(end, tokens)  # 单县公安特警 + 大队: the service's unit
                    if rank is not None and text[rank : rank + 1] != "长":
                        links = [(pos, end, "collective"), (end, rank, "branch")]
                        return Unit(start, rank, links, place_end, rule="collective")
                    end = more
                else:  # 新疆公安 + 边防总队…派出所: the force's own service chain (公安边防总队, 公安消防总队)
                    chain = self._links(text, end, tokens, after_place=False, places=places)
                    if not chain:  # 贵阳公安 + 南明分局: a branch bureau of that force, named by its district
                        chain = self._district_branch(text, end, tokens, places)
                    if chain and chain[0][0] == end and chain[0][2] in ("branch", "name"):
                        links = [(pos, end, "collective")] + chain
                        return Unit(start, chain[-1][1], links, place_end, rule="collective")
            return Unit(start, end, [(pos, end, "collective")], place_end, rule="collective")
        if not links:
            return None
        first = text[links[0][0] : links[0][1]]
        if first in NATIONAL or len(links) > 1 and links[0][2] == "branch":
            return Unit(start, links[-1][1], links)
        lead = self._level_prefix(text, start, bounds)
        if lead is not None and first.endswith(("局", "厅")):
            return Unit(lead, links[-1][1], links, rule="level")
        if self._standalone(first, links[0][2]):  # 市 + 交警支队 as written: the level is the unit's
            short = short_bureau(text, start, bounds) if lead is None else None
            if short is not None:  # 县局 + 刑侦大队: a police paper's short name of the bureau heads the chain
                return Unit(short, links[-1][1], [(short, start, "head")] + links, rule="level")
            return Unit(
                start if lead is None else lead, links[-1][1], links, rule="grammar" if lead is None else "level"
            )
        return None

    @staticmethod
    def _level_prefix(text: str, start: int, bounds: Boundaries) -> Optional[int]:
        """省公安厅, 市公安局: a level character right before a bureau, not after 全 or 各."""
        if start == 0 or text[start - 1] not in LEVEL_CHARS:
            return None
        before = text[start - 2] if start >= 2 else ""
        if before in PLURAL or before in LEVEL_CHARS:
            return None
        if before and CJK_CHAR.match(before) and not bounds.starts_word(start - 1):
            return None  # 城市公安局? the character belongs to the word before it
        return start - 1

    @staticmethod
    def _standalone(word: str, role: str) -> bool:
        """A link that is a unit without a place: a service and a rank (特警支队, 交警大队)."""
        if role == "branch":
            return True
        branches = vocabulary()["branch"]
        return role == "head" and any(word.startswith(b) and len(word) > len(b) for b in branches)

    def _links(
        self, text: str, pos: int, tokens: Tokens, *, after_place: bool, places: Optional[Dict[int, int]] = None
    ) -> List[Tuple[int, int, str]]:
        """Consecutive links from ``pos``: heads, service + rank, sub-unit + rank, name + rank
        (``places``: the places by start, a link's name where one stands inside the chain)."""
        links: List[Tuple[int, int, str]] = []
        places = places or {}
        while pos < len(text):
            link = self._link(
                text, pos, tokens, chained=bool(links), after_place=after_place and not links, places=places
            )
            if link is None or text[link[0]] == "副":
                break  # 副大队长: a post, not a unit
            if text[link[1] : link[1] + 1] == "长":  # 大队长: a post, unless the chain goes on (公安局 + 长宁分局)
                if post_runs_on(
                    text, self._link(text, link[1], tokens, chained=True, after_place=False, places=places)
                ):
                    break
            links.append(link)
            pos = link[1]
        return links

    def _link(
        self,
        text: str,
        pos: int,
        tokens: Tokens,
        *,
        chained: bool,
        after_place: bool,
        places: Optional[Dict[int, int]] = None,
    ) -> Optional[Tuple[int, int, str]]:
        head = tokens.longest(pos, "head")
        best: Optional[Tuple[int, int, str]] = (pos, head, "head") if head else None
        team = tokens.longest(pos, "rank") if chained and head is None else None
        if team is not None and (text[pos] in _TEAM_NUMERALS or text[pos] == "第"):  # 公安部 + 第二督察组
            best = (pos, team, "sub")  # 刑警一队 + 二探组: a numbered team below the last link
        # a service before a rank or head (特警支队, 铁路公安处), a sub-unit before a rank (特战大队)
        for end, have in tokens.at.get(pos, ()):
            after = self._service(pos, tokens, only=end)
            if after is None and "sub" in have and (chained or after_place):
                after = tokens.longest(end, "rank")
            if after and (best is None or after > best[1]):
                best = (pos, after, "branch" if "branch" in have else "sub")
        if best is None:  # 交管 + 西湖区 + 大队: a service's unit named by its district between the two
            best = service_of_district(text, pos, tokens, places or {})
        if best is not None or not (chained or after_place):
            return best
        # a short name before a rank or head inside a chain (西湖分局, 直属二大队),
        # or before a station right after a place (西湖区北山街派出所); a joining verb
        # starts no name (经侦支队会同属地派出所: two units)
        if text.startswith(edges().get("joiner", ()), pos):
            return None
        facility = facility_link(text, pos, tokens, self._service) if after_place else None
        if facility is not None:  # 临江 + 新机场 + 公安处: a unit named after the facility it polices
            return facility
        place_end = (places or {}).get(pos)
        if chained and place_end is not None:  # a place as the name (成都 + 出入境边防检查总站, 长沙 + 铁路公安处)
            after = tokens.longest(place_end, "head") or tokens.longest(place_end, "rank")
            after = after or self._service(place_end, tokens) or station_after(text, place_end, tokens)
            if after:
                return (pos, after, "name")
        zone = max((z for z in edges().get("zone", ()) if chained and text.startswith(z, pos)), key=len, default="")
        zone_end = (
            (tokens.longest(pos + len(zone), "head") or tokens.longest(pos + len(zone), "rank")) if zone else None
        )
        if zone_end:  # a statutory zone named in full as a branch (公安局 + 高新技术产业开发区 + 分局)
            return (pos, zone_end, "name")
        word_end = 0  # the end of a place name jieba reads whole from pos, if a function character comes up
        for end in range(pos + 1, min(len(text), pos + _MAX_NAME) + 1):
            if text[end - 1] in STOP and not word_end:
                ends = (e for e in (pos + 2, pos + 3) if tokens.longest(e, "head") or tokens.longest(e, "rank"))
                word_end = next((e for e in ends if place_word(text, pos, e)), -1)  # (jieba only before a head)
            if not _NAME_CHAR.match(text[end - 1]) or (text[end - 1] in STOP and end > word_end):
                break  # (广 + 都 + 派出所, 那 + 邦 + 分站: a syllable of a place's name, not "all", "that")
            after = tokens.longest(end, "head")
            if after and not chained and text[end:after] not in STATIONS:
                after = None
            if after is None and chained:
                after = tokens.longest(end, "rank") or self._service(end, tokens)
            if after:  # (按照 + 市交警支队: a preposition starts no name, it joins two units)
                joined = any(j in text[pos:end] for j in edges().get("joiner", ()))  # 立即 + 抽调 + 刑侦大队
                kind = text[pos:end] in edges().get("kind", ()) or superlative_before_station(text, pos)  # 最西端
                return None if joined or kind or opens_with_preposition(text, pos) else (pos, after, "name")
        return paired_duties(text, pos, tokens, _MAX_NAME) if chained else None  # 事故预防处理和事故鉴定 + 大队

    def _district_branch(
        self, text: str, pos: int, tokens: Tokens, places: Dict[int, int]
    ) -> List[Tuple[int, int, str]]:
        """A district's name and 分局 right after a city's collective force (贵阳公安 + 南明分局), and
        the chain below it (…分局 + 永乐派出所); none where a stop character cuts the name."""
        for end in range(pos + 2, min(len(text), pos + _MAX_NAME) + 1):
            if not _NAME_CHAR.match(text[end - 1]) or text[end - 1] in STOP:
                break
            head = tokens.longest(end, "head")
            if head is not None and text[end:head] in BRANCH_BUREAUS:
                return [(pos, head, "name")] + self._links(text, head, tokens, after_place=False, places=places)
        return []

    @staticmethod
    def _service(pos: int, tokens: Tokens, *, only: Optional[int] = None) -> Optional[int]:
        """End of a service word at ``pos`` and the rank or head after it (交通警察 + 总队)."""
        best = None
        for end, have in tokens.at.get(pos, ()):
            if "branch" in have and (only is None or end == only):
                after = tokens.longest(end, "rank") or tokens.longest(end, "head")
                if after and (best is None or after > best):
                    best = after
        return best

    def _named_stations(self, text: str, tokens: Tokens, place_ends: Dict[int, int], bounds: Boundaries) -> List[Unit]:
        """A bare name before a station: 魏塘派出所, 北山街派出所 (the name a word of its own)."""
        out: List[Unit] = []
        place_stops = set(place_ends.values())
        for pos, lst in tokens.at.items():
            head_end = next((e for e, roles in lst if "head" in roles and text[pos:e] in STATIONS), None)
            if head_end is None or pos in place_stops:
                continue
            for start in range(max(0, pos - 5), pos - 1):
                name = text[start:pos]
                if not all(_NAME_CHAR.match(ch) for ch in name):
                    continue
                if any(ch in STOP_FIRST for ch in name) and not place_word(text, start, pos):
                    continue  # 移交至派出所: a verb of handing over, not a station's name
                if any(ch in STOP for ch in name) and not place_word(text, start, pos):
                    continue
                if deictic(name) or opens_with_function_char(text, start, pos) or profile_verb_at(text, start):
                    continue  # 据当地派出所, 建立起网上流动警务室: a function word before the station
                if start > 0 and counted(text[start - 1 : start + 1]):  # 60名 + 优秀派出所: a count's measure
                    continue  # 据当地派出所, 建立起网上流动警务室: a function word before the station
                if any(j in name for j in edges().get("joiner", ())):
                    continue  # 公安局抽调 + 警务站: a verb joining two units is no station's name
                if start > 0 and CJK_CHAR.match(text[start - 1]) and not bounds.starts_word(start):
                    continue
                if bounds.hidden(start, pos, attached=False) or bounds.all_everyday(start, pos):
                    continue
                if not name_proper(bounds, start, pos):
                    continue  # 已建成社区警务室: a description before the station
                if fixed_phrase(text, start, pos) or tokens.starting_within(start, pos, "not_unit"):
                    continue  # “人民满意派出所”: an honour named by a saying, no station's name
                if verb_before_station(text, start, pos) or superlative_before_station(text, start):
                    continue  # 记者探访派出所: a clause's verb before the station, not its name
                start = reach_back(text, start, pos)  # 某郊 + 行宫 + 东大街派出所: the whole address names it
                links, end = [(start, head_end, "name")], head_end
                while True:  # 芒允边境派出所 + 城东警务室, 畹町边检站 + 那邦分站: the station's own chain
                    link = self._link(text, end, tokens, chained=True, after_place=False, places=place_ends)
                    if link is None or text[link[0]] == "副" or text[link[1] : link[1] + 1] == "长":
                        break
                    links.append(link)
                    end = link[1]
                out.append(Unit(start, end, links, None, rule="station"))
                break
        return out

    def _something_else(self, text: str, unit: Unit, tokens: Tokens) -> bool:
        """A meeting, slogan or honour (全省公安工作会议, 公安大脑, 枫桥式公安派出所): a not_unit word
        across the unit or right after it, or a generic word running on from its end."""
        if text[unit.end - 1] == "队" and text.startswith("伍", unit.end):
            return True  # 交警队 + 伍: the word 队伍 (the ranks of the traffic police), no team
        last_start = unit.links[-1][0]
        noun = force_noun_end(text, unit)
        for _s, e in tokens.starting_within(last_start, unit.end, "generic"):
            if e > unit.end and e != noun:
                return True  # 浙江公安机关 is the generic organs, not the force
        heads = vocabulary()["head"]
        if text[unit.links[0][0] : unit.links[0][1]] == "分局" and unit.place_end is not None:
            before = text[max(0, unit.start - 6) : unit.start]
            organ = next((w for w in edges().get("other_organ", ()) if before.endswith(w)), None)
            if organ and not any(before.endswith(h) for h in heads):
                return True  # 规划和自然资源委员会昌平分局: another organ's branch
        for s, e in tokens.starting_within(max(0, unit.start - 8), unit.end + 1, "not_unit"):
            if unit.place_end is not None and s < unit.place_end < e:
                continue  # 海警 across 上海|警方: a word the place boundary cuts is no word here
            if s == last_start and e == noun:
                continue  # 临江公安 + 工作: the place's force and a noun of its work, not the field in general
            if e > unit.start and text[s:e] not in heads:
                return True
        return False

    # -- output

    def set_annotations(self, doc: Document, index: int, units: List[Unit]) -> None:
        article = doc.articles[index]
        text = article.text
        spans = []
        for u in units:
            place = text[u.start : u.place_end] if u.place_end else None
            parents = [text[u.start if i == 0 else s : e] for i, (s, e, _) in enumerate(u.links[:-1])]
            attrs = {"kind": unit_kind(text, u.links[-1]), "place": place, "parents": parents or None}
            spans.append((u.start, u.end, f"police.{u.rule}", attrs))
        add_entities(article, "police_unit", spans)


def _stands_alone(text: str, unit: Unit) -> bool:
    """Whether the first link of ``unit``, as ``text`` writes it, names a unit of its own (the test
    :func:`~.police_joins.join_pieces` asks)."""
    start, end, role = unit.links[0]
    return Police._standalone(text[start:end], role)
