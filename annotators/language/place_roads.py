"""Roads that no table holds, read from a suffix and the name before it: numbered roads (G330国道,
S312线, 国道318线), expressways (杭甬高速) and streets (延安路, 长安街, 建设三路, 解放路88号).

The ``places`` annotator's grammar reads villages, communities and townships in
:mod:`.place_grammar` and roads here: a road's name must pass the same tests of a name's shape
(:func:`.place_grammar._name_shape` and its neighbours), but a road has its own evidence (a house
number, a junction, a known place before it) and its own misreadings (道路, 思路, 兵分三路, 康庄大道),
and its numbered forms are patterns of their own.
"""

from __future__ import annotations

from typing import Callable, List, Sequence, Tuple

from baokan.annotators.core import recache
from baokan.annotators.language import words
from baokan.annotators.language.anchored_villages import AREA_CHARS
from baokan.annotators.language.occurrences import find_all, matches_from
from baokan.annotators.language.place_alone import county_opening
from baokan.annotators.language.place_glued_words import boarded, named_exit, opens_with_distance
from baokan.annotators.language.place_grammar import (
    _FULL_SUFFIXES,
    GrammarName,
    Known,
    _ends_in_word,
    _may_open_name,
    _name_proper,
    _name_shape,
)
from baokan.annotators.language.place_name_edges import counted, road_word_start
from baokan.annotators.language.place_no_cue import dictionary_street, direction_shift, unanchored, word_from
from baokan.annotators.language.place_words import (
    _FUNCTION_TAGS,
    CJK,
    CJK_CHAR,
    STOP_FIRST,
    Boundaries,
    bare_street,
    everyday,
    place_word,
)

# Numbered roads: G330国道, 104国道, G60沪昆高速, S26诸永高速.
# Both open with one character class, which the search skips to (re's character-set prefix; an
# alternation whose branches do not all open with a literal has none, and is tried at every offset):
# the branch is chosen by a look-behind at that character. Same matches as
# (?:[GSXYZ](?<![A-Za-z0-9].)\d{1,4}|\d(?<![A-Za-z0-9].)\d{2})… and as
# 高速公路|高速|大道|大街|[一二三四五六七八九十]{1,2}[马横纵]?路|[东南西北中]路|路|街(?!道)|巷
# (tests/test_regex_prefixes.py).
_ROAD_CODE = recache.compile(
    rf"[GSXYZ\d](?<![A-Za-z0-9].)(?:(?<=[GSXYZ])\d{{1,4}}|(?<=\d)\d{{2}})(?:[{CJK}]{{2,4}}?(?:高速公路|高速))?(?:国道|省道|县道|乡道|高速公路|高速)?"
)
#: Numbered roads written as a line (S312线, G322线) or with the road word first (国道318线, 省道S205线).
#: One character class opens it, which re's search skips to (the branch is chosen by a look-behind).
_ROAD_LINE = recache.compile(r"[国省县GSX](?:(?<=[国省县])道[GSXY]?\d{1,4}线?|(?<=[GSX])(?<![A-Za-z0-9].)\d{1,4}线)")
_ROAD_LINE_GATE = ("线", "国道", "省道", "县道")
#: What every numbered road kept holds (国道, 高速 ...): the Han characters of :data:`_ROAD_CODE`.
_ROAD_CODE_WORDS = ("国道", "省道", "县道", "乡道", "高速")
_ROAD_SUFFIX = recache.compile(
    r"[高大一二三四五六七八九十东南西北中路街巷胡](?:(?<=高)速(?:公路)?|(?<=大)[道街]|(?<=胡)同"
    r"|(?<=[一二三四五六七八九十])[一二三四五六七八九十]?[马横纵]?路|(?<=[东南西北中])路|(?<=[路巷])|(?<=街)(?!道))"
)


def _road_suffix_starts(text: str) -> List[int]:
    """Where :data:`_ROAD_SUFFIX` can match: at 高速, 大道, 大街, 巷, 街, 胡同, a 路 or up to 3 before it."""
    out = [q - k for q in find_all(text, "路") for k in (0, 1, 2, 3)]
    for word in ("高速", "大道", "大街", "巷", "街", "胡同"):
        out += find_all(text, word)
    return out


#: Words after a street that show it is one: 学院路|交叉口, 文三路|与学院路.
#: Words after a road's name that make the road the name of a company or an office (某某高速公路管理公司): the
#: road is then a place inside another kind of name (docs/labels.md, *batch 2*), no mention of its own.
_ROAD_FIRM = ("管理公司", "公司", "集团", "有限", "管理处", "管理局", "管理中心")
_JUNCTION = ("交叉口", "交汇处", "与", "和", "、", "沿线", "两侧", "东侧", "南侧", "西侧", "北侧")
_HOUSE_NUMBER = recache.compile(r"\s*\d+(?:-\d+)?号")
#: What a place's name runs on into when it is no part of a road's name (北京|簋街, 桐城|六尺巷): not a
#: direction (中山北|二路) and not a landform that the road is named after (杏林湾|路).
_ANOTHER_NAME = recache.compile("(?![东南西北中]+$)(?![湾河湖江山岛溪海]$).+")


def _opens_with_word(bounds: Boundaries, start: int, end: int) -> bool:
    """Whether an everyday word shorter than ``text[start:end]`` opens it (驶入|光明)."""
    first = bounds.first_word(start, end)
    return first is not None and first[1] < end and bool(everyday(bounds.text[first[0] : first[1]]))


#: jieba tags of a one-character word that cannot name a street: verbs, function words, numbers.
_NOT_STREET_TAGS = ("v", "p", "c", "d", "r", "u", "m", "q", "f")


def _names_a_street(bounds: Boundaries, pos: int, refused: Tuple[str, ...] = _NOT_STREET_TAGS) -> bool:
    """Whether the text before a numbered road suffix at ``pos`` can be a street's name: a word
    of two characters or more ends there (建设|三路), or a one-character noun (文|三路), not a verb (兵分|三路)."""
    if pos == 0 or not CJK_CHAR.match(bounds.text[pos - 1]):
        return False
    if any(we == pos and ws < pos - 1 for ws, we in bounds.words_over(pos - 1, pos)):
        return True
    return not words.word_tag(bounds.text[pos - 1]).startswith(refused)


def find_roads(
    bounds: Boundaries, places: Sequence[Tuple[int, int]], is_place: Callable[[str], bool]
) -> List[GrammarName]:
    """Numbered roads (G330国道), expressways (杭甬高速) and streets (延安路, 长安街).

    A street needs more than a name: the name is a place (延安路), a house number
    follows (解放路88号), a known place comes right before it, or the name is no
    everyday word (庆春路, but not 幸福路, 复兴路 or 致富路, which are also metaphors).

    Args:
        bounds (Boundaries): The text and its word boundaries.
        places (Sequence[Tuple[int, int]]): Spans of places already known.
        is_place (Callable[[str], bool]): Whether a string is a known place name.
    """
    text = bounds.text
    known = Known.of(places)
    out: List[GrammarName] = []
    # a code kept holds Han characters, which only its road words give it: none in the text, no code kept
    for m in _ROAD_CODE.finditer(text) if any(w in text for w in _ROAD_CODE_WORDS) else ():
        if m.end() - m.start() > 3 and CJK_CHAR.search(m.group()):
            out.append(GrammarName(m.start(), m.end(), kind="road"))
    for m in _ROAD_LINE.finditer(text) if any(w in text for w in _ROAD_LINE_GATE) else ():
        if not known.overlaps(m.start(), m.end()) and not any(g.start < m.end() and m.start() < g.end for g in out):
            out.append(GrammarName(m.start(), m.end(), kind="road"))  # S312线, 国道318线
    starts = {s for s, _ in known.spans}
    for m in matches_from(_ROAD_SUFFIX, text, _road_suffix_starts(text)):  # (what its finditer finds)
        s0, s1 = m.start(), m.end()
        s0 += direction_shift(text, m.group(), s0, s1, known.start_at)  # 滨湖|西街: -1; 山东|路, 华东|路: +1
        # the suffix ends another word (道路, 思路, 康庄大道), unless the word is the road (庆春路,
        # or 学院路 before 交叉口)
        junction = text.startswith(_JUNCTION, s1) or bool(_HOUSE_NUMBER.match(text, s1))
        spans = bounds.words_over(s0, s1)
        if any(ws < s0 < we and (we != s1 or everyday(text[ws:we]) and not junction) for ws, we in spans):
            continue
        if m.group() == "大道" and any(ws < s0 and we == s1 and text.endswith("的", 0, ws) for ws, we in spans):
            continue  # 走上…的康庄大道: a broad road of a figure of speech
        # the road is the dictionary word that ends at the suffix (庆春路), never a piece of it (探|新路)
        whole = road_word_start(bounds, known.overlaps, spans, s0)  # (分局|东|朝阳路: 东朝阳路)
        if not junction and any(ws == s0 and we > s1 and not word_from(spans, s1, we) for ws, we in spans):
            continue  # 英国|路透社: the suffix opens another word (not 中山路|向北, where a word starts after it)
        street_word = whole is not None and dictionary_street(text[whole:s1], junction)  # 建设路, 中山路
        # 安远路581号: a place's name, the suffix and a house number; 远路 is no "long way" there
        numbered_house = _HOUSE_NUMBER.match(text, s1) is not None and is_place(text[max(0, s0 - 2) : s0])
        if (
            everyday(text[s0 - 1 : s1])
            and not numbered_house
            and not (whole is not None and place_word(text[whole:s1]) and (junction or street_word))
        ):
            continue  # 公交线路, 集成电路: a common noun ends in the suffix (中山路 is jieba's place)
        expressway = m.group().startswith("高速")
        if expressway and (boarded(bounds, s0) or named_exit(text, s1)):
            continue  # 从某地东|上|高速: getting on the expressway; 某某高速收费站: the station's name, no road
        if text.startswith(_ROAD_FIRM, s1):
            continue  # 某某高速公路 + 管理公司: the road names a company, a place inside another name
        # 建设三路, 文三路: a numbered street, whatever its name's word, unless a verb counts the
        # ways (兵分|三路): the name must end in a word of two characters or a noun-like one
        numbered = m.group()[0] in "二三四五六七八九十" and _names_a_street(bounds, s0)
        # one character is a name right after a place (合肥市|罍街) or before a number (文三路)
        for start in range(max(0, s0 - 4), s0 - (0 if numbered or known.start_at.get(s0 - 1) is not None else 1)):
            name = text[start:s0]
            anchor = known.start_at.get(start)
            if whole is not None and start != whole and not (start < whole and _HOUSE_NUMBER.match(text, s1)):
                continue  # (桐梓|坡路|188号: a house number speaks for a longer name than jieba's word)
            if len(name) == 1 and not (bounds.starts_word(start) and name not in STOP_FIRST):
                continue
            if "路" in name or "街" in name:
                continue  # 河西二路|滨湖西街: a road's name holds no other road
            place = is_place(name)
            if known.overlaps(start, s0, inside_ok=True) and not place:
                continue
            if not _may_open_name(text, start, s0, known) or name[-1] in AREA_CHARS and not place:
                continue  # 旌德县|路西村, 开展镇|街
            if any(
                e < s0 and (text[e - 1] in _FULL_SUFFIXES or e in starts or _ANOTHER_NAME.fullmatch(text[e:s0]))
                for _, e in known.within(start, s0)
            ):
                continue  # 单县|单丰路, 北京|簋街: a place before a name is not part of it (中山北|二路 is)
            county = county_opening(name)
            if county:  # 单县|单丰路 where the page gave 单县 no other evidence: the county, then the road
                if not known.overlaps(start, start + county):
                    out.append(GrammarName(start, start + county, level="county"))
                continue
            if not _name_shape(bounds, start, s0, anchored=anchor is not None or len(name) == 1):
                continue
            if (
                not (place or street_word)
                and unanchored(text, start, anchor)  # (家住|三兴街: an address, whatever jieba reads)
                and not _names_a_street(bounds, s0, _FUNCTION_TAGS + ("v",))
            ):
                continue  # 兵分|三路: a verb before the suffix
            if expressway:
                if place or text[s1 : s1 + 2] in ("发展", "增长", "运转", "推进", "运行"):
                    break  # 浙江高速 is the province's expressways
                if not _name_proper(bounds, start, s0) or opens_with_distance(bounds, start):
                    continue  # (距|某某东高速: the name starts after the distance word)
            elif counted(name) or not place and any(ws == s0 and we > s1 for ws, we in bounds.words_over(s0, s1)):
                continue  # 杭州城区多处路段: a count, and 路段 is its own word
            elif numbered and not place and anchor is None and _opens_with_word(bounds, start, s0):
                continue  # 驶入|光明五路: a verb before the street's name
            elif not (
                place
                or numbered
                or _HOUSE_NUMBER.match(text, s1)
                or not unanchored(text, start, anchor)
                or text.startswith(_JUNCTION, s1)
            ):
                if (not _name_proper(bounds, start, s0) or bounds.all_everyday(start, s0)) and not street_word:
                    continue  # (建设路, 文化路: streets of jieba's dictionary, though their names are words)
                if s0 - start >= 3 and _ends_in_word(bounds, start, s0) and bounds.first_word(start, s0):
                    continue  # 拓宽|成才|路: a word and then a common noun, with nothing that vouches for a street
            out.append(GrammarName(start, s1, kind="road", anchor=anchor))
            break
        else:
            if s1 - s0 == 2 and text[s0] in "东南西北中" and bare_street(bounds, s0, s1):
                out.append(GrammarName(s0, s1, kind="road"))  # 古城的西街: a street named by its direction
    return out
