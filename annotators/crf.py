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
installed). The model loads lazily, once per process; a pycrfsuite Tagger is
not thread-safe, so threads should not share this module's tagger.
"""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Dict, FrozenSet, Iterable, List, Optional, Sequence, Tuple

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


def fold(text: str) -> str:
    """Normalise ``text`` for features (widths, digits, case) without changing its length."""
    return text.translate(_FOLD_TABLE)


def char_class(ch: str) -> str:
    """One letter for the kind of character: H han, N numeral, D digit, L latin, P punct, S space, O other."""
    k = _CLASS_CACHE.get(ch)
    if k is None:
        import unicodedata

        cp = ord(ch)
        if ch in _NUMERALS:
            k = "N"
        elif ch.isdigit():
            k = "D"
        elif 0x4E00 <= cp <= 0x9FFF or 0x3400 <= cp <= 0x4DBF or 0x20000 <= cp <= 0x3FFFF or 0xF900 <= cp <= 0xFAFF:
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
        self.automaton = None
        if divisions:
            import ahocorasick

            self.automaton = ahocorasick.Automaton()
            for form, tags in divisions.items():
                # the feature strings are made once here, not at every hit
                begin = tuple("dB=" + t for t in tags)
                inside = tuple("dI=" + t for t in tags)
                end = tuple("dE=" + t for t in tags)
                self.automaton.add_word(form, (len(form), begin, inside, end))
            self.automaton.make_automaton()

    def features(self, text: str) -> Dict[int, List[str]]:
        """Lexicon features by character offset in ``text`` (offsets without any are left out)."""
        out: Dict[int, List[str]] = {}
        if self.automaton is not None:
            for last, (n, begin, inside, end) in self.automaton.iter(text):
                start = last - n + 1
                out.setdefault(start, []).extend(begin)
                out.setdefault(last, []).extend(end)
                for i in range(start + 1, last):
                    out.setdefault(i, []).extend(inside)
        if self.surnames1 or self.surnames2:
            s1, s2 = self.surnames1, self.surnames2
            for i, ch in enumerate(text):
                if ch in s1:
                    out.setdefault(i, []).append("sn1")
                if s2 and text[i : i + 2] in s2:
                    out.setdefault(i, []).append("sn2")
        return out


_LEVEL = {"province": "p", "city": "c", "county": "x", "township": "t"}


def load_gazetteer(groups: Sequence[str] = LEXICON_FEATURES) -> Gazetteer:
    """Build the gazetteer from the project's lexicon tables (absent tables give no features).

    Args:
        groups (Sequence[str]): which of ``divisions`` and ``surnames`` to use. Defaults to both.
    """
    from baokan.annotators.lexicon import read_table

    divisions: Dict[str, Tuple[str, ...]] = {}
    if "divisions" in groups:
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
    surnames: List[str] = []
    if "surnames" in groups:
        table = read_table("surnames")
        if table.columns:
            col = next((c for c in ("surname", "name", "word") if c in table.columns), table.columns[0])
            surnames = [r[col].strip() for r in table.rows if r.get(col, "").strip()]
    return Gazetteer(divisions, surnames)


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
    k = "BB" + "".join([_CLASS_CACHE.get(c) or char_class(c) for c in f]) + "EE"
    out: List[List[str]] = []
    for i in range(n):
        a, b, c, d, e = p[i : i + 5]
        out.append(
            [
                "b",
                "u0=" + c,
                "u-1=" + b,
                "u1=" + d,
                "u-2=" + a,
                "u2=" + e,
                "b-2=" + a + b,
                "b-1=" + b + c,
                "b0=" + c + d,
                "b1=" + d + e,
                "t0=" + b + c + d,
                "k=" + k[i + 2],
                "kk=" + k[i + 1 : i + 4],
            ]
        )
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
    from baokan.annotators.lexicon import parse_table

    return parse_table("ner_crf", path.read_text(encoding="utf-8")).header


class _Model:
    """The opened tagger and the gazetteer its features were trained with."""

    def __init__(self) -> None:
        try:
            import pycrfsuite
        except ImportError:  # pragma: no cover - a hard dependency
            raise ImportError("baokan's CRF tagger needs python-crfsuite: pip install python-crfsuite") from None
        path = _data_path(MODEL_FILE)
        if not path.is_file():
            raise FileNotFoundError(f"The CRF model {path} is missing; build it with annotators/data/build/train_crf.py.")
        self.tagger = pycrfsuite.Tagger()
        self.tagger.open(str(path))
        # only compute the lexicon features the model was trained with
        groups = read_meta().get("lexicon_features", ",".join(LEXICON_FEATURES))
        wanted = [g.strip() for g in groups.split(",") if g.strip() in LEXICON_FEATURES]
        self.gazetteer = load_gazetteer(wanted) if wanted else None


@lru_cache(maxsize=1)
def model() -> _Model:
    """The model, opened once per process."""
    return _Model()


def tag(text: str) -> List[Span]:
    """Find people, places and organisations in ``text``.

    Args:
        text (str): any text, an article or a sentence.

    RETURNS (List[Span]): ``(start, end, label)`` with label PER, LOC or ORG, in
        code points, end exclusive, so ``text[start:end]`` is the name; in order.
    """
    if not text or text.isspace():
        return []
    m = model()
    spans: List[Span] = []
    for match in _SENTENCE.finditer(text):
        sentence = match.group()
        if sentence.isspace():
            continue
        labels = m.tagger.tag(sentence_features(sentence, m.gazetteer))
        for s, e, label in spans_from_labels(labels, match.start()):
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
