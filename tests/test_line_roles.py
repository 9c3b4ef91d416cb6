"""Line roles and the articles they make, on hand-written pages of the failure classes seen on real pages.

The pages in tests/data/roles were written for these tests in the styles of
several papers (no text of the real corpus is copied here); each test names
the failure it guards against. The corpus tests at the end read
../shared/corpus when it is there and skip with the reason when it is not.
"""

from __future__ import annotations

import json

import msgspec
import pytest
from conftest import DATA, ROOT, load_script, needs_corpus, validate

from baokan.annotators.core.document import Document
from baokan.annotators.language import bylines as bl
from baokan.annotators.language import continuations
from baokan.annotators.language.layout import Layout, read_lines
from baokan.annotators.language.line_roles import features, read_meta, tag
from baokan.annotators.language.line_roles_gold import GoldMismatch, derive_roles
from baokan.annotators.segment import Segment

ROLES_DIR = DATA / "roles"


def segment(name: str):
    path = ROLES_DIR / name
    doc = Segment()(Document(doc=str(path), text=path.read_text(encoding="utf-8")))
    validate(msgspec.to_builtins(a) for a in doc.articles)
    return doc.articles


def blocks(article, kind):
    return [b.text for b in article.blocks if b.kind == kind]


def people(article):
    return [p.name for p in article.byline.people] if article.byline else []


# ---------------------------------------------------------------- failure classes


def test_a_pair_of_short_subheads_inside_an_article_does_not_start_new_articles():
    (art,) = segment("subheads_in_article.txt")
    assert art.headline == "全市启动春季防火专项行动" and people(art) == ["周宁"]
    assert {"看住一个路口", "连起一张网"} <= set(blocks(art, "subhead"))
    assert blocks(art, "body")[-1].startswith("指挥中心值班员说")


def test_a_kicker_that_is_a_sentence_stays_above_the_real_headline():
    meeting, village = segment("sentence_kicker.txt")
    assert meeting.kicker == "王建华在全市安全生产工作会议上强调"
    assert meeting.headline == "压实责任链条 守牢安全底线" and meeting.subtitles == []
    assert people(meeting) == ["陈曦"]
    assert village.kicker == "春暖花开时节，乡村旅游持续升温，各地民宿预订量明显增长"
    assert village.headline == "小山村里过周末" and people(village) == ["吴倩"]


def test_a_column_tag_in_brackets_stays_on_the_headline():
    store, ticket = segment("column_tags.txt")
    assert store.headline == "县城书店里的新气象（新春走基层）" and store.kicker is None
    assert ticket.headline == "一张罚单背后的较真（记者调查）" and people(ticket) == ["许诺"]


def test_a_headline_broken_over_two_lines_is_one_and_a_caption_under_it_does_not_take_its_place():
    (art,) = segment("broken_headline_and_caption.txt")
    assert art.headline == "坚持和发展新时代“枫桥经验”的基层实践"
    assert blocks(art, "headline") == ["坚持和发展新时代“枫桥经", "验”的基层实践"]  # as printed, line by line
    assert blocks(art, "caption") == ["小区门口的调解室 李  想 摄"]
    assert people(art) == ["郑源"] and art.subtitles == []


def test_an_authors_name_under_a_commentary_is_its_byline_and_closing_notes_end_their_articles():
    comment, mediator, farm = segment("commentary_byline_and_notes.txt")
    assert comment.headline == "让“家门口”的服务更贴心" and comment.subtitles == []
    assert people(comment) == ["孟涛"] and comment.byline.text == "孟  涛"
    assert blocks(comment, "note") == ["（作者为某市社会科学院研究员）"]
    assert mediator.headline == "调解员的一天" and people(mediator) == ["马骏"]
    assert blocks(mediator, "note") == ["（本报记者马骏采访整理）"]  # the closing line is no headline of the next
    assert farm.headline == "春耕时节农机忙" and people(farm) == ["黄河"]


def test_consecutive_short_items_are_each_an_article():
    items = segment("short_items.txt")
    assert [a.headline for a in items] == [
        "东湖公园新增智能健身步道",
        "南站片区新开两条公交线路",
        "老城区完成雨污分流改造",
    ]
    assert items[0].kicker == "城市简讯"
    assert [people(a) for a in items] == [["刘畅"], ["孙颖"], ["丁一"]]
    assert all(len(blocks(a, "body")) == 1 for a in items)


def test_a_photo_item_between_articles_is_an_article_of_its_own():
    canteen, photo, street = segment("photo_item.txt")
    assert canteen.headline == "社区食堂开到家门口" and blocks(canteen, "body")[-1].startswith("街道负责人表示")
    assert photo.headline == "油菜花开引客来" and photo.byline is None
    assert blocks(photo, "body") == ["近日，南岭村的千亩油菜花进入盛花期，吸引周边游客前来踏青赏花。"]
    assert blocks(photo, "note") == ["赵  明摄（视觉中国）"]  # the photo's credit closes the item
    assert street.headline == "夜间经济点亮老街" and people(street) == ["方圆"]


def test_the_reports_of_an_editors_package_stay_in_it_and_signatures_close_paragraphs():
    package, comment, river, ferry = segment("package_and_signatures.txt")
    # the reports under dash-ended kickers below ——编者 are sections of the package, not articles
    assert package.headline == "小城里的新消费（经济新观察）" and package.kicker is None
    body = blocks(package, "body")
    assert "夜间消费——" in body and "户外消费——" in body
    # a line ——某单位某某 under a paragraph signs it: the text's last words, never a caption or a headline
    assert "——某大学商学院教授周明远" in blocks(package, "note")
    assert package.blocks[-1].text == "——某研究院休闲经济研究室主任贺晓峰"
    assert blocks(package, "caption") == ["陈  晨摄"]
    # a heading group of another shape ends the package
    assert comment.headline == "稳住消费基本盘" and people(comment) == ["马驰"]
    # a role word, a colon, a description and the name: the narrator is the byline
    assert river.subtitles == [] and people(river) == ["何长青"]
    # a photo story's credit closes it, as its last words
    assert ferry.headline == "坐着渡船去赶集" and ferry.blocks[-1].kind == "note"
    assert ferry.blocks[-1].text == "刘  洋摄影报道（影像中国）"


def test_a_page_label_printed_above_each_article_starts_it():
    # a database dump prints 第2版() and an empty 专栏： above every article, with no byline under the heading
    farm, rice = segment("database_and_epaper_pages.txt")
    assert farm.headline == "春耕备耕忙" and blocks(farm, "page") == ["第2版()", "专栏:"]
    assert blocks(farm, "body")[-1].startswith("县农机站")
    # the next label ends the article above; its three heading lines head the next one
    heading = blocks(rice, "kicker") + blocks(rice, "headline") + blocks(rice, "subtitle")
    assert heading == ["抓住农时 因地制宜", "早稻育秧面积比去年扩大", "各地农技人员深入田间指导"]
    assert blocks(rice, "page") == ["第2版()", "专栏:"] and blocks(rice, "body")[0].startswith("本报讯")


def test_an_epaper_article_view_keeps_its_source_line_and_labels_inside_the_article():
    library, night = segment("epaper_article_view.txt")
    # a date alone heads the page; the paper's source line under the headline starts no page of its own
    assert library.page.date == "2025-06-09"
    heading = blocks(library, "kicker") + blocks(library, "headline") + blocks(library, "subtitle")
    assert heading == ["我与图书馆的故事", "那些年,借书证陪我长大"] and people(library) == []
    assert blocks(library, "page")[-1].startswith("《 某某晚报 》")
    # 编者按 alone on its line labels the note below it: no headline
    assert blocks(library, "note") == ["编者按"] and blocks(library, "body")[0].startswith("图书馆开馆四十年")
    # the clauses of one sentence set line by line (……；) end at ！, and the heading below heads the next article
    assert blocks(library, "body")[-1] == "读书的习惯就这样留了下来!"
    assert night.headline == "夜读时光" and people(night) == ["林晓"]


def test_a_box_under_a_marked_label_stays_in_its_article():
    drone, tea = segment("box_label.txt")
    assert drone.headline == "让无人机飞进果园（科技视点）" and people(drone) == ["方舟"]
    assert "■延伸阅读" in blocks(drone, "subhead") and blocks(drone, "body")[-1].startswith("植保无人机")
    assert tea.headline == "春茶上市（新闻速递）" and people(tea) == ["叶青"]


def test_a_brief_signed_in_brackets_ends_where_the_next_dateline_begins():
    parking, fire = segment("signed_briefs.txt")
    assert parking.headline == "市区新增三处便民停车场" and people(parking) == [
        "陈晓",
        "李航",
    ]  # roles and names run together
    assert len(blocks(parking, "body")) == 1
    assert fire.headline is None and blocks(fire, "body")[0].startswith("本报讯 昨天上午") and people(fire) == ["周静"]


def test_the_header_line_of_a_web_copy_is_no_kicker():
    (art,) = segment("web_copy.txt")
    assert art.kicker is None and art.headline == "社区矫正工作迈出新步伐" and people(art) == ["钱多"]
    # so is the time of posting under the headline
    assert blocks(art, "page") == ["时间：2025-04-02 来源：某某法治报 责任编辑：赵  一", "2025年04月02日 09:15"]


def _corrected(name: str, said: dict):
    """The rules of print applied to roles a model might give: ``said`` maps a line's text to its role, the
    other lines are body. Returns each line's text and corrected role."""
    from baokan.annotators.language.line_rules import exact

    lines = read_lines((ROLES_DIR / name).read_text(encoding="utf-8"))
    roles = exact(Layout(lines), lines, [said.get(line.text, "body") for line in lines])
    return {line.text: role for line, role in zip(lines, roles)}


def test_rules_correct_a_model_that_reads_subheads_as_headlines_and_misses_a_signed_column():
    said = {"老旧小区焕新颜": "headline", "本报记者  孟  川": "byline"}
    said.update({"好规划  好设计": "headline", "好管理  好服务": "headline"})  # the model cuts the article in three
    roles = _corrected("series_and_columns.txt", said)
    # lone headings of one parallel shape between paragraphs are subheads of one article
    assert roles["好规划  好设计"] == roles["好管理  好服务"] == "body"
    # a heading with a column tag over a name and text heads a signed article, even where the model saw body
    assert roles["让孩子在劳动中长大（暖闻热评）"] == "headline" and roles["漆  远"] == "byline"


def test_a_narrators_line_the_model_reads_as_a_subtitle_is_the_byline():
    narrator = "讲述人：某县某镇某村第一任村级河长  何长青"
    roles = _corrected("package_and_signatures.txt", {"河长的十年（我家门前有条河）": "headline", narrator: "subtitle"})
    assert roles["河长的十年（我家门前有条河）"] == "headline" and roles[narrator] == "byline"


def test_series_of_subheads_signed_columns_listing_kickers_and_photo_stories():
    estate, column, loans, lake = segment("series_and_columns.txt")
    assert estate.headline == "老旧小区焕新颜" and {"好规划  好设计", "好管理  好服务"} <= set(
        blocks(estate, "subhead")
    )
    assert column.headline == "让孩子在劳动中长大（暖闻热评）" and people(column) == ["漆远"]
    # a line listing cases that trails off with …… is the kicker of the heading below it
    assert loans.kicker == "“免押金”“包过审”“零首付”……" and loans.headline == "车贷广告背后藏着哪些套路"
    # a photo story: a heading, a few paragraphs, its credit
    assert lake.headline == "湖边的晨练人" and blocks(lake, "note") == ["许  诺摄影报道"]
    assert len(blocks(lake, "body")) == 4


def test_a_paragraph_broken_inside_a_quotation_is_rejoined():
    (art,) = segment("open_quotes.txt")
    body = blocks(art, "body")
    # a dash inside an open quotation ends no lead-in; a question before a quotation is no subhead
    assert body == [
        "这家书店开业五年，已经成了县城的文化地标。上周末，“书香伴我行——青少年阅读分享会”在这里举行，五十多名中学生参加。",
        "举办读书会是否会增加书店的运营成本和负担？“读书会不收费，但带动了图书销量，算下来并不吃亏。”店长笑着说。",
    ]
    assert blocks(art, "subhead") == []


def test_a_photo_item_with_only_a_caption_has_the_caption_as_its_text():
    (art,) = segment("photo_only.txt")
    assert art.page.date == "2025-04-10" and blocks(art, "page") == ["第A03版：城事"]
    assert art.headline == "樱花大道迎客来" and art.kicker is None
    assert blocks(art, "body") == [
        "4月9日，市民在樱花大道赏花拍照。连日来，城区樱花进入盛花期，吸引大批市民前来打卡。 本报记者 杨  帆 摄"
    ]


def test_a_reporters_name_alone_in_the_datelines_brackets_is_the_byline():
    dateline, byline = bl.parse_dateline("本报讯  (周  航)昨天上午，市图书馆新馆开馆。")
    assert dateline.agency == "本报" and [p.name for p in byline.people] == ["周航"]
    _, none = bl.parse_dateline("本报讯（通讯稿件）昨天上午，市图书馆新馆开馆。")
    assert none is None or not none.people


def test_a_date_alone_inside_the_text_heads_an_entry_not_a_page():
    (art,) = segment("chronology.txt")
    assert art.headline == "大桥建设大事记" and art.page is None and blocks(art, "page") == []
    assert "2023年9月26日" in [b.text for b in art.blocks]  # inside the article, which goes on below it
    assert blocks(art, "body")[-1].startswith("主塔封顶")


def test_a_sites_furniture_is_left_out_of_the_articles():
    (art,) = segment("epaper_furniture.txt")
    assert art.kicker == "城市快讯" and art.headline == "老城区启用智能垃圾分类箱" and people(art) == ["许明"]
    texts = [b.text for b in art.blocks]
    assert not any(t.startswith(("内容详情", "返回该版首页", "本文字数", "3上一篇")) for t in texts)
    assert blocks(art, "body")[-1].endswith("即可获得积分。")


def test_continuation_markers_with_lettered_pages_and_without_ban():
    port, coast, cont, more = segment("lettered_markers.txt")
    assert port.continued_to == "A6" and blocks(port, "continuation") == ["下转A6"]
    assert coast.continued_to == "5" and people(coast) == ["曹阳"]
    assert cont.continued_from == "A1" and cont.headline is None
    assert blocks(cont, "body")[0].startswith("会议要求")
    assert more.continued_from is None and blocks(more, "continuation")[0] == "接上页"
    assert more.continued_to == "B3"
    assert port.page.number == 2


@pytest.mark.parametrize(
    "text, to, label",
    [
        ("下转A6", True, "A6"),
        ("上接A1", False, "A1"),
        ("（转第5版）", True, "5"),
        ("(转5版)", True, "5"),
        ("（下转第十二版）", True, "12"),
        ("〔上接第06版〕", False, "6"),
        ("接上页", False, None),
        ("（转下页）", True, None),
    ],
)
def test_continuation_grammar(text, to, label):
    c = continuations.find_continuation(text)
    assert c is not None and (c.to, c.page) == (to, label)


@pytest.mark.parametrize("text", ["转2", "（转2）", "接着说完", "他上接电话就走了", "下转弯处有一座桥"])
def test_not_continuations(text):
    assert continuations.find_continuation(text) is None


@pytest.mark.parametrize(
    "text, names",
    [
        ("孟  涛", ["孟涛"]),
        ("周  欢  宋新阳", ["周欢", "宋新阳"]),
        ("爱德华多·雷加拉多", ["爱德华多·雷加拉多"]),
    ],
)
def test_name_only_bylines(text, names):
    found = bl.parse_names(text)
    assert found is not None and [p.name for p in found.people] == names


@pytest.mark.parametrize("text", ["——编  者", "连起一张网", "看住一个路口", "李想摄", "本报记者 李洁"])
def test_lines_that_are_not_name_only_bylines(text):
    assert bl.parse_names(text) is None


# ---------------------------------------------------------------- roles from gold


def test_roles_derived_from_a_gold_place_every_heading_and_the_byline():
    text = (
        "江城日报 2025年3月6日 第2版\n\n城市简讯\n\n东湖公园新增智能健身步道\n\n本报记者 刘  畅\n\n"
        "东湖公园环湖智能健身步道日前建成开放，全长3.2公里。\n\n(下转3版)\n\n南站片区新开两条公交线路\n\n"
        "本报讯 记者 孙  颖 为方便旅客出行，市公交集团开通两条线路。"
    )
    gold = {
        "articles": [
            {
                "kicker": "城市简讯",
                "headline": "东湖公园新增智能健身步道",
                "subtitles": [],
                "body_starts": "东湖公园环湖",
            },
            {"kicker": None, "headline": "南站片区新开两条公交线路", "subtitles": [], "body_starts": "本报讯"},
        ]
    }
    lines = Segment.pages(text)[0][1]
    assert derive_roles(lines, gold) == ["kicker", "headline", "byline", "body", "cont", "headline", "body"]
    with pytest.raises(GoldMismatch):
        derive_roles(
            lines, {"articles": [{"kicker": None, "headline": "不在这一版上", "subtitles": [], "body_starts": ""}]}
        )


def test_a_run_of_paragraph_lines_is_one_token():
    lines = read_lines(
        "标题在这里\n本报记者 李洁\n第一段写到这里，说了很多事情，还没有说完，栏就到头了，\n"
        "接着说完它要说的事情。可是这一行也很长，长到要换行才能放下全部的字，\n"
        "第二段也写完了。这一段同样很长，长到放不进一个标题的位置。"
    )
    groups, feats = features(Layout(lines), lines)
    assert groups == [[0], [1], [2, 3, 4]]
    assert "tok=text" in feats[2] and "kind=byline" in feats[1]


def test_the_model_names_its_source_and_dates():
    meta = read_meta()
    assert meta["name"] == "line_roles" and "leeperfect/PeopleDailyMaterial" in meta["source"]
    assert meta["fit_dates"].split()[:7] == [
        "2025-01-05",
        "2025-02-20",
        "2025-03-15",
        "2025-06-16",
        "2025-07-23",
        "2025-11-14",
        "2026-02-05",
    ]
    assert "decode_bias" in meta and meta["date"]


def test_tagging_is_deterministic_and_covers_every_line():
    text = (ROLES_DIR / "short_items.txt").read_text(encoding="utf-8")
    lines = read_lines(text)
    first, second = tag(Layout(lines), lines), tag(Layout(lines), lines)
    assert first == second and len(first) == len(lines)


# ---------------------------------------------------------------- the real corpus (when present)


def _corpus_pages():
    return sorted(needs_corpus().glob("*.gold.json"))


@pytest.mark.corpus
def test_roles_derived_from_the_corpus_gold_reproduce_it():
    from baokan.annotators import evaluation as ev

    ok = made = 0
    for gold_path in _corpus_pages():
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        page = gold_path.with_name(gold["source"])
        doc = Segment()(
            Document(doc=str(page), text=page.read_text(encoding="utf-8")),
            roles=lambda lines, gold=gold: derive_roles(lines, gold),
        )
        res = ev.score_strings(gold, [msgspec.to_builtins(a) for a in doc.articles])
        # every article is found with its kicker, headline and subtitles: the derivation places them all
        assert not [m for m in res.misses if m.startswith(("article count", "headline", "kicker", "subtitles"))], (
            gold_path.name
        )
        ok, made = ok + res.checks_ok, made + res.checks_all
    assert ok / made >= 0.99  # the rest: joins and captions at an article's edge, which the body rules decide


def _benchmark():
    return load_script(ROOT / "benchmarks" / "corpus.py", "corpus_benchmark")


def test_the_corpus_benchmark_skips_without_the_corpus(tmp_path, capsys):
    assert _benchmark().main(["--corpus", str(tmp_path / "absent"), "--segment-only"]) == 0
    assert "skipped: no corpus" in capsys.readouterr().err


@pytest.mark.corpus
def test_held_out_dates_of_the_corpus(capsys):
    bench = _benchmark()
    pages = bench.find_pages(needs_corpus(), bench.HELDOUT)
    records, _ = bench.run(pages, segment_only=True)
    report = bench.report(pages, records)
    held = report["splits"]["heldout"]
    assert held["pages"] == len(pages) and held["share"] >= 0.96, report["misses"]


def test_the_string_tests_equal_the_patterns_they_stand_for():
    """tag_end and _seen_from_afar refuse lines and features without the regular expressions
    (speed); on every line and feature of the test pages, and on made-up edge cases, they answer
    as the patterns do."""
    from baokan.annotators.language import line_roles as lr

    texts = ["（新春走基层）", "某县见闻（记者调查）\n", "（甲）乙", "某某(经济·观察)", "【案情】", ")", ""]
    feats = ["dateline", "dateline\n", "datelines", "boxed", "h:tag_end", "x:tok=1", "tok=", "h:len=3"]
    for path in sorted(DATA.rglob("*.txt")):
        text = path.read_text(encoding="utf-8")
        lines = read_lines(text)
        texts += [line.text for line in lines]
        if lines:
            feats += [x for f in features(Layout(lines), lines)[1] for x in f]
    assert len(texts) > 300 and len(feats) > 3000
    for t in texts:
        assert lr.tag_end(t) == bool(lr._TAG_END.search(t)), t
    for x in feats:
        assert lr._seen_from_afar(x) == bool(lr._SEEN_FROM_AFAR.match(x)), x


def test_rules_left_unrun_only_where_they_change_nothing():
    """``exact`` skips the rules on lines that are all body text (``_settled``); run anyway, they
    give the same roles, on a made-up article of paragraphs and on every page of the role tests."""
    from baokan.annotators.language import line_rules

    text = (
        "本报讯  近日，某某县公安局开展夏季治安打击整治行动，走访辖区商户一百余家，排查隐患二十处。\n"
        "民警在集市、车站等人员密集场所设立宣传点，向群众讲解防范电信网络诈骗的常识，发放资料三千余份，"
        "并现场帮助群众安装反诈应用。\n"
        "下一步，该局将继续加强巡逻防控，确保辖区社会治安持续稳定。\n"
    )
    pages = [read_lines(text)] + [read_lines(p.read_text(encoding="utf-8")) for p in sorted(ROLES_DIR.glob("*.txt"))]
    settled = 0
    for lines in pages:
        layout, roles = Layout(lines), ["body"] * len(lines)
        if line_rules._settled(layout, lines, roles):
            settled += 1
            corrected = line_rules._exact(layout, lines, list(roles))
            line_rules._headings.clear()  # (as exact does after the rules)
            assert corrected == roles
    assert line_rules._settled(Layout(pages[0]), pages[0], ["body"] * len(pages[0]))
    assert settled >= 1
