"""Slogan classes left open by set 9 (issue 19, session 14), on made-up text: formulas of the public record
the lexicon lacked (the central Tibet work conferences, the new countryside of 2005, the harmonious society's
verb form, 生态优先, Zhejiang's 美丽城镇, the courts' 活封活扣), a province's 社会主义新{PLACE} goal, a local
body's quoted development target, an honour conferred on a unit, a compact list a plenum draws as its goal,
the way of working a body changes to, and the posture 严打态势."""

from __future__ import annotations

from conftest import slogan_forms

# -- the lexicon and its templates: formulas of the public record


def test_formulas_of_the_central_tibet_work_conferences(slogan_pipe):
    text = "援藏干部扎根高原多年，为西藏跨越式发展贡献力量，报道组将讲好社会主义新西藏的故事。"
    found = slogan_forms(slogan_pipe, text)
    assert "跨越式发展" in found
    assert "社会主义新西藏" in found
    assert "西藏跨越式发展" not in found


def test_the_new_countryside_and_the_verb_form_of_the_harmonious_society(slogan_pipe):
    text = "考察团对该县持续投入新农村建设、大力构建和谐社会的做法给予肯定。"
    found = slogan_forms(slogan_pipe, text)
    assert found.get("新农村建设") == "社会主义新农村建设"
    assert found.get("构建和谐社会") == "构建社会主义和谐社会"
    assert "大力构建和谐社会" not in found and "和谐社会" not in found


def test_a_bare_harmonious_society_stays_its_own_formula(slogan_pipe):
    assert "和谐社会" in slogan_forms(slogan_pipe, "社区调解员说，邻里和睦是和谐社会的底色。")


def test_ecology_first_without_its_generic_head(slogan_pipe):
    found = slogan_forms(slogan_pipe, "会议要求各县坚持生态优先发展，守好山水本底。")
    assert "生态优先" in found and "生态优先发展" not in found


def test_a_provincial_programme_of_towns_and_a_court_measure(slogan_pipe):
    text = "该镇巩固省级现代化美丽城镇建设成果。区法院对困难企业采取“活封活扣”措施，商会推动“以商招商”。"
    found = slogan_forms(slogan_pipe, text)
    for form in ("美丽城镇", "活封活扣", "以商招商"):
        assert form in found, found
    assert "现代化美丽城镇" not in found


# -- quoted goals, honours and ways of working


def test_a_quoted_development_target_framed_by_building(slogan_pipe):
    text = "临江镇在建设“江南一流物流枢纽”中扛起担当，同时擦亮“江南茶叶之都”金名片。"
    found = slogan_forms(slogan_pipe, text)
    assert "江南一流物流枢纽" in found
    assert "江南茶叶之都" not in found


def test_an_honour_conferred_on_a_station_is_no_formula(slogan_pipe):
    conferred = "青石派出所去年被市公安局评为“枫桥式公安派出所”，群众交口称赞。"
    assert "枫桥式公安派出所" not in slogan_forms(slogan_pipe, conferred)
    campaign = "全县公安机关全力创建“枫桥式公安派出所”，夯实基层基础。"
    assert "枫桥式公安派出所" in slogan_forms(slogan_pipe, campaign)


def test_a_compact_goal_list_a_plenum_draws(slogan_pipe):
    text = "县委全会擘画“建设新高地、再创新辉煌”的美好蓝图，全县干部倍受鼓舞。"
    assert "建设新高地、再创新辉煌" in slogan_forms(slogan_pipe, text)


def test_the_way_of_working_a_station_changes_to(slogan_pipe):
    text = "派出所推行集市警务，变过去“等警情上门”为“主动防、源头治”，辖区发案明显下降。"
    found = slogan_forms(slogan_pipe, text)
    assert "主动防、源头治" in found
    assert "等警情上门" not in found


def test_a_pair_unframed_still_describes(slogan_pipe):
    text = "老人笑着说，这家小店“价格低、分量足”，街坊都爱来。"
    assert "价格低、分量足" not in slogan_forms(slogan_pipe, text)


def test_the_posture_of_strict_crackdown_is_no_campaign(slogan_pipe):
    posture = "县公安局始终对各类违法犯罪保持高压严打态势，破获案件二十余起。"
    assert "严打" not in slogan_forms(slogan_pipe, posture)
    campaign = "八十年代的严打斗争中，这支队伍屡立战功。"
    assert slogan_forms(slogan_pipe, campaign)
