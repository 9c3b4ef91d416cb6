"""Slogans: the goals and named strategies of a province's own party congresses and plenums (lexicon version 7,
session 16, issue 19), on made-up text.

docs/labels.md, *consistency, fourth pass*: a province's form of the modernisation goal written with the national
formula's verb keeps the verb (must whole, the noun neutral inside it); *consistency, sixth pass*: an aim noun the
texts print with varying verbs is must without the verb. A goal any province could say word for word is no row.
"""

from __future__ import annotations

from conftest import slogan_forms, slogans_of


def test_a_province_goal_keeps_its_verb_and_stands_alone_without_it(slogan_pipe):
    text = "全省上下要团结奋斗，全面建设现代化美好安徽。三年来，现代化美好安徽建设迈出坚实步伐。"
    got = slogan_forms(slogan_pipe, text)
    assert "全面建设现代化美好安徽" in got
    assert "现代化美好安徽" in got  # the noun of the second sentence, standing alone


def test_a_goal_with_its_list_of_qualities_is_one_mention(slogan_pipe):
    text = "会议号召，加快建设经济强、格局新、环境优、活力足、百姓富的现代化美好安徽。"
    got = slogan_forms(slogan_pipe, text)
    assert "经济强、格局新、环境优、活力足、百姓富的现代化美好安徽" in got
    assert "现代化美好安徽" not in got


def test_named_strategies_bare_and_quoted(slogan_pipe):
    text = "该市紧扣“一主六双”高质量发展战略谋划项目；另一省份持续推进一优两高，首都则以五子联动推动新时代首都发展。"
    ents = slogans_of(slogan_pipe, text)
    by_text = {e.text: e for e in ents}
    assert by_text["一主六双"].quoted
    assert not by_text["一优两高"].quoted
    for phrase in ("五子联动", "新时代首都发展"):
        assert phrase in by_text, phrase
    for e in ents:
        assert text[e.start : e.end] == e.text


def test_regional_layouts_and_industry_sets(slogan_pipe):
    text = "报告提出构建一核三带区域发展格局，打造六新六特六优产业，深化一主两副多极区域发展战略。"
    got = slogan_forms(slogan_pipe, text)
    for phrase in ("一核三带", "六新六特六优", "一主两副多极"):
        assert phrase in got, phrase


def test_regional_strategies_of_plenums_and_a_quoted_work_plan(slogan_pipe):
    text = "全省构建一主引领、两翼驱动、全域协同的区域发展布局，邻省认真落实“1+1+9”工作部署。"
    got = slogan_forms(slogan_pipe, text)
    assert "一主引领、两翼驱动、全域协同" in got
    assert got["1+1+9"] == "1+1+9工作部署"  # the quoted set, as the lexicon's 1310 具体部署


def test_an_aim_noun_without_its_varying_verb(slogan_pipe):
    text = "自治区坚定不移走以生态优先、绿色发展为导向的高质量发展新路子，朝着闯新路、进中游的目标迈进。"
    got = slogan_forms(slogan_pipe, text)
    assert "以生态优先、绿色发展为导向的高质量发展新路子" in got
    assert "走以生态优先、绿色发展为导向的高质量发展新路子" not in got
    assert "生态优先、绿色发展" not in got  # nested in the longer goal
    assert "闯新路、进中游" in got


def test_a_modifier_of_degree_stays_outside(slogan_pipe):
    text = "今后五年，全省要全方位推进高质量发展超越，城市要全面建设社会主义现代化大都市。"
    got = slogan_forms(slogan_pipe, text)
    assert "高质量发展超越" in got and "全方位推进高质量发展超越" not in got
    assert "全面建设社会主义现代化大都市" in got


def test_near_misses_are_no_provincial_goal(slogan_pipe):
    text = "县里规划一核两带的旅游格局，讲述首都发展的新时代故事，描绘安徽美好的现代化图景。"
    got = slogan_forms(slogan_pipe, text)
    assert not got, got  # a near layout, the words of a goal in another order
