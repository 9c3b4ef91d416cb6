"""Slogan classes from set 6's misses (session 12, issue 19), on made-up text in the style of local papers.

- Two ``甲就是乙`` clauses written as a creed are two dicta; a mirrored pair ``甲不乙、乙不甲`` is one formula.
- A series printed once with separators and once run together (a headline) is a mention both times (s6 R2).
- The members of a quoted numbered set (甲甲、乙乙“三大警务”) are named programmes with the set's head.
- 主战主防 is the run-together form of the policing role series.
- Four verbs before one shared object (忠诚甲甲、拥戴甲甲、…) make a formula; kinds of one thing do not.
- Two lexicon formulas written together are each the mention (adj R3); ``X体系和能力现代化`` is whole; a lexicon
  list run on into a writer's longer list is no mention; a formula inside an event's quoted theme is none.
- Provincial goals: 美好 + province before 建设, province + 全面振兴, 社会主义现代化新 + province.
"""

from __future__ import annotations

from conftest import slogan_forms

from baokan.annotators.language import formula_extents, mottos, printed_forms, slogan_series


def spans(text, found):
    return [text[s:e] for s, e in found]


# ---------------------------------------------------------------- mottos


def test_two_definitions_are_two_dicta():
    text = "接到报警后，求助就是号令，分秒就是生命。巡逻民警立即赶往小区。"
    assert spans(text, mottos.paired_definitions(text)) == ["求助就是号令", "分秒就是生命"]


def test_a_single_or_pointing_definition_is_none():
    text = "这就是我们的日常，那就是他们的初心。"
    assert mottos.paired_definitions(text) == []
    text = "在他看来，服务就是本分。"
    assert mottos.paired_definitions(text) == []


def test_a_chiasmus_is_one_formula():
    text = "交警提醒广大骑手：“骑车不闯灯、闯灯不骑车”要牢记。"
    assert spans(text, mottos.chiasmi(text)) == ["骑车不闯灯、闯灯不骑车"]
    assert mottos.chiasmi("他说不去、去不了。") == []  # no mirror


def test_mottos_through_the_pipeline(slogan_pipe):
    got = slogan_forms(slogan_pipe, "凌晨接警后，求助就是号令，分秒就是生命。民警五分钟内赶到现场。")
    assert "求助就是号令" in got and "分秒就是生命" in got


# ---------------------------------------------------------------- printed forms


def test_a_series_printed_both_ways_is_two_mentions():
    text = "争当稳产量促转型强服务的排头兵\n会议要求，全县上下争当稳产量、促转型、强服务的排头兵。"
    assert sorted(spans(text, printed_forms.doubled_series(text))) == ["稳产量、促转型、强服务", "稳产量促转型强服务"]


def test_a_series_printed_once_is_left_to_other_rules():
    text = "大家一起逛庙会、看花灯、尝小吃，热闹非凡。"
    assert printed_forms.doubled_series(text) == []


def test_members_of_a_quoted_set_are_programmes():
    text = "市公安局推进湿地守护、古城安宁、港口畅通“三大警务”建设。\n湿地守护警务建成巡护点12个；"
    text += "港口畅通警务开通专线。"
    assert spans(text, printed_forms.set_members(text)) == ["湿地守护警务", "港口畅通警务"]
    text = "北京、上海、广州三大城市的北京城市副中心"  # an unquoted count names no set
    assert printed_forms.set_members(text) == []


def test_a_role_pair_run_together():
    text = "深入推进主战主防机制落地，各所队密切配合。"
    assert spans(text, printed_forms.role_pairs(text)) == ["主战主防"]
    assert printed_forms.role_pairs("主管主管部门") == []


def test_verbs_before_one_object_make_a_formula():
    text = "全体党员始终拥护旗帜、维护旗帜、捍卫旗帜、高举旗帜，坚定前行。"
    assert spans(text, slogan_series.slot_lists(text)) == ["拥护旗帜、维护旗帜、捍卫旗帜、高举旗帜"]


def test_kinds_of_one_thing_are_no_formula():
    text = "这里汇聚了山水风光、田园风光、湖泊风光、古镇风光，游客络绎不绝。"
    assert slogan_series.slot_lists(text) == []


# ---------------------------------------------------------------- formula extents


def test_two_formulas_written_together_split():
    forms = {"党建引领", "乡村振兴"}.__contains__
    assert formula_extents.two_formulas("党建引领乡村振兴", forms) == 4
    assert formula_extents.two_formulas("党建引领的乡村振兴", forms) is None


def test_a_system_and_its_capacity_is_whole():
    text = "要推进应急管理体系和能力现代化，守牢底线。"
    start, end = text.index("应急"), text.index("体系") + 2
    assert text[start : formula_extents.modernised(text, start, end)] == "应急管理体系和能力现代化"
    assert formula_extents.modernised(text, 0, 3) is None


def test_a_list_formula_run_on_is_no_mention():
    text = "记录他们在巡查河道、清理垃圾、服务群众中的身影。"
    start = text.index("巡查")
    end = text.index("、清理") + len("、清理垃圾")
    assert formula_extents.in_longer_list(text, start, end)
    assert not formula_extents.in_longer_list("坚持巡查河道、清理垃圾。", 2, 11)


def test_a_formula_in_an_event_theme_is_no_mention():
    text = "五位代表围绕“守牢初心使命，筑牢平安屏障”主题，与记者交流。"
    start = text.index("平安屏障")
    assert formula_extents.in_theme(text, start, start + 4)
    text = "会议提出“守牢初心使命，筑牢平安屏障”。"
    start = text.index("平安屏障")
    assert not formula_extents.in_theme(text, start, start + 4)


def test_extents_through_the_pipeline(slogan_pipe):
    got = slogan_forms(slogan_pipe, "会议要求，坚持党建引领乡村振兴，推进社会治安整体防控体系和能力现代化。")
    assert "党建引领" in got and "乡村振兴" in got and "党建引领乡村振兴" not in got
    assert "社会治安整体防控体系和能力现代化" in got and "社会治安整体防控体系" not in got


# ---------------------------------------------------------------- provincial goals and lexicon rows


def test_provincial_goals(slogan_pipe):
    text = "代表们畅谈美好安徽建设的新成就，为吉林全面振兴、全面建设社会主义现代化新吉林建言。"
    got = slogan_forms(slogan_pipe, text)
    assert {"美好安徽", "吉林全面振兴", "全面建设社会主义现代化新吉林"} <= set(got)  # the verb kept: labels.md s7 R2


def test_a_plain_beautiful_place_is_no_goal(slogan_pipe):
    got = slogan_forms(slogan_pipe, "游客们在湖边欣赏美好安徽风光，拍照留念。")
    assert "美好安徽" not in got


def test_central_formulas_of_the_new_rows(slogan_pipe):
    got = slogan_forms(
        slogan_pipe,
        "会议强调，要坚持党对政法工作的绝对领导，严格落实重大事项请示报告制度，善于运用法治思维和法治方式解决问题。",
    )
    assert {"党对政法工作的绝对领导", "重大事项请示报告制度", "法治思维和法治方式"} <= set(got)
