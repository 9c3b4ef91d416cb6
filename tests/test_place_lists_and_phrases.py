"""Places that a list or a neighbour vouches for, and phrases that end in a place suffix without
naming a place (made-up sentences in the style of county, city and evening papers)."""

from __future__ import annotations

import pytest
from conftest import place_texts

# ---------------------------------------------------------------- phrases that name no place


@pytest.mark.parametrize(
    "text",
    [
        "局里开展“进百村访千户”大走访。",  # counts in a slogan of visits
        "帮助各村壮大村级集体经济。",  # 村级 is the level
        "沿途能看到不少苗族村寨。",  # whose villages, not which
        "镇党委书记李明辉带领镇村干部察看灾情。",  # a name's last character and a verb before 镇
        "家住青松小区社区的居民反映。",  # an estate's community
        "这些村庄散布在武陵山区深处。",  # 山区 is the mountain country
        "翻过千山万水，责任重于泰山。",  # places inside set phrases
        "重点建设一批中心镇和特色村。",  # a kind of town, though one township is called so
        "走在回家的路上，他想了很多。",
        "大家在创业路上相互扶持。",
    ],
)
def test_phrases_that_end_in_a_place_suffix_name_no_place(place_pipe, text):
    assert place_texts(place_pipe, text) == []


# ---------------------------------------------------------------- what lists vouch for


def test_a_city_listed_with_accepted_cities(place_pipe):
    found = place_texts(place_pipe, "西安、兰州和银川等城市的企业参加了展会。")
    assert found == ["西安", "兰州", "银川"]


def test_a_list_of_everyday_words_still_names_no_city(place_pipe):
    assert place_texts(place_pipe, "大会围绕和平、发展与合作展开讨论。") == []


def test_villages_listed_after_one_the_grammar_reads(place_pipe):
    found = place_texts(place_pipe, "工作组走访了青松村、石塘村、五星村和白鹤村。")
    assert found == ["青松村", "石塘村", "五星村", "白鹤村"]


def test_bare_names_before_a_count_of_villages(place_pipe):
    found = place_texts(place_pipe, "新村由上湾、下湾、石岭三个村合并而成。")
    assert found == ["上湾", "下湾", "石岭"]


def test_rivers_with_a_last_he_before_a_count_of_rivers(place_pipe):
    found = place_texts(place_pipe, "对清溪河、野鸭河和白马河3条河流开展清淤。")
    assert found == ["清溪河", "野鸭河", "白马河"]


# ---------------------------------------------------------------- neighbours


def test_a_county_before_a_word_for_its_people(place_pipe):
    assert place_texts(place_pipe, "焦裕禄同志曾与兰考群众一起治沙。") == ["兰考"]


def test_a_village_opening_with_na_after_its_township(place_pipe):
    assert place_texts(place_pipe, "那桐镇那良村的村民种甘蔗。") == ["那桐镇", "那良村"]
    assert "那个村" not in place_texts(place_pipe, "白石镇那个村的人都来了。")


def test_a_street_before_shang(place_pipe):
    assert place_texts(place_pipe, "读者反映，朝晖路上的路灯坏了。") == ["朝晖路"]
    assert place_texts(place_pipe, "在致富路上越走越宽。") == []


def test_a_street_named_with_a_function_character_after_a_district(place_pipe):
    assert place_texts(place_pipe, "鼓楼区和平路的店铺开门了。") == ["鼓楼区", "和平路"]
    assert place_texts(place_pipe, "鼓楼区和谐发展。") == ["鼓楼区"]


def test_a_stream_right_after_its_village(place_pipe):
    assert place_texts(place_pipe, "河长们在石塘村白沙溪开展巡河。") == ["石塘村", "白沙溪"]
    assert place_texts(place_pipe, "递铺镇做好巡河工作。") == ["递铺镇"]


def test_villages_listed_with_commas_and_a_level_character_inside_a_name(place_pipe):
    found = place_texts(place_pipe, "修缮了石塘村,青松村,镇南村等三个村的道路。")
    assert {"青松村", "镇南村"} <= set(found)
    assert place_texts(place_pipe, "石塘村,青松村的人都来了。").count("青松村") <= 1


def test_a_village_road_and_a_verb_after_gong_name_no_village(place_pipe):
    assert "中塘村" not in place_texts(place_pipe, "石塘村中塘村道上，工人正在铺沥青。")
    assert place_texts(place_pipe, "大家共筑白鹤村的明天。") == []


def test_a_foreign_town_after_its_country_and_a_word_for_a_small_town(place_pipe):
    assert place_texts(place_pipe, "记者来到意大利南部小镇马泰拉。") == ["意大利", "马泰拉"]


def test_a_community_with_a_one_character_name_after_a_township_short_form(place_pipe):
    found = place_texts(place_pipe, "家住安吉县递铺桥社区的居民说。")
    assert found == ["安吉县", "递铺桥社区"]
    assert place_texts(place_pipe, "梅县区雁洋镇南福村的茶园。") == ["梅县区", "雁洋镇", "南福村"]
