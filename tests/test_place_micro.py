"""Places, round 2: micro-toponyms no table holds (rivers, lakes, ridges, waterways, streets,
squares, old quarters), short forms, and table names that are no place where they stand
(made-up sentences in the style of the papers)."""

from __future__ import annotations

from conftest import place_texts


def test_rivers_lakes_ridges_and_waterways_beside_a_landform_word(place_pipe):
    found = place_texts(
        place_pipe,
        "调查组沿着赣江支流洛溪河上行，又在松岩湖畔采集水样。当年，部队在甲县与乙县交界的青峰岭设伏。"
        "暴雨后，污水经白沙江流域汇入干渠，最终流入西江汊道牛洲水道。",
    )
    assert {"洛溪河", "松岩湖", "青峰岭", "白沙江", "牛洲水道"} <= set(found)


def test_a_river_named_by_a_township_on_the_page(place_pipe):
    found = place_texts(place_pipe, "一级支流桃川河流过临澧县桃川镇，镇上的干部守在河边。")  # 桃川: 桃川镇's short form
    assert "桃川河" in found and "桃川" not in found


def test_a_verb_before_a_landform_word_names_no_lake(place_pipe):
    assert not any(t.endswith("湖") for t in place_texts(place_pipe, "音乐节串起湖畔的景区和民宿。"))


def test_compass_words_used_as_directions_are_no_places(place_pipe):
    assert place_texts(place_pipe, "考古发现显示，这一文化由东北向西南扩展。") == []
    assert "西南" not in place_texts(place_pipe, "西藏位于我国西南边陲。")
    assert "中西部" not in place_texts(place_pipe, "中西部地区积极发展新材料产业。")
    assert "华南" in place_texts(place_pipe, "华南的台风季节就要到了。")  # a region name, kept as before
    assert not any("西北" in t for t in place_texts(place_pipe, "遗址显示，冀西北地区可能是人群活动的重要区域。"))


def test_a_strategy_that_holds_a_region_is_no_place(place_pipe):
    assert "成渝地区双城经济圈" not in place_texts(place_pipe, "重庆推动成渝地区双城经济圈建设走深走实。")


def test_an_everyday_foreign_name_after_a_chinese_city_is_no_place(place_pipe):
    assert "万象" not in place_texts(place_pipe, "晚上，市民来到临江万象汇看电影。")  # a shopping mall
    assert "万象" in place_texts(place_pipe, "代表团从老挝万象出发。")


def test_a_place_before_a_named_street_is_a_place_of_its_own(place_pipe):
    found = place_texts(place_pipe, "在上海簋街、江苏苏州石路步行街，夜市人气旺。安徽桐城六尺巷的故事家喻户晓。")
    assert {"上海", "簋街", "桐城", "六尺巷"} <= set(found)
    assert "上海簋街" not in found and "桐城六尺巷" not in found


def test_a_road_named_after_a_bay_keeps_its_whole_name(place_pipe):
    assert "杏林湾路" in place_texts(place_pipe, "在福建厦门市集美区杏林湾路，服务中心排起了长队。")


def test_streets_opened_by_a_direction_or_after_a_preposition_of_place(place_pipe):
    found = place_texts(place_pipe, "华灯初上，北正街历史文化街区热闹起来。骑行队伍从亲水大街进入环湖绿道。")
    assert {"北正街", "亲水大街"} <= set(found)
    assert place_texts(place_pipe, "节日里，大街小巷张灯结彩。") == []


def test_a_road_that_runs_over_a_province_short_form(place_pipe):
    found = place_texts(place_pipe, "巡检时，她发现问题：明海南路这栋商业楼侧墙新开了一扇窗。")
    assert "明海南路" in found and "海南" not in found
    assert not any(t.endswith("南路") and "上海" in t for t in place_texts(place_pipe, "游客来到上海河南路一带。"))


def test_squares_named_after_a_place_and_old_quarters(place_pipe):
    assert "古樟广场" in place_texts(place_pipe, "穿过古樟广场，村党支部书记步履匆匆。")
    assert "清河坊" in place_texts(place_pipe, "临江市上城区清河坊历史街区一位店主说。")
    found = place_texts(place_pipe, "村里的文化广场人头攒动，吉田商务广场也很热闹，手工作坊街区正在改造。")
    assert not any(t.endswith(("广场", "坊")) for t in found)


def test_a_long_short_form_that_only_one_division_has(place_pipe):
    assert "霍尔果斯" in place_texts(place_pipe, "中欧班列开行量大增，“霍尔果斯—东大门”经济特区无水港成为热土。")


def test_an_everyday_short_form_paired_with_an_abstract_noun_is_no_place(place_pipe):
    text = "天津市各区都在行动。关系着地区乃至世界的和平与稳定。今天的亚洲，和平稳定是大势所趋。"
    assert "和平" not in place_texts(place_pipe, text)
    assert "和平" in place_texts(place_pipe, "天津市和平区的居民说，和平的街巷越来越干净。")


def test_a_broad_road_of_a_figure_of_speech_and_a_suffix_inside_a_word(place_pipe):
    assert place_texts(place_pipe, "两国携手走上互利共赢的康庄大道。") == []
    assert place_texts(place_pipe, "他指着清单”中城乡建设类别的第十条说。") == []


def test_a_landform_inside_a_longer_area_or_bay_name(place_pipe):
    found = place_texts(place_pipe, "“吕梁山区，粮食短缺。”江苏常州的太湖湾音乐节开幕了。")
    assert "吕梁山" not in found and "太湖" not in found
    assert "太湖" in place_texts(place_pipe, "无锡的太湖水质持续改善。")


def test_an_everyday_short_form_quoted_on_its_own_names_a_thing(place_pipe):
    text = "湖南湘西的游客来到夜市，孩子们举着晶莹剔透的“凤凰”笑逐颜开。"
    assert "凤凰" not in place_texts(place_pipe, text)


def test_a_free_trade_port_after_its_province(place_pipe):
    assert "海南自贸港" in place_texts(place_pipe, "海南自贸港全岛封关运作后，企业迎来新机遇。")


def test_an_adjective_before_a_community_is_a_description(place_pipe):
    assert not any(
        t.endswith("社区") for t in place_texts(place_pipe, "这一年，李家垅完整社区建设被纳入民生实事项目。")
    )
    assert "李家垅社区" in place_texts(place_pipe, "这一年，李家垅社区建设被纳入民生实事项目。")


def test_a_category_of_street_after_a_preposition_is_no_name(place_pipe):
    assert place_texts(place_pipe, "晚饭后，我们在夜市街逛了一圈，又去婚纱街看了看。") == []


def test_a_place_by_sound_introduced_as_its_countrys_town(place_pipe):
    found = place_texts(place_pipe, "位于里海之滨的卡拉套是哈萨克斯坦的能源重镇。从卡拉套市区驱车3小时，就到了油田。")
    assert found.count("卡拉套") == 2
    assert "伊兹巴萨罗夫" not in place_texts(place_pipe, "生产班长伊兹巴萨罗夫是哈萨克斯坦人。")


def test_a_short_form_jieba_counts_as_a_rare_word_after_a_preposition_of_place(place_pipe):
    """A county's or city's short form that jieba's dictionary counts as a common word, but a rare one
    (康定, 龙游, 铜仁: tagged n), is the place after a preposition or verb of place, as the short forms
    jieba tags as places are (从都江堰出发, 从凯里出发); not before a noun, a spot's locative or a person's
    frame, and not the everyday words and counts (平安, 三台) that need their city on the page."""
    assert place_texts(place_pipe, "记者从康定出发，前往泸定县。") == ["康定", "泸定县"]
    assert place_texts(place_pipe, "记者从都江堰出发，前往汶川县。") == ["都江堰", "汶川县"]
    assert place_texts(place_pipe, "抵达龙游后，调研组走访了三个村。") == ["龙游"]
    assert place_texts(place_pipe, "考察团从铜仁出发，一路向西。") == ["铜仁"]
    assert place_texts(place_pipe, "这批游客来自句容，都是第一次进藏。") == ["句容"]
    assert place_texts(place_pipe, "老人们在樟树下乘凉。") == []  # a tree (樟树, a city's short form too)
    assert place_texts(place_pipe, "居民爬到天台上晾晒被子。") == []  # a roof (天台)
    assert place_texts(place_pipe, "居民在天台晾晒被子。") == []  # 在: where the everyday noun stands
    assert place_texts(place_pipe, "他毕业后在大厂工作了三年。") == []  # a big firm (大厂, a county's short form)
    assert place_texts(place_pipe, "大家在左权将军的雕像前默哀。") == []  # the general the county is named after
    assert place_texts(place_pipe, "在康定看来，这件事并不难。") == []
    assert place_texts(place_pipe, "车队从平安出发。") == place_texts(place_pipe, "车队从三台出发。") == []
