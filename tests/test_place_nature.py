"""Places, round 5: natural features beside the words only they take, waterfalls, traditional villages,
ranges and gorges, the edges of area names, and names by sound beside a province (made-up sentences
in the style of the papers)."""

from __future__ import annotations

import pytest
from conftest import place_texts


@pytest.mark.parametrize(
    "text, place",
    [
        ("大桥飞跨北盘江段,天堑变通途。", "北盘江"),  # jieba knows the river; 段 after it
        ("傍晚,锦州湾畔渔火点点。", "锦州湾"),  # a bay before 畔
        ("岷山主峰雪宝顶终年积雪。", "雪宝顶"),  # a peak after 主峰
        ("老屋背靠青岚山,门前流经白渚溪。", "白渚溪"),  # a stream after 流经
        ("游客们前往青泥溪,沿岸步道已经修好。", "青泥溪"),  # a stream after a verb of going
        ("雨后,瓦嵩瀑布飞流直下。", "瓦嵩瀑布"),  # a waterfall's own name
        ("走进桐岙传统村落,石板路蜿蜒。", "桐岙传统村落"),  # a named traditional village
        ("秦巴之间,大巴山脉连绵起伏。", "大巴山脉"),  # a range after a mountain of the tables
        ("夏日的洞庭湖畔,游人如织。", "洞庭湖"),  # jieba writes 洞庭湖畔 as one word
    ],
)
def test_natural_features_beside_their_words(place_pipe, text, place):
    assert place in place_texts(place_pipe, text)


def test_a_gorge_after_a_place_but_not_a_kind_of_gorge(place_pipe):
    assert "金口河大峡谷" in place_texts(place_pipe, "四川乐山市金口河区的金口河大峡谷全长约30公里。")
    found = place_texts(place_pipe, "大桥跨越高山峡谷,也走进秘境峡谷。")
    assert not any(t.endswith("峡谷") for t in found)  # 高山 and 秘境 describe a gorge, they do not name one


def test_a_waterfall_after_de_is_a_kind_described(place_pipe):
    assert not any("瀑布" in t for t in place_texts(place_pipe, "这里有我国知名的钙华瀑布。"))


def test_a_one_character_stream_after_its_place(place_pipe):
    found = place_texts(place_pipe, "浙江义乌柳溪段河流清澈见底。")
    assert {"义乌", "柳溪"} <= set(found)


@pytest.mark.parametrize(
    "text, word",
    [
        ("这背后,折射出乡镇正在发生的变化。", "折射出乡"),  # 乡 opens the word 乡镇
        ("窑址位于落马桥清代镇窑遗址。", "桥清代镇"),  # a dynasty inside the name
        ("镇级河长每周巡河一次。", "镇级河"),  # a river chief's level
    ],
)
def test_area_names_that_name_no_place(place_pipe, text, word):
    assert word not in place_texts(place_pipe, text)


def test_a_site_noun_before_a_village_is_cut_off(place_pipe):
    found = place_texts(place_pipe, "陕西宝鸡市周原遗址凤鸣村南侧出土了卜骨。")
    assert "凤鸣村" in found and "遗址凤鸣村" not in found


def test_a_province_beside_sound_characters(place_pipe):
    assert "北京" in place_texts(place_pipe, "航空公司将逐步加密北京、广州航线。")
    assert "四川" in place_texts(place_pipe, "技术用于四川达古冰川保护。")


def test_a_foreign_place_closed_by_a_verb(place_pipe):
    assert "阿巴坎" in place_texts(place_pipe, "该趟班列从俄罗斯阿巴坎发出,运抵内陆。")


def test_a_compass_word_before_an_edge_is_a_direction(place_pipe):
    assert "西南" not in place_texts(place_pipe, "景区地处四川盆地西南边缘。")


def test_rivers_and_ranges_of_the_tables(place_pipe):
    found = place_texts(place_pipe, "可可西里的藏羚羊越来越多,小清河的水也清了。")
    assert {"可可西里", "小清河"} <= set(found)
