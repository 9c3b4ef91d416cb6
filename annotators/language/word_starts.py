"""Whether a dictionary word may run across an offset, in one trie look-up.

:meth:`~baokan.annotators.language.place_words.Boundaries.may_cross` asks, before cutting a
clause with jieba, whether some text ending on the character after an offset is the start
of a dictionary word (:func:`~baokan.annotators.language.words.starts_a_word` of up to six
slices). Here every start of two characters or more of every key of jieba's dictionary
trie is kept reversed, in a marisa trie of its own: the reversed text before the offset
then finds all those starts at once (``Trie.prefixes``), one call in C instead of up to
six. Built once from the dictionary trie (about a second), then memory-mapped from the
cache; the answers are the same (``tests/test_word_starts.py``).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from baokan.annotators.language import words

#: How far back from the offset a word may start: what ``may_cross`` has always looked at.
BACK = 6


@lru_cache(maxsize=1)
def reversed_starts():
    """Every start of two characters or more of a key of :func:`words.dictionary`, reversed,
    as a marisa trie (the dictionary's every key, as ``starts_a_word`` sees them)."""
    import marisa_trie

    from baokan.annotators.core import cache

    source = Path(words._dictionary_path())
    key = cache.digest(words._jieba().__version__, cache.stamp(source), words._RECORD, "reversed starts")
    path = cache.path_for("jieba-starts", key, "marisa")
    if path.is_file() and cache.trusted(path.stat()):
        try:
            return marisa_trie.Trie().mmap(str(path))
        except Exception:  # a damaged cache file: rebuild below
            pass
    starts = set()
    for word in words.dictionary().iterkeys():
        for i in range(2, len(word) + 1):
            starts.add(word[i - 1 :: -1])
    trie = marisa_trie.Trie(starts)
    cache.write(path, trie.tobytes())
    return trie


def starts_across(text: str, pos: int) -> bool:
    """Whether ``text[ws : pos + 1]`` starts a dictionary word for some ``ws`` from ``pos - BACK``
    to ``pos - 1``: the same as asking :func:`words.starts_a_word` of each of those slices."""
    lo = pos - BACK if pos > BACK else 0
    return bool(reversed_starts().prefixes(text[lo : pos + 1][::-1]))
