"""Police units and officials missed or misread on blind-annotated excerpts of police, procuratorate
and court news, round 7 (issue 19): two services joined by 和 inside one bureau's name, a county's
force and a service of it, port and maritime bureaus, 公安部门, a post's 长 before a person's name, and
the edges of a title (我院, 受, 时任). Every sentence here is made up for the test."""

from __future__ import annotations

from typing import List

from test_officials_other_papers import entities, officials

from baokan.annotators.language.police_joins import post_runs_on


def police(text: str) -> List[str]:
    """The police units the whole default pipeline finds in ``text``, as written."""
    return [e["text"] for e in entities(text, "police_unit")]


# -- police units


def test_two_services_joined_inside_a_bureau_name_are_one_unit():
    found = police("临江市公安局边防和港航公安分局东湖水上派出所民警在江面巡查时救起一名落水群众。")
    assert "临江市公安局边防和港航公安分局东湖水上派出所" in found
    assert not any(u.startswith("港航") for u in found)


def test_a_corps_named_by_two_services_keeps_its_chain():
    found = police("临江市公安局城市轨道和公交总队反扒支队连日在地铁站蹲守，抓获扒窃嫌疑人三名。")
    assert found == ["临江市公安局城市轨道和公交总队反扒支队"]


def test_two_detachments_joined_by_he_stay_two_units():
    found = police("临江市公安局刑侦支队和治安支队联合开展夜查行动。")
    assert "临江市公安局刑侦支队" in found
    assert not any("和" in u for u in found)


def test_a_bureau_and_its_station_named_by_its_place_are_one_chain_and_the_bureau_again_is_whole():
    text = (
        "首都机场公安局北京首都国际机场西航站区派出所现有民警60余人。"
        "在公安部、首都机场公安局的领导下，该所圆满完成安保任务。"
    )
    found = police(text)
    assert found[0] == "首都机场公安局北京首都国际机场西航站区派出所"
    assert "首都机场公安局" in found
    assert "机场公安局" not in found


def test_a_border_checkpoint_ends_its_detachments_chain():
    found = police("云南省公安边防总队西双版纳公安边防支队兴海查缉点位于国道旁。设立查缉点是常见做法。")
    assert found == ["云南省公安边防总队西双版纳公安边防支队兴海查缉点"]


def test_a_place_a_service_and_he_before_a_bureau_are_one_unit():
    found = police("上海边防和港航公安分局局长柳国青介绍了新机构的来源。")
    assert "上海边防和港航公安分局" in found
    assert officials("上海边防和港航公安分局局长柳国青介绍了新机构的来源。").get("柳国青") == [
        "上海边防和港航公安分局局长"
    ]


def test_a_prefecture_offices_police_division_keeps_the_office():
    found = police("1990年，玉溪地区行政公署公安处组建缉毒队。思茅地区行署公安处刑警支队破获一起贩毒案。")
    assert "玉溪地区行政公署公安处" in found
    assert "思茅地区行署公安处刑警支队" in found
    assert not any("组建" in u for u in found)


def test_a_county_force_and_its_service_are_one_unit():
    assert police("青川县公安刑侦大队连夜追踪，将嫌疑人抓获归案。") == ["青川县公安刑侦大队"]


def test_a_city_forces_mobile_squads():
    found = police("临江公安特种机动队在广场开展反恐演练，临江公安机动队队员连夜集结。")
    assert found == ["临江公安特种机动队", "临江公安机动队"]
    assert police("县里组建了一支机动队伍。") == []


def test_special_and_patrol_police_in_either_order():
    found = police("青川公安特巡警每天在县城主要街道巡逻，青川县公安局特巡警大队民警还走进校园。")
    assert "青川公安特巡警" in found
    assert "青川县公安局特巡警大队" in found


def test_port_and_maritime_bureaus_named_after_their_place():
    found = police("临江港公安局、临江海事公安局联合开展水上治安清查。")
    assert "临江港公安局" in found
    assert "临江海事公安局" in found


def test_public_security_departments_are_not_the_ministry():
    assert police("在林业、公安部门的配合下，护林专项行动取得成效。") == []


def test_the_ministry_and_its_border_bureau_are_one_chain():
    assert "公安部边防局" in police("该检查站曾被公安部边防局记集体二等功。")


def test_a_post_before_a_name_is_no_link_of_the_chain():
    text = "分局副局长、刑侦大队长张宏斌责令大队民警加大侦查力度。"
    assert not any("张宏斌" in u for u in police(text))
    assert officials(text).get("张宏斌") == ["分局副局长、刑侦大队长"]


def test_a_short_district_after_a_bureau_still_goes_on():
    assert "上海市公安局长宁分局" in police("上海市公安局长宁分局开展夜查。")


def test_post_runs_on_judges_the_name_after_the_post():
    text = "大队长张宏斌责令大队"
    assert post_runs_on(text, (2, 10, "name"))
    assert post_runs_on(text, None)
    assert not post_runs_on("公安局长宁分局", (3, 7, "name"))
    assert not post_runs_on("大队长宁区分局", (2, 7, "name"))


# -- officials


def test_a_rare_surname_after_a_post_in_a_delegation_list():
    found = officials("果洛州人民检察院党组书记、检察长朱正军，党组副书记、副检察长开晓青一行来我院交流。")
    assert found.get("开晓青") == ["党组副书记、副检察长"]


def test_the_rare_surname_kai_opens_no_name_in_an_everyday_verb():
    found = officials("县委书记开展调研时强调，要抓好春耕。副县长开会部署防汛工作。")
    assert not any(n.startswith("开") for n in found)


def test_the_writers_own_court_or_procuratorate_is_no_part_of_the_title():
    found = officials("我院党组书记、检察长曾国东主持会议，本院副院长李明出席。")
    assert found.get("曾国东") == ["党组书记、检察长"]
    assert found.get("李明") == ["副院长"]


def test_a_verb_of_receiving_before_a_title_is_left_off():
    found = officials("受党组书记、检察长刘惠的委托，副检察长张华伟代表全院致辞。")
    assert found.get("刘惠") == ["党组书记、检察长"]


def test_a_preposition_before_a_name_the_page_knows_is_no_part_of_it():
    text = "检察长樊山走访全国人大代表苏珍。座谈会上，检察长向苏珍代表通报了会议精神。"
    found = officials(text)
    assert "向苏珍" not in found
    assert "苏珍" in found


def test_a_surname_jieba_cuts_off_comes_back_from_the_full_name_on_the_page():
    text = "县法院党组书记、院长张智勇参加会议。会上，张智勇院长就上半年工作情况进行了通报。"
    found = officials(text)
    assert "智勇" not in found
    assert "张智勇" in found


def test_a_zones_name_before_its_procuratorate_is_part_of_the_title():
    found = officials("近日，经开区院党组书记、检察长徐蔚敏陪同调研。")
    assert found.get("徐蔚敏") == ["经开区院党组书记、检察长"]


def test_a_district_in_brackets_after_a_zone_is_part_of_the_title():
    found = officials("高新区（新吴区）人民检察院党组书记、检察长苟小军带队走访企业。")
    assert found.get("苟小军") == ["高新区（新吴区）人民检察院党组书记、检察长"]
