"""The gazetteer of office-holders in known_officials.tsv: leaders who sign, are listed or are quoted
with no post on the page (issue 19).

The pages here are made up for these tests in the manner of a party paper; only the names are
those of the table (a name must be in the table for the rule to apply).
"""

from __future__ import annotations

import re
from typing import Dict, List, Optional

import msgspec
import pytest
from conftest import validate

from baokan.annotators.core.document import Document
from baokan.annotators.core.lexicon import read_table
from baokan.annotators.core.pipeline import Pipeline
from baokan.annotators.language.known_officials import known_mentions, known_names


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


def officials(pipe, text: str) -> Dict[str, List[Optional[str]]]:
    """Each official's name on the page with the titles of its mentions."""
    doc = pipe(Document(doc="t", text=text))
    records = validate(msgspec.to_builtins(a) for a in doc.articles)
    found: Dict[str, List[Optional[str]]] = {}
    for r in records:
        for e in r["entities"]:
            if e["label"] == "official":
                found.setdefault(e["name"], []).append(e.get("title"))
    return found


def test_a_leader_who_signs_an_article_with_the_name_alone_is_an_official_with_no_title(pipe):
    text = (
        "走好新时代的赶考之路（深入学习贯彻全会精神）\n\n"
        "何立峰\n\n"
        "　　今年是规划收官之年。各地区各部门要把稳增长放在更加突出的位置，抓好各项政策落地见效。\n\n"
        "　　一、把握发展大势\n\n"
        "　　实践表明，只有坚持稳中求进，才能行稳致远。\n"
    )
    assert officials(pipe, text) == {"何立峰": [None]}


def test_a_reporter_in_a_byline_stays_out_where_the_name_is_not_in_the_table(pipe):
    text = "江畔新城添绿意\n\n本报记者  郑晓光\n\n　　初冬时节，江畔新城的口袋公园里，市民们散步健身。\n"
    assert officials(pipe, text) == {}


def test_leaders_listed_at_a_meeting_with_no_post_are_officials(pipe):
    text = (
        "全国防汛抗旱工作会议在京召开\n\n"
        "　　本报北京电  全国防汛抗旱工作会议日前在京召开。丁薛祥、张国清出席会议。"
        "会议强调，要坚持人民至上、生命至上，扎实做好各项准备。\n"
    )
    assert officials(pipe, text) == {"丁薛祥": [None], "张国清": [None]}


def test_a_minister_quoted_by_name_is_an_official_and_a_title_on_the_page_carries(pipe):
    text = (
        "货币政策保持适度宽松\n\n"
        "　　在当天举行的论坛上，中国人民银行行长潘功胜介绍了下一步的政策安排。"
        "潘功胜表示，将综合运用多种工具，保持流动性充裕。\n"
    )
    assert officials(pipe, text) == {"潘功胜": ["中国人民银行行长", "中国人民银行行长"]}


def test_a_transliterated_name_with_a_middle_dot_is_found_whole():
    text = "雪克来提·扎克尔在座谈会上说，要把惠民实事办到群众心坎上。"
    assert [text[s:e] for s, e in known_mentions(text)] == ["雪克来提·扎克尔"]


def test_a_name_inside_a_longer_name_is_not_the_leader():
    # a two-character name of the table as the head or the tail of a longer Han name is no mention
    assert known_mentions("班长殷勇刚和同学龚正华一起讲了一课。") == []
    assert known_mentions("会上，王冯飞说，今年要抓好落实。") == []
    assert known_mentions("会上，陈竺平说，今年要抓好落实。") == []


def test_a_one_character_verb_or_preposition_bounds_a_two_character_name():
    # jieba joins 正说 and 同万 into words; the name still stands alone
    for text, name in (
        ("座谈会上，韩正说，要把各项工作抓实抓细。", "韩正"),
        ("会议由易纲主持。", "易纲"),
        ("座谈会上，铁凝在发言中谈到基层文化建设。", "铁凝"),
        ("会上，同万钢一起调研的还有有关部门负责同志。", "万钢"),
    ):
        assert [text[s:e] for s, e in known_mentions(text)] == [name], text


def test_a_country_name_before_a_verb_is_no_leader():
    # 韩 + 正在 (Korea + is now): no 韩正 where a Han character stands before it
    assert known_mentions("中韩正在推进新一轮经贸合作。") == []
    assert known_mentions("美日韩正在举行联合演习。") == []


def test_rows_carry_a_kind_a_post_and_years():
    rows = read_table("known_officials").rows
    kinds = {row["kind"] for row in rows}
    assert {"leader", "provincial", "model"} <= kinds
    for row in rows:
        if row["kind"] in ("leader", "provincial"):
            assert re.fullmatch(r"\d{4}(–(\d{4})?)?", row["years"]), row
            assert row["note"], row


def test_the_gazetteer_covers_each_group_of_office_holders():
    names = known_names()
    assert len(names) >= 200
    # one of each group: the Politburo Standing Committee, the Secretariat, the CCDI, the State Council,
    # a ministry, the People's Bank, the NPC Standing Committee, the CPPCC, a procurator-general, a province
    for name in ("王沪宁", "尤权", "杜金才", "谌贻琴", "怀进鹏", "潘功胜", "丁仲礼", "梁振英", "曹建明", "信长星"):
        assert name in names, name


def test_common_names_are_left_to_the_titles_that_come_with_them():
    # names many people bear: the table leaves them out, whatever the person's rank
    assert not {"李强", "李希", "王毅", "王晨", "张军", "王勇", "刘伟"} & known_names()
