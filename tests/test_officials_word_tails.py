"""A three-character name whose last character is also a one-character word (才, 发, 有, 明): kept
whole after a title where the page's evidence says so, and not taken from a two-character name that
the word follows (issue 19). Every sentence here is made up for the test."""

from __future__ import annotations

import pytest
from test_officials_edges import officials

from baokan.annotators.language.name_word_tails import tail_chars, word_tail_end


@pytest.mark.parametrize(
    "text,name,title",
    [
        ("市委副书记、市长周安有，市政协主席孙立华出席。", "周安有", "市委副书记、市长"),
        ("中宣部副部长黄坤明，省委常委、宣传部部长陈德华参加调研。", "黄坤明", "中宣部副部长"),
        ("副市长韩立发及有关部门负责同志参加座谈。", "韩立发", "副市长"),
        ("市长范志才及市直有关部门负责人陪同考察。", "范志才", "市长"),
        ("会上，县委书记姚金有，县长丁德明为获奖单位颁奖。", "姚金有", "县委书记"),
        ("区委书记钟明有；区长贺建安主持会议。", "钟明有", "区委书记"),
    ],
)
def test_name_before_a_mark_or_a_list_word_keeps_its_last_character(text, name, title):
    found = officials(text)
    assert found.get(name) == [title]
    assert name[:2] not in found


def test_list_of_three_character_names_keeps_the_last_item_whole():
    found = officials("副县长曹玉发、胡长有、宋明才参加现场办公会。")
    assert set(found) == {"曹玉发", "胡长有", "宋明才"}


def test_list_word_after_a_whole_list():
    found = officials("市领导王德成、罗均发及刘振华等参加活动。")
    assert {"王德成", "罗均发", "刘振华"} <= set(found) and "罗均" not in found


@pytest.mark.parametrize(
    "text,name",
    [
        ("市长王军才到任三个月，就走遍了全市所有乡镇。", "王军"),
        ("县委书记李明说，今年要把乡村振兴作为头等大事。", "李明"),
        ("县长赵刚和副县长孙伟到村里察看灾情。", "赵刚"),
        ("市委常委、秘书长马骏及市直部门负责人参加。", "马骏"),
        ("县长林涛才说完，群众就鼓起了掌。", "林涛"),
        ("市委书记何勇将于下周赴京参加会议。", "何勇"),
    ],
)
def test_a_word_after_a_two_character_name_stays_apart(text, name):
    found = officials(text)
    assert name in found
    assert not any(n.startswith(name) and len(n) == 3 for n in found)


def test_hook_leaves_other_names_alone():
    text = "县长王军才到任"
    assert word_tail_end(text, 2, 4) == 4  # a word goes on after 才
    assert word_tail_end("县长王军，", 2, 4) == 4  # no tail character
    assert word_tail_end("县长欧阳明，", 2, 5) == 5  # 明 is the name's: nothing after it to take
    assert word_tail_end("县长欧阳明才，", 2, 5) == 6  # a compound surname: 欧阳 + 明 + 才 + ，
    assert {"才", "发", "有", "明"} <= tail_chars() and "说" not in tail_chars()


def test_list_before_a_collective_title_keeps_its_items_whole():
    found = officials("市委常委会召开。程军才、罗均发、周安有等市领导出席活动。")
    assert set(found) == {"程军才", "罗均发", "周安有"}


def test_verb_of_attending_after_a_content_word_keeps_it_with_the_name():
    assert set(officials("县长钱学有出席会议。")) == {"钱学有"}
    # an adverb before such a verb stays apart
    assert set(officials("市长王军才出席了一半就赶往灾区。")) == {"王军"}


def test_a_rare_surname_that_is_a_verb_before_its_object_is_no_name():
    # 有 is a surname of the table but no common one, and a verb; 开会 a frequent word: the verb's object
    assert officials("市领导有开会、研究部署防汛工作。") == {}
    assert officials("县领导有开会、研究部署春耕生产。") == {}
    # a rare surname before a given name that is no frequent word stays a name (令 + 续鹏)
    assert officials("县长令续鹏出席会议。") == {"令续鹏": ["县长"]}
    # and a common surname keeps its tail character before a list mark (周安 + 有 + ，)
    assert officials("市委副书记、市长周安有，市政协主席孙立华出席。").get("周安有") == ["市委副书记、市长"]
