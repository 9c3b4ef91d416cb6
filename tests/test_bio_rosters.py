"""Profiles of people, a clause each (name, birth, post), as court, procuratorate and party papers
print them before a feature or in a notice of appointment."""

from __future__ import annotations

from test_officials_other_papers import officials

from baokan.annotators.language.bio_rosters import profile_post, profiles

FEATURE = """\
基层法庭庭长的一天
本报记者 周立新
采访对象：
张宏伟，1963年5月生，青川县人民法院白石镇人民法庭庭长；
李秀兰（女），1970年3月出生，临江市人民法院城关人民法庭庭长；
赵志刚，1968年9月生，曾任青川县人民法院审判员，2019年起任县法院执行局局长。
一大早，张宏伟就带着书记员下乡送达。
"""

NOTICE = """\
干部任前公示
经研究，拟提拔以下同志担任新的职务，现予公示：
王建国，男，汉族，1975年6月生，研究生学历，现任临江市公安局白石分局副局长，拟任临江市公安局交通警察支队支队长；
刘海燕，女，1980年2月生，大学学历，拟任青川县司法局副局长。
"""


def test_a_roster_of_profiles_gives_each_person_the_post_after_the_birth():
    found = officials(FEATURE)
    assert "青川县人民法院白石镇人民法庭庭长" in found["张宏伟"]
    assert found["李秀兰"] == ["临江市人民法院城关人民法庭庭长"]


def test_the_post_now_held_is_the_post_not_one_held_before_or_to_come():
    found = officials(NOTICE)
    assert found["王建国"] == ["临江市公安局白石分局副局长"]  # not 现任…, not the post 拟任
    assert "刘海燕" not in found  # only a post to come


def test_profiles_and_their_clauses():
    text = "甲：张宏伟，1963年5月生，某法庭庭长；李明是个好人，1963年5月生。"
    ((ns, ne, cs, ce),) = profiles(text)
    assert text[ns:ne] == "张宏伟" and text[cs:ce] == "某法庭庭长"
    assert profiles("他于1963年5月生于临江。") == []


def test_a_post_inside_a_clause_about_something_else_is_not_the_post():
    text = "曾任某县县长，负责某县县长热线"
    assert profile_post(text, 0, len(text), [(2, 6), (9, 13)]) is None
