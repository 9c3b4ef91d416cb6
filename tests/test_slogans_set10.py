"""Slogan classes left open by set 10 (issue 19, session 14), on made-up text: the news-work formulas of the public
record (media convergence, the four powers of the mainstream media, the 四力 of reporters), the 2020 western
development opinion, the verb form of 一体推进不敢腐…, the rural triad 自治、法治、德治, 动态清零 only as the 2022
policy, a campaign of creating kept whole, a province's 社会主义现代化{PLACE} goal, a local telling of the central
story formula, a provincial charge of three clauses, a named mediation method, a place's target after a verb of
building (s10 R2) and the CPPCC members' verb–object duties."""

from __future__ import annotations

from conftest import slogan_forms

# -- the lexicon: formulas of the public record


def test_news_work_formulas_of_the_media_convergence_documents(slogan_pipe):
    text = (
        "市委宣传部要求，加快媒体深度融合发展，建设具有强大传播力、引导力、影响力、公信力的新型主流媒体，"
        "做大做强主流舆论，形成网上网下同心圆。记者要不断增强脚力、眼力、脑力、笔力。"
    )
    found = slogan_forms(slogan_pipe, text)
    for form in (
        "媒体深度融合发展",
        "传播力、引导力、影响力、公信力",
        "新型主流媒体",
        "做大做强主流舆论",
        "网上网下同心圆",
        "脚力、眼力、脑力、笔力",
    ):
        assert form in found, found


def test_media_convergence_with_and_without_its_head(slogan_pipe):
    text = "推进县级媒体融合发展是一项系统工程，媒体融合不是简单相加。"
    found = slogan_forms(slogan_pipe, text)
    assert "媒体融合发展" in found and "媒体融合" in found


def test_a_list_item_of_a_longer_formula_is_not_tagged_alone(slogan_pipe):
    text = "县融媒体中心要占据舆论引导、思想引领、文化传承、服务人民的制高点。"
    found = slogan_forms(slogan_pipe, text)
    assert "舆论引导、思想引领、文化传承、服务人民" in found
    assert "服务人民" not in found


def test_the_stock_triad_of_news_work_kept_under_its_modifier(slogan_pipe):
    text = "政协机关刊物始终坚持正确的政治方向、舆论导向和价值取向，办好每一期。"
    assert "正确的政治方向、舆论导向和价值取向" in slogan_forms(slogan_pipe, text)


def test_the_western_development_formula_of_2020(slogan_pipe):
    text = "该区立足资源禀赋，扎实推进大保护、大开放、高质量发展，在西部大开发中展现担当。"
    found = slogan_forms(slogan_pipe, text)
    assert "大保护、大开放、高质量发展" in found and "西部大开发" in found


def test_the_anti_corruption_formula_keeps_its_verb_and_the_rural_triad_stands_alone(slogan_pipe):
    text = "镇纪委一体推进不敢腐、不能腐、不想腐，推动自治、法治、德治在村里落地。"
    found = slogan_forms(slogan_pipe, text)
    assert "一体推进不敢腐、不能腐、不想腐" in found
    assert "不敢腐、不能腐、不想腐" not in found
    assert "自治、法治、德治" in found


def test_zero_hazards_in_everyday_prose_is_no_epidemic_policy(slogan_pipe):
    found = slogan_forms(slogan_pipe, "交警大队排查整改路段隐患，实现道路隐患动态清零。")
    assert "动态清零" not in found


def test_a_campaign_of_creating_keeps_its_head(slogan_pipe):
    text = "边境派出所把民族团结进步创建融入户籍窗口服务。"
    found = slogan_forms(slogan_pipe, text)
    assert found.get("民族团结进步创建") == "民族团结进步"
    assert "民族团结进步" not in found


# -- templates, frames and quotes


def test_a_provinces_modernisation_goal_without_new(slogan_pipe):
    text = "省长回答记者提问时说，全省将乘势而上加快建设社会主义现代化江西。"
    assert "社会主义现代化江西" in slogan_forms(slogan_pipe, text)


def test_the_central_story_formula_told_by_a_province(slogan_pipe):
    text = "全省新闻战线要全方位讲好江南故事、传播江南声音、展示江南形象。"
    assert "讲好江南故事、传播江南声音、展示江南形象" in slogan_forms(slogan_pipe, text)


def test_a_named_mediation_method_in_quotes(slogan_pipe):
    text = "老所长总结推出“老周调解法”，把邻里纠纷化解在院坝里。"
    assert "老周调解法" in slogan_forms(slogan_pipe, text)


# -- a place's target after a verb of building (s10 R2)


def test_a_scope_opened_target_after_a_verb_of_building(slogan_pipe):
    text = "全会号召全县上下为加快建成全省生态康养示范县而努力奋斗。"
    found = slogan_forms(slogan_pipe, text)
    assert "全省生态康养示范县" in found
    assert "加快建成全省生态康养示范县" not in found


def test_a_list_of_positioning_targets_is_one_target(slogan_pipe):
    text = "会议提出，打造临江港航物流高地、江南优质粮油基地、秀水山地度假胜地、青年返乡创业福地。"
    found = slogan_forms(slogan_pipe, text)
    assert "临江港航物流高地、江南优质粮油基地、秀水山地度假胜地、青年返乡创业福地" in found


def test_a_list_of_facilities_is_no_target(slogan_pipe):
    text = "园区今年打造创新研发中心、成果转化基地、人才服务中心，吸引企业入驻。"
    assert not [f for f in slogan_forms(slogan_pipe, text) if "中心" in f]


def test_an_application_for_a_designation_is_no_built_target(slogan_pipe):
    text = "县里正全力争创全省乡村振兴示范县，申报材料已报送。"
    assert "全省乡村振兴示范县" not in slogan_forms(slogan_pipe, text)


# -- verb–object series


def test_the_cppcc_members_duties_as_a_verb_object_series(slogan_pipe):
    text = "委员们表示，将认真履职，献良策、凝共识、聚合力，为全县发展贡献力量。"
    assert "献良策、凝共识、聚合力" in slogan_forms(slogan_pipe, text)


def test_a_provinces_charge_of_three_clauses_stays_whole(slogan_pipe):
    text = "省长答问时说，全省上下牢记嘱托，体现走在前、作示范、挑大梁的责任担当。"
    found = slogan_forms(slogan_pipe, text)
    assert "走在前、作示范、挑大梁" in found and "走在前、作示范" not in found
