"""Bodies around a name and a post (issue 19, session 18, blind reading of other papers): a name written
between a body and its bare post takes the body into its title where the body is a public one
(县发改委 + 某某 + 主任 → 县发改委主任), and is no official where the body is a research institute's, a
hospital's or a company's (某某所 + 某某 + 所长); a working group named by its task (市推进某某工作领导小组)
reaches back over the task's verbs to the level word that opens it, and its post joins the posts before the
comma. Every sentence here is made up for the test; each rule has a sentence where it must not fire."""

from __future__ import annotations

from test_officials_other_papers import officials

from baokan.annotators.language.chain_joints import task_body_start

# -- a name between a body and its bare post


def test_a_name_between_a_commission_and_its_post_takes_the_commission():
    # jieba's guesses glue the commission's last character to the name (委 + 周海涛): the dictionary decides
    text = "会上，市发展改革委周海涛主任介绍了重点项目进展。县卫健委吕国栋主任通报了疫苗接种情况。"
    found = officials(text)
    assert found.get("周海涛") == ["市发展改革委主任"]
    assert found.get("吕国栋") == ["县卫健委主任"]


def test_a_name_between_a_bureau_or_a_department_and_its_post_keeps_the_body():
    text = "县公安局韩立军局长带队检查。市委宣传部许文静部长出席活动并讲话。"
    found = officials(text)
    assert found.get("韩立军") == ["县公安局局长"]
    assert found.get("许文静") == ["市委宣传部部长"]


def test_a_name_between_a_research_institute_and_its_post_is_no_official():
    text = "中科院物理所孟凡宇所长介绍了实验进展。中国科学院声学研究所邵明远所长参加了座谈。"
    assert officials(text) == {}


def test_a_name_between_a_hospital_or_a_company_and_its_post_is_no_official():
    text = "县人民医院钱志刚院长介绍了义诊安排。某某能源有限公司段红梅经理陪同参观。"
    assert officials(text) == {}


def test_a_public_body_that_holds_a_firms_word_is_no_private_body():
    # 企业 inside a county's service centre: the centre is public, its head no scientist or manager
    found = officials("县中小企业服务中心葛文斌主任介绍了惠企政策落实情况。")
    assert list(found) == ["葛文斌"]


def test_a_word_running_from_the_body_into_the_name_is_still_refused():
    assert officials("群众连连向民警道谢。") == {}


# -- a working group named by its task


def test_a_working_group_named_by_its_task_reaches_back_to_its_level_word():
    text = "市创建全国文明城市工作领导小组组长邱志明主持会议。"
    assert officials(text) == {"邱志明": ["市创建全国文明城市工作领导小组组长"]}


def test_a_task_group_post_after_a_comma_joins_the_posts_before_it():
    text = "区党委副书记、政法委书记，区着力创建全国民族团结进步示范区专项组组长乔建华主持召开专项组推进会。"
    found = officials(text)
    assert found == {"乔建华": ["区党委副书记、政法委书记，区着力创建全国民族团结进步示范区专项组组长"]}


def test_a_task_force_and_a_headquarters_keep_their_tasks():
    text = "县深入推进营商环境优化提升工作专班负责人葛长青汇报了工作。市防汛抗旱指挥部指挥长唐永胜作部署。"
    found = officials(text)
    assert found.get("葛长青") == ["县深入推进营商环境优化提升工作专班负责人"]
    assert found.get("唐永胜") == ["市防汛抗旱指挥部指挥长"]


def test_a_founding_verb_or_a_pronoun_is_no_part_of_the_task():
    text = "县成立创建文明城市工作领导小组组长"
    head = text.index("领导小组")
    # 县 + 成立 + …: the sentence founds the group, its name starts after the verb
    assert task_body_start(text, head - 4, head, len(text), 0, ()) == head - 4
    text = "我们推进河湖治理工作领导小组组长"
    head = text.index("领导小组")
    assert task_body_start(text, head - 6, head, len(text), 0, ()) == head - 6


def test_a_task_reaches_only_to_a_level_word_or_a_known_place():
    text = "，大家推进河湖治理工作领导小组组长"
    head = text.index("领导小组")
    assert task_body_start(text, head - 6, head, len(text), 0, ()) == head - 6
    text = "，临江市推进河湖治理工作领导小组组长"
    head = text.index("领导小组")
    assert task_body_start(text, head - 6, head, len(text), 0, (1,)) == 1
    text = "，省推进河湖治理工作领导小组组长"
    head = text.index("领导小组")
    assert task_body_start(text, head - 6, head, len(text), 0, ()) == 1


def test_a_task_reaches_only_back_to_a_break_or_the_texts_start():
    # the last post ends right before the level word, with no mark between: no group's name opens there
    text = "他省推进河湖治理工作领导小组组长"
    head = text.index("领导小组")
    assert task_body_start(text, head - 6, head, len(text), 1, ()) == head - 6
    assert task_body_start(text[1:], head - 7, head - 1, len(text) - 1, 0, ()) == 0
