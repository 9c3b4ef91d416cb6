"""Officials in shapes that pages of other papers write (provincial, city, county and
police papers; issue 19). Every sentence here is made up for the test."""

from __future__ import annotations

from typing import Dict, List

import msgspec
from conftest import validate

from baokan.annotators.core.document import Document
from baokan.annotators.core.pipeline import Pipeline


def entities(text: str, label: str) -> List[dict]:
    """The entities of ``label`` the whole default pipeline finds in ``text``."""
    doc = Pipeline()(Document(doc="t", text=text))
    out = []
    for r in validate(msgspec.to_builtins(a) for a in doc.articles):
        for e in r["entities"]:
            if e["label"] == label:
                assert r["text"][e["start"] : e["end"]] == e["text"]
                out.append(e)
    return out


def units(text: str) -> List[str]:
    """The police units the whole default pipeline finds in ``text``, as written."""
    return [e["text"] for e in entities(text, "police_unit")]


def officials(text: str) -> Dict[str, List[str]]:
    """name -> titles of the officials found in ``text``."""
    out: Dict[str, List[str]] = {}
    for e in entities(text, "official"):
        out.setdefault(e["name"], []).append(e.get("title"))
    return out


def test_secretary_general_closing_a_presidium_list():
    found = officials("市政协副主席周远山、林秀英和秘书长郑海波出席会议。")
    assert found.get("郑海波") == ["秘书长"]
    assert found.get("林秀英") == ["市政协副主席"]


def test_bare_post_repeated_after_a_clause_takes_the_body_before():
    found = officials("县政协主席韩立新主持会议并讲话；副主席曹晓东、阿不都热合曼·吐尔逊，秘书长邓春梅参加会议。")
    assert found.get("曹晓东") == ["副主席"]
    assert found.get("阿不都热合曼·吐尔逊") == ["副主席"]
    assert found.get("邓春梅") == ["秘书长"]


def test_bare_generic_post_with_no_titled_name_before_stays_unnamed():
    # 主任 of what? A workshop, a shop: no body the text names, no official
    assert officials("主任林大海带着大家检修设备。") == {}
    # a titled name in an earlier sentence does not lend its body
    assert "林大海" not in officials("县委书记马文涛到厂里调研。车间主任林大海介绍了情况。")


def test_township_after_a_preposition_is_no_place_name():
    text = "座谈会由镇党委副书记杜文斌主持。"
    assert officials(text).get("杜文斌") == ["镇党委副书记"]
    assert not any(e["text"].startswith("座谈会") for e in entities(text, "place"))


def posts_of(text: str) -> Dict[str, List[dict]]:
    """name -> posts of the officials found in ``text``."""
    return {e["name"]: e.get("posts") for e in entities(text, "official")}


def test_office_jieba_reads_as_a_name_before_its_own_head_post():
    # 宣传处 looks like a person's name to the tagger; 处 + 处长 says it is the office
    found = officials("省公安厅宣传处处长方志远、办公室副主任林晓出席发布会。")
    assert found.get("方志远") == ["省公安厅宣传处处长"]
    assert officials("市司法局法制科副科长黄雅琴介绍了情况。").get("黄雅琴") == ["市司法局法制科副科长"]


def test_former_post_written_after_its_body():
    # 原 between the body and the post (县委原书记), not only before both (原县委书记)
    assert officials("县委原书记罗长河回到村里看望老党员。").get("罗长河") == ["县委原书记"]
    found = posts_of("石桥公安检查站原站长贺明远介绍，检查站去年查获逃犯二十余名。")
    assert found.get("贺明远") == [{"position": "站长", "org": "石桥公安检查站"}]


def test_numbered_team_of_a_police_detachment():
    found = officials("市公安局刑侦支队七队队长孔令杰带队蹲守了三天。")
    assert found.get("孔令杰") == ["市公安局刑侦支队七队队长"]


def test_shop_character_in_a_place_name_does_not_make_a_police_post_private():
    # 店 ends many place names (窦店, 长店); before 公安检查站 it is no shop
    assert "鲁振华" in officials("长店公安检查站站长鲁振华说，节日期间检查站全员在岗。")
    assert officials("县城一家超市店长鲁振华说，节前货源充足。") == {}


def test_retired_officer_keeps_the_post_as_written():
    found = officials("县公安局刑侦大队退休民警严淑芬说，这些年她一直在社区当调解员。")
    assert found.get("严淑芬") == ["县公安局刑侦大队退休民警"]


def test_name_jieba_lists_as_a_place_before_a_time_word():
    # 邱娥国 is in jieba's dictionary as a place; 当年 after it ends the name
    found = officials("白石派出所民警邱娥国当年担任户籍民警，走遍了辖区的每一条巷子。")
    assert "邱娥国" in found
    assert officials("总书记殷殷嘱托，大家牢记在心。") == {}


def test_three_character_everyday_word_after_a_title_is_no_name():
    text = "县里在省城举行“县长接待日”。首个“县长接待日”上，副县长钱立群接待了来访企业。"
    found = officials(text)
    assert "接待日" not in found and "钱立群" in found


def test_yi_surname_outside_the_table_after_a_title():
    # 普 (a Yi surname in Yunnan) is not in the surname table; jieba knows the name
    found = officials("副县长、县公安局党委书记、局长普永进主持会议。")
    assert found.get("普永进") == ["副县长、县公安局党委书记、局长"]


def test_verb_opening_a_task_group_keeps_the_posts_before_it():
    found = officials("市公安局副局长、破案会战领导小组副组长、新闻发言人蔡秀国表示，命案已全部告破。")
    assert found.get("蔡秀国") == ["市公安局副局长、破案会战领导小组副组长、新闻发言人"]


def test_post_inside_an_association_name_makes_no_official():
    # 市长 opens the name of the association whose deputy secretary-general speaks
    assert officials("中国市长协会副秘书长周敏主持了联络员会议。") == {}
    assert "周敏" in officials("临江市副市长周敏主持了联络员会议。")


def test_village_whose_name_opens_with_the_town_suffix_head():
    # 镇 + 长江源村: 镇长 is no post, and 江源 (a short place name) inside the village is no body
    found = officials("青海省格尔木市唐古拉山镇长江源村党支部书记、村委会主任扎西达娃说，牧民收入年年涨。")
    assert found.get("扎西达娃") == ["青海省格尔木市唐古拉山镇长江源村党支部书记、村委会主任"]


def test_honorary_post_given_to_an_investor_makes_no_official():
    text = "平原县名誉副县长、某打火机有限公司董事长徐长水说，他每年都回县里看看。"
    assert officials(text) == {}
    assert "王炳辉" in officials("平原县委副书记王炳辉、副县长赵明山出席。")


def test_place_ending_like_a_modifier_keeps_its_whole_name_in_the_post():
    # 平原 ends with 原 (former) but is a county: the body stays 平原县委
    found = posts_of("平原县委副书记王炳辉出席。")
    assert found.get("王炳辉") == [{"position": "副书记", "org": "平原县委", "place": "平原"}]


def test_delegation_head_whose_group_name_looks_like_a_name():
    found = officials("江南省祝贺团团长郑明远宣读了贺信。")
    assert found.get("郑明远") == ["江南省祝贺团团长"]


def test_dotted_name_before_home_or_a_verb_of_leading():
    found = officials("县委书记王海川到村党支部书记阿不来提·买买提家中走访。")
    assert "阿不来提·买买提" in found
    found = officials("自治区人大常委会副主任艾尔肯·吐尼亚孜率调研组来到村里。")
    assert "艾尔肯·吐尼亚孜" in found


def test_verb_of_sending_between_two_police_units():
    units = [e["text"] for e in entities("雁塔区公安分局安排青岚派出所民警常驻社区。", "police_unit")]
    assert "雁塔区公安分局" in units and "青岚派出所" in units
    assert not any("安排" in u for u in units)


def test_profile_line_name_colon_post():
    text = "驻村工作组的同志们帮了大忙。\n郑明远：中共临川县委副书记\n"
    assert officials(text).get("郑明远") == ["中共临川县委副书记"]
    # a speaker's line in an interview is no profile
    assert officials("记者：变化大吗？\n郑海燕：我们村的路修好了，县委书记也来看过。") == {}


def test_post_opening_the_next_clause_of_a_roll():
    found = officials("市政协主席韩立新出席活动并讲话，秘书长邓春梅参加活动。")
    assert found.get("邓春梅") == ["秘书长"]


def test_verb_glued_to_a_name_jieba_does_not_know():
    # 孙 + 宝华 + 参加: the guess would run on into the verb
    assert "孙宝华" in officials("县委书记孙宝华参加活动并讲话。")
