"""Whole quotes and clauses inside quotes, round 11 (docs/labels.md, slogan, batches 3 to 5), on made-up text.

- A leader's thesis may run to a long sentence: two or three statements (甲是乙，丙是丁) or a topic and its
  copula clause (构建甲，是乙的必然选择) are a dictum as quoted; a description or a directive is not.
- 我国 and 我党 name the country and the Party, not the speaker.
- A document of any issuer named by its 《》 title may state a principle (《若干举措》提出“甲是乙”);
  a law's article does not.
- A run of a leader's sayings names him once: the later quotes of the sentence are his too.
- A leader's or a document's quote that is a parallel list of task clauses (items of one length, each
  opened by a policy verb, sharing a word at the same places) gives each item; a directive of unlike
  clauses and a poem's lines do not.
- A task clause that quotes a name inside (开展‘甲’行动) is no slogan, and does not stop the quote's
  other clauses from being ones.
- After a central cue, a task clause may open with a preposition (以甲引领乙, 在甲中乙, 由甲乙).
- A document's passage of three clauses or more may hold one that no policy verb opens; a 要 opening it is
  the cue's; a task clause of two tasks joined by 、 gives each.
- Quotes written side by side (“农业+旅游”“农业+文创”等) share the verdict of the one the judgement takes.
"""

from __future__ import annotations

from conftest import slogan_forms

from baokan.annotators.language import central_tasks, dicta, parallel_tasks

# ---------------------------------------------------------------- long dicta


def test_two_long_statements_are_one_dictum():
    inner = "教育是县域发展的根基和长远大计，完善的职业教育体系是稳就业、促增收、强产业、惠民生的重要支撑。"
    assert dicta.dictum_units(inner) == [(0, len(inner) - 1)]


def test_a_topic_and_its_copula_clause_are_a_dictum():
    inner = "推动城乡融合发展，是破解县域发展不平衡问题、畅通城乡要素流动的必然选择。"
    assert dicta.dictum_units(inner) == [(0, len(inner) - 1)]
    assert dicta.topic_copula("乡村全面振兴", "就是让农民过上现代生活的振兴")


def test_directives_descriptions_and_speech_are_no_long_dicta():
    assert not dicta.topic_copula("要统筹城乡发展", "是当前工作的重点任务")  # a directive's opening
    assert not dicta.topic_copula("这项工作", "是我们近年来最用心的一件事")  # a demonstrative, and the speaker
    assert not dicta.topic_copula("乡村治理", "是一项系统工程")  # a counted description
    passage = (
        "临江县民营经济发展面临的一些困难，总体上是在产业转型过程中出现的，是局部的而不是整体的，是暂时的而不是长期的"
    )
    assert dicta.dictum_units(passage) == []  # longer than a thesis runs


def test_our_country_is_no_speaker():
    assert dicta.statement("坚持农业农村优先发展是我国现代化建设的重大原则")
    assert not dicta.statement("我们最看重的是群众满意不满意")


def test_a_leader_quoted_long_thesis_is_found(slogan_pipe):
    text = (
        "习近平总书记指出：“构建以县城为重要载体的城镇化格局，是适应我国城乡人口流动新趋势、"
        "提升县域综合承载能力的必然选择。”各地要抓好落实。"
    )
    thesis = "构建以县城为重要载体的城镇化格局，是适应我国城乡人口流动新趋势、提升县域综合承载能力的必然选择"
    assert thesis in slogan_forms(slogan_pipe, text)


def test_a_run_of_sayings_names_the_leader_once(slogan_pipe):
    text = (
        "习近平总书记在年初的座谈会上强调“以实干开创新局”，在农村工作会议上强调“把饭碗牢牢端在手上”，"
        "在省部级主要领导干部专题研讨班开班式上强调“自觉为群众办实事、以实绩取信于民”。这些重要讲话意义深远。"
    )
    start = text.index("自觉")
    assert dicta.by_leader(text, start)
    assert "自觉为群众办实事、以实绩取信于民" in slogan_forms(slogan_pipe, text)


# ---------------------------------------------------------------- parallel lists of task clauses


def test_a_parallel_list_of_task_clauses_splits():
    items = "激发县域消费潜力，提升县域服务品质，优化县域产业结构，筑牢县域安全底线"
    got = parallel_tasks.list_items(items)
    assert [items[s:e] for s, e in got] == [
        "激发县域消费潜力",
        "提升县域服务品质",
        "优化县域产业结构",
        "筑牢县域安全底线",
    ]


def test_unlike_clauses_and_poems_are_no_parallel_list():
    directive = "坚持农业农村优先发展，推进城乡基本公共服务均等化，完善联农带农机制"
    assert parallel_tasks.list_items(directive) == []  # items of unlike length: a directive
    poem = "春风吹绿江南岸，明月照亮故乡路，细雨滋润万家田"
    assert parallel_tasks.list_items(poem) == []  # the cadence, but no policy verb
    pair = "提升县域服务品质，优化县域产业结构"
    assert parallel_tasks.list_items(pair) == []  # two items are a pair, not a list


def test_a_leaders_parallel_list_gives_its_items(slogan_pipe):
    text = (
        "习近平总书记指出：“激发县域消费潜力，提升县域服务品质，优化县域产业结构，筑牢县域安全底线，"
        "拓展县域开放空间”。这为县域发展指明了方向。"
    )
    got = slogan_forms(slogan_pipe, text)
    for item in ("激发县域消费潜力", "提升县域服务品质", "优化县域产业结构", "筑牢县域安全底线", "拓展县域开放空间"):
        assert item in got, got


def test_an_unsourced_parallel_list_is_left(slogan_pipe):
    text = "村民们常说：“激发县域消费潜力，提升县域服务品质，优化县域产业结构”。"
    assert "提升县域服务品质" not in slogan_forms(slogan_pipe, text)


# ---------------------------------------------------------------- quoted names inside task clauses


def test_a_clause_quoting_a_name_is_left_out():
    inner = "开展‘数字乡村+’行动，培育县域新兴产业。"
    assert [inner[s:e] for s, e in central_tasks.task_clauses(inner)] == ["培育县域新兴产业"]
    assert central_tasks.task_clauses("开展‘数字乡村+’行动") == []  # alone it is no task clause


def test_a_central_quote_with_a_quoted_name_gives_its_other_clause(slogan_pipe):
    text = "中央经济工作会议明确提出，“开展‘数字乡村+’行动，培育县域新兴产业。”各地积极落实。"
    got = slogan_forms(slogan_pipe, text)
    assert "培育县域新兴产业" in got, got
    assert not any("‘" in form for form in got)


# ---------------------------------------------------------------- prepositions opening a document's task clause


def test_a_central_task_pair_opened_by_prepositions_splits(slogan_pipe):
    text = "党的二十届四中全会提出：“以县域需求引领乡村供给，以乡村供给创造县域需求”。各地纷纷行动。"
    got = slogan_forms(slogan_pipe, text)
    assert "以县域需求引领乡村供给" in got and "以乡村供给创造县域需求" in got, got


def test_a_clause_opened_by_a_preposition_needs_a_central_cue(slogan_pipe):
    text = "村民们都说：“以县域需求引领乡村供给，以乡村供给创造县域需求”。"
    assert "以县域需求引领乡村供给" not in slogan_forms(slogan_pipe, text)


# ---------------------------------------------------------------- a named document's statements


def test_a_named_documents_statement_is_a_dictum(slogan_pipe):
    text = "记者：《关于支持县域经济发展的若干举措》提出，“县域经济是国内大循环的重要支点”，如何理解这句话？"
    start = text.index("“") + 1
    assert dicta.by_document(text, start)
    assert "县域经济是国内大循环的重要支点" in slogan_forms(slogan_pipe, text)


def test_an_article_of_law_is_no_dictum():
    text = "《临江市城乡规划条例》明确规定“城乡规划是城乡建设和管理的基本依据”。"
    assert not dicta.by_document(text, text.index("“") + 1)


def test_a_parallel_run_inside_a_longer_sentence_gives_its_items():
    inner = "我们要把科技成果用到县域产业上，改造提升传统产业，培育壮大新兴产业，布局建设未来产业，完善县域产业体系。"
    got = [inner[s:e] for s, e in parallel_tasks.list_items(inner)]
    assert got == ["改造提升传统产业", "培育壮大新兴产业", "布局建设未来产业"]
    assert (
        parallel_tasks.list_items("春风吹绿江南岸，明月照亮故乡路，细雨滋润万家田") == []
    )  # no policy verb in the run


# ---------------------------------------------------------------- passages of a central document


def test_a_passage_opened_by_yao_and_holding_one_clause_without_a_policy_verb():
    inner = "要抓住县域绿色转型的关键环节，推进全面节约，加快消费转型，强化绿色技术推广应用。"
    got = [inner[s:e] for s, e in central_tasks.task_clauses(inner)]
    assert got == ["抓住县域绿色转型的关键环节", "推进全面节约", "加快消费转型", "强化绿色技术推广应用"]
    # two clauses: both must be task clauses, as before
    assert central_tasks.task_clauses("抓住县域绿色转型的关键环节，推进全面节约") == []


def test_two_tasks_joined_by_a_dun_comma_split():
    inner = "大力提振县域消费、提高投资效益，扎实推进乡村振兴"
    got = [inner[s:e] for s, e in central_tasks.task_clauses(inner)]
    assert got == ["大力提振县域消费", "提高投资效益", "扎实推进乡村振兴"]
    whole = "推进政府机构、职能、权限、程序、责任法定化"  # a list of nouns is no pair of tasks
    assert central_tasks.task_clauses(whole) == [(0, len(whole))]


# ---------------------------------------------------------------- quotes side by side


def test_quotes_side_by_side_share_the_verdict(slogan_pipe):
    text = "近年来，临江县通过打造“农业+旅游”“农业+文创”“农业+康养”等融合发展新形式，带动农民增收。"
    got = slogan_forms(slogan_pipe, text)
    for name in ("农业+旅游", "农业+文创", "农业+康养"):
        assert name in got, got


def test_runs_are_names_side_by_side_not_sentences_or_nested_quotes():
    from baokan.annotators.language import quote_runs, quoted

    text = "推行“蹲点进网格”“徒步走城区”等调研工作法。他说：“我们要‘一户一策’。”“好的。”"
    quotes = quoted.find_quotes(text)
    got = [[quotes[i].inner for i in run] for run in quote_runs.runs(text, quotes)]
    assert got == [["蹲点进网格", "徒步走城区"]]
