"""Places left open on other papers (issue 19, blind round 7): clipped province names (龙江, 内蒙),
streets and villages with no level word, named neighbourhoods of large cities, and products named
after a place (made-up sentences in the style of provincial, city and county papers)."""

from __future__ import annotations

from typing import Dict, List

from conftest import place_texts


def _places(pipe, text: str) -> List[Dict]:
    """Every place entity ``pipe`` tags in ``text``, as records give them."""
    from baokan.annotators.core.document import Document
    from baokan.cli.writers import article_records, to_dict

    doc = pipe(Document(doc="test", text=text))
    return [e for r in article_records(doc) for e in to_dict(r)["entities"] if e["label"] == "place"]


# -- clipped province names


def test_longjiang_for_the_province_in_running_text(place_pipe):
    found = _places(place_pipe, "入冬以来，龙江大地冰雪旅游持续升温。今冬龙江将推出冰雪线路40条。")
    assert [e["text"] for e in found] == ["龙江", "龙江"]
    assert {e["full_name"] for e in found} == {"黑龙江省"}


def test_longjiang_among_other_provinces(place_pipe):
    found = place_texts(place_pipe, "日前，吉林省与龙江、辽宁以及内蒙东部四盟市签署文旅合作协议。")
    assert {"吉林省", "龙江", "辽宁", "内蒙"} <= set(found)


def test_neimeng_for_inner_mongolia(place_pipe):
    found = _places(place_pipe, "二十年前，他背起行囊去了内蒙，在草原上办起牧场。“内蒙的天特别蓝。”")
    assert [e["text"] for e in found] == ["内蒙", "内蒙"]
    assert found[0]["full_name"] == "内蒙古自治区"


def test_neimeng_is_no_piece_of_neimenggu(place_pipe):
    found = place_texts(place_pipe, "内蒙古自治区近日发布冬季旅游线路。今冬内蒙古将举办冰雪活动二百余场。")
    assert "内蒙" not in found and found.count("内蒙古") == 1


def test_longjiang_county_named_in_full_keeps_the_county(place_pipe):
    found = _places(place_pipe, "龙江县地处松嫩平原西部。在龙江，合作社托管土地已成为主要方式。")
    short = [e for e in found if e["text"] == "龙江"]
    assert short and short[0]["full_name"] == "龙江县"


def test_longjiang_township_after_its_district(place_pipe):
    found = _places(place_pipe, "佛山市顺德区龙江镇是家具之乡。走进龙江，家具城鳞次栉比。")
    short = [e for e in found if e["text"] == "龙江"]
    assert short and short[0]["full_name"] == "龙江镇"


def test_longjiang_inside_other_names_and_a_person(place_pipe):
    assert "龙江" not in place_texts(place_pipe, "漳州九龙江畔的绿道建成开放，福州乌龙江沿岸也完成修复。")
    assert "龙江" not in place_texts(place_pipe, "记者见到村党支部书记刘龙江时，他正在田间查看秧苗。")
    assert "龙江" not in place_texts(place_pipe, "黑龙江的冰甲悄然消融。")


def test_longjiang_before_a_river_word_is_no_province(place_pipe):
    found = _places(place_pipe, "河池市持续加强监测，龙江流域断面水质稳定达标。")
    assert not any(e.get("full_name") == "黑龙江省" for e in found)


# -- streets and villages with no level word


def test_streets_jieba_knows_with_nothing_after_them(place_pipe):
    assert place_texts(place_pipe, "沿着中山路一路向北，两旁的骑楼焕然一新。") == ["中山路"]
    assert place_texts(place_pipe, "历时半年的建设路改造工程日前完工。") == ["建设路"]


def test_metaphors_and_common_nouns_in_a_road_suffix_stay_out(place_pipe):
    assert place_texts(place_pipe, "乡亲们走上了致富路。") == []
    assert place_texts(place_pipe, "企业加快发展集成电路产业。") == []
    assert place_texts(place_pipe, "英国路透社报道了此事。") == ["英国"]


def test_villages_after_a_verb_of_going(place_pipe):
    assert place_texts(place_pipe, "初冬时节，记者来到李家庄，只见村道干净整洁。") == ["李家庄"]
    assert place_texts(place_pipe, "记者走进石头寨，又来到王家坪采访。") == ["石头寨", "王家坪"]
    assert place_texts(place_pipe, "芙蓉镇北部有一个村，叫大庄坪，知道的人不多。")[-1] == "大庄坪"


def test_villages_in_a_border_clause(place_pipe):
    found = place_texts(place_pipe, "该村东与李化庄接壤，北与堡子村交界。")
    assert found == ["李化庄", "堡子村"]


def test_no_village_from_words_after_a_verb_of_going(place_pipe):
    assert place_texts(place_pipe, "记者来到现场，来到田间地头，走进山寨，来到草坪上。") == []
    assert place_texts(place_pipe, "他走进企业运营监控中心了解情况。") == []
    assert "陈家林" not in place_texts(place_pipe, "村民陈家林来到张家湾村党群服务中心反映问题。")


# -- neighbourhoods of large cities


def test_named_neighbourhoods(place_pipe):
    assert place_texts(place_pipe, "夜幕降临，五角场灯火璀璨。") == ["五角场"]
    assert place_texts(place_pipe, "从观音桥到解放碑，重庆的夜间消费持续火热。") == ["观音桥", "解放碑", "重庆"]
    assert place_texts(place_pipe, "游客漫步外滩，对岸的陆家嘴高楼林立。") == ["外滩", "陆家嘴"]


def test_a_neighbourhood_inside_a_longer_name_is_not_read_alone(place_pipe):
    assert "珠江" not in place_texts(place_pipe, "在珠江新城上班的年轻人从地铁站涌出。")


# -- products named after a place


def test_a_count_of_goods_makes_a_product(place_pipe):
    assert place_texts(place_pipe, "节前，有人买上两瓶茅台，有人捎回几盒龙井。") == []
    assert place_texts(place_pipe, "记者来到龙井市，又去了仁怀市茅台镇。") == ["龙井市", "仁怀市", "茅台镇"]


def test_a_neighbourhood_that_is_also_a_subdistrict_keeps_its_division(place_pipe):
    found = {e["text"]: e for e in _places(place_pipe, "周末的三里屯人潮涌动，五角场也灯火璀璨。")}
    assert found["三里屯"]["full_name"] == "三里屯街道" and found["三里屯"]["parent"] == "朝阳区"
    assert found["五角场"]["level"] == "township"
