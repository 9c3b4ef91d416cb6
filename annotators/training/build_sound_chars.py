"""Build ``sound_chars.tsv``: the characters of transliterated foreign names.

A character is kept when jieba's dictionary has it in at least 12 words tagged
``nrt`` (transliterated names: 阿里波夫, 努尔) and at least a tenth of the
dictionary's words that hold it are such names. Run from the repository root:

    .venv/bin/python annotators/training/build_sound_chars.py > annotators/data/sound_chars.tsv
"""

from __future__ import annotations

import datetime
from collections import Counter

import jieba

from baokan.annotators.language import words

MIN_NAMES = 12
MIN_SHARE = 0.1


def main() -> None:
    names: Counter = Counter()
    every: Counter = Counter()
    for word, (_, tag) in words.dictionary().items():
        if len(word) < 2:
            continue
        is_name = tag.rstrip(b"\x00") == b"nrt"
        for ch in set(word):
            every[ch] += 1
            if is_name:
                names[ch] += 1
    kept = sorted(
        (ch for ch, n in names.items() if n >= MIN_NAMES and n / every[ch] >= MIN_SHARE),
        key=lambda ch: (-names[ch], ch),
    )
    print("# name: sound_chars")
    print(
        "# description: Characters of transliterated foreign names (努库斯, 纳沃伊): a run of them after a foreign"
        " country is read as a place in it. With the foreign names of geo_names.tsv they make the places grammar's"
        " sound characters."
    )
    print(
        f"# source: jieba {jieba.__version__} dictionary (dict.txt, MIT), words tagged nrt; a character is kept when"
        f" it is in >= {MIN_NAMES} such words and they are >= {MIN_SHARE:.0%} of the dictionary words holding it."
        " Built by annotators/training/build_sound_chars.py"
    )
    print(f"# date: built {datetime.date.today().isoformat()}")
    print("# license: MIT (derived from jieba's dictionary)")
    print("char\tnames\twords")
    for ch in kept:
        print(f"{ch}\t{names[ch]}\t{every[ch]}")


if __name__ == "__main__":
    main()
