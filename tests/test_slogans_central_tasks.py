"""Tasks quoted word for word from a central meeting or document (docs/labels.md, slogan, batch 3),
on made-up text: the quote keeps its verb and is the slogan as quoted, a quote of two task clauses
gives each clause, and an inner lexicon core gives way to the whole quote (nested extents); where the
core also stands alone on the page, it is a slogan there too (labels.md, batch 5).
"""

from __future__ import annotations

import pytest
from conftest import slogan_forms

PLENUM = (
    "党的二十届四中全会提出“坚持以经济建设为中心”“加快构建新发展格局”。会议强调，要“有序推进老旧街区更新”，"
    "“统筹城市空间布局，提升城市的通达性”。"
)


def test_the_tasks_of_a_plenum_are_slogans_as_quoted(slogan_pipe):
    got = slogan_forms(slogan_pipe, PLENUM)
    assert got.get("有序推进老旧街区更新") == "有序推进老旧街区更新", got
    # a framing verb around a lexicon formula: the task with its verb, as quoted
    assert "加快构建新发展格局" in got and "坚持以经济建设为中心" in got
    # where the formula stands alone too, it is a slogan there as well
    got = slogan_forms(slogan_pipe, PLENUM + "构建新发展格局，是一篇大文章。")
    assert "新发展格局" in got and "加快构建新发展格局" in got


def test_an_inner_core_gives_way_to_the_whole_task(slogan_pipe):
    got = slogan_forms(slogan_pipe, "中央财经委员会会议强调，要“着力提升共同富裕的成色”。")
    assert "着力提升共同富裕的成色" in got and "共同富裕" not in got  # one mention, one extent


def test_a_quote_of_two_task_clauses_gives_each_clause(slogan_pipe):
    got = slogan_forms(slogan_pipe, PLENUM)
    assert "统筹城市空间布局" in got and "提升城市的通达性" in got
    assert "统筹城市空间布局，提升城市的通达性" not in got


@pytest.mark.parametrize(
    "text, task",
    [
        ("“十五五”时期任务繁重。《建议》明确要求“扎实推进城乡基本公共服务均等化”。", "扎实推进城乡基本公共服务均等化"),
        ("中共中央政治局召开会议。会议部署“着力建设舒适便利的宜居城市”。", "着力建设舒适便利的宜居城市"),
        ("国务院常务会议强调：“稳步推进城中村和危旧房改造”，各地要抓好落实。", "稳步推进城中村和危旧房改造"),
        ("中央城市工作会议首次提出了“建设现代化人民城市”的目标。", "建设现代化人民城市"),
        ("党的二十届三中全会《决定》提出：“健全城乡融合发展体制机制。”", "健全城乡融合发展体制机制"),
        # a title the page breaks over two lines
        (
            "　　《中共中央关于制定国民经济和社会发展第十五个五年\n规划的建议》提出，“办好人民满意的教育”。",
            "办好人民满意的教育",
        ),
        ("“十五五”规划建议对“推进县域商业体系提档升级”作出部署。", "推进县域商业体系提档升级"),
        ("全会通过的《建议》对“推进县域商业体系提档升级”进\n行了全面部署。", "推进县域商业体系提档升级"),
    ],
)
def test_cues_of_the_centre(slogan_pipe, text, task):
    assert task in slogan_forms(slogan_pipe, text)


@pytest.mark.parametrize(
    "text, phrase",
    [
        # a leader's speech is judged as speech is
        ("习近平总书记强调：“加强自主创新，加快转变发展方式。”", "加强自主创新"),
        # a local meeting, a firm's or a think tank's report: no central cue
        ("县委常委会召开会议。县委常委会会议强调，要“加快补齐乡村道路短板”。", "加快补齐乡村道路短板"),
        ("某咨询公司发布的行业报告提出“加快布局海外仓储网络”。", "加快布局海外仓储网络"),
        # a clause that opens with no policy verb is a statement
        ("中央经济工作会议指出，“外部环境变化带来的不利影响加深”。", "外部环境变化带来的不利影响加深"),
        # too long for a formula
        (
            "全会提出“加快构建以国内大循环为主体、国内国际双循环相互促进的新发展格局体系”。",
            "加快构建以国内大循环为主体、国内国际双循环相互促进的新发展格局体系",
        ),
    ],
)
def test_what_is_no_central_task(slogan_pipe, text, phrase):
    assert phrase not in slogan_forms(slogan_pipe, text)


def test_task_clauses_shape():
    from baokan.annotators.language.central_tasks import task_clauses

    assert task_clauses("有序推进老旧街区更新") == [(0, 10)]
    assert task_clauses("统筹城市空间布局，提升城市的通达性") == [(0, 8), (9, 17)]
    assert task_clauses("培育未来产业。") == [(0, 6)]
    assert task_clauses("坚持我们的老办法") == []  # a pronoun of speech
    assert task_clauses("推进了城市更新") == []  # an aspect particle: a report, not a task
    assert task_clauses("推进") == []


def test_the_judgement_reads_a_central_task():
    from baokan.annotators.language import quoted

    task = "有序推进老旧街区更新"
    text = f"全会强调“{task}”。"
    start = text.index("“") + 1
    verdict = quoted.judge(text, start, start + len(task))
    assert verdict.slogan and "central_task" in verdict.features
    speech = f"他强调，“{task}”。"  # a person's speech: the verb of saying counts
    start = speech.index("“") + 1
    assert "central_task" not in quoted.judge(speech, start, start + len(task)).features


def test_the_cue_patterns_are_the_same_in_every_process():
    """The cue words come from sets, whose order changes with string hashing: the alternation
    orders them itself, so that recache finds the compiled pattern of an earlier run."""
    from baokan.annotators.language import central_tasks

    words = ["会议", "中央", "国务院", "党中央", "决定"]
    assert central_tasks._alternation(words) == central_tasks._alternation(list(reversed(words)))
    assert central_tasks._alternation(set(words)) == "党中央|国务院|中央|会议|决定"
