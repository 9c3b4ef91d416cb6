"""The entity span gold of real corpus pages: every span slices its page, and the gold reads as string gold."""

from __future__ import annotations

import pytest
from conftest import DATA, needs_corpus

from baokan.annotators.evaluation import check_page_spans, entities_from_spans, read_page_spans

GOLD = sorted((DATA / "corpus_entities").glob("*.spans.jsonl"))
LABELS = {"official", "place", "police_unit", "slogan"}


def test_the_gold_covers_fit_and_held_out_dates():
    dates = {p.name[5:13] for p in GOLD}
    assert len(GOLD) >= 30
    assert dates & {"20250422", "20251004", "20251219", "20260324"}  # held out
    assert dates - {"20250422", "20251004", "20251219", "20260324"}  # fitted on


@pytest.mark.parametrize("path", GOLD, ids=lambda p: p.name.split(".")[0])
def test_span_gold_reads_as_string_gold(path):
    header, spans = read_page_spans(path)
    assert header["source"] == path.name.replace(".spans.jsonl", ".txt") and spans
    entities = entities_from_spans(spans)
    assert set(entities) <= LABELS
    for label, judged in entities.items():
        must = set(judged["must"])
        assert not must & set(judged["neutral"]) and not must & set(judged["negative"]), label


@pytest.mark.corpus
@pytest.mark.parametrize("path", GOLD, ids=lambda p: p.name.split(".")[0])
def test_every_span_slices_its_page(path):
    pages = needs_corpus()
    header, spans = read_page_spans(path)
    page = (pages / header["source"]).read_text(encoding="utf-8")
    check_page_spans(header, spans, page)
