"""occurrences.alternation_spans finds what finditer of an alternation of the words, in their order, finds."""

import random
import re

from baokan.annotators.language.occurrences import LONG_TEXT, alternation_spans


def _by_regex(text, words):
    return [m.span() for m in re.compile("|".join(map(re.escape, words))).finditer(text)]


def test_template_literals_in_a_sentence():
    text = "建设平安乡村，推广枫桥经验和平安浙江模式，平安平安。"
    words = ["平安浙江", "平安", "经验", "模式"]
    assert (
        alternation_spans(text, words)
        == _by_regex(text, words)
        == [(2, 4), (11, 13), (14, 18), (18, 20), (21, 23), (23, 25)]
    )
    assert alternation_spans(text, ["平安", "平安浙江"]) == _by_regex(text, ["平安", "平安浙江"])
    assert alternation_spans(text, []) == []


def test_random_texts_and_word_orders():
    rng = random.Random(11)
    alphabet = "平安法治经验模式浙江"
    for _ in range(600):
        words = list(
            {"".join(rng.choice(alphabet) for _ in range(rng.randint(1, 3))) for _ in range(rng.randint(1, 5))}
        )
        rng.shuffle(words)
        text = "".join(rng.choice(alphabet + "，") for _ in range(rng.randint(0, 60)))
        assert alternation_spans(text, words) == _by_regex(text, words)


def test_long_text_path():
    text = ("平安法治，经验模式。" * (LONG_TEXT // 10 + 50))[: LONG_TEXT + 500]
    for words in (["平安法治", "平安", "治，", "模式"], ["平安", "平安法治", "式", "模式。"]):
        assert alternation_spans(text, words) == _by_regex(text, words)
