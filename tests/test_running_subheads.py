"""Subheads of a running article are no new article's headline (excerpts, numbered sections, round-ups),
and a line of the same shape with a byline, a dateline or a signed paragraph around it still starts one.

The pages are made up in the style of city, legal and trade papers' print dumps.
"""

from __future__ import annotations

import pytest

from baokan.annotators.core.document import Document
from baokan.annotators.language.layout import Layout, read_lines
from baokan.annotators.language.running_subheads import keep_running, section_numbered
from baokan.annotators.segment import Segment


def articles(text: str):
    return Segment()(Document(doc="page", text=text)).articles


def kinds(article, kind):
    return [b.text for b in article.blocks if b.kind == kind]


P1 = "1月8日，清河县公安局召开新闻通气会，通报过去一年全县公安工作的主要成效和新一年的工作安排。"
P2 = "2025年，全县共破获各类刑事案件312起，抓获犯罪嫌疑人405人，电信网络诈骗案件发案数同比下降18%。"
P3 = "面对节日期间的大客流，全县民警坚守一线，在景区、车站和商圈增设临时警务点，确保群众出行平安。"


def test_a_short_caption_line_in_an_excerpt_that_starts_with_its_byline_stays_in_the_article():
    text = "\n".join(["清河晚报记者 林小雨", P1, "通气会现场", P2, P3, "（图片由清河县公安局提供）"]) + "\n"
    (art,) = articles(text)
    assert art.byline is not None and art.byline.text == "清河晚报记者 林小雨"
    assert "通气会现场" in art.text and art.headline is None


def test_a_round_ups_place_list_subhead_under_its_lead_stays_in_the_article():
    lead = "新年上班第一天，浙江、江苏、四川等地纷纷召开“新年第一会”，聚焦哪些重点？记者作了梳理。"
    body = "浙江提出，今年要在优化营商环境上再加力，推出一批惠企政策，让经营主体轻装上阵。"
    more = "江苏则把科技创新摆在突出位置，明确全年新增高新技术企业的目标。"
    text = "\n".join([lead, "浙江、江苏：营商环境再加力", body, more]) + "\n"
    (art,) = articles(text)
    assert kinds(art, "subhead") == ["浙江、江苏：营商环境再加力"]


def test_a_subhead_with_a_colon_and_a_quoted_word_in_a_story_that_starts_with_text():
    first = "早报讯【记者 周明 通讯员 李华】车子在盘山路上颠簸了二十多分钟，才到达这个山村。"
    first += "这不是一次演练，而是一次普通的出警。"
    second = "这个派出所的民警大多是年轻人，他们来自各地，守着方圆几十里的山村。"
    after = "故事要从一个下午的报警电话说起。"
    text = "\n".join([first, second, "翻山越岭过“木板桥”：山里的出警路", after, P2]) + "\n"
    (art,) = articles(text)
    assert "翻山越岭过“木板桥”：山里的出警路" in kinds(art, "subhead")


def test_numbered_sections_of_a_feature_stay_in_the_feature():
    text = (
        "\n".join(
            [
                "警旗飘扬映初心 砥砺奋进谱新篇",
                "——清河市公安局庆祝中国人民警察节活动侧记",
                P1,
                P2,
                "在授旗仪式上，民警代表接过警旗。（清河市公安局供图）",
                "镜头一：荣誉时刻——",
                "铭记功勋，致敬忠诚",
                P3,
                "镜头二：传承时刻——",
                "新老交接，薪火相传",
                "仪式的最后，老民警把警号交到新警手中，全场响起热烈的掌声，这一幕让许多人湿润了眼眶。",
            ]
        )
        + "\n"
    )
    (art,) = articles(text)
    assert art.headline == "警旗飘扬映初心 砥砺奋进谱新篇"
    subheads = kinds(art, "subhead")
    assert "镜头一：荣誉时刻——" in subheads and "铭记功勋，致敬忠诚" in subheads
    assert "新老交接，薪火相传" in subheads


@pytest.mark.parametrize(
    "under",
    [
        ["本报记者 王  强"],  # a byline under the heading
        ["本报讯（记者 王强）" + P3],  # a dateline opens the text under it
    ],
)
def test_a_lone_heading_with_a_byline_or_dateline_under_it_still_starts_an_article(under):
    text = "\n".join(["清河晚报记者 林小雨", P1, P2, "老街巷里的夜巡队", *under, P3]) + "\n"
    arts = articles(text)
    assert len(arts) == 2
    assert arts[1].headline == "老街巷里的夜巡队"


def test_a_lone_heading_under_a_paragraph_signed_at_its_end_keeps_its_role():
    lines = [line for line in read_lines("\n".join([P1, P2 + "（记者 林小雨）", "老街巷里的夜巡队", P3]) + "\n")]
    roles = keep_running(Layout(lines), lines, ["body", "body", "headline", "body"])
    assert roles == ["body", "body", "headline", "body"]  # the signed paragraph closed its article
    unsigned = [line for line in read_lines("\n".join([P1, P2, "老街巷里的夜巡队", P3]) + "\n")]
    assert keep_running(Layout(unsigned), unsigned, ["body", "body", "headline", "body"])[2] == "body"


def test_a_numbered_heading_with_a_byline_under_it_starts_an_article():
    series = ["系列报道之二", "一、山村里的警务室", "本报记者 李  明", P3]
    text = "\n".join(["平安路上的守护者", "本报记者 王  强", P1, P2, *series]) + "\n"
    arts = articles(text)
    assert len(arts) == 2
    assert arts[1].byline is not None and "李明" in [p.name for p in arts[1].byline.people]


@pytest.mark.parametrize(
    "text, numbered",
    [
        ("特写一：荣光时刻——", True),
        ("镜头二 深夜的守候", True),
        ("场景三：", True),
        ("一、总体要求", True),
        ("（三）强化基层基础", True),
        ("第二部分：主要任务", True),
        ("第一书记扎根山村", False),
        ("思想统一：凝聚奋进力量", False),
        ("系列报道之一", False),
        ("十一月的山村", False),
    ],
)
def test_section_numbered(text, numbered):
    assert section_numbered(text) is numbered
