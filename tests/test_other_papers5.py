"""Officials, police units and places of other papers left open by set 5 (issue 19, session 11): a place's
force followed by a noun of its work, a verb before a bare station, and the rest below. Every sentence
here is made up for the test; each rule has a sentence where it must not fire."""

from __future__ import annotations

from test_officials_open_edges import police
from test_officials_other_papers import officials

# -- a named place's force followed by a noun of its work or people (LABELS.md *other papers*)


def test_a_place_force_followed_by_its_work_or_officers_is_the_force():
    assert police("要推动青川公安工作再上新台阶。") == ["青川公安"]
    assert police("连日来，临江公安民警坚守一线。") == ["临江公安"]


def test_the_field_of_work_or_a_meeting_without_a_place_stays_no_unit():
    assert police("全省公安工作会议在省城召开。") == []
    assert police("临江公安工作会议在市里召开。") == []
    assert police("广大公安民警要牢记使命。") == []


# -- a verb before a bare station is the clause's verb, not the station's name


def test_a_verb_whose_subject_stands_before_it_names_no_station():
    assert police("春节前夕，记者探访派出所，感受民警的坚守。") == []
    assert police("在各个移民安置点设置警务室，方便群众办事。") == []


def test_a_station_named_after_a_verb_like_word_keeps_its_name():
    assert police("记者来到解放派出所，见到了值班民警。") == ["解放派出所"]
    assert police("当天，前进派出所民警走访了辖区商户。") == ["前进派出所"]


# -- a term before a post of a body elected by term is part of the post


def test_a_term_before_a_congress_or_cppcc_post_belongs_to_the_title():
    found = officials("十四届全国政协委员、省农垦集团总经理邵林峰介绍了集团的改革。")
    assert found.get("邵林峰") == ["十四届全国政协委员、省农垦集团总经理"]
    found = officials("第十三届全国人大代表、县人民医院院长柯文杰建议，要补齐基层短板。")
    assert found.get("柯文杰") == ["第十三届全国人大代表、县人民医院院长"]


def test_a_term_before_a_post_of_no_elected_body_stays_out():
    found = officials("连续三届县委书记王建国都把修路放在首位。")
    assert found.get("王建国") == ["县委书记"]


# -- a list of names that 等 and the members' word close names deputies or members


def test_a_list_closed_by_deputies_names_each_deputy():
    text = "分组审议中，大家畅所欲言。邵林峰、柯文杰、尉海燕等代表先后发言，提出意见建议。"
    found = officials(text)
    assert found == {"邵林峰": ["代表"], "柯文杰": ["代表"], "尉海燕": ["代表"]}
    found = officials("讨论时，鹿振华、喇永福等委员建议加强生态保护。")
    assert found == {"鹿振华": ["委员"], "喇永福": ["委员"]}


def test_represent_as_a_verb_or_a_delegation_names_no_deputies():
    assert officials("签约仪式上，邵林峰、柯文杰等代表公司签署协议。") == {}
    assert officials("随后，邵林峰、柯文杰等代表团成员参观了展馆。") == {}


# -- 这是 + posts joined by commas + name: the demonstrative is the subject, the name follows the posts


def test_posts_after_a_demonstrative_and_shi_run_on_across_commas_to_the_name():
    text = "这是县政协委员，县人民医院党委书记、院长柯文杰在会上的发言。"
    assert officials(text).get("柯文杰") == ["县政协委员，县人民医院党委书记、院长"]


def test_a_post_that_a_name_before_shi_holds_joins_no_post_after_the_comma():
    found = officials("会议由邵林峰主持，县人民检察院检察长柯文杰出席。")
    assert found.get("柯文杰") == ["县人民检察院检察长"]


# -- a verb of jieba's dictionary and a pronoun after a post is no name


def test_a_verb_and_its_pronoun_object_after_an_officer_is_no_name():
    assert officials("民警找到其藏身的出租屋，将其抓获。") == {}
    assert officials("民警查到其已逃往外地。") == {}


def test_a_three_character_name_opening_with_a_verb_surname_stays_a_name():
    assert officials("民警查海涛赶到现场。").get("查海涛") == ["民警"]


# -- a roll whose last item carries its own post: the names before the post are in the roll


def test_a_roll_read_past_the_post_of_its_last_item():
    text = "会上，邵林峰、柯文杰和市政协秘书长鹿振华出席会议。"
    assert officials(text) == {"邵林峰": [None], "柯文杰": [None], "鹿振华": ["市政协秘书长"]}


def test_a_titled_name_alone_before_the_verb_makes_no_roll():
    text = "邵林峰说，他和市政协秘书长鹿振华出席会议。"
    assert officials(text) == {"鹿振华": ["市政协秘书长"]}


# -- a surname outside the Hundred Family Surnames in a roll of leaders (surnames.tsv)


def test_a_roll_of_leaders_goes_on_past_a_rare_surname():
    found = officials("省领导王晓峰、蒿建平、李海鹏出席活动。")
    assert set(found) == {"王晓峰", "蒿建平", "李海鹏"}
    assert officials("县长走过蒿草丛生的小路。") == {}


# -- departments and centres inside a bureau's chain (police_units.tsv heads 政治部, 侦查中心)


def test_a_department_or_an_investigation_centre_ends_the_chain():
    assert police("近日，浙江省公安厅政治部组织民警开展慰问活动。") == ["浙江省公安厅政治部"]
    assert police("市公安局侦查中心民警连夜抓获嫌疑人。") == ["市公安局侦查中心"]


def test_a_political_department_outside_the_police_is_no_unit():
    assert police("他曾任某军区政治部主任。") == []


# -- a town's station by its short form alone, the station's people after it (docs/labels.md *other papers 5*)


def test_a_town_short_name_and_suo_before_its_officers_is_the_station():
    assert police("案发后，新市所民警立即赶到现场。") == ["新市所"]


def test_a_town_short_name_and_suo_without_its_people_is_no_station():
    assert police("他毕业后一直在新市所工作。") == []
    assert police("省农科院研究所民警") == []


def places(text: str) -> list:
    """The places the whole default pipeline finds in ``text``, as written."""
    from test_officials_other_papers import entities

    return [e["text"] for e in entities(text, "place")]


# -- a county's seat, a conjunction that opens a county's name, a central urban area (place_seats.py)


def test_a_county_and_cheng_is_the_county_town():
    assert "河曲县城" in places("在河曲县城的一处公园里，记者见到了值守的民警。")


def test_cheng_opening_a_word_after_a_county_stays_outside():
    assert "河曲县城" not in places("河曲县城乡居民收入稳步增长。")
    assert "河曲县城" not in places("河曲县城关镇召开动员会。")


def test_he_after_a_noun_joins_it_to_a_county_body_not_a_county():
    text = "县长走访了城区部分路段和县公安局、县人民医院等地。"
    assert "和县" not in places(text)
    assert not any(u.startswith("和县") for u in police(text))


def test_he_county_after_its_city_stays_a_county():
    text = "安徽省马鞍山市和县公安局民警赶到现场。"
    assert "和县" in places(text)
    assert police(text) == ["安徽省马鞍山市和县公安局"]


def test_a_road_after_the_central_urban_area_is_named_without_it():
    found = places("夜幕下，中心城区解放路步行街灯火通明。")
    assert "解放路" in found and not any(p.startswith("城区") for p in found)
