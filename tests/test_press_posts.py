"""Posts of the party press: the president, the editor-in-chief and their deputies of a newspaper office,
a news agency or the central broadcaster, read after the office's name (docs/labels.md, s11 R4)."""

from __future__ import annotations

from test_officials_other_papers import officials

from baokan.annotators.language.press_posts import press_posts

VISIT = """\
媒体融合座谈会在青川召开
本报记者 周立新
11月20日，全省媒体深度融合发展座谈会在青川县召开。人民日报社副总编辑赵立新、新华通讯社副社长钱海平出席会议。
大众日报社党委书记、社长孙国华介绍了“中央厨房”建设经验，临江日报社总编辑李秀兰、副总编辑陈光明作交流发言。
会前，与会人员参观了白石村股份经济合作社，合作社社长王大福介绍了村里的产业。
"""


def test_the_posts_of_central_and_provincial_press_offices_are_titles():
    found = officials(VISIT)
    assert found["赵立新"] == ["人民日报社副总编辑"]
    assert found["钱海平"] == ["新华通讯社副社长"]
    assert found["孙国华"] == ["大众日报社党委书记、社长"]


def test_a_city_paper_is_read_from_its_division_and_its_later_posts_join_it():
    found = officials(VISIT)
    assert found["李秀兰"] == ["临江日报社总编辑"]
    assert "陈光明" in found  # 、副总编辑: a further post of the same office


def test_a_co_operatives_president_is_no_official():
    assert "王大福" not in officials(VISIT)


def test_offices_need_a_post_after_them():
    text = "人民日报社记者近日走访了临江日报社。"
    assert press_posts(text, [(13, 15)], []) == ([], [])
    text = "人民日报社社长某某和临江日报社总编辑某某"
    offices, posts = press_posts(text, [(10, 12)], [])
    assert [text[s:e] for s, e in offices] == ["人民日报社", "临江日报社"]
    assert [text[s:e] for s, e in posts] == ["社长", "总编辑"]


def test_a_central_offices_branch_and_a_titled_office_are_offices():
    text = (
        "座谈会上，新华社江南分社社长周立新和人民日报社江南分社社长李秀兰先后发言。"
        "会后，《临江法治》杂志社社长兼总编辑赵国华专访了青川县公安局城关派出所所长王京生。"
    )
    found = officials(text)
    assert found["周立新"] == ["新华社江南分社社长"]
    assert found["李秀兰"] == ["人民日报社江南分社社长"]
    assert found["赵国华"] == ["《临江法治》杂志社社长兼总编辑"]
    assert "临江法治" not in officials("记者在《临江法治》杂志上读到这篇报道。")
