"""Names no table holds that a list of places vouches for (issue 19, session 11: made-up sentences in
the style of county, city and regional papers), and the lists that name no place (guards)."""

from __future__ import annotations

from conftest import place_texts


def _records(pipe, text: str):
    from baokan.annotators.core.document import Document
    from baokan.cli.writers import article_records, to_dict

    doc = pipe(Document(doc="test", text=text))
    return [e for r in article_records(doc) for e in to_dict(r)["entities"] if e["label"] == "place"]


def test_township_short_forms_closed_by_dengdi(place_pipe):
    found = place_texts(place_pipe, "桐乡市组织干部赴崇福、河山等地学习经验。")
    assert {"崇福", "河山"} <= set(found)


def test_known_items_vouch_for_the_unknown_one(place_pipe):
    found = place_texts(place_pipe, "工作组先后到石桥镇、双河、黄泥坳等地走访。")
    assert "黄泥坳" in found


def test_first_item_after_a_preposition(place_pipe):
    found = place_texts(place_pipe, "桐乡市在乌镇、濮院镇、石门镇和洲泉镇等地组织农技人员下田。")
    assert {"乌镇", "濮院镇", "石门镇", "洲泉镇"} <= set(found)


def test_village_names_closed_by_dengdi(place_pipe):
    found = place_texts(place_pipe, "当天上午，救援队员在五里铺、杨家湾、王家坝等地转移群众。")
    assert {"五里铺", "杨家湾", "王家坝"} <= set(found)


def test_short_forms_of_the_pages_townships(place_pipe):
    text = "该院在岔口乡设立巡回审判点。近年来，该院先后在岔口、石门、黄土梁、大河坝等乡镇设立巡回审判点8个。"
    found = place_texts(place_pipe, text)
    assert {"岔口", "石门", "黄土梁", "大河坝"} <= set(found)


def test_banners_without_qi(place_pipe):
    found = _records(place_pipe, "宣讲团深入正蓝、镶黄、阿巴嘎、苏尼特左等旗县的嘎查牧户。")
    names = {e["text"]: e.get("full_name") for e in found}
    assert names["正蓝"] == "正蓝旗" and names["苏尼特左"] == "苏尼特左旗"
    assert {"镶黄", "阿巴嘎"} <= set(names)


def test_banner_over_a_shorter_name(place_pipe):
    found = place_texts(place_pipe, "巴林左、巴林右、阿鲁科尔沁等旗县受灾较重。")
    assert {"巴林左", "巴林右", "阿鲁科尔沁"} <= set(found) and "巴林" not in found


# -- guards: lists of things, people and words


def test_lists_of_sites_are_no_places(place_pipe):
    assert place_texts(place_pipe, "民警在车站、码头、商场等地张贴反诈海报。") == []
    assert place_texts(place_pipe, "执法人员先后在菜市场、批发市场和夜市等地巡查。") == []
    assert place_texts(place_pipe, "在城区、乡镇、村居等地设立服务点。") == []


def test_people_before_a_level_word_that_opens_a_longer_word(place_pipe):
    assert place_texts(place_pipe, "张明、李强等村干部参加了培训。") == []


def test_a_count_item_spoils_a_list_with_nothing_known(place_pipe):
    assert place_texts(place_pipe, "增设停车位340多万个、养老托育等社区服务设施6.4万个。") == []


def test_open_list_needs_two_known_items(place_pipe):
    assert place_texts(place_pipe, "他先后在企业、学校和机关工作，积累了经验。") == []


def test_streets_closed_by_jiexiang(place_pipe):
    found = place_texts(place_pipe, "辖区内的东坡路、仁和路、长生路等街巷，他都了如指掌。")
    assert found == ["东坡路", "仁和路", "长生路"]


def test_streams_closed_by_heliu(place_pipe):
    found = place_texts(place_pipe, "汛期，沙河、清水河、黑水沟等河流水位上涨。")
    assert "黑水沟" in found


def test_lanes_that_are_kinds_of_road_are_no_places(place_pipe):
    assert place_texts(place_pipe, "在主干道、背街小巷等路段加强巡逻。") == []


def test_open_list_of_the_pages_townships_closed_by_an_ellipsis(place_pipe):
    text = "周庄、同里、甪直……在江南水乡，古镇焕发活力。在吴江区同里镇，古建筑修缮一新。昆山市周庄镇推出线路。"
    found = place_texts(place_pipe, text)
    assert {"周庄", "同里", "甪直"} <= set(found)


def test_a_listed_name_is_that_place_again_on_the_page(place_pipe):
    found = place_texts(place_pipe, "工作组先后到石桥镇、双河、黄泥坳等地走访。黄泥坳的村民说，路修好了。")
    assert found.count("黄泥坳") == 2


def test_a_list_of_firms_holds_no_places(place_pipe):
    assert place_texts(place_pipe, "来自阿里、腾讯、字节等公司的工程师参加了活动。") == []
    assert place_texts(place_pipe, "在华为、比亚迪、宁德时代等企业参观学习。") == []


def test_places_before_a_count_of_bodies_stay_places(place_pipe):
    assert place_texts(place_pipe, "在杭州、宁波两家医院开展试点。") == ["杭州", "宁波"]


def test_the_last_item_of_an_open_list_cut_at_its_level(place_pipe):
    found = place_texts(place_pipe, "会上，城南镇、石坝乡、牛角湾乡作了交流发言。")
    assert found == ["城南镇", "石坝乡", "牛角湾乡"]


def test_an_open_list_runs_into_no_other_word(place_pipe):
    assert place_texts(place_pipe, "城南镇、石坝乡、各村干部参加培训。") == ["城南镇", "石坝乡"]


def test_county_level_cities_closed_by_a_count_of_cities(place_pipe):
    assert place_texts(place_pipe, "张家港、常熟、太仓三市联合开展执法检查。") == ["张家港", "常熟", "太仓"]


def test_people_before_a_word_opening_with_shi_are_no_list(place_pipe):
    assert place_texts(place_pipe, "张三、李四等市民代表参加了听证会。") == []


def test_districts_written_without_qu_before_a_closing_qu(place_pipe):
    found = place_texts(place_pipe, "芙蓉、天心、开福、雨花等区的市民积极参与。")
    assert found == ["芙蓉", "天心", "开福", "雨花"]


def test_two_counties_of_one_city_listed_together(place_pipe):
    assert place_texts(place_pipe, "科左中旗、科左后旗牧民积极参与。") == ["科左中旗", "科左后旗"]


def test_everyday_words_that_complete_to_a_county_are_no_list_of_places(place_pipe):
    assert place_texts(place_pipe, "江山、长安、平安。") == []


# -- a township's old name whose tail is another township's name (session 18, blind reading of county papers)


def test_old_township_name_whose_tail_is_a_known_township(place_pipe):
    # 小黄庄乡 is no row of the 2025 table; 黄庄乡 is a township of other counties
    found = place_texts(place_pipe, "县领导先后深入柳湾镇、小黄庄乡、高桥镇、三里店乡等乡镇，督导秋粮收储工作。")
    assert "小黄庄乡" in found and "黄庄乡" not in found


def test_old_township_name_in_a_list_without_closing_word(place_pipe):
    found = place_texts(place_pipe, "调研组先后来到高桥镇、小黄庄乡、柳湾镇和三里店乡，查看秸秆禁烧工作。")
    assert "小黄庄乡" in found and "黄庄乡" not in found


def test_a_modifier_before_a_known_township_is_no_part_of_its_name(place_pipe):
    found = place_texts(place_pipe, "工作组先后深入原黄庄乡、柳湾镇、高桥镇等乡镇摸排险情。")
    assert "黄庄乡" in found and "原黄庄乡" not in found
    found = place_texts(place_pipe, "工作组先后深入南部黄庄乡、柳湾镇、高桥镇等乡镇摸排险情。")
    assert "黄庄乡" in found and "南部黄庄乡" not in found


def test_a_known_township_that_opens_an_item_stays(place_pipe):
    found = place_texts(place_pipe, "干部先后走访高桥镇新华村、柳湾镇东关村、陈桥镇等地。")
    assert {"高桥镇", "新华村", "陈桥镇"} <= set(found) and "高桥镇新华村" not in found


def test_front_of_an_old_name():
    from baokan.annotators.language.place_old_names import _front_is_name

    assert _front_is_name("小") and _front_is_name("大") and _front_is_name("后王")
    for front in ("原", "前", "该", "各", "全", "我", "本", "县", "南部", "城区", "桐乡", "x"):
        assert not _front_is_name(front), front
