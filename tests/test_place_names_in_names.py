"""Towns that act and places inside other names (issue 19, session 11: made-up sentences in the style
of county and city papers)."""

from __future__ import annotations

from conftest import place_texts


def test_a_town_whose_name_is_a_word_acts(place_pipe):
    text = "桃花镇积极配合项目征迁工作。镇党委书记表示，桃花镇将全力保障工程建设用地。"
    assert place_texts(place_pipe, text) == ["桃花镇", "桃花镇"]


def test_a_town_whose_name_is_a_word_after_a_preposition(place_pipe):
    assert place_texts(place_pipe, "在桃花镇，记者看到新建的文化广场。") == ["桃花镇"]


def test_a_kind_of_town_is_no_town(place_pipe):
    assert place_texts(place_pipe, "要加快中心镇建设，各中心镇要发挥辐射作用。") == []
    assert place_texts(place_pipe, "重点镇、中心镇要率先发展。") == []


def test_a_city_inside_a_mountain_park(place_pipe):
    assert place_texts(place_pipe, "经过半年施工，白佛山公园提升改造工程日前完工。") == []


def test_the_city_before_its_own_park_stays(place_pipe):
    assert place_texts(place_pipe, "游客在佛山公园散步。") == ["佛山"]


def test_clipped_longjiang_before_water_works(place_pipe):
    assert place_texts(place_pipe, "龙江水利枢纽工程二期已完成总工程量的七成。") == []
    assert place_texts(place_pipe, "龙江大地冰雪旅游持续升温。") == ["龙江"]


def test_industrial_park_after_its_city_is_one_zone(place_pipe):
    assert place_texts(place_pipe, "记者从苏州工业园区获悉，园区一季度新增高新技术企业50家。") == ["苏州工业园区"]


def test_industrial_park_with_no_division_before_is_no_zone(place_pipe):
    assert place_texts(place_pipe, "开展工业园区安全检查。") == []
    assert place_texts(place_pipe, "公司在华侨工业园区建厂。") == []


def test_the_country_inside_a_slogan_is_no_mention(place_pipe):
    assert place_texts(place_pipe, "助力平安中国建设。") == []
    assert place_texts(place_pipe, "在推进中国式现代化的新征程上，坚持中国特色社会主义。") == []


def test_the_country_in_running_text_beside_a_slogan(place_pipe):
    assert place_texts(place_pipe, "推进健康中国建设，中国人民健康水平不断提高。") == ["中国"]


def test_yanhe_is_along_the_river_before_what_lies_along_it(place_pipe):
    assert place_texts(place_pipe, "市防汛指挥部在沿河乡镇组织演练，沿河两岸的村庄转移群众。") == []
    assert place_texts(place_pipe, "沿河地区降雨量大。") == []


def test_yanhe_the_county_standing_alone(place_pipe):
    assert place_texts(place_pipe, "在沿河，土家族群众载歌载舞。") == ["沿河"]
