"""Officials, police units and places of other papers left open by sets 5-9 (issue 19, session 14).
Every sentence is made up for the test; each rule has a sentence where it must not fire."""

from __future__ import annotations

from conftest import place_texts
from test_officials_other_papers import entities, officials, units


def places(text: str) -> list:
    return [e["text"] for e in entities(text, "place")]


def test_leaders_who_join_a_delegations_deliberation_are_officials():
    text = "省委书记周远山到临江代表团，与代表共同审议政府工作报告。\n林秀英、郑海波参加审议。"
    found = officials(text)
    assert "林秀英" in found and "郑海波" in found


def test_joining_a_deliberation_needs_a_roll_of_names():
    assert officials("大家认真参加审议，积极建言献策。") == {}


def test_a_name_that_is_a_word_between_two_posts_of_a_roll():
    found = officials("县委书记周远山，县委副书记温暖，县委常委、组织部长郑海波陪同调研。")
    assert found.get("温暖") == ["县委副书记"]


def test_a_word_after_a_post_with_no_post_after_it_is_no_name():
    assert "温暖" not in officials("县委副书记温暖人心的讲话，赢得了掌声。")


def test_a_place_inside_a_deputys_name_is_no_place():
    text = "郑海波、林秀英、尚朝阳、周远山等代表先后发言。"
    assert officials(text).get("尚朝阳") == ["代表"]
    assert "朝阳" not in places(text)


def test_a_list_of_places_before_deputies_stays_places():
    assert places("江苏、浙江等代表团先后发言。") == ["江苏", "浙江"]


def test_a_street_named_after_a_place_ending_in_a_direction(place_pipe):
    assert place_texts(place_pipe, "家住山东路的老人说，这里的变化很大。") == ["山东路"]
    assert "华东路" in place_texts(place_pipe, "事发地位于华东路与龙东大道交叉口。")


def test_a_direction_road_after_a_place_keeps_its_direction(place_pipe):
    assert place_texts(place_pipe, "家住中山东路的老人说，这里的变化很大。") == ["中山东路"]
    assert "河南南路" in place_texts(place_pipe, "家住河南南路的老人说，这里的变化很大。")


def test_the_level_word_after_a_place_opens_no_list_item(place_pipe):
    found = place_texts(place_pipe, "采访团深入到林芝地区林芝、波密、墨脱和拉萨市采访。")
    assert not any(p.startswith("地区") for p in found)


def test_a_city_forces_district_branch_written_after_its_force():
    found = units("这里是公安长安分局鸣犊派出所的辖区，民警每天巡逻。")
    assert "公安长安分局鸣犊派出所" in found


def test_police_after_a_verb_is_no_part_of_the_branch():
    found = units("要加强公安临江分局的队伍建设。")
    assert not any(u.startswith("公安") for u in found)


def test_a_police_head_after_a_pair_names_its_place():
    assert "长安" in places("西安市长安区地域广阔，这里是公安长安分局的辖区。")
    assert places("要坚持金山银山理念。") == []


def test_a_subdistricts_short_office_name(place_pipe):
    found = place_texts(place_pipe, "西安市长安区鸣犊街办一带，山村散落在塬上。")
    assert "鸣犊街办" in found


def test_tablelands_and_valleys_after_a_known_place(place_pipe):
    found = place_texts(place_pipe, "这里北邻蓝田库峪、东接灞桥白鹿塬，地貌多样。")
    assert "白鹿塬" in found
    found = place_texts(place_pipe, "从村里到石门沟，要先上到杨家塬，再走一段土路。")
    assert "石门沟" in found and "杨家塬" in found


def test_words_ending_in_a_landform_head_stay_words(place_pipe):
    text = "这里是典型的黄土塬地貌。两代人之间有代沟，要加强沟通。他不慎掉到山沟里。"
    assert place_texts(place_pipe, text) == []


def test_a_deputy_station_chief_after_a_word_of_duty():
    text = "临江派出所接到一起报警。值班副所长白晓强和民警立即驱车前往现场。"
    assert officials(text).get("白晓强") == ["副所长"]


def test_an_academy_institutes_head_is_no_official():
    assert "贾平" not in officials("会上，中科院长春光机所所长贾平介绍了研发情况。")


def test_a_foreign_name_runs_on_to_a_word_of_address():
    found = officials("访问团与秘鲁利马大区区长巴斯克斯博士举行会谈。")
    assert "巴斯克斯" in found and "巴斯克" not in found
    assert officials("院长李明博士介绍了情况。").get("李明") == ["院长"]


def test_a_foreign_region_and_its_city_after_the_country():
    found = places("智利圣地亚哥大区雷科莱塔市市长出席了签约仪式。")
    assert "圣地亚哥大区" in found and "雷科莱塔市" in found


def test_a_townships_short_form_after_its_full_name_of_two_provinces(place_pipe):
    text = "苏溪镇新建了物流园区，让更多“浙江制造”从苏溪发往各地。"
    found = place_texts(place_pipe, text)
    assert found.count("苏溪") == 1


def test_a_townships_everyday_short_form_stays_a_word(place_pipe):
    text = "浙江临江的幸福镇风景秀丽。\n幸福镇的村民说，日子越过越幸福。"
    assert "幸福" not in place_texts(place_pipe, text)


def test_a_pilot_free_trade_zone_named_with_its_province_in_brackets(place_pipe):
    found = place_texts(place_pipe, "企业纷纷入驻中国（云南）自由贸易试验区昆明片区。")
    assert "中国（云南）自由贸易试验区" in found
    assert "自由贸易试验区" not in place_texts(place_pipe, "各地要探索建设自由贸易试验区。")


def test_a_ridge_or_a_bay_right_after_a_division_named_in_full(place_pipe):
    assert "石门湾" in place_texts(place_pipe, "副县长一行在乌兰县石门湾调研防沙治沙工作。")
    assert "西峰岭" in place_texts(place_pipe, "交警正在简阳市西峰岭执勤。")


def test_a_ridge_or_a_bay_that_is_a_word_after_a_division(place_pipe):
    found = place_texts(place_pipe, "简阳市分水岭一带降雨偏多，简阳市港湾整治完成。")
    assert "分水岭" not in " ".join(found) and "港湾" not in " ".join(found)


def test_a_city_proper_that_jieba_reads_as_the_capital(place_pipe):
    assert place_texts(place_pipe, "对于北京城里的很多人来说，夜晚才是放松的时候。") == ["北京城"]
    assert place_texts(place_pipe, "他从小在京城长大。") == []


def test_a_prefectures_old_name_before_its_counties(place_pipe):
    found = place_texts(place_pipe, "采访团深入到昌都地区类乌齐、丁青和边坝等地采访。")
    assert found[0] == "昌都地区"


def test_an_area_around_a_city_stays_the_city(place_pipe):
    assert place_texts(place_pipe, "今年长春地区气温偏低，降雪偏多。") == ["长春"]


def test_a_creek_right_after_its_village(place_pipe):
    found = place_texts(place_pipe, "河长每天沿着桃源村石塘港巡河。")
    assert "石塘港" in found
    assert place_texts(place_pipe, "宁波市海港繁忙，货轮进出有序。") == ["宁波市"]
