"""Squares named after landmarks, and a village whose name jieba glues to its township's level
character (issue 19, session 11: made-up sentences in the style of city and legal papers)."""

from __future__ import annotations

from conftest import place_texts


def test_squares_named_after_landmarks(place_pipe):
    found = place_texts(place_pipe, "从钟楼广场到大雁塔北广场，非遗展演吸引了众多市民。")
    assert found == ["钟楼广场", "大雁塔北广场"]


def test_two_squares_of_one_landmark_printed_as_one(place_pipe):
    """钟楼东西广场: the east and west squares of the bell tower, one mention (docs/labels.md, s16 A5)."""
    assert place_texts(place_pipe, "游客在钟楼东西广场拍照留念。") == ["钟楼东西广场"]
    assert place_texts(place_pipe, "大雁塔南北广场游人如织。") == ["大雁塔南北广场"]
    assert place_texts(place_pipe, "市民在东西广场跳舞。") == []  # no landmark before the pair


def test_shopping_malls_and_descriptions_are_no_squares(place_pipe):
    assert place_texts(place_pipe, "在吾悦广场购物的市民不少。") == []
    assert place_texts(place_pipe, "站前广场人流密集。") == []
    assert place_texts(place_pipe, "新建的文化广场成为群众休闲的好去处。") == []


def test_village_after_a_township_whose_level_jieba_glues_on(place_pipe):
    found = place_texts(place_pipe, "原告李某是岔口乡下坪村村民，他与被告王某发生纠纷。")
    assert found == ["岔口乡", "下坪村"]


def test_level_words_in_everyday_phrases_stay_words(place_pipe):
    assert place_texts(place_pipe, "他常去镇上村民家走访，回到乡下村里。") == []


def test_numbered_roads_written_as_lines(place_pipe):
    assert place_texts(place_pipe, "重点推进S312线改造和G322线过境段建设。") == ["S312线", "G322线"]
    assert place_texts(place_pipe, "沿着国道318线一路向西，再转省道S205线。") == ["国道318线", "省道S205线"]


def test_lines_that_are_no_roads(place_pipe):
    assert place_texts(place_pipe, "地铁1号线开通，5G线路覆盖全城，国道两侧完成绿化。") == []


def test_a_community_name_never_opens_inside_a_road(place_pipe):
    found = place_texts(place_pipe, "在乌鲁木齐市天山区和平南路社区，各族居民紧紧抱在一起。")
    assert "南路社区" not in found and "乌鲁木齐市" in found


def test_the_pages_village_and_township_without_their_level_in_a_range(place_pipe):
    text = "在金寨县花石乡大湾村，科技特派员正在指导。从大湾到花石，再到县城，一条产业链正在形成。"
    found = place_texts(place_pipe, text)
    assert found[-2:] == ["大湾", "花石"]


def test_a_short_form_inside_a_longer_word_stays_a_word(place_pipe):
    found = place_texts(place_pipe, "在大湾村，村民说：到大湾区打工的年轻人回来了。")
    assert "大湾" not in found and "大湾村" in found


def test_a_city_after_a_preposition_that_jieba_tags_as_a_name(place_pipe):
    assert place_texts(place_pipe, "他从嘉兴出发，到义乌办事。") == ["嘉兴", "义乌"]


def test_a_name_after_zai_in_a_persons_frame(place_pipe):
    assert place_texts(place_pipe, "在许昌看来，这个问题不难。") == []
    assert place_texts(place_pipe, "王嘉兴说，这事不难。") == []


def test_a_county_never_swallowed_into_a_road(place_pipe):
    assert place_texts(place_pipe, "单县单丰路改造完成。") == ["单县", "单丰路"]
    assert place_texts(place_pipe, "沛县汉城路夜市开街。") == ["沛县", "汉城路"]


def test_a_township_named_by_everyday_words_standing_alone_after_zai(place_pipe):
    assert place_texts(place_pipe, "在牛角湾乡，记者看到新修的水渠。") == ["牛角湾乡"]


def test_kinds_of_village_after_zai_stay_no_names(place_pipe):
    assert place_texts(place_pipe, "在新农村，记者看到新修的水渠。来到示范村，村民正在忙。") == []


def test_counties_after_cong_and_dao(place_pipe):
    found = place_texts(place_pipe, "从炎陵到桂东，再到汝城，红色旅游线路串珠成链。")
    assert found == ["炎陵", "桂东", "汝城"]


def test_a_road_before_a_house_number_over_jiebas_word(place_pipe):
    found = place_texts(place_pipe, "家住长沙市岳麓区桐梓坡路188号的王女士报警称。")
    assert found == ["长沙市", "岳麓区", "桐梓坡路"]
