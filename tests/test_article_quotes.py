"""One article's quotes found once (``language/article_quotes.py``), on made-up text: the shared readings
give what each reader finds alone, and the plain quotes are what a plain “…” pattern finds."""

from __future__ import annotations

import re

from baokan.annotators import slogans
from baokan.annotators.language import (
    central_tasks,
    code_runs,
    dicta,
    parallel_tasks,
    quote_lexicon,
    quoted,
    slogan_quotes,
)
from baokan.annotators.language.article_quotes import ArticleQuotes

TEXT = (
    "中央经济工作会议提出“坚持扩大有效投资，建设现代物流体系”。"
    "总书记强调：“绿水青山就是金山银山是发展的根本遵循”“改革开放是决定乡村命运的关键一招”。"
    "总书记在考察时指出“以实干成就伟业”。\n"
    "《若干举措》提出，“激发数字经济活力，增强数字政府效能，优化数字社会环境，构建数字合作格局”。"
    "村民说：“今年的收成真不错，我们都很高兴。”《“十四五”规划》里有“‘三农’工作”一节。"
    "党的二十届三中全会《决定》提出：“健全覆盖城乡的就业公共服务体系并推动服务下沉，"
    "完善新就业形态劳动者权益保障制度和办法，加快建立多层次养老服务网络与照护体系。”"
)


def test_plain_quotes_are_what_the_pattern_finds():
    text = TEXT + "从“断卡”“断\n流”到“昆仑”"  # a quote across a line break is loose, not plain
    found, plain, loose = quoted.scan_quotes(text)
    assert found == quoted.find_quotes(text)
    assert plain == [(m.start(1), m.end(1)) for m in re.finditer(r"“([^“”\n]*)”", text)]
    assert loose == [(m.start(1), m.end(1)) for m in re.finditer(r"“([^“”]*)”", text)]
    assert len(loose) == len(plain) + 1
    assert ArticleQuotes(TEXT).long_quotes() == central_tasks.long_quotes(TEXT)


def test_shared_readings_give_what_each_reader_finds_alone():
    quotes = ArticleQuotes(TEXT)
    for start, end in [(q.start, q.end) for q in quotes.quotes] + central_tasks.long_quotes(TEXT):
        assert quotes.task_spans(start, end) == central_tasks.task_spans(TEXT, start, end)
        assert quotes.single_task(start, end) == central_tasks.single_task(TEXT, start, end)
        assert quotes.sourced(TEXT, start, end) == dicta.sourced(TEXT, start, end)
        assert quotes.list_spans(start, end) == parallel_tasks.list_spans(TEXT, start, end)
        # the judgement told whether the quote is one task gives what it finds asking itself
        told = quoted.judge(TEXT, start, end, task=quotes.single_task(start, end))
        assert told.features == quoted.judge(TEXT, start, end).features
    assert quotes.dicta_spans() == dicta.dicta_spans(TEXT)
    assert len(dicta.dicta_spans(TEXT)) == 3, "two theses in a run and a short saying"
    assert any(quotes.task_spans(start, end) for start, end in quotes.long_quotes())


def test_candidates_with_and_without_the_shared_quotes():
    quotes = ArticleQuotes(TEXT)
    assert slogans.task_candidates(TEXT, quotes) == slogans.task_candidates(TEXT)
    assert slogans.dictum_candidates(TEXT, quotes) == slogans.dictum_candidates(TEXT)
    assert slogan_quotes.quote_candidates(TEXT, {}, quotes) == slogan_quotes.quote_candidates(TEXT, {})
    taken = [(TEXT.index("以实干"), TEXT.index("以实干") + 7)]
    assert code_runs.find(TEXT, taken, quotes.loose) == code_runs.find(TEXT, taken)
    assert slogans.task_candidates(TEXT) and slogans.dictum_candidates(TEXT)


def test_joined_forms_alike_before_and_after_the_openings_are_built(monkeypatch):
    """A quote joined to the characters after it (“八五”普法) finds the same form by the plain look-ups
    (the first quotes of a run) and behind the gate of the forms' openings (the rest)."""
    cases = [("八五", "普法宣传"), ("两山", "理念深入"), ("枫桥", "经验"), ("三", "农工作"), ("甲乙", "丙丁")]
    monkeypatch.setattr(quote_lexicon, "_plain_left", [len(cases)])
    plain = [quote_lexicon.joined_canonical(inner, after) for inner, after in cases]
    assert quote_lexicon._plain_left == [0]
    gated = [quote_lexicon.joined_canonical(inner, after) for inner, after in cases]
    assert plain == gated and plain[0] and plain[-1] is None
