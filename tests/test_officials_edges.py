"""Officials in the shapes real pages write them (issue 19): names and title chains
that the sample page does not hold. Every sentence here is made up for the test."""

from __future__ import annotations

from typing import Dict, List

import msgspec
from conftest import validate

from baokan.annotators.core.document import Document
from baokan.annotators.core.pipeline import Pipeline


def officials(text: str) -> Dict[str, List[str]]:
    """name -> titles of the officials the whole default pipeline finds in ``text``."""
    doc = Pipeline()(Document(doc="t", text=text))
    out: Dict[str, List[str]] = {}
    for r in validate(msgspec.to_builtins(a) for a in doc.articles):
        for e in r["entities"]:
            if e["label"] == "official":
                assert r["text"][e["start"] : e["end"]] == e["text"]
                out.setdefault(e["name"], []).append(e.get("title"))
    return out


def test_title_ending_like_a_private_job_word_keeps_its_name():
    # 总工程师 ends with 工程师, a private person's job: the title is no such word
    found = officials("省水利厅总工程师梁志远介绍，今年汛期来得早。")
    assert found.get("梁志远") == ["省水利厅总工程师"]


def test_name_glued_to_a_verb_jieba_cuts_apart():
    # 发表 is a word, so the tagger reads 童德 + 发表示
    found = officials("县委副书记余德发表示，要把好事办好。")
    assert "余德发" in found and "余德" not in found


def test_name_jieba_does_not_know_before_a_verb_of_saying():
    found = officials("区人民法院民事审判庭副庭长房素红介绍，调解结案率逐年上升。")
    assert "房素红" in found


def test_third_character_settled_by_the_other_mentions():
    text = (
        "村党支部书记管永新要去县里参加培训，村里的事暂由副主任代管。\n"
        "村民拨通了管永新的电话。\n"
        "驻村第一书记宁锐刚来不久，就跑遍了全村。后来，宁锐更熟悉村情了。"
    )
    found = officials(text)
    assert "管永新" in found and "管永" not in found
    assert "宁锐" in found and "宁锐刚" not in found


def test_third_character_kept_when_the_short_form_is_an_everyday_word():
    found = officials("省级领导高兴夫、杨青山出席。大家高兴地说，好日子来了。")
    assert "高兴夫" in found


def test_foreign_heads_of_state_and_ambassadors():
    text = (
        "佛得角总统内韦斯—桑托斯在仪式上致辞。塔吉克斯坦总理达夫拉托夫曾多次到工地考察。"
        "中国驻佛得角大使贾德发表示，项目将造福当地。"
    )
    found = officials(text)
    assert found.get("内韦斯—桑托斯") == ["佛得角总统"]
    assert found.get("达夫拉托夫") == ["塔吉克斯坦总理"]
    assert found.get("贾德发") == ["中国驻佛得角大使"]


def test_tibetan_name_without_a_han_surname():
    found = officials("县委副书记旦增尼玛说，今年要把牧区道路修通。")
    assert found.get("旦增尼玛") == ["县委副书记"]


def test_common_words_after_police_words_are_no_officials():
    found = officials("广场上，特警方阵、巡警方阵、交警方阵依次走过主席台。")
    assert not found


def test_function_word_does_not_open_a_name():
    found = officials("市委书记和市长严立新出席会议。")
    assert "和市长" not in found and "严立新" in found


def test_bureau_names_with_and_and_posted_bodies_keep_the_whole_title():
    text = (
        "省住房和城乡建设厅村镇处处长魏长林说，改造要先问需于民。\n"
        "市纪委监委派驻第四纪检监察组组长邢建国介绍，今年共受理信访举报十余件。\n"
        "商务部对外投资和经济合作司司长邱明远表示，对外投资平稳有序。\n"
        "市公安局江北分局反诈专班民警柏青说，这类骗局专挑老人下手。"
    )
    found = officials(text)
    assert found.get("魏长林") == ["省住房和城乡建设厅村镇处处长"]
    assert found.get("邢建国") == ["市纪委监委派驻第四纪检监察组组长"]
    assert found.get("邱明远") == ["商务部对外投资和经济合作司司长"]
    assert found.get("柏青") == ["市公安局江北分局反诈专班民警"]


def test_two_bodies_joined_by_and_are_not_one():
    found = officials("市教育局和市公安局局长许文澜出席。")
    assert found.get("许文澜") == ["市公安局局长"]


def test_dotted_column_names_are_no_transliterated_names():
    text = (
        "李建华委员——\n“把提案写在田野上”（履职尽责·提案追踪委员风采）\n为民造福的初心·答卷总书记的嘱托，大家记在心里。"
    )
    found = officials(text)
    assert not any("·" in name for name in found)


def test_posts_of_companies_workshops_and_institutes_make_no_official():
    text = (
        "“今年订单排到了年底。”车间主任鲁晓红说。\n"
        "“基地带动了三百多户。”基地负责人钱永亮说。\n"
        "某某能源集团公司管委会主席卡里莫夫表示，项目进展顺利。\n"
        "省农业科学院作物研究所所长邵国栋介绍，新品种亩产提高一成。"
    )
    found = officials(text)
    assert not set(found) & {"鲁晓红", "钱永亮", "卡里莫夫", "邵国栋"}


def test_a_private_post_after_an_official_one_stays_in_the_title():
    text = "“要把人才留在基层。”全国政协委员、江南大学农学院教授闵志强说，近年来乡村振兴人才缺口仍然较大。"
    found = officials(text)
    assert found.get("闵志强") == ["全国政协委员、江南大学农学院教授"]


def test_a_professor_alone_is_no_official():
    found = officials("江南大学农学院教授闵志强说，人才缺口仍然较大。")
    assert "闵志强" not in found


def test_guest_list_lines_name_first_then_posts():
    text = (
        "本期嘉宾：\n"
        "　　梁文博  全国政协委员、民盟江南省委会副主委、江南大学法学院教授\n"
        "　　祁晓光  全国人大代表、临江市青川县白石镇党委书记\n"
        "　　梁文博：基层治理要靠法治。\n"
    )
    found = officials(text)
    assert found.get("梁文博", [None])[0] == "全国政协委员、民盟江南省委会副主委、江南大学法学院教授"
    assert found.get("祁晓光", [None])[0] == "全国人大代表、临江市青川县白石镇党委书记"


def test_signed_article_author_holds_the_post_of_the_closing_note():
    text = (
        "为民营企业撑起法治之伞（建言）\n"
        "祁  岚\n"
        "　　民营经济是推进中国式现代化的生力军。依法平等保护各类经营主体，是法治的应有之义。\n"
        "　　（作者为全国政协常委、江南省政协副主席）\n"
    )
    found = officials(text)
    assert found.get("祁  岚") == ["全国政协常委、江南省政协副主席"]


def test_author_note_with_only_a_private_post_makes_no_official():
    text = "乡村振兴要靠人才（观点）\n祁  岚\n　　人才是乡村振兴的关键。\n　　（作者为江南大学农学院教授）\n"
    assert not officials(text)


def test_function_words_and_everyday_words_after_titles_are_no_names():
    text = (
        "党的十八大以来，习近平总书记从坚持和完善党的领导入手谋划全局。"
        "牢记总书记殷殷嘱托，全县上下干劲十足。"
        "会上明确责任领导和责任单位，限期整改。"
        "她刚到社区做网格员那阵子，常常迷路。"
    )
    found = officials(text)
    assert set(found) <= {"习近平"}


def test_a_post_word_across_two_words_is_no_title():
    found = officials("街道新开了一家社区长者食堂，附近老人都来吃饭。")
    assert not found


def test_a_stop_word_after_a_name_is_not_taken_in_by_other_mentions():
    text = "市检察院副检察长许辉在走访企业时发现问题。许辉在座谈会上说，要堵住漏洞。许辉在，大家就放心。"
    found = officials(text)
    assert "许辉" in found and "许辉在" not in found


def test_foreign_party_and_republic_names_stay_in_the_title():
    text = "应吉尔吉斯共和国总统扎帕尔别科夫邀请，代表团前往访问。柬埔寨人民党主席、参议院主席洪萨林会见了代表团。"
    found = officials(text)
    assert found.get("扎帕尔别科夫") == ["吉尔吉斯共和国总统"]
    assert found.get("洪萨林", [""])[0].startswith("柬埔寨人民党主席")


def test_tibetan_name_with_a_han_surname_character_read_whole():
    found = officials("州林草局党组书记、局长尤拉才让说，退牧还草让草场绿了。")
    assert "尤拉才让" in found


def test_a_generic_post_with_no_body_before_it_names_no_official():
    text = "“这批货是今年的新品。”主任岳丽明说。“线上订单翻了一番。”负责人霍建军介绍。"
    assert not officials(text)


def test_bodies_named_by_short_forms_keep_their_prefix():
    text = "民进中央主席蒋文华、常务副主席邵明远带队到江南调研。中国残联主席韦立群说，要办好残疾人的事。"
    found = officials(text)
    assert found.get("蒋文华") == ["民进中央主席"]
    assert found.get("韦立群") == ["中国残联主席"]


def test_a_common_surname_before_an_everyday_word_is_no_name():
    text = "每逢赶集，派出所民警向群众讲解防诈知识。提高党领导经济社会发展能力。"
    assert not officials(text)


def test_anonymised_names_are_no_officials():
    text = "经查，某县原副县长王某收受他人财物。一名李姓局长也被立案审查。派出所民警张某某赶到现场。"
    assert not officials(text)


def test_chains_with_and_and_office_names_holding_a_verb():
    text = (
        "中央纪委国家监委驻农业农村部纪检监察组组长兼国家预防腐败局局长贺明远出席。"
        "流域管理中心运行调度处副处长邰宝山说，闸门已全部检修。"
    )
    found = officials(text)
    assert found.get("贺明远") == ["中央纪委国家监委驻农业农村部纪检监察组组长兼国家预防腐败局局长"]
    assert found.get("邰宝山") == ["流域管理中心运行调度处副处长"]


def test_council_chair_after_a_party_post():
    found = officials("中国残联党组书记、理事长鲁长奎介绍，科技助残成效显著。")
    assert found.get("鲁长奎") == ["中国残联党组书记、理事长"]


def test_village_and_community_names_that_look_like_person_names_stay_in_the_title():
    text = "“活动空间太小了。”李家垅社区党委书记范琳说。“这是新推广的修剪法。”北福村党总支书记贺开志介绍。"
    found = officials(text)
    assert found.get("范琳") == ["李家垅社区党委书记"]
    assert found.get("贺开志") == ["北福村党总支书记"]


def test_a_post_word_inside_an_idiom_is_no_title():
    assert not officials("要让人才各展所长凤栖梧桐，形成良好氛围。")


def test_a_generic_post_after_no_body_names_no_official():
    assert not officials("“游客越来越多了。”一位工作人员钟小红说。")


def test_a_leader_named_as_comrade_with_no_post_is_an_official_without_title():
    text = "在以王建国同志为核心的领导班子带领下，全县上下团结奋斗。同志们干劲十足。"
    doc = Pipeline()(Document(doc="t", text=text))
    ents = [e for a in doc.articles for e in a.entities if e.label == "official"]
    assert [(e.name, e.title) for e in ents] == [("王建国", None)]


def test_comrade_after_a_titled_name_keeps_the_title():
    found = officials("省委书记王建国同志出席会议。王建国同志强调，要抓好落实。")
    assert found == {"王建国": ["省委书记", "省委书记"]}


def test_a_generic_post_in_a_list_after_a_named_official_keeps_its_name():
    found = officials("民进中央主席蒋文华、常务副主席邵明远带队到江南调研。")
    assert found.get("邵明远") == ["常务副主席"]


def test_author_name_run_on_to_the_headline_still_holds_the_note_post():
    text = (
        "扎实推进城乡融合发展（学习贯彻全会精神）邵成国\n"
        "　　共同富裕是中国特色社会主义的本质要求。\n"
        "　　（作者为中共江南省委常委、政法委书记）\n"
    )
    found = officials(text)
    assert found.get("邵成国") == ["中共江南省委常委、政法委书记"]


def test_a_place_ending_inside_a_fused_title_stays_with_it():
    found = officials("广西壮族自治区党委书记陈立刚主持会议并讲话。")
    assert found.get("陈立刚") == ["广西壮族自治区党委书记"]


def test_uyghur_and_mongolian_names_and_village_bodies():
    text = (
        "乡长艾尔肯江表示，要把路修好。县委副书记阿不都热依木说，要把事办好。"
        "嘎查党支部书记巴图孟和带领牧民建起了合作社。"
    )
    found = officials(text)
    assert found.get("艾尔肯江") == ["乡长"]
    assert found.get("阿不都热依木") == ["县委副书记"]
    assert found.get("巴图孟和") == ["嘎查党支部书记"]


def test_team_and_project_posts_make_no_official():
    text = "“新品种亩产提高一成。”农场项目部部长邹长生介绍。“这是大家一起想出来的。”团队成员、江南大学副教授祝斌说。"
    assert not officials(text)


def test_later_mention_glued_to_a_verb_of_saying_is_found():
    text = "省委农村工作领导小组办公室主任程立明通报了春耕进展。“春播面积稳中有增。”程立明说，“农资供应充足。”"
    doc = Pipeline()(Document(doc="t", text=text))
    spans = [(e.start, e.title) for a in doc.articles for e in a.entities if e.label == "official"]
    assert [s for s, _ in spans] == [text.index("程立明"), text.rindex("程立明")]
    assert {t for _, t in spans} == {"省委农村工作领导小组办公室主任"}


def test_short_foreign_name_after_a_foreign_post():
    # 普 is a syllable of the tables, 京 is not, and jieba tags the name as a place;
    # the looser test takes no everyday word after such a post
    found = officials("俄罗斯总统普京表示，愿同各方加强合作。总统选举结果已经公布。总统府发言人表示欢迎。")
    assert found == {"普京": ["俄罗斯总统"]}


def test_foreign_name_before_a_foreign_post():
    found = officials("国家主席习近平同普京总统举行会谈。双方还会见了马克龙总统。")
    assert found.get("普京") == ["总统"]
    assert found.get("马克龙") == ["总统"]


def test_name_set_apart_by_a_comma_before_its_post():
    # 建华 is also a district's short form: it does not stop the name; a comma before a post
    # with no name before it sets nothing apart
    found = officials("记者采访了李建华，省公安厅副厅长，他说防范工作前移了。据介绍，县委书记，是第一责任人。")
    assert found == {"李建华": ["省公安厅副厅长"]}


def test_list_of_names_before_a_collective_title():
    found = officials("王立新、李华和赵志强等市领导出席活动。")
    assert found == {"王立新": ["市领导"], "李华": ["市领导"], "赵志强": ["市领导"]}


def test_profile_kicker_verb_is_no_part_of_the_title():
    # ——记… opens a profile: 记 is its verb, not the start of the body's name
    found = officials("——记县公安局交警大队民警周振宇\n周振宇每天早上六点到岗。")
    assert found.get("周振宇", [None])[0] == "县公安局交警大队民警"


def test_name_before_its_title_that_jieba_cuts_after_the_surname():
    # jieba reads 赵 + 志强, two names: the surname and the given name are one person
    found = officials("调研组来到村里，赵志强书记带着大家察看了新修的水渠。")
    assert found.get("赵志强") == ["书记"]


def test_heads_of_volunteer_teams_company_departments_and_trial_stations_are_no_officials():
    text = (
        "社区志愿服务队负责人孙海林带着队员入户。港口操作部负责人郑一鸣说，效率提高了。"
        "省茶叶综合试验站站长钱文亮介绍了新品种。县农业农村局局长周立群说，明年还要扩种。"
    )
    assert officials(text) == {"周立群": ["县农业农村局局长"]}


def test_signed_author_in_the_byline_holds_the_post_of_the_closing_note():
    text = (
        "以高质量党建引领基层治理（深入学习贯彻新思想）\n"
        "周明远\n"
        "基层治理是国家治理的基石。近年来，各地坚持党建引领，持续推进治理创新，群众的获得感不断增强。\n"
        "（作者为中共江西省委常委、宣传部部长）\n"
    )
    assert officials(text).get("周明远") == ["中共江西省委常委、宣传部部长"]


def test_clause_of_duties_between_a_body_and_its_post_stays_in_the_title():
    doc = Pipeline()(Document(doc="t", text="发布会上，省委政法委分管日常工作的副书记陈立平，省公安厅副厅长吴海出席。"))
    found = {e.name: e for a in doc.articles for e in a.entities if e.label == "official"}
    assert found["陈立平"].title == "省委政法委分管日常工作的副书记"
    assert [(p.org, p.position) for p in found["陈立平"].posts] == [("省委政法委", "副书记")]
    assert found["吴海"].title == "省公安厅副厅长"


def test_long_police_chain_with_two_duties_joined_by_he_keeps_its_whole_title():
    # the office's name holds two duties joined by 和, and the chain is longer than a bare run may be
    title = "呼和浩特市公安局交通管理支队车辆查验处理和事故鉴定大队教导员"
    assert officials(f"{title}刘海峰说，窗口前移后群众少跑了路。").get("刘海峰") == [title]


def test_place_name_inside_a_name_does_not_open_the_next_title():
    # 新和 is also a county's short form: here it is the end of one name and the word 和
    found = officials("县公安局副局长王立新和民警李华一起走访了独居老人。")
    assert found == {"王立新": ["县公安局副局长"], "李华": ["民警"]}


def test_train_prison_and_court_police_officers():
    found = officials("列车上，铁路公安处乘警赵志刚帮旅客找回了钱包。监狱狱警钱立新说，教育改造要走心。")
    assert found == {"赵志刚": ["铁路公安处乘警"], "钱立新": ["监狱狱警"]}


def test_army_titles_keep_their_anonymised_and_numbered_units():
    text = (
        "原某部三连班长郑小川牺牲时年仅二十岁。武警某支队战士冯涛说，要接好这一棒。"
        "空军某基地副司令员韩光明出席。北部战区司令员许建军上将讲话。"
    )
    assert officials(text) == {
        "郑小川": ["原某部三连班长"],
        "冯涛": ["武警某支队战士"],
        "韩光明": ["空军某基地副司令员"],
        "许建军": ["北部战区司令员"],
    }


def test_chiefs_of_the_river_system_and_the_holder_ordinal_stay_in_the_title():
    found = officials("县级河长王立新说，河道保洁要常态化。青石村第二任村级河长钱立军每天巡河。")
    assert found == {"王立新": ["县级河长"], "钱立军": ["青石村第二任村级河长"]}


def test_speaker_of_a_speech_signed_with_a_name_alone_is_an_official():
    text = "凝心聚力开新局\n——在全省政法工作会议上的讲话\n孙建国\n同志们：\n今天，我们召开全省政法工作会议。\n"
    assert officials(text) == {"孙建国": [None]}
    # a reporter in the byline of an article that is no speech stays out
    assert officials("全省政法工作会议召开\n本报记者  孙建国\n今天，全省政法工作会议召开。\n") == {}


def test_heads_of_power_stations_and_drug_makers_are_no_officials():
    found = officials("乡水电站负责人王刚说。江南制药党委副书记李华说。县水利局局长赵强说。")
    assert found == {"赵强": ["县水利局局长"]}


def test_name_that_is_also_a_word_before_a_verb_jieba_tags_as_a_noun():
    # jieba reads 苏林 as a place and 会见 as a noun
    found = officials("越共中央总书记苏林会见了代表团。")
    assert found == {"苏林": ["越共中央总书记"]}


def test_name_before_he_is_no_field_of_the_next_title():
    # 胜利 reads as a field word (工业和信息化) but is 范胜利's given name
    found = officials("村里的摄影高手范胜利和驻村省级文化特派员陈立说，活动早有准备。")
    assert found.get("陈立") == ["驻村省级文化特派员"]


def test_two_character_name_before_renwei_keeps_its_right_edge():
    # jieba reads 曹兵 + 认为; the 周德 + 明说 repair must not take 认 into the name
    assert officials("镇党委书记曹兵认为，产业要先行。") == {"曹兵": ["镇党委书记"]}


def test_two_character_name_jieba_guesses_as_a_place_or_a_noun():
    # 江峰 (tagged ns) before a comma, 陶力 (tagged n, no dictionary word) before an idiom
    found = officials("县委书记江峰，副县长陶力深有体会。")
    assert found == {"江峰": ["县委书记"], "陶力": ["副县长"]}


def test_name_jieba_glues_to_a_verb_of_saying():
    assert officials("派出所所长贺旭说，今年警情下降。") == {"贺旭": ["派出所所长"]}


def test_name_jieba_does_not_know_before_a_post_or_tongzhi():
    found = officials("会上，潘成文书记带头表态。随后，蒋建成同志讲话。")
    assert found == {"潘成文": ["书记"], "蒋建成": [None]}


def test_two_character_tibetan_names_after_a_post():
    found = officials("县委书记旦增说，要把牧区的路修好。副县长次仁介绍了草场保护的做法。民警多次走访牧户。")
    assert found == {"旦增": ["县委书记"], "次仁": ["副县长"]}


def test_transliterated_name_before_a_post():
    assert officials("会上，扎西次仁书记讲了牧区的变化。") == {"扎西次仁": ["书记"]}


def test_post_in_brackets_after_a_name():
    found = officials("王立新（县公安局副局长）介绍了情况。图为李华（左二）在走访。")
    assert found == {"王立新": ["县公安局副局长"]}


def test_post_joined_to_the_name_by_de_after_a_verb_of_holding():
    found = officials("担任村党支部书记的王立新带领村民修路。时任县委书记的赵志远来到村里。县长的秘书李华记录。")
    assert found == {"王立新": ["村党支部书记"], "赵志远": ["时任县委书记"]}


def test_heads_of_sports_bodies_are_no_officials():
    found = officials(
        "国际奥委会主席托马斯·巴赫表示祝贺。世界泳联主席侯赛因·阿尔穆萨拉姆说。国家体育总局局长高志远致辞。"
    )
    assert found == {"高志远": ["国家体育总局局长"]}


def test_third_character_of_a_name_jieba_leaves_apart():
    # jieba reads 杨强 + 文 + 指出 and 宋明 + 强 + 带领; 家 after a name says where, not who
    found = officials("县委书记杨强文指出，要抓好春耕。副县长宋明强带领工作组下乡。记者来到村党支部书记王立新家。")
    assert found == {"杨强文": ["县委书记"], "宋明强": ["副县长"], "王立新": ["村党支部书记"]}


def test_name_jieba_breaks_up_before_an_adverb_or_a_verb():
    # jieba reads 黄 + 浩平 and 种 + 及 + 华: the surname and what a verb follows make the name
    found = officials("县委书记黄浩平多次强调，要抓好落实。市司法局局长种及华介绍，调解成功率提高了。")
    assert found == {"黄浩平": ["县委书记"], "种及华": ["市司法局局长"]}


def test_idioms_and_function_words_after_a_post_are_no_names():
    # jieba's dictionary tags 严格执法 as a name; 都 is a surname and 与 a preposition
    assert officials("民警严格执法，调研组成员都与企业负责人交流。") == {}


def test_third_character_of_a_name_before_an_idiom():
    # jieba reads 汪洋 + 明 + 深有体会: the idiom ends the name as a verb of saying would
    assert officials("县委书记汪洋明深有体会，干部作风转变了。") == {"汪洋明": ["县委书记"]}


def test_narrator_of_a_first_person_story_holds_the_post_of_the_byline():
    text = (
        "守好这一段河\n讲述人：江西省某县青石村党支部书记  钱立军\n"
        "我当村支书十年了，每天都要到河边走一走，看看水清不清。\n"
    )
    assert officials(text) == {"钱立军": ["江西省某县青石村党支部书记"]}
    private = "守好这一段河\n讲述人：江西省某县青石村村民  钱立军\n我在河边住了几十年，每天都要到河边走一走。\n"
    assert officials(private) == {}


def test_everyday_word_after_a_title_is_no_name():
    # jieba's dictionary lists 温馨 and 步履 as names; here they run on into the sentence
    assert officials("镇党委书记温馨提示大家注意防汛安全。") == {}
    assert officials("县委书记步履匆匆赶到抢险现场。") == {}


def test_dictionary_word_name_before_an_adverb_or_a_verb_of_saying_stays():
    found = officials("县委书记汪洋曾多次到村里调研。")
    assert found.get("汪洋") == ["县委书记"]
    assert "高峰" in officials("市长高峰表示，要守住底线。")


def test_adjective_with_the_adverb_particle_is_no_name():
    # 高 is a surname, but 高兴地 is 高兴 + 地 before the verb
    assert officials("村党支部书记高兴地说，路修通了。") == {}


def test_post_given_with_a_verb_after_the_name():
    # the verb (是, 现任) is no part of the title, and the name before it holds the post
    assert officials("据介绍，刘芳是平安县副县长，分管教育。") == {"刘芳": ["平安县副县长"]}
    assert officials("张建国现任市委书记。") == {"张建国": ["市委书记"]}
    assert officials("大家都知道他是县委书记。") == {}


def test_third_character_jieba_takes_for_an_adverb_before_a_verb_of_saying():
    # 立 is a verb to jieba's dictionary, an adverb only in context; 也 and 又 are adverbs
    assert "韩斌立" in officials("副县长韩斌立表示，项目要早开工。")
    assert "罗斌" in officials("镇长罗斌也表示，项目要早开工。")


def test_place_read_across_a_title_and_the_name_after_it():
    # 长江 reads across 县长 + 江峰; a verb of saying after 江峰 settles it as title and name
    assert officials("副县长江峰介绍，新修的路年底通车。") == {"江峰": ["副县长"]}
    assert officials("上海市公安局长宁分局民警介绍，案件已告破。") == {}


def test_city_and_its_head_written_together():
    # 大连市长 is 大连 + 市长, though jieba reads 大连市 + 长王
    assert officials("大连市长王刚出席了开幕式。") == {"王刚": ["大连市长"]}
    assert officials("平安县长刘芳介绍，路通到了家门口。") == {"刘芳": ["平安县长"]}


def test_place_short_form_that_is_a_name_before_a_verb_of_saying():
    # 尼玛 is a county's short form and a Tibetan given name; 介绍 after it makes it a person
    assert officials("村党支部书记尼玛介绍，村里通了公路。") == {"尼玛": ["村党支部书记"]}


def test_note_on_several_authors_gives_each_their_post_in_order():
    text = (
        "让好政策落地见效（建言）\n"
        "韩  松  祁晓光\n"
        "　　民营经济是推进中国式现代化的生力军。依法平等保护各类经营主体，是法治的应有之义。\n"
        "　　（作者分别为江南省发展改革委主任、{}）\n"
    )
    assert officials(text.format("临江市副市长")) == {"韩  松": ["江南省发展改革委主任"], "祁晓光": ["临江市副市长"]}
    # a private post makes no official of its author
    assert "祁晓光" not in officials(text.format("江南大学教授"))


def test_a_verb_inside_the_body_before_a_community_post_leaves_the_title():
    # the body's guess ran back over 记者走进 to the post of the community itself
    assert officials("记者走进社区党委书记吕江南的办公室。") == {"吕江南": ["社区党委书记"]}


def test_apposition_that_gives_the_post_with_a_verb():
    assert officials("韩立群，现任平安县副县长，分管农业。") == {"韩立群": ["平安县副县长"]}
