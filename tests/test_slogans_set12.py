"""Slogan classes from set 12's misses (session 15, issue 19), on made-up text in the style of local papers.

- A series of two-character items that share one governance verb (定人、定点、定岗、定责) is a body's work formula,
  quoted or not (docs/labels.md, s12 R2); a shared prefix of scale (大排查、大清理、大整顿, s12 R1) is not.
- A quoted special-service number (“110”、“119”) names a telephone line, never a formulation, even beside a quoted
  formula whose verdict its siblings share; a numbered work formula of four digits (“1234”工作法) is judged as before.
- Named formulas of the public record behind the misses, each document swept (discipline work, the 20th Congress
  report's 坚持人民至上, the police's 110 pledge).
"""

from __future__ import annotations

from conftest import slogan_forms

# ---------------------------------------------------------------- a shared verb over two-character items


def test_a_shared_verb_series_is_a_work_formula(slogan_pipe):
    text = "巡逻大队划定重点路段，定人、定点、定岗、定责，夜间见警率明显提升。"
    assert "定人、定点、定岗、定责" in slogan_forms(slogan_pipe, text)


def test_three_items_of_a_shared_verb_are_enough(slogan_pipe):
    text = "社区网格实行强基、强防、强控，矛盾纠纷就地化解。"
    assert "强基、强防、强控" in slogan_forms(slogan_pipe, text)


def test_a_shared_prefix_of_scale_is_no_formula(slogan_pipe):
    text = "镇里开展大排查、大清理、大整顿，消除隐患一百余处。"
    assert not any(g.startswith("大排查") for g in slogan_forms(slogan_pipe, text))


def test_a_longer_list_is_not_read(slogan_pipe):
    text = "他们定人、定点、定岗、定责、安排值班人员，确保不留死角。"
    assert "定人、定点、定岗、定责" not in slogan_forms(slogan_pipe, text)


# ---------------------------------------------------------------- a quoted telephone line


def test_quoted_service_numbers_are_no_slogans(slogan_pipe):
    text = "指挥中心把“110”、“122”、“119”合在一起，实现“三台合一”，群众求助更方便。"
    got = slogan_forms(slogan_pipe, text)
    assert "三台合一" in got
    assert not {"110", "122", "119"} & set(got)


def test_a_numbered_formula_of_four_digits_is_still_judged(slogan_pipe):
    text = "该所推行“1234”工作法，即一个中心、两支队伍、三项机制、四个平台。"
    assert "1234" in slogan_forms(slogan_pipe, text)


# ---------------------------------------------------------------- lexicon rows from the public record


def test_discipline_formulas(slogan_pipe):
    text = "局党委加强纪律作风和反腐倡廉建设，坚持标本兼治、综合治理、惩防并举、注重预防。"
    got = slogan_forms(slogan_pipe, text)
    assert {"反腐倡廉", "标本兼治、综合治理、惩防并举、注重预防"} <= set(got)


def test_the_peoples_stand_and_the_110_pledge(slogan_pipe):
    text = "这是机关站稳人民立场的体现。接警员坚持有警必接、有难必帮、有险必救、有求必应。"
    got = slogan_forms(slogan_pipe, text)
    assert {"站稳人民立场", "有警必接、有难必帮、有险必救、有求必应"} <= set(got)


# ---------------------------------------------------------------- a quoted clause the text names a conviction


def test_a_clause_named_a_conviction_keeps_its_de(slogan_pipe):
    text = "多年来，该所始终树立“把老百姓的小事办成暖心的实事”理念，主动上门服务。"
    assert "把老百姓的小事办成暖心的实事" in slogan_forms(slogan_pipe, text)


def test_a_described_thing_with_de_stays_out(slogan_pipe):
    text = "游客在这里看到了“没有围墙的博物馆”，纷纷拍照留念。"
    assert "没有围墙的博物馆" not in slogan_forms(slogan_pipe, text)
