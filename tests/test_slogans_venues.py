"""Quoted names of a public body's own class, hall, station, fund or case (session 16, issue 19), on made-up text.

docs/labels.md, *consistency, sixth pass*, second bullet: a public body's own class, hall, station or scheme named by
its theme is must (batch 5, s13 R4); a name that says only where, when or how, or one a company or a craftsman opens,
is not (s13 R4, s7 R1). :mod:`venue_names` reads the head, the theme, the verb of opening and the opener.
"""

from __future__ import annotations

from conftest import slogan_forms

from baokan.annotators.language import quoted, venue_names


def _opened(text: str, phrase: str) -> bool:
    start = text.index("“" + phrase + "”") + 1
    return venue_names.opened(text, start, start + len(phrase))


def _judged(text: str, phrase: str) -> quoted.Judgement:
    start = text.index("“" + phrase + "”") + 1
    return quoted.judge(text, start, start + len(phrase))


# ---------------------------------------------------------------- must: a body's own initiative


def test_a_countys_quoted_hall_is_a_slogan(slogan_pipe):
    text = "青川县总工会在城区打造服务户外劳动者的“暖心驿站”，为环卫工人提供热水和休息场所。"
    assert _opened(text, "暖心驿站")
    judged = _judged(text, "暖心驿站")
    assert judged.slogan and "object_head" not in judged.features and "possessive" not in judged.features
    assert "暖心驿站" in slogan_forms(slogan_pipe, text)


def test_a_leagues_quoted_class_is_a_slogan(slogan_pipe):
    text = "团县委开设“青年筑梦学堂”，邀请返乡创业青年讲述经验。"
    assert _opened(text, "青年筑梦学堂")
    assert "青年筑梦学堂" in slogan_forms(slogan_pipe, text)


def test_a_verb_may_carry_its_aspect_before_the_quote(slogan_pipe):
    text = "临江派出所还建立了“护渔联防群”，渔民发现可疑船只可随时报告。"
    assert "护渔联防群" in slogan_forms(slogan_pipe, text)


def test_a_bureaus_quoted_case_name_is_a_slogan(slogan_pipe):
    text = "市检察院办理的系列环境公益诉讼案件（以下简称“白溪专案”）入选全省典型案例。"
    assert _opened(text, "白溪专案")  # a case only a public body runs: no verb needed
    assert "白溪专案" in slogan_forms(slogan_pipe, text)


def test_a_fund_a_township_sets_up_is_no_object(slogan_pipe):
    text = "镇里创设“邻里基金”，用于小区公共设施的日常维修。"
    judged = _judged(text, "邻里基金")
    assert judged.slogan and "object_head" not in judged.features


# ---------------------------------------------------------------- neutral or not found


def test_a_companys_class_is_no_public_bodys(slogan_pipe):
    text = "一家茶叶公司在门店里开设“茶香小课堂”，教顾客辨认茶叶。"
    assert not _opened(text, "茶香小课堂")
    assert "茶香小课堂" not in slogan_forms(slogan_pipe, text)
    craft = "竹编传承人李某在展厅开设“竹韵小课堂”，手把手教游客编织。"
    assert not _opened(craft, "竹韵小课堂")


def test_a_name_that_says_only_where_or_when_is_generic():
    text = "县农业农村局开设“田间课堂”“夜间课堂”，把技术送到农户身边。"
    assert not _opened(text, "田间课堂") and not _opened(text, "夜间课堂")
    moving = "司法所开设“流动小课堂”，在集市上宣讲法律。"
    assert not _opened(moving, "流动小课堂")


def test_a_stock_word_or_a_description_is_no_name():
    stock = "县医院为老年患者开设“绿色通道”，就诊不再排长队。"
    assert not _opened(stock, "绿色通道")  # no head of a class or a hall
    long = "专家建议建立“车企售后责任基金”，保障消费者权益。"
    assert not _opened(long, "车企售后责任基金")  # a theme of six characters is a description


def test_a_hall_without_a_verb_of_opening_is_left_to_the_other_cues():
    text = "每次路过公司附近的“青荷驿站”，她都会进去坐一坐。"
    assert not _opened(text, "青荷驿站")
    metaphor = "这间公寓更像一个热闹的“青年之家”，住着很开心。"
    assert not _opened(metaphor, "青年之家")


# ---------------------------------------------------------------- a service reform named by its shape


def test_a_reform_named_by_its_one_thing_or_its_one_time(slogan_pipe):
    text = "市里推行“一证通”，企业年报数据“只报一次”，多式联运推广“一票制”。"
    forms = slogan_forms(slogan_pipe, text)
    assert {"一证通", "只报一次", "一票制"} <= set(forms)


def test_other_shapes_of_one_stay_out():
    text = "他把“一件事”说清楚，又把“一次性”补贴发到农户手中，“一朝一夕”难以做到。"
    assert not any(_opened(text, p) for p in ("一件事", "一次性", "一朝一夕"))
