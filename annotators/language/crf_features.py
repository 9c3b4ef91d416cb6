"""The features of the character CRF (:mod:`baokan.annotators.language.crf`), in plain Python.

Per character: the characters and bigrams in a window of ±2 (a trigram over ±1), the
character's class (han, digit, Chinese numeral, latin, punctuation, space), and whether a
known division name starts, continues or ends there or a known surname starts there (from
``divisions.tsv`` and ``surnames.tsv`` when installed). The training script imports
:func:`sentence_features` too, so that training and tagging can never disagree.
"""

from __future__ import annotations

import pickle
import re
from importlib import resources
from pathlib import Path
from typing import Dict, FrozenSet, Iterable, List, Optional, Sequence, Tuple

DATA_PACKAGE = "baokan.annotators.data"

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
                    self.kinds.append(
                        (
                            len(form),
                            tuple("dB=" + t for t in tags),
                            tuple("dI=" + t for t in tags),
                            tuple("dE=" + t for t in tags),
                        )
                    )
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


def _char_set(chars: Iterable[str]) -> Optional[re.Pattern[str]]:
    """A pattern matching any one of ``chars`` (None for none)."""
    chars = sorted(set(chars))
    from baokan.annotators.core import (
        recache,  # compiled once per installation: classes of CJK characters are slow to compile
    )

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
    path = cache.path_for(
        "crf-gazetteer", cache.digest(_CACHE_FORMAT, baokan_version(), tuple(groups), stamps), "pickle"
    )
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
        [
            "b",
            _U0[c],
            _UM1[b],
            _U1[d],
            _UM2[a],
            _U2[e],
            "b-2=" + a + b,
            "b-1=" + b + c,
            "b0=" + c + d,
            "b1=" + d + e,
            "t0=" + b + c + d,
            _K[y],
            _KK[x + y + z],
        ]
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
