"""A name before the 和 that opens the next coordinate (issue 19, session 17): Tibetan, Mongolian and
Uyghur names before 和 + a post, a body's post or a collective word end at the 和, and the post after it
does not reach back into the name. Every sentence is made up for the test."""

from __future__ import annotations

from test_officials_other_papers import entities, officials


def places(text: str) -> list:
    return [e["text"] for e in entities(text, "place")]


def test_a_name_before_and_and_a_post_ends_at_the_and():
    assert officials("县委书记扎西和县长王建国出席。") == {"扎西": ["县委书记"], "王建国": ["县长"]}
    assert officials("州委书记次仁和州长扎西出席会议。") == {"次仁": ["州委书记"], "扎西": ["州长"]}
    found = officials("州委副书记次仁和副州长扎西出席会议。")
    assert found == {"次仁": ["州委副书记"], "扎西": ["副州长"]}


def test_a_name_before_and_and_a_bodys_post_is_no_place():
    text = "县委书记扎西和县人大常委会主任王建国出席。"
    assert officials(text) == {"扎西": ["县委书记"], "王建国": ["县人大常委会主任"]}
    assert places(text) == []


def test_a_name_before_and_and_a_collective_word_holds_no_and():
    text = "自治区领导白玛、格桑和有关部门负责同志出席。"
    assert officials(text) == {"白玛": ["自治区领导"], "格桑": ["自治区领导"]}


def test_han_names_before_and_stay_as_they_were():
    found = officials("县领导王建国、李志强和有关部门负责同志出席。")
    assert found == {"王建国": ["县领导"], "李志强": ["县领导"]}
    assert officials("县委书记王建和有关部门负责人出席。") == {"王建": ["县委书记"]}
    assert officials("县委书记王建和县长李志强出席。") == {"王建": ["县委书记"], "李志强": ["县长"]}


def test_a_name_before_and_and_another_person_ends_at_the_and():
    """和 + a Han name or a private person's word (群众, 牧民) joins a second person to the first
    (session 18: the official had been lost, 扎西和 read as one name and refused)."""
    assert officials("县委书记扎西和王建国一同出席。") == {"扎西": ["县委书记"]}
    assert officials("县委书记扎西和群众一起劳动。") == {"扎西": ["县委书记"]}
    assert officials("旗长巴特尔和牧民一起剪羊毛。") == {"巴特尔": ["旗长"]}


def test_names_that_end_in_and_keep_it():
    assert officials("县委书记巴图孟和带领干部深入一线。") == {"巴图孟和": ["县委书记"]}
    assert officials("旗长巴图孟和出席会议。") == {"巴图孟和": ["旗长"]}  # 出席会议: one idiom to jieba
    assert officials("副旗长恩和主持会议。") == {"恩和": ["副旗长"]}
    assert "韦新和" in officials("副县长韦新和、李志强出席。")


def test_a_county_after_the_posts_is_still_a_place():
    text = "县委书记扎西和县长王建国在西和县调研。"
    assert officials(text) == {"扎西": ["县委书记"], "王建国": ["县长"]}
    assert places(text) == ["西和县"]


def test_a_name_before_and_and_the_bodies_under_a_level_ends_at_the_and():
    found = officials("县领导白玛、次仁和县直部门负责人出席。")
    assert found == {"白玛": ["县领导"], "次仁": ["县领导"]}
    assert officials("县委书记次仁和其他县领导参加。") == {"次仁": ["县委书记"]}


def test_posts_are_looked_up_in_titles_tsv():
    """The post after 和 (name_conjunctions) and the post past a police unit (unit_names) are posts of
    titles.tsv (both ask titles.is_title, the one cached lookup; a spy cannot watch it where mypyc has
    compiled the callers, so the behaviour is what is tested)."""
    from baokan.annotators.language import name_conjunctions, unit_names

    text = "县委书记扎西和县长王建国出席。"
    assert name_conjunctions.post_at(text, text.index("和") + 1)
    text = "县委书记扎西和群众一起劳动。"
    assert not name_conjunctions.post_at(text, text.index("和") + 1)
    text = "公安部第二督察组组长张三出席。"  # the title 督察组组长 starts inside the unit 公安部第二督察组
    assert unit_names.posts_past_units(text, [(5, 10)], [(0, 8)]) == [(8, 10)]
    text = "公安部第二督察组组织张三出席。"  # 组织 is no post: the span is left as it is
    assert unit_names.posts_past_units(text, [(5, 10)], [(0, 8)]) == [(5, 10)]
