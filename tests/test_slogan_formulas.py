"""Slogans: formulas of work reports and classics, quoted-phrase refusals, and policing formulas (issue 19)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from conftest import judge, slogans_of, texts_of
from hypothesis import given
from hypothesis import strategies as st

from baokan.annotators.language import quoted
from baokan.annotators.language.quote_depth import QuoteDepth


@pytest.fixture(scope="module")
def pipe(slogan_pipe):
    return slogan_pipe


# ---------------------------------------------------------------- lexicon v2 (issue 19)


def test_lexicon_rows_name_their_source_and_year():
    from baokan.annotators.core import lexicon

    table = lexicon.read_table("slogans")
    assert int(table.header.get("version", "0")) >= 3 and "government work reports" in table.header.get("source", "")
    rows = table.rows
    assert len(rows) >= 900
    dated = [r for r in rows if r.get("since")]
    assert len(dated) / len(rows) > 0.8
    canon = [r["canonical"] for r in rows]
    assert len(canon) == len(set(canon))  # one row per canonical form


def test_unquoted_formulas_of_work_reports_and_classics(pipe):
    text = (
        "会议要求，坚持稳中求进，全方位扩大国内需求，发展首发经济和银发经济，推动科技创新和产业创新融合发展。"
        "各级干部要发扬精兵简政的传统，坚决克服形式主义、官僚主义，把为人民服务落到实处，"
        "坚持解放思想、实事求是，培养德智体美劳全面发展的时代新人。"
    )
    found = texts_of(slogans_of(pipe, text))
    for phrase in (
        "全方位扩大国内需求",
        "首发经济",
        "银发经济",
        "科技创新和产业创新融合发展",
        "精兵简政",
        "形式主义、官僚主义",
        "为人民服务",
        "解放思想、实事求是",
        "德智体美劳全面发展",
        "时代新人",
    ):
        assert phrase in found, phrase


def test_a_longer_formula_is_not_cut_to_a_shorter_row(pipe):
    """高水平科技自立自强 and 提振消费专项行动 are formulas of their own, not framings of a shorter one."""
    found = texts_of(slogans_of(pipe, "推进高水平科技自立自强，深入实施提振消费专项行动。"))
    assert {"高水平科技自立自强", "提振消费专项行动"} <= found


def test_a_quoted_list_is_judged_as_one_phrase(pipe):
    """A fixed list in one pair of quotes is one formulation; a loose list gives no member slogans."""
    goal = "近年来，该省锚定“生态强省、数字强省”建设目标，持续发力。"
    assert "生态强省、数字强省" in texts_of(slogans_of(pipe, goal))
    ads = "骗子在网上发布“月入过万、包吃包住、免费培训”的招聘信息，企业也“定规矩、划红线”。"
    found = texts_of(slogans_of(pipe, ads))
    assert not found & {"月入过万", "包吃包住", "免费培训", "定规矩", "划红线"}, found


def test_quoted_questions_titles_amounts_and_criticism_are_not_slogans():
    cases = [
        ("围绕“钱从哪来”“谁来管护”等问题展开讨论", "钱从哪来", "question"),
        ("当晚，“外卖骑手音乐会·温暖同行”在市文化馆举行", "外卖骑手音乐会·温暖同行", "dotted"),
        ("商家推出“48小时送达”服务", "48小时送达", "amount"),
        ("对群众来信不能“一转了之”", "一转了之", "idiom_end"),
        ("他写下“秋兴”、《登高》等名篇", "秋兴", "work_list"),
        ("以“日结工资”“无需经验”等话术引人上钩", "日结工资", "examples"),
    ]
    for sentence, phrase, feature in cases:
        j = judge(sentence, phrase)
        assert feature in j.features and not j.slogan, (phrase, j)


def test_plus_formulas_need_a_formula_side():
    assert judge("推动“互联网+医疗健康”发展", "互联网+医疗健康").slogan
    assert judge("各地布局“人工智能+”赛道", "人工智能+").slogan
    plain = judge("大棚里试种“葡萄+草莓”套种模式", "葡萄+草莓")
    assert "plus_plain" in plain.features and not plain.slogan


def test_numerals_that_open_everyday_words():
    for phrase in ("一以贯之", "一键办理", "双管齐下", "九一八", "一二九"):
        assert not quoted.is_numeral_formula(phrase), phrase
    for phrase in ("一村一品", "双减", "双转移", "十五五"):
        assert quoted.is_numeral_formula(phrase), phrase
    assert not judge("售后服务中的“三包”承诺", "三包").slogan  # a short numeral word with 的 before it
    assert judge("积极参与“两新”工作", "两新").slogan


def test_idioms_with_numerals_and_dates_are_not_formulas():
    for sentence, phrase in (
        ("站在“十字路口”的老街", "十字路口"),
        ("来自“五湖四海”的游客", "五湖四海"),
        ("“双11”购物节前夕", "双11"),
    ):
        assert not judge(sentence, phrase).slogan, phrase
    assert judge("推行“三治融合”", "三治融合").slogan


def test_a_county_short_form_that_is_a_common_word_makes_no_template(pipe):
    # 合作 (a county-level city's short form) and 资源 (a county's) are everyday words here
    found = texts_of(slogans_of(pipe, "双方在数字合作方面成果丰硕，数字资源共享平台上线。"))
    assert not found & {"数字合作", "数字资源"}, found
    # a township's short form makes none even inside quotation marks (巡检 of 巡检镇)
    assert not texts_of(slogans_of(pipe, "管理者在手机端即可完成“数字巡检”。"))


def test_policing_role_formulas_numbered_sets_and_plus_formulas_without_quotes(pipe):
    text = (
        "市局推行合成作战中心主战、社区警务室主防，坚持三个区分开来，"
        "全面落实四个必须，发展数据要素+农业，推进互联网+医疗。"
    )
    found = texts_of(slogans_of(pipe, text))
    for phrase in ("合成作战中心主战、社区警务室主防", "三个区分开来", "四个必须", "数据要素+农业", "互联网+医疗"):
        assert phrase in found, phrase
    assert not texts_of(slogans_of(pipe, "三个村的村民和五个社区的居民都来了。"))
    # a verb that takes any object is no part of the formula either
    assert texts_of(slogans_of(pipe, "坚持机关主战、基层主防，提升打击效能。")) == {"机关主战、基层主防"}


def test_yanda_as_a_verb_is_not_the_campaign(pipe):
    ents = slogans_of(pipe, "警方严打各类电信诈骗犯罪。当年开展的严打斗争震慑了犯罪，严打期间破案数百起。")
    assert [e.text for e in ents] == ["严打斗争", "严打"]
    assert all(e.start > 12 for e in ents)


def test_headings_descriptions_and_amounts_in_quotes(pipe):
    cases = [
        ("主题是“加快建设体育强国”", "加快建设体育强国", "framed"),
        ("确保水“供得出”", "供得出", "verb_phrase"),
        ("专栏“山里的路  心里的光”昨起推出", "山里的路  心里的光", "spaced"),
        ("他荣获“五一劳动奖章”", "五一劳动奖章", "object_head"),
        ("这里被称作“竹编之乡”", "竹编之乡", "object_head"),
    ]
    for sentence, phrase, feature in cases:
        j = judge(sentence, phrase)
        assert feature in j.features and not j.slogan, (phrase, j)
    for phrase in ("零甲醛", "千万游客", "8000"):
        assert not quoted.is_numeral_formula(phrase), phrase
    assert quoted.is_numeral_formula("1612")
    # the heading's core is still found by the lexicon
    assert "体育强国" in texts_of(slogans_of(pipe, "主题是“加快建设体育强国”。"))


def test_a_verb_that_takes_any_object_is_a_weak_hint():
    j = judge("全县聚焦“百万客流”持续发力", "百万客流")
    assert "cue_before_weak" in j.features and "cue_before" not in j.features and not j.slogan
    assert judge("全县开展“邻里守望”活动", "邻里守望").slogan
    nickname = judge("这座被誉为“五金之都”的城市", "五金之都")
    assert "object_head" in nickname.features and not nickname.slogan


def test_quoted_judgement_benchmark_counts_candidates(tmp_path, capsys):
    """benchmarks/quoted_judgement.py scores each quote against string gold: must, neutral, other."""
    from conftest import ROOT, load_script

    bench = load_script(ROOT / "benchmarks" / "quoted_judgement.py")
    corpus, gold = tmp_path / "corpus", tmp_path / "gold"
    corpus.mkdir()
    gold.mkdir()
    (corpus / "p1.txt").write_text(
        "县里深入开展“乡村夜话”活动。\n村民笑着说：“日子越过越红火了。”\n他把它叫做“连心桥”。\n", encoding="utf-8"
    )
    entities = {"slogan": {"must": ["乡村夜话"], "neutral": ["连心桥"], "negative": []}}
    (gold / "p1.json").write_text(
        json.dumps({"source": "p1.txt", "entities": entities}, ensure_ascii=False), encoding="utf-8"
    )
    assert bench.main([str(gold), "--corpus", str(corpus)]) == 0
    line = capsys.readouterr().out.strip().splitlines()[-1]
    assert "quoted candidates: 3 (1 neutral" in line and "tp=1 fp=0" in line and "fn=0 tn=1" in line
    assert bench.main([str(tmp_path / "none"), "--corpus", str(corpus)]) == 2


def test_programmes_named_after_a_launching_verb(pipe):
    text = "全市深入实施老旧街区焕新行动，启动山区学校暖心工程和乡村医生培育计划。各部门开展联合检查行动。"
    found = texts_of(slogans_of(pipe, text))
    for phrase in ("老旧街区焕新行动", "山区学校暖心工程", "乡村医生培育计划"):
        assert phrase in found, phrase
    assert not any("联合检查" in t for t in found)  # a generic opener names no programme


def test_a_quoted_idiom_is_not_a_slogan():
    j = judge("全力推进“对症下药”式整治", "对症下药")
    assert "dict_word" in j.features and not j.slogan


def test_a_programme_launched_by_two_sides_may_join_names_with_a_dash(pipe):
    found = texts_of(slogans_of(pipe, "会上，双方发起中国—东盟海洋减塑合作行动，深化务实合作。"))
    assert "中国—东盟海洋减塑合作行动" in found


def test_canonical_goal_formulas_keep_their_verbs(pipe):
    found = texts_of(slogans_of(pipe, "引导党员干部树立和践行正确政绩观，为全面建成社会主义现代化强国不懈奋斗。"))
    assert {"树立和践行正确政绩观", "全面建成社会主义现代化强国"} <= found


def test_dicta_and_distinct_compounds_stay_whole(pipe):
    found = texts_of(slogans_of(pipe, "各级干部要走好网上群众路线，牢记抓好党建是最大的政绩，坚信生态兴则文明兴。"))
    assert {"网上群众路线", "抓好党建是最大的政绩", "生态兴则文明兴"} <= found
    assert "群众路线" not in found  # the compound, not its tail


# ---------------------------------------------------------------- linear on one long line


def _quoted_around_plainly(text: str, i: int) -> bool:
    """The plain reading: count open quotation marks from the line's start to ``i``."""
    from baokan.annotators.language import quoted

    opened = 0
    for ch in text[text.rfind("\n", 0, i) + 1 : i]:
        if ch in quoted.PAIRS and ch not in quoted.CLOSERS:
            opened += 1
        elif ch in quoted.CLOSERS and ch not in quoted.PAIRS:
            opened = max(0, opened - 1)
    return opened > 0


@given(st.text(alphabet="“”「」+＋\n甲乙", max_size=60), st.lists(st.integers(0, 60), max_size=12))
def test_quote_depth_asked_in_order_answers_as_a_scan_from_the_line_start(text, offsets):
    depth = QuoteDepth(text)
    for i in sorted(o for o in offsets if o <= len(text)) + [o for o in offsets if o <= len(text)][:3]:
        assert depth.inside(i) == _quoted_around_plainly(text, i)


def test_the_two_ends_of_a_change_are_no_formulations():
    text = "让游客从“看园”到“入戏”，由“过客”变为“常客”。"
    for phrase in ("看园", "入戏"):
        j = judge(text, phrase, in_series=True)
        assert "from_to" in j.features and not j.slogan, (phrase, j)
    # a quote that merely follows 到 is no end of a change
    assert "from_to" not in judge("工作组到“乡里访亲”现场调研", "乡里访亲").features


def test_a_frequent_two_character_numeral_word_is_no_formula():
    assert not judge("怎么实现“三角”的平衡？", "三角").slogan
    assert not judge("特殊教育向“两头”延伸", "两头").slogan
    assert judge("银行加大“三农”信贷支持", "三农").slogan  # in the dictionary, but rarely written


def test_a_named_policy_and_a_garden():
    assert judge("当地推出“引客入乡”政策", "引客入乡").slogan
    j = judge("该村打造“荷花生态园”，吸引游客", "荷花生态园")
    assert "object_head" in j.features and not j.slogan


def test_policing_formulas_of_campaigns_and_station_work(pipe):
    text = (
        "坚持有黑扫黑、无黑除恶、无恶治乱，深挖打伞破网、打财断血。"
        "健全党委领导、部级抓总、省级主责、市县主战、派出所主防的工作格局，推动重心下移、警力下沉、保障下倾。"
    )
    found = texts_of(slogans_of(pipe, text))
    for phrase in (
        "有黑扫黑、无黑除恶、无恶治乱",
        "打伞破网",
        "打财断血",
        "党委领导、部级抓总、省级主责、市县主战、派出所主防",
        "重心下移、警力下沉、保障下倾",
    ):
        assert phrase in found, phrase


def test_local_variants_of_fixed_frames(pipe):
    text = (
        "基本做到小事不出社区、大事不出街道、矛盾不上交。推行小事不出网格、大事不出社区的机制，深化社区吹哨、党员报到。"
    )
    found = texts_of(slogans_of(pipe, text))
    assert {"小事不出社区、大事不出街道、矛盾不上交", "小事不出网格、大事不出社区", "社区吹哨、党员报到"} <= found
    # the literal words alone make no frame
    assert not texts_of(slogans_of(pipe, "小事不出门，大事找组织。"))


def test_political_security_and_discipline_formulas(pipe):
    text = "统筹推进反渗透反颠覆反恐怖反分裂反邪教斗争，强化正风肃纪反腐，继续实行五级书记抓。"
    found = texts_of(slogans_of(pipe, text))
    assert {"反渗透反颠覆反恐怖反分裂反邪教", "正风肃纪反腐", "五级书记抓"} <= found


def test_political_legal_formulas(pipe):
    text = "全面准确贯彻宽严相济刑事政策，坚持调解优先、调判结合，锻造新时代政法铁军，做到法安天下、德润人心。"
    found = texts_of(slogans_of(pipe, text))
    # 新时代 is a modifier: 政法铁军 is the must extent (labels.md general rule; gold batch 6)
    assert {"宽严相济刑事政策", "调解优先、调判结合", "政法铁军", "法安天下、德润人心"} <= found


def test_a_dictum_printed_with_ascii_commas_is_the_lexicon_s(pipe):
    # the lexicon writes 数据多跑路，群众少跑腿 full width; a page may print an ASCII comma
    j = judge("真正实现“数据多跑路,群众少跑腿”。", "数据多跑路,群众少跑腿")
    assert "lexicon_punct" in j.features and j.slogan
    assert not judge("他说“我们多跑路,群众少跑腿”。", "我们多跑路,群众少跑腿").slogan
    found = texts_of(slogans_of(pipe, "真正实现“数据多跑路,群众少跑腿”。"))
    assert found == {"数据多跑路,群众少跑腿"}


def test_a_core_and_its_named_strategy_or_idea_are_rows_of_their_own(pipe):
    text = "实施乡村振兴战略，推进乡村文化振兴，践行以人民为中心的发展思想，建设更高水平开放型经济新体制。"
    found = texts_of(slogans_of(pipe, text))
    assert {"乡村振兴战略", "乡村文化振兴", "以人民为中心的发展思想", "开放型经济新体制"} <= found


def test_campaign_code_names_studios_and_listed_activities():
    # an everyday word before a campaign head is the campaign's code name
    assert judge("开展“净空”专项工作", "净空").slogan
    assert not judge("百姓也给出了“回信”——", "回信").slogan
    # 等 between one quote and its cue; a studio named by the quote is no programme's work
    assert judge("推进“我帮好人上首屏”等活动", "我帮好人上首屏").slogan
    assert "cue_after" not in judge("“某某评”工作室负责人介绍", "某某评").features
    # a frequent word and one more character is no numeral formula; a numbered set still is
    assert not judge("过去全靠“双腿走”巡渠", "双腿走").slogan
    assert judge("落实“两个覆盖”要求", "两个覆盖").slogan
    # 跨境电商 joins sectors in a + formula
    assert "plus" in judge("探索“跨境电商+产业带”模式", "跨境电商+产业带").features


def test_a_saying_built_on_an_idiom_is_no_numeral_formula():
    assert not judge("古人讲“一草一木皆有情”，", "一草一木皆有情").slogan
    assert judge("实施“千村示范、万村整治”工程", "千村示范、万村整治").slogan


def test_the_side_of_an_unquoted_plus_formula_ends_before_a_generic_word(pipe):
    assert texts_of(slogans_of(pipe, "推动人工智能+服务贸易发展。")) == {"人工智能+服务贸易"}
    assert texts_of(slogans_of(pipe, "推动非遗+旅游融合发展。")) == {"非遗+旅游"}


def test_a_chief_responsibility_system_is_named_after_its_post():
    assert judge("实行“田长制”，守护耕地", "田长制").slogan
    assert judge("全面推行“楼长制”", "楼长制").slogan


def test_common_metaphors_of_political_writing_are_not_formulations():
    for sentence, phrase in (
        ("只顾经营自己的“一亩三分地”，", "一亩三分地"),
        ("在推诿中变成“半拉子工程”。", "半拉子工程"),
        ("打通服务群众“最后一公里”", "最后一公里"),
    ):
        j = judge(sentence, phrase)
        assert "metaphor" in j.features and not j.slogan, phrase
    assert judge("实施“菜篮子工程”", "菜篮子工程").slogan  # the programme, not the metaphor


def test_a_variant_with_one_quoted_character_inside_is_taken_whole(pipe):
    ents = slogans_of(pipe, "推动反“独”促统不断取得新的成果。")
    assert [(e.text, e.canonical) for e in ents] == [("反“独”促统", "反独促统")]


def test_the_cue_expressions_are_the_same_in_every_process():
    # the regex cache keys on the pattern text: a pattern that followed a set's per-process
    # order missed the cache (and rewrote it) on every run
    code = "from baokan.annotators import slogans; print([p.pattern for p in slogans._shapes()])"
    runs = [
        subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, env={**os.environ, "PYTHONHASHSEED": seed}
        )
        for seed in ("1", "2", "3")
    ]
    assert all(r.returncode == 0 for r in runs), runs[0].stderr[-2000:]
    assert runs[0].stdout and runs[0].stdout == runs[1].stdout == runs[2].stdout


@given(st.text(alphabet="创新协调绿色开放共享、，a ", max_size=60))
def test_series_are_found_where_a_pause_mark_stands_as_a_full_search_finds_them(text):
    from baokan.annotators.language import slogan_grammar

    want = [m.span() for m in slogan_grammar._SERIES.finditer(text)]
    assert [m.span() for m in slogan_grammar._series_matches(text)] == want


def test_series_matches_on_a_made_up_list():
    from baokan.annotators.language import slogan_grammar

    text = "坚持创新发展、协调发展、绿色发展，推进乡村振兴、城乡融合、区域协调、开放合作"
    spans = [m.group() for m in slogan_grammar._series_matches(text)]
    assert spans == ["创新发展、协调发展、绿色发展", "乡村振兴、城乡融合、区域协调、开放合作"]
