"""Officials and police units missed on blind-annotated excerpts of city, county, police and
discipline papers, round 5 (issue 19): a body's post with 原 or 前 between body and post, a name
before 案, titles the table lacked (纪检组长, 组织员), verbs of taking a post before 的 and the name,
后 ("after") read as a surname, the rare surname 锺, an officer named right after a unit with no
post, a preposition joining two units, and a frontier inspection station named after its port.
Every sentence here is made up for the test."""

from __future__ import annotations

from typing import List

from test_officials_other_papers import entities, officials

from baokan.annotators.language.counted_posts import body_before_count
from baokan.annotators.language.former_posts import body_before_modifier
from baokan.annotators.language.frontier_stations import frontier_stations
from baokan.annotators.language.list_items import mid_list_item


def police(text: str) -> List[str]:
    """The police units the whole default pipeline finds in ``text``, as written."""
    return [e["text"] for e in entities(text, "police_unit")]


def test_former_post_of_a_cppcc_or_congress_body():
    found = officials("据通报，江南省政协原副主席林国栋被开除党籍。")
    assert found.get("林国栋") == ["江南省政协原副主席"]
    found = officials("临江市人大常委会原主任贺文涛接受审查调查。")
    assert found.get("贺文涛") == ["临江市人大常委会原主任"]
    found = officials("青川市政协前主席汤立新、前副主席万卫东先后被查。")
    assert found.get("汤立新") == ["青川市政协前主席"]


def test_body_before_modifier_keeps_words_that_only_end_like_one():
    assert body_before_modifier("江南省政协原") == "江南省政协"
    assert body_before_modifier("县委前") == "县委"
    assert body_before_modifier("平原") == "平原"


def test_name_before_case_is_the_name_alone():
    found = officials("近日通报的临江市原副市长贺远山案、江南省粮食局原局长韦正清案，均涉及受贿。")
    assert found.get("贺远山") == ["临江市原副市长"]
    assert found.get("韦正清") == ["江南省粮食局原局长"]
    assert "贺远山案" not in found and "韦正清案" not in found


def test_discipline_group_head_and_party_organiser():
    found = officials("会上，省法院纪检组长汤卫国通报了有关情况。")
    assert found.get("汤卫国") == ["省法院纪检组长"]
    found = officials("街道党工委委员、组织员龙晓川陪同调研。")
    assert found.get("龙晓川") == ["街道党工委委员、组织员"]


def test_verb_of_taking_a_post_before_de_and_the_name():
    found = officials("2015年转任市政协主席的贺明远，去年已经退休。")
    assert found.get("贺明远") == ["市政协主席"]
    found = officials("去年调任县委书记的林建中来到村里调研。")
    assert found.get("林建中") == ["县委书记"]


def test_hou_after_a_post_means_after_not_a_surname():
    assert not any(name.startswith("后") for name in officials("他转任江南省副省长后于2016年退休。"))
    assert not any(name.startswith("后") for name in officials("他接任县长后工作更忙了。"))
    found = officials("县长后立平出席会议，后立平说，要抓好落实。")
    assert "后立平" in found


def test_rare_surname_zhong_in_a_list():
    found = officials("青川市政协副主席锺志远、何文山出席开幕式。")
    assert found.get("锺志远") == ["青川市政协副主席"]
    assert found.get("何文山") == ["青川市政协副主席"]


def test_officer_named_right_after_the_unit():
    found = officials("临江市公安局白沙分局禁毒中队管海峰干了二十年缉毒，破获毒品案件百余起。")
    assert "管海峰" in found
    found = officials("接警后，青川县公安局东关派出所韦立强立即赶赴现场。")
    assert "韦立强" in found
    assert officials("群众到东关派出所周边散步。") == {}
    assert officials("东关派出所王某某立即赶赴现场。") == {}


def test_preposition_joins_two_units_not_one_chain():
    units = police("青田县公安局巡特警大队按照市公安局特警支队要求开展巡逻。")
    assert "青田县公安局巡特警大队" in units
    assert "市公安局特警支队" in units
    assert not any("按照" in u for u in units)


def test_frontier_station_named_after_its_port():
    text = "据沙岗出入境边防检查站介绍，春节期间沙岗边检站民警日均验放旅客两万人次。"
    units = police(text)
    assert "沙岗出入境边防检查站" in units
    assert "沙岗边检站" in units
    assert frontier_stations("据口岸出入境边防检查站统计，客流回升。", []) == []


def test_count_of_holders_between_body_and_post():
    found = officials("青川市政协多名前副主席汤立新、万卫东、龙晓平先后被查。")
    assert set(found) >= {"汤立新", "万卫东", "龙晓平"}
    assert found["万卫东"] == ["青川市政协多名前副主席"]
    assert body_before_count("青川市政协多名") == "青川市政协"
    assert body_before_count("十里") == "十里"


def test_academy_of_social_sciences_head_is_a_scholar():
    assert officials("省社科院历史所所长、研究员龙文华表示，史料仍待整理。") == {}


def test_rare_surname_read_as_an_adverb_inside_a_list_of_names():
    found = officials("市领导贺文涛、龙晓川、尚建平、韦立强、汤卫国等列席会议。")
    assert set(found) == {"贺文涛", "龙晓川", "尚建平", "韦立强", "汤卫国"}
    assert found["尚建平"] == ["市领导"]
    assert mid_list_item("甲、尚建平、乙", 2, "尚建平", 1)
    assert not mid_list_item("甲、尚建平等", 2, "尚建平", 1)


def test_verb_before_a_private_persons_word_is_no_name():
    found = officials("车站派出所值班民警接群众报警后立即出警。")
    assert "接群众" not in found


def test_post_in_brackets_followed_by_a_later_one():
    text = "当时的班子成员有：龙文华（省委书记）、贺明远（时任江北省副省长，后任省长）、汤立新（时任省委常委）等。"
    found = officials(text)
    assert found.get("贺明远") == ["时任江北省副省长"]
    assert found.get("汤立新") == ["时任省委常委"]


def test_an_idiom_before_a_place_is_no_part_of_the_post():
    found = officials("为做好防汛工作，贯彻落实青田县副县长、县公安局局长汤卫国的指示精神。")
    assert found.get("汤卫国") == ["青田县副县长、县公安局局长"]


def test_numbered_section_of_a_department_keeps_its_number():
    found = officials("县委组织部干部二科科长汤卫国陪同调研。")
    assert found.get("汤卫国") == ["县委组织部干部二科科长"]


def test_police_college_is_no_force_of_its_province():
    assert police("两人都毕业于江西公安职业学院，后来当了刑警。") == []
    assert "安徽公安" in police("记者从安徽公安获悉。")


def test_station_named_after_a_place_with_a_function_character():
    units = police("据成都市公安局双流区分局广都派出所介绍，辖区治安平稳。")
    assert "成都市公安局双流区分局广都派出所" in units
    assert "广都派出所" in police("当晚，广都派出所民警连夜出警。")


def test_profile_verb_and_a_count_open_no_station_name():
    units = police("守夜人——记东关派出所副所长汤卫国")
    assert units == ["东关派出所"]
    assert police("全省评出30名优秀派出所所长。") == []


def test_rare_verb_surname_first_in_a_list_of_posts_and_names():
    found = officials("候选人为青田县委书记令文山、丽水市委常委汤卫国。")
    assert found.get("令文山") == ["青田县委书记"]
    assert "令全县" not in officials("县委书记令全县干部深受鼓舞。")
    assert "管海峰" in officials("某分局禁毒中队管海峰坚守缉毒一线二十年。")


def test_take_post_verb_glued_between_name_and_new_post():
    found = officials("青田县委书记汤卫国任丽水市委常委；丽水市副市长贺文涛任市政府秘书长。")
    assert found.get("汤卫国") == ["青田县委书记"]
    assert found.get("贺文涛") == ["丽水市副市长"]
    assert "汤卫国任" not in found


def test_becoming_an_officer_gives_the_post():
    found = officials("2003年，26岁的韦立强成为东关派出所民警。")
    assert found.get("韦立强") == ["东关派出所民警"]


def test_leading_group_of_a_party_committee_heads_the_post():
    found = officials("县委巡察工作领导小组组长汤卫国出席动员会。")
    assert found.get("汤卫国") == ["县委巡察工作领导小组组长"]
    assert officials("他是领导小组组长。") == {}


def test_a_station_goes_on_to_its_own_office():
    assert police("东关边境派出所城北警务室位于边境一线。") == ["东关边境派出所城北警务室"]
    assert "东关派出所" in police("东关派出所会同城北派出所开展巡逻。")
    assert not any("会同" in u for u in police("东关派出所会同城北派出所开展巡逻。"))


def test_conjunction_before_a_surname_and_a_post_is_no_name():
    assert "和陈" not in officials("陈书记和陈部长一行先后来到金十字社区调研。")


def test_adverb_and_a_joining_verb_end_a_chain():
    units = police("青田县公安局立即抽调刑侦大队和东关派出所民警组成工作组。")
    assert "青田县公安局" in units
    assert not any("抽调" in u for u in units)


def test_numbered_teams_go_on_a_chain():
    units = police("青田县公安局城东分局责任区刑警一队近日破获一起盗窃案，城东公安分局责任区刑警一队二探组功不可没。")
    assert "青田县公安局城东分局责任区刑警一队" in units
    assert "城东公安分局责任区刑警一队二探组" in units
    assert police("队员们排成一队走进会场。") == []
