"""A quoted code name before a verb of policing or clean-up and a campaign head (session 18, a blind
reading of county and police papers; made-up sentences in their style): “…”打防行动, “…”集中整治行动 name
a campaign as “…”专项行动 does. Speech, metaphors and a verb that takes the quote or 行动 as its object
still follow the other features."""

from __future__ import annotations

from conftest import judge, slogan_forms


def test_a_verb_and_xingdong_after_a_quote_name_a_campaign(slogan_pipe):
    got = slogan_forms(slogan_pipe, "会议要求，各派出所要结合“铁拳护城”打防行动，全力维护辖区治安稳定。")
    assert "铁拳护城" in got, got


def test_an_everyday_word_before_two_verbs_and_xingdong(slogan_pipe):
    got = slogan_forms(slogan_pipe, "县公安局在全县开展“清风”集中整治行动，共查处违法行为十余起。")
    assert "清风" in got, got


def test_a_verb_before_a_special_campaign_and_a_battle(slogan_pipe):
    got = slogan_forms(slogan_pipe, "要以“雷霆护航”打击整治专项行动为抓手，深化“净土”清查战役。")
    assert {"雷霆护航", "净土"} <= set(got), got


def test_the_judgement_counts_the_verb_and_head_as_a_cue_after():
    j = judge("要结合“铁拳护城”排查行动，全力维护稳定。", "铁拳护城")
    assert j.slogan and "cue_after" in j.features
    j = judge("开展“清风”集中整治行动。", "清风")
    assert j.slogan and "dict_word" not in j.features


def test_speech_before_a_campaign_head_stays_speech(slogan_pipe):
    text = "民警对围观群众说：“一定要把他们全部抓住！”打击行动随即展开。"
    assert "一定要把他们全部抓住！" not in slogan_forms(slogan_pipe, text)
    assert not judge(text, "一定要把他们全部抓住！").slogan


def test_a_metaphor_before_a_campaign_head_stays_a_metaphor():
    assert not judge("着力打通“最后一公里”整治行动中的堵点。", "最后一公里").slogan


def test_a_verb_that_takes_the_quote_or_the_action_as_its_object():
    assert not judge("我们要把“不可能”变成行动。", "不可能").slogan  # 把: the quote is the verb's object
    assert not judge("大家围绕“平安”开展行动。", "平安").slogan  # 开展: a launching verb
    assert not judge("群众对“乱停车”采取行动。", "乱停车").slogan  # 采取行动: the dictionary's verb and object


def test_code_names_side_by_side_before_a_verb_and_a_campaign_head(slogan_pipe):
    got = slogan_forms(slogan_pipe, "全市公安机关深入推进“清风”“断链”等打击整治行动，破获案件多起。")
    assert {"清风", "断链"} <= set(got), got
