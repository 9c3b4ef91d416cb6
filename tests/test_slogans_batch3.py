"""Slogan classes of the third batch of entity gold (issue 19), on made-up pages.

Lexicon version 4 by class (five-year plans by ordinal, the five connections, short forms of listed
formulas), the extent of a variant that adds 精神/发展 to its canonical form, lists of formulas split
into their items, and the shapes of parallel series and ``+`` formulas.
"""

from __future__ import annotations

from conftest import slogan_forms


def test_five_year_plans_by_ordinal_and_the_five_connections(slogan_pipe):
    got = slogan_forms(
        slogan_pipe,
        "从第二个五年计划到第十三个五年规划，临江港的吞吐量翻了几番。"
        "港口以设施联通带动贸易畅通，以资金融通和民心相通拓展合作，政策沟通也更顺畅。",
    )
    for phrase in ("第二个五年计划", "第十三个五年规划", "设施联通", "贸易畅通", "资金融通", "民心相通", "政策沟通"):
        assert phrase in got, phrase


def test_short_forms_and_suffix_extents_of_listed_formulas(slogan_pipe):
    got = slogan_forms(
        slogan_pipe,
        "百年变局加速演进，临江县坚持创新驱动，在长三角一体化发展中找准位置。"
        "全县干部锲而不舍落实中央八项规定精神，为强国建设和民族复兴贡献力量。",
    )
    assert got.get("百年变局") == "百年未有之大变局"
    assert got.get("创新驱动") == "创新驱动发展战略"
    assert "长三角一体化发展" in got and "长三角一体化" not in got
    assert "中央八项规定精神" in got and "中央八项规定" not in got
    assert "强国建设" in got and "民族复兴" in got


def test_a_list_of_formulas_is_split_into_its_items(slogan_pipe):
    got = slogan_forms(slogan_pipe, "必须坚持科技是第一生产力、人才是第一资源、创新是第一动力，深入实施人才强国战略。")
    for phrase in ("科技是第一生产力", "人才是第一资源", "创新是第一动力"):
        assert phrase in got, phrase
    assert not any(len(t) > 10 for t in got), got
    # a pair of four-character formulas stays whole
    assert "解放思想、实事求是" in slogan_forms(slogan_pipe, "坚持解放思想、实事求是，推动各项工作。")


def test_people_s_city_is_the_core_of_its_idea(slogan_pipe):
    got = slogan_forms(slogan_pipe, "临江市深入践行人民城市理念，建设完整社区，稳步推进城中村和危旧房改造。")
    assert "人民城市" in got and "人民城市理念" not in got
    assert "完整社区" in got and "稳步推进城中村和危旧房改造" in got


def test_a_quote_the_text_calls_a_model_or_an_idea(slogan_pipe):
    got = slogan_forms(
        slogan_pipe,
        "临江县推行“村民点菜、干部掌勺”的服务模式，把“远亲不如近邻”的文化传统用到调解中。"
        "他笑着说：“这事我们得好好商量。”",
    )
    assert "村民点菜、干部掌勺" in got and "远亲不如近邻" in got
    assert not any("商量" in t for t in got), got


def test_plus_formulas_of_two_character_sectors_sharing_a_character(slogan_pipe):
    got = slogan_forms(slogan_pipe, "景区推进“夜游+夜食”融合发展，街道建立“警格+网格”联动机制，小店卖起“馒头+咸菜”。")
    assert "夜游+夜食" in got and "警格+网格" in got
    assert "馒头+咸菜" not in got


def test_common_metaphors_are_no_formulations(slogan_pipe):
    got = slogan_forms(slogan_pipe, "过去河道管理“九龙治水”，如今临江县搭起改革的“四梁八柱”，推行“河长制”。")
    assert "九龙治水" not in got and "四梁八柱" not in got


def test_quotes_side_by_side_that_name_methods(slogan_pipe):
    got = slogan_forms(
        slogan_pipe,
        "临江县推行“院坝夜话”“田埂走访”等调研工作法，干部随机走进农户。骗子常用“高薪招工”“稳定兼职”等话术。",
    )
    assert "院坝夜话" in got
    assert "高薪招工" not in got and "稳定兼职" not in got
    from baokan.annotators.language.slogan_quotes import judged_quotes

    features = {
        q.inner: j.features
        for q, j in judged_quotes("推行“院坝夜话”“田埂走访”等调研工作法。常用“高薪招工”“稳定兼职”等话术。")
    }
    assert "examples" not in features["田埂走访"] and "examples" in features["稳定兼职"]


def test_quoted_parallel_series_of_one_length(slogan_pipe):
    got = slogan_forms(
        slogan_pipe,
        "两国要做“好邻居、好伙伴、好朋友”，新区明确了“绿色、智慧、开放、共享”四个方面的内涵。"
        "招聘广告写着“包吃包住、报销机票、专人接送”。",
    )
    assert "好邻居、好伙伴、好朋友" in got and "绿色、智慧、开放、共享" in got
    assert "包吃包住、报销机票、专人接送" not in got
