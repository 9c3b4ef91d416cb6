"""Slogan classes left open by set 8 (issue 19, session 14), on made-up text: formulas of the public record the
lexicon lacked, a system's echo of a 强国 goal, a city's directional strategy, a dictum of reach from 在哪里, a body's
与-series and the sibling series beside a formula, quoted goals, balances and counts of actions, a numbered scheme
quoted part by part, and numbered levers."""

from __future__ import annotations

from conftest import slogan_forms

from baokan.annotators.language import numeral_formulas, quote_forms, slogan_series


def _verdict(text, phrase):
    from baokan.annotators.language import quoted

    start = text.index(phrase)
    return quoted.judge(text, start, start + len(phrase))


def _spans(text, spans):
    return [text[s:e] for s, e in spans]


# -- the lexicon: formulas of the public record


def test_propaganda_and_cppcc_formulas(slogan_pipe):
    text = (
        "市委宣传部坚持围绕中心、服务大局，踔厉奋发、勇毅前行。"
        "市政协委员要懂政协、会协商、善议政，推动建言资政和凝聚共识双向发力。"
    )
    found = slogan_forms(slogan_pipe, text)
    for form in ("围绕中心、服务大局", "踔厉奋发、勇毅前行", "懂政协、会协商、善议政", "建言资政和凝聚共识双向发力"):
        assert form in found, found


def test_constitution_court_and_police_formulas(slogan_pipe):
    text = (
        "全县上下尊崇宪法、学习宪法、遵守宪法、维护宪法、运用宪法。"
        "检察机关努力让群众可感受、能感受、感受到公平正义，该县连续五年实现命案全破。"
    )
    found = slogan_forms(slogan_pipe, text)
    for form in ("尊崇宪法、学习宪法、遵守宪法、维护宪法、运用宪法", "可感受、能感受、感受到公平正义", "命案全破"):
        assert form in found, found


def test_regional_goals_of_the_centre(slogan_pipe):
    text = "西北某省提出打造内陆改革开放高地，担负起新时代文化使命。"
    found = slogan_forms(slogan_pipe, text)
    assert "内陆改革开放高地" in found
    assert found["新时代文化使命"] == "新的文化使命"


def test_the_free_trade_port_is_a_place_and_the_central_formula_a_slogan(slogan_pipe):
    text = "海南自由贸易港封关运作以来，自贸港企业订单增长，探索建设中国特色自由贸易港迈出新步伐。"
    found = slogan_forms(slogan_pipe, text)
    assert "中国特色自由贸易港" in found
    assert not {"海南自由贸易港", "自由贸易港", "自贸港"} & set(found)


# -- local forms and templates


def test_a_systems_own_form_of_a_strong_nation_goal(slogan_pipe):
    text = "市检察院坚持人才强检，区公安分局推进科技强警。"
    found = slogan_forms(slogan_pipe, text)
    assert "人才强检" in found and "科技强警" in found


def test_a_quoted_directional_strategy_of_a_city(slogan_pipe):
    assert "成都东进" in slogan_forms(slogan_pipe, "随着“成都东进”，这片农田变成了产业新城。")
    assert "成都东进" not in slogan_forms(slogan_pipe, "车队从成都东进，傍晚抵达遂宁。")


def test_a_local_variant_of_the_early_and_small_frame(slogan_pipe):
    text = "社区民警联合网格员排查隐患，把矛盾预防在早、处置在小。"
    assert "预防在早、处置在小" in slogan_forms(slogan_pipe, text)


# -- unquoted series


def test_a_dictum_of_reach_may_open_with_where_the_people_are():
    text = "所里坚持居民在哪里，服务就延伸到哪里，把窗口搬进了小区。"
    assert _spans(text, slogan_series.reach_dicta(text)) == ["居民在哪里，服务就延伸到哪里"]
    assert slogan_series.reach_dicta("他问你在哪里，我说就到哪里。") == []


def test_a_bodys_series_of_clauses_with_its_partners():
    text = "县政协始终与县委同向、与部门协作、与群众同心，助推县域发展。"
    assert _spans(text, slogan_series.partner_series(text)) == ["与县委同向、与部门协作、与群众同心"]
    assert slogan_series.partner_series("假期里他与朋友聚会、与家人团聚、与同事聚餐。") == []


def test_a_series_beside_a_formula_series_in_one_sentence_is_its_sibling():
    text = "全体委员以坚定的信念学理论、筑同心、跟党走，以务实的作风提能力、转作风、强队伍。"
    assert _spans(text, slogan_series.verb_object_lists(text)) == ["学理论、筑同心、跟党走", "提能力、转作风、强队伍"]
    alone = "周末我们逛市集、品文化、尝美食。回家后提能力、转作风、强队伍的学习又开始了。"
    assert _spans(alone, slogan_series.verb_object_lists(alone)) == ["提能力、转作风、强队伍"]


def test_a_partner_series_anchors_its_sibling(slogan_pipe):
    text = "市政协始终与市委同心、与政府协力、与群众同行，围绕中心工作建真言、献良策、出实招。"
    assert "建真言、献良策、出实招" in slogan_forms(slogan_pipe, text)


def test_the_clauses_of_a_quoted_goal_a_body_works_for():
    text = "全县干部群众齐心协力，为“建设生态宜居示范县、打造特色产业强县”作出新的更大贡献。"
    assert _spans(text, slogan_series.contributed_goals(text)) == ["建设生态宜居示范县", "打造特色产业强县"]
    plain = "他为“吃得饱、穿得暖”作出了努力。"
    assert slogan_series.contributed_goals(plain) == []


def test_numbered_levers_of_work_unquoted(slogan_pipe):
    text = "市政府紧紧围绕经济工作五个主抓手，推动各项工作落地见效。"
    assert "五个主抓手" in slogan_forms(slogan_pipe, text)


# -- the quote judgement


def test_a_classifier_before_a_quote_and_de_counts_the_noun_after():
    text = "县公安局走出一条“讲实话、办实事、求实效”的普法新路子。"
    assert _verdict(text, "讲实话、办实事、求实效").slogan
    assert not _verdict("这是一场“大考”，考验着每个人。", "大考").slogan


def test_a_quoted_pair_of_balancing_clauses_is_a_principle():
    text = "反诈中心坚持“止付与冻结同步、打击与返还并重”，为群众挽回损失。"
    assert _verdict(text, "止付与冻结同步、打击与返还并重").slogan
    assert quote_forms.balance_pairs("止付与冻结同步、打击与返还并重")
    assert not quote_forms.balance_pairs("颜值与实力并重")


def test_a_quote_named_a_work_goal_right_after_is_not_held_long():
    text = "区检察院锚定“在服务大局中走前列、作表率”工作目标，扎实推进各项工作。"
    assert _verdict(text, "在服务大局中走前列、作表率").slogan


def test_a_numeral_and_a_common_verb_count_actions():
    for formula in ("五落实", "三到位", "四统一"):
        assert numeral_formulas.is_numeral_formula(formula), formula
    for thing in ("三明治", "三兄弟", "三方面", "四合院"):
        assert not numeral_formulas.is_numeral_formula(thing), thing
    assert _verdict("学校确保教材、课时、师资、经费的“四落实”。", "四落实").slogan


def test_the_parts_of_a_numbered_scheme_quoted_one_by_one(slogan_pipe):
    text = "区法院紧扣“一张蓝图”抓部署，依托“两点支撑”抓落实，用好“三项机制”抓监督，聚焦“四个维度”抓评价。"
    found = slogan_forms(slogan_pipe, text)
    for part in ("一张蓝图", "两点支撑", "三项机制", "四个维度"):
        assert part in found, found
    plain = "他说“一个人”的时候想到“两个人”，后来成了“三个人”。"
    assert not slogan_forms(slogan_pipe, plain)


def test_one_of_a_kind_after_a_quote_is_no_programme():
    assert not _verdict("这台装置是全球“超级观测工程”之一，吸引了各国学者。", "超级观测工程").slogan
    assert _verdict("作为“三大攻坚战”之一，污染防治攻坚战成效明显。", "三大攻坚战").slogan


def test_taking_on_duties_alone_is_no_row_but_its_pair_is(slogan_pipe):
    found = slogan_forms(slogan_pipe, "全体干警忠诚履职、担当作为。机关党委号召党员干事创业、担当作为。")
    assert "担当作为" not in found
    assert "干事创业、担当作为" in found
