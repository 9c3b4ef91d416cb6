"""Officials left open on the fitting pages (issue 19, session 18): the heads of research institutes named
by their short forms and of bodies a university's short name opens, a department of a firm that runs a
venue, a think tank's council, a given name that is a dictionary word before an idiom, and the river a
river chief is of before the ordinal of the post. Every sentence here is made up for the test; each rule
has a sentence where it must not fire."""

from __future__ import annotations

from test_officials_other_papers import officials

from baokan.annotators.language.private_bodies import (
    council_of_no_public_body,
    non_official_bodies,
    private_department,
    university_opens,
)

# -- research institutes by their short forms (academic_bodies.tsv, institute)


def test_heads_of_research_institutes_named_by_their_short_forms_are_no_officials():
    text = (
        "中科院大连化物所所长韩立峰表示，催化研究取得新进展。兰州化物所副所长邵明远介绍了实验情况。"
        "地理所所长郝建平认为，要加强流域综合治理研究。"
    )
    assert officials(text) == {}


def test_public_stations_named_with_suo_stay_officials():
    text = (
        "城关派出所所长严立新说，辖区治安平稳。镇司法所所长祁永红介绍了调解情况。"
        "县看守所所长米俊峰参加会议。乡财政所所长卜晓东汇报了预算。县水利局东河水管所所长苗志刚带队巡查。"
    )
    found = officials(text)
    assert found.get("严立新") == ["城关派出所所长"]
    assert found.get("祁永红") == ["镇司法所所长"]
    assert found.get("米俊峰") == ["县看守所所长"]
    assert found.get("卜晓东") == ["乡财政所所长"]
    assert found.get("苗志刚") == ["县水利局东河水管所所长"]


def test_institute_short_forms_are_bodies_of_no_official():
    bodies = non_official_bodies()
    assert {"物理所", "生地所", "化物所"} <= set(bodies)
    assert not {"派出所", "司法所", "看守所", "财政所"} & set(bodies)


# -- bodies a university's short name opens (academic_bodies.tsv, university)


def test_bodies_a_university_short_name_opens_make_no_official():
    text = "北航杭州院院长滕宏伟介绍，项目已落地。浙大二院院长甘振林说，医联体覆盖全省。"
    assert officials(text) == {}


def test_a_division_or_a_longer_word_a_university_name_opens_stays():
    text = (
        "清华镇党委书记冯晓军介绍，全镇建成高标准农田两万亩。南开区委书记宁振海主持会议。"
        "清华园街道党工委书记管文涛说，老旧小区改造全部完工。"
    )
    found = officials(text)
    assert found.get("冯晓军") == ["清华镇党委书记"]
    assert found.get("宁振海") == ["南开区委书记"]
    assert found.get("管文涛") == ["清华园街道党工委书记"]
    assert university_opens("清华合肥院") and university_opens("复旦中山院")
    assert not university_opens("北大荒集团") and not university_opens("清华镇党委")


# -- a department (部) the lexicon does not know, run into by a name it does not know either


def test_department_of_a_firm_that_runs_a_venue_makes_no_official():
    assert officials("“游客越来越多。”锦里古街市场推广部负责人陈晓雨介绍，夜游项目很受欢迎。") == {}
    text = "锦里古街市场推广部负责人"
    assert private_department(text, 4, "市场推广部")


def test_department_of_a_public_body_or_after_a_verb_stays():
    text = "园区管委会经济发展部部长邬海涛介绍，今年新签约项目20个。县委宣传部负责人庞立春说，活动将持续一个月。"
    found = officials(text)
    assert found.get("邬海涛") == ["园区管委会经济发展部部长"]
    assert found.get("庞立春") == ["县委宣传部负责人"]
    assert not private_department("由指挥部指挥长", 1, "指挥部")
    assert not private_department("武警某部政委", 2, "某部")


# -- a council's chair: a think tank's or a foundation's, not a people's organisation's


def test_council_chair_of_a_think_tank_is_no_official():
    text = "中国发展战略交流中心副理事长尹志刚认为，要稳定市场预期。"
    assert officials(text) == {}
    assert council_of_no_public_body(text, 0, 10, 14)


def test_council_chair_of_a_disabled_persons_federation_stays():
    text = "县残联理事长温建民介绍，全县建成康复站12个。全国社会保障基金理事会副理事长伍立群出席。"
    found = officials(text)
    assert found.get("温建民") == ["县残联理事长"]
    assert found.get("伍立群") == ["全国社会保障基金理事会副理事长"]


# -- a given name that is a dictionary word, before a four-character idiom or description


def test_name_whose_given_part_is_a_word_before_an_idiom():
    found = officials("镇长周前进马不停蹄地赶往现场，查看受灾情况。")
    assert found.get("周前进") == ["镇长"]
    found = officials("社区党委书记郑启航脚步匆匆，“新的方案已经出来了。”")
    assert found.get("郑启航") == ["社区党委书记"]


def test_no_name_made_of_an_adverb_or_an_idiom_after_a_post():
    assert officials("村党支部书记高兴地说，今年收成好。县委书记带头苦干实干，干部群众齐心协力。") == {}


# -- the river a river chief is of, and the ordinal of the post between it and the post


def test_a_river_chief_with_the_river_and_the_ordinal_of_the_post():
    text = (
        "清水长流\n讲述人：福建省南平市建阳区将口镇东田村西溪第三任村级河长  叶春林\n"
        "我当河长六年了，每天都要沿着西溪走一趟。\n"
    )
    assert officials(text) == {"叶春林": ["福建省南平市建阳区将口镇东田村西溪第三任村级河长"]}
