"""Officials and police units at edges left open after the blind rounds (issue 19, session 10): a name
written between a body and its post (市人民检察院王某检察长), a name's right edge before a verb that
opens with a character names use (陈刚强调, 吴刚刚到任), names that are also words (高峰, 钱学有), and
police units named after a facility or a new district or by a district's force and a service's short
name (杨浦公安特机队). Every sentence here is made up for the test."""

from __future__ import annotations

from typing import List

from test_officials_other_papers import entities, officials


def police(text: str) -> List[str]:
    """The police units the whole default pipeline finds in ``text``, as written."""
    return [e["text"] for e in entities(text, "police_unit")]


# -- a name between a body and its post: the title is the body and the post


def test_a_name_between_a_procuratorate_and_its_post():
    found = officials("5月6日，市人民检察院韩卫东检察长带队到基层院调研公益诉讼工作。")
    assert found.get("韩卫东") == ["市人民检察院检察长"]


def test_a_name_between_a_police_bureau_and_its_post():
    found = officials("会上，县公安局邓振华局长通报了一季度全县治安形势。")
    assert found.get("邓振华") == ["县公安局局长"]


def test_a_name_between_a_short_court_name_and_its_post():
    found = officials("省高院魏立新院长在临江中院调研时强调，要提升审判质效。")
    assert found.get("魏立新") == ["省高院院长"]


def test_two_interposed_names_in_one_sentence():
    found = officials("镇党委章海涛书记、镇政府苏丽萍镇长带领镇村干部察看灾情。")
    assert found.get("章海涛") == ["镇党委书记"]
    assert found.get("苏丽萍") == ["镇政府镇长"]


def test_an_interposed_name_keeps_the_body_in_its_posts():
    found = entities("市中级人民法院沈海波副院长主持会议。", "official")
    assert [e["name"] for e in found] == ["沈海波"]
    assert found[0]["posts"][0]["org"] == "市中级人民法院"
    assert found[0]["posts"][0]["position"] == "副院长"


def test_a_post_with_no_name_is_no_official():
    assert officials("省高院院长在会上强调，各中院院长要带头办案。") == {}


def test_an_ordinary_word_after_a_body_is_no_name():
    text = "县公安局高度重视此案，县人民检察院金秋助学活动同日启动，市人民法院周末照常开放。"
    assert officials(text) == {}


def test_a_modifier_or_an_office_between_a_body_and_a_post_is_no_name():
    text = "区委政法委常务副书记发言。县政协文史委主任介绍了史料征集情况。"
    assert officials(text) == {}


def test_a_conjunction_or_a_doubled_word_before_a_post_is_no_name():
    text = "调研组与相关企业和单位负责人座谈。群众连连向民警道谢。"
    assert officials(text) == {}


def test_a_private_body_before_a_name_makes_no_official():
    assert "方明轩" not in officials("县书法协会方明轩会长带来了现场书写的春联。")


def test_a_given_name_read_as_a_place_before_a_post_stays_with_its_surname():
    text = "县公安局党委书记、局长孙立新和政委钱爱民深入基层。督导期间，孙立新局长和钱爱民政委同群众座谈。"
    found = officials(text)
    assert set(found) == {"孙立新", "钱爱民"}
    assert found["孙立新"][0] == "县公安局党委书记、局长"


def test_a_place_before_a_post_after_a_preposition_is_no_name():
    assert officials("代表团向美国总统转交了信件。") == {}


# -- names that are also words, after a leading post and before a verb of acting


def test_a_name_that_is_a_word_before_a_verb_of_acting():
    assert officials("县委副书记高峰有针对性地提出了三条整改意见。").get("高峰") == ["县委副书记"]
    assert officials("镇党委书记高尚带领党员清理河道。").get("高尚") == ["镇党委书记"]
    assert officials("县委常委、宣传部部长方圆介绍了全县文明创建工作。").get("方圆") == ["县委常委、宣传部部长"]


def test_a_name_that_is_a_word_before_an_adverb_and_a_verb():
    assert "林海" in officials("县委副书记林海生动讲述了驻村帮扶的故事。")


def test_an_adverb_or_a_common_word_after_a_post_is_no_name():
    text = "县委书记高度重视防汛工作。县长马上赶到现场。局长周末带班值守。"
    assert officials(text) == {}


def test_a_word_after_a_crowd_post_is_no_name():
    assert officials("受阅的特警方阵介绍了装备。") == {}


def test_a_name_tail_that_is_a_word_stays_before_the_verb_of_a_clause_opened_by_you():
    assert "钱学有" in officials("会议由县人大常委会副主任钱学有主持。")
    assert officials("会议由副县长王军才主持召开。") == {"王军": ["副县长"]}  # 才: an adverb, no content word


# -- police units named after a facility or a new area, and a district force's service


def test_a_unit_named_after_a_new_airport_keeps_its_place():
    assert police("春运期间，临江新机场公安处民警在航站楼开展巡查。") == ["临江新机场公安处"]


def test_a_station_named_after_a_railway_station_keeps_a_county_jieba_reads_no_place_in():
    found = police("赤壁北站派出所民警在候车室巡逻。赤壁北车站派出所民警随后赶到。")
    assert found == ["赤壁北站派出所", "赤壁北车站派出所"]


def test_a_high_speed_rail_station_and_a_free_trade_zone_name_units():
    assert police("宜宾高铁站派出所联合叙州区分局开展检查。")[0] == "宜宾高铁站派出所"
    assert police("青川自贸区公安分局民警走进园区企业。") == ["青川自贸区公安分局"]


def test_a_district_force_and_its_special_mobile_squad_are_one_unit():
    assert police("杨浦公安特机队队员在商圈开展武装巡逻。") == ["杨浦公安特机队"]


def test_a_district_force_and_a_service_with_its_rank_are_one_unit():
    assert police("天河公安特警大队联合辖区派出所开展夜查。")[0] == "天河公安特警大队"
    assert police("长丰县公安巡特警大队民警救助了一名老人。") == ["长丰县公安巡特警大队"]


def test_a_facility_word_with_no_police_word_after_it_names_no_unit():
    assert police("全县公安工作会议部署了自贸区建设安保任务。高铁站广场增设了服务点。北站改造完工。") == []


# -- a name's right edge before a verb that opens with a character names use


def test_a_doubled_adverb_after_a_two_character_name():
    assert officials("派出所所长宋刚刚到任三个月，就走遍了辖区的村。") == {"宋刚": ["派出所所长"]}


def test_a_doubled_adverb_name_written_again_stays_whole():
    found = officials("派出所所长宋刚刚到任。宋刚刚说，要走遍辖区。")
    assert "宋刚刚" in found


def test_names_before_verbs_that_open_with_a_name_character():
    assert "邹亮" in officials("2019年，镇党委书记邹亮成为全县最年轻的乡镇党委书记。")
    assert "潘刚" in officials("县长潘刚强调，要压实防汛责任。")
    assert "庞建国" in officials("副区长庞建国强调，要落实安全生产责任。")
    found = officials("副市长韦明在调研中指出，要加快项目建设。会上，韦明确定了三项任务。")
    assert set(found) == {"韦明"}


def test_a_three_character_name_before_a_verb_of_saying_keeps_its_last_character():
    assert "周德明" in officials("县委副书记周德明说，要把惠民政策落到实处。")
    assert "童德发" in officials("副县长童德发表示，将全力支持。")
    assert "刘明成" in officials("镇长刘明成介绍了全镇产业发展情况。")


def test_a_name_whose_last_character_repeats_the_frame_after_another_name_on_the_page():
    text = (
        "会议听取了县政府副县长程海林作的关于城市建设情况的报告，"
        "听取了县人大办公室主任李谦作的关于园区建设情况的调研报告。"
    )
    found = officials(text)
    assert "李谦" in found and "李谦作" not in found
    assert "程海林" in found


def test_a_list_of_three_character_names_keeps_them_whole():
    found = officials("县委副书记王建国、李建军、赵建华出席会议。")
    assert {"王建国", "李建军", "赵建华"} <= set(found)
