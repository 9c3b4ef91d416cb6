"""Slogans: lexicon, templates, and the judgement of quoted phrases, on text from several papers."""

from __future__ import annotations

import json

import pytest
from conftest import DATA, GOLD, judge, slogans_of, texts_of

from baokan.annotators.language import quoted
from baokan.annotators.slogans import _narrow, parse_pattern


@pytest.fixture(scope="module")
def pipe(slogan_pipe):
    return slogan_pipe


# ---------------------------------------------------------------- one test per feature


def test_punctuation_inside_is_speech():
    j = judge("村民拉着民警的手说“谢谢你们，钱终于回来了！”", "谢谢你们，钱终于回来了！")
    assert "speech_punct" in j.features and not j.slogan
    ascii_punct = judge("他连声说“没想到这钱还能回来,太惊喜了!”", "没想到这钱还能回来,太惊喜了!")
    assert "speech_punct" in ascii_punct.features and not ascii_punct.slogan


def test_length():
    assert (
        "too_long"
        in judge(
            "全面落实“坚持以人民为中心的发展思想和新发展理念推动高质量发展”",
            "坚持以人民为中心的发展思想和新发展理念推动高质量发展",
        ).features
    )
    assert "too_short" in judge("他把“好”字写在本子上", "好").features
    assert "long" in judge("成为“全国最具安全感省份之一”", "全国最具安全感省份之一").features
    assert not judge("深入开展“三项行动”", "三项行动").features.get("long")


def test_verb_of_saying_before_the_quote():
    j = judge("他强调：“要把群众的事当自己的事”", "要把群众的事当自己的事")
    assert "saying" in j.features and not j.slogan
    # without the colon 强调 introduces a formulation, not speech
    k = judge("会议强调“两个确立”的决定性意义", "两个确立")
    assert "saying" not in k.features and k.slogan
    assert "saying" in judge("老张说“放心”", "放心").features


def test_speech_tag_after_the_quote():
    j = judge("“群众满意就好”，他说。", "群众满意就好")
    assert "speech_end" in j.features and not j.slogan


def test_numeral_formulas():
    for phrase in ("三支队伍", "两队一室", "四议两公开", "双减", "一村一警", "两个维护", "十四五"):
        assert quoted.is_numeral_formula(phrase), phrase
    for phrase in ("五年", "三岁", "十次", "小确幸", "浙五年", "五一", "十一"):
        assert not quoted.is_numeral_formula(phrase), phrase
    assert judge("持续推进“四议两公开”", "四议两公开").slogan


def test_quote_that_splits_a_lexicon_form():
    j = judge("扎实开展“八五”普法", "八五")
    assert "lexicon_join" in j.features and j.slogan
    assert not judge("“五一”假期，游客增多", "五一").slogan  # a holiday, not a formula


def test_heads_of_programmes():
    for sentence, phrase in (
        ("大力推广“浦江经验”", "浦江经验"),
        ("这一“龙城警务”模式", "龙城警务"),
        ("启动“雷霆行动”", "雷霆行动"),
        ("弘扬“红船精神”", "红船精神"),
        ("锻造新时代“政法铁军”", "政法铁军"),
    ):  # 铁军: a head from slogan_patterns.tsv
        j = judge(sentence, phrase)
        assert "head" in j.features and j.slogan, phrase


def test_parallel_series_of_quotes():
    text = "以“绝对忠诚”为魂，坚定不移；以“担当使命”为要，守护平安；以“法治为民”为本，促进公正。"
    quotes = quoted.find_quotes(text)
    assert quoted.parallel(text, quotes) == {0, 1, 2}
    j = quoted.judge(text, quotes[1].start, quotes[1].end, in_series=True)
    assert "series" in j.features and j.slogan
    listed = "提出“强基导向”、“实战引领”的思路"
    assert quoted.parallel(listed, quoted.find_quotes(listed)) == {0, 1}


def test_members_of_a_quoted_list():
    assert quoted.series_members("对党忠诚、服务人民、执法公正、纪律严明") == [(0, 4), (5, 9), (10, 14), (15, 19)]
    assert quoted.series_members("谢谢你们、真的谢谢，钱回来了") == []


def test_plus_formula():
    j = judge("加快构建“专业+机制+大数据”新型警务运行模式", "专业+机制+大数据")
    assert "plus" in j.features and j.slogan
    assert quoted.is_plus_formula("1+3+N") and not quoted.is_plus_formula("+")


def test_scare_quotes_metaphors_nicknames_objects():
    cases = [
        ("是义乌公安“重视”了她的担心", "重视", "verbal"),
        ("写给人们最真挚又浪漫的“家书”", "家书", "object_head"),
        ("百姓也给出了“回信”——", "回信", "dict_word"),
        ("将矛盾纠纷化解的“哨所”延伸到田间地头", "哨所", "possessive"),
        ("再翻一翻“走访登记本”，看看有哪些群众", "走访登记本", "object_head"),
        ("一条曾被称为“死人弯”的长下坡", "死人弯", "naming"),
        ("群众把社区民警亲切地叫做“贴心人”", "贴心人", "naming"),
    ]
    for sentence, phrase, feature in cases:
        j = judge(sentence, phrase)
        assert feature in j.features and not j.slogan, (phrase, j)


def test_cues_before_and_after():
    j = judge("钦堂乡创新开展“乡里访亲”活动", "乡里访亲")
    assert {"cue_before", "cue_after"} <= set(j.features) and j.slogan
    assert "cue_after" in judge("以“公安大脑”建设为牵引", "公安大脑").features


def test_a_work_named_after_a_slogan_is_not_tagged(pipe):
    text = "电视剧《平安中国》热播，各地推进平安中国建设。《平安杭州》栏目报道了平安杭州建设。"
    ents = slogans_of(pipe, text)
    assert [(e.text, e.start) for e in ents] == [
        ("平安中国", text.index("推进") + 2),
        ("平安杭州", text.rindex("平安杭州")),
    ]


def test_titles_of_works_are_not_quotes():
    text = "学习《关于“三治融合”的若干意见》，落实“三治融合”要求"
    inners = [q.inner for q in quoted.find_quotes(text)]
    assert inners == ["三治融合"] and text.index("“三治融合”要求") + 1 == quoted.find_quotes(text)[0].start


# ---------------------------------------------------------------- annotator


def test_variant_span_excludes_quotes():
    text = "坚持和发展新时代“枫桥经验”"
    s, e = _narrow(text, text.index("新时代"), len(text))
    assert text[s:e] == "枫桥经验"
    quoted_name = "“八八战略”"
    assert quoted_name[slice(*_narrow(quoted_name, 0, 6))] == "八八战略"


def test_patterns_parse():
    t = parse_pattern("平安+PLACE")
    assert t and t.literal == "平安" and not t.place_first
    t = parse_pattern("PLACE+经验")
    assert t and t.literal == "经验" and t.place_first
    assert parse_pattern("NUM+个+X") is None


def test_police_daily_page(pipe):
    text = (DATA / "slogans_gongan.txt").read_text(encoding="utf-8")
    ents = slogans_of(pipe, text)
    found = texts_of(ents)
    for phrase in ("枫桥经验", "两队一室", "一村一警", "警格+网格", "四议两公开", "龙城警务", "大走访"):
        assert phrase in found, phrase
    for member in ("对党忠诚", "服务人民", "执法公正", "纪律严明"):
        assert any(member in e.text for e in ents), member
    for negative in ("贴心人", "暖心驿站", "民情日记"):
        assert negative not in found, negative
    assert not any("，" in e.text or "。" in e.text for e in ents)  # never speech
    for e in ents:
        assert "“" not in e.text and "”" not in e.text
        assert e.quoted == (text[text.index(e.text) - 1 : text.index(e.text)] == "“") or e.quoted is not None
    feng = next(e for e in ents if e.text == "枫桥经验")
    assert feng.canonical == "枫桥经验" and feng.quoted is True


def test_legal_daily_page(pipe):
    """法治日报: quoted formulations tagged; speech, nicknames, objects and the title of a document not."""
    text = (DATA / "slogans_fazhi.txt").read_text(encoding="utf-8")
    ents = slogans_of(pipe, text)
    found = texts_of(ents)
    for phrase in (
        "习近平法治思想",
        "总体国家安全观",
        "枫桥经验",
        "谁执法谁普法",
        "枫桥式人民法庭",
        "法治河南",
        "平安河南",
    ):
        assert phrase in found, phrase
    bafa = next(e for e in ents if e.text == "八五")
    assert bafa.canonical == "八五普法" and bafa.quoted  # the quote splits the lexicon form “八五”普法
    for negative in ("娘家人", "连心屋", "民情联系卡", "最后一公里"):
        assert negative not in found, negative
    assert not any("打官司" in e.text or "标准" in e.text for e in ents)  # speech
    assert not any(e.text.startswith("关于") for e in ents)  # the title of a document


def test_provincial_daily_page(pipe):
    """四川日报: numeral formulas, quoted reforms, 平安+province; 平安幸福 is a wish, not a slogan."""
    text = (DATA / "slogans_provincial.txt").read_text(encoding="utf-8")
    ents = slogans_of(pipe, text)
    found = texts_of(ents)
    for phrase in (
        "中国式现代化",
        "两个确立",
        "四个意识",
        "四个自信",
        "两个维护",
        "放管服",
        "最多跑一次",
        "千万工程",
        "两不愁三保障",
        "平安四川",
        "法治四川",
    ):
        assert phrase in found, phrase
    for negative in ("网购", "致富路", "村规民约手册", "平安幸福"):
        assert negative not in found, negative
    assert not any("日子" in e.text for e in ents)
    assert {e.quoted for e in ents if e.text == "两个维护"} == {True}
    assert {e.quoted for e in ents if e.text == "平安四川"} == {False}


def test_evening_paper_page(pipe):
    """钱江晚报: a feature full of quotes; only the formulations are slogans."""
    text = (DATA / "slogans_evening.txt").read_text(encoding="utf-8")
    found = texts_of(slogans_of(pipe, text))
    # 上城区推出了“红色骑手驿站”: a district's own quoted facility is must (labels.md batch 5, sixth pass; venue_names)
    for phrase in ("最多跑一次", "平安上城", "警骑联动", "骑士讲堂", "红色骑手驿站"):
        assert phrase in found, phrase
    for negative in ("小哥", "骑士", "移动探头", "编外警察", "五一"):
        assert negative not in found, negative
    assert not any("警察离我们" in e or "街头巷尾" in e for e in found)


def test_judged_phrase_is_tagged_at_its_other_mentions(pipe):
    ents = slogans_of(
        pipe, "“乡里访亲”访出干群鱼水情\n近年来，钦堂乡创新开展“乡里访亲”活动。乡里访亲让干部走进了群众家门。"
    )
    assert [(e.text, e.quoted) for e in ents] == [("乡里访亲", True), ("乡里访亲", True), ("乡里访亲", False)]


def test_unquoted_series_with_known_members(pipe):
    text = (
        "以“绝对忠诚”为魂，以“担当使命”为要，锻造队伍。\n"
        "全省公安机关要坚持绝对忠诚、担当使命、法治为民、改革创新、全面过硬，争创一流。"
    )
    found = [e.text for e in slogans_of(pipe, text)]
    for member in ("法治为民", "改革创新", "全面过硬"):
        assert member in found
    plain = slogans_of(pipe, "充分发挥改革先行、科技创新、数字经济等方面优势。")
    assert not plain


def test_sample_page_against_gold(pipe, sample_text):
    """Every must of the gold found, no negative tagged, and no judged quote outside must and neutral."""
    gold = json.loads(GOLD.read_text(encoding="utf-8"))["entities"]["slogan"]
    ents = slogans_of(pipe, sample_text)
    found = texts_of(ents)
    for negative in gold["negative"]:
        assert negative.strip("“”") not in found
    assert set(gold["must"]) <= found, set(gold["must"]) - found
    allowed = set(gold["must"]) | set(gold["neutral"])
    judged = {e.text for e in ents if e.source.startswith("slogans.quoted")}
    assert judged <= allowed, judged - allowed
