"""Word boundaries, word counts and name guesses from jieba's dictionary, loaded lazily.

jieba's own Python start-up (a second to unmarshal its prefix dictionary, half a
second more for ``jieba.posseg``'s tag table) would cost more than annotating a
page, and its Python segmenter is slower than everything else baokan does. So
the same dictionary and algorithms are reached three faster ways:

- cuts (:func:`cut`, :func:`word_spans`, :func:`boundaries`) come from
  `rjieba <https://pypi.org/project/rjieba/>`_, the binding of jieba-rs, a
  port of jieba that embeds jieba's dictionary and gives the same words
  (``tests/test_words.py`` holds the two to the same cuts on the test pages);
  the first few thousand characters are cut by jieba's own Python code over
  the trie below, which costs a page less than rjieba's start-up;
- counts and tags (:func:`freq`, :func:`is_word`, :func:`word_tag`) come
  from a marisa trie built once from jieba's installed ``dict.txt`` and kept in
  baokan's cache folder, opened by memory map in well under a millisecond
  (:mod:`.jieba_dictionary`, with jieba's lazy import; re-exported here);
- name guesses (:func:`tag`) run jieba's own part-of-speech tagger,
  ``jieba.posseg``, with that trie standing in for its dictionary tables; it
  only ever sees short windows.
"""

from __future__ import annotations

import io
import sys
from functools import lru_cache
from math import log
from typing import Callable, Dict, List, Optional, Sequence, Tuple

from baokan.annotators.core import recache
from baokan.annotators.language.jieba_dictionary import _RECORD as _RECORD
from baokan.annotators.language.jieba_dictionary import (
    _TOTAL,
    _jieba,
    _record,
    dictionary,
    starts_a_word,
    word_ids,
    word_tag,
)
from baokan.annotators.language.jieba_dictionary import _dictionary_path as _dictionary_path
from baokan.annotators.language.jieba_dictionary import freq as freq
from baokan.annotators.language.jieba_dictionary import is_word as is_word
from baokan.annotators.language.viterbi import viterbi

# ---------------------------------------------------------------- cuts


#: Characters cut by jieba's own Python code, over the trie, before rjieba takes over:
#: rjieba builds its dictionary in about 0.13 s, which a single page never earns back
#: (the Python code cuts some 70,000 characters a second, rjieba millions).
PYTHON_CHARS = 8_000
_python_left = [PYTHON_CHARS]
_NO_COUNT = (0, b"")  # the record of a word jieba's dictionary lacks


def expect_long_input() -> None:
    """Cut with rjieba from the first word on: the run has more text than :data:`PYTHON_CHARS`.

    The command line calls this when its inputs hold more than a page or two; rjieba's
    start-up is then paid in any case, and the Python code's first thousands of characters
    would only add to it. Loads rjieba now, so that worker processes forked after share it.
    """
    _python_left[0] = 0
    _rjieba()


@lru_cache(maxsize=1)  # asked for at every cut: the module, not an import statement each time
def _rjieba():
    try:
        import rjieba
    except ImportError:  # pragma: no cover - a hard dependency
        raise ImportError("baokan needs rjieba for word boundaries: pip install rjieba") from None
    return rjieba


def _tokenize(text: str, hmm: bool) -> List[Tuple[str, int, int]]:
    """``(word, start, end)`` for each word; both engines give the same words (tests/test_words.py)."""
    if _python_left[0] > 0:
        _python_left[0] -= len(text)
        return list(posseg().tokenizer.tokenize(text, HMM=hmm))
    return _rjieba().tokenize(text, hmm=hmm)


def cut(text: str, *, hmm: bool = True) -> List[str]:
    """Split ``text`` into words, as ``jieba.lcut`` does."""
    return [w for w, _, _ in _tokenize(text, hmm)]


def word_spans(text: str, *, hmm: bool = True) -> List[Tuple[int, int]]:
    """The ``(start, end)`` offsets of each word of ``text``, as ``jieba.tokenize`` gives them."""
    if _python_left[0] > 0:
        return [(s, e) for _, s, e in _tokenize(text, hmm)]
    out: List[Tuple[int, int]] = []
    off = 0
    for word in _rjieba().cut(text, hmm):  # rjieba's plain cut costs less than its tokenize
        end = off + len(word)
        out.append((off, end))
        off = end
    return out


def long_word_spans(text: str, offset: int = 0, *, hmm: bool = False) -> List[Tuple[int, int]]:
    """The ``(start, end)`` of each word of two characters or more, as :func:`word_spans` gives them,
    moved by ``offset``; from rjieba's plain cut (its words make up the text, and it costs less than
    its ``tokenize``), summing their lengths."""
    if _python_left[0] > 0:
        return [(offset + s, offset + e) for _, s, e in _tokenize(text, hmm) if e - s > 1]
    out: List[Tuple[int, int]] = []
    append = out.append
    off = offset
    for word in _rjieba().cut(text, hmm):
        n = len(word)
        if n > 1:
            append((off, off + n))
        off += n
    return out


def plain_cut(text: str) -> Optional[List[str]]:
    """rjieba's plain cut of ``text`` (dictionary words only, no HMM guesses), or None while jieba's
    Python code cuts the first characters (then :func:`long_word_spans` gives the spans): for
    callers in compiled modules that sum the words' lengths themselves (this module stays Python)."""
    if _python_left[0] > 0:
        return None
    return _rjieba().cut(text, False)


def boundaries(text: str, *, hmm: bool = True) -> set:
    """The offsets in ``text`` where jieba puts a word boundary (0 and len included)."""
    out = {0, len(text)}
    for s, e in word_spans(text, hmm=hmm):
        out.add(s)
        out.add(e)
    return out


# ---------------------------------------------------------------- name guesses


class _Counts:
    """jieba's ``FREQ`` over the trie: ``in`` is true for every word and word start, as in
    jieba's prefix dictionary, and ``get`` gives a word's count (0 for a mere start)."""

    def __contains__(self, fragment: str) -> bool:
        return starts_a_word(fragment)

    def get(self, word: str, default: Optional[int] = None) -> Optional[int]:
        found = _record(word)
        return found[0] if found else (0 if starts_a_word(word) else default)

    def __getitem__(self, fragment: str) -> int:
        found = self.get(fragment)
        if found is None:
            raise KeyError(fragment)
        return found


class _Tags:
    """jieba.posseg's ``word_tag_tab`` over the trie, with room for words a user adds."""

    def __init__(self) -> None:
        self.added: dict = {}

    def get(self, word: str, default: str = "x") -> str:
        return self.added.get(word) or word_tag(word) or default

    def update(self, more) -> None:
        self.added.update(more)


@lru_cache(maxsize=1)
def posseg():
    """jieba's part-of-speech tagger, over the trie instead of jieba's own tables.

    jieba has no public way to give its tagger another dictionary, so this is the one
    place that reaches into jieba's internals. Checked against jieba 0.42.1 (the bound
    in pyproject.toml, ``jieba>=0.42,<0.43``, is kept for it); a new release must be
    checked here, and by ``tests/test_words.py``, before the bound moves:

    - ``import jieba.posseg`` builds a default tagger that reads every tag of ``dict.txt``
      (half a second): during the import, ``jieba.dt.get_dict_file`` hands it an empty file;
      that tagger's ``word_tag_tab`` then reads the same tags from the trie, so that other
      users of ``jieba.posseg`` in this process see no difference;
    - our tagger's tokenizer takes the trie as its ``FREQ`` and ``total``, and is marked
      ``initialized`` (nothing to load); the tagger is made without ``__init__``, which
      would read ``dict.txt``;
    - ``POSTokenizer.__cut``, jieba's private HMM step, is overridden to use the faster
      :func:`~baokan.annotators.language.viterbi.viterbi`.
    """
    jieba = _jieba()

    jieba.setLogLevel(50)  # jieba logs its dictionary loads at INFO; none happens here
    if "jieba.posseg" in sys.modules:
        module = sys.modules["jieba.posseg"]
    else:
        from baokan.annotators.language import jieba_tables

        jieba_tables.preload()  # jieba imported first, by someone else: its tagger's tables still from the cache
        jieba.dt.get_dict_file = lambda: io.BytesIO()  # an instance attribute shadowing the method
        try:
            with recache.for_imports():
                import jieba.posseg as module
        finally:
            del jieba.dt.get_dict_file
        module.dt.word_tag_tab = _Tags()

    class Tagger(module.POSTokenizer):
        def _POSTokenizer__cut_DAG(self, sentence):  # jieba's word route, from rjieba once it is loaded
            if _python_left[0] > 0 or not _ALL_HAN.fullmatch(sentence):
                yield from module.POSTokenizer._POSTokenizer__cut_DAG(self, sentence)
                return
            for word, flag in self.han_tags(sentence):
                yield module.pair(word, flag)

        def han_tags(self, sentence: str, k: Optional[int] = None) -> List[Tuple[str, str]]:
            """jieba's ``__cut_DAG`` over a run of Han characters alone, as plain pairs: rjieba's cut
            without HMM is jieba's route over it (tests/test_words.py), the rest jieba's loop. With
            ``k``, the first ``k`` pairs or more (all when there are fewer), with no guess over the
            runs of one-character words after them."""
            # no run has more pairs than characters, so without k the bound is never reached
            limit = len(sentence) + 1 if k is None else k
            tags, buf = self.word_tag_tab, ""
            out: List[Tuple[str, str]] = []
            for word in _rjieba().cut(sentence, False):
                if len(word) == 1:
                    buf += word
                    continue
                if buf:
                    self._flush(buf, out)
                    buf = ""
                if len(out) >= limit:
                    return out
                out.append((word, tags.get(word, "x")))
                if len(out) >= limit:
                    return out
            if buf:
                self._flush(buf, out)
            return out

        def _flush(self, buf: str, out: List[Tuple[str, str]]) -> None:  # the single characters between words
            if len(buf) == 1:
                out.append((buf, self.word_tag_tab.get(buf, "x")))
            elif not (_record(buf) or _NO_COUNT)[0]:  # FREQ.get(buf) falsy, without its word-start walk:
                # jieba's __cut_detail, all Han, so the HMM step alone
                out.extend(self._hmm_tags(buf))
            else:
                out.extend((elem, self.word_tag_tab.get(elem, "x")) for elem in buf)

        def _POSTokenizer__cut(self, sentence):  # jieba's private HMM step, with the faster Viterbi
            for word, flag in self._hmm_tags(sentence):
                yield module.pair(word, flag)

        def _hmm_tags(self, sentence: str) -> List[Tuple[str, str]]:
            """jieba's HMM step over a run of Han characters, as plain pairs (no pair object a word)."""
            states = hmm_states(sentence)
            out: List[Tuple[str, str]] = []
            begin, nexti = 0, 0
            for i, char in enumerate(sentence):
                pos, flag = states[i]
                if pos == "B":
                    begin = i
                elif pos == "E":
                    out.append((sentence[begin : i + 1], flag))
                    nexti = i + 1
                elif pos == "S":
                    out.append((char, flag))
                    nexti = i + 1
            if nexti < len(sentence):
                out.append((sentence[nexti:], states[nexti][1]))
            return out

        def pairs(self, sentence: str) -> List[Tuple[str, str]]:
            """``cut(sentence)`` as plain ``(word, flag)`` pairs, once rjieba is loaded: jieba's
            ``__cut_internal`` (HMM on) written out, each block of Han characters alone read by
            :meth:`han_tags`, and no pair object made and read again for each word."""
            han, skip = module.re_han_internal, module.re_skip_internal
            out: List[Tuple[str, str]] = []
            for blk in han.split(sentence):
                if han.match(blk):
                    if _ALL_HAN.fullmatch(blk):
                        out += self.han_tags(blk)
                    else:  # letters or digits in it: jieba's own route
                        out += [(p.word, p.flag) for p in self._POSTokenizer__cut_DAG(blk)]
                    continue
                for x in skip.split(blk):
                    if skip.match(x):
                        out.append((x, "x"))
                        continue
                    for xx in x:
                        if module.re_num.match(xx):
                            out.append((xx, "m"))
                        elif module.re_eng.match(x):  # (jieba asks of the chunk here, not the character)
                            out.append((xx, "eng"))
                        else:
                            out.append((xx, "x"))
            return out

    @lru_cache(maxsize=1 << 14)  # a quarter of the runs come back (names met again)
    def hmm_states(sentence: str) -> List[Tuple[str, str]]:
        return viterbi(sentence, module.char_state_tab_P, module.start_P, module.trans_P, module.emit_P)[1]

    tokenizer = _trie_tokenizer_class(jieba)()
    tokenizer.FREQ = _Counts()
    tokenizer.total = dictionary()[_TOTAL][0][0]
    tokenizer.initialized = True
    tagger = Tagger.__new__(Tagger)
    tagger.tokenizer = tokenizer
    tagger.word_tag_tab = _Tags()
    return tagger


#: A run of the Han characters jieba.posseg cuts with its word graph, and nothing else.
_ALL_HAN = recache.compile("[\u4e00-\u9fd5]+")
#: The other characters of a block that jieba.posseg cuts as one (its ``re_han_internal``).
_BLOCK_CHAR = recache.compile("[a-zA-Z0-9+#&._]")

#: Characters of a sentence that can start a dictionary word; jieba 0.42's longest word has 16
#: (``tests/test_words.py`` checks that none is longer than this).
LONGEST_WORD = 32


@lru_cache(maxsize=1)
def _trie_tokenizer_class(jieba) -> type:
    """``jieba.Tokenizer`` with its word graph read from the trie in one call per character.

    jieba's ``get_DAG`` asks its dictionary about every growing fragment of a sentence
    (``frag in FREQ``, then ``FREQ[frag]``), two trie walks a fragment here; the trie's
    ``prefixes`` gives the same words at once. ``calc`` then reuses their counts instead
    of asking again; its arithmetic is jieba's, term for term, so routes and ties are too.
    """

    class Tokenizer(jieba.Tokenizer):
        _counts: Tuple[str, Dict[Tuple[int, int], int]] = ("", {})

        def get_DAG(self, sentence: str) -> Dict[int, List[int]]:
            trie, ids = word_ids()
            dag: Dict[int, List[int]] = {}
            counts: Dict[Tuple[int, int], int] = {}
            for k in range(len(sentence)):
                ends = []
                for word, i in trie.iter_prefixes_with_ids(sentence[k : k + LONGEST_WORD]):  # shortest first
                    end = k + len(word) - 1
                    counts[k, end] = ids[i]
                    ends.append(end)
                dag[k] = ends or [k]
            self._counts = (sentence, counts)
            return dag

        def calc(self, sentence: str, DAG: Dict[int, List[int]], route: dict) -> None:
            known, counts = self._counts
            if known != sentence:  # a graph this tokenizer did not make: jieba's own way
                return super().calc(sentence, DAG, route)
            N = len(sentence)
            route[N] = (0, 0)
            logtotal = log(self.total)
            get = counts.get
            for idx in range(N - 1, -1, -1):
                route[idx] = max((log(get((idx, x)) or 1) - logtotal + route[x + 1][0], x) for x in DAG[idx])

    return Tokenizer


def word_across(text: str, k: int, tagged: Callable[[str], Sequence[Tuple[str, str]]]) -> Optional[Tuple[str, str]]:
    """The ``(word, flag)`` of ``tagged(text)`` (jieba.posseg's cut, as :func:`tag` gives it)
    that starts before offset ``k`` and ends after it, or None.

    jieba.posseg keeps the words of its route and guesses (HMM) only within runs of
    one-character words that make no dictionary word; so when ``k`` falls elsewhere, the
    route alone answers, with no tagging. The route comes from rjieba, once it is loaded,
    over a run of Han characters; anything else is asked of ``tagged``. A text with other
    characters is cut by jieba.posseg block by block (runs of Han, letters and digits), so
    when ``k`` is inside a block of Han characters alone, only that block is asked about.
    """
    if not _ALL_HAN.fullmatch(text):  # jieba.posseg cuts each block of Han, letters and digits on its own:
        a, b = k, k  # when k is inside a block of Han characters alone, that block's cut is the answer
        while a > 0 and "\u4e00" <= text[a - 1] <= "\u9fd5":
            a -= 1
        while b < len(text) and "\u4e00" <= text[b] <= "\u9fd5":
            b += 1
        if (
            a < k < b
            and not _BLOCK_CHAR.match(text[a - 1 : a] or " ")
            and not _BLOCK_CHAR.match(text[b : b + 1] or " ")
        ):
            return word_across(text[a:b], k - a, tagged)
    elif _python_left[0] <= 0:
        off = run = 0  # ``run``: where the run of one-character words before ``off`` began
        for word in _rjieba().cut(text, False):
            if len(word) == 1:
                off += 1
                continue
            if run < k < off:  # inside a run: the tagger's guesses decide
                break
            if off < k < off + len(word):
                return word, posseg().word_tag_tab.get(word, "x")
            off = run = off + len(word)
            if off >= k:
                return None
        if not (run < k < off) or posseg().tokenizer.FREQ.get(text[run:off]):
            return None  # a run that is a dictionary word stays one-character words
    off = 0
    for word, flag in tagged(text):
        if off < k < off + len(word):
            return word, flag
        off += len(word)
    return None


def tag(text: str) -> List[Tuple[str, str]]:
    """``(word, flag)`` pairs, as ``jieba.posseg.cut`` gives them; ``nr`` flags a person's name."""
    tagger = posseg()
    if _python_left[0] <= 0:
        tagger.makesure_userdict_loaded()
        if _ALL_HAN.fullmatch(text):  # one block of Han characters: no splitting
            return tagger.han_tags(text)
        return tagger.pairs(text)
    return [(p.word, p.flag) for p in tagger.cut(text)]


def head_tags(text: str, k: int) -> List[Tuple[str, str]]:
    """:func:`tag`'s first ``k`` pairs or more (all when there are fewer); over a block of Han
    characters, without guessing the words after them."""
    if _python_left[0] <= 0 and _ALL_HAN.fullmatch(text):
        tagger = posseg()
        tagger.makesure_userdict_loaded()
        return tagger.han_tags(text, k)
    return tag(text)


def first_tag(text: str) -> Tuple[str, str]:
    """:func:`tag`'s first ``(word, flag)`` pair (``text`` not empty)."""
    return head_tags(text, 1)[0]
