"""Places on pages of other papers (county, city, evening, legal and police papers): lists of
townships, streets named by a crossing, kinds of village that name no village, and names read once
that the rest of the page repeats (made-up sentences in the style of those papers)."""

from __future__ import annotations

from conftest import place_texts


def test_township_short_forms_in_a_list_closed_by_a_level_word(place_pipe):
    found = place_texts(place_pipe, "调研组连续三天走访了梓桐、汾口、威坪、临岐等乡镇，了解茶园管护情况。")
    assert found == ["梓桐", "汾口", "威坪", "临岐"]


def test_alone_a_township_short_form_stays_refused(place_pipe):
    assert place_texts(place_pipe, "梓桐的茶农说，今年春茶比往年早上市一周。") == []


def test_a_listed_township_is_a_place_elsewhere_on_the_page(place_pipe):
    found = place_texts(place_pipe, "梓桐的茶农说，今年春茶上市早。记者随后走访了梓桐、汾口、威坪等乡镇。")
    assert found.count("梓桐") == 2


def test_siblings_of_a_township_named_in_full(place_pipe):
    found = place_texts(place_pipe, "民警先后在淳安县汾口镇、梓桐、威坪等地设卡检查过往车辆。")
    assert {"淳安县", "汾口镇", "梓桐", "威坪"} <= set(found)


def test_a_list_of_everyday_words_vouches_for_nothing(place_pipe):
    found = place_texts(place_pipe, "活动围绕和平、幸福、团结等主题展开。")
    assert found == []


def test_a_count_before_a_police_station_is_no_place(place_pipe):
    assert place_texts(place_pipe, "当晚，县公安局联合五家派出所开展清查行动。") == []


def test_a_county_short_form_before_a_statutory_zone(place_pipe):
    assert "东山" in place_texts(place_pipe, "东山经济技术开发区今年新签约项目5个。")


def test_kinds_of_village_and_a_verb_of_going_to_villages_name_no_village(place_pipe):
    assert place_texts(place_pipe, "这里已经成为远近闻名的民宿村和示范村。") == []
    assert place_texts(place_pipe, "县里新选派驻村第一书记32名，充实基层力量。") == []
    assert place_texts(place_pipe, "在金竹村，驻村工作队帮助村民把茶园管了起来。") == ["金竹村"]


def test_a_street_does_not_open_with_its_community(place_pipe):
    found = place_texts(place_pipe, "居民反映，东城社区杜家巷的路灯坏了好几盏。")
    assert "杜家巷" in found and "社区杜家巷" not in found


def test_a_street_named_by_a_crossing_and_its_other_mentions(place_pipe):
    found = place_texts(place_pipe, "事故发生在沪闵路莲花路口。交警提醒，前往莲花路的车辆请提前绕行。")
    assert found.count("莲花路") == 2 and "路口" not in found and "莲花" not in found
    assert place_texts(place_pipe, "全市在16处道路分流路口安装了防撞设施。") == []


def test_grid_streets(place_pipe):
    assert {"经一路", "纬三路"} <= set(place_texts(place_pipe, "园区内新建了经一路、纬三路等道路。"))


def test_a_river_read_once_is_that_river_elsewhere_on_the_page(place_pipe):
    found = place_texts(place_pipe, "调查组沿洛溪河流域走访了沿岸村庄。顺着洛溪河一路向东，风景秀丽。")
    assert found.count("洛溪河") == 2


def test_a_township_named_once_is_that_township_elsewhere(place_pipe):
    found = place_texts(place_pipe, "南京新街口人流如织。新街口核心区汇集了大量商场。")
    assert found.count("新街口") == 2


def test_a_city_only_one_division_is_named_so(place_pipe):
    assert place_texts(place_pipe, "假期里，游客从张家界出发，一路向西。") == ["张家界"]
    assert place_texts(place_pipe, "连云港港口吞吐量再创新高。") == ["连云港"]


def test_a_street_before_a_word_of_where(place_pipe):
    assert "道山路" in place_texts(place_pipe, "热线反映，福州鼓楼区道山路旁的排水沟堵了。")
    assert place_texts(place_pipe, "记者来到位于康南路北侧的农贸市场。") == ["康南路"]
    assert place_texts(place_pipe, "在回家路上，他看见路边停着一辆车。") == []
    assert place_texts(place_pipe, "加油站位于公路旁。") == []


def test_where_a_street_runs_is_no_part_of_its_name(place_pipe):
    assert place_texts(place_pipe, "这条小路没有路名，西连西河路，东接凤湖路。") == ["西河路", "凤湖路"]


def test_a_short_form_repeated_before_another_head_names_another_thing(place_pipe):
    found = place_texts(place_pipe, "记者走访了梓桐、汾口、威坪等乡镇，又去了梓桐桥。")
    assert found == ["梓桐", "汾口", "威坪"]


def test_a_classifier_after_a_count_opens_no_name(place_pipe):
    assert place_texts(place_pipe, "巡逻车把镇上每条主要街道都走了一遍。") == []


def test_a_river_before_its_tributary(place_pipe):
    found = place_texts(place_pipe, "新建的水库位于甘溪河支流柳溪河的上游。")
    assert {"甘溪河", "柳溪河"} <= set(found)


def test_a_list_closed_by_a_count_of_towns(place_pipe):
    assert place_texts(place_pipe, "隧道通车后，梓桐、汾口两镇群众出行更方便了。") == ["梓桐", "汾口"]
    assert place_texts(place_pipe, "红旗三村的村民用上了自来水。") == ["红旗三村"]


def test_rivers_listed_and_closed_by_a_count_of_rivers(place_pipe):
    found = place_texts(place_pipe, "县域内有白沙河、青龙河、小清河等5条河流穿过。")
    assert found == ["白沙河", "青龙河", "小清河"]
    assert place_texts(place_pipe, "要把大江大河、小河小溪都管护起来。") == []


def test_a_preposition_inside_a_street_name_makes_a_phrase(place_pipe):
    assert place_texts(place_pipe, "几个自然村沿大道成条状分布。") == []


def test_a_city_named_like_a_township_and_a_prefecture_by_its_old_name(place_pipe):
    assert place_texts(place_pipe, "他每周都要坐高铁去石家庄。") == ["石家庄"]
    assert place_texts(place_pipe, "该州东与定西、陇南地区毗邻。") == ["定西", "陇南"]


def test_a_village_name_that_holds_a_listed_township(place_pipe):
    found = place_texts(place_pipe, "副县长一行走访了马安、香口等乡镇，随后来到香口乡上香口村，了解大棚蔬菜长势。")
    assert "上香口村" in found and found.count("香口") == 1


def test_a_name_ending_in_duo_is_a_village_name(place_pipe):
    assert place_texts(place_pipe, "下午两点多，我们到达了龙多村。") == ["龙多村"]


def test_streets_in_a_closure_notice(place_pipe):
    found = place_texts(place_pipe, "即日起，桂园路至兴华街路段封闭施工，车辆请走枫林路—樟台北路—港湾大道绕行。")
    assert {"桂园路", "兴华街", "枫林路", "樟台北路", "港湾大道"} <= set(found)
    assert not any(t.startswith(("请走", "绕行")) for t in found)


def test_a_verb_before_a_street_is_no_part_of_it(place_pipe):
    found = place_texts(place_pipe, "施工期间将占用丹溪路与西城路交叉口，车辆可绕行太榆路、北营南路。")
    assert {"丹溪路", "西城路", "太榆路"} <= set(found) and "占用丹溪路" not in found


def test_a_place_before_a_listed_street_stands_on_its_own(place_pipe):
    found = place_texts(place_pipe, "游客爱逛北京簋街、合肥市罍街这样的美食街区。")
    assert "北京簋街" not in found and "合肥市罍街" not in found


def test_an_organ_vouches_for_a_two_character_county(place_pipe):
    found = place_texts(place_pipe, "沛县人民法院近日审结一起案件，被告人在沛县一家工厂打工。")
    assert found == ["沛县", "沛县"]
    assert place_texts(place_pipe, "市人民政府和县人民政府联合发文。") == []
    assert place_texts(place_pipe, "市委和县委高度重视这项工作。") == []
