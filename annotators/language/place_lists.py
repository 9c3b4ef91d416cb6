"""Short forms that their neighbours vouch for, on pages of county, city and police papers.

The places annotator refuses most township and county short forms by themselves (幸福, 玉龙,
岔河 are words, or a township in many counties). Three shapes of the text say what they are:

- a list of names joined by ``、`` and closed by a level word (甲、乙、丙等乡镇, 甲、乙两镇): the items that are
  townships of one county are that county's townships;
- a list that names one of its items in full (某区平南镇、天水郡、西关等辖区): the items that are short
  forms of the same county's townships (or the same city's counties) are its siblings;
- 地区 after a city's short form (陇南地区), the prefecture's name before it became a city, which
  jieba reads as one word;
- an organ named by a county (勉县|人民检察院), for a two-character full name that is refused alone;
- a statutory zone right after a county's short form (东山|经济技术开发区), which names the zone by
  the county, as a police unit does (东山派出所).

A short form a list vouched for is that division wherever else the page writes it as a word of
its own, and so is a township's short form accepted anywhere on the page that is no everyday word
(南京新街口 ... 新街口核心区). A short form that is a count (五家, 三个) is no place, whatever vouched for it.
"""

from __future__ import annotations

from collections import Counter
from typing import Dict, List, Optional, Set

from baokan.annotators.core import recache
from baokan.annotators.language import words
from baokan.annotators.language.occurrences import find_all
from baokan.annotators.language.place_candidates import ArticleCandidates, Candidate, _inside_village_name
from baokan.annotators.language.place_grammar import counted
from baokan.annotators.language.place_words import CJK_CHAR, everyday, place_word, wordlike

#: Level words that close a list of places (甲、乙等乡镇) and the level of division they name.
_CLOSING = recache.compile(
    r"(?:等(?:[0-9一二三四五六七八九十两多几]+个)?|[0-9一二三四五六七八九十两多几]+个?)"
    r"(乡镇街道|乡镇|镇街|街道|乡|镇|县市区|县区|县市|区县|县|区|市|地区|地)"
)
#: Closing words whose items are townships, or places of any level that a township list may be
#: (甲、乙、丙等地: in a county's paper, the county's towns), counted by the county they share.
_TOWNSHIP_WORDS = frozenset({"乡镇街道", "乡镇", "镇街", "街道", "乡", "镇", "地区", "地"})
#: What may follow a listed item: the next item, the closing word, the end of the clause.
_AFTER_ITEM = frozenset("、等和及，。；：）)")
#: Statutory zone names a county's short form may open (东山经济技术开发区).
_ZONE_AFTER = ("经济技术开发区", "高新技术产业开发区", "经济开发区", "高新区", "经开区")
#: Heads that make a short form the name of another thing (琅琊|台, 岔河|桥), not the division.
_OTHER_THING = frozenset("山河湖江岭峰台岛湾溪港寺塔桥楼阁关庙洞")
_VOUCHING_AFTER = _ZONE_AFTER + ("地区",)
#: Organs named by their county (勉县人民检察院): they vouch for a two-character county's full name,
#: which is otherwise refused without its area on the page (和县, 沛县 are also word pairs). Not 委
#: (市委和县委).
_ORGANS = ("人民检察院", "人民法院", "人民政府", "人民医院", "检察院", "法院", "公安局", "政府")
_LEVEL_UP = {"township": 6, "county": 4}  # code prefix of the parent a sibling shares


def _parent(row: Dict[str, str]) -> Optional[str]:
    size = _LEVEL_UP.get(row["level"])
    return row["code"][:size] if size else None


def _divisions(c: Candidate) -> bool:
    return bool(c.rows) and c.rule.startswith("gazetteer")


def _chains(art: ArticleCandidates) -> List[List[Candidate]]:
    """Division candidates joined one to the next by ``、`` (or a last 和/及), longest first."""
    text = art.text
    chains: List[List[Candidate]] = []
    seen: Set[int] = set()
    marks = set(find_all(text, "、"))  # (a set test a candidate, no startswith call)
    heads = (c for c in art.cands if c.end in marks and _divisions(c))
    for c in sorted(heads, key=lambda c: (c.start, -c.length)):
        if id(c) in seen:
            continue
        chain = [c]
        while True:
            last = chain[-1]
            nxt = next(
                (
                    o
                    for o in sorted(art.by_start.get(last.end + 1, ()), key=lambda o: -o.length)
                    if _divisions(o) and (text[o.end : o.end + 1] in _AFTER_ITEM or _CLOSING.match(text, o.end))
                ),
                None,
            )
            if nxt is None or text[last.end] not in "、和及":
                break
            chain.append(nxt)
            seen.add(id(nxt))
        if len(chain) >= 2:
            chains.append(chain)
    return chains


def _county(c: Candidate) -> bool:
    return c.row is not None and c.row["level"] == "county"


def _accept(c: Candidate, surface: str, parents: Set[str]) -> bool:
    if c.accepted or c.full or counted(surface):
        return False
    for r in c.rows:
        if r["level"] in _LEVEL_UP and _parent(r) in parents:
            c.row, c.resolved, c.accepted = r, True, True
            return True
    return False


def vouch(art: ArticleCandidates) -> Dict[str, Dict[str, str]]:
    """Accept the short forms of ``art`` that a list or a zone after them vouches for, and refuse
    counts; returns the surfaces that lists vouched for, with their division (for the rest of the page)."""
    text = art.text
    vouched: Dict[str, Dict[str, str]] = {}
    for chain in _chains(art):
        parents: Set[str] = set()
        for c in chain:
            if c.accepted and c.row is not None and c.row["level"] in _LEVEL_UP:
                parents.add(_parent(c.row) or "")
        closing = _CLOSING.match(text, chain[-1].end)
        if closing and closing.group(1) in _TOWNSHIP_WORDS:
            counts = Counter(
                p for c in chain for p in {_parent(r) for r in c.rows if r["level"] == "township"} if p is not None
            )
            parents.update(p for p, n in counts.items() if n >= 2 and n * 2 >= len(chain))
        # 东乌旗、西乌旗: two counties' short forms of one city listed together speak for each other
        counties = Counter(p for c in chain for p in {_parent(r) for r in c.rows if r["level"] == "county"} if p)
        parents.update(p for p, n in counties.items() if n >= 2 and n * 2 > len(chain))
        parents.discard("")
        for c in chain if parents else ():
            if _accept(c, text[c.start : c.end], parents) and c.row is not None:
                vouched[text[c.start : c.end]] = c.row
    for c in art.cands:
        if c.full:
            if not c.accepted and c.length == 2 and text.startswith(_ORGANS, c.end) and _county(c):
                if (
                    c.start > 0
                    and words.word_tag(text[c.start])[:1] in ("c", "p")
                    and CJK_CHAR.match(text[c.start - 1])
                ):
                    continue  # 市人民政府和|县人民政府: a conjunction and the level, not 和县
                if not art.bounds.hidden(c.start, c.end) and c.row is not None:
                    c.accepted = True  # 勉县|人民检察院: the county its organ is named by
                    vouched[text[c.start : c.end]] = c.row
            continue
        if c.accepted:
            if c.length == 2 and counted(text[c.start : c.end]) and _divisions(c):
                c.accepted = False  # 联合五家|派出所: five stations, not 五家镇
            continue
        if not text.startswith(_VOUCHING_AFTER, c.end) or c.row is None or not _divisions(c):
            continue
        if c.row["level"] == "city" and text.startswith("地区", c.end):
            c.accepted = True  # 定西、陇南|地区: the prefecture by its old name, one word for jieba
        elif (
            c.row["level"] == "county" and text.startswith(_ZONE_AFTER, c.end) and not art.bounds.hidden(c.start, c.end)
        ):
            c.accepted = True  # 东山|经济技术开发区
    return vouched


def vouched_elsewhere(art: ArticleCandidates, vouched: Dict[str, Dict[str, str]]) -> None:
    """Accept the other mentions of short forms a list on the page vouched for, where they are a
    word of their own (在岔河|迎江), with the division the list gave them."""
    for c in art.cands if vouched else ():
        row = vouched.get(art.text[c.start : c.end])
        if row is None or c.accepted or not _divisions(c) or row not in c.rows:
            continue
        surface = art.text[c.start : c.end]
        if art.bounds.hidden(c.start, c.end) or art.text[c.end : c.end + 1] in _OTHER_THING:
            continue
        if not _inside_village_name(art, c, surface):  # 香口乡|上香口村: part of the village's name
            c.row, c.resolved, c.accepted = row, True, True


def unique_city(c: Candidate) -> bool:
    """Whether a city's short form of three characters or more is that city's alone, or shared only
    with townships (张家界, 连云港, 石家庄: jieba tags some as people's names, yet no person or word is
    written so)."""
    if c.length < 3:
        return False
    levels = [r["level"] for r in c.rows]
    return levels.count("city") == 1 and all(v in ("city", "township") for v in levels)


def _named_towns(art: ArticleCandidates) -> Dict[str, Dict[str, str]]:
    """Township short forms accepted in the article that are no everyday word (jieba does not know
    them, or knows them only as a place): 南京新街口 makes 新街口 a place on the rest of the page."""
    out: Dict[str, Dict[str, str]] = {}
    for c in art.cands:
        if not c.accepted or c.full or c.row is None or c.row["level"] != "township" or not c.resolved:
            continue
        surface = art.text[c.start : c.end]
        if not words.freq(surface) or place_word(surface) and not everyday(surface) and not wordlike(surface):
            out[surface] = c.row
    return out


def vouch_lists(arts: List[ArticleCandidates]) -> None:
    """:func:`vouch` on every article of a page, then :func:`vouched_elsewhere` with what the page's
    lists vouched for."""
    vouched: Dict[str, Dict[str, str]] = {}
    for art in arts:
        vouched.update(vouch(art))
        vouched.update(_named_towns(art))
    for art in arts if vouched else ():
        vouched_elsewhere(art, vouched)
