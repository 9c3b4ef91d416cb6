"""Officials and police units of county, city, legal and police papers left open after the blind rounds
(issue 19, session 11): surnames outside the Hundred Family Surnames, a given name's last character that
jieba glues to the next word, a post a verb gives the name before it, a list's 和 read into a village's
name, numbered teams in a post's body, stations named again by their short form, and a branch's service
point. Every sentence here is made up for the test; each rule has a sentence where it must not fire."""

from __future__ import annotations

from test_officials_open_edges import police
from test_officials_other_papers import officials

# -- surnames outside the Hundred Family Surnames (surnames.tsv): Shandong, Hui, Zhuang and Yao, Zhejiang


def test_surnames_of_county_papers_outside_the_hundred_family_surnames():
    text = "镇长丛海燕主持会议。县委副书记鹿振华在讲话中强调，要压实责任。省高级人民法院院长尉东升出席。"
    found = officials(text)
    assert found.get("丛海燕") == ["镇长"]
    assert found.get("鹿振华") == ["县委副书记"]
    assert found.get("尉东升") == ["省高级人民法院院长"]


def test_hui_zhuang_and_yao_surnames_in_a_roll_of_posts():
    text = "副县长喇永福，县政协副主席冶成林，县人大常委会副主任闭秀英、盘永明、俸志刚出席。"
    found = officials(text)
    assert found.get("喇永福") == ["副县长"]
    assert found.get("冶成林") == ["县政协副主席"]
    assert set(found) >= {"闭秀英", "盘永明", "俸志刚"}


def test_a_word_that_opens_with_a_new_surname_is_no_name():
    text = (
        "县委书记冒雨察看汛情。副县长铁面执纪，从不讲情面。局长呼吁全社会共同参与。镇长拜访了多家企业。"
        "村党支部书记衷心感谢大家。副书记敏锐地发现了问题。市长闭幕式上致辞。局长盘活了闲置资产。"
    )
    assert officials(text) == {}


# -- a given name's last character that jieba glues to the next word


def test_a_name_whose_last_character_jieba_reads_into_the_next_word():
    found = officials("县人民检察院检察官孔令杰出庭支持公诉。村委会主任柯长林带着大家走访。")
    assert found.get("孔令杰") == ["县人民检察院检察官"]
    assert found.get("柯长林") == ["村委会主任"]


def test_a_two_character_name_before_a_verb_keeps_its_length():
    found = officials("副局长陈立新出席会议。县长王刚强调，要抓好安全生产。")
    assert set(found) == {"陈立新", "王刚"}


# -- a post a verb gives the name before it joins no post after the comma


def test_a_post_held_by_the_name_before_takes_no_later_post():
    found = officials("本案由区人民法院院长蔡明远担任审判长，区人民检察院检察长邵华出庭支持公诉。")
    assert found.get("蔡明远") == ["区人民法院院长"]
    assert found.get("邵华") == ["区人民检察院检察长"]


def test_posts_joined_by_a_comma_before_one_name_stay_one_title():
    found = officials("省委常委，市委书记吴振邦出席开幕式。")
    assert found.get("吴振邦") == ["省委常委，市委书记"]


# -- a list's 和 is no part of the next person's post


def test_and_between_two_titled_names_is_no_village_name():
    found = officials("驻村第一书记任宏涛和村党支部书记罗海波一起走访。")
    assert found.get("任宏涛") == ["驻村第一书记"]
    assert found.get("罗海波") == ["村党支部书记"]


# -- numbered teams and stations named again by their short form


def test_a_numbered_brigade_written_alone_keeps_its_number_in_the_post():
    text = "市公安局交警支队二大队民警在巡逻中发现一辆货车超载。二大队大队长卓远航介绍，今年已查处120余辆。"
    assert officials(text).get("卓远航") == ["二大队大队长"]
    assert "市公安局交警支队二大队" in police(text)


def test_a_station_named_again_by_its_short_form():
    text = (
        "3月5日凌晨，某县公安局城关派出所接到报警。城关所民警迅速赶到现场。"
        "平阳县公安局鳌江派出所也派出警力，鳌江所出动民警15人。"
    )
    found = police(text)
    assert "城关所" in found
    assert "鳌江所" in found


def test_a_towns_second_station_by_its_ordinal():
    assert "西乡二所" in police("当晚，西乡派出所和西乡二所民警同时出警。")


def test_a_short_form_with_no_full_station_or_as_a_count_is_no_unit():
    # no 城关派出所 named: a research institute, a count of schools, 所长 after the town's name
    assert police("城关所在的街道有一家研究所。") == []
    text = "城关派出所民警走访了城关一所学校。城关所长期坚持巡逻。"
    found = police(text)
    assert "城关一所" not in found
    assert "城关所" not in found


# -- a branch's service point is no unit of its own


def test_a_service_point_of_a_branch_is_no_unit():
    assert police("在机场分局数字化警务服务站，旅客可自助办理临时身份证明。") == ["机场分局"]


def test_a_named_police_post_stays_a_unit():
    found = police("东关边境派出所城北警务室位于边境一线。")
    assert found == ["东关边境派出所城北警务室"]


# -- a name between two posts that only the places table reads as a body


def test_a_name_the_places_table_reads_as_a_body_between_two_posts():
    found = officials("村治保主任黄德顺和妇女主任刘春花挨家挨户做工作。村会计黄德顺和村长刘春花也来了。")
    assert found.get("黄德顺") == ["村治保主任", "村会计"]
    assert found.get("刘春花") == ["妇女主任", "村长"]


def test_two_posts_with_a_body_between_them_stay_one_title():
    found = officials("市委常委宣传部部长孟海峰出席开幕式。")
    assert found.get("孟海峰") == ["市委常委宣传部部长"]


# -- posts of villagers' committees, courts' numbered chambers, traffic and patrol police


def test_village_committee_posts():
    found = officials("柳树村网格员许小芳、村民兵连长吴国强和村治保主任黄德明连夜转移群众。")
    assert found.get("吴国强") == ["村民兵连长"]
    assert found.get("黄德明") == ["村治保主任"]


def test_a_villager_is_no_militia_commander():
    assert officials("村民兵连长是个苦差事。村民吴国强说，他愿意干。") == {}


def test_a_courts_numbered_chamber_is_the_body_of_its_heads_post():
    found = officials("出席发布会的有省高级人民法院副院长何文龙，省高院刑一庭庭长丁海军。")
    assert found.get("丁海军") == ["省高院刑一庭庭长"]


def test_traffic_and_patrol_police_is_one_service():
    text = "市公安局交巡警总队高速公路支队民警在巡逻中发现一辆故障车。交巡警总队副总队长罗建华表示，将加大巡逻力度。"
    found = police(text)
    assert "巡警总队" not in found
    assert "交巡警总队" in found
    assert officials(text).get("罗建华") == ["交巡警总队副总队长"]


def test_a_works_team_leader_is_no_official_but_a_squad_leader_is():
    found = officials("生产班长伊兹巴萨罗夫是本地人。车间班长李国强介绍了新设备。武警某部三连班长王小兵带头冲锋。")
    assert found == {"王小兵": ["武警某部三连班长"]}


# -- a post of many holders, a transliterated name after 和, a list item over a place's short form


def test_a_post_of_many_holders_joins_no_post_after_the_comma():
    found = officials("各乡镇党委书记，城关镇镇长伍海明、新集镇镇长莫春燕等参加会议。")
    assert found.get("伍海明") == ["城关镇镇长"]


def test_transliterated_names_before_their_posts_joined_by_and():
    found = officials("扎西顿珠副县长和次仁央宗副局长一同前往。")
    assert found == {"扎西顿珠": ["副县长"], "次仁央宗": ["副局长"]}


def test_a_naxi_or_mongolian_name_with_he_stays_whole():
    found = officials("副县长和志强主持会议。旗委书记巴图孟和带领调研组深入牧区。")
    assert found == {"和志强": ["副县长"], "巴图孟和": ["旗委书记"]}


def test_a_list_item_that_opens_with_a_citys_short_form():
    found = officials("县领导倪红梅、宁国庆、喻晓东、祁文斌出席。")
    assert set(found) == {"倪红梅", "宁国庆", "喻晓东", "祁文斌"}


def test_a_city_in_a_list_of_places_is_no_name():
    assert officials("市领导深入宁国、广德等地调研。") == {}


# -- a police paper's short name of the county bureau heads the chain


def test_the_county_bureaus_short_name_heads_a_service_unit():
    text = "兰陵县公安局破获一起盗窃案。县局刑侦大队大队长孟凡军介绍了案情。"
    assert "县局刑侦大队" in police(text)
    assert officials(text).get("孟凡军") == ["县局刑侦大队大队长"]


def test_a_bureau_of_another_kind_or_all_the_bureaus_is_no_police_head():
    found = police("全县局属单位和县税务局稽查大队参加了培训。")
    assert found == []


# -- a fused post in brackets after a name (interviews, profiles)


def test_a_fused_post_in_brackets_after_a_name():
    found = officials("会上，韦光明（县委副书记、县长）介绍了情况。")
    assert found.get("韦光明") == ["县委副书记、县长"]


def test_an_interviewees_name_and_post_before_a_colon():
    found = officials("记者：您怎么看待这次改革？\n李光明（县委副书记、县长）：这次改革的核心是人。")
    assert found.get("李光明") == ["县委副书记、县长"]


def test_a_bare_post_in_brackets_names_no_official():
    assert officials("王师傅（司机）说，路不好走。李明（主任）也来了。张华（书记）没说话。") == {}


# -- a brigade named by two duties joined by 和


def test_a_brigade_named_by_two_duties():
    text = "兰州市公安局交通管理支队事故预防处理和事故鉴定大队教导员张玉说，处理效率提升了。"
    assert police(text) == ["兰州市公安局交通管理支队事故预防处理和事故鉴定大队"]


def test_two_units_joined_by_and_stay_two():
    found = police("市公安局交警支队事故科和城区中队民警参加。市公安局刑侦支队和治安支队联合行动。")
    assert "市公安局交警支队事故科和城区中队" not in found
    assert "市公安局刑侦支队" in found
