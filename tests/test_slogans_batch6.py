"""Slogan classes of the sixth round (issue 19): what a blind reading of unseen commentary, policy
and political-legal reports found missing, on made-up pages.

The lexicon's batch 6 adds whole classes of the public record: the 20th Congress report's theory
formulas, the anti-gang campaign's goals and case rules, the four principles and the goals of the
2016 river-chief opinions, discipline and economic formulas. Lists of clauses printed with commas
instead of 、 match their lexicon row; 守X有责 frames take any unit in the slot.
"""

from __future__ import annotations

import pytest
from conftest import assert_slogan_form, slogan_forms

from baokan.annotators.core import lexicon


@pytest.mark.parametrize(
    "text, form, canonical",
    [
        (
            "报告会上，宣讲员讲到这一思想回答了中国之问、世界之问、人民之问、时代之问。",
            "中国之问、世界之问、人民之问、时代之问",
            None,
        ),
        ("这一思想是当代中国马克思主义、二十一世纪马克思主义。", "当代中国马克思主义、二十一世纪马克思主义", None),
        ("全区党员干部要全面学习、全面把握、全面落实会议精神。", "全面学习、全面把握、全面落实", None),
        ("要增进政治认同、思想认同、理论认同、情感认同。", "政治认同、思想认同、理论认同、情感认同", None),
        ("坚持以党的自我革命引领社会革命，把从严治党贯穿始终。", "以党的自我革命引领社会革命", None),
        ("市纪委把正风肃纪贯穿节日前后。", "正风肃纪", None),
        ("推动新时代纪检监察工作高质量发展。", "纪检监察工作高质量发展", None),
        ("各派出所坚持专门工作与群众路线相结合，走访辖区商户。", "专门工作与群众路线相结合", None),
        (
            "全县围绕一年打击遏制、两年深挖根治、三年长效常治的目标推进工作。",
            "一年打击遏制、两年深挖根治、三年长效常治",
            None,
        ),
        ("办案中坚持有黑必扫、除恶务尽。", "有黑必扫、除恶务尽", None),
        ("法治具有固根本、稳预期、利长远的保障作用。", "固根本、稳预期、利长远", None),
        ("要在固根基、扬优势、补短板、强弱项上下功夫。", "固根基、扬优势、补短板、强弱项", None),
        ("区里持续深入打好蓝天、碧水、净土保卫战。", "蓝天、碧水、净土保卫战", None),
        ("镇里推行产业链链长制，一名领导联系一条产业链。", "链长制", "链长制"),
        ("市司法局深化减证便民，取消一批证明材料。", "减证便民", None),
        ("该市坚持实体经济为本、制造业当家。", "实体经济为本、制造业当家", None),
        ("各乡镇坚持党政领导、部门联动，层层压实河长责任。", "党政领导、部门联动", None),
        ("实行一河一策、一湖一策，解决好河湖管理保护的突出问题。", "一河一策、一湖一策", None),
        ("县水利局以全面推行河长制为契机，清理河道。", "河长制", "河长制"),
        ("要加快推动科技创新与产业创新深度融合。", "科技创新与产业创新深度融合", "科技创新和产业创新融合发展"),
    ],
)
def test_batch6_lexicon_rows(slogan_pipe, text, form, canonical):
    assert_slogan_form(slogan_pipe, text, form, canonical)


def test_policing_pair_gives_each_concept(slogan_pipe):
    got = slogan_forms(slogan_pipe, "分局大力实施主动警务、预防警务，把警力摆在街面。")
    assert "主动警务" in got and "预防警务" in got
    assert "主动警务、预防警务" not in got


def test_case_rule_printed_with_ascii_comma_and_its_short_form(slogan_pipe):
    text = "检察院坚持“是黑恶犯罪一个不放过,不是黑恶犯罪一个不凑数”，严把“不放过、不凑数”要求。"
    got = slogan_forms(slogan_pipe, text)
    assert "是黑恶犯罪一个不放过,不是黑恶犯罪一个不凑数" in got
    assert "不放过、不凑数" in got


def test_clause_list_printed_with_commas_matches_its_row(slogan_pipe):
    text = "派出所努力做到“矛盾不上交,平安不出事,服务不缺位”。"
    got = slogan_forms(slogan_pipe, text)
    assert "矛盾不上交,平安不出事,服务不缺位" in got
    full = "所里提出矛盾不上交，平安不出事，服务不缺位的工作目标。"
    assert "矛盾不上交，平安不出事，服务不缺位" in slogan_forms(slogan_pipe, full)


def test_comma_lists_only_for_lists_of_clauses():
    assert lexicon.comma_lists("蓝天、碧水") == ()  # two words a comma may part by chance
    assert lexicon.comma_lists("守正创新") == ()  # no list
    assert lexicon.comma_lists("甲乙丙、丁戊己") == ("甲乙丙，丁戊己", "甲乙丙,丁戊己")
    assert lexicon.comma_lists("甲乙丙，丁戊己、庚辛壬") == ()  # mixed marks: printed as written


@pytest.mark.parametrize(
    "text, form",
    [
        ("网信办要求平台守网有责、守网尽责。", "守网有责、守网尽责"),
        ("各级河长真正做到守水有责、守水尽责。", "守水有责、守水尽责"),
        ("社区干部守土有责、守土担责、守土尽责。", "守土有责、守土担责、守土尽责"),
    ],
)
def test_duty_frame_takes_any_unit(slogan_pipe, text, form):
    assert form in slogan_forms(slogan_pipe, text)


def test_quoted_theme_with_a_space_inside(slogan_pipe):
    got = slogan_forms(slogan_pipe, "全市公安机关开展“喜迎二十大 忠诚保平安”主题实践活动。")
    assert "喜迎二十大 忠诚保平安" in got


@pytest.mark.parametrize(
    "text, form, canonical",
    [
        ("州里要让铸牢中华民族共同体意识工作更加有形有感有效。", "有形有感有效", None),
        ("各族群众休戚与共、荣辱与共、生死与共、命运与共。", "休戚与共、荣辱与共、生死与共、命运与共", "四个与共"),
        ("晚会唱响中华民族一家亲、同心共筑中国梦的主旋律。", "中华民族一家亲、同心共筑中国梦", None),
        (
            "坚持以习近平总书记关于加强和改进民族工作的重要思想为指导。",
            "习近平总书记关于加强和改进民族工作的重要思想",
            "习近平关于加强和改进民族工作的重要思想",
        ),
        ("会议强调，推进中华民族共同体建设。", "推进中华民族共同体建设", None),
        ("入汛以来，县里立足防大汛、抢大险、救大灾，备足物资。", "防大汛、抢大险、救大灾", None),
        ("企业要落实“三管三必须”要求。", "三管三必须", None),
        ("严格落实耕地保护党政同责，守住耕地。", "耕地保护党政同责", None),
        ("强化“以补定占”约束。", "以补定占", None),
        ("坚决遏制耕地“非农化”、基本农田“非粮化”。", "非农化", "耕地非农化"),
        ("坚决遏制耕地“非农化”、基本农田“非粮化”。", "非粮化", "耕地非粮化"),
        ("要采取长牙齿的硬措施保护耕地。", "长牙齿的硬措施", None),
        ("牢牢守住十八亿亩耕地红线。", "十八亿亩耕地红线", None),
        (
            "他说，中国人的饭碗任何时候都要牢牢端在自己手中,饭碗主要装中国粮。",
            "中国人的饭碗任何时候都要牢牢端在自己手中,饭碗主要装中国粮",
            "中国人的饭碗任何时候都要牢牢端在自己手中，饭碗主要装中国粮",
        ),
    ],
)
def test_batch6_ethnic_safety_and_farmland_rows(slogan_pipe, text, form, canonical):
    assert_slogan_form(slogan_pipe, text, form, canonical)


@pytest.mark.parametrize(
    "text, form, canonical",
    [
        ("面对世界百年未有之大变局，我们要保持战略定力。", "世界百年未有之大变局", None),
        ("当今世界正经历百年未有之大变局。", "百年未有之大变局", None),
        ("胸怀中华民族伟大复兴战略全局，做好本职工作。", "中华民族伟大复兴战略全局", None),
        ("全面贯彻党的教育方针，办好每一所乡村学校。", "党的教育方针", None),
        ("让每个孩子都能享有公平而有质量的教育。", "公平而有质量的教育", None),
        ("县里加快建设高质量教育体系。", "高质量教育体系", None),
        (
            "法院牢记我国国情决定了我们不能成为诉讼大国，把调解挺在前面。",
            "我国国情决定了我们不能成为诉讼大国",
            None,
        ),
        (
            "法治建设既要抓末端、治已病,更要抓前端、治未病。",
            "法治建设既要抓末端、治已病,更要抓前端、治未病",
            "法治建设既要抓末端、治已病，更要抓前端、治未病",
        ),
        ("以法院工作现代化支撑和服务中国式现代化。", "以法院工作现代化支撑和服务中国式现代化", None),
        ("区里一体推进文明培育、文明实践、文明创建。", "文明培育、文明实践、文明创建", None),
        ("推动物质文明和精神文明协调发展。", "物质文明和精神文明协调发展", None),
    ],
)
def test_batch6_third_round_rows(slogan_pipe, text, form, canonical):
    assert_slogan_form(slogan_pipe, text, form, canonical)


@pytest.mark.parametrize(
    "inner, expected",
    [("7个专项行动", True), ("3大工程", True), ("12项举措", True), ("5G", False), ("2025", True), ("3月", False)],
)
def test_counts_in_arabic_digits_read_as_numbered_sets(inner, expected):
    from baokan.annotators.language.numeral_formulas import is_numeral_formula

    assert is_numeral_formula(inner) is expected


def test_quoted_numbered_set_in_arabic_digits(slogan_pipe):
    got = slogan_forms(slogan_pipe, "要与爱国卫生“7个专项行动”、农村人居环境整治等工作有效衔接。")
    assert "7个专项行动" in got


@pytest.mark.parametrize(
    "text, form, canonical",
    [
        (
            "镇党委深入学习习近平总书记关于网络强国的重要思想。",
            "习近平总书记关于网络强国的重要思想",
            "习近平关于网络强国的重要思想",
        ),
        ("读书班研读习近平关于城市工作的重要思想。", "习近平关于城市工作的重要思想", None),
        (
            "坚持以习近平同志关于文化建设的重要思想为指导。",
            "习近平同志关于文化建设的重要思想",
            "习近平关于文化建设的重要思想",
        ),
    ],
)
def test_named_body_of_thought_on_a_field(slogan_pipe, text, form, canonical):
    assert_slogan_form(slogan_pipe, text, form, canonical)


@pytest.mark.parametrize(
    "text",
    [
        "会议传达了习近平总书记关于防汛救灾的重要指示精神。",  # an instruction, not a named body of thought
        "支部学习了习近平总书记关于科技创新的重要论述。",  # collected remarks: no slogan (sample page's gold)
        "大家学习了习近平总书记关于“三农”工作的重要思想。",  # quotation marks inside: no one gold string
    ],
)
def test_instructions_and_quoted_fields_are_no_named_body(slogan_pipe, text):
    from baokan.annotators.language import named_theses

    assert named_theses.find(text) == []


@pytest.mark.parametrize(
    "text, form, canonical",
    [
        ("要落实新时代党的卫生与健康工作方针。", "党的卫生与健康工作方针", None),
        ("坚持将健康融入所有政策。", "将健康融入所有政策", None),
        (
            "围绕县级强、乡级活、村级稳、上下联、信息通的目标建设医共体。",
            "县级强、乡级活、村级稳、上下联、信息通",
            None,
        ),
        ("新院区取得“多规合一”初审意见。", "多规合一", None),
        ("双拥，是指“拥政爱民,拥军优属”。", "拥政爱民,拥军优属", "双拥"),
        ("驻军切实强化拥政爱民。", "拥政爱民", None),
        ("促进军民融合深度发展。", "军民融合深度发展", None),
        ("他说，中国要强，中国人民生活要好，必须有强大科技。", "中国要强，中国人民生活要好，必须有强大科技", None),
        ("坚持走中国特色自主创新道路。", "中国特色自主创新道路", None),
    ],
)
def test_batch6_fourth_round_rows(slogan_pipe, text, form, canonical):
    assert_slogan_form(slogan_pipe, text, form, canonical)


def test_code_names_in_a_run_of_quotes(slogan_pipe):
    text = "今年以来，从“断卡”“断流”到“昆仑”“团圆”，县公安局接连开展专项行动。"
    got = slogan_forms(slogan_pipe, text)
    assert got.get("断流") == "断流行动"
    assert got.get("昆仑") == "昆仑行动"
    assert got.get("团圆") == "团圆行动"


def test_code_names_read_from_two_columns_as_from_every_row():
    from baokan.annotators.core import lexicon
    from baokan.annotators.language import code_runs

    expected = {}
    for row in lexicon.read_table("slogans").rows:  # every row's dict, every variant
        for form in row.get("variants", "").split(","):
            m = code_runs._CODE_FORM.match(form.strip())
            if m:
                expected.setdefault(m.group(1), row["canonical"])
    assert list(code_runs.code_names().items()) == list(expected.items()) and len(expected) > 10


@pytest.mark.parametrize(
    "text",
    [
        "腊月二十九，一家人终于“团圆”了。",  # alone: an everyday word
        "他把这次旅行叫作“昆仑”，把下一次叫作“远方”。",  # beside a word that is no operation
    ],
)
def test_code_name_alone_is_an_everyday_word(slogan_pipe, text):
    got = slogan_forms(slogan_pipe, text)
    assert "团圆" not in got and "昆仑" not in got


def test_party_building_rows_narrow_the_new_era_modifier(slogan_pipe):
    text = "要深入落实新时代党的建设总要求和新时代党的组织路线，认真落实健全全面从严治党体系任务要求。"
    got = slogan_forms(slogan_pipe, text)
    assert {"党的建设总要求", "党的组织路线", "全面从严治党体系"} <= set(got)
