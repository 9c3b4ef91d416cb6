"""The CRF's speed-ups change nothing they should not: features, the cached gazetteer, the gate.

``sentence_features`` is what the model was trained on (``train_crf.py`` imports it), so
the fast version must give exactly the lists the plain loop below gave, on real sentences.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Dict, List, Optional

import pytest
from conftest import DATA, SEED

from baokan.annotators.core import cache
from baokan.annotators.language import crf


@lru_cache(maxsize=1)
def _plain_automaton():
    import ahocorasick

    automaton = ahocorasick.Automaton()
    for form, tags in crf.division_forms().items():
        automaton.add_word(form, (len(form), tags))
    automaton.make_automaton()
    return automaton


def reference_gazetteer_features(g: crf.Gazetteer, text: str) -> Dict[int, List[str]]:
    """``Gazetteer.features`` as it was: an automaton holding each form's tags, then a loop
    over every character."""
    out: Dict[int, List[str]] = {}
    if g.automaton is not None:
        for last, (n, tags) in _plain_automaton().iter(text):
            start = last - n + 1
            out.setdefault(start, []).extend("dB=" + t for t in tags)
            out.setdefault(last, []).extend("dE=" + t for t in tags)
            for i in range(start + 1, last):
                out.setdefault(i, []).extend("dI=" + t for t in tags)
    for i, ch in enumerate(text):
        if ch in g.surnames1:
            out.setdefault(i, []).append("sn1")
        if g.surnames2 and text[i : i + 2] in g.surnames2:
            out.setdefault(i, []).append("sn2")
    return out


def reference_features(text: str, g: Optional[crf.Gazetteer] = None) -> List[List[str]]:
    """``sentence_features`` as the model was trained with it: one window per character."""
    n = len(text)
    if not n:
        return []
    f = crf.fold(text)
    p = "\x02\x02" + f + "\x03\x03"
    k = "BB" + "".join(crf.char_class(c) for c in f) + "EE"
    out = []
    for i in range(n):
        a, b, c, d, e = p[i : i + 5]
        out.append(
            [
                "b",
                "u0=" + c,
                "u-1=" + b,
                "u1=" + d,
                "u-2=" + a,
                "u2=" + e,
                "b-2=" + a + b,
                "b-1=" + b + c,
                "b0=" + c + d,
                "b1=" + d + e,
                "t0=" + b + c + d,
                "k=" + k[i + 2],
                "kk=" + k[i + 1 : i + 4],
            ]
        )
    if g is not None:
        for i, extra in reference_gazetteer_features(g, text).items():
            out[i] += extra
    return out


def page_sentences() -> List[str]:
    """Every sentence of the sample page and the test pages, as :func:`crf.tag` cuts them."""
    paths = [SEED, *sorted(DATA.rglob("*.txt"))]
    texts = [p.read_text(encoding="utf-8") for p in paths]
    return [m.group() for t in texts for m in crf._SENTENCE.finditer(t)]


ODD = [
    "",
    " ",
    "Ａ1𠮷北京",
    "１２３ＡＢＣ　abc",
    "\u3000\u3000欧阳修在司马光家",
    "诸葛亮、上官婉儿和东方朔",
    "𠮷" * 5,
    "G60沪昆高速、S26诸永高速",
    "“枫桥经验”（浙江）",
    "\t\x02\x03",
]


@pytest.fixture(scope="module")
def gazetteer() -> crf.Gazetteer:
    return crf.load_gazetteer()


def test_features_equal_the_reference_on_real_sentences(gazetteer):
    sentences = page_sentences() + ODD
    assert len(sentences) > 400
    for s in sentences:
        assert crf.sentence_features(s) == reference_features(s), s
        assert crf.sentence_features(s, gazetteer) == reference_features(s, gazetteer), s


def test_gazetteer_features_equal_the_reference(gazetteer):
    for s in page_sentences() + ODD:
        assert gazetteer.features(s) == reference_gazetteer_features(gazetteer, s), s


def test_the_cached_gazetteer_is_the_built_one(tmp_path, monkeypatch, gazetteer):
    monkeypatch.setenv("BAOKAN_CACHE", str(tmp_path))
    first = crf.cached_gazetteer()
    assert len(list(tmp_path.glob("crf-gazetteer-*.pickle"))) == 1
    monkeypatch.setattr(crf, "load_gazetteer", lambda *a: pytest.fail("built again despite the cache"))
    second = crf.cached_gazetteer()
    for s in page_sentences()[:200] + ODD:
        assert second.features(s) == first.features(s) == gazetteer.features(s)


def test_a_read_only_cache_folder_still_gives_the_gazetteer(tmp_path, monkeypatch):
    (tmp_path / "file").write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("BAOKAN_CACHE", str(tmp_path / "file" / "sub"))
    monkeypatch.setattr(cache, "_warned", True)  # the cache's one warning per process is tested elsewhere
    g = crf.cached_gazetteer()
    assert g.features("浙江省杭州市") and g.surnames1


def test_evidence_comes_from_the_model_and_the_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("BAOKAN_CACHE", str(tmp_path))
    crf.evidence.cache_clear()
    crf._reaching.cache_clear()
    try:
        ev = crf.evidence()
        assert ev.u0 and ev.b0 and ev.bm1 and all(isinstance(v, float) for v in ev.u0.values())
        assert ev.u0["湖"] > ev.u0["的"]  # the model knows what a place is made of
        assert len(list(tmp_path.glob("crf-evidence-*.marshal"))) == 1
        crf.evidence.cache_clear()
        monkeypatch.setattr(crf, "_open_tagger", lambda: pytest.fail("read the model again despite the cache"))
        assert crf.evidence() == ev
    finally:
        crf.evidence.cache_clear()
        crf._reaching.cache_clear()


def test_hot_offsets_are_every_offset_that_reaches_the_gate():
    u0, b0, bm1, _ = crf.evidence()
    for text in page_sentences()[:300] + ODD:
        p = "\x02" + crf.fold(text) + "\x03"
        scores = [
            u0.get(p[i + 1], 0.0) + b0.get(p[i + 1 : i + 3], 0.0) + bm1.get(p[i : i + 2], 0.0) for i in range(len(text))
        ]
        assert crf._hot(text, []) == [i for i, v in enumerate(scores) if v >= crf.GATE], text
        assert crf._hot(text, [(0, len(text))]) == []


def test_without_known_spans_every_sentence_is_tagged():
    text = "据新华社莫斯科电 俄罗斯外长当天在莫斯科会见了来访的巴西外长。\n中国代表团团长在日内瓦出席会议。"
    sentences = [m.span() for m in crf._SENTENCE.finditer(text)]
    assert crf._windows(text, None) == [(s, e, s, e) for s, e in sentences]


def test_without_the_model_weights_the_gate_tags_everything(monkeypatch):
    text = "中国代表团团长在日内瓦出席会议，会后返回北京。"
    monkeypatch.setattr(crf, "evidence", lambda: crf.Evidence({}, {}, {}, {}))
    assert crf.tag(text, [(0, 2)]) == crf.tag(text)


def test_the_gate_finds_an_unknown_place_and_skips_known_text():
    text = "中国代表团团长在日内瓦出席联合国人权理事会会议，会后返回北京。"
    full = crf.tag(text)
    gated = crf.tag(text, [])
    assert (text.index("日内瓦"), text.index("日内瓦") + 3, "LOC") in gated
    assert set(gated) <= set(full)
    # the clause of 日内瓦 is tagged; the last clause holds nothing but 北京, known
    beijing = text.index("北京")
    windows = crf._windows(text, [(beijing, beijing + 2)])
    assert len(windows) == 1 and windows[0][3] <= text.index("，") + 1


def test_a_text_the_tables_explain_does_not_load_the_model(monkeypatch):
    text = "浙江省杭州市，上海市。"
    known = [(0, 3), (3, 6), (7, 10)]
    monkeypatch.setattr(crf, "model", lambda: pytest.fail("the model was loaded"))
    assert crf.tag(text, known) == []


def test_gated_windows_stay_inside_their_sentence():
    text = "阿卡普尔科湾的风景。圣劳伦斯河上，魁北克城外！\n马拉维湖畔"
    sentences = [m.span() for m in crf._SENTENCE.finditer(text)]
    for lo, hi, first, last in crf._windows(text, []):
        assert lo <= first < last <= hi
        assert any(s <= lo and hi <= e for s, e in sentences)
    for s, e, label in crf.tag(text, []):
        assert 0 <= s < e <= len(text) and label in crf.LABELS
