"""Slogan classes of the fifth round (issue 19): formulas of the 2024–2026 public record and shapes
seen on county, political-legal and discipline papers, on made-up pages.

The lexicon's batch 5 adds what the conferences of those years fixed and the lexicon lacked
(political-legal responsibility systems, the discipline campaign against misconduct near the people,
the December 2025 economic formulas, the rural goals of the No. 1 documents, party-building formulas).
"""

from __future__ import annotations

import pytest
from conftest import assert_slogan_form, slogan_forms


@pytest.mark.parametrize(
    "text, form, canonical",
    [
        # a distinct compound stays whole (labels.md, batches 6 and 7; gold batch 6)
        ("会议要求，严格落实党委（党组）国家安全责任制，压实各方责任。", "党委（党组）国家安全责任制", None),
        ("会议要求，压实国家安全责任制。", "国家安全责任制", "国家安全责任制"),
        ("县委政法委督促各单位落实维护社会稳定责任制。", "维护社会稳定责任制", "维护社会稳定责任制"),
        ("确保国家安全稳如泰山、社会稳定坚如磐石。", "国家安全稳如泰山、社会稳定坚如磐石", None),
        ("加快构建中国自主的法学知识体系，培养法治人才。", "中国自主的法学知识体系", None),
        ("全县持续深化群众身边不正之风和腐败问题集中整治，回应群众关切。", "群众身边不正之风和腐败问题集中整治", None),
        ("镇纪委对村干部开展风腐同查，形成震慑。", "风腐同查", "风腐同查同治"),
        ("反腐败斗争要一步不停歇、半步不退让。", "一步不停歇、半步不退让", None),
        ("机关党委要带头建设让党中央放心、让人民群众满意的模范机关。", "让党中央放心、让人民群众满意的模范机关", None),
        ("区委中心组强调，要旗帜鲜明讲政治，把学习成果转化为工作动力。", "旗帜鲜明讲政治", None),
        ("民主生活会要真正做到见人见事见思想。", "见人见事见思想", None),
        ("我们创造了经济快速发展和社会长期稳定两大奇迹。", "经济快速发展和社会长期稳定两大奇迹", None),
        ("我们创造了举世瞩目的两大奇迹。", "两大奇迹", "两大奇迹"),
        ("明年要坚持稳中求进、提质增效，推动投资止跌回稳。", "稳中求进、提质增效", None),
        ("明年要坚持稳中求进、提质增效，推动投资止跌回稳。", "投资止跌回稳", None),
        ("提高强农惠农富农政策效能，守牢粮食安全底线。", "强农惠农富农", None),
        ("对脱贫户实施常态化精准帮扶，防止返贫。", "常态化精准帮扶", "常态化帮扶"),
        ("努力使农村基本具备现代生活条件，让农民生活更加富裕美好。", "使农村基本具备现代生活条件", None),
        ("县政务服务中心推行“好差评”制度，群众办事可当场评价。", "好差评", "好差评"),
    ],
)
def test_batch5_lexicon_rows(slogan_pipe, text, form, canonical):
    assert_slogan_form(slogan_pipe, text, form, canonical)


def verdict(text: str, phrase: str):
    from baokan.annotators.language import quoted

    start = text.index("“" + phrase + "”") + 1
    return quoted.judge(text, start, start + len(phrase))


def test_a_count_of_zeros_is_a_target_set(slogan_pipe):
    text = "白石县开展“三零”平安村居创建，力争“五零”（零发案、零事故、零上访、零黑恶、零黄赌毒）目标。"
    got = slogan_forms(slogan_pipe, text)
    assert "三零" in got and "五零" in got
    # a generation or a year is no target set
    assert not slogan_forms(slogan_pipe, "他是“五零后”的老党员，二零二五年退休。")


def test_a_campaign_name_before_its_head_may_run_long(slogan_pipe):
    text = "全市深入推进“排查风险隐患守护群众平安”专项治理，适时开展督查。"
    assert "排查风险隐患守护群众平安" in slogan_forms(slogan_pipe, text)
    # the same length without a campaign head stays penalised
    assert "long" in verdict("群众都说“排查风险隐患守护群众平安”很重要。", "排查风险隐患守护群众平安").features


def test_a_theme_year_and_a_named_system(slogan_pipe):
    text = "县委把今年作为“作风提振深化年”，在政务大厅推行“首问负责”制度。"
    got = slogan_forms(slogan_pipe, text)
    assert "作风提振深化年" in got and "首问负责" in got


def test_long_parallel_series_of_county_papers(slogan_pipe):
    same_core = "围绕“组织体系现代化、治理手段现代化、服务方式现代化”的目标推进工作。"
    assert "组织体系现代化、治理手段现代化、服务方式现代化" in slogan_forms(slogan_pipe, same_core)
    anaphora = "开展以“无邪教、无命案、无重大火灾事故、无群体性上访”为内容的平安村创建。"
    assert "无邪教、无命案、无重大火灾事故、无群体性上访" in slogan_forms(slogan_pipe, anaphora)
    spelled = "白石镇提出“三美乡村”：“山在村中增绿意、水在村中添灵气、人在村中享安宁”。"
    assert "山在村中增绿意、水在村中添灵气、人在村中享安宁" in slogan_forms(slogan_pipe, spelled)
    # a description whose items share only two-character words is no series
    problem = "调研发现“种植大户资金少、种植散户技术弱、种植企业订单缺”的问题。"
    assert not verdict(problem, "种植大户资金少、种植散户技术弱、种植企业订单缺").slogan


def test_a_division_of_labour_with_roles(slogan_pipe):
    unquoted = "清廉村居建设要坚持镇党委主责、村支部主抓、镇纪委主推，形成合力。"
    assert "镇党委主责、村支部主抓、镇纪委主推" in slogan_forms(slogan_pipe, unquoted)
    quoted_list = "全县建立“县委统筹、纪委主抓、部门主责、乡镇落实”四级联动机制。"
    got = slogan_forms(slogan_pipe, quoted_list)
    assert "县委统筹、纪委主抓、部门主责、乡镇落实" in got
    # the middle of an unquoted list is not a series of its own
    plain = "形成县委统筹、纪委主抓、部门主责、乡镇落实的格局。"
    assert "纪委主抓、部门主责" not in slogan_forms(slogan_pipe, plain)


def test_a_county_brand_with_the_county_named_on_the_page():
    from conftest import slogan_forms as forms

    from baokan.annotators.core.pipeline import Pipeline

    pipe = Pipeline(["paragraphs", "places", "slogans"], config={"places": {"use_crf": False}})
    text = "内乡县召开平安建设推进会。会议要求，推动平安内乡建设提质增效。"
    assert "平安内乡" in forms(pipe, text)
    # without the county named in full, its short form stays unsure
    assert "平安内乡" not in forms(pipe, "会议要求，推动平安内乡建设提质增效。")


def test_two_offices_joined_by_plus(slogan_pipe):
    text = "白石县推行“林长+检察长”协作机制，共护山林。"
    assert "林长+检察长" in slogan_forms(slogan_pipe, text)
    # two everyday nouns joined by + stay a description
    assert not verdict("摊位推出“奶茶+蛋糕”套餐。", "奶茶+蛋糕").slogan


def test_a_code_name_with_its_year_is_a_campaign(slogan_pipe):
    text = "为落实全省“猎狐-2026”打击治理跨境赌博犯罪专项行动部署，县公安局召开会议。"
    assert "猎狐-2026" in slogan_forms(slogan_pipe, text)
    assert verdict("开展“清风2025”行动。", "清风2025").slogan


def test_a_work_cadence_is_a_series(slogan_pipe):
    text = "镇里建立“周碰头、月调度、季督查”制度，确保整改落实。"
    assert "周碰头、月调度、季督查" in slogan_forms(slogan_pipe, text)


def test_the_three_arbitrary_charges(slogan_pipe):
    text = "县纪委及时解决干扰企业发展的“三乱”问题，治理乱收费、乱罚款、乱摊派。"
    got = slogan_forms(slogan_pipe, text)
    assert got.get("三乱") == "三乱" and got.get("乱收费、乱罚款、乱摊派") == "三乱"


def test_a_principle_named_after_its_quote_may_run_long(slogan_pipe):
    text = "新区确立“禁止大拆大建、鼓励微改精修”原则，并坚持“留改拆”并举。"
    got = slogan_forms(slogan_pipe, text)
    assert "禁止大拆大建、鼓励微改精修" in got and "留改拆" in got


def test_the_aims_of_urban_renewal(slogan_pipe):
    text = "推动城市结构优化、动能转换、品质提升、绿色转型、文脉赓续、治理增效，建设现代化人民城市。"
    assert "城市结构优化、动能转换、品质提升、绿色转型、文脉赓续、治理增效" in slogan_forms(slogan_pipe, text)


def test_a_count_of_moves_is_no_formula(slogan_pipe):
    text = "白石派出所“四招连发”筑牢反诈防线。"
    assert "四招连发" not in slogan_forms(slogan_pipe, text)


def test_a_practice_left_behind_is_no_formula(slogan_pipe):
    text = "该县跳出“捡到篮子里都是菜”的老做法，转向精准招商。"
    assert "捡到篮子里都是菜" not in slogan_forms(slogan_pipe, text)
    assert "left_behind" in verdict(text, "捡到篮子里都是菜").features


@pytest.mark.parametrize(
    "text, form, canonical",
    [
        ("县检察院开展“公益诉讼 守护美好生活”法治宣传活动。", "公益诉讼 守护美好生活", "公益诉讼守护美好生活"),
        ("积极推进“河(湖)长+检察长”协作，共护河湖。", "河(湖)长+检察长", "河长+检察长"),
        ("开展食用农产品“治违禁、控药残、促提升”三年行动。", "治违禁、控药残、促提升", None),
        ("党的二十大报告提出“坚持大抓基层的鲜明导向”。", "坚持大抓基层的鲜明导向", None),
        ("检察机关深化“双赢多赢共赢”理念，服务生态文明建设。", "双赢多赢共赢", None),
    ],
)
def test_batch5_procuratorial_and_rural_rows(slogan_pipe, text, form, canonical):
    got = slogan_forms(slogan_pipe, text)
    assert got.get(form) == (canonical or form), got


def test_the_four_everyones_of_city_governance(slogan_pipe):
    text = "街道构建人人参与、人人负责、人人奉献、人人共享的城市治理共同体。"
    assert "人人参与、人人负责、人人奉献、人人共享" in slogan_forms(slogan_pipe, text)
