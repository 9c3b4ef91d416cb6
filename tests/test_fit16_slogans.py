"""Slogan classes that recur in set 16, the other sets and the corpus fit pages (session 17, issue 19), on made-up text.

- A verb–object series whose object opens with 和 after a governance verb (促和谐, 保和平) is a series like any other.
- A compact list after 呈现出 that is the subject of …的良好局面 is a scene list, as one that opens a sentence.
- The graded-care frame 小病不出甲、乙不出丙 (and its three levels) is a 不出 frame like the 枫桥 rows.
- A quoted list the text names a body's 工作体系 is its work formula, like 工作机制 and 工作格局.
- Written forms of rows: …国家征程 without 新, 围绕中心服务大局 without a mark; 城乡区域协调发展 whole.
- A leader's speech spirit (系列重要讲话精神) and a scale word with a kind of work (大练兵) are no formulas.
"""

from __future__ import annotations

from conftest import slogan_forms

# ---------------------------------------------------------------- verb–object series and scene lists


def test_an_object_that_opens_with_he_keeps_the_series(slogan_pipe):
    text = "全县政法机关着力护安全、保稳定、促和谐，各项工作有序推进。"
    got = slogan_forms(slogan_pipe, text)
    assert "护安全、保稳定、促和谐" in got, got


def test_a_conjunction_he_still_breaks_a_series_of_plain_items(slogan_pipe):
    text = "桌上摆着书和笔、纸和墨、茶和杯，屋里很安静。"
    assert not any("和" in g for g in slogan_forms(slogan_pipe, text))


def test_a_list_after_chengxianchu_is_a_scene(slogan_pipe):
    text = "会议指出，全州上下攻坚克难，呈现出产业稳步壮大、民生持续改善、社会和谐安定的良好局面。"
    got = slogan_forms(slogan_pipe, text)
    assert "产业稳步壮大、民生持续改善、社会和谐安定" in got, got


def test_a_list_in_the_middle_of_a_sentence_without_the_frame_is_no_scene(slogan_pipe):
    text = "记者看到产业稳步壮大、民生持续改善的良好局面正在形成。"
    assert "产业稳步壮大、民生持续改善" not in slogan_forms(slogan_pipe, text)


# ---------------------------------------------------------------- frames and framed quotes


def test_the_graded_care_frame(slogan_pipe):
    two = "看守所与区医院合作，实现“小病不出区、急重症不出院”。"
    assert "小病不出区、急重症不出院" in slogan_forms(slogan_pipe, two)
    three = "县里推进医共体建设，努力做到小病不出村、常见病不出镇、大病不出县。"
    got = slogan_forms(slogan_pipe, three)
    assert "小病不出村、常见病不出镇、大病不出县" in got, got
    assert "小病不出村、常见病不出镇" not in got


def test_a_quoted_list_named_a_work_system(slogan_pipe):
    text = "县检察院构建“线索共享、案件共办、成果共用”的工作体系，办案质效明显提升。"
    assert "线索共享、案件共办、成果共用" in slogan_forms(slogan_pipe, text)


# ---------------------------------------------------------------- lexicon rows and written forms


def test_written_forms_of_rows(slogan_pipe):
    road = "这是开启全面建设社会主义现代化国家征程的必然要求。"
    assert "全面建设社会主义现代化国家征程" in slogan_forms(slogan_pipe, road)
    centre = "县政协委员围绕中心服务大局，积极建言献策。"
    assert "围绕中心服务大局" in slogan_forms(slogan_pipe, centre)


def test_the_city_and_country_form_of_regional_development_is_whole(slogan_pipe):
    text = "会议学习了关于城乡区域协调发展的重要论述。"
    got = slogan_forms(slogan_pipe, text)
    assert "城乡区域协调发展" in got and "区域协调发展" not in got, got


def test_a_speech_spirit_and_a_scale_word_are_no_formulas(slogan_pipe):
    spirit = "全市干部深入学习贯彻总书记系列重要讲话精神。"
    assert not any("讲话精神" in g for g in slogan_forms(slogan_pipe, spirit))
    drill = "县法院拉开全院“岗位大练兵”序幕，干警热情高涨。"
    assert not any("练兵" in g for g in slogan_forms(slogan_pipe, drill))
    named = "全省公安机关深入开展全警实战大练兵。"
    assert "全警实战大练兵" in slogan_forms(slogan_pipe, named)
