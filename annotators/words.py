"""Word boundaries and name guesses from jieba, loaded lazily and only when asked.

jieba's dictionary takes about a second to load; its prefix-dictionary cache
is kept in baokan's cache folder so later runs load it quickly.
"""
from __future__ import annotations

import logging
from functools import lru_cache
from typing import List, Tuple


@lru_cache(maxsize=1)
def tokenizer():
    """A jieba Tokenizer, initialised once, quietly, with its cache in baokan's cache folder."""
    try:
        import jieba
    except ImportError:  # pragma: no cover - jieba is a hard dependency
        raise ImportError("baokan needs jieba for word boundaries: pip install jieba") from None
    from baokan.annotators.lexicon import cache_dir

    jieba.setLogLevel(logging.WARNING)
    tk = jieba.Tokenizer()
    try:
        cache_dir().mkdir(parents=True, exist_ok=True)
        tk.tmp_dir = str(cache_dir())
    except OSError:
        pass
    tk.initialize()
    return tk


def cut(text: str, *, hmm: bool = True) -> List[str]:
    """Split ``text`` into words."""
    return tokenizer().lcut(text, HMM=hmm)


def word_spans(text: str, *, hmm: bool = True) -> List[Tuple[int, int]]:
    """The ``(start, end)`` offsets of each word of ``text``."""
    return [(s, e) for _, s, e in tokenizer().tokenize(text, HMM=hmm)]


def is_word(text: str) -> bool:
    """Whether jieba's dictionary holds ``text`` as one word."""
    tk = tokenizer()
    return bool(tk.FREQ.get(text))


def boundaries(text: str, *, hmm: bool = True) -> set:
    """The offsets in ``text`` where jieba puts a word boundary (0 and len included)."""
    out = {0, len(text)}
    for s, e in word_spans(text, hmm=hmm):
        out.add(s)
        out.add(e)
    return out


@lru_cache(maxsize=1)
def posseg():
    """jieba's part-of-speech tokenizer, sharing the dictionary above (for name guesses)."""
    import jieba.posseg

    tk = tokenizer()
    shared = jieba.posseg.dt
    if tk.dictionary != shared.tokenizer.dictionary:  # pragma: no cover - baokan uses jieba's dictionary
        return jieba.posseg.POSTokenizer(tk)
    # Importing jieba.posseg already parsed the dictionary's tags (half a second, 40 MB);
    # share that table instead of letting POSTokenizer() parse the same file again.
    pos = jieba.posseg.POSTokenizer.__new__(jieba.posseg.POSTokenizer)
    pos.tokenizer = tk
    pos.word_tag_tab = shared.word_tag_tab
    return pos


def tag(text: str) -> List[Tuple[str, str]]:
    """``(word, flag)`` pairs; ``nr`` flags a person's name, ``ns`` a place."""
    return [(p.word, p.flag) for p in posseg().cut(text)]
