"""Officials and police units missed on blind-annotated excerpts of city, county and police
papers, round 4 (issue 19): a list item whose given name ends in a conjunction's character, an
acting post after a list word, police officers' words the title table lacked, a city force's
district branch, and a station named again on its own. Every sentence here is made up for the test."""

from __future__ import annotations

from typing import List

from test_officials_other_papers import entities, officials

from baokan.annotators.language.list_items import item_cut


def police(text: str) -> List[str]:
    """The police units the whole default pipeline finds in ``text``, as written."""
    return [e["text"] for e in entities(text, "police_unit")]


def test_given_name_ending_in_he_keeps_it_before_a_separator():
    found = officials("县政协副主席林永和、韦正清、覃文广参加了分组讨论。")
    assert found.get("林永和") == ["县政协副主席"]
    assert found.get("韦正清") == ["县政协副主席"]
    assert found.get("覃文广") == ["县政协副主席"]
    assert "林永" not in found


def test_conjunction_still_closes_a_list():
    found = officials("县政协副主席林永、韦正清和覃文广参加了分组讨论。")
    assert set(found) >= {"林永", "韦正清", "覃文广"}


def test_item_cut_keeps_a_final_conjunction_character_only_before_a_separator():
    stops = ("和", "说", "同志")
    joiners = ("和", "与", "及", "以及")
    assert item_cut("林永和", 2, stops, joiners, "、") == 3
    assert item_cut("林永和", 2, stops, joiners, "参") == 2
    assert item_cut("何维同志", 2, stops, joiners, "、") == 2


def test_acting_post_after_a_list_word_joins_the_roll():
    found = officials("县政协主席曹立春，副主席万晓东、汤一平及代秘书长贺新民出席会议。")
    assert found.get("贺新民") == ["代秘书长"]
    assert found.get("万晓东") == ["副主席"]


def test_new_recruit_and_beat_officers_are_police_officers():
    found = officials("接警后，值班民警龙海涛带领新警邝小川赶到现场。片警马德林随后赶来。")
    assert found.get("邝小川") == ["新警"]
    assert found.get("马德林") == ["片警"]
    assert officials("各地推进新警务机制建设。") == {}


def test_district_branch_of_a_city_force():
    units = police("记者从临江公安白沙分局获悉，该局永兴派出所民警破获一起电诈案件。")
    assert "临江公安白沙分局" in units
    assert "永兴派出所" in units
    assert "临江公安" not in units


def test_station_named_again_after_its_full_chain():
    units = police("走进青川县公安局三里派出所。如今，三里派出所辖区发案明显下降。")
    assert "青川县公安局三里派出所" in units
    assert units.count("三里派出所") == 1


def test_preposition_surname_does_not_cut_into_the_next_word():
    assert officials("会上，禁毒支队民警向参会代表讲解新型毒品的危害。") == {}
    assert officials("社区民警向东说，辖区已连续三年没有发生入室盗窃。").get("向东") == ["社区民警"]


def test_adjective_before_a_division_title_is_no_body():
    found = officials("会议要求，认真落实县委书记严志平在全县大会上的讲话要求。")
    assert found.get("严志平") == ["县委书记"]


def test_name_before_a_bare_post_that_jieba_splits():
    # jieba reads these as a surname and a place or proper noun: the post's body they are not
    assert officials("会议学习讨论曹云林书记的讲话精神。").get("曹云林") == ["书记"]
    assert officials("会上，郝华明主任就下一步工作作了安排。").get("郝华明") == ["主任"]
    assert officials("本次培训由杜国军局长主持。").get("杜国军") == ["局长"]


def test_bodies_before_a_bare_post_stay_bodies():
    assert officials("会上，温泉镇镇长马立群作了发言。").get("马立群") == ["温泉镇镇长"]
    assert officials("会议由高新区主任贺立新主持。").get("贺立新") == ["高新区主任"]
    found = officials("刘红霞是临江市白沙街道党工委书记，在辖区走访是她的日常。")
    assert "刘红霞是" not in found


def test_place_across_title_and_name_before_an_acting_verb_or_a_list():
    # 长江, 长武: a place the title's last character opens; the name after it wins
    assert officials("县委副书记、县长江明远主持会议并讲话。").get("江明远") == ["县委副书记、县长"]
    found = officials("副县长武小松、郑立军一同参加调研。")
    assert found.get("武小松") == ["副县长"]
    assert found.get("郑立军") == ["副县长"]


def test_force_of_a_county_named_by_its_short_form():
    assert "荔波警方" in police("案发后，荔波警方迅速成立专案组，三天后嫌疑人落网。")
    assert "舞阳公安" in police("今年以来，舞阳公安持续开展夏季治安打击整治行动。")


def test_name_before_a_county_post_where_a_county_crosses_them():
    # 文县 is a county, but here 文 ends the name and 县 opens the post
    assert officials("会上，沈海文县长对下一步工作作了部署。").get("沈海文") == ["县长"]
    assert officials("会上，陈荣光县长对下一步工作作了部署。").get("陈荣光") == ["县长"]


def test_name_opening_a_clause_before_a_bare_post():
    # at a clause's start jieba may tag the surname as a morpheme or a noun (谭 + 光华)
    assert officials("谭光华所长告诉记者，辖区已连续三年无命案。").get("谭光华") == ["所长"]
    assert officials("会上，方志办主任作了发言。") == {}


def test_name_after_a_post_before_a_verb_of_briefing():
    found = officials("县纪委副书记、县监委副主任林立新通报了三起典型案例。")
    assert found.get("林立新") == ["县纪委副书记、县监委副主任"]


def test_new_recruit_title_is_none_inside_a_longer_word():
    # 新 + 警务: 新警 is no post there, and 智慧 before it no name
    assert officials("临江公安打造“智慧新警务”，守护城市安全。") == {}
    assert officials("县长期以来重视教育投入。") == {}
