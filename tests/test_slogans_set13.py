"""Slogan classes that recur in set 13, set 11 and the corpus fit pages (session 15, issue 19), on made-up text.

- Four items or more of one length that all open with the same character (讲…、讲…、讲…、讲…; 智…、智…、智…、智…)
  are a body's set of demands, whatever the opener; the prefix of scale 大 (s12 R1) and the nominaliser 所 are not.
- Named formulas of the public record behind set 13's misses, each document swept (the rule of law, the border,
  the economy, two provincial charges, the CPPCC members' duty).
"""

from __future__ import annotations

from conftest import slogan_forms

# ---------------------------------------------------------------- a shared opener over four items


def test_four_three_character_items_with_one_opener_are_a_formula(slogan_pipe):
    text = "县政协要求委员在讲学习、讲团结、讲实干、讲奉献上作表率，把履职热情转化为工作实效。"
    assert "讲学习、讲团结、讲实干、讲奉献" in slogan_forms(slogan_pipe, text)


def test_an_adverb_opener_counts_too(slogan_pipe):
    text = "派出所推行快受理、快调查、快处置、快反馈的接警流程，群众满意率明显提升。"
    assert "快受理、快调查、快处置、快反馈" in slogan_forms(slogan_pipe, text)


def test_four_two_character_items_with_one_opener_are_a_formula(slogan_pipe):
    text = "县法院上线“慧查、慧办、慧审、慧评”平台，当事人足不出户即可立案。"
    assert "慧查、慧办、慧审、慧评" in slogan_forms(slogan_pipe, text)


def test_three_items_are_not_enough_without_a_formula_verb(slogan_pipe):
    text = "小镇上有书店、有茶馆、有剧场，周末游客很多。"
    assert not any(g.startswith("有书店") for g in slogan_forms(slogan_pipe, text))


def test_a_prefix_of_scale_and_a_nominaliser_stay_out(slogan_pipe):
    scale = "各乡镇开展大走访、大排查、大清理、大整顿，消除隐患二百余处。"
    assert "大走访、大排查、大清理、大整顿" not in slogan_forms(slogan_pipe, scale)
    seen = "记者把一路所见、所闻、所思、所感写成日记，发给家乡的读者。"
    assert not any(g.startswith("所见") for g in slogan_forms(slogan_pipe, seen))


def test_the_series_may_end_at_the_shang_of_zai(slogan_pipe):
    text = "干部要在讲学习、讲团结、讲实干、讲奉献上下功夫。"
    assert "讲学习、讲团结、讲实干、讲奉献" in slogan_forms(slogan_pipe, text)
    loose = "会上讲学习、讲团结、讲实干、讲奉献上午结束。"
    assert "讲学习、讲团结、讲实干、讲奉献" not in slogan_forms(slogan_pipe, loose)


# ---------------------------------------------------------------- formulas of the public record (set 13's documents)


def test_the_two_halves_of_the_rule_of_law_dictum(slogan_pipe):
    text = "法治兴则国兴，法治强则国强。全市政法机关把公正司法作为工作的生命线。"
    got = slogan_forms(slogan_pipe, text)
    assert "法治兴则国兴" in got and "法治强则国强" in got
    assert "公正司法" in got


def test_border_and_economy_formulas(slogan_pipe):
    text = "全年经济运行总体平稳、稳中有进。边境县推进兴边富民、稳边固边，口岸通关量创新高。"
    got = slogan_forms(slogan_pipe, text)
    assert "稳中有进" in got and "兴边富民、稳边固边" in got


def test_provincial_charges_and_the_cppcc_duty(slogan_pipe):
    text = "省农业农村厅全力建设新时代更高水平“天府粮仓”。"
    assert "天府粮仓" in slogan_forms(slogan_pipe, text)
    text = "该市依托口岸优势，打造向北开放的桥头堡。"
    assert "向北开放" in slogan_forms(slogan_pipe, text)
    text = "政协委员围绕乡村振兴建真言、谋良策、出实招，提交提案四十余件。"
    assert "建真言、谋良策、出实招" in slogan_forms(slogan_pipe, text)


def test_the_fourth_plenum_decision_and_the_political_legal_force(slogan_pipe):
    text = "县司法局深入开展法治宣传，推动形成办事依法、遇事找法、解决问题用法、化解矛盾靠法的良好环境。"
    assert "办事依法、遇事找法、解决问题用法、化解矛盾靠法" in slogan_forms(slogan_pipe, text)
    text = "要建设一支党和人民信得过、靠得住、能放心的政法队伍。"
    got = slogan_forms(slogan_pipe, text)
    assert "党和人民信得过、靠得住、能放心" in got and "政法队伍" not in " ".join(got)
    text = "这支队伍信得过、靠得住、能放心，群众交口称赞。"
    assert "信得过、靠得住、能放心" in slogan_forms(slogan_pipe, text)


# ---------------------------------------------------------------- a province's goal noun, not the metaphor


def test_a_bare_important_window_in_prose_is_a_metaphor(slogan_pipe):
    text = "每年的冰雪节已成为外地游客了解这座北方小城的重要窗口，客流连年增长。"
    assert not [f for f in slogan_forms(slogan_pipe, text) if "重要窗口" in f]


def test_zhejiangs_whole_goal_is_the_formula(slogan_pipe):
    text = "全省上下努力建设新时代全面展示中国特色社会主义制度优越性的重要窗口，奋力推进共同富裕示范区建设。"
    assert "新时代全面展示中国特色社会主义制度优越性的重要窗口" in slogan_forms(slogan_pipe, text)
