"""Slogan lexicon, batch 8 (issue 19): a sweep of whole central documents, on made-up sentences.

The rows come from reading the most-quoted documents part by part (the 20th Congress report, the
2021 resolution, the 2024 third plenum and the 2025 fourth plenum, the government work reports, the
Central Economic and Rural Work Conferences, Xi Jinping's dicta) and adding the named formulas the
lexicon lacked. Each sentence below is written for this test; none is taken from a page.
"""

from __future__ import annotations

import pytest
from conftest import assert_slogan_form, slogan_forms

from baokan.annotators.core import lexicon


@pytest.mark.parametrize(
    "text, form, canonical",
    [
        # the report to the 20th Congress (2022) and the 2021 resolution
        ("座谈会上，学者们围绕人类文明新形态展开讨论。", "人类文明新形态", None),
        ("展览回顾了新时代十年的伟大变革。", "新时代十年的伟大变革", None),
        ("企业主动融入国内国际双循环，拓展海外订单。", "国内国际双循环", None),
        ("全县培育壮大战略性新兴产业，前瞻布局未来产业。", "战略性新兴产业", None),
        ("全县培育壮大战略性新兴产业，前瞻布局未来产业。", "未来产业", None),
        ("推动数字经济与实体经济深度融合。", "数字经济与实体经济深度融合", "数字经济和实体经济深度融合"),
        ("十年来，这项事业取得历史性成就、发生历史性变革。", "取得历史性成就、发生历史性变革", None),
        ("街道构建网格化管理、精细化服务、信息化支撑的基层平台。", "网格化管理、精细化服务、信息化支撑", None),
        ("宣讲团讲清全过程人民民主是社会主义民主政治的本质属性。", "全过程人民民主是社会主义民主政治的本质属性", None),
        ("加快构建新安全格局。", "新安全格局", None),
        ("报告指出，中国式现代化是全体人民共同富裕的现代化。", "中国式现代化是全体人民共同富裕的现代化", None),
        (
            "党员们重温伟大建党精神：坚持真理、坚守理想，践行初心、担当使命，不怕牺牲、英勇斗争，对党忠诚、不负人民。",
            "坚持真理、坚守理想，践行初心、担当使命，不怕牺牲、英勇斗争，对党忠诚、不负人民",
            None,
        ),
        ("文章从坚持理论创新的角度总结百年经验。", "坚持理论创新", None),
        # plenums, work reports and economic work conferences
        ("课题组研究如何形成与之相适应的新型生产关系。", "新型生产关系", None),
        ("区市场监管局推行包容审慎监管，对轻微违法首次不罚。", "包容审慎监管", None),
        ("实施积极的财政政策，加大转移支付。", "积极的财政政策", None),
        ("会议认为，经济基础稳、优势多、韧性强、潜能大。", "经济基础稳、优势多、韧性强、潜能大", None),
        ("高质量发展是新时代的硬道理，全市上下要牢牢把握。", "高质量发展是新时代的硬道理", None),
        ("推动产业坚持智能化、绿色化、融合化方向。", "智能化、绿色化、融合化", None),
        ("加快建设强大国内市场。", "建设强大国内市场", None),
        # rural work conferences
        ("强国必先强农，农强方能国强，县里把农业摆在突出位置。", "强国必先强农，农强方能国强", None),
        # the Zhejiang common-prosperity zone and the Fujian cross-strait zone
        ("全省打造收入分配制度改革试验区。", "收入分配制度改革试验区", None),
        ("该市推进两岸融合发展示范区建设。", "两岸融合发展示范区", None),
        # dicta and their classical sources
        ("他常说，问题是时代的声音。", "问题是时代的声音", None),
        ("要让年轻干部经风雨、见世面、壮筋骨、长才干。", "经风雨、见世面、壮筋骨、长才干", None),
        ("古人讲凡治国之道，必先富民。", "凡治国之道，必先富民", None),
        ("农技站站长说，种子是农业的芯片，良种要自己育。", "种子是农业的芯片", None),
        ("机关干部要求真务实，少开会、开短会。", "求真务实", None),
    ],
)
def test_document_sweep_rows(slogan_pipe, text, form, canonical):
    assert_slogan_form(slogan_pipe, text, form, canonical)


def test_ascii_commas_print_the_same_dictum(slogan_pipe):
    got = slogan_forms(slogan_pipe, "老支书常说,道虽迩,不行不至;事虽小,不为不成。")
    assert "道虽迩,不行不至;事虽小,不为不成" in got


def test_the_longer_formula_wins_over_its_part(slogan_pipe):
    got = slogan_forms(slogan_pipe, "今年实施更加积极的财政政策。")
    assert "更加积极的财政政策" in got
    assert "积极的财政政策" not in got


def test_new_variants_name_existing_canonicals():
    rows = {r["canonical"]: r for r in lexicon.read_table("slogans").rows}
    assert "国家治理现代化" in rows["国家治理体系和治理能力现代化"]["variants"].split(",")
    assert "防范和化解重大风险" in rows["防范化解重大风险"]["variants"].split(",")
    assert "共建、共治、共享" in rows["共建共治共享"]["variants"].split(",")


def test_everyday_words_around_new_rows_stay_untagged(slogan_pipe):
    got = slogan_forms(slogan_pipe, "村里的产业发展得不错，未来几年还要扩大规模。")
    assert not got
