"""Formulas the corpus gold judges must in every same use (docs/labels.md, *consistency*), on a made-up page."""

from __future__ import annotations

import pytest
from conftest import slogan_forms

PAGE = (
    "省委常委会召开会议\n"
    "会议指出，要坚定不移走绿色发展之路，着力解决发展不平衡不充分问题，更好满足人民对美好生活的向往。\n"
    "要大力发展普惠金融，以数字金融赋能小微企业，把提振消费放在突出位置，"
    "积极扩大国内需求，畅通国内大循环，坚持互利合作共赢。\n"
    "会议强调，要推动创新发展和协调发展，各市县共享发展成果。\n"
)


@pytest.mark.parametrize(
    "form",
    ["绿色发展", "发展不平衡不充分", "人民对美好生活的向往", "普惠金融", "数字金融"]
    + ["提振消费", "扩大国内需求", "国内大循环"],
)
def test_formula_named_alone_is_a_slogan(slogan_pipe, form):
    assert form in slogan_forms(slogan_pipe, PAGE)


@pytest.mark.parametrize("word", ["创新发展", "协调发展", "共享发展"])
def test_other_parts_of_the_concept_stay_ordinary_prose(slogan_pipe, word):
    # they fire on ordinary prose of real pages (推动创新发展): not rows
    assert word not in slogan_forms(slogan_pipe, PAGE)
