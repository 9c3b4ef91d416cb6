"""Slogan rows of the twelfth round (issue 19, gold batch 6), on made-up pages in the style of real papers.

The lexicon's batch 9 sweeps the documents behind batch 6's misses: the people's-congress and democracy
formulas, the safe-China and political-legal formulas, the employment campaigns and the 2025 government
work report. Variants that name a distinct compound are rows of their own (labels.md, batches 6 and 7),
and a modifier or a framing verb around a core leaves the core as the slogan.
"""

from __future__ import annotations

import pytest
from conftest import assert_slogan_form, slogan_forms


@pytest.mark.parametrize(
    "text, form",
    [
        ("座谈会指出，人民代表大会制度是我国的根本政治制度，要长期坚持。", "人民代表大会制度是我国的根本政治制度"),
        ("市人大常委会将坚持好、完善好、运行好人民代表大会制度。", "坚持好、完善好、运行好人民代表大会制度"),
        ("始终坚定走中国特色社会主义政治发展道路。", "中国特色社会主义政治发展道路"),
        ("全过程人民民主是最广泛、最真实、最管用的民主。", "最广泛、最真实、最管用"),
        ("基层立法联系点要接地气、察民情、聚民智、惠民生。", "接地气、察民情、聚民智、惠民生"),
        ("常委会坚持正确监督、有效监督、依法监督，增强监督实效。", "正确监督、有效监督、依法监督"),
        ("县委政法委要求提高社会治理社会化、法治化、智能化、专业化水平。", "社会治理社会化、法治化、智能化、专业化"),
        ("坚持立足预防、立足调解、立足法治、立足基层，把矛盾化解在当地。", "立足预防、立足调解、立足法治、立足基层"),
        ("全区加快推进综治中心规范化建设，群众反映问题有了去处。", "推进综治中心规范化建设"),
        ("今年的百日千万招聘已进入第三周，岗位信息实时发布。", "百日千万招聘"),
        ("县里实施医疗卫生强基工程，乡镇卫生院添置了设备。", "医疗卫生强基工程"),
        ("推动创新链、产业链、资金链、人才链深度融合。", "创新链、产业链、资金链、人才链"),
        ("全省打赢脱贫攻坚战后，接续推进乡村振兴。", "脱贫攻坚战"),
        ("政务大厅推出一批免申即享服务，企业不用跑腿。", "免申即享"),
    ],
)
def test_round12_rows(slogan_pipe, text, form):
    assert_slogan_form(slogan_pipe, text, form)


def test_a_compound_printed_with_ascii_brackets_names_the_full_width_row(slogan_pipe):
    text = "会议要求，严格落实党委(党组)国家安全责任制。"
    assert_slogan_form(slogan_pipe, text, "党委(党组)国家安全责任制", "党委（党组）国家安全责任制")


def test_a_longer_formula_wins_over_the_row_it_holds(slogan_pipe):
    got = slogan_forms(slogan_pipe, "我们强调坚持党的领导、人民当家作主、依法治国有机统一，最根本的是坚持党的领导。")
    assert "坚持党的领导、人民当家作主、依法治国有机统一" in got
    assert "坚持党的领导" in got  # the second mention, alone
    assert "党的领导、人民当家作主、依法治国有机统一" not in got


def test_a_modifier_or_a_framing_verb_leaves_the_core(slogan_pipe):
    assert_slogan_form(slogan_pipe, "锻造忠诚干净担当的新时代政法铁军。", "政法铁军")
    assert_slogan_form(slogan_pipe, "发展全过程人民民主，坚持人民主体地位。", "人民主体地位")
    assert_slogan_form(slogan_pipe, "要统筹好发展和安全，守牢底线。", "统筹好发展和安全", "统筹发展和安全")


def test_the_whole_saying_not_its_half(slogan_pipe):
    got = slogan_forms(slogan_pipe, "发展是硬道理、安全也是硬道理，两者不可偏废。")
    assert "发展是硬道理、安全也是硬道理" in got and "发展是硬道理" not in got
    got = slogan_forms(slogan_pipe, "古人讲“大道之行、天下为公”，这是中华民族的政治理想。")
    assert "大道之行、天下为公" in got and "天下为公" not in got


def test_a_list_that_elides_the_formula_s_opening_words_is_one_formula(slogan_pipe):
    text = "着力完善国家安全法治体系、战略体系、政策体系、风险防控体系，筑牢安全屏障。"
    got = slogan_forms(slogan_pipe, text)
    assert "国家安全法治体系、战略体系、政策体系、风险防控体系" in got
    assert "国家安全法治体系" not in got


def test_lists_that_are_no_elided_formula():
    from baokan.annotators.language.slogan_lists import elided_end

    forms = {"道路自信", "理论自信", "制度自信", "国家安全法治体系"}.__contains__
    # items that are formulas of their own: the lexicon splits them
    text = "坚定道路自信、理论自信、制度自信。"
    assert elided_end(text, 2, 6, forms) == 6
    # one item after the first makes no list
    text = "完善国家安全法治体系、战略体系。"
    assert elided_end(text, 2, 10, forms) == 10
    # an item that runs on into a longer word ends the list before it
    text = "完善国家安全法治体系、战略体系、政策体系建设。"
    assert elided_end(text, 2, 10, forms) == 10
    text = "完善国家安全法治体系、战略体系、政策体系。"
    assert elided_end(text, 2, 10, forms) == len(text) - 1
