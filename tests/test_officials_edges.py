"""Officials in the shapes real pages write them (issue 19): names and title chains
that the sample page does not hold. Every sentence here is made up for the test."""
from __future__ import annotations

from typing import Dict, List

import msgspec

from baokan.annotators.document import Document
from baokan.annotators.pipeline import Pipeline
from conftest import validate


def officials(text: str) -> Dict[str, List[str]]:
    """name -> titles of the officials the whole default pipeline finds in ``text``."""
    doc = Pipeline()(Document(doc="t", text=text))
    out: Dict[str, List[str]] = {}
    for r in validate(msgspec.to_builtins(a) for a in doc.articles):
        for e in r["entities"]:
            if e["label"] == "official":
                assert r["text"][e["start"]:e["end"]] == e["text"]
                out.setdefault(e["name"], []).append(e["title"])
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
    text = ("村党支部书记管永新要去镇里开会，其他村干部也各忙各的。\n"
            "村民拨通了管永新的电话。\n"
            "驻村第一书记宁锐刚来不久，年纪轻、有干劲。后来，宁锐更接地气了。")
    found = officials(text)
    assert "管永新" in found and "管永" not in found
    assert "宁锐" in found and "宁锐刚" not in found


def test_third_character_kept_when_the_short_form_is_an_everyday_word():
    found = officials("省级领导高兴夫、杨青山出席。大家高兴地说，好日子来了。")
    assert "高兴夫" in found
