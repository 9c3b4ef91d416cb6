"""Officials of other papers left open by set 8 (issue 19, session 13): a leader's act after his name
(作批示), and a profession's day after a post (警察节). Every sentence is made up for the test; each rule
has a sentence where it must not fire."""

from __future__ import annotations

from test_officials_other_papers import officials


def test_a_leaders_act_with_zuo_is_no_part_of_his_name():
    found = officials("省委书记、省人大常委会主任杨立新作批示，向全体新闻工作者致以问候。")
    assert found.get("杨立新") == ["省委书记、省人大常委会主任"]
    assert "杨立新作" not in found


def test_zuo_chu_and_a_speech_after_two_character_names():
    found = officials("市长吴越作出部署。县委书记邵平作报告，县长钱江主持会议。")
    assert found.get("吴越") == ["市长"]
    assert found.get("邵平") == ["县委书记"]


def test_a_name_with_zuo_inside_it_keeps_it():
    found = officials("副市长何作成出席会议并讲话。")
    assert found.get("何作成") == ["副市长"]


def test_a_post_before_jie_names_a_festival_not_a_person():
    found = officials("各分局民警联唱警歌，共同祝贺警察节，在歌声中重温誓词。")
    assert found == {}


def test_jie_opening_a_longer_word_leaves_the_post_alone():
    found = officials("今年春节，值班民警节假日坚守岗位。民警赵刚说，群众平安就是最好的节日。")
    assert found.get("赵刚") == ["民警"]
