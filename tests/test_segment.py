"""Article segmentation: the sample page against its gold, and pages in the styles of other papers."""

from __future__ import annotations

import json
from collections import Counter

import msgspec
import pytest
from conftest import DATA, GOLD, SEED, validate
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from baokan.annotators.core.document import Document
from baokan.annotators.evaluation import score_strings
from baokan.annotators.language.bylines import parse_byline, parse_dateline, parse_page_header
from baokan.annotators.language.continuations import find_continuation
from baokan.annotators.segment import Segment

PAGES = DATA / "pages"


def segment(text: str, name: str = "page") -> Document:
    return Segment()(Document(doc=name, text=text))


def page(name: str) -> Document:
    path = PAGES / name
    return segment(path.read_text(encoding="utf-8"), str(path))


def records(doc: Document):
    return validate(msgspec.to_builtins(a) for a in doc.articles)


def blocks(article, kind):
    return [b.text for b in article.blocks if b.kind == kind]


def people(article):
    return [p.name for p in article.byline.people] if article.byline else []


# ---------------------------------------------------------------- the sample page


def article_misses(gold_path, page_path):
    """The article checks of the gold that segmentation alone misses (the project's own scorer)."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    gold["entities"] = {}
    res = score_strings(gold, records(segment(page_path.read_text(encoding="utf-8"))))
    return res, res.misses


def test_sample_page_passes_every_article_check_of_the_gold():
    res, misses = article_misses(GOLD, SEED)
    assert res.checks_ok == res.checks_all == 34, misses


@pytest.mark.parametrize("gold", sorted((DATA / "regression").glob("*.gold.json")), ids=lambda p: p.name)
def test_regression_pages_pass_every_article_check(gold):
    res, misses = article_misses(gold, gold.with_name(gold.name.replace(".gold.json", ".txt")))
    assert res.checks_all > 0 and res.checks_ok == res.checks_all, misses


def test_sample_page_captions_are_lifted_out_of_the_paragraph_they_interrupt():
    doc = segment(SEED.read_text(encoding="utf-8"))
    second = doc.articles[1]
    body = blocks(second, "body")
    joined = next(t for t in body if "快速核查后发现对方意图不轨" in t)
    caption_at = [b.start for b in second.blocks if b.kind == "caption"]
    assert caption_at and all(c > second.text.index(joined) for c in caption_at)
    assert "诸暨许家三姐妹团圆现场" not in joined
    # a list item that ends in ； is its own paragraph, and the lead-in before it too
    assert "更多“小确幸”,就在身边——" in body
    assert any(t.endswith("再也不用胆战心惊;") for t in body)
    assert second.continued_to == "2" and "(下转2版)" in blocks(second, "continuation")
    assert not any("下转" in t for t in body)


# ---------------------------------------------------------------- pages of other papers


def test_peoples_daily_page():
    doc = page("rmrb_2025-01-14_06.txt")
    records(doc)
    assert doc.page.paper == "人民日报" and doc.page.number == 6 and doc.date == "2025-01-14"
    first, court, comment = doc.articles
    assert first.kicker == "坚持和发展新时代“枫桥经验”——"
    assert first.headline == "矛盾纠纷就地化解 基层治理有力有效"  # inner space kept
    assert people(first) == ["程焕", "张天培"]
    assert first.dateline.place == "北京" and first.dateline.date == "2025-01-13"
    body = blocks(first, "body")
    assert body[0].startswith("本报北京1月13日电")  # the dateline stays at the head of its paragraph
    assert any("推动警力下沉、重心下移，" in t for t in body)  # broken after a comma
    assert any("夏季治安打击整治行动，依法" in t for t in body)  # broken inside a word
    assert blocks(first, "subhead") == ["警务前移，守护万家灯火"]
    assert first.continued_to == "4" and blocks(first, "continuation") == ["（下转第四版）"]
    # kicker "张军：", headline, then the dateline: no byline line, reporters from the dateline
    assert court.kicker == "张军：" and court.headline == "以审判工作现代化服务保障中国式现代化"
    assert people(court) == ["魏哲哲"] and court.dateline.agency == "本报"
    assert any("实质化解，努力" in t for t in blocks(court, "body"))
    assert comment.byline.text == "本报评论员" and comment.byline.people == []
    assert blocks(comment, "note") == ["（作者为中国人民大学法学院教授）"]
    assert blocks(comment, "caption")[0].startswith("图为北京市公安局朝阳分局民警")
    assert blocks(comment, "page") == ["本版责编：李  军 王  瑶"]
    assert all(a.page.number == 6 for a in doc.articles)


def test_legal_daily_page():
    doc = page("fzrb_2025-01-14_03.txt")
    records(doc)
    news, judge = doc.articles
    assert news.headline == "全国检察机关去年起诉电诈犯罪4.8万余人" and news.kicker is None
    assert people(news) == ["董凡超"] and news.dateline.date == "2025-01-13"
    assert blocks(news, "body")[-1].endswith(
        "检察机关坚持全链条打击，对为诈骗犯罪提供帮助的“两卡”犯罪依法从严惩处，同时加强与公安机关的协作配合，推动形成打击合力。"
    )
    assert judge.kicker == "法官说法" and judge.headline == "网购“退款理赔”电话要当心"
    assert [(p.name, p.role) for p in judge.byline.people] == [("张昊", "本报记者"), ("刘雨晴", "通讯员")]
    assert any("共享手机屏幕，以免" in t for t in blocks(judge, "body"))
    assert blocks(judge, "caption") == ["海淀法院法官在社区开展反诈宣传"]
    assert blocks(judge, "note") == ["（本报记者张昊采访整理）"]  # a closing note stays in the article


def test_police_daily_page():
    doc = page("rmgab_2025-01-15_04.txt")
    records(doc)
    assert doc.page.paper == "人民公安报" and doc.page.number == 4
    ganzhou, rail, cont = doc.articles
    assert ganzhou.headline == "江西赣州：“平安小区”建设让群众更安心" and ganzhou.kicker is None
    assert people(ganzhou) == ["陈涛", "李明宇"]
    assert ganzhou.dateline.place == "赣州"
    assert any("民警王  强介绍" in t for t in blocks(ganzhou, "body"))  # body text is never rewritten
    assert rail.headline == "铁警护航春运" and rail.subtitles == ["——记上海铁路公安局杭州公安处乘警支队"]
    assert people(rail) == ["黄洁"]
    assert any(t.endswith("确保万无一失。") for t in blocks(rail, "body"))
    assert blocks(rail, "caption") == ["▲乘警在列车上为旅客讲解防范知识。  通讯员 周  敏摄"]
    assert cont.continued_from == "1" and cont.headline == "公安部部署开展打击整治枪爆违法犯罪专项行动"
    assert blocks(cont, "continuation") == ["（上接第1版）"]


def test_city_evening_paper_page():
    doc = page("qjwb_2024-09-11_A05.txt")
    records(doc)
    assert doc.page.paper == "钱江晚报" and doc.page.number == 5 and doc.page.date == "2024-09-11"
    rescue, brief1, brief2 = doc.articles
    assert people(rescue) == ["王菲", "杭公轩"]
    assert any("施救时要注意自身安全，尽量借助救生圈" in t for t in blocks(rescue, "body"))
    assert brief1.headline == "西湖区新增3处便民服务点" and brief1.kicker == "城市简讯"
    assert people(brief1) == ["孙燕"] and brief1.dateline.text == "本报讯 记者 孙  燕"
    assert brief2.headline == "钱塘江沿线开展安全巡查"
    assert [(p.name, p.role) for p in brief2.byline.people] == [("钱公宣", "通讯员"), ("周舟", "记者")]
    assert blocks(brief2, "caption") == ["图为民警在江边劝导游泳人员。  记者 周  舟 摄"]


def test_provincial_daily_with_printed_lines_and_indented_paragraphs():
    doc = page("zjrb_2024-09-11_01_wrapped.txt")
    records(doc)
    (art,) = doc.articles
    assert art.headline == "杭州：“数字警务”让群众办事少跑腿" and people(art) == ["沈听", "杭公宣"]
    assert art.dateline.date == "2024-09-10"
    body = blocks(art, "body")
    assert len(body) == 3
    assert body[0].endswith("推出户籍、出入境、交管等高频事项“一网通办”，群众办事平均用时缩短一半以上。")
    assert body[1].endswith("几分钟就办好了居住证。“以前要跑好几趟，现在一次就好。”她说。")
    assert blocks(art, "subhead") == ["智慧安防守护平安"]


def test_a_caption_boxed_into_a_clause_is_lifted_out():
    text = "标题\n\n本报记者 李洁\n\n民警接到报警后迅速赶到现场，\n\n\n\n民警在现场救助群众\n\n\n\n将被困群众安全转移。"
    art = segment(text).articles[0]
    assert blocks(art, "body") == ["民警接到报警后迅速赶到现场，将被困群众安全转移。"]
    assert blocks(art, "caption") == ["民警在现场救助群众"]


def test_an_article_without_byline_or_dateline_starts_at_its_heading_group():
    text = (
        "标题一号\n\n本报记者 李洁\n\n第一篇文章的正文到此结束。\n\n第二篇没有署名的文章\n\n——副题说明一下\n\n"
        "近日，某地开展了一项活动，取得良好效果。\n\n小标题在此\n\n这一段属于第二篇文章。"
    )
    first, second = segment(text).articles
    assert blocks(first, "body") == ["第一篇文章的正文到此结束。"]
    assert second.headline == "第二篇没有署名的文章" and second.subtitles == ["——副题说明一下"]
    assert second.byline is None and blocks(second, "subhead") == ["小标题在此"]


def test_a_plain_clause_between_paragraphs_is_a_caption_and_a_paired_phrase_a_subhead():
    text = (
        "标题\n\n本报记者 李洁\n\n民警在路口指挥交通。\n\n交警在积水路口疏导过往车辆\n\n雨停后道路恢复通行。\n\n"
        "科技赋能，守护平安\n\n当晚没有发生交通事故。"
    )
    art = segment(text).articles[0]
    assert blocks(art, "caption") == ["交警在积水路口疏导过往车辆"]
    assert blocks(art, "subhead") == ["科技赋能，守护平安"]


def test_a_caption_and_its_photo_credit_inside_a_paragraph_and_a_section_name_above_the_kicker():
    text = (
        "要闻\n\n坚持和发展新时代“枫桥经验”——\n\n矛盾纠纷就地化解\n\n新华社记者 王  鹏\n\n"
        "新华社北京1月13日电 记者从公安部获悉，全国共化解矛盾纠纷620余万起。\n\n各地公安机关推动警力下沉，"
        "\n\n\n\n民警在社区走访群众\n\n\n\n本报记者 程  焕摄\n\n\n\n重心下移，社区民警配备比例进一步提高。"
    )
    art = segment(text).articles[0]
    assert art.kicker == "要闻 坚持和发展新时代“枫桥经验”——" and art.headline == "矛盾纠纷就地化解"
    assert people(art) == ["王鹏"]
    assert blocks(art, "body")[1] == "各地公安机关推动警力下沉，重心下移，社区民警配备比例进一步提高。"
    assert blocks(art, "caption") == ["民警在社区走访群众", "本报记者 程  焕摄"]


def test_without_blank_lines_a_word_across_the_caption_decides():
    text = "标题\n本报记者 张三\n第一段被分栏打断，民警快速核查后发\n诸暨许家三姐妹团圆现场\n现对方意图不轨并将其依法刑事拘留。\n第二段也写完了。\n"  # noqa: E501 (a string of data)
    art = segment(text).articles[0]
    assert blocks(art, "body") == [
        "第一段被分栏打断，民警快速核查后发现对方意图不轨并将其依法刑事拘留。",
        "第二段也写完了。",
    ]
    assert blocks(art, "caption") == ["诸暨许家三姐妹团圆现场"]


def test_a_long_caption_in_a_box_is_lifted_out_too():
    caption = "十月二十日晚，杭州市公安局西湖分局民警在辖区开展夜间巡逻，检查沿街商铺的消防安全设施和防盗措施落实情况"
    text = f"标题\n\n本报记者 李洁\n\n民警接到报警后迅速赶到现场，快速核查后发\n\n\n\n{caption}\n\n\n\n现对方意图不轨。"
    art = segment(text).articles[0]
    assert blocks(art, "body") == ["民警接到报警后迅速赶到现场，快速核查后发现对方意图不轨。"]
    assert blocks(art, "caption") == [caption]


def test_page_credits_are_not_the_byline():
    art = segment("标题\n\n本报记者 李洁\n\n正文一段。\n\n责任编辑 张  华").articles[0]
    assert people(art) == ["李洁"] and blocks(art, "page") == ["责任编辑 张  华"]


def test_evening_paper_with_briefs_and_bracketed_bylines():
    doc = page("bjwb_2025-05-08_A06.txt")
    records(doc)
    assert doc.page.paper == "北京晚报" and doc.page.number == 6
    cont, theft, lift = doc.articles
    assert cont.continued_from == "A1" and cont.headline is None  # the page as printed: section A, page 1
    assert blocks(cont, "body")[0].startswith("据悉，今年本市将新增社区警务站200个")
    assert theft.headline == "朝阳警方破获一起盗窃电动车案" and people(theft) == ["张然"]
    assert any(t.endswith("案件正在进一步审理中。") for t in blocks(theft, "body"))
    assert blocks(theft, "caption") == ["民警将追回的电动车发还失主。（记者 张  然 摄）"]
    # a two-line headline right under the caption that ends the article above
    assert lift.headline == "丰台一小区电梯“困人”" and lift.subtitles == ["消防员20分钟救出4人"]
    assert people(lift) == ["孙宁"]  # from the brackets that close the last paragraph
    assert blocks(lift, "body")[-1].endswith("紧急呼叫按钮求助。（记者 孙  宁）")  # the text stays as printed


def test_police_daily_front_page():
    doc = page("rmgab_2025-03-20_01.txt")
    records(doc)
    crime, border, comment = doc.articles
    assert (
        crime.kicker == "全国公安机关持续推进“平安守护”行动——" and crime.headline == "一季度刑事案件立案数同比下降8.6%"
    )
    body = blocks(crime, "body")
    assert any("持续开展“净网”“昆仑”等专项行动" in t for t in body)  # broken after an opening quote
    assert any("在家门口就能解决。”一位村民说。" in t for t in body)  # broken inside a word, before a closing quote
    assert blocks(crime, "caption") == ["民警在街头开展巡逻防控"] and crime.continued_to == "2"
    assert border.subtitles == ["——记北京出入境边防检查总站首都机场边检站"] and people(border) == ["李琪", "王磊"]
    assert any("平均通关时间压缩至15分钟以内。" in t for t in blocks(border, "body"))
    assert comment.kicker == "■ 短评" and comment.byline.text == "本报评论员"
    assert blocks(comment, "note") == ["（完）"]


def test_a_dump_of_many_pages_keeps_each_page_with_its_articles():
    names = sorted(p.name for p in PAGES.glob("*.txt"))
    text = "\n\n".join((PAGES / n).read_text(encoding="utf-8") for n in names)
    doc = segment(text)
    records(doc)
    singles = [len(page(n).articles) for n in names]
    assert len(doc.articles) == sum(singles)
    numbers = [a.page.number for a in doc.articles]
    assert numbers == [page(n).articles[0].page.number for n, k in zip(names, singles) for _ in range(k)]
    assert doc.page == doc.articles[0].page


# ---------------------------------------------------------------- paragraphs


def test_never_joins_across_a_sentence_end_and_joins_a_column_break():
    doc = segment(
        "标题在这里\n\n本报记者 李洁\n\n第一段到此结束。\n\n第二段说到一半，\n\n接着说完。\n\n第三段讲到了重要的发\n\n展方向。"  # noqa: E501 (a string of data)
    )
    assert blocks(doc.articles[0], "body") == [
        "第一段到此结束。",
        "第二段说到一半，接着说完。",
        "第三段讲到了重要的发展方向。",
    ]


def test_indented_page_joins_by_indentation():
    text = "\n".join(
        [
            "标题在这里",
            "本报记者 李洁",
            "\u3000\u3000第一段的第一行写到这里为止。",
            "第一段的第二行接着写完整。",
            "\u3000\u3000第二段单独成段落。",
            "\u3000\u3000第三段也是一段话。",
        ]
    )
    assert blocks(segment(text).articles[0], "body") == [
        "第一段的第一行写到这里为止。第一段的第二行接着写完整。",
        "第二段单独成段落。",
        "第三段也是一段话。",
    ]


# ---------------------------------------------------------------- the small grammars


@pytest.mark.parametrize(
    "line, names, roles",
    [
        ("本报记者 程  焕 张天培", ["程焕", "张天培"], ["本报记者", "本报记者"]),
        ("新华社记者 王  鹏 李  涛", ["王鹏", "李涛"], ["新华社记者", "新华社记者"]),
        ("本报记者 李洁 通讯员 王姚丹 实习生 周  雨", ["李洁", "王姚丹", "周雨"], ["本报记者", "通讯员", "实习生"]),
        ("新华社记者", [], []),
        ("□文/图 记者 王  菲", ["王菲"], ["记者"]),
        ("本报驻京记者 王小明", ["王小明"], ["本报驻京记者"]),
        ("张三 摄", ["张三"], ["摄"]),
        ("本报记者张三报道", ["张三"], ["本报记者"]),
        ("本报记者 次  仁 通讯员 阿西木呷", ["次仁", "阿西木呷"], ["本报记者", "通讯员"]),
        ("本报记者 欧阳明明 摄影报道", ["欧阳明明"], ["本报记者"]),
    ],
)
def test_bylines(line, names, roles):
    byline = parse_byline(line)
    assert byline is not None and byline.text == line
    assert [p.name for p in byline.people] == names and [p.role for p in byline.people] == roles


@pytest.mark.parametrize(
    "line",
    [
        "记者节来临",
        "王浩主持",
        "本报记者张天培采访整理",
        "易炼红在全省公安工作会议上强调 争先创优 勇立潮头",
        "欧 阳 明",
        "记者会上，他说。",
        "记者走进基层",
    ],
)
def test_not_bylines(line):
    assert parse_byline(line) is None


def test_datelines():
    d, b = parse_dateline("新华社北京1月13日电（记者 张三、李四）国务院新闻办公室13日举行发布会。", year=2025)
    assert (d.agency, d.place, d.date) == ("新华社", "北京", "2025-01-13") and [p.name for p in b.people] == [
        "张三",
        "李四",
    ]
    d, b = parse_dateline("本报杭州9月10日电 记者 李洁 通讯员 王姚丹报道：全省", year=None)
    assert (d.place, d.date) == ("杭州", "--09-10") and [p.name for p in b.people] == ["李洁", "王姚丹"]
    d, _ = parse_dateline("新华社北京12月31日电 国家主席习近平发表新年贺词。", year=2025, month=1)
    assert d.date == "2024-12-31"  # filed the year before its January page
    assert parse_dateline("本报记者通过电话采访了他。")[0] is None
    assert parse_dateline("记者从公安部获悉")[0] is None


@pytest.mark.parametrize(
    "line, paper, date, number",
    [
        ("人民日报 2025年1月10日 第06版", "人民日报", "2025-01-10", 6),
        ("浙江日报 2024年9月11日 星期三 第1版", "浙江日报", "2024-09-11", 1),
        ("《 人民日报 》（ 2024年09月11日 第 01 版）", "人民日报", "2024-09-11", 1),
        ("法治日报 2025-01-10 第3版", "法治日报", "2025-01-10", 3),
        ("2025年1月10日 星期五 第十二版：要闻", None, "2025-01-10", 12),
    ],
)
def test_page_headers(line, paper, date, number):
    p = parse_page_header(line)
    assert (p.paper, p.date, p.number) == (paper, date, number)


@pytest.mark.parametrize(
    "line", ["本报2024年9月11日第1版刊发的文章，引起关注。", "2024年，全省破获电诈案件2.1万余起", "第一段"]
)
def test_not_page_headers(line):
    assert parse_page_header(line) is None


@pytest.mark.parametrize(
    "line, to, number",
    [
        ("(下转2版)", True, "2"),
        ("（下转第二版）", True, "2"),
        ("(上接1版)", False, "1"),
        ("（上接第十二版）", False, "12"),
        ("转第2版", True, "2"),
        ("〔下转第5版〕", True, "5"),
        ("（下转A3版）", True, "A3"),
        ("下转A6", True, "A6"),
        ("上接A1", False, "A1"),
        ("（转第5版）", True, "5"),
        ("(下转第06版)", True, "6"),
        ("接上页", False, None),
    ],
)
def test_continuations(line, to, number):
    c = find_continuation(line)
    assert (c.to, c.page) == (to, number)


def test_a_marker_at_the_end_of_a_paragraph_is_not_body_text():
    doc = segment("标题\n\n本报记者 李洁\n\n这是最后一段，说完了。（下转第3版）")
    art = doc.articles[0]
    assert blocks(art, "body") == ["这是最后一段，说完了。"] and art.continued_to == "3"


# ---------------------------------------------------------------- properties

_ALPHABET = st.sampled_from(
    list("发现对方意图不轨本报记者李洁通讯员标题。，、；：——“”（）() 　下转上接第2版摄图为！？…\n\n\n\t")
    + [
        "人民日报 2025年1月10日 第06版\n",
        "本报北京1月13日电",
        "(下转2版)",
        "本报记者 程  焕\n",
        "（记者 张三）",
        "图为",
        "——记",
        "第06版\n",
        "本版责编：李  军\n",
        "新华社记者\n",
        "张军：\n",
        "本报讯",
        "（完）\n",
        "　　",
    ]
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_ALPHABET, max_size=120).map("".join))
def test_every_block_slices_the_text_and_no_character_is_lost(text):
    doc = segment(text)
    headers = [p for p, _ in Segment.pages(text) if p is not None]
    kept = Counter(ch for a in doc.articles for b in a.blocks for ch in b.text if not ch.isspace())
    dropped = Counter(ch for p in headers for ch in p.text if not ch.isspace())
    assert kept + dropped == Counter(ch for ch in text if not ch.isspace())
    for a in doc.articles:
        for b in a.blocks:
            assert a.text[b.start : b.end] == b.text
        assert a.text == "\n".join(b.text for b in a.blocks)


@given(st.text(alphabet="下转上接续第版页A6 （(）)【】\n本文", max_size=24))
def test_a_line_without_a_bracket_holds_a_continuation_only_whole(line):
    from baokan.annotators.language import continuations as c

    full = [m.span() for m in c._CONT.finditer(line)]
    if c._OPENER.search(line) is None:  # find_continuations reads such a line with one match at its start
        whole = c._CONT.match(line)
        assert full == ([whole.span()] if whole else [])


def test_made_up_continuation_lines():
    from baokan.annotators.language.continuations import find_continuations

    assert [(x.to, x.page) for x in find_continuations("下转第6版")] == [(True, "6")]
    assert [(x.to, x.page) for x in find_continuations("本报讯 记者走访（上接第一版）多地")] == [(False, "1")]
    assert find_continuations("他转身接过话题，续写新篇") == []
