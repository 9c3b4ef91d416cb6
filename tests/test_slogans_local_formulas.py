"""Local formulas of provincial, city, county, police and legal papers (issue 19, session 10), on
made-up text.

Such papers name the procedures, goals and schemes of their own bodies, which no central document
lists: a chain of steps (“受理—分流—调解—反馈”闭环机制), a compact list of one length framed as a goal
or a mechanism (围绕“防风险、保安全、护稳定”目标), a ``+`` formula of two procedures (“巡察+审计”协作).
Arithmetic, a bus route, unframed lists that describe a product and quoted speech stay out.
"""

from __future__ import annotations

from conftest import slogan_forms

from baokan.annotators.language import quote_forms, quoted


def verdict(text: str, phrase: str) -> quoted.Judgement:
    start = text.index(phrase)
    return quoted.judge(text, start, start + len(phrase))


def test_a_chain_of_steps_before_a_procedure_word_is_a_formula(slogan_pipe):
    text = "东坝县矛调中心推行“登记—研判—交办—回访”闭环机制，群众诉求件件有回音。"
    assert "登记—研判—交办—回访" in slogan_forms(slogan_pipe, text)
    double = "柳林镇形成了“支部定方向——网格全覆盖——服务零距离”的治理新格局。"
    assert verdict(double, "支部定方向——网格全覆盖——服务零距离").slogan
    spaced = '该所以 "接警 - 分流 - 化解 - 回访" 工作流程处置纠纷。'
    assert verdict(spaced, "接警 - 分流 - 化解 - 回访").slogan


def test_a_chain_without_a_procedure_word_is_not():
    pipeline = "课题组提出分层控制方法，构建“感知—决策—执行”闭环。初期测试表明效果良好。"
    assert not verdict(pipeline, "感知—决策—执行").slogan
    stages = "要打通“育种—制种—推广”全链条，让好品种更快走向田间。"  # a sector's stages, described
    assert not verdict(stages, "育种—制种—推广").slogan
    speech = "老人拉着民警的手说：“要不是你们——我这钱就没了。”"
    assert not verdict(speech, "要不是你们——我这钱就没了。").slogan
    assert not quote_forms.dash_chain("要不是你们——我这钱就没了")


def test_a_framed_compact_list_is_a_formula(slogan_pipe):
    text = "全县政法系统紧扣“强基础、补短板、促提升”工作主线，推动各项任务落地见效。"
    assert "强基础、补短板、促提升" in slogan_forms(slogan_pipe, text)
    built = "北关街道构建“社区吹哨、部门联动、群众评议”的基层治理新格局。"
    assert verdict(built, "社区吹哨、部门联动、群众评议").slogan
    goal = "各村明确网格员职责，确保“网中有格、格中有人、人有其责”。"
    assert verdict(goal, "网中有格、格中有人、人有其责").slogan
    two = "该院构建“立案即调解、结案即回访”的解纷模式。"
    assert verdict(two, "立案即调解、结案即回访").slogan


def test_unframed_or_loose_lists_are_not():
    described = "这款新设备被称作“会看路、能避障、懂节能”的智能小车。"
    assert not verdict(described, "会看路、能避障、懂节能").slogan
    advert = "“零门槛高薪岗”“管吃管住、报销路费、专车接送”……这样的招聘信息要当心。"
    assert not verdict(advert, "管吃管住、报销路费、专车接送").slogan
    speech = "村民们纷纷表示：“吃得好、住得暖、睡得香。”"
    assert not verdict(speech, "吃得好、住得暖、睡得香。").slogan
    assert not quote_forms.list_formula("吃得好、住得暖、睡得香")
    assert not quote_forms.list_formula("改作风、促发展")  # two short items: a writer's pair
    traits = "这是遵循农业生产“周期长、投入大、见效慢”的规律作出的安排。"  # a weak cue (遵循) frames nothing
    assert not verdict(traits, "周期长、投入大、见效慢").slogan


def test_a_plus_formula_of_two_procedures_is_a_local_scheme(slogan_pipe):
    text = "县委巡察组坚持“巡察+审计”协作，把两种监督贯通起来。"
    assert "巡察+审计" in slogan_forms(slogan_pipe, text)
    heard = "“公开听证+检察建议”让整改落到实处。"
    assert verdict(heard, "公开听证+检察建议").slogan
    product = "这家店推出“咖啡+面包”套餐，吸引了不少上班族。"
    assert not verdict(product, "咖啡+面包").slogan


def test_arithmetic_and_scores_are_no_plus_formula(slogan_pipe):
    text = "课堂上，老师在黑板上写下“4+3=7”，孩子们争着举手回答。"
    assert "4+3=7" not in slogan_forms(slogan_pipe, text)
    assert not quoted.is_plus_formula("4+3=7")
    assert quoted.is_plus_formula("1+N")


def test_a_named_thesis_is_not_held_long():
    text = "该院树立“诉前化解纠纷是最好的司法服务”的理念，主动对接各调解组织。"
    assert verdict(text, "诉前化解纠纷是最好的司法服务").slogan
    told = "他笑着说：“这件事情办得让我们老百姓真是太满意了”的话传遍了全村。"
    assert not verdict(told, "这件事情办得让我们老百姓真是太满意了").slogan


def test_a_quote_as_the_starting_point_is_a_programme(slogan_pipe):
    text = "青石镇以“一张网格管到底”为切入点，深化基层治理。"
    assert "一张网格管到底" in slogan_forms(slogan_pipe, text)


def test_a_compact_list_before_a_theme_word_is_a_formula(slogan_pipe):
    text = "市公安局部署开展以“打盗抢、护民生、保平安”为主题的夏季行动。"
    assert "打盗抢、护民生、保平安" in slogan_forms(slogan_pipe, text)
    event = "文化馆举办以“春天来了”为主题的少儿绘画展。"
    assert "春天来了" not in slogan_forms(slogan_pipe, event)


def test_a_nationwide_campaign_keeps_its_head(slogan_pipe):
    text = "县公安局以扫黑除恶专项斗争为龙头，严厉打击各类违法犯罪。"
    got = slogan_forms(slogan_pipe, text)
    assert "扫黑除恶专项斗争" in got
    assert "扫黑除恶" not in got
