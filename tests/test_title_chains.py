"""Title chains cut on their left (issue 19, session 17): a post's body inside a chain reaches back
to the joint after the post before it, and the chain's first body to the clause start, where the
stretch reads as a body's name; posts the title table lacked (县长助理, 副会长) join the chain. Every
sentence is made up for the test, in the style of a provincial daily or a county paper."""

from __future__ import annotations

from test_officials_other_papers import officials

from baokan.annotators.language.chain_joints import body_material, clause_start, joint_start


def test_an_assistant_of_the_county_head_opens_the_chain():
    found = officials("当天下午，临川县县长助理、公安局局长张建军向调研组介绍了全县治安情况。")
    assert found["张建军"] == ["临川县县长助理、公安局局长"]


def test_a_campaign_name_inside_the_body_after_a_joint():
    text = "会上，自治区党委常委、政法委书记、自治区扫黑除恶专项斗争领导小组组长刘振东出席会议并讲话。"
    assert officials(text)["刘振东"] == ["自治区党委常委、政法委书记、自治区扫黑除恶专项斗争领导小组组长"]


def test_a_campaign_name_after_a_post_joined_by_jian():
    found = officials("县委常委兼公安局局长、县扫黑除恶专项斗争领导小组副组长孙建平主持会议。")
    assert found["孙建平"] == ["县委常委兼公安局局长、县扫黑除恶专项斗争领导小组副组长"]


def test_a_village_whose_name_reads_as_a_person_after_a_deputy_with_session():
    found = officials("会上，十四届全国人大代表、王小营西村党委书记刘春花分享了村里发展集体经济的经验。")
    assert found["刘春花"] == ["十四届全国人大代表、王小营西村党委书记"]


def test_posts_in_bodies_that_are_not_government():
    text = "会上，全国城市党报发展年会主席、江南省法学会副会长、江南法治报社社长陈志远致辞。"
    assert officials(text)["陈志远"] == ["全国城市党报发展年会主席、江南省法学会副会长、江南法治报社社长"]


def test_a_list_under_one_title_stays_a_list():
    found = officials("县委常委王立新、赵建国、孙志强出席会议。")
    assert found == {"王立新": ["县委常委"], "赵建国": ["县委常委"], "孙志强": ["县委常委"]}
    assert officials("与会代表、县人大常委会主任郑明出席会议。") == {"郑明": ["县人大常委会主任"]}


def test_a_verb_before_the_chain_stays_out():
    found = officials("随后，刘振东看望慰问了县委常委、政法委书记李明。")
    assert found["李明"] == ["县委常委、政法委书记"]
    assert officials("会见了江南省代表团团长李国强一行。")["李国强"] == ["江南省代表团团长"]


def test_the_grammar_of_a_body_between_joint_and_post():
    text = "副县长、分管公安工作的副组长"
    head = text.index("副组长")
    assert joint_start(text, 3, head, head, ("、",)) == head  # a clause of duties is no body
    text = "局长、王五局长"
    assert not body_material(text, 3, 5, name_first=True)  # a name, then a post of its own
    text = "会上，在全省政法工作会议主席"
    assert clause_start(text, 3, text.index("会议"), text.index("主席")) == text.index("会议")  # 在 opens a clause


def test_a_clause_of_duties_that_opens_a_sentence_stays_whole():
    # the 的 after a known body (公安工作) had been taken with the body, so the duty verb was left out
    found = officials("会上，分管公安工作的副县长王建国通报了全县交通安全形势。")
    assert found["王建国"] == ["分管公安工作的副县长"]
    found = officials("县委常委、分管政法工作的副县长刘振东出席会议。")
    assert found["刘振东"] == ["县委常委、分管政法工作的副县长"]
