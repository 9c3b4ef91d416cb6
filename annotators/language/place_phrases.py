"""Area names the place grammar reads out of phrases that name no place (pages of other papers).

The grammar reads a village, township or community from its suffix and the characters before
it. Three kinds of phrase end in such a suffix without naming one:

- a count in a parallel slogan of visits (联百乡|结千村|访万户: a hundred townships, a thousand
  villages): a name that ends in 百 or 千 before its suffix, beside another count of the same shape;
- a level or a kind after 村 (壮大|村级集体经济, 侗族|村寨): 村级 is "village-level", and a
  nationality word before the suffix (侗族村, 苗族村) says what people live there, not which village;
- a person's name and a verb of leading before 镇 or 乡 (郑某辉|带领|镇河长办): one character of a
  name and a two-character verb, with a surname right before them, open no township's name;
- an estate's community (某某小区|社区): the estate is a building's name (neutral), not the community's;
- a village road (某某村|道上), and a one-character verb after 共 or 同 (共|筑|青山村);
- a mountain named after a place before 区 (武陵山|区): 山区 is the mountain country, a region, not the
  mountain itself.

Two readings of the tables are refused the same way: a geographic name inside an idiom (千山万水,
重于泰山), and a township or district whose full name is an everyday word and a level (中心|镇 in
县城—中心镇—重点村), unless its own county or city is on the page.
"""

from __future__ import annotations

from baokan.annotators.core import recache
from baokan.annotators.language import words
from baokan.annotators.language.chars import HAN_CHAR
from baokan.annotators.language.place_grammar import GrammarName
from baokan.annotators.language.place_words import STOP_FIRST, Boundaries, everyday, surnames

#: Counts that open a parallel slogan of visits (百乡, 千村, 万户).
_BIG_COUNTS = "百千万"
#: A count and what it counts, in such a slogan: 百乡, 千村, 万户, 千企, 百镇.
_COUNTED = recache.compile(f"[{_BIG_COUNTS}][乡村镇户企家社组]")
#: How far on either side of a name another count of the slogan may stand.
_SLOGAN_REACH = 6
#: What after 村 makes it part of another word: the level (村级) or the stockade (村寨).
_AFTER_VILLAGE = ("级",)
#: A nationality word ends in 族 (侗族, 苗族): before 村 or 村寨 it says whose villages they are.
_NATIONALITY_END = "族"


def _in_count_slogan(text: str, g: GrammarName) -> bool:
    """联百乡结千村: the name ends in a big count and another count of that shape stands beside it."""
    name_end = g.end - 1
    if g.end - g.start < 3 or text[name_end - 1] not in _BIG_COUNTS:
        return False
    lo, hi = max(0, g.start - _SLOGAN_REACH), min(len(text), g.end + _SLOGAN_REACH)
    return any(m.start() != name_end - 1 for m in _COUNTED.finditer(text, lo, hi))


def _level_or_people(text: str, g: GrammarName) -> bool:
    """壮大村|级, 侗族|村寨: 村 runs on into a level, or a nationality word names the people."""
    if not text.startswith("村", g.end - 1):
        return False
    return text.startswith(_AFTER_VILLAGE, g.end) or text.endswith(_NATIONALITY_END, 0, g.end - 1)


def _name_and_verb(bounds: Boundaries, g: GrammarName) -> bool:
    """某辉|带领|镇: the last character of a person's name and a two-character verb before a town's suffix."""
    text = bounds.text
    suffix = 2 if text.startswith(("街道", "社区"), g.end - 2) else 1
    name_start, name_end = g.start, g.end - suffix
    if name_end - name_start != 3:
        return False
    verb = text[name_start + 1 : name_end]
    if words.word_tag(verb) != "v" or not any(
        ws == name_start + 1 for ws, _ in bounds.words_over(name_start, name_end)
    ):
        return False
    people = surnames()
    return any(text[p] in people for p in range(max(0, name_start - 2), name_start))


#: Adverbs of doing together or again before a one-character verb (共|筑, 同|创, 再|建).
_TOGETHER = "共同齐再"


def _verb_glued(bounds: Boundaries, g: GrammarName) -> bool:
    """共|筑|青山村: a one-character verb after 共 or 同 opens the phrase, not the village's name."""
    text = bounds.text
    if g.start == 0 or text[g.start - 1] not in _TOGETHER or g.end - g.start < 4:
        return False
    if any(ws == g.start for ws, _ in bounds.words_over(g.start, g.end)):
        return False  # a word of two characters or more opens the name
    return words.word_tag(text[g.start]).startswith("v")


def no_place_phrase(bounds: Boundaries, g: GrammarName) -> bool:
    """Whether a grammar name is one of the phrases above rather than a place."""
    text = bounds.text
    if g.kind == "mountain":
        return text.startswith("区", g.end) and text.endswith("山", 0, g.end)
    if g.kind is not None:
        return False
    if text.startswith(("小区社区", "城区社区"), g.end - 4):
        return True  # 某某小区|社区 (an estate), 老城区|社区 (a kind of community)
    if text.startswith("村道", g.end - 1) and not text.startswith("村道路", g.end - 1):
        return True  # 某某村道上: a village road named by its hamlet, not a village
    if _verb_glued(bounds, g):
        return True
    return _in_count_slogan(text, g) or _level_or_people(text, g) or _name_and_verb(bounds, g)


#: jieba's tag of a set phrase (成语): 千山万水, 重于泰山.
_IDIOM_TAG = "i"


def inside_idiom(bounds: Boundaries, start: int, end: int) -> bool:
    """Whether a four-character set phrase of jieba's dictionary holds a two-character name and runs
    past it (千山|万水, 重于|泰山)."""
    if end - start != 2:
        return False
    text = bounds.text
    for lo in range(max(0, start - 2), start + 1):
        phrase = text[lo : lo + 4]
        if len(phrase) == 4 and words.word_tag(phrase) == _IDIOM_TAG:
            return True
    return False


#: Level characters of the full names this applies to, and how frequent an everyday word the name
#: before the level must be to make the whole a kind of place (中心|镇). Only townships: a city's
#: districts are named after landmarks that are words too (鼓楼区), and 安居镇 is a town.
_KIND_LEVELS = {"township": ("镇乡", 1000)}


def kind_of_place(surface: str, level: str) -> bool:
    """Whether a three-character township's full name is an everyday word and its level (中心|镇)."""
    chars, freq = _KIND_LEVELS.get(level, ("", 0))
    return len(surface) == 3 and surface[-1] in chars and everyday(surface[:-1]) >= freq


#: Characters before a kind of place that make it a count or a class of towns (各中心镇, 一批中心镇).
_CLASS_BEFORE = frozenset("各每个批些几多该本全类型级")
#: Prepositions and verbs of place before a town that stands alone in its clause (在桃花镇，).
_PLACE_BEFORE = ("在", "到", "赴", "从", "来到", "走进", "前往", "位于", "地处")
#: Stops that end the clause of a town standing alone.
_CLAUSE_AFTER = frozenset("，。；：、,;:")


def acts_as_name(bounds: Boundaries, start: int, end: int) -> bool:
    """Whether a kind of place (:func:`kind_of_place`) is written as a town's name: the subject of its
    clause before an adverb or a preposition (桃花镇|积极配合, 桃花镇|将, 桃花镇|把), or a place standing
    alone after a preposition of place (在桃花镇，). Not after a count or a class (各中心镇, 一批中心镇),
    nor before a noun or a verb (中心镇|建设): a kind of town is what those write."""
    text = bounds.text
    if start > 0 and text[start - 1] in _CLASS_BEFORE:
        return False
    if text[end : end + 1] in _CLAUSE_AFTER:
        return text.endswith(_PLACE_BEFORE, 0, start)
    word = bounds.first_word(end, min(len(text), end + 4))
    nxt = text[word[0] : word[1]] if word is not None else text[end : end + 1]
    tag = words.word_tag(nxt) if nxt else ""
    return tag[:1] in ("d", "p") or tag == "ad"


#: Last characters of a place's name that a landform's name ends with too (佛山, 龙江, 西湖).
_LANDFORM_LAST = frozenset("山江湖河岛峰岭")
#: Parks and sites a landform gives its name to (白佛山公园, 某某山景区).
_SITE_AFTER = ("公园", "森林公园", "湿地公园", "风景区", "景区", "风景名胜区", "水库")


def landform_before_site(bounds: Boundaries, start: int, end: int, place_before: bool) -> bool:
    """Whether a place name that ends like a landform (佛山) is the end of a landform's name one
    character longer, before the site named after it (白|佛山|公园): a lone character that jieba
    leaves standing before it, no function word or verb of going and no place (``place_before``)."""
    text = bounds.text
    if start == 0 or text[end - 1] not in _LANDFORM_LAST or not text.startswith(_SITE_AFTER, end):
        return False
    prev = text[start - 1]
    if place_before or prev in STOP_FIRST or not HAN_CHAR.match(prev):
        return False
    return bounds.starts_word(start - 1) and bounds.starts_word(start)


#: Prepositions of direction that open some counties' short forms (沿河: "along the river").
_ALONG = frozenset("沿")
#: What may follow such a short form where it names the county: a clause stop or its people.
_ALONG_NAME_AFTER = frozenset("，。；：、！？,;:）)的人")


def along_phrase(text: str, start: int, end: int) -> bool:
    """Whether a short form that opens with 沿 (沿河, a county of Guizhou) is the phrase "along the
    river" where it stands: before a noun of what lies along it (沿河|乡镇, 沿河|两岸, 沿河|地区), not
    before a clause stop (在沿河，)."""
    return text[start] in _ALONG and text[end : end + 1] not in _ALONG_NAME_AFTER


#: A numbered ring road (二环, 三环路), which a direction before it divides into sections (东北二环).
_RING_ROAD = recache.compile("[一二三四五六七八九]环")


def ring_section(text: str, end: int) -> bool:
    """Whether a numbered ring road follows ``end`` (东北|二环沿线): a region's word right before it names
    a section of the road (its north-east stretch), not the region."""
    return _RING_ROAD.match(text, end) is not None
