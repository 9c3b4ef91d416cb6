"""Rolls of attendance: leaders named by name alone at a meeting (issue 19,
``language/attendance_lists.py``). Every sentence here is made up for the test, in the style
of provincial, city and county papers' meeting reports."""

from __future__ import annotations

from typing import Dict, List, Optional

import msgspec
from conftest import validate

from baokan.annotators.core.document import Document, SpanIndex
from baokan.annotators.core.pipeline import Pipeline
from baokan.annotators.language.attendance_lists import attendance_names


def officials(text: str) -> Dict[str, List[Optional[str]]]:
    """name -> titles of the officials the default pipeline finds in ``text``."""
    doc = Pipeline()(Document(doc="t", text=text))
    out: Dict[str, List[Optional[str]]] = {}
    for r in validate(msgspec.to_builtins(a) for a in doc.articles):
        for e in r["entities"]:
            if e["label"] == "official":
                assert r["text"][e["start"] : e["end"]] == e["text"]
                out.setdefault(e["name"], []).append(e.get("title"))
    return out


def listed(text: str) -> List[str]:
    """The names of the rolls the reader finds in ``text``, nothing blocked."""
    return [text[s:e] for s, e in attendance_names(text, SpanIndex([]), [])]


def test_a_roll_closed_by_attending_and_sitting_in():
    text = (
        "3月5日，省委常委会召开会议。周明远主持会议。"
        "林海峰、郑秀英、孙立群出席会议。赵文博、钱国栋列席会议。会议传达学习了有关精神。"
    )
    found = officials(text)
    for name in ("林海峰", "郑秀英", "孙立群", "赵文博", "钱国栋"):
        assert found.get(name) == [None], name


def test_a_roll_closed_by_deng_and_a_body_of_leaders():
    text = "9月8日，县人大常委会召开主任会议。郑海山、谢文华、池立新等常委会领导出席会议。会议由郑海山主持。"
    found = officials(text)
    for name in ("郑海山", "谢文华", "池立新"):
        assert name in found, name


def test_a_roll_opened_by_a_phrase_of_attendance():
    assert listed("会议由市委书记主持。出席会议的还有王建平、刘晓梅和陈志刚。") == ["王建平", "刘晓梅", "陈志刚"]
    assert listed("在主席台就座的有吴宏亮、黄丽华。") == ["吴宏亮", "黄丽华"]
    assert listed("会议开始。方志诚、袁秀珍在主席台就座。") == ["方志诚", "袁秀珍"]


def test_a_roll_of_several_sentences_and_a_closing_and():
    text = "何振华、罗玉兰和唐志远出席并讲话。会议由何振华主持。"
    assert listed(text) == ["何振华", "罗玉兰", "唐志远"]


def test_a_titled_list_stays_with_its_title():
    found = officials("市领导朱国强、杨丽君、徐海波参加会议。")
    assert found.get("杨丽君") == ["市领导"]


def test_the_title_a_page_gives_elsewhere_carries():
    text = "市委副书记胡建军主持会议。\n胡建军、马振华出席会议。"
    found = officials(text)
    assert found.get("胡建军", [None])[0] == "市委副书记"
    assert "马振华" in found


def test_no_roll_of_honourees_villagers_or_entrepreneurs():
    assert listed("劳动模范代表张秀兰、李国华参加活动。") == []
    assert officials("受表彰的先进个人刘春生、王桂芳出席颁奖仪式。").get("刘春生") is None
    assert listed("村民李大山、王小河参加会议。") == []
    assert listed("企业家代表孙志强、周海涛参加座谈会，共话发展。") == []


def test_no_roll_of_one_name_nor_of_everyday_objects():
    assert listed("吴立德列席会议。") == []
    assert listed("张明华、李晓燕参加比赛，取得好成绩。") == []
    assert listed("刘志强、陈晓东陪同家人游览。") == []
    assert listed("王大山、李小河参加了镇里的趣味运动会。") == []
    assert listed("主演赵晓雪、钱明亮出席首映式。") == []


def test_no_roll_inside_quotes_or_titles():
    assert listed("他说：“王志刚、赵海燕出席会议，") == []
    assert listed("《张建国、李秀梅出席会议》一文") == []


def test_no_roll_of_places():
    assert listed("会议决定，临江县、青川镇参加试点。") == []
