"""The one-look-up test of a word running across an offset answers as the six prefix tests it replaces."""

from __future__ import annotations

from conftest import DATA, SEED

from baokan.annotators.language import word_starts, words


def _slices(text: str, pos: int) -> bool:
    """The old test: some slice from up to six characters back to the character after ``pos`` starts a word."""
    return any(words.starts_a_word(text[ws : pos + 1]) for ws in range(max(0, pos - word_starts.BACK), pos))


def test_same_answer_at_every_offset_of_news_pages():
    pages = [SEED.read_text(encoding="utf-8")] + [
        p.read_text(encoding="utf-8") for p in sorted(DATA.rglob("*.txt"))[:6]
    ]
    asked = 0
    for page in pages:
        for pos in range(1, len(page)):
            assert word_starts.starts_across(page, pos) == _slices(page, pos), page[max(0, pos - 6) : pos + 1]
            asked += 1
    assert asked > 3_000


def test_edges_and_odd_keys():
    for text in ("中华人民共和国", "共和", "a\ttotal", "\tt", "浙江省杭州市", "x", "，，", "阖家安康"):
        for pos in range(0, len(text) + 1):
            assert word_starts.starts_across(text, pos) == _slices(text, pos), (text, pos)
