"""jieba, imported lazily, and its dictionary as a marisa trie: word counts and tags.

The layer under :mod:`baokan.annotators.language.words` that holds no state of a run
(the cuts' engine switch stays there): :func:`dictionary` and :func:`word_ids` build the
tries once from jieba's installed ``dict.txt`` and keep them in baokan's cache folder;
:func:`freq`, :func:`is_word`, :func:`word_tag` and :func:`starts_a_word` answer from them.
Separate so that the cuts and the name guesses fit in one module; ``words`` re-exports
every public name here, and callers keep asking ``words.freq``.
"""

from __future__ import annotations

import os
import sys
from array import array
from functools import lru_cache
from pathlib import Path
from typing import Iterator, Optional, Tuple

#: The trie's record: jieba's count for a word and its part-of-speech tag.
_RECORD = "<I5s"
#: A key that no word can be (words hold no tab), holding the dictionary's total count (jieba's ``total``).
_TOTAL = "\ttotal"


@lru_cache(maxsize=1)
def _jieba():
    """The ``jieba`` module, imported without ``pkg_resources``.

    jieba 0.42's ``_compat`` imports setuptools' ``pkg_resources`` only to open its own data files,
    and falls back to a plain ``open`` of the same files when the import fails; the import costs
    more than annotating a page (0.1-0.25 s). Checked against jieba 0.42.1 (pyproject bounds it).
    """
    if "jieba" in sys.modules:
        return sys.modules["jieba"]
    from baokan.annotators.core import recache
    from baokan.annotators.language import jieba_tables

    jieba_tables.preload()
    block = "pkg_resources" not in sys.modules
    if block:
        sys.modules["pkg_resources"] = None  # makes ``import pkg_resources`` raise ImportError
    try:
        with recache.for_imports(), jieba_tables.deferred():  # hashlib, tempfile: initialize() only
            import jieba
    finally:
        if block:
            del sys.modules["pkg_resources"]
    return jieba


# ---------------------------------------------------------------- counts and tags


def _dictionary_path() -> str:
    jieba = _jieba()

    return os.path.join(os.path.dirname(jieba.__file__), jieba.DEFAULT_DICT_NAME)


def _build_trie(path: str):
    """The trie of every word of jieba's ``dict.txt`` (word count tag), plus the total count."""
    import marisa_trie

    def records() -> Iterator[Tuple[str, Tuple[int, bytes]]]:
        total = 0
        with open(path, "rb") as f:
            for line in f:
                parts = line.split()
                if not parts:
                    continue
                count = int(parts[1])
                total += count
                tag = parts[2] if len(parts) > 2 else b"x"
                yield parts[0].decode("utf-8"), (count, tag)
        yield _TOTAL, (total, b"")

    return marisa_trie.RecordTrie(_RECORD, records())


@lru_cache(maxsize=1)
def dictionary():
    """jieba's dictionary as a marisa trie: built on first use, then memory-mapped from the cache."""
    jieba = _jieba()
    import marisa_trie

    from baokan.annotators.core import cache

    source = _dictionary_path()
    path = cache.path_for("jieba-dict", cache.digest(jieba.__version__, cache.stamp(Path(source)), _RECORD), "marisa")
    if path.is_file() and cache.trusted(path.stat()):
        try:
            return marisa_trie.RecordTrie(_RECORD).mmap(str(path))
        except Exception:  # a damaged cache file: rebuild it below
            pass
    trie = _build_trie(source)
    cache.write(path, trie.tobytes())  # an optimisation only: without it, a second per process
    return trie


@lru_cache(maxsize=1)
def word_ids():
    """jieba's words in a plain marisa trie, and each word's count by its id in that trie.

    The word graph (:func:`_trie_tokenizer_class`) asks for the words that begin at every
    character; a plain trie gives them three times faster than the record trie. Built from
    the record trie once (about a second), then memory-mapped from the cache.
    """
    import marisa_trie

    from baokan.annotators.core import cache

    key = cache.digest(_jieba().__version__, cache.stamp(Path(_dictionary_path())), _RECORD)
    trie_path, counts_path = cache.path_for("jieba-words", key, "marisa"), cache.path_for("jieba-counts", key, "bin")
    data = cache.read(counts_path)
    if data is not None and trie_path.is_file() and cache.trusted(trie_path.stat()):
        try:
            trie, counts = marisa_trie.Trie().mmap(str(trie_path)), array("I")
            counts.frombytes(data)
            if len(counts) == len(trie):
                return trie, counts
        except Exception:  # a damaged cache file: rebuild below
            pass
    records = dictionary()
    trie = marisa_trie.Trie(w for w in records.keys() if w != _TOTAL)
    counts = array("I", [0]) * len(trie)
    for word, (count, _) in records.items():
        if word != _TOTAL:
            counts[trie[word]] = count
    cache.write(trie_path, trie.tobytes())
    cache.write(counts_path, counts.tobytes())
    return trie, counts


@lru_cache(maxsize=1 << 16)  # the same words are asked about on page after page (nine asks in ten)
def _record(word: str) -> Optional[Tuple[int, bytes]]:
    found = dictionary().get(word)
    return found[0] if found else None


def freq(word: str) -> int:
    """jieba's count for ``word`` (0 when its dictionary lacks it)."""
    found = _record(word)
    return found[0] if found else 0


def is_word(text: str) -> bool:
    """Whether jieba's dictionary holds ``text`` as one word."""
    return freq(text) > 0


@lru_cache(maxsize=1 << 16)  # the tagger asks for every word it cuts: decode each tag once
def word_tag(word: str) -> str:
    """jieba's part-of-speech tag for a dictionary word (``ns`` place, ``nr`` person), or ``""``."""
    found = _record(word)
    return found[1].rstrip(b"\x00").decode("ascii") if found else ""


def starts_a_word(prefix: str) -> bool:
    """Whether some word of jieba's dictionary begins with ``prefix`` (jieba's prefix test)."""
    return next(dictionary().iterkeys(prefix), None) is not None
