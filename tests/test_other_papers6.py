"""Officials, police units and places of other papers left open by set 6 (issue 19, session 12). Every
sentence here is made up for the test; each rule has a sentence where it must not fire."""

from __future__ import annotations

from typing import List

from test_officials_open_edges import police
from test_officials_other_papers import entities, officials


def places(text: str) -> List[str]:
    """The places the whole default pipeline finds in ``text``, as written."""
    return [e["text"] for e in entities(text, "place")]


# -- a roll of deputies: each item runs from separator to separator; a name that is also a city's


def test_a_roll_of_deputies_keeps_the_surname_jieba_cuts_off_the_first_item():
    text = "在分组审议阶段,费立新、郑海燕、吕方舟等代表,分别围绕乡村振兴作了发言。"
    assert officials(text) == {"费立新": ["代表"], "郑海燕": ["代表"], "吕方舟": ["代表"]}


def test_a_deputy_whose_name_is_a_city_is_a_deputy_and_no_place():
    text = "审议中，邵林峰、宁波、柯文杰、尉海燕等代表先后发言。"
    assert officials(text).get("宁波") == ["代表"]
    assert "宁波" not in places(text)


def test_a_list_of_places_before_the_deputies_word_stays_places():
    text = "会上，江苏、浙江、上海等代表先后发言。"
    assert places(text) == ["江苏", "浙江", "上海"]


def test_a_verb_before_the_first_name_is_no_surname():
    found = officials("会议期间，会见高云峰、郑海燕等代表。")
    assert "见高云峰" not in found


# -- an appointment notice: 甲同志任 + post (s6 R6)


def test_an_appointment_gives_the_post_after_ren():
    text = "会上宣布了决定：韩立新同志任临江市委委员、常委、书记，周远山同志不再担任临江市委书记职务。"
    found = officials(text)
    assert found.get("韩立新") == ["临江市委委员、常委、书记"]
    assert found.get("周远山") == [None]


def test_a_post_the_person_leaves_is_no_title():
    found = officials("周远山同志不再担任临江市委书记职务。周远山主持会议。")
    assert set(found.get("周远山", [])) == {None}


# -- words that look like a surname and a given name after or before an officer's post


def test_a_preposition_and_a_place_phrase_after_an_officer_is_no_name():
    assert officials("搜索时，民警于现场周边区域发现了线索。") == {}


def test_an_officer_surnamed_yu_keeps_his_name():
    assert officials("派出所民警于海波在路口疏导交通。") == {"于海波": ["派出所民警"]}


def test_a_duty_word_before_an_officer_is_no_name():
    assert officials("接到报警后，街巡民警三分钟就赶到了现场。") == {}


def test_a_name_before_an_officer_post_stays_a_name():
    found = officials("会上，张晓明民警介绍了案情。")
    assert found.get("张晓明") == ["民警"]


# -- a name's right edge before 代表 (represents); a rare surname in a roll; a party's name is no name


def test_a_name_before_daibiao_ends_there():
    found = officials("会上，省长邵东川代表省人民政府作工作报告。")
    assert found.get("邵东川") == ["省长"]


def test_a_name_with_a_rare_surname_closed_by_a_comma_in_a_roll():
    found = officials("县政协主席琚志强，副县长柯文杰出席会议。")
    assert found.get("琚志强") == ["县政协主席"]


def test_a_post_alone_before_a_comma_takes_no_name():
    assert officials("县政协主席在会上，副县长柯文杰出席会议。") == {"柯文杰": ["副县长"]}


def test_a_party_name_after_a_roll_item_is_the_next_body():
    found = officials("民盟省委主委鹿振华、致公党省委副主委喇永福出席。")
    assert found == {"鹿振华": ["民盟省委主委"], "喇永福": ["致公党省委副主委"]}


# -- police units: a service's brigade named by its district, a section, a checkpoint on a road, a station again


def test_a_traffic_brigade_named_service_first_then_its_district():
    assert police("当晚，记者跟随交管西湖区大队民警在街头夜查。") == ["交管西湖区大队"]


def test_a_service_before_a_brigade_head_post_is_no_unit():
    assert police("交警西湖区大队长在路口指挥。") == []


def test_a_section_of_a_detachment_is_part_of_the_chain():
    assert police("驾驶人被移交青川交警支队事故审理科处理。") == ["青川交警支队事故审理科"]


def test_a_checkpoint_on_a_motorway_stays_in_its_bureau_chain():
    found = police("临江市公安局青川分局沿江高速白石公安检查站是全市最大的检查站。")
    assert found == ["临江市公安局青川分局沿江高速白石公安检查站"]


def test_a_station_named_with_its_county_is_the_same_station_alone():
    text = "青川县白鹭警务站正式启用。白鹭警务站位于镇中心。"
    assert police(text) == ["青川县白鹭警务站", "白鹭警务站"]


def test_an_adverb_and_a_preposition_open_no_station_name():
    assert police("商场和码头，都在白鹭派出所的辖区里。") == ["白鹭派出所"]


def test_an_honour_named_by_a_saying_is_no_station():
    assert police("该所入选了“人民满意派出所”候选名单。") == []
    assert police("该所入选了“白鹭派出所”创建名单。") == ["白鹭派出所"]


# -- places: a street before 路口, a crossing word, a business district, a coded road, a rank cut


def test_a_street_written_whole_before_lukou_is_that_street():
    found = places("民警在青年中路文昌路路口设卡检查。")
    assert "文昌路" in found and "文昌路路" not in found


def test_a_crossing_word_is_no_street():
    assert places("警务站位于青年中路与文昌路交叉路口。") == ["青年中路", "文昌路"]


def test_a_business_district_named_after_its_neighbourhood_is_a_place():
    assert "李庄商圈" in places("当晚的卡点设在李庄商圈附近。")


def test_a_description_before_shangquan_names_no_place():
    assert places("要提升城市核心商圈，改造传统商圈。") == []


def test_a_street_before_shangquan_stays_the_street():
    assert places("税务部门在文昌路商圈设了退税点。") == ["文昌路"]


def test_a_clause_before_a_village_suffix_is_no_village():
    assert "点靠近李庄" not in places("卡点靠近李庄村口。")


def test_a_road_with_its_route_code_is_one_place():
    assert "绕城线S31" in places("交警在绕城线S31出口处查车。")


def test_a_road_inside_a_company_name_is_no_place():
    assert places("他是沿江高速公路管理公司的司机。") == []


def test_a_place_cut_by_a_police_rank_is_no_place():
    assert "关中" not in places("交警大队白马关中队中队长介绍了情况。")
    assert "关中平原" in places("关中平原物产丰富。")
