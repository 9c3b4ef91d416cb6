"""occurrences.alternation_spans finds what finditer of an alternation of the words, in their order, finds."""

import random
import re

from baokan.annotators.language.occurrences import LONG_TEXT, alternation_spans


def _by_regex(text, words):
    return [m.span() for m in re.compile("|".join(map(re.escape, words))).finditer(text)]


def test_template_literals_in_a_sentence():
    text = "建设平安乡村，推广枫桥经验和平安浙江模式，平安平安。"
    words = ["平安浙江", "平安", "经验", "模式"]
    assert (
        alternation_spans(text, words)
        == _by_regex(text, words)
        == [(2, 4), (11, 13), (14, 18), (18, 20), (21, 23), (23, 25)]
    )
    assert alternation_spans(text, ["平安", "平安浙江"]) == _by_regex(text, ["平安", "平安浙江"])
    assert alternation_spans(text, []) == []


def test_random_texts_and_word_orders():
    rng = random.Random(11)
    alphabet = "平安法治经验模式浙江"
    for _ in range(600):
        words = list(
            {"".join(rng.choice(alphabet) for _ in range(rng.randint(1, 3))) for _ in range(rng.randint(1, 5))}
        )
        rng.shuffle(words)
        text = "".join(rng.choice(alphabet + "，") for _ in range(rng.randint(0, 60)))
        assert alternation_spans(text, words) == _by_regex(text, words)


def test_long_text_path():
    text = ("平安法治，经验模式。" * (LONG_TEXT // 10 + 50))[: LONG_TEXT + 500]
    for words in (["平安法治", "平安", "治，", "模式"], ["平安", "平安法治", "式", "模式。"]):
        assert alternation_spans(text, words) == _by_regex(text, words)


def test_matches_from_the_places_patterns():
    """The counts of villages and rivers and the grid roads, tried only near the rare character each
    holds, find what their finditer finds."""
    from baokan.annotators.language import place_list_items, place_refine
    from baokan.annotators.language.occurrences import find_all, matches_from

    rng = random.Random(7)
    alphabet = "村个行政自然民三五12条河江溪流道主要经纬一二路东、"
    cases = [
        (place_list_items._VILLAGE_COUNT, lambda t: (q - k for q in find_all(t, "村") for k in range(1, 6))),
        (place_list_items._RIVER_COUNT, lambda t: (q - k for q in find_all(t, "条") for k in (1, 2))),
        (place_refine._GRID, lambda t: find_all(t, "经") + find_all(t, "纬")),
    ]
    texts = ["甲村、乙村、丙村三个村，5个行政村", "甲河、乙河和丙河4条河流", "经经一路、纬十二路、经三路"]
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 80))) for _ in range(1500)]
    pieces = [
        "河",
        "江",
        "溪",
        "4",
        "12",
        "三",
        "条",
        "河流",
        "主要",
        "支流",
        "经",
        "纬",
        "十二路",
        "村",
        "个",
        "自然村",
        "、",
    ]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 30))) for _ in range(1500)]
    for pattern, starts in cases:
        for text in texts:
            assert [m.span() for m in matches_from(pattern, text, starts(text))] == [
                m.span() for m in pattern.finditer(text)
            ]


def test_matches_from_road_suffixes():
    """The road suffixes (高速, 大道, 一路, 东路, 巷, 街 but not 街道), tried only at their anchors."""
    from baokan.annotators.language import place_roads
    from baokan.annotators.language.occurrences import matches_from

    rng = random.Random(5)
    pieces = [
        "高",
        "速",
        "公路",
        "大",
        "道",
        "街",
        "巷",
        "路",
        "一",
        "十二",
        "马",
        "横",
        "纵",
        "东",
        "中",
        "南",
        "村",
        "、",
    ]
    texts = ["高速公路、康庄大道、大街、一马路、十二横路、东路、小巷、西街、街道、道路"]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 30))) for _ in range(2000)]
    pattern = place_roads._ROAD_SUFFIX
    for text in texts:
        found = matches_from(pattern, text, place_roads._road_suffix_starts(text))
        assert [m.span() for m in found] == [m.span() for m in pattern.finditer(text)]


def test_matches_from_numbered_teams():
    """The numbered teams (一队, 二探组, 十二大队, but not 一队伍), tried only before a 队 or a 探组."""
    from baokan.annotators.language import police_words
    from baokan.annotators.language.occurrences import matches_from

    rng = random.Random(3)
    pieces = ["一", "二", "十", "三", "队", "大队", "中", "分", "探组", "探", "伍", "刑警", "、"]
    texts = ["刑警一队、二探组、十二大队、三中队、一队伍"]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 30))) for _ in range(2000)]
    pattern = police_words._NUMBERED_TEAM
    for text in texts:
        found = matches_from(pattern, text, police_words._team_starts(text))
        assert [m.span() for m in found] == [m.span() for m in pattern.finditer(text)]


def test_road_codes_kept_hold_a_road_word():
    """A numbered road find_roads keeps (four characters or more, Han among them) holds one of
    _ROAD_CODE_WORDS, so a text without any of them is not searched."""
    from baokan.annotators.language import place_roads
    from baokan.annotators.language.place_words import CJK_CHAR

    rng = random.Random(9)
    pieces = ["G", "S", "X", "1", "04", "2025", "国道", "省道", "道", "高速", "公路", "沪昆", "年", "a", "、"]
    texts = ["G60沪昆高速、104国道、S26诸永高速、2025年"]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 25))) for _ in range(2000)]
    for text in texts:
        for m in place_roads._ROAD_CODE.finditer(text):
            if m.end() - m.start() > 3 and CJK_CHAR.search(m.group()):
                assert any(w in m.group() for w in place_roads._ROAD_CODE_WORDS)


def test_known_names_automaton_finds_what_the_pattern_finds():
    """known_officials: daachorse's leftmost-longest automaton finds the spans the names' pattern finds."""
    from baokan.annotators.language import known_officials

    names = sorted(known_officials.known_names())
    if not names:
        return
    rng = random.Random(13)
    pieces = names[:40] + [n[:2] for n in names[:40]] + [n[1:] for n in names[:40]] + ["说", "、", "同志", "的"]
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 20))) for _ in range(1500)]
    for text in texts:
        assert known_officials._name_spans(text) == [m.span() for m in known_officials._pattern().finditer(text)]


def test_programmes_tried_at_their_launching_verbs():
    """slogan_grammar: the programme pattern, tried only where a launching verb's ending stands,
    finds what its finditer finds."""
    from baokan.annotators.language import quoted, slogan_grammar
    from baokan.annotators.language.occurrences import find_all, matches_from

    roles = quoted.cues().roles
    launch, heads = sorted(roles.get("launch", ())), sorted(roles.get("programme_head", ()))
    pattern = slogan_grammar._shapes()[1]
    rng = random.Random(17)
    pieces = launch + heads[:10] + ["乡村", "建设", "振兴", "清朗", "专项", "和", "、", "，", "的", "实", "施"]
    texts = ["全面实施乡村振兴行动，扎实开展清朗专项行动和净网工程。"]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 25))) for _ in range(1500)]
    tails = slogan_grammar._launch_tails()
    for text in texts:
        starts = [q - back for tail, backs in tails for q in find_all(text, tail) for back in backs]
        assert [m.span() for m in matches_from(pattern, text, starts)] == [m.span() for m in pattern.finditer(text)]


def test_mentions_are_each_names_find_all_in_the_names_order():
    """occurrences.mentions finds all the names in one pass and gives, name by name in their order,
    what find_all without overlaps gives (names that hold one another, or repeat themselves: 平安平安)."""
    from baokan.annotators.language.occurrences import find_all, mentions

    rng = random.Random(19)
    alphabet = "平安法治经验模式浙江"
    for size in [*range(0, 60, 3), LONG_TEXT + 100]:
        text = "".join(rng.choice(alphabet + "，") for _ in range(size))
        for _ in range(20):
            names = list({"".join(rng.choice(alphabet) for _ in range(rng.randint(1, 4))) for _ in range(6)})
            rng.shuffle(names)
            expected = [(at, at + len(n)) for n in names for at in find_all(text, n, overlapping=False)]
            assert mentions(text, names) == expected
    assert mentions("平安平安平安", ["平安平安", "安"]) == [(0, 4), (1, 2), (3, 4), (5, 6)]
    assert mentions("平安", []) == []
