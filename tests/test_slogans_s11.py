"""Slogans of session 11 (issue 19, recall on pages the rules have not seen), on passages written for these
tests in the style of provincial, city and legal papers.

- a pace modifier or a framing verb around a lexicon row leaves the row (labels.md, batch 5);
- a province's or a city's echo of a national 强国 formula (教育强国 → 教育强省);
- east–west cooperation pairs of provinces (闽宁协作);
- service-radius programmes (15分钟公共法律服务圈);
- a leader's thesis that names its subject a kind of thing and explains it (改革是一项系统工程，需要…);
- the 必须统筹好…的关系 of the 2024 Central Economic Work Conference;
- unquoted compact lists framed as a goal or a principle (以固态保护、活态传承、业态提升为基本思路).

Each case is one row of a table: ``ALONE`` (the form is a slogan, its own canonical form, and no longer
string around it is one), ``FOUND`` (each form is a slogan) and ``ABSENT`` (no slogan contains any part).
"""

from __future__ import annotations

import pytest
from conftest import slogan_forms

ALONE = [  # (text, form)
    # a modifier or a framing verb leaves the lexicon row
    ("市委常委会强调，要以进一步全面深化改革的实际成效推动高质量发展。", "全面深化改革"),
    ("全区上下坚持和发展中国特色社会主义，奋力推进现代化建设。", "中国特色社会主义"),
    ("为以中国式现代化全面推进强国建设、民族复兴伟业贡献检察力量。", "强国建设、民族复兴伟业"),
    # the 2024 Central Economic Work Conference's principles
    (
        "中央经济工作会议总结的规律性认识中，“必须统筹好培育新动能和更新旧动能的关系”，"
        "为各地因地制宜发展新质生产力指明了方向。",
        "必须统筹好培育新动能和更新旧动能的关系",
    ),
]

FOUND = [  # (text, forms)
    # local echoes of national 强国 formulas
    ("省第十五次党代会提出，以教育强省、科技强省、人才强省建设为支撑。", ("教育强省", "科技强省", "人才强省")),
    ("市里出台加快建设制造强市实施方案，每年滚动推进重点项目。", ("制造强市",)),
    ("县委提出，建设交通强县，打通农村公路“最后一段路”。", ("交通强县",)),
    # east–west cooperation pairs
    ("二十多年来，闽宁协作让戈壁滩上长出了葡萄园。", ("闽宁协作",)),
    ("“鲁渝协作、东菇西种”，大山里的食用菌产业有了新起色。", ("鲁渝协作",)),
    ("依托沪滇协作资金，村里建起了冷链仓储中心。", ("沪滇协作",)),
    # service-radius programmes
    ("司法局全域推进“15分钟公共法律服务圈”建设，群众家门口就能找到调解员。", ("15分钟公共法律服务圈",)),
    ("县里依托三级志愿服务平台，构筑15分钟社区(村)志愿服务圈。", ("15分钟社区(村)志愿服务圈",)),
    ("街道加快建设一刻钟便民生活圈，早餐店、菜市场、修补摊一应俱全。", ("一刻钟便民生活圈",)),
    # a leader's counted thesis, explained, is a dictum
    (
        "习近平总书记指出：“改革是一项系统工程，需要处理好方方面面的关系，需要讲求科学方法。”各级干部要……",
        ("改革是一项系统工程，需要处理好方方面面的关系，需要讲求科学方法",),
    ),
    (
        "习近平总书记强调：“改革是一个破旧立新的过程，破是手段，立是目的。”这一重要论述……",
        ("改革是一个破旧立新的过程，破是手段，立是目的",),
    ),
    # unquoted compact lists framed as a goal or a principle
    ("镇里以固态保护、活态传承、业态提升为基本思路，对古村落实施整村保护。", ("固态保护、活态传承、业态提升",)),
    (
        "紧紧围绕矛盾不上交、平安不出事、服务不缺位这一目标，推进基层治理。",
        ("矛盾不上交、平安不出事、服务不缺位",),
    ),
    ("学院发扬崇尚精品、严谨治学、注重诚信、讲求责任的优良学风。", ("崇尚精品、严谨治学、注重诚信、讲求责任",)),
    ("县检察院形成线索共享、案件共办、成果共用的协作格局。", ("线索共享、案件共办、成果共用",)),
]

ABSENT = [  # (text, parts no slogan contains)
    # no echo without a national row
    ("我们要加快建设开放强省，扩大制度型开放。", ("开放强省",)),  # no 开放强国 row
    ("省会城市要当好排头兵，实施强省会战略。", ("强省会",)),  # a strong capital
    # no pair in plain cooperation (东西部协作 itself may be tagged)
    ("两地加强区域协作和团队协作，推进东西部协作走深走实。", ("区域协作", "团队协作", "推进东西部协作")),
    # no radius programme in distances
    ("景区距市区车程约5小时，正在打造5小时经济圈。", ("圈",)),
    ("从小区步行15分钟就能到达的朋友圈子越来越大。", ("圈",)),
    # no counted thesis in a description (no leader, no document) or before a leader's directive
    ("村支书说：“修这条路是一项大工程，需要全村人出力，大家都很支持。”", ("工程", "任务")),
    ("习近平总书记指出：“这是一项长期任务，要久久为功，必须持之以恒。”", ("工程", "任务")),
    # no framed list without both frames
    ("这款新品更好玩、更实用、更亲民，走进了更多人的日常。", ("、",)),  # a product's traits, no frame
    ("公司形成规模化、生态化的应用格局。", ("、",)),  # two short items: no formula
    ("园区有研发中心、展示中心、体验中心等设施。", ("、",)),  # a description, no frame
    ("店员们以多跑一趟、多问一句、多帮一把为荣。", ("、",)),  # 为 and no word that names a goal
]


def check_slogans(pipe, text: str, found=(), absent=(), alone: bool = False) -> None:
    """``pipe`` tags each of ``found`` in ``text`` as a slogan and no slogan containing any of ``absent``.

    Args:
        found (Sequence[str]): Forms that are slogans.
        absent (Sequence[str]): Parts that no slogan contains.
        alone (bool): Also each form of ``found`` is its own canonical form and no longer slogan holds it.
    """
    got = slogan_forms(pipe, text)
    for form in found:
        assert form in got, got
        if alone:
            assert got[form] == form, got
            assert not any(len(t) > len(form) and form in t for t in got), got
    for part in absent:
        assert not any(part in t for t in got), got


@pytest.mark.parametrize("text, form", ALONE)
def test_the_form_alone_is_the_slogan(slogan_pipe, text, form):
    check_slogans(slogan_pipe, text, found=(form,), alone=True)


@pytest.mark.parametrize("text, forms", FOUND)
def test_slogans_found(slogan_pipe, text, forms):
    check_slogans(slogan_pipe, text, found=forms)


@pytest.mark.parametrize("text, parts", ABSENT)
def test_no_slogan_holds_the_parts(slogan_pipe, text, parts):
    check_slogans(slogan_pipe, text, absent=parts)


def test_echo_offsets_hold():
    from baokan.annotators.core import lexicon
    from baokan.annotators.language.slogan_echoes import echoes

    text = "以教育强省、科技强省建设为抓手，推进社会主义现代化强省建设。"
    spans = echoes(text, lexicon.forms_of("slogans").__contains__)
    assert [text[s:e] for s, e in spans] == ["教育强省", "科技强省", "社会主义现代化强省"]


def test_counted_thesis_shape():
    from baokan.annotators.language.dicta import counted_thesis

    assert counted_thesis(["改革是一项系统工程", "需要处理好方方面面的关系"])
    assert not counted_thesis(["改革是系统工程", "需要处理好方方面面的关系"])  # no counted predicate
    assert not counted_thesis(["改革是一项系统工程", "要处理好方方面面的关系"])  # a directive
    assert not counted_thesis(["我觉得这是一项好工程", "大家都满意"])  # speech
