"""The cost of annotating grows with the text, not faster (issue 14).

Time is too noisy to test, so these tests count: the function calls the
pipeline makes (Python and built-in, as cProfile counts them) on a text and on
one four times as long, and the work of the helpers that once searched or
sorted a whole article for every official. ``benchmarks/scaling.py`` measures
the time itself.
"""

from __future__ import annotations

import cProfile
from typing import Callable, List

import pytest
from conftest import SEED
from hypothesis import given, settings
from hypothesis import strategies as st

from baokan.annotators import officials
from baokan.annotators.core.document import Document, WordFinder
from baokan.annotators.core.pipeline import Pipeline
from baokan.annotators.language import post_breakdown

#: How much more than linear a text four times as long may cost in calls: caches
#: warmed by the shorter text make the longer one cheaper, never dearer.
SLACK = 1.15

TITLES = ("省委书记", "市长", "县委副书记", "区公安分局局长", "镇党委书记", "市委常委、宣传部部长")
PLACES = ("杭州", "宁波", "温州", "嘉兴", "湖州", "绍兴", "金华", "衢州", "舟山", "台州", "丽水")
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余杜叶程魏苏吕丁沈"
GIVEN = "炼浩捷振昌飞员夫玖佳兴启岚锋涛彬霖琳瑶璐"


def roster(officials_count: int) -> str:
    """One official after another, each a new name with a title and a place; each named
    again without a title three sentences on, and now and then a surname with a post."""
    names = [s + a + b for b in GIVEN for a in GIVEN if a != b for s in SURNAMES][:officials_count]
    out = []
    for i, name in enumerate(names):
        out.append(f"{TITLES[i % len(TITLES)]}{name}在{PLACES[i % len(PLACES)]}调研。")
        if i >= 3:
            out.append(f"{names[i - 3]}陪同。")
        if i % 4 == 3:
            out.append(f"{names[i - 2][0]}局长说。")
    return "".join(out)


def same_official(repeats: int) -> str:
    """The issue's official-dense text: one official, again and again."""
    return "省委书记易炼红在杭州调研。" * repeats


def seed_paragraphs(chars: int, sep: str) -> str:
    """The sample page's lines of 40 characters or more (paragraphs), repeated, joined by ``sep``."""
    lines = [line.strip() for line in SEED.read_text(encoding="utf-8").splitlines() if len(line.strip()) >= 40]
    out: List[str] = []
    while sum(map(len, out)) < chars:
        out.append(lines[len(out) % len(lines)])
    return sep.join(out)


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    p = Pipeline()
    p(Document("warm-up", roster(40) + seed_paragraphs(9000, "\n")))  # first loads, and jieba's Python start
    return p


def calls(pipeline: Pipeline, text: str) -> int:
    """Function calls (Python and built-in) the pipeline makes on one document of ``text``."""
    profile = cProfile.Profile()
    profile.enable()
    try:
        pipeline(Document("t", text))
    finally:
        profile.disable()
    return sum(entry.callcount for entry in profile.getstats())


@pytest.mark.parametrize(
    "make, size",
    [
        (roster, 150),  # 150 officials, then 600
        (same_official, 300),
        (lambda n: seed_paragraphs(n, "\n"), 6000),  # one article of the sample page's paragraphs
        (lambda n: seed_paragraphs(n, ""), 6000),  # the same as one long line
    ],
    ids=["roster", "same-official", "paragraphs", "one-line"],
)
def test_calls_grow_linearly_with_the_text(pipeline: Pipeline, make: Callable[[int], str], size: int) -> None:
    small, large = make(size), make(4 * size)
    before = calls(pipeline, small)  # first: what it caches can only make the long text cheaper
    ratio = calls(pipeline, large) / before
    assert ratio <= SLACK * len(large) / len(small), f"{len(large) / len(small):.2f}x the text, {ratio:.2f}x the calls"


def test_places_are_sorted_once_per_article_not_once_per_official(monkeypatch) -> None:
    sorted_spans: List[int] = []

    class Counted(post_breakdown.PlaceSpans):
        def __init__(self, spans) -> None:
            super().__init__(spans)
            sorted_spans.append(len(self.spans))

    monkeypatch.setattr(officials, "PlaceSpans", Counted)
    monkeypatch.setattr(post_breakdown, "PlaceSpans", Counted)
    work = []
    for n in (100, 400):
        sorted_spans.clear()
        doc = Pipeline(["segment", "places", "officials"])(Document("t", roster(n)))
        found = sum(e.label == "official" for e in doc.articles[0].entities)
        assert found >= n  # each official, and the later mentions
        work.append(sum(sorted_spans))
    assert work[1] <= 4 * SLACK * work[0], work


def test_each_article_is_searched_once_for_all_the_names(monkeypatch) -> None:
    """Later mentions of officials: one pass over each article, however many officials the page has."""
    passes: List[int] = []
    find = WordFinder.find

    def counted(self, text):
        passes.append(len(text))
        return find(self, text)

    monkeypatch.setattr(WordFinder, "find", counted)
    for n in (50, 200):
        passes.clear()
        doc = Pipeline(["segment", "officials"])(Document("t", roster(n)))
        mentions = [e for e in doc.articles[0].entities if e.source == "officials.mention"]
        assert len(mentions) >= 0.9 * n
        assert passes == [len(doc.articles[0].text)]


@settings(max_examples=200, deadline=None)
@given(words=st.lists(st.text("ab甲", min_size=1, max_size=3), max_size=5), text=st.text("ab甲乙", max_size=30))
def test_word_finder_finds_what_repeated_searches_find(words: List[str], text: str) -> None:
    expected = {}
    for word in words:
        at, found = text.find(word), []
        while at >= 0:
            found.append(at)
            at = text.find(word, at + len(word))
        if found:
            expected[word] = found
    assert WordFinder(words).find(text) == expected


def test_place_spans_answer_as_a_sorted_scan_does() -> None:
    spans = [(5, 9), (5, 7), (2, 4), (6, 8), (0, 12), (10, 11)]
    index = post_breakdown.PlaceSpans(spans)
    for start in range(0, 12):
        for end in range(start, 13):
            inside = sorted((s, e) for s, e in spans if start <= s < end and e <= end)
            inside.sort(key=lambda p: (p[0], -p[1]))
            assert index.first_inside(start, end) == (inside[0] if inside else None)


@given(st.text(alphabet="王李明华甲", max_size=40), st.text(alphabet="王李明华", min_size=1, max_size=3), st.booleans())
def test_find_all_gives_what_repeated_find_gives_on_short_and_long_texts(text, word, overlapping):
    from baokan.annotators.language import occurrences

    def plain(t):
        out, at = [], t.find(word)
        while at >= 0:
            out.append(at)
            at = t.find(word, at + (1 if overlapping else len(word)))
        return out

    long_text = text * (occurrences.LONG_TEXT // max(len(text), 1) + 1) if text else "甲" * occurrences.LONG_TEXT
    assert occurrences.find_all(text, word, overlapping=overlapping) == plain(text)
    assert occurrences.find_all(long_text, word, overlapping=overlapping) == plain(long_text)
