"""Places: verb phrases and counts that only look like place names, and names the grammar reads
in lists, zones, villages and streets (made-up sentences in the style of the papers)."""

from __future__ import annotations

import pytest
from conftest import place_texts


@pytest.mark.parametrize(
    "text, word",
    [
        ("全县已建特色村12个,带动农户增收。", "建特色村"),  # a verb and a common noun before 村
        ("青田县建强乡村旅游产业链。", "建强乡"),  # a verb and an adjective: 建强 + 乡村
        ("职业教育如何拓宽成才路?", "拓宽成才路"),  # a verb and a common noun before 路
        ("话说新农村,说说老乡的新日子。", "新农村"),  # 村 ends the common noun 农村
        ("这里是“三江之源”,生态地位重要。", "三江"),  # three rivers, not the county
    ],
)
def test_phrases_that_end_in_a_place_suffix_are_no_places(place_pipe, text, word):
    assert word not in place_texts(place_pipe, text)


def test_villages_whose_names_open_with_a_verb(place_pipe):
    assert "建红村" in place_texts(place_pipe, "青田县建红村的村民说。")  # 建 + 红 with nothing glued to 村


def test_a_counted_short_form_needs_its_own_city(place_pipe):
    assert "三江" in place_texts(place_pipe, "广西柳州的三江侗族自治县盛产茶叶,三江的茶园连成了片。")


def test_a_village_jieba_knows_whole_after_its_county(place_pipe):
    found = place_texts(place_pipe, "青海乌兰县河东村曾经风沙大,如今河东村绿树成荫。")
    assert found.count("河东村") == 2
    assert "城中村" not in place_texts(place_pipe, "临江市城中村改造加快推进。")  # 城中 is an everyday word


def test_a_village_at_the_head_of_a_clause_before_its_villagers(place_pipe):
    assert "秀水村" in place_texts(place_pipe, "“秀水村村民王大山,800元”贴在公示栏上。")


def test_a_road_name_holds_no_other_road(place_pipe):
    found = place_texts(place_pipe, "事故发生在河西二路滨湖西街路口。")
    assert {"河西二路", "滨湖西街"} <= set(found)
    assert not any("二路滨湖" in t for t in found)


def test_free_trade_zones_and_their_named_areas(place_pipe):
    found = place_texts(place_pipe, "位于福建自贸试验区厦门片区的企业扩大了产能。")
    assert {"福建自贸试验区", "厦门片区"} <= set(found)
    assert place_texts(place_pipe, "加快推进老城片区改造。") == []  # an area of a plan, no named place


def test_a_list_of_foreign_cities_and_a_facility_after_its_place(place_pipe):
    found = place_texts(place_pipe, "项目将为科特迪瓦布瓦夫莱市、芒科诺市、图巴市等城市供水。")
    assert {"布瓦夫莱市", "芒科诺市", "图巴市"} <= set(found)
    assert "汉班托塔" in place_texts(place_pipe, "公司参与了斯里兰卡汉班托塔机场的建设。")


def test_a_port_named_by_its_city_gives_the_city(place_pipe):
    # a port's name is neutral, the city in it must be found
    assert "宁波" in place_texts(place_pipe, "今年前三季度,宁波港的集装箱吞吐量继续增长。")
    assert "洋山港" in place_texts(place_pipe, "货轮驶入洋山港。")  # no city opens it: the port itself


def test_a_township_after_its_municipality(place_pipe):
    # 北京, 上海 are province and city at once: enough of a parent for their towns
    assert "张江" in place_texts(place_pipe, "上海张江的企业加快研发。")
    assert "钦堂" not in place_texts(place_pipe, "浙江钦堂的村民说。")  # a province alone is not
    assert "青年" not in place_texts(place_pipe, "推出新重庆青年创新人才项目。")  # nor a municipality for a word


def test_a_foreign_landform_written_by_sound(place_pipe):
    assert "卡拉巴山口" in place_texts(place_pipe, "登山队员在卡拉巴山口扎营。")
    assert not any(t.startswith("马拉雅") for t in place_texts(place_pipe, "喜马拉雅山脉横亘南北。"))


def test_capitals_named_after_their_country_and_the_largest_lakes(place_pipe):
    found = place_texts(place_pipe, "危地马拉城的市民和来自乍得湖畔的渔民一起观看灯展。")
    assert {"危地马拉城", "乍得湖"} <= set(found)
    assert "美国城" not in "".join(place_texts(place_pipe, "美国城市的街头很热闹。"))


def test_a_township_short_form_that_opens_a_landmark(place_pipe):
    # jieba's dictionary holds the temple as one place name: the township is not meant, even after its parent
    found = place_texts(place_pipe, "游客来到余杭径山寺品茶。")
    assert "余杭" in found and "径山" not in found
    assert {"山西", "太原"} <= set(place_texts(place_pipe, "他家住山西太原。"))  # a chain jieba writes as one word


def test_a_free_trade_zone_needs_the_place_it_is_named_by(place_pipe):
    assert place_texts(place_pipe, "在此基础上探索自由贸易试验区更深层次的改革。") == []


def test_a_figure_of_speech_and_a_school_name_hold_no_place(place_pipe):
    # 上海 on the page makes 金山 (a district) likely, but not in an ABCB pair
    assert "金山" not in place_texts(place_pipe, "上海的干部说,绿水青山就是金山银山。")
    assert "金山" in place_texts(place_pipe, "上海金山的海滩很干净。")
    assert place_texts(place_pipe, "作者为华东大学教授。") == []  # a region that opens a school's name


def test_a_port_area_named_like_a_district(place_pipe):
    assert "东港区" not in place_texts(place_pipe, "深圳盐田港东港区将建设自动化码头。")  # the port's east area
    assert "东港区" in place_texts(place_pipe, "山东日照东港区的企业扩大生产。")


def test_an_everyday_county_name_needs_its_city_in_the_same_article():
    from baokan.annotators.language.divisions import gazetteer
    from baokan.annotators.language.place_candidates import _city_in

    gaz = gazetteer()
    row = next(r for r in gaz.by_code.values() if r["name"] == "富民县")  # 昆明's county, and a word
    assert _city_in("昆明市富民县的核桃丰收。", row, gaz)
    assert not _city_in("家具产业成为富民产业。", row, gaz)  # another article may name 昆明: not this one


def test_a_street_named_by_its_direction(place_pipe):
    found = place_texts(place_pipe, "天一亮,北街两旁摆满了年货,人们沿着北街走到城门口。")
    assert found.count("北街") == 2
    assert place_texts(place_pipe, "她到街上买菜。") == []
    assert "丰收东街道" in place_texts(place_pipe, "青田县丰收东街道的居民说。")  # a sub-district, not 东街


def test_a_village_whose_name_opens_with_a_verb_of_motion_after_its_county(place_pipe):
    assert "回龙村" in place_texts(place_pipe, "武汉市黄陂区回龙村的村民种上了新品种。")
    assert place_texts(place_pipe, "他们在黄陂区回村创业。") == ["黄陂区"]  # 回 + 村: going back to the village
    assert place_texts(place_pipe, "杭州市出台村规民约。") == ["杭州市"]  # a verb that is a word of its own


def test_a_village_without_its_suffix_after_its_township(place_pipe):
    found = place_texts(place_pipe, "梅州南福村种金柚。梅县区雁洋镇南福金柚基地很大。")
    assert found.count("南福村") == 1 and found.count("南福") == 1
    assert "南福" not in place_texts(
        place_pipe, "梅县区雁洋镇南福金柚基地很大。"
    )  # no village of that name on the page


def test_mountains_and_rivers_no_table_holds_beside_a_landform_word(place_pipe):
    found = place_texts(place_pipe, "车队翻过达坂山垭口,沿着黄河一级支流隆务河前行,来到西坝河流域。")
    assert {"达坂山", "隆务河", "西坝河"} <= set(found)
    assert place_texts(place_pipe, "他们翻过山头,下山后沿着河岸回家。") == []
