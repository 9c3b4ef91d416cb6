"""Slogans that structure gives away on pages never seen (session 12, issue 19), on made-up text.

- A leader's thesis may set one statement among plain clauses (甲的内涵十分丰富，乙也必然是全方位的) or state its
  principle in a paired frame (既不存在甲，也不存在乙; 越…越…; 甲为了人民，也依靠人民): the first sentence is a
  dictum as quoted; a statement before a directive (甲就是乙，要丙) is the thesis alone. A directive (要, 必须),
  speech (我们) or narration (正在, 已经) among the clauses makes it none.
- A central document's tasks printed without quotation marks after its cue (《决定》提出，甲。) or as an epigraph
  (——摘自“十五五”规划建议) are split into task clauses as a quote is; a local body's are not.
- A compact list right after 坚持 and closed by a clause mark is the body's principle: three or more items of
  four characters, or two or more of five to seven; two four-character idioms are a plain way of working.
- 把甲作为奋斗目标 names 甲 a goal: a slogan, unless an adverb of pace opens it (不断扩大甲).
"""

from __future__ import annotations

from conftest import slogan_forms

from baokan.annotators.language import dicta, goal_frames, thesis_frames, unquoted_tasks, upheld_lists

# ---------------------------------------------------------------- loose theses


def test_a_statement_among_plain_clauses_is_a_thesis():
    inner = "乡村振兴的内涵十分丰富，推进城乡融合发展也必然是全方位的。"
    assert dicta.dictum_units(inner) == [(0, len(inner) - 1)]


def test_a_paired_frame_is_a_thesis():
    inner = "基层治理既没有一成不变的固定模式，也没有照搬照抄的现成答案。"
    assert dicta.dictum_units(inner) == [(0, len(inner) - 1)]
    inner = "干事创业往往就是这样，越回避问题越被动，越主动作为就越有出路。此后各地纷纷跟进。"
    assert dicta.dictum_units(inner) == [(0, inner.index("。"))]
    inner = "乡村振兴为了农民，也依靠农民。"  # 为了 is no aspect particle
    assert dicta.dictum_units(inner) == [(0, len(inner) - 1)]


def test_a_statement_before_a_directive_is_the_thesis():
    inner = "良好的生态环境本身就是县域发展的宝贵财富，要找到转化的有效途径，让群众得到实惠。"
    assert dicta.dictum_units(inner) == [(0, inner.index("，"))]
    inner = "临江县地处山区，要找到转化的有效途径。"  # no statement first
    assert dicta.dictum_units(inner) == []


def test_directives_speech_and_narration_are_no_loose_theses():
    kwargs = dict(is_statement=lambda c: dicta.statement(c, dicta.LONG_LEN), is_speech=dicta._speech)
    kw = dict(kwargs, directives=("要", "必须"))
    assert not thesis_frames.loose_thesis(["开放是发展的必由之路", "要稳步扩大制度型开放"], **kw)
    assert not thesis_frames.loose_thesis(["开放是发展的必由之路", "我们正在推进高水平开放"], **kw)
    assert not thesis_frames.loose_thesis(["开放是发展的必由之路", "临江已经建成三个园区"], **kw)
    assert not thesis_frames.loose_thesis(["临江县地处山区", "交通不便"], **kw)  # no statement, no frame
    assert thesis_frames.loose_thesis(["开放是发展的必由之路", "封闭只会落后"], **kw)


def test_a_leader_quoted_paired_thesis_is_found(slogan_pipe):
    thesis = "基层治理既没有一成不变的固定模式，也没有照搬照抄的现成答案"
    text = f"习近平总书记强调：“{thesis}。”临江县结合实际，探索出一条新路。"
    assert thesis in slogan_forms(slogan_pipe, text)


def test_an_unsourced_paired_sentence_is_no_thesis(slogan_pipe):
    said = "既没有时间休息，也没有心思吃饭"
    text = f"老张笑着说：“那几天{said}。”如今合作社走上了正轨。"
    assert not any(said in s for s in slogan_forms(slogan_pipe, text))


# ---------------------------------------------------------------- unquoted central tasks


def _spans(text):
    return [text[s:e] for s, e in unquoted_task_spans(text)]


unquoted_task_spans = unquoted_tasks.unquoted_task_spans


def test_a_central_document_task_printed_unquoted():
    text = "党的二十届三中全会《决定》提出，健全同绿色转型相适应的生态补偿制度。各地随即行动起来。"
    assert _spans(text) == ["健全同绿色转型相适应的生态补偿制度"]


def test_unquoted_task_clauses_are_each_a_slogan():
    text = "今年的中央一号文件提出，壮大县域富民产业，实施乡村工匠培育计划，完善联农带农机制。记者来到临江县。"
    assert _spans(text) == ["壮大县域富民产业", "实施乡村工匠培育计划", "完善联农带农机制"]


def test_an_epigraph_of_a_central_document():
    text = "深化农村改革，健全城乡融合发展体制机制。\n\n——摘自“十五五”规划建议\n\n临江县是农业大县。"
    assert _spans(text) == ["深化农村改革", "健全城乡融合发展体制机制"]


def test_a_local_body_or_a_plain_sentence_gives_no_tasks():
    assert _spans("临江县委全会提出，加快建设现代化产业园区。会后各乡镇传达学习。") == []
    assert _spans("村支书在会上提出，修好村口那座桥。大家纷纷赞同。") == []
    text = "县委政法委召开全体会议，传达中央政法委员会会议精神。会议要求，要加快推进综治中心规范化建设。"
    assert _spans(text) == []  # the meeting the sentence names is the county's
    assert _spans("深化农村改革，健全城乡融合发展体制机制。\n\n——摘自临江县工作报告\n") == []


def test_an_unquoted_central_task_is_found(slogan_pipe):
    text = "党的二十届三中全会《决定》提出，健全同绿色转型相适应的生态补偿制度。各地随即行动起来。"
    assert "健全同绿色转型相适应的生态补偿制度" in slogan_forms(slogan_pipe, text)


# ---------------------------------------------------------------- lists after 坚持


def _upheld(text):
    return [text[s:e] for s, e in upheld_lists.upheld_lists(text)]


def test_a_list_after_upholding_is_a_principle():
    assert _upheld("“我们坚持以服务促发展、用改革增活力，让企业安心经营。”") == ["以服务促发展、用改革增活力"]
    assert _upheld("合作社坚持走生态之路、特色之路、品牌之路，带动村民增收。") == ["生态之路、特色之路、品牌之路"]


def test_loose_lists_after_upholding_are_none():
    assert _upheld("县里坚持实事求是、因地制宜，稳步推进。") == []  # two four-character idioms
    assert _upheld("坚持以服务促发展、用改革增活力等做法。") == []  # no clause mark after the list
    assert _upheld("坚持深入田间地头查找问题、真心实意帮助群众解难，受到好评。") == []  # clauses, not items


def test_an_upheld_list_is_found(slogan_pipe):
    text = "临江县坚持以服务促发展、用改革增活力，营商环境持续改善。"
    assert "以服务促发展、用改革增活力" in slogan_forms(slogan_pipe, text)


# ---------------------------------------------------------------- 把…作为…目标


def _goals(text):
    return [text[s:e] for s, e in goal_frames.goal_frames(text)]


def test_a_goal_framed_with_ba():
    assert _goals("全县始终把群众过上好日子作为奋斗目标，久久为功。") == ["群众过上好日子"]
    assert _goals("要把稳定扩大就业规模作为重要政策目标。") == ["稳定扩大就业规模"]


def test_no_goal_without_the_frame_or_with_a_pace_adverb():
    assert _goals("要把不断扩大就业规模作为重要目标。") == []
    assert _goals("把矛盾纠纷化解作为工作重点。") == []  # a focus of work, not a goal
    assert _goals("他把奖金作为给母亲的礼物，目标是让她高兴。") == []  # 目标 out of the frame


def test_a_framed_goal_is_found(slogan_pipe):
    text = "全县始终把群众过上好日子作为奋斗目标，久久为功。"
    assert "群众过上好日子" in slogan_forms(slogan_pipe, text)
