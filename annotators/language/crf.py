"""A character CRF that tags people (PER), places (LOC) and organisations (ORG).

It is not an annotator: the places, police and officials annotators call
:func:`tag` to find names that no lexicon lists (foreign cities, rivers, people).
The model, ``data/ner_crf.crfsuite``, was trained on the MSRA NER corpus by
``training/train_crf.py``; its measured scores are in ``data/ner_crf.meta.txt``.

Features are built in :mod:`~baokan.annotators.language.crf_features`, in plain Python, and the training script imports
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
import re
import tempfile
from bisect import bisect_left
from functools import lru_cache
from typing import Collection, Dict, Iterable, List, NamedTuple, Optional, Tuple

# The features and their gazetteer, also under this module's names (as they always were).
from baokan.annotators.core import recache
from baokan.annotators.language.crf_features import (
    _CACHE_FORMAT,
    LEXICON_FEATURES,
    Span,
    _char_set,
    _data_path,
    cached_gazetteer,
    fold,
    sentence_features,
    spans_from_labels,
)
from baokan.annotators.language.crf_features import (
    DATA_PACKAGE as DATA_PACKAGE,
)
from baokan.annotators.language.crf_features import (
    Gazetteer as Gazetteer,
)
from baokan.annotators.language.crf_features import (
    char_class as char_class,
)
from baokan.annotators.language.crf_features import (
    division_forms as division_forms,
)
from baokan.annotators.language.crf_features import (
    load_gazetteer as load_gazetteer,
)

MODEL_FILE = "ner_crf.crfsuite"
META_FILE = "ner_crf.meta.txt"
LABELS = ("PER", "LOC", "ORG")


# Tag a sentence at a time, as the model was trained: split after 。！？ and at line breaks.
_SENTENCE = recache.compile(r"[^\n。！？!?]+[。！？!?”’」』）)]*")
# Within a sentence, the clauses the gate weighs one by one; a place never spans these marks.
_CLAUSE = recache.compile(r"[^，、；：,;:（）()“”‘’《》「」『』]+")

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
    reach = {
        c: u0.get(c, 0.0) + max(0.0, best_b0.get(c, 0.0)) + max(0.0, best_bm1.get(c, 0.0))
        for c in set(u0) | set(best_b0) | set(best_bm1)
    }
    found = Evidence(u0, b0, bm1, reach)
    cache.store(path, tuple(found))
    return found


@lru_cache(maxsize=4)
def _reaching(gate: float) -> Optional[re.Pattern[str]]:
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
            if u0.get(p[j], 0.0) + b0.get(p[j : j + 2], 0.0) + bm1.get(p[j - 1 : j + 1], 0.0) >= gate:
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


def _windows(
    text: str, known: Optional[Collection[Tuple[int, int]]], gate: float = GATE
) -> List[Tuple[int, int, int, int]]:
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


def place_spans(
    text: str, known: List[Tuple[int, int]], gate: Optional[float] = None
) -> Optional[List[Tuple[int, int]]]:
    """The spans of ``text`` the model tags as places (LOC), or None when no model is installed."""
    try:
        tagged = tag(text, known, gate=GATE if gate is None else float(gate))
    except (ImportError, FileNotFoundError):
        return None
    return [(s, e) for s, e, label in tagged if label == "LOC"]
