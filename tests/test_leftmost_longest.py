"""occurrences.leftmost_longest finds what finditer of an alternation of the words (longest first) finds."""

import random
import re

from baokan.annotators.language.occurrences import LONG_TEXT, leftmost_longest


def _by_regex(text, words):
    pattern = re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))
    return [m.span() for m in pattern.finditer(text)]


def test_template_literals_in_a_sentence():
    text = "建设平安乡村，推广枫桥经验和平安浙江模式，平安平安。"
    words = ["平安", "经验", "模式", "平安浙江"]
    assert leftmost_longest(text, words) == _by_regex(text, words)
    assert leftmost_longest(text, []) == []


def test_random_texts_and_overlapping_words():
    rng = random.Random(11)
    alphabet = "平安法治经验模式浙江"
    for _ in range(400):
        words = list(
            {"".join(rng.choice(alphabet) for _ in range(rng.randint(1, 3))) for _ in range(rng.randint(1, 5))}
        )
        text = "".join(rng.choice(alphabet + "，") for _ in range(rng.randint(0, 60)))
        assert leftmost_longest(text, words) == _by_regex(text, words)


def test_long_text_path():
    text = ("平安法治，经验模式。" * (LONG_TEXT // 10 + 50))[: LONG_TEXT + 500]
    words = ["平安", "平安法治", "治，", "模式"]
    assert leftmost_longest(text, words) == _by_regex(text, words)
