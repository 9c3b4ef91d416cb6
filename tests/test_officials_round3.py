"""Officials on pages of other papers, round 3 (issue 19): post breakdowns of assigned
cadres, titles that end a line, and the shapes found on county, police and discipline
papers. Every sentence here is made up for the test."""

from __future__ import annotations

from typing import Dict, List

from test_officials_other_papers import entities, officials

from baokan.annotators.core.document import Document
from baokan.annotators.core.pipeline import Pipeline
from baokan.annotators.language.titles import split_post


def posts_of(text: str, name: str) -> List[Dict[str, str]]:
    """The posts breakdown of the first mention of ``name``."""
    for e in entities(text, "official"):
        if e["name"] == name:
            return e.get("posts") or []
    return []


def test_assigned_village_cadre_keeps_its_duty_in_the_position():
    text = "镇综治办主任、石门坎村联村干部周永年每周都进村入户。"
    found = posts_of(text, "周永年")
    assert found[1]["position"] == "联村干部"
    assert found[1]["org"] == "石门坎村"


def test_assignment_words_stay_with_the_position():
    assert split_post("白沙村", "包村干部") == ("白沙村", "包村干部")
    assert split_post("白沙村联", "村干部") == ("白沙村", "联村干部")
    assert split_post("新塘村结", "对干部") == ("新塘村", "结对干部")
    # 妇联 and 县委 are still bodies
    assert split_post("", "妇联主席") == ("妇联", "主席")
    assert split_post("", "县委书记") == ("县委", "书记")


def _page(text: str) -> Dict[str, List[str]]:
    out: Dict[str, List[str]] = {}
    doc = Pipeline()(Document(doc="t", text=text))
    for a in doc.articles:
        for e in a.entities:
            if e.label == "official":
                out.setdefault(e.name, []).append(e.title)
    return out


def test_title_ending_a_kicker_is_not_the_headline_names():
    page = (
        "——访全国人大代表、青山县委书记\n罗晓峰：把产业链留在乡村\n"
        "　　本报记者 陈  晨\n　　初冬时节，记者走进青山县。\n"
    )
    assert "罗晓峰" not in _page(page)


def test_title_ending_a_paragraph_is_not_the_next_paragraphs_name():
    page = (
        "全县冬春农田水利建设现场会召开\n"
        "　　本报讯 12月2日，全县冬春农田水利建设现场会召开，到会的有县长\n"
        "　　唐志刚在讲话中要求，各乡镇要抓住有利时机。\n"
    )
    assert "唐志刚" not in _page(page)


def test_print_line_cut_after_a_title_still_joins_the_name():
    page = (
        "全县冬春农田水利建设现场会召开\n"
        "　　本报讯 12月2日，全县冬春农田水利建设现场会在石门镇召开，县委副书记、县长\n"
        "唐志刚出席会议并讲话。\n"
    )
    assert _page(page).get("唐志刚") == ["县委副书记、县长"]


def test_title_in_paragraph_mode_line_joins_only_when_the_line_is_full():
    pipe = Pipeline(["paragraphs", "places", "police", "officials"])
    doc = pipe(Document(doc="t", text="访青山县委书记\n罗晓峰：把产业链留在乡村\n"))
    assert not [e for a in doc.articles for e in a.entities if e.label == "official"]
    doc = pipe(
        Document(doc="t", text="本月初全县冬春农田水利建设现场会在石门镇召开，县委副书记、县长\n唐志刚出席并讲话。\n")
    )
    found = [e for a in doc.articles for e in a.entities if e.label == "official"]
    assert [e.name for e in found] == ["唐志刚"]


def test_officials_helper_still_reads_plain_sentences():
    assert officials("县委书记罗晓峰主持会议。") == {"罗晓峰": ["县委书记"]}


def test_former_post_after_a_body_the_tables_lack_keeps_the_body():
    found = officials("省纪委监委通报了青岭省水文局原局长司马东林严重违纪违法问题。")
    assert found.get("司马东林") == ["青岭省水文局原局长"]


def test_county_named_like_a_former_post_is_still_a_place():
    # 镇原 is a county: 原 there is no modifier of the title after it
    assert officials("镇原县委书记赵立平到田间查看墒情。") == {"赵立平": ["镇原县委书记"]}


def test_place_force_followed_by_its_service_chain_is_one_unit():
    found = [e["text"] for e in entities("西藏公安边防总队日喀则边防支队樟木边防派出所组织民警巡逻。", "police_unit")]
    assert found == ["西藏公安边防总队日喀则边防支队樟木边防派出所"]


def test_verb_before_a_county_body_is_not_part_of_the_title():
    found = officials("3月5日上午，受县委书记韦东明委托，县委副书记、县长蒙晓光主持召开县政府常务会议。")
    assert found.get("韦东明") == ["县委书记"]
    assert found.get("蒙晓光") == ["县委副书记、县长"]


def test_party_post_of_a_township_breaks_down_into_its_committee():
    text = "石桥镇党委书记黄立新、镇党委组织委员邓小梅走访了困难党员。"
    first = posts_of(text, "黄立新")[0]
    assert (first["org"], first["position"]) == ("石桥镇党委", "书记")
    assert posts_of(text, "邓小梅")[0]["position"] == "组织委员"


def test_officer_by_duty_keeps_the_office_before_it():
    found = officials("青石派出所东关警务室责任民警马向东每天都到村里巡逻。")
    assert found.get("马向东") == ["青石派出所东关警务室责任民警"]


def test_function_word_glued_to_a_bare_station_is_no_station():
    text = "据当地派出所介绍，辖区群众大多住在户外。该所还建立起网上流动警务室。"
    found = [e["text"] for e in entities(text, "police_unit")]
    assert not any(t.startswith(("据", "起")) for t in found)


def test_one_character_given_name_before_a_verb_of_saying():
    found = officials("省司法厅党委委员、副厅长左林介绍，全省已建成公共法律服务站点两千余个。")
    assert found.get("左林") == ["省司法厅党委委员、副厅长"]


def test_duty_clause_after_a_comma_of_posts_keeps_the_body_of_the_post_before():
    text = "省高级人民法院党组副书记、分管日常工作的副院长欧明远介绍了有关情况。"
    assert officials(text).get("欧明远") == ["省高级人民法院党组副书记、分管日常工作的副院长"]
    assert posts_of(text, "欧明远")[1] == {"position": "副院长"}


def test_rare_surname_read_as_a_preposition_is_no_name():
    found = officials("田湾派出所所长林海涛对两名当事人说：“你们到东边的办公室，由侍警官负责处理。”")
    assert "由侍" not in found
    assert found.get("林海涛") == ["田湾派出所所长"]


def test_branch_named_after_a_statutory_zone_in_full_stays_in_the_chain():
    text = "记者采访了襄阳市公安局高新技术产业开发区分局光谷派出所民警吴向阳。"
    found = [e["text"] for e in entities(text, "police_unit")]
    assert "襄阳市公安局高新技术产业开发区分局光谷派出所" in found


def test_yi_name_before_a_verb_of_reporting():
    found = officials("州委副书记、州长吉嘎尔布作通报，州委常委、秘书长王建华主持。")
    assert found.get("吉嘎尔布") == ["州委副书记、州长"]


def test_verb_drawing_officers_from_a_station_ends_the_chain():
    text = "临沧市公安局抽调南伞警务站民警十人组成查缉队。"
    found = [e["text"] for e in entities(text, "police_unit")]
    assert "临沧市公安局" in found
    assert not any("抽调" in t for t in found)


def test_county_referred_to_by_a_demonstrative_is_not_part_of_the_title():
    found = officials("当天上午，该县县委常委、县纪委书记、县监委主任邱立民为镇监察室揭牌。")
    assert found.get("邱立民") == ["县委常委、县纪委书记、县监委主任"]


def test_last_character_of_a_given_name_jieba_cuts_off():
    found = officials("县委书记林海生对记者说，今年全县粮食生产再获丰收。")
    assert found.get("林海生") == ["县委书记"]
    # a verb of motion after a two-character name is no part of it
    assert officials("县长王刚来到村里。") == {"王刚": ["县长"]}


def test_two_character_name_with_a_surname_the_table_lacks_before_a_verb_of_saying():
    found = officials("省委政法委副秘书长訚立介绍，全省已建成综治中心一千余个。")
    assert found.get("訚立") == ["省委政法委副秘书长"]
    # adverbs and dictionary words before the verb are no name
    assert officials("县公安局局长首先介绍了情况。") == {}
    assert officials("县委书记再次强调。") == {}


def test_city_short_form_before_a_railway_police_office_is_its_place():
    text = "记者从包头铁路公安处获悉，春运以来共查获危险品三十余件。"
    assert [e["text"] for e in entities(text, "police_unit")] == ["包头铁路公安处"]
    # a county's name that is also a joining verb does not join a national body
    text = "经侦支队会同国家移民管理局开展联合行动。"
    assert "国家移民管理局" in [e["text"] for e in entities(text, "police_unit")]


def test_three_character_name_whose_surname_only_jieba_knows():
    found = officials("西宁铁路公安处湟源站派出所指导员拓文斌告诉记者，春运期间客流明显增加。")
    assert found.get("拓文斌") == ["西宁铁路公安处湟源站派出所指导员"]
