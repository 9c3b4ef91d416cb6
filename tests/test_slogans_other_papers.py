"""Slogan classes seen on pages of papers other than 人民日报 (issue 19), on made-up pages.

Political-legal, procuratorial, county and city papers pad their quotes with spaces, run campaign
code names side by side before one head, quote dicta as mirrored couplets with commas and quote
two-clause work formulas; the lexicon's fourth batch adds the grass-roots, discipline and rural
formulas these pages use most (the original 枫桥经验 formula, 横向到边、纵向到底, 基层治理现代化).
"""

from __future__ import annotations

from conftest import slogan_forms

from baokan.annotators.language import quoted


def verdict(text: str, phrase: str) -> quoted.Judgement:
    start = text.index(phrase)
    return quoted.judge(text, start, start + len(phrase))


def test_padded_quotes_read_the_head_past_the_spaces(slogan_pipe):
    text = "面对辖区纠纷多发的压力，河湾派出所推行这种 “联防共治” 模式，让邻里矛盾就地化解。"
    assert "联防共治" in slogan_forms(slogan_pipe, text)
    assert verdict(text, "联防共治").slogan


def test_a_run_of_code_names_shares_the_head_after_the_last(slogan_pipe):
    text = "今年以来，临江市公安局统筹开展“清泉”“护苗”“净土”等专项行动，会同有关部门组织“断链”“拔根”“利刃”三大战役。"
    got = slogan_forms(slogan_pipe, text)
    for name in ("清泉", "护苗", "净土", "断链", "拔根", "利刃"):
        assert name in got, name
    # side by side and closed by 等 without a head: still examples, not campaigns
    listed = "群众反映的“刷单返利”“虚假投资”等骗局屡见不鲜。"
    assert not verdict(listed, "刷单返利").slogan


def test_a_mirrored_couplet_is_a_dictum_not_speech(slogan_pipe):
    text = "“村里稳则镇里稳，村里兴则镇里兴”。近年来，白石镇把矛盾化解放在首位。"
    assert verdict(text, "村里稳则镇里稳，村里兴则镇里兴").slogan
    speech = "老张说：“今天先回去，明天再来办。”"
    assert not verdict(speech, "今天先回去，明天再来办。").slogan


def test_a_two_item_pair_is_not_held_long_but_earns_nothing_alone():
    framed = "该镇综治中心形成“前端统一接单、后端分类处置”的运行机制。"
    assert verdict(framed, "前端统一接单、后端分类处置").slogan
    alone = "校园艺术节上，师生“以赛促学、以演促练”。"
    assert not verdict(alone, "以赛促学、以演促练").slogan


def test_lexicon_batch_four_formulas(slogan_pipe):
    got = slogan_forms(
        slogan_pipe,
        "20世纪60年代，枫桥干部群众创造了“发动和依靠群众,坚持矛盾不上交,就地解决,实现捕人少、治安好”的经验。"
        "街道以综治中心为依托，构建横向到边、纵向到底的治理网络，推进基层治理现代化。"
        "检察机关积极参与规范涉企执法专项行动，坚持抓早抓小、防微杜渐。",
    )
    assert got.get("发动和依靠群众,坚持矛盾不上交,就地解决,实现捕人少、治安好") == (
        "发动和依靠群众，坚持矛盾不上交，就地解决，实现捕人少、治安好"
    )
    for phrase in ("横向到边、纵向到底", "基层治理现代化", "规范涉企执法专项行动", "抓早抓小、防微杜渐"):
        assert phrase in got, phrase
    assert "矛盾不上交" not in got  # inside the whole formula: one mention, one extent
