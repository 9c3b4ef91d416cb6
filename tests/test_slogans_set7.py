"""Slogan classes left open by set 7 (issue 19, session 13), on made-up text: + schemes before a mechanism
word, code names before a campaign of assault, brands of policing closed by 等, a campaign made standing,
``X无小事`` sayings, a district's modernisation goal, and central formulations the lexicon lacked."""

from __future__ import annotations

from conftest import slogan_forms
from test_officials_other_papers import entities

from baokan.annotators.language import no_small_matters


def _verdict(text, phrase):
    from baokan.annotators.language import quoted

    start = text.index(phrase)
    return quoted.judge(text, start, start + len(phrase))


# -- quoted phrases


def test_a_plus_formula_before_a_mechanism_word_is_a_scheme():
    linked = "县公安局推行“视频巡查+徒步警力”联动机制，街面见警率明显提高。"
    assert _verdict(linked, "视频巡查+徒步警力").slogan
    lists = "镇纪委建立“任务清单+销号清单”双轨机制，逐项督办。"
    assert _verdict(lists, "任务清单+销号清单").slogan


def test_a_plus_of_two_goods_without_a_mechanism_stays_out():
    goods = "这家合作社推出“小米+红枣”礼盒，销路不错。"
    assert not _verdict(goods, "小米+红枣").slogan


def test_an_everyday_word_before_a_campaign_of_assault_is_its_code_name():
    text = "全市法院协同开展“清源”攻坚行动，审结相关案件百余件。"
    assert _verdict(text, "清源").slogan
    plain = "这片河道曾经“清澈”见底。"
    assert not _verdict(plain, "清澈").slogan


def test_quotes_side_by_side_closed_as_brands_of_policing_are_programmes():
    text = "县公安局打造“雪山警务”“牧区警务”等系列警务品牌，服务群众更加便捷。"
    assert _verdict(text, "雪山警务").slogan
    assert _verdict(text, "牧区警务").slogan


# -- unquoted shapes


def test_a_campaign_made_standing_keeps_the_campaign(slogan_pipe):
    text = "全市法院扎实落实扫黑除恶常态化要求，审结涉黑涉恶案件多起。"
    assert "扫黑除恶" in slogan_forms(slogan_pipe, text)


def test_a_saying_that_nothing_of_x_is_small_opens_its_clause():
    text = "民警们常说，群众求助无小事。“群众的事无小事”是他们的座右铭。"
    spans = [text[s:e] for s, e in no_small_matters.find(text)]
    assert spans == ["群众求助无小事", "群众的事无小事"]


def test_a_longer_clause_before_wuxiaoshi_is_no_saying():
    text = "他认为这次检查中发现的问题无小事可言。也有人说这件事无小事。"
    assert no_small_matters.find(text) == []


def test_a_verb_of_adherence_stays_out_of_the_saying():
    text = "派出所始终牢记群众事无小事，做实做细每一件事。"
    assert [text[s:e] for s, e in no_small_matters.find(text)] == ["群众事无小事"]


def test_a_districts_modernisation_goal_is_a_formula():
    text = "江宁区召开动员大会。全区上下齐心协力，奋力建设现代化新江宁。"
    assert "现代化新江宁" in [e["text"] for e in entities(text, "slogan")]


# -- central formulations


def test_central_formulations_of_the_belt_and_road_and_the_news_work(slogan_pipe):
    text = (
        "重庆北连丝绸之路经济带，南经陆海新通道通达东盟。"
        "报社始终坚持政治家办报，坚持正确的舆论导向，坚持以正面宣传为主。"
    )
    found = slogan_forms(slogan_pipe, text)
    for form in ("丝绸之路经济带", "陆海新通道", "政治家办报", "正确的舆论导向", "以正面宣传为主"):
        assert form in found
    assert found["陆海新通道"] == "西部陆海新通道"


def test_police_and_court_standards(slogan_pipe):
    text = "民警坚持理性平和、文明规范执法。全市法院做深做实为大局服务、为人民司法。"
    found = slogan_forms(slogan_pipe, text)
    assert "理性平和、文明规范执法" in found
    assert "为大局服务、为人民司法" in found


def test_a_quoted_plan_number_before_pufa_is_the_plan_even_where_it_is_a_word():
    for plan in ("一五", "三五", "七五"):
        text = f"那一年，伴随“{plan}”普法的推进，全县群众的法治意识明显增强。"
        assert _verdict(text, plan).slogan, plan


def test_a_quoted_everyday_word_without_its_plan_stays_out():
    assert not _verdict("这台机器的性能“七五”开，勉强能用。", "七五").slogan
