"""The landform reader over ``landform_cues.tsv`` and its two readings: the place grammar's first
round (``LANDFORMS``) and its fifth (``place_nature.NATURE``) (made-up sentences in the style of the
papers)."""

from __future__ import annotations

import pytest
from conftest import place_texts

from baokan.annotators.core import lexicon
from baokan.annotators.language.place_grammar import Known
from baokan.annotators.language.place_landforms import HEAD_KINDS, LANDFORMS, find_cued, find_landforms_cued
from baokan.annotators.language.place_nature import NATURE
from baokan.annotators.language.place_words import Boundaries


def _read(text: str, reading, places=()) -> list:
    return [text[g.start : g.end] for g in find_cued(Boundaries(text), Known(list(places)), reading)]


def test_the_cue_table_names_known_heads_and_sides_once():
    rows = lexicon.read_table("landform_cues").rows
    keys = [(r["word"], r["side"]) for r in rows]
    assert len(keys) == len(set(keys)) > 50
    for r in rows:
        assert r["side"] in ("after", "before", "glued")
        heads = r["heads"].split()
        assert heads and set(heads) <= set(HEAD_KINDS), r
        assert set(heads) & set(LANDFORMS.heads + NATURE.heads), r
    assert set(LANDFORMS.heads) | set(NATURE.heads) == set(HEAD_KINDS)


@pytest.mark.parametrize(
    "text, place",
    [
        ("村子坐落在青崖山山麓,四周都是茶园。", "青崖山"),  # 山麓 after a mountain
        ("考察队在雾岚岭山脚扎营。", "雾岚岭"),  # 山脚 after a ridge
        ("松涛山山口的风很大。", "松涛山"),  # 山口
        ("志愿者攀登苍翎山,在山顶插上红旗。", "苍翎山"),  # 攀登 before a mountain
        ("他们翻越苍岩岭后,抵达了牧场。", "苍岩岭"),  # 翻越
        ("甲县与乙县交界处的黛青岭,林木茂密。", "黛青岭"),  # 交界处的
        ("项目在柳渠河上游新建了两座水坝。", "柳渠河"),  # 上游 after a river
        ("樟溪江下游的村庄都通了自来水。", "樟溪江"),  # 下游
        ("专家来到梅陇河源头取样。", "梅陇河"),  # 源头
        ("沿着白岩河河谷修了一条公路。", "白岩河"),  # 河谷
        ("枫林河干流的堤防已经加固。", "枫林河"),  # 干流 after
        ("在干流桑洲河的沿岸种下柳树。", "桑洲河"),  # 干流 before
        ("芦溪河穿城而过,两岸绿树成荫。", "芦溪河"),  # 穿城而过
        ("雨季,沙陀河流过村口。", "沙陀河"),  # 流过
        ("古镇依偎在霞浦河河畔。", "霞浦河"),  # 河畔
        ("整治石溪河河段的淤泥。", "石溪河"),  # 河段
        ("游船驶向碧澄湖湖心的小岛。", "碧澄湖"),  # 湖心 after a lake
        ("栈道沿着翠微湖湖岸延伸。", "翠微湖"),  # 湖岸
        ("工人们清理了蒲塘湖水域的水葫芦。", "蒲塘湖"),  # 水域
        ("山洪注入桂阳江,水位猛涨。", "桂阳江"),  # 注入 before a river
        ("上游来水汇入鹤鸣江后奔流向东。", "鹤鸣江"),  # 汇入
        ("清澈的溪水流入洛塘河。", "洛塘河"),  # 流入
    ],
)
def test_cue_words_moved_from_the_first_round_into_the_table(place_pipe, text, place):
    assert place in place_texts(place_pipe, text)


def test_each_reading_reads_the_other_readings_words():
    assert "柳渠河" in _read("小船横跨柳渠河。", LANDFORMS)  # 横跨 was the fifth round's
    assert "蒲塘湖" in _read("工人们前往蒲塘湖清淤。", LANDFORMS)  # 前往 too
    assert "柳渠河" in _read("项目在柳渠河上游新建水坝。", NATURE)  # 上游 was the first round's
    assert "苍岩岭" in _read("他们翻过苍岩岭。", NATURE)  # 翻过 too


def test_each_reading_keeps_its_own_heads():
    assert _read("门前流经白渚溪。", LANDFORMS) == []  # 溪 is the fifth round's head
    assert _read("污水最终流入牛洲水道。", NATURE) == []  # 水道 the first round's
    text = "污水最终流入牛洲水道。"
    assert [text[g.start : g.end] for g in find_landforms_cued(Boundaries(text), [])] == ["牛洲水道"]


def test_each_reading_keeps_its_own_name_test():
    text = "某某镇零溪河支流很多。"
    assert _read(text, LANDFORMS, [(3, 5)]) == ["零溪河"]  # a known place names the river (零溪|河)
    text = "浙江义乌柳溪段河流清澈。"
    assert _read(text, NATURE, [(2, 4)]) == ["柳溪"]  # one character after its place
    assert _read(text, LANDFORMS, [(2, 4)]) == []  # two characters at least


def test_a_doubled_head_opens_the_cue_word_and_ends_no_name(place_pipe):
    for reading in (LANDFORMS, NATURE):
        assert _read("长廊沿着鸣翠湖湖畔铺开。", reading) == ["鸣翠湖"]
        assert _read("整治石溪河河段的淤泥。", reading) == ["石溪河"]
    assert place_texts(place_pipe, "夜幕下的桐江江畔灯火通明。") == []  # not 桐江江
