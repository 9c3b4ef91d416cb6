"""Unquoted parallel formulas of local bodies and other set-5 classes (issue 19, session 11, fit5-slogans),
on made-up text: verb–object series, slot series, mirrored theses, and guards where a series describes."""

from __future__ import annotations

from conftest import slogan_forms

from baokan.annotators.language import slogan_series


def _texts(text, spans):
    return [text[s:e] for s, e in spans]


def test_a_verb_object_series_of_three_or_more_is_a_formula(slogan_pipe):
    text = "县公安局坚持做到稳治安、畅交通、优环境、惠民生，各项工作稳步推进。"
    assert "稳治安、畅交通、优环境、惠民生" in slogan_forms(slogan_pipe, text)
    tail = "全市各部门有序推进防隐患、强基础、提效能等重点工作。"
    assert _texts(tail, slogan_series.verb_object_lists(tail)) == ["防隐患、强基础、提效能"]


def test_a_pair_needs_a_name_or_quotation_marks():
    named = "干部要扛起守底线、惠民生的重大使命，不负群众期待。"
    assert _texts(named, slogan_series.verb_object_lists(named)) == ["守底线、惠民生"]
    quoted = "镇里通过“解难题、暖人心”的做法凝聚共识。"
    assert _texts(quoted, slogan_series.verb_object_lists(quoted)) == ["解难题、暖人心"]
    bare = "他们主动上门，解难题、纾困境，赢得了口碑。"  # a pair that only describes what was done
    assert slogan_series.verb_object_lists(bare) == []


def test_a_series_of_everyday_verbs_describes():
    leisure = "游客们在古镇里逛集市、品小吃、看演出，玩得十分尽兴。"
    assert slogan_series.verb_object_lists(leisure) == []
    inside = "他们提出保稳定、促发展、强保障、抓落实到位、……"  # a 、 after: part of a longer list
    assert "保稳定、促发展、强保障" not in _texts(inside, slogan_series.verb_object_lists(inside))


def test_a_slot_series_shares_a_verb_or_a_tail(slogan_pipe):
    text = "今年全县聚力思想强根、产业强县、文化强心、作风强基，取得新成效。"
    assert "思想强根、产业强县、文化强心、作风强基" in slogan_forms(slogan_pipe, text)
    counted = "推进治理提质、服务提速、队伍提能三项工作。"
    assert _texts(counted, slogan_series.slot_lists(counted)) == ["治理提质、服务提速、队伍提能"]
    tail = "民警们坚持提振士气、凝聚人气、涵养正气、激发勇气，再立新功。"
    assert _texts(tail, slogan_series.slot_lists(tail)) == ["提振士气、凝聚人气、涵养正气、激发勇气"]


def test_a_shared_word_half_or_a_short_tail_is_no_slot_series():
    forecast = "气象部门做好准确预测、提前预报、及时预警工作。"  # 预 opens a word each time
    assert slogan_series.slot_lists(forecast) == []
    hardship = "这里山高路远、水源不足、交通不便、信号不好。"
    assert slogan_series.slot_lists(hardship) == []
    three_tails = "她始终保持朝气、锐气、志气。鼓足干劲、提升底气、凝聚人气，再出发。"  # three tails only
    assert slogan_series.slot_lists(three_tails) == []


def test_mirrored_theses_are_two_dicta(slogan_pipe):
    text = "创新是发展的动力，发展是创新的基础，这一点必须牢记。"
    assert _texts(text, slogan_series.mirrored_theses(text)) == ["创新是发展的动力", "发展是创新的基础"]
    forms = slogan_forms(slogan_pipe, text)
    assert "创新是发展的动力" in forms and "发展是创新的基础" in forms


def test_a_thesis_that_does_not_mirror_is_not_read():
    text = "创新是发展的动力，人才是创新的基础。"
    assert slogan_series.mirrored_theses(text) == []


def _verdict(text, phrase):
    from baokan.annotators.language import quoted

    start = text.index(phrase)
    return quoted.judge(text, start, start + len(phrase))


def test_plus_formulas_of_patrol_modes_and_schemes():
    modes = "派出所采取“徒步巡+骑行巡”“网格巡+无人机巡”等多种方式，守护群众平安。"
    assert _verdict(modes, "徒步巡+骑行巡").slogan
    assert _verdict(modes, "网格巡+无人机巡").slogan
    scheme = "社区推行“即报即办+限时反馈”工作机制，问题当天解决。"
    assert _verdict(scheme, "即报即办+限时反馈").slogan


def test_plus_of_two_goods_and_examples_of_speech_stay_out():
    goods = "这家店主打“线下体验+线上下单”模式，生意红火。"  # a business's model, no body's scheme
    assert not _verdict(goods, "线下体验+线上下单").slogan
    speech = "骗子常用“高额返利”“内部名额”等话术引人上钩。"
    assert not _verdict(speech, "高额返利").slogan


def test_a_graded_radius_programme_keeps_all_its_times():
    from baokan.annotators.language.slogan_grammar import radius_candidates

    text = "城区建成“2、4、6分钟警情处置圈”，群众求助随叫随到。"
    assert [c.canonical for c in radius_candidates(text)] == ["2、4、6分钟警情处置圈"]
    dates = "会议于3月5、6日召开，距离地铁站8分钟。"  # no radius programme
    assert radius_candidates(dates) == []


def test_a_pair_written_with_hezuo_counts_beside_the_pairings_aid():
    from baokan.annotators.language import slogan_pairs

    aid = "鲁渝合作不断深化，两地协作帮扶结出硕果。"
    assert [aid[s:e] for s, e in slogan_pairs.pairs(aid, lambda t, i: True)] == ["鲁渝合作"]
    tourism = "在湘赣合作方面，两省联合推出精品旅游线路。"  # neighbours' cooperation, no pairing
    assert slogan_pairs.pairs(tourism, lambda t, i: True) == []


def test_exclaimed_clauses_of_one_frame_are_each_a_dictum():
    vow = "全体民警践行“有案必查！有恶必除！”的誓言。"
    assert _texts(vow, slogan_series.exclaimed_pairs(vow)) == ["有案必查", "有恶必除"]
    cheer = "观众高喊“太精彩了！再来一个！”掌声不断。"  # cheers of no common frame
    assert slogan_series.exclaimed_pairs(cheer) == []


def test_a_lexicon_pair_in_running_text_gives_its_halves(slogan_pipe):
    running = "全县上下牢记安全是发展的前提，发展是安全的保障，扎实推进各项工作。"
    forms = slogan_forms(slogan_pipe, running)
    assert "安全是发展的前提" in forms and "发展是安全的保障" in forms
    said = "他强调：“安全是发展的前提，发展是安全的保障。”大家深受鼓舞。"
    assert "安全是发展的前提，发展是安全的保障" in slogan_forms(slogan_pipe, said)


def test_yanda_before_a_posture_word_is_no_campaign(slogan_pipe):
    posture = "全市公安机关保持严打高压态势，守护一方平安。"
    assert "严打" not in slogan_forms(slogan_pipe, posture)
    campaign = "那一年的严打斗争震慑了各类犯罪。"
    assert "严打" in slogan_forms(slogan_pipe, campaign) or "严打斗争" in slogan_forms(slogan_pipe, campaign)


def test_a_count_of_festivals_is_no_numbered_set():
    holiday = "正值“双节”出行高峰，交警全员上路。"
    assert not _verdict(holiday, "双节").slogan
    policy = "各地持续推进“双减”政策落地。"
    assert _verdict(policy, "双减").slogan


def test_a_list_that_opens_a_sentence_before_a_scene_is_a_goal():
    text = "全县上下齐心协力。产业兴旺、邻里和睦、治安良好的良好局面持续巩固。"
    assert _texts(text, slogan_series.scene_lists(text)) == ["产业兴旺、邻里和睦、治安良好"]
    plain = "他说，产业兴旺、邻里和睦的局面来之不易。"  # not the opening of a sentence: a clause of speech
    assert slogan_series.scene_lists(plain) == []


def test_a_quoted_pair_set_as_a_principle_is_a_formula():
    text = "该所以“源头预防、精准处置”为原则，化解纠纷百余起。"
    assert _verdict(text, "源头预防、精准处置").slogan
    plain = "老人们都盼着“吃得放心、住得安心”。"  # a pair that no frame sets as a principle
    assert not _verdict(plain, "吃得放心、住得安心").slogan


def test_a_scene_list_after_a_framing_verb_is_left_to_the_framed_lists():
    text = "会后。形成人尽其才、才尽其用的良好局面。"
    assert slogan_series.scene_lists(text) == []


def test_a_quoted_service_reform_named_by_its_handling_is_a_formula():
    text = "区政务中心推出“证照即办”，企业开办一天完成。"
    assert _verdict(text, "证照即办").slogan
    chat = "他笑着说“马上就办”，转身去了窗口。"  # speech, no reform's name
    assert not _verdict(chat, "马上就办").slogan


def test_a_ladder_of_magnitudes_names_a_tiered_programme():
    from baokan.annotators.language import numeral_formulas as nf

    assert nf.magnitude_ladder("百千万") and nf.magnitude_ladder("十百千万")
    assert not nf.magnitude_ladder("千千万万") and not nf.magnitude_ladder("万千")
    text = "全省深入实施“百千万”示范工程，带动乡村振兴。"
    assert _verdict(text, "百千万").slogan
    amount = "游客达“千千万万”之多。"
    assert not _verdict(amount, "千千万万").slogan


def test_a_formula_inside_a_works_title_is_no_mention(slogan_pipe):
    titled = "他在《关于推进区域协调发展的几点思考》一文中谈到了这一点。"
    assert not any("区域协调发展" in form for form in slogan_forms(slogan_pipe, titled))
    running = "各地推动区域协调发展，《人民日报》对此作了报道。"  # a title elsewhere on the line
    assert "区域协调发展" in slogan_forms(slogan_pipe, running)


def test_a_quoted_goal_of_two_clauses_gives_each_clause():
    text = "全局上下锚定“打造全省最平安县域，推动本县交通管理走在前列”的总目标，奋勇争先。"
    assert _texts(text, slogan_series.goal_clauses(text)) == ["打造全省最平安县域", "推动本县交通管理走在前列"]
    demand = "落实“坚持勤俭节约，带头艰苦奋斗”的要求。"  # a requirement, not a goal: stays whole
    assert slogan_series.goal_clauses(demand) == []
    said = "大家说“今年收成好，日子更红火”的目标实现了。"  # clauses without a driving verb
    assert slogan_series.goal_clauses(said) == []


def test_a_list_pledged_after_zuodao_is_one_formula(slogan_pipe):
    text = "全体干警始终做到心系群众、秉公执法、廉洁奉公、甘于奉献，奋力开创新局面。"
    assert _texts(text, slogan_series.pledged_lists(text)) == ["心系群众、秉公执法、廉洁奉公、甘于奉献"]
    assert "心系群众、秉公执法、廉洁奉公、甘于奉献" in slogan_forms(slogan_pipe, text)
    pair = "工作中要做到因人施策、分步推进。"  # two items only: a way of proceeding
    assert slogan_series.pledged_lists(pair) == []


def test_qualities_before_a_team_formula_keep_their_head():
    text = "要打造作风优良、业务精通、执法公正的政法铁军。"
    assert _texts(text, slogan_series.team_lists(text)) == ["作风优良、业务精通、执法公正的政法铁军"]
    degrees = "建设更加清廉、更加高效、更加专业的政法铁军。"  # degrees of one quality: the list is no set of its own
    assert slogan_series.team_lists(degrees) == []
    other = "形成作风优良、业务精通、执法公正的良好氛围。"  # no team formula after 的
    assert slogan_series.team_lists(other) == []


def test_the_anti_gang_campaign_keeps_its_standing_head(slogan_pipe):
    text = "该院常态化开展扫黑除恶斗争，依法严惩黑恶势力犯罪。"
    assert "扫黑除恶斗争" in slogan_forms(slogan_pipe, text)
    bare = "全县上下深入推进扫黑除恶，群众拍手称快。"
    assert "扫黑除恶" in slogan_forms(slogan_pipe, bare)


def test_a_dictum_of_reach_is_one_formula():
    text = "坚持乡村振兴推进到哪里，法律服务就延伸到哪里，取得良好效果。"
    assert _texts(text, slogan_series.reach_dicta(text)) == ["乡村振兴推进到哪里，法律服务就延伸到哪里"]
    question = "你们打算走到哪里，我们跟着就是。"  # no answering 就 … 到哪里
    assert slogan_series.reach_dicta(question) == []


def test_a_dictum_of_reach_after_a_joined_heading_starts_after_its_verb():
    text = "护航发展大局坚持项目建设推进到哪里，司法服务就跟进到哪里。"
    assert _texts(text, slogan_series.reach_dicta(text)) == ["项目建设推进到哪里，司法服务就跟进到哪里"]


def test_steps_joined_into_one_procedure_are_a_formula():
    text = "该所发挥“接警、研判、处置”一体化优势，快速化解警情。"
    assert _verdict(text, "接警、研判、处置").slogan
    goods = "店里主打“新鲜、实惠、方便”，回头客很多。"  # qualities of a shop, no procedure
    assert not _verdict(goods, "新鲜、实惠、方便").slogan


def test_a_formula_that_never_stands_bare_takes_its_instrument_head(slogan_pipe):
    text = "全区健全东西部协作机制，对口地区发展加快。"
    assert "东西部协作机制" in slogan_forms(slogan_pipe, text)
    both = "深化东西部协作，完善东西部协作机制。"  # the bare formula stands alone too: it stays bare
    forms = slogan_forms(slogan_pipe, both)
    assert "东西部协作" in forms and "东西部协作机制" not in forms


def test_guards_of_pledged_lists_and_instrument_heads(slogan_pipe):
    declined = "全体民警要做到思想过硬、作风过硬、能力过硬。"  # one quality over its fields
    assert slogan_series.pledged_lists(declined) == []
    described = "健全运转高效的府院联动机制。"  # a described mechanism: the core is the formula
    assert "府院联动机制" not in slogan_forms(slogan_pipe, described)
