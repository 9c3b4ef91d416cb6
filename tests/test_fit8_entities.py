"""Officials, police units and places of other papers left open by sets 5-8 (issue 19, session 14).
Every sentence is made up for the test; each rule has a sentence where it must not fire."""

from __future__ import annotations

from conftest import place_texts
from test_officials_other_papers import officials, units


def test_a_stations_legal_officer_is_an_official_with_the_whole_chain():
    text = "记者见到临江公安分局法制大队驻城关派出所法制员周立群时，他正在审核卷宗。"
    assert officials(text).get("周立群") == ["临江公安分局法制大队驻城关派出所法制员"]


def test_zhu_between_two_units_makes_two_units():
    found = units("临江公安分局法制大队驻城关派出所法制员周立群介绍，今年以来执法问题明显减少。")
    assert "临江公安分局法制大队" in found and "城关派出所" in found
    assert not any("驻" in u for u in found)


def test_zhu_inside_a_place_or_a_head_stays():
    found = units("驻马店市公安局驻村警务室民警走访了村里的老人。")
    assert "驻马店市公安局驻村警务室" in found


def test_a_community_policing_post_keeps_the_communitys_name():
    found = officials("这天，城南社区警务警长冯志达带班，一上午接了五起警情。")
    assert found.get("冯志达") == ["城南社区警务警长"]
    found = officials("东门社区警长许文杰说，辖区老人多，防诈宣传要上门。")
    assert found.get("许文杰") == ["东门社区警长"]


def test_a_name_that_is_a_word_in_a_roll_of_repeated_posts():
    found = officials("座谈会上，九三学社市委会主委解冬、民进市委会主委黄震先后发言。")
    assert found.get("解冬") == ["九三学社市委会主委"]
    assert found.get("黄震") == ["民进市委会主委"]


def test_no_name_where_the_post_does_not_come_again():
    found = officials("支部书记、副书记、委员均由党员大会选举产生，主委解冬、化冻后再议。")
    assert "解冬" not in found


def test_villages_after_their_township_that_jieba_reads_otherwise(place_pipe):
    found = place_texts(place_pipe, "凤阳县小溪河镇小岗村的村民正在晾晒稻谷。")
    assert "小岗村" in found
    found = place_texts(place_pipe, "天刚黑，小溪河镇屯留村的网格员就挨家挨户敲门。")
    assert found == ["小溪河镇", "屯留村"]
    found = place_texts(place_pipe, "白沙镇屯南村新修了一条水泥路。")
    assert found == ["白沙镇", "屯南村"]


def test_a_level_word_or_a_verb_after_a_place_makes_no_village(place_pipe):
    assert place_texts(place_pipe, "青川县乡村振兴工作会议召开。") == ["青川县"]
    assert place_texts(place_pipe, "青川县开展村级组织换届。") == ["青川县"]


def test_a_country_before_a_name_written_by_sound(place_pipe):
    found = place_texts(place_pipe, "由中国企业承建的芬兰奥卢萨里大桥日前合龙。")
    assert "芬兰" in found
    found = place_texts(place_pipe, "他在丹麦埃斯比约港工作了三年。")
    assert "丹麦" in found


def test_a_country_inside_a_longer_name_by_sound_stays_out(place_pipe):
    assert "印度" not in place_texts(place_pipe, "代表团访问了印度尼西亚首都雅加达。")


def test_hutongs_are_streets(place_pipe):
    found = place_texts(place_pipe, "社区服务站设在西城区椿树胡同18号，老人们常来这里下棋。")
    assert "椿树胡同" in found
    assert place_texts(place_pipe, "改革不能走进死胡同，也不能原地打转。") == []


def test_a_dictionary_street_before_a_side_of_it(place_pipe):
    found = place_texts(place_pipe, "施工区域北至平安大街南侧，请车辆绕行。")
    assert "平安大街" in found
    assert place_texts(place_pipe, "这条大街北侧新开了几家店。") == []


def test_a_street_after_a_verb_of_living_at_an_address(place_pipe):
    found = place_texts(place_pipe, "报警人家住新兴街，称自家老人走失。")
    assert found == ["新兴街"]
    assert place_texts(place_pipe, "他从小住在街上，认识每一户邻居。") == []


def test_landforms_listed_beside_a_known_one(place_pipe):
    found = place_texts(place_pipe, "要把凤栖山、千岛湖、白云岭等景点串成一条精品线路。")
    assert "凤栖山" in found and "白云岭" in found
    assert "江山" not in place_texts(place_pipe, "守护好这片大好江山、千岛湖的碧水。")


def test_a_verb_before_a_river_of_the_dictionary_is_no_part_of_its_name(place_pipe):
    found = place_texts(place_pipe, "古人取黄河流域物产丰饶之意命名此地。")
    assert "取黄河" not in found


def test_a_mountain_named_name_before_a_city_in_a_list_stays_a_name():
    found = officials("候选人为临江县委书记令文山、丽水市委常委汤卫国。")
    assert found.get("令文山") == ["临江县委书记"]


def test_a_region_before_a_ring_road_names_a_section_of_it(place_pipe):
    assert "西南" not in place_texts(place_pipe, "事故发生在西南三环辅路，交警迅速赶到。")
    assert "西南地区" in place_texts(place_pipe, "西南地区的雨季来得早。")


def test_a_zone_named_in_full_as_the_dictionary_holds_it(place_pipe):
    found = place_texts(place_pipe, "光谷科创大走廊的核心区——武汉东湖新技术开发区，去年新增企业上千家。")
    assert "武汉东湖新技术开发区" in found


def test_a_kind_of_zone_after_its_city_stays_two_places(place_pipe):
    found = place_texts(place_pipe, "在湖北武汉经济技术开发区的总装车间，机械臂来回忙碌。")
    assert "武汉" in found and "经济技术开发区" in found


def test_a_citys_short_name_and_cheng_is_the_city_proper(place_pipe):
    assert "西安城" in place_texts(place_pipe, "国庆假期，西安城内游人如织。")
    found = place_texts(place_pipe, "北京城市副中心建设提速，南京城墙申遗工作推进。")
    assert "北京城" not in found and "南京城" not in found


def test_a_square_named_after_the_water_it_lies_by(place_pipe):
    assert place_texts(place_pipe, "晚饭后，居民们都到金沙湾广场跳舞。") == ["金沙湾广场"]
    assert place_texts(place_pipe, "新建的文化广场成为群众休闲的好去处。") == []


def test_a_clauses_verb_of_one_character_opens_no_office():
    found = officials("我刚问值班指挥室辅警孙立强，电话就响了。")
    assert found.get("孙立强") == ["值班指挥室辅警"]
    found = officials("市纪委案件审理室主任韩冬梅介绍了有关情况。")
    assert found.get("韩冬梅") == ["市纪委案件审理室主任"]
