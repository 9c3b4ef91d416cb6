"""Slogan rows by field of work (issue 19, seventh round), on made-up pages.

A blind study found recall on unseen text limited by the lexicon's coverage of each field's
formulas. This batch adds, from the public record, the key formulations of finance (中国特色金融文化
and its five points, 五大监管), foreign affairs, housing, organisation work and cadres, ecology,
culture, science and education, social security and employment, national security, Taiwan, Hong
Kong and Macao, defence and the market economy. The sentences below are written for the test.
"""

from __future__ import annotations

import pytest
from conftest import assert_slogan_form, slogan_forms


@pytest.mark.parametrize(
    "text, form, canonical",
    [
        ("银行业要走好中国特色金融发展之路，服务实体经济。", "中国特色金融发展之路", None),
        ("该行把积极培育中国特色金融文化融入员工培训。", "中国特色金融文化", None),
        ("信贷人员要诚实守信，不逾越底线；以义取利，不唯利是图。", "诚实守信，不逾越底线", None),
        ("信贷人员要诚实守信，不逾越底线；以义取利，不唯利是图。", "以义取利，不唯利是图", None),
        (
            "监管局全面强化机构监管、行为监管、功能监管、穿透式监管、持续监管。",
            "机构监管、行为监管、功能监管、穿透式监管、持续监管",
            "五大监管",
        ),
        ("论坛倡导携手构建亚洲命运共同体。", "亚洲命运共同体", None),
        ("加快构建房地产发展新模式，满足群众住房需求。", "房地产发展新模式", None),
        ("各地坚持因城施策，优化调整购房政策。", "因城施策", None),
        ("选人用人坚持德才兼备、以德为先，注重实绩。", "德才兼备、以德为先", None),
        ("形成能者上、优者奖、庸者下、劣者汰的良好局面。", "能者上、优者奖、庸者下、劣者汰", None),
        ("坚持严管和厚爱结合、激励和约束并重，激励干部担当作为。", "严管和厚爱结合、激励和约束并重", None),
        ("以高品质生态环境支撑高质量发展，是全市的共识。", "以高品质生态环境支撑高质量发展", None),
        ("全市坚持用最严格制度最严密法治保护生态环境。", "用最严格制度最严密法治保护生态环境", None),
        ("文艺工作者要肩负起新的文化使命，多出精品。", "新的文化使命", None),
        ("省里出台方案，推进实施国家文化数字化战略。", "国家文化数字化战略", None),
        ("学校深化教育评价改革，坚决破五唯。", "破五唯", None),
        (
            "研究院坚持面向世界科技前沿、面向经济主战场、面向国家重大需求、面向人民生命健康。",
            "面向世界科技前沿、面向经济主战场、面向国家重大需求、面向人民生命健康",
            "四个面向",
        ),
        ("按照兜底线、织密网、建机制的要求，健全社会救助体系。", "兜底线、织密网、建机制", None),
        ("就业是最基本的民生，区里开展招聘月活动。", "就业是最基本的民生", None),
        ("街道宣讲稳妥有序推进渐进式延迟法定退休年龄改革的政策。", "渐进式延迟法定退休年龄改革", None),
        ("讲座阐释了中央全面管治权和特区高度自治权相统一的原则。", "中央全面管治权和特区高度自治权相统一", None),
        ("示范区坚持以通促融、以惠促融、以情促融，吸引台胞来闽创业。", "以通促融、以惠促融、以情促融", None),
        ("要构建一体化国家战略体系和能力，服务强军目标。", "一体化国家战略体系和能力", None),
        ("坚决贯彻军委主席负责制。", "军委主席负责制", None),
        (
            "毫不动摇鼓励、支持、引导非公有制经济发展，民营企业家深受鼓舞。",
            "毫不动摇鼓励、支持、引导非公有制经济发展",
            None,
        ),
        ("市场监管局落实公平竞争审查制度，清理妨碍统一市场的规定。", "公平竞争审查制度", None),
        ("会议要求稳住楼市股市，提振市场信心。", "稳住楼市股市", None),
        ("双方携手建设和平、安宁、繁荣、美丽、友好家园。", "和平、安宁、繁荣、美丽、友好家园", None),
        ("要把恢复和扩大消费摆在优先位置，多渠道增加收入。", "把恢复和扩大消费摆在优先位置", None),
        ("香港要发挥背靠祖国、联通世界的独特优势。", "背靠祖国、联通世界", None),
        ("落实第二轮土地承包到期后再延长三十年试点。", "第二轮土地承包到期后再延长三十年", None),
        ("合作社完善联农带农机制，带动农户增收。", "联农带农机制", None),  # the core never stands bare: other papers 4
        ("学校推进有组织科研，集中力量攻关。", "有组织科研", None),
        ("边境县坚持兴边富民、强边固防，建设抵边新村。", "强边固防", None),
        ("坚持睦邻、安邻、富邻，深化边境地区合作。", "睦邻、安邻、富邻", None),
        ("全省加快推进农业转移人口市民化，放宽落户条件。", "农业转移人口市民化", None),
        ("该县推进以县城为重要载体的城镇化建设。", "以县城为重要载体的城镇化", None),
        ("园区对标零碳园区建设要求，推广屋顶光伏。", "零碳园区", None),
        ("加快规划建设新型能源体系，构建新型电力系统。", "新型能源体系", None),
    ],
)
def test_field_rows(slogan_pipe, text, form, canonical):
    assert_slogan_form(slogan_pipe, text, form, canonical)


def test_finance_field_before_a_product_is_no_slogan(slogan_pipe):
    """A 大文章 field before a product or loan names the product, not the policy (docs/labels.md, *consistency*)."""
    got = slogan_forms(slogan_pipe, "银行推出数字金融产品，普惠金融贷款余额增长。")
    assert "数字金融" not in got and "普惠金融" not in got
