"""Quoted dicta and quoted document clauses (docs/labels.md, slogan, batches 3 and 5), on made-up text.

- A central document's task quote of two to four clauses gives each clause, also when the clauses
  are short sentences, the quote is longer than the quote finder reads, or the document is the
  subject of the sentence with other words before the quote; a longer passage is not split.
- A quoted task clause keeps its verb even where its lexicon formula stands alone elsewhere.
- A leader's or a document's quoted statement of a principle (X是Y) is a slogan as quoted; the
  rest of the passage is not; speech, descriptions and directives are not dicta.
"""

from __future__ import annotations

import pytest
from conftest import slogan_forms

from baokan.annotators.language import central_tasks, dicta

# ---------------------------------------------------------------- document clauses


def test_three_and_four_task_clauses_split_each():
    assert len(central_tasks.task_clauses("健全乡村治理体系，完善基层服务网络，提升农村人居品质")) == 3
    four = "优化营商环境，稳步扩大制度型开放，培育壮大乡土人才，守牢粮食安全底线"
    assert len(central_tasks.task_clauses(four)) == 4
    five = four + "，发展林下经济"
    assert central_tasks.task_clauses(five) == []  # a passage of the document, not a formula


def test_short_task_sentences_split_at_their_full_stops(slogan_pipe):
    text = (
        "今年的《政府工作报告》提出，“推动传统作坊改造提升。加快县域特色产业链发展，强化冷链物流基础设施建设。”"
        "各地纷纷响应。"
    )
    got = slogan_forms(slogan_pipe, text)
    for clause in ("推动传统作坊改造提升", "加快县域特色产业链发展", "强化冷链物流基础设施建设"):
        assert clause in got, got


def test_the_document_opens_the_sentence(slogan_pipe):
    text = (
        "党的二十届四中全会《建议》提出了今后五年必须遵循的若干原则，其中包括“坚持深化农村改革”，"
        "要求“聚焦制约县域发展的体制机制障碍，推进深层次改革”；对“健全城乡融合发展机制，增强县城承载能力”"
        "作出系统部署。"
    )
    got = slogan_forms(slogan_pipe, text)
    for clause in (
        "坚持深化农村改革",
        "聚焦制约县域发展的体制机制障碍",
        "推进深层次改革",
        "健全城乡融合发展机制",
        "增强县城承载能力",
    ):
        assert clause in got, got


def test_a_leader_in_the_sentence_makes_it_speech():
    text = "习近平总书记在中央农村工作会议上讲话，要求“稳住粮食生产基本盘，守住不发生规模性返贫底线”。"
    start = text.index("“") + 1
    assert not central_tasks.cued(text, start, text.index("”"))


def test_a_task_put_on_the_list_of_the_year(slogan_pipe):
    text = "中央经济工作会议把“坚持扩大有效投资，建设现代物流体系”列为今年经济工作的重点任务。"
    got = slogan_forms(slogan_pipe, text)
    assert "坚持扩大有效投资" in got and "建设现代物流体系" in got


def test_a_central_plan_named_by_its_title_alone(slogan_pipe):
    text = "《数字中国建设整体布局规划》提出“夯实可信可控的数字基础底座”。各地正加紧落实。"
    assert "夯实可信可控的数字基础底座" in slogan_forms(slogan_pipe, text)
    text = "《青川县数字乡村建设工作规划》提出“夯实可信可控的数字基础底座”。"  # a county's plan: no cue
    assert not central_tasks.cued(text, text.index("“") + 1, text.index("”"))


def test_a_long_quote_of_task_clauses(slogan_pipe):
    text = (
        "党的二十届三中全会《决定》提出：“健全覆盖城乡的就业公共服务体系并推动服务下沉，"
        "完善新就业形态劳动者权益保障制度和办法，加快建立多层次养老服务网络与照护体系。”"
    )
    inner = text[text.index("“") + 1 : text.index("”")]
    assert len(inner) > 60  # longer than the quote finder reads
    got = slogan_forms(slogan_pipe, text)
    assert "完善新就业形态劳动者权益保障制度和办法" in got, got


def test_a_framed_clause_keeps_its_verb_beside_the_formula(slogan_pipe):
    text = "全会提出“加快建设贸易强国”。贸易强国建设任重道远。"
    got = slogan_forms(slogan_pipe, text)
    assert "加快建设贸易强国" in got and "贸易强国" in got


def test_the_sentence_before_a_quote_read_both_ways():
    """One helper serves the cue reader (across print breaks) and the dicta reader (its own line)."""
    text = "前文已述。党的二十届四中全会\n《建议》 提出：“坚持扩大内需”"
    start = text.index("“") + 1
    # across print breaks: the line break and the layout space are the printer's, the subject is read
    assert central_tasks.sentence_before(text, start, 60, across_breaks=True) == "党的二十届四中全会《建议》提出："
    # in its own line, as printed
    assert central_tasks.sentence_before(text, start, 60, across_breaks=False) == "《建议》 提出："
    # a paragraph's indent ends the sentence; the window bounds both readings
    indented = "会议指出\n　　全会强调，“推进改革”"
    start = indented.index("“") + 1
    assert central_tasks.sentence_before(indented, start, 60, across_breaks=True) == "全会强调，"
    assert central_tasks.sentence_before(indented, start, 3, across_breaks=True) == "强调，"
    assert central_tasks.sentence_before(indented, start, 3, across_breaks=False) == "强调，"


# ---------------------------------------------------------------- dicta


@pytest.mark.parametrize(
    "clause, expected",
    [
        ("乡村振兴的根本是人才振兴", True),
        ("每一个村民都是主人", True),
        ("改革是一项系统工程", False),  # a counted predicate: a description
        ("我们最大的心愿是多卖些橘子", False),  # the speaker's pronoun: speech
        ("这是一次难忘的经历", False),
        ("是否值得继续投入", False),
    ],
)
def test_statement_shape(clause, expected):
    assert dicta.statement(clause) is expected


def test_a_leaders_thesis_is_a_slogan_as_quoted(slogan_pipe):
    text = (
        "习近平总书记在考察时指出：“良好的生态环境是乡村最宝贵的财富。要走出一条生态惠民的新路子，"
        "让群众得到实惠。”当地干部群众深受鼓舞。"
    )
    got = slogan_forms(slogan_pipe, text)
    assert "良好的生态环境是乡村最宝贵的财富" in got, got
    assert not any("新路子" in s for s in got)  # the directive after it is not


def test_two_statements_joined_by_a_comma_stay_whole():
    inner = "城市更新的重点是老旧小区，关键问题是资金从哪里来"
    assert dicta.dictum_units(inner) == [(0, len(inner))]


def test_a_thesis_named_so_after_the_quote(slogan_pipe):
    text = "“每一座小城都是风景”的鲜明论断，道出了县域文旅的潜力。"
    assert "每一座小城都是风景" in slogan_forms(slogan_pipe, text)


def test_a_villagers_words_are_no_dictum(slogan_pipe):
    text = "村民李大姐笑着说：“家门口的工厂是我们的好帮手。”"
    assert "家门口的工厂是我们的好帮手" not in slogan_forms(slogan_pipe, text)
    text = "合作社负责人表示：“今年的收成是近五年最好的。”"
    assert "今年的收成是近五年最好的" not in slogan_forms(slogan_pipe, text)


def test_a_leaders_short_saying_but_not_a_directive(slogan_pipe):
    got = slogan_forms(slogan_pipe, "总书记在茶话会上强调“以奋斗赢得未来”，令人振奋。")
    assert "以奋斗赢得未来" in got
    got = slogan_forms(slogan_pipe, "总书记在座谈会上强调“要加强基础研究”，各地积极落实。")
    assert "要加强基础研究" not in got


def test_a_quoted_programme_name_before_plan(slogan_pipe):
    assert "归雁" in slogan_forms(slogan_pipe, "县里推出“归雁”计划，吸引人才返乡。")
    assert "归雁" not in slogan_forms(slogan_pipe, "县里推出“归雁”，吸引人才返乡。")  # a nickname alone
