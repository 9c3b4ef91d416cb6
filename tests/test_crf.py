"""The character CRF: clear names in newspaper sentences, offsets that slice, odd input that is safe."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from baokan.annotators.language import crf


def found(text: str):
    return {(text[s:e], label) for s, e, label in crf.tag(text)}


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "据新华社莫斯科电 俄罗斯外长当天在莫斯科会见了来访的巴西外长。",
            {("莫斯科", "LOC"), ("俄罗斯", "LOC"), ("巴西", "LOC")},
        ),
        (
            "受强降雨影响，长江和嘉陵江水位持续上涨，四川省、重庆市多地发布预警。",
            {("长江", "LOC"), ("嘉陵江", "LOC"), ("四川省", "LOC"), ("重庆市", "LOC")},
        ),
        ("今年以来，湖南省公安厅会同有关部门在长沙、株洲两地开展专项行动。", {("长沙", "LOC"), ("株洲", "LOC")}),
        ("全国人大代表、村党支部书记张建国在接受采访时说，乡村振兴关键在人。", {("张建国", "PER")}),
        (
            "本报记者王晓燕 通讯员刘海峰报道：近日，一场交流会在广州举行。",
            {("王晓燕", "PER"), ("刘海峰", "PER"), ("广州", "LOC")},
        ),
        ("中国代表团团长在日内瓦出席联合国人权理事会会议。", {("日内瓦", "LOC")}),
    ],
)
def test_finds_clear_names(text, expected):
    assert expected <= found(text)


def test_organisations_are_tagged():
    text = "最高人民法院、最高人民检察院近日联合发布典型案例。"
    labels = {label for _, label in found(text)}
    assert "ORG" in labels


def test_offsets_slice_and_are_ordered():
    text = "上海市委书记在浦东新区调研。\n会后，他赶赴江苏省南京市。"
    spans = crf.tag(text)
    assert spans
    assert spans == sorted(spans)
    for s, e, label in spans:
        assert 0 <= s < e <= len(text)
        assert label in crf.LABELS
        assert text[s:e].strip() == text[s:e]
    assert ("南京市", "LOC") in found(text) or ("江苏省南京市", "LOC") in found(text)


def test_offsets_count_astral_characters_as_one():
    text = "𠮷𠮷记者在北京市朝阳区采访。"
    spans = crf.tag(text)
    assert any(text[s:e].startswith("北京") for s, e, _ in spans)


@pytest.mark.parametrize(
    "text", ["", " ", "\n\n", "。。，！？", "hello world 2024", "𠮷", "𠮷𠮷𠮷", "\u3000\u3000", "１２３ＡＢＣ"]
)
def test_odd_input_is_safe(text):
    for s, e, label in crf.tag(text):
        assert 0 <= s < e <= len(text)
        assert label in crf.LABELS


def test_tag_many_matches_tag():
    texts = ["俄罗斯总统在莫斯科发表讲话。", "", "李明在武汉。"]
    assert crf.tag_many(texts) == [crf.tag(t) for t in texts]


def test_features_keep_length_and_edges():
    text = "Ａ1𠮷北京"
    feats = crf.sentence_features(text)
    assert len(feats) == len(text)
    assert crf.fold(text) == "a0𠮷北京"
    assert "u-1=\x02" in feats[0] and "u1=\x03" in feats[-1]


def test_spans_from_broken_labels():
    labels = ["B-LOC", "E-LOC", "O", "S-PER", "M-ORG", "E-ORG", "B-PER", "B-LOC", "M-LOC"]
    assert crf.spans_from_labels(labels) == [(0, 2, "LOC"), (3, 4, "PER"), (4, 6, "ORG"), (6, 7, "PER"), (7, 9, "LOC")]


def test_meta_names_scores_and_source():
    meta = crf.read_meta()
    assert "MSRA" in meta["source"]
    assert meta["training"]


ALPHABET = st.sampled_from(
    list("北京上海市长江黄河省县区李王张伟明国记者会见总统莫斯科，。、：“”！？\n \u3000 0123456789ab𠮷")
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=ALPHABET, max_size=300) | st.text(max_size=100))
def test_offsets_always_slice(text):
    spans = crf.tag(text)
    last = 0
    for s, e, label in spans:
        assert last <= s < e <= len(text)
        assert label in crf.LABELS
        assert not text[s].isspace() and not text[e - 1].isspace()
        last = e
