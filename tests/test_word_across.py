"""words.word_across answers as a plain walk over jieba.posseg's cut of the whole window does."""

from __future__ import annotations

import pytest
from conftest import DATA, SEED, word_across_plainly

from baokan.annotators.language import names, words


@pytest.mark.parametrize("engine", ["python", "rjieba"])
def test_same_word_across_every_offset_of_windows_with_punctuation(engine, monkeypatch):
    monkeypatch.setattr(words, "_python_left", [10**9 if engine == "python" else 0])
    names.tag.cache_clear()
    pages = [SEED.read_text(encoding="utf-8")] + [
        p.read_text(encoding="utf-8") for p in sorted(DATA.rglob("*.txt"))[:4]
    ]
    extra = ["社区长者，食堂", "G20峰会上区长说", "“各展所长”", "3.5亿元区长\\r\\n所长", "abc局长def", "区长\r\n所长"]
    asked = 0
    for page in pages[:3] + extra:
        for lo in range(0, max(1, len(page) - 8), 3 if len(page) > 50 else 1):
            window = page[lo : lo + 8]
            for k in range(1, len(window)):
                assert words.word_across(window, k, names.tag) == word_across_plainly(names.tag, window, k), (window, k)
                asked += 1
    names.tag.cache_clear()
    assert asked > 1000
