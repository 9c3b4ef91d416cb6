"""The quote judgement's shape features: a counted or pointed-at word, a nickname of people,
a clause with an aspect particle, and the numeral frame with a repeated unit (一户一策)."""

from __future__ import annotations

from baokan.annotators.language import quoted
from baokan.annotators.language.quote_shape import aspect_inside, measured, person_nickname


def judge(sentence: str, phrase: str) -> quoted.Judgement:
    start = sentence.index(phrase)
    return quoted.judge(sentence, start, start + len(phrase))


def test_a_counted_word_in_quotes_is_a_metaphor():
    # a classifier or a demonstrative before the mark: one thing of a kind, not a formulation
    assert not judge("把这些“老经验”写进了培训课", "老经验").slogan  # 经验 alone would make it one
    assert "measured" in judge("这是一场“攻坚大考”，全镇干部都上了", "攻坚大考").features
    assert "measured" in judge("他是村里的一位“百事通”", "百事通").features
    assert not judge("大家把这条“新经验”记在心里", "新经验").slogan  # 这 with any classifier
    # an ordinal counts a campaign, it does not make a metaphor
    assert not measured("开展第一次")
    # a campaign's head after the quote names the programme
    assert judge("全县开展一次“清源护苗”专项行动", "清源护苗").slogan


def test_a_nickname_of_people_is_no_slogan():
    assert person_nickname("贴心人") and person_nickname("领路雁")
    assert not person_nickname("好人成名人")  # five characters: a clause, not a nickname
    assert not judge("社区干部成了居民的“知心娘家人”", "知心娘家人").slogan
    assert not judge("镇里着力打造“调解能手”", "调解能手").slogan  # 打造 alone would make it one
    # before a programme's head the nickname is the programme's name
    assert judge("全市启动“滨江工匠”行动", "滨江工匠").slogan


def test_an_aspect_particle_inside_makes_a_clause():
    assert aspect_inside("日子好过了")
    assert not aspect_inside("走过场")  # one word: the particle is no word of its own
    assert not judge("村里着力打造“日子过好了”", "日子过好了").slogan  # 打造 alone would make it one


def test_a_repeated_unit_with_its_numeral_is_a_frame():
    assert quoted.is_numeral_formula("一户一策") and quoted.is_numeral_formula("一人一档")
    assert judge("改造中坚持“一户一策”，逐户上门", "一户一策").slogan
    assert not quoted.is_numeral_formula("一天一次")  # a rate, not a frame
    assert not quoted.is_numeral_formula("五年")


def test_a_layout_space_inside_the_head_after_the_quote():
    # a page that wraps 新机制 as 新 机制 still names a programme's head
    assert "cue_after" in judge("全县推行“村警联调”新 机制", "村警联调").features
    # a space right after the closing mark ends the phrase: no head is read across it
    assert "cue_after" not in judge("全县推行“村警联调” 新机制", "村警联调").features


def test_a_series_of_products_or_reports_is_no_programme():
    # 系列 after a quote opens a programme's series, unless a product or a work follows it
    assert not judge("文旅集团推出“山水有约”系列文创", "山水有约").slogan
    assert not judge("本报推出“基层新风貌”系列报道", "基层新风貌").slogan
    assert judge("全省开展“护航春耕”系列活动", "护航春耕").slogan


def test_a_phrase_with_a_modifier_and_its_noun_is_a_description():
    assert not judge("全区开展“听得见的温暖”主题活动", "听得见的温暖").slogan  # 开展 alone would make it one
    assert "modifier" not in judge("全区开展“守望家园”主题活动", "守望家园").features
    assert "modifier" not in judge("规划了新的“目的地”", "目的地").features  # 的 inside a word


def test_one_window_reforms_are_numeral_formulas():
    # 一, one character and a two-character verb: the shape of the one-stop reforms
    assert judge("办证要“一窗受理”，群众少跑腿", "一窗受理").slogan
    assert quoted.is_numeral_formula("一码通行")
    assert not quoted.is_numeral_formula("一键直达")  # everyday 一 phrases cut otherwise
    assert not quoted.is_numeral_formula("一件小事")
