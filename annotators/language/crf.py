"""A character CRF that tags people (PER), places (LOC) and organisations (ORG).

It is not an annotator: the places, police and officials annotators call
:func:`tag` to find names that no lexicon lists (foreign cities, rivers, people).
The model, ``data/ner_crf.crfsuite``, was trained on the MSRA NER corpus by
``data/build/train_crf.py``; its measured scores are in ``data/ner_crf.meta.txt``.

Features are built here, in plain Python, and the training script imports
:func:`sentence_features` so that training and tagging can never disagree.
Per character: the characters and bigrams in a window of ±2 (a trigram over
±1), the character's class (han, digit, Chinese numeral, latin, punctuation,
space), and whether a known division name starts, continues or ends there or
a known surname starts there (from ``divisions.tsv`` and ``surnames.tsv`` when
installed). The model loads lazily, once per process, and only when a sentence
is tagged; a pycrfsuite Tagger is not thread-safe, so threads should not share
this module's tagger.

Tagging costs far more than everything else the places annotator does, and
almost every place in news text is in its tables, so :func:`tag` can be told
what is already known and then tags only the clauses where the model's own
weights see a multi-character place outside it (see :func:`evidence`). The
gazetteer and those weights are kept in the disk cache (:mod:`baokan.annotators.core.cache`).
"""
from __future__ import annotations

import os
import pickle
import re
import tempfile
from bisect import bisect_left
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Collection, Dict, FrozenSet, Iterable, List, NamedTuple, Optional, Sequence, Tuple

DATA_PACKAGE = "baokan.annotators.data"
MODEL_FILE = "ner_crf.crfsuite"
META_FILE = "ner_crf.meta.txt"
LABELS = ("PER", "LOC", "ORG")

#: Lexicon feature groups the featuriser knows.
LEXICON_FEATURES = ("divisions", "surnames")

Span = Tuple[int, int, str]

# Fold full-width ASCII to half-width, the ideographic space to a space and every
# digit to 0: newspapers mix both widths, and digits matter only as a class.
# Each character maps to exactly one character, so offsets are kept.
_FOLD = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_FOLD[0x3000] = 0x20
_FOLD.update({cp: ord("0") for cp in range(ord("1"), ord("9") + 1)})
_FOLD.update({cp: ord("0") for cp in range(0xFF10, 0xFF1A)})
_FOLD.update({cp: cp + 32 for cp in range(ord("A"), ord("Z") + 1)})
_FOLD.update({cp: cp - 0xFEE0 + 32 for cp in range(0xFF21, 0xFF3B)})
_FOLD_TABLE = str.maketrans({chr(k): chr(v) for k, v in _FOLD.items()})

_NUMERALS = frozenset("〇一二三四五六七八九十百千万亿零两")
_CLASS_CACHE: Dict[str, str] = {}

# Tag a sentence at a time, as the model was trained: split after 。！？ and at line breaks.
_SENTENCE = re.compile(r"[^\n。！？!?]+[。！？!?”’」』）)]*")
# Within a sentence, the clauses the gate weighs one by one; a place never spans these marks.
_CLAUSE = re.compile(r"[^，、；：,;:（）()“”‘’《》「」『』]+")

#: The gate: a clause is tagged when some character outside the known spans scores this
#: much (see :func:`evidence`; above 0). Higher skips more and loses more: on MSRA's test
#: split, 2.0 tags 29% of the text and the places annotator keeps all 127 places it kept
#: from whole sentences; 2.5 tags 23% and keeps 124 (the three lost: 喇嘛寺, right, and
#: 太平鼓 and 温泉旅馆, wrong; place F1 0.725 either way), 3.0 tags 18% and keeps 113
#: (losing 利隆圭, 马拉加). 2.5 makes annotate about a tenth faster than 2.0.
GATE = 2.5
#: Characters of context each side of a gated clause, so that the tagger sees the marks around
#: it and labels the clause (nearly always) as it would inside the whole sentence.
CONTEXT = 2
#: Bumped when what this module caches changes shape.
_CACHE_FORMAT = 2


def fold(text: str) -> str:
    """Normalise ``text`` for features (widths, digits, case) without changing its length."""
    return text.translate(_FOLD_TABLE)


class _Classes(Dict[int, str]):
    """Code point -> class letter, for ``str.translate``; a character is classed once, when first seen."""

    def __missing__(self, cp: int) -> str:
        k = self[cp] = char_class(chr(cp))
        return k


class _Prefixed(Dict[str, str]):
    """``prefix + key`` made once per key (keys are single characters or class trigrams, a small set)."""

    def __init__(self, prefix: str) -> None:
        super().__init__()
        self.prefix = prefix

    def __missing__(self, key: str) -> str:
        v = self[key] = self.prefix + key
        return v


_CLASSES = _Classes()
_U0, _UM1, _U1, _UM2, _U2, _K, _KK = map(_Prefixed, ("u0=", "u-1=", "u1=", "u-2=", "u2=", "k=", "kk="))


def char_class(ch: str) -> str:
    """One letter for the kind of character: H han, N numeral, D digit, L latin, P punct, S space, O other."""
    k = _CLASS_CACHE.get(ch)
    if k is None:
        import unicodedata

        from baokan.annotators.language.chars import is_han

        if ch in _NUMERALS:
            k = "N"
        elif ch.isdigit():
            k = "D"
        elif is_han(ch):
            k = "H"
        elif ch.isspace():
            k = "S"
        elif ch.isalpha():
            k = "L"
        elif unicodedata.category(ch)[0] in "PS":
            k = "P"
        else:
            k = "O"
        _CLASS_CACHE[ch] = k
    return k


class Gazetteer:
    """Division names and surnames, as per-character lexicon features.

    Args:
        divisions (Dict[str, Tuple[str, ...]]): surface form -> level tags (``p`` province,
            ``c`` city, ``x`` county, ``t`` township; ``s`` appended for a short form).
        surnames (Iterable[str]): surnames, one or two characters.
    """

    def __init__(self, divisions: Dict[str, Tuple[str, ...]], surnames: Iterable[str] = ()) -> None:
        self.surnames1: FrozenSet[str] = frozenset(s for s in surnames if len(s) == 1)
        self.surnames2: FrozenSet[str] = frozenset(s for s in surnames if len(s) == 2)
        # a regular expression finds the surname characters (about one in five) faster than a loop
        self._sn1 = _char_set(self.surnames1)
        self._sn2 = _char_set({s[0] for s in self.surnames2})
        self.automaton = None
        # Each form maps to an int, a kind: its length and feature strings, made once here
        # and shared by every form alike; an automaton of ints unpickles ten times faster
        # than one holding 60,000 tuples.
        self.kinds: List[Tuple[int, Tuple[str, ...], Tuple[str, ...], Tuple[str, ...]]] = []
        if divisions:
            import ahocorasick

            self.automaton = ahocorasick.Automaton(ahocorasick.STORE_INTS)
            known: Dict[Tuple[int, Tuple[str, ...]], int] = {}
            for form, tags in divisions.items():
                kind = known.get((len(form), tags))
                if kind is None:
                    kind = known[len(form), tags] = len(self.kinds)
                    self.kinds.append((len(form), tuple("dB=" + t for t in tags), tuple("dI=" + t for t in tags),
                                       tuple("dE=" + t for t in tags)))
                self.automaton.add_word(form, kind)
            self.automaton.make_automaton()

    def features(self, text: str) -> Dict[int, List[str]]:
        """Lexicon features by character offset in ``text`` (offsets without any are left out)."""
        out: Dict[int, List[str]] = {}
        if self.automaton is not None:
            kinds = self.kinds
            for last, kind in self.automaton.iter(text):
                n, begin, inside, end = kinds[kind]
                start = last - n + 1
                out.setdefault(start, []).extend(begin)
                out.setdefault(last, []).extend(end)
                for i in range(start + 1, last):
                    out.setdefault(i, []).extend(inside)
        # at one offset, sn1 comes before sn2, as the model was trained
        if self._sn1 is not None:
            for m in self._sn1.finditer(text):
                out.setdefault(m.start(), []).append("sn1")
        if self._sn2 is not None:
            s2 = self.surnames2
            for m in self._sn2.finditer(text):
                i = m.start()
                if text[i : i + 2] in s2:
                    out.setdefault(i, []).append("sn2")
        return out


def _char_set(chars: Iterable[str]) -> Optional["re.Pattern[str]"]:
    """A pattern matching any one of ``chars`` (None for none)."""
    chars = sorted(set(chars))
    from baokan.annotators.core import recache  # compiled once per installation: classes of CJK characters are slow to compile

    return recache.compile("[" + "".join(map(re.escape, chars)) + "]") if chars else None


_LEVEL = {"province": "p", "city": "c", "county": "x", "township": "t"}


def division_forms() -> Dict[str, Tuple[str, ...]]:
    """Each division name and short form of two characters or more, with its level tags."""
    from baokan.annotators.core.lexicon import read_table

    divisions: Dict[str, Tuple[str, ...]] = {}
    for row in read_table("divisions").rows:
        level = _LEVEL.get(row.get("level", ""), "")
        if not level:
            continue
        forms = [(row.get("name", ""), level)]
        forms += [(s.strip(), level + "s") for s in row.get("short", "").split(",")]
        for form, tag in forms:
            # one character is too ambiguous to be a place feature
            if len(form) >= 2 and tag not in divisions.get(form, ()):
                divisions[form] = divisions.get(form, ()) + (tag,)
    return divisions


def load_gazetteer(groups: Sequence[str] = LEXICON_FEATURES) -> Gazetteer:
    """Build the gazetteer from the project's lexicon tables (absent tables give no features).

    Args:
        groups (Sequence[str]): which of ``divisions`` and ``surnames`` to use. Defaults to both.
    """
    from baokan.annotators.language import chars

    divisions = division_forms() if "divisions" in groups else {}
    surnames = list(chars.surnames()) if "surnames" in groups else []
    return Gazetteer(divisions, surnames)


def cached_gazetteer(groups: Sequence[str] = LEXICON_FEATURES) -> Gazetteer:
    """:func:`load_gazetteer`, from the disk cache when the tables are unchanged (building the
    automaton of 60,000 division names takes about half a second; loading it, a tenth of that)."""
    from baokan.annotators.core import cache
    from baokan.annotators.core.registry import baokan_version

    stamps = [cache.stamp(p) for p in map(_data_path, ("divisions.tsv", "surnames.tsv")) if p.is_file()]
    path = cache.path_for("crf-gazetteer", cache.digest(_CACHE_FORMAT, baokan_version(), tuple(groups), stamps), "pickle")
    data = cache.read(path)  # None unless the file is the user's own (unpickling runs code)
    try:
        found = pickle.loads(data) if data is not None else None
        if isinstance(found, Gazetteer):
            return found
    except Exception:  # a damaged file: build it again
        pass
    gazetteer = load_gazetteer(groups)
    cache.write(path, pickle.dumps(gazetteer, protocol=pickle.HIGHEST_PROTOCOL))
    return gazetteer


def sentence_features(text: str, gazetteer: Optional[Gazetteer] = None) -> List[List[str]]:
    """The CRF features of each character of one sentence.

    Args:
        text (str): the sentence, as it stands in the article.
        gazetteer (Optional[Gazetteer]): lexicon features to add. Defaults to None (none).

    RETURNS (List[List[str]]): one list of attribute names per character.
    """
    n = len(text)
    if not n:
        return []
    f = fold(text)
    # two pad characters each side stand for the sentence's edges
    p = "\x02\x02" + f + "\x03\x03"
    k = "BB" + f.translate(_CLASSES) + "EE"
    # one list display per character over shifted copies of the sentence: a character's
    # window is (a, b, c, d, e) = p[i:i+5] and its class window (x, y, z) = k[i+1:i+4];
    # the single-character attributes are made once per character, not once per use
    out = [
        ["b", _U0[c], _UM1[b], _U1[d], _UM2[a], _U2[e], "b-2=" + a + b, "b-1=" + b + c, "b0=" + c + d,
         "b1=" + d + e, "t0=" + b + c + d, _K[y], _KK[x + y + z]]
        for a, b, c, d, e, x, y, z in zip(p, p[1:], p[2:], p[3:], p[4:], k[1:], k[2:], k[3:])
    ]
    if gazetteer is not None:
        for i, extra in gazetteer.features(text).items():
            out[i] += extra
    return out


def spans_from_labels(labels: Sequence[str], offset: int = 0) -> List[Span]:
    """Turn BMES (or BIO) labels into ``(start, end, label)`` spans, tolerating broken sequences.

    An entity begins at ``B``/``S`` or where the entity type changes, and ends at
    ``E``/``S``, at ``O`` or where the next one begins.
    """
    spans: List[Span] = []
    start, kind = -1, ""
    for i, tag in enumerate(labels):
        pos, _, typ = tag.partition("-")
        if pos == "O" or not typ:
            if start >= 0:
                spans.append((offset + start, offset + i, kind))
            start, kind = -1, ""
            continue
        if pos in ("B", "S") or typ != kind or start < 0:
            if start >= 0:
                spans.append((offset + start, offset + i, kind))
            start, kind = i, typ
        if pos in ("E", "S"):
            spans.append((offset + start, offset + i + 1, kind))
            start, kind = -1, ""
    if start >= 0:
        spans.append((offset + start, offset + len(labels), kind))
    return spans


def _data_path(name: str) -> Path:
    return Path(str(resources.files(DATA_PACKAGE).joinpath(name)))


def read_meta() -> Dict[str, str]:
    """The ``# key: value`` header of ``ner_crf.meta.txt`` (empty if the file is absent)."""
    path = _data_path(META_FILE)
    if not path.is_file():
        return {}
    from baokan.annotators.core.lexicon import parse_table

    return parse_table("ner_crf", path.read_text(encoding="utf-8")).header


class _Model:
    """The opened tagger and the gazetteer its features were trained with."""

    def __init__(self) -> None:
        self.tagger = _open_tagger()
        # only compute the lexicon features the model was trained with
        groups = read_meta().get("lexicon_features", ",".join(LEXICON_FEATURES))
        wanted = [g.strip() for g in groups.split(",") if g.strip() in LEXICON_FEATURES]
        self.gazetteer = cached_gazetteer(wanted) if wanted else None


def _open_tagger():
    try:
        import pycrfsuite
    except ImportError:  # pragma: no cover - a hard dependency
        raise ImportError("baokan's CRF tagger needs python-crfsuite: pip install python-crfsuite") from None
    path = _data_path(MODEL_FILE)
    if not path.is_file():
        raise FileNotFoundError(f"The CRF model {path} is missing; build it with annotators/training/train_crf.py.")
    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    return tagger


@lru_cache(maxsize=1)
def model() -> _Model:
    """The model, opened once per process."""
    return _Model()


# The gate's templates: the character and the two bigrams it is in.
_GATE_TEMPLATES = ("u0", "b0", "b-1")
# A place of one character (S-LOC: 中 in 中美) never survives the places annotator's checks.
_PLACE_LABELS = ("B-LOC", "M-LOC", "E-LOC")
# A state feature in the model's dump: "  (0) u0=湖 --> E-LOC: 1.234".
_STATE_LINE = re.compile(r"^  \(\d+\) (u0|b0|b-1)=(.*?) --> ([A-Z]-?[A-Z]*): (\S+)$", re.M)


class Evidence(NamedTuple):
    """Per value of the ``u0``, ``b0`` and ``b-1`` templates, the model's evidence for a place
    (see :func:`evidence`); and per character the most its three attributes can add up to."""

    u0: Dict[str, float]
    b0: Dict[str, float]
    bm1: Dict[str, float]
    reach: Dict[str, float]


@lru_cache(maxsize=1)
def evidence() -> Evidence:
    """The model's evidence for a place, per value of the ``u0``, ``b0`` and ``b-1`` templates.

    For an attribute, its weight towards the best of B-LOC, M-LOC and E-LOC minus its weight
    towards O. Summed over a character's three attributes it bounds from above how much more
    those attributes favour a place over O there; the tagger weighs ten more templates and
    the labels around, so this is only a cheap sieve. Read from the model's dump once (about
    half a second), then from the disk cache.
    """
    from baokan.annotators.core import cache

    model_path = _data_path(MODEL_FILE)
    stamp = cache.stamp(model_path) if model_path.is_file() else None
    path = cache.path_for("crf-evidence", cache.digest(_CACHE_FORMAT, stamp, _GATE_TEMPLATES, _PLACE_LABELS))
    found = cache.load(path)
    if isinstance(found, tuple) and len(found) == len(Evidence._fields):
        return Evidence(*found)
    tagger = _open_tagger()
    with tempfile.TemporaryDirectory() as tmp:
        dump = os.path.join(tmp, "model.txt")
        tagger.dump(dump)
        with open(dump, encoding="utf-8", errors="replace") as f:
            text = f.read()
    weights: Dict[Tuple[str, str], Dict[str, float]] = {}
    for m in _STATE_LINE.finditer(text):
        weights.setdefault((m[1], m[2]), {})[m[3]] = float(m[4])
    u0: Dict[str, float] = {}
    b0: Dict[str, float] = {}
    bm1: Dict[str, float] = {}
    tables = dict(zip(_GATE_TEMPLATES, (u0, b0, bm1)))
    for (template, value), w in weights.items():
        loc = max(w.get(label, 0.0) for label in _PLACE_LABELS) - w.get("O", 0.0)
        if loc and len(value) == (1 if template == "u0" else 2):
            tables[template][value] = loc
    best_b0: Dict[str, float] = {}
    best_bm1: Dict[str, float] = {}
    for bigram, v in b0.items():
        best_b0[bigram[0]] = max(v, best_b0.get(bigram[0], v))
    for bigram, v in bm1.items():
        best_bm1[bigram[1]] = max(v, best_bm1.get(bigram[1], v))
    reach = {c: u0.get(c, 0.0) + max(0.0, best_b0.get(c, 0.0)) + max(0.0, best_bm1.get(c, 0.0))
             for c in set(u0) | set(best_b0) | set(best_bm1)}
    found = Evidence(u0, b0, bm1, reach)
    cache.store(path, tuple(found))
    return found


@lru_cache(maxsize=4)
def _reaching(gate: float) -> Optional["re.Pattern[str]"]:
    """The characters whose attributes can reach ``gate`` (> 0) at all: about 600 of the
    model's 7,800, but a third of running text."""
    return _char_set(c for c, v in evidence().reach.items() if v >= gate)


def _hot(text: str, known: Collection[Tuple[int, int]], gate: float = GATE) -> List[int]:
    """Offsets outside ``known`` where :func:`evidence` reaches ``gate``, in order."""
    reaching = _reaching(gate)
    if reaching is None:
        return []
    u0, b0, bm1, _ = evidence()
    # character i is p[i + 1]; it ends the bigram p[i:i + 2] and starts p[i + 1:i + 3]
    p = "\x02" + fold(text) + "\x03"
    hot: List[int] = []
    for s, e in _gaps(len(text), known):
        for m in reaching.finditer(p, s + 1, e + 1):  # a regular expression skips the rest in C
            j = m.start()
            if u0.get(p[j], 0.0) + b0.get(p[j:j + 2], 0.0) + bm1.get(p[j - 1:j + 1], 0.0) >= gate:
                hot.append(j - 1)
    return hot


def _gaps(n: int, spans: Collection[Tuple[int, int]]) -> List[Tuple[int, int]]:
    """The stretches of ``0:n`` that no span covers, in order."""
    out: List[Tuple[int, int]] = []
    at = 0
    for s, e in sorted(spans):
        if s > at:
            out.append((at, s))
        at = max(at, e)
    if at < n:
        out.append((at, n))
    return out


def _windows(text: str, known: Optional[Collection[Tuple[int, int]]],
             gate: float = GATE) -> List[Tuple[int, int, int, int]]:
    """What to tag: (window start, window end, first, last) where spans that start in
    ``first:last`` are kept. Whole sentences without ``known``; else the gated clauses with
    :data:`CONTEXT` characters each side, clauses next to each other in one window."""
    sentences = [m.span() for m in _SENTENCE.finditer(text) if not m.group().isspace()]
    if known is None or not evidence().reach:  # no weights read (a dump format unknown): no gate
        return [(s, e, s, e) for s, e in sentences]
    hot = _hot(text, known, gate)
    out: List[Tuple[int, int, int, int]] = []
    for s0, s1 in sentences:
        i = bisect_left(hot, s0)
        if i == len(hot) or hot[i] >= s1:
            continue
        for m in _CLAUSE.finditer(text, s0, s1):
            a, b = m.span()
            i = bisect_left(hot, a)
            if i == len(hot) or hot[i] >= b:
                continue
            lo, hi = max(s0, a - CONTEXT), min(s1, b + CONTEXT)
            if out and out[-1][1] >= lo and out[-1][0] >= s0:  # the same sentence, touching: one window
                out[-1] = (out[-1][0], hi, out[-1][2], b)
            else:
                out.append((lo, hi, a, b))
    return out


def tag(text: str, known: Optional[Collection[Tuple[int, int]]] = None, *, gate: float = GATE) -> List[Span]:
    """Find people, places and organisations in ``text``.

    Args:
        text (str): any text, an article or a sentence.
        known (Optional[Collection[Tuple[int, int]]]): spans already accounted for (places the
            tables found, other lexicons' words). Given, only the clauses where the model's
            weights see a place of two or more characters outside them are tagged, and mostly
            places come back. Defaults to None: every sentence is tagged.
        gate (float): with ``known``, how strong the weights' evidence of a place must be
            for a clause to be tagged: higher tags less text, faster, and finds fewer places.

    RETURNS (List[Span]): ``(start, end, label)`` with label PER, LOC or ORG, in
        code points, end exclusive, so ``text[start:end]`` is the name; in order.
    """
    if not text or text.isspace():
        return []
    windows = _windows(text, known, gate)
    if not windows:
        return []  # the model is not even loaded
    m = model()
    spans: List[Span] = []
    for lo, hi, first, last in windows:
        labels = m.tagger.tag(sentence_features(text[lo:hi], m.gazetteer))
        for s, e, label in spans_from_labels(labels, lo):
            if not first <= s < last:
                continue  # context only
            # a name never starts or ends with a space
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if s < e:
                spans.append((s, e, label))
    return spans


def tag_many(texts: Iterable[str]) -> List[List[Span]]:
    """:func:`tag` over several texts (one model load; pycrfsuite has no faster batch call)."""
    return [tag(t) for t in texts]
