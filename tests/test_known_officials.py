"""Officials named without a post: leaders of the party and state, and model officials (issue 19)."""

from __future__ import annotations

import pytest

from baokan.annotators.core.document import Document
from baokan.annotators.core.lexicon import read_table
from baokan.annotators.core.pipeline import Pipeline
from baokan.annotators.language import words
from baokan.annotators.language.known_officials import known_mentions, known_name_before, known_names


@pytest.fixture(scope="module")
def pipe():
    return Pipeline(["paragraphs", "officials"])


def officials(pipe, text: str):
    doc = pipe(Document(doc="t", text=text))
    return [(e.text, e.title) for a in doc.articles for e in a.entities if e.label == "official"]


def test_a_model_official_named_alone_is_an_official_with_no_title(pipe):
    text = "好干部的样子\n\n　　在县委党校的课堂上，老师讲起焦裕禄当年查风口、探流沙的故事，学员们听得入神。\n"
    assert officials(pipe, text) == [("焦裕禄", None)]


def test_a_leader_named_at_the_very_end_of_the_text_has_no_title(pipe):
    # the empty title chain then stands at the text's end (hypothesis found the crash on "习近平")
    assert officials(pipe, "习近平") == [("习近平", None)]
    assert officials(pipe, "会议由焦裕禄") == [("焦裕禄", None)]


def test_a_leader_jieba_reads_as_another_word_is_a_name_before_his_post(pipe):
    # jieba's dictionary tags 周恩来 as a time word: the name finder alone would not take it
    text = "纪念馆里的老照片\n\n　　展柜中陈列着周恩来总理当年视察工地时用过的草帽。\n"
    assert officials(pipe, text) == [("周恩来", "总理")]
    assert known_name_before("当年周恩来总理", 5) == 2


def test_every_mention_counts_once_the_person_is_named_outside_a_doctrine(pipe):
    text = (
        "沙丘上的泡桐\n\n　　弘扬焦裕禄精神，要从小事做起。焦裕禄曾说，干部不领，水牛掉井。"
        "如今，焦裕禄精神体验基地每年迎来数万名党员干部。\n"
    )
    assert [t for t, _ in officials(pipe, text)] == ["焦裕禄"] * 3


def test_a_name_only_inside_a_doctrine_spirit_or_memorial_makes_no_official(pipe):
    text = "理论学习\n\n　　读原著、学原文，深入学习毛泽东思想，参观周恩来纪念馆，传承焦裕禄精神。\n"
    assert officials(pipe, text) == []
    assert known_mentions("深入学习毛泽东思想，参观周恩来纪念馆") == []


def test_a_leader_s_name_that_opens_a_listed_doctrine_makes_no_official(pipe):
    # the slogan lexicon lists doctrines under a leader's name whose head is not right after the
    # name (习近平 + 法治思想, + 新时代中国特色社会主义思想): there the name names the doctrine
    text = (
        "政法队伍教育整顿\n\n　　全市政法干警深入学习习近平法治思想，"
        "坚持以习近平新时代中国特色社会主义思想为指导，推动各项工作落地见效。\n"
    )
    assert officials(pipe, text) == []
    # where the page titles him, every mention counts, the doctrine's as before
    titled = "学习会\n\n　　会议传达了习近平总书记的重要讲话，要求深入学习习近平法治思想。\n"
    assert [t for t, _ in officials(pipe, titled)] == ["习近平", "习近平"]


def test_a_title_the_page_gives_carries_to_the_bare_mentions(pipe):
    text = (
        "县委书记的榜样\n\n　　兰考县委书记焦裕禄带领干部群众治理风沙。多年后，人们仍记得焦裕禄骑着自行车下乡的身影。\n"
    )
    assert officials(pipe, text) == [("焦裕禄", "兰考县委书记"), ("焦裕禄", "兰考县委书记")]


def test_two_character_names_are_names_not_everyday_words():
    """A two-character name that jieba knows as another kind of word (万里, 汪洋) would tag the word."""
    for name in known_names():
        if len(name) == 2 and words.is_word(name):
            assert words.word_tag(name).startswith("nr"), name


def test_the_table_names_its_kinds_and_posts():
    rows = read_table("known_officials").rows
    assert len(known_names()) >= 40
    for row in rows:
        assert row["kind"] in ("leader", "provincial", "model"), row
        assert row["post"], row
        # a transliterated name keeps its middle dot (雪克来提·扎克尔); a Han name has 2 to 4 characters
        assert 2 <= len(row["name"]) <= 4 or "·" in row["name"], row
