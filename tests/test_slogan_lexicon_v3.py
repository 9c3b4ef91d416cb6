"""Slogans of the lexicon's third version and forms printed with ASCII punctuation, on made-up pages."""

from __future__ import annotations

from conftest import DATA, slogan_forms

from baokan.annotators.core import lexicon


def test_provincial_daily_economic_work_conference(slogan_pipe):
    """A provincial daily's report of an economic work conference (made up): the December 2025
    formulas, grain and ecology formulas, cadre formulas and dicta, some printed with ASCII commas."""
    got = slogan_forms(slogan_pipe, (DATA / "slogans_economy.txt").read_text(encoding="utf-8"))
    for phrase in (
        "内需主导",
        "投资于物和投资于人紧密结合",
        "城乡居民增收计划",
        "消费品以旧换新",
        "房地产市场止跌回稳",
        "好房子",
        "民生为大",
        "逆周期调节",
        "稳岗扩岗",
        "藏粮于地、藏技于田",
        "谷物基本自给、口粮绝对安全",
        "减污降碳协同增效",
        "生态产品价值实现机制",
        "关键少数",
        "容错纠错机制",
        "三大作风",
        "踏石留印、抓铁有痕",
        "一分部署、九分落实",
        "统筹高质量发展和高水平安全",
        "小康不小康，关键看老乡",
    ):
        assert phrase in got, phrase
    # a mirrored pair of dicta in running text gives its halves (docs/labels.md, other papers 5); quoted, it
    # stays whole (tests/test_slogans_fit5.py), whatever commas the page prints
    assert "安全是发展的前提" in got and "发展是安全的保障" in got
    assert got.get("人不负青山,青山定不负人") == "人不负青山，青山定不负人"
    # plain policy domains are no formulas
    for negative in ("科技创新", "数字经济", "稳中求进工作总基调"):
        assert negative not in got, negative


def test_police_daily_page_mechanisms_and_foreign_policy(slogan_pipe):
    """人民公安报 style (made up): policing and court mechanisms, foreign-policy formulas;
    严打 with an object is the verb, not the campaign."""
    got = slogan_forms(slogan_pipe, (DATA / "slogans_police_legal.txt").read_text(encoding="utf-8"))
    # 府院联动 stands only before 机制 on this page: the whole is the must string (labels.md, other papers 4)
    for phrase in ("见警察、见警灯", "警网融合", "府院联动机制", "与邻为善、以邻为伴", "相互尊重、和平共处、合作共赢"):
        assert phrase in got, phrase
    assert "严打" not in got


def test_ascii_punctuation_forms_are_in_the_automaton():
    """Every slogan form with ，；： is matched as printed with ASCII marks, and names the same row."""
    table = lexicon.read_table("slogans")
    auto = lexicon.lexicon()
    checked = 0
    for i, row in enumerate(table.rows):
        form = row["canonical"]
        ascii_form = form.translate(lexicon.ASCII_PUNCT)
        if ascii_form == form:
            continue
        assert ("slogans", i) in auto.lookup(ascii_form), form
        checked += 1
    assert checked >= 10
    # other tables keep their forms as written
    assert not any(spec.ascii_punct for name, spec in lexicon.LEXICONS.items() if name != "slogans")
