"""Patterns rewritten to open with one character class, which ``re``'s search skips to (its
character-set prefix), instead of trying an alternation at every offset of an article: each is held
here to the pattern it replaced, on made-up sentences and on random strings of the characters that
matter to it (same spans, same groups, in the same order)."""

from __future__ import annotations

import random
import re

import pytest

from baokan.annotators.language import place_grammar, place_list_items, place_roads, police_words

CJK = place_grammar.CJK
_COUNT = r"(?:[两三四五六七八九十]|[0-9]{1,2})"

CASES = [
    (
        "road code",
        place_roads._ROAD_CODE,
        rf"(?:[GSXYZ](?<![A-Za-z0-9].)\d{{1,4}}|\d(?<![A-Za-z0-9].)\d{{2}})(?:[{CJK}]{{2,4}}?(?:高速公路|高速))?"
        r"(?:国道|省道|县道|乡道|高速公路|高速)?",
        ["G", "S", "X", "Y", "Z", "A", "a", "0", "1", "２", "9", "沪昆", "高速", "公路", "国道", "省", "道", " ", "路"],
    ),
    (
        "road suffix",
        place_roads._ROAD_SUFFIX,
        r"高速公路|高速|大道|大街|胡同|[一二三四五六七八九十]{1,2}[马横纵]?路|[东南西北中]路|路|街(?!道)|巷",
        list("高速公大道街一二三十马横纵东南西北中路巷胡同甲 "),
    ),
    (
        "numbered team",
        police_words._NUMBERED_TEAM,
        "[一二三四五六七八九十]{1,3}(?:队|探组|大队|中队|分队)(?!伍)",
        list("一二三十队探组大中分伍甲"),
    ),
    (
        "village count",
        place_list_items._VILLAGE_COUNT,
        rf"{_COUNT}个?(?:行政|自然)?村(?![民级庄落镇])",
        list("两三十0129个村民级镇甲") + ["行政", "自然"],
    ),
    (
        "river count",
        place_list_items._RIVER_COUNT,
        rf"(?<=[河江溪]){_COUNT}条(?:主要)?(?:河流|河道|江河|支流)",
        ["河", "江", "溪", "两", "十", "1", "23", "条", "主要", "河流", "河道", "支流", "甲", "\n"],
    ),
]

SENTENCES = (
    "车队沿G60沪昆高速、104国道和S26诸永高速前行，经解放路、中山北二路、人民大街、文三路、十里横路到达簋街和六尺巷，"
    "又翻过某某山，沿某江支流和某湖水道而下。镇里共有甲村、乙村等5个行政村，某河、某溪和某江3条主要河流穿境而过，"
    "刑侦大队一队、二探组和十二队民警在场。X1路口，2024年，G3，12号，大街道。"
)


def _spans(pattern: re.Pattern[str], text: str) -> list:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


@pytest.mark.parametrize("name, new, old, alphabet", CASES, ids=[c[0] for c in CASES])
def test_the_rewritten_pattern_matches_as_the_old(name, new, old, alphabet):
    old_re = re.compile(old)
    assert _spans(new, SENTENCES) == _spans(old_re, SENTENCES)
    rng = random.Random(name)
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        assert _spans(new, text) == _spans(old_re, text), text


@pytest.mark.parametrize("name, new, old, alphabet", CASES, ids=[c[0] for c in CASES])
def test_the_rewritten_pattern_has_a_character_set_prefix(name, new, old, alphabet):
    from re import _compiler, _parser  # type: ignore[attr-defined]

    parsed = _parser.parse(new.pattern, new.flags)
    assert _compiler._get_literal_prefix(parsed, new.flags)[0] or _compiler._get_charset_prefix(parsed, new.flags)


NEEDLES = [
    ("河溪", list("河溪山峰岭甲")),
    ("山峰岭", list("山峰岭河甲")),
    (("东路", "南路", "西路", "北路"), list("东南西北路甲")),
    (("广场", "坊"), list("广场坊甲")),
    ("至—到", list("至—到路街道甲")),
    ("、等", list("、等甲")),
    (("人民", "群众", "百姓", "儿女", "父老乡亲"), list("人民群众百姓儿女父老乡亲甲")),
    ("+＋", list("+＋甲")),
]


@pytest.mark.parametrize("needles, alphabet", NEEDLES, ids=["".join(n) for n, _ in NEEDLES])
def test_spans_of_finds_what_the_alternation_finds(needles, alphabet):
    """The marks the readers find with str.find (occurrences.spans_of) instead of a character class
    or an alternation: the same spans, in the same order, as re.finditer over their alternation."""
    from baokan.annotators.language.occurrences import spans_of

    pattern = re.compile("|".join(map(re.escape, needles)))
    rng = random.Random("".join(needles))
    for text in [SENTENCES] + ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12))) for _ in range(5_000)]:
        assert spans_of(text, needles) == [m.span() for m in pattern.finditer(text)], text


def test_the_floor_of_an_organisation_is_the_walk_back_to_the_last_break():
    """titles._floor finds the last break before a post with one match; the walk back it replaced,
    character by character, stops at the same offset."""
    from baokan.annotators.language import titles

    def walk(text: str, pos: int, limit: int, cap: int) -> int:
        start = pos
        while start > limit and pos - start < cap and not titles._BREAK.match(text[start - 1]):
            start -= 1
        return start

    rng = random.Random("floor")
    texts = [SENTENCES] + [
        "".join(rng.choice("甲乙，。 \n、（）”") for _ in range(rng.randint(0, 12))) for _ in range(3000)
    ]
    for text in texts:
        for _ in range(20):
            pos = rng.randint(0, len(text))
            limit, cap = rng.randint(0, pos + 1), rng.choice([titles.MAX_ORG, 3, 1])
            assert titles._floor(text, pos, limit, cap) == walk(text, pos, limit, cap), (text, pos, limit, cap)


def test_a_clause_end_is_the_walk_over_han_characters_and_dots():
    """names._clause_end reads the run of Han characters and name dots with one match; the walk it
    replaced, one character at a time, ends at the same offset."""
    from baokan.annotators.language import names

    def walk(text: str, pos: int, limit: int) -> int:
        end, stop = pos, min(len(text), pos + limit)
        while end < stop and (names.HAN_CHAR.match(text[end]) or text[end] in names.DOTS):
            end += 1
        return end

    rng = random.Random("clause end")
    texts = [SENTENCES, "阿卜杜拉·阿齐兹说，"] + [
        "".join(rng.choice("甲乙·•，a 1") for _ in range(12)) for _ in range(2000)
    ]
    for text in texts:
        for pos in range(len(text) + 2):
            for limit in (0, 1, 3, 12):
                assert names._clause_end(text, pos, limit) == walk(text, pos, limit), (text, pos, limit)


def test_a_clause_reads_only_the_stops_within_its_reach():
    """Boundaries._clause looks for the last stop before a span and the first after it within its
    reach; the bisection over every stop of the text it replaced gives the same clause."""
    import bisect

    from baokan.annotators.language import place_words

    def by_all_stops(text: str, start: int, end: int) -> tuple:
        stops = [m.start() for m in place_words._CLAUSE_STOP_RE.finditer(text)]
        i, j = bisect.bisect_left(stops, start), bisect.bisect_left(stops, end)
        lo = stops[i - 1] + 1 if i > 0 else 0
        hi = stops[j] if j < len(stops) else len(text)
        return max(lo, start - 24), min(hi, end + 24)

    rng = random.Random("clause")
    texts = [SENTENCES] + [
        "".join(rng.choice("甲乙，。 \n、（）”") for _ in range(rng.randint(0, 70))) for _ in range(2000)
    ]
    for text in texts:
        bounds = place_words.Boundaries(text)
        for _ in range(10):
            start = rng.randint(0, len(text))
            end = min(len(text), start + rng.randint(0, 5))
            assert bounds._clause(start, end) == by_all_stops(text, start, end), (text, start, end)
