"""Officials, slogans, police units and places of other papers left open by set 7 (issue 19, session 13).
Every sentence here is made up for the test; each rule has a sentence where it must not fire."""

from __future__ import annotations

from test_officials_other_papers import officials

# -- a name's right edge: the page's own longer name, and 等 closing a list of leaders


def test_a_two_character_reading_takes_the_third_character_the_page_writes_elsewhere():
    # 王君正 is a known official; jieba reads 正在 after the title
    text = "当天，自治区党委书记王君正在那曲调研。调研中，王君正与基层干部群众亲切交谈。"
    found = officials(text)
    assert "王君" not in found
    assert found["王君正"][0] == "自治区党委书记"


def test_the_third_character_stays_out_where_the_page_never_writes_the_longer_name():
    found = officials("镇党委书记李文正在村里走访。李文说，今年要把道路修好。")
    assert "李文正" not in found
    assert found.get("李文", [None])[0] == "镇党委书记"


def test_deng_closing_a_list_of_leaders_leaves_the_last_character_to_the_name():
    text = "县委宣传部部长周立新、县文旅局副局长孙启平等领导出席开幕式。"
    found = officials(text)
    assert found.get("孙启平") == ["县文旅局副局长"]
    assert "孙启" not in found


def test_a_word_with_deng_and_no_collective_after_it_keeps_its_cut():
    found = officials("镇长赵晓平等了半个小时，才见到施工方负责人。")
    assert "赵晓平" not in found


# -- a leader's name before the post holds it; what follows the post is no name


def test_a_known_leader_before_a_post_takes_it_and_the_verb_after_is_no_name():
    text = "全面贯彻习近平总书记考察福建重要讲话精神，奋力谱写新篇章。"
    found = officials(text)
    assert found == {"习近平": ["总书记"]}


# -- deputies: a known leader in a list of deputies, and a lone name before 代表 and a verb


def test_a_known_leader_in_a_list_of_deputies_takes_the_deputies_word():
    text = "会上，黄坤明、周海燕等代表围绕高质量发展作了发言。"
    found = officials(text)
    assert found.get("黄坤明") == ["代表"]
    assert found.get("周海燕") == ["代表"]


def test_a_lone_name_before_the_deputies_word_and_a_verb_is_a_deputy():
    found = officials("分组审议由代表团团长主持。随后，郑立群代表发言，建议加快老旧小区改造。")
    assert found.get("郑立群") == ["代表"]


def test_the_verb_to_represent_with_its_object_names_no_deputy():
    assert "郑立群" not in officials("仪式上，郑立群代表公司与园区签订了合作协议。")


# -- verbs of taking up a post that end in 任


def test_a_verb_of_taking_up_a_post_gives_the_post_to_the_name_before_it():
    found = officials("今年3月，吴振宇到任城南派出所所长。上任后，他走遍了辖区的每个小区。")
    assert found.get("吴振宇") == ["城南派出所所长"]


def test_a_verb_of_taking_up_a_post_with_no_name_before_it_names_no_one():
    assert officials("新所长到任城南派出所后，先走访了辖区群众。") == {}


# -- a list's 和 before a word is no transliterated name


def test_he_before_a_verb_after_a_members_post_is_no_name():
    text = "现在，我代表县人民法院向大会报告工作，请予审议，并请县政协委员和列席会议的同志提出意见。"
    assert officials(text) == {}


def test_a_naxi_name_opening_with_he_after_a_post_is_still_a_name():
    found = officials("玉龙县副县长和丽萍介绍，今年全县游客人数明显增加。")
    assert found.get("和丽萍") == ["玉龙县副县长"]


# -- an officer's post whose last character opens a word with the surname after it


def test_a_traffic_officer_whose_surname_makes_jingfang_with_the_post_is_named():
    found = officials("早高峰时，在路口执勤的交警方晓龙接到群众求助，立即护送孩子就医。")
    assert found.get("方晓龙") == ["交警"]


def test_a_squad_of_officers_in_formation_is_no_name():
    assert officials("开幕式上，特警方阵迈着整齐的步伐通过主席台。") == {}


# -- a signature line pads a two-character name with a space


def test_a_padded_name_closing_a_signature_line_is_the_signer():
    text = "县人民检察院检察长 王 敏\n各位代表：\n现在，我代表县人民检察院向大会报告工作。"
    found = officials(text)
    assert found.get("王 敏") == ["县人民检察院检察长"]


def test_a_spaced_name_that_goes_on_in_the_line_is_not_read():
    assert "王 敏" not in officials("县人民检察院检察长 王 敏捷地记下了要点。")


# -- a verb of meeting that jieba tags as a noun ends a name


def test_a_name_before_zuotan_keeps_its_third_character():
    found = officials("省委书记与国务院研究室副主任莫海义座谈，听取意见建议。")
    assert found.get("莫海义") == ["国务院研究室副主任"]


# -- police units: a generic department word, and 公安 that opens a police word beside its province


def _labelled(text: str, label: str):
    from test_officials_other_papers import entities

    return [e["text"] for e in entities(text, label)]


def test_public_security_departments_hold_no_ministry():
    text = "车站一带的治安，铁路公安部门和地方公安部门要紧密衔接。"
    assert "公安部" not in _labelled(text, "police_unit")
    assert "铁路公安部" not in _labelled(text, "police_unit")


def test_the_ministry_itself_is_still_a_unit():
    assert "公安部" in _labelled("公安部近日部署开展专项行动。", "police_unit")


def test_gongan_opening_a_police_word_after_its_province_is_no_county():
    text = "湖北省公安厅召开发布会。会上通报，湖北公安机关全年破获各类案件一万余起。"
    assert "公安" not in _labelled(text, "place")
    assert "湖北公安机关" in _labelled(text, "police_unit")


def test_the_county_of_gongan_in_full_is_still_a_place():
    assert "公安县" in _labelled("荆州市公安县今年新建了三座泵站。", "place")


# -- places: a kind word that opens a known district makes no old town


def test_an_old_town_word_that_opens_a_district_leaves_the_chain_split():
    found = _labelled("大理州的古城区与丽江市古城区金山乡都在推进农文旅融合。", "place")
    assert "丽江市古城" not in found
    assert "丽江市" in found and "古城区" in found


def test_an_old_town_after_its_city_is_still_one_place():
    assert "荆州古城" in _labelled("游客漫步在荆州古城，感受千年历史。", "place")
