"""Whether a quoted phrase is a slogan of the lexicon: as written, with its ASCII commas written
full width, or with the characters right after its closing mark (“八五”普法).

:func:`quoted.judge` asks these for its ``lexicon_punct`` and ``lexicon_join`` features, and the
slogans annotator asks :func:`lexicon_canonical` for a quote's canonical form. They look up the
slogan lexicon (the ``slogans`` table and its forms), which the rest of the judgement does not read:
kept apart from the features of a quote's shape and context (:mod:`quoted`), with the counter that
decides when the forms' openings are worth building.
"""

from __future__ import annotations

from functools import lru_cache
from operator import itemgetter
from typing import FrozenSet, Optional

from baokan.annotators.core import lexicon
from baokan.annotators.language.chars import HAN_CHAR

_CJK = HAN_CHAR

#: ASCII punctuation a page may print inside a formula that the lexicon writes full width.
_FULL_WIDTH = str.maketrans({",": "，", ";": "；", ":": "："})


def lexicon_canonical(phrase: str) -> Optional[str]:
    """The canonical form of ``phrase`` when the slogan lexicon holds it exactly, or with its
    ASCII commas written full width (数据多跑路,群众少跑腿 as the lexicon's 数据多跑路，群众少跑腿)."""
    surface = phrase.translate(_FULL_WIDTH) if ("," in phrase or ";" in phrase or ":" in phrase) else phrase
    for table, row in lexicon.lexicon().lookup(surface) if surface in lexicon.forms_of("slogans") else ():
        if table == "slogans":
            return lexicon.read_table("slogans").rows[row].get("canonical") or phrase
    return None


#: Quotes joined by the plain look-ups before the forms' openings are built (:func:`_openings`): a page
#: or two asks too few to earn back the build (as words.PYTHON_CHARS leaves a page to jieba's Python code).
PLAIN_JOINS = 256
_plain_left = [PLAIN_JOINS]
_FIRST_TWO = itemgetter(slice(0, 2))


@lru_cache(maxsize=1)
def _openings(forms: FrozenSet[str]) -> FrozenSet[str]:
    """The first two characters of every form: a quote that opens otherwise joins none."""
    return frozenset(map(_FIRST_TWO, forms))


def joined_canonical(inner: str, after: str) -> Optional[str]:
    """The lexicon slogan a quote makes with the 1–4 characters after its closing mark
    (“八五”普法 → 八五普法), longest first."""
    forms = lexicon.forms_of("slogans")  # the set test first: the lexicon is read only for a form
    if _plain_left[0] > 0:
        _plain_left[0] -= 1
    elif len(inner) > 1:
        stem = inner.translate(_FULL_WIDTH) if ("," in inner or ";" in inner or ":" in inner) else inner
        if stem[:2] not in _openings(forms):
            return None  # no form opens as the quote does (its commas full width): none joined, whatever follows
    for n in range(min(4, len(after)), 0, -1):
        if _CJK.fullmatch(after[n - 1]):
            joined = inner + after[:n]
            surface = joined.translate(_FULL_WIDTH) if ("," in joined or ";" in joined or ":" in joined) else joined
            found = lexicon_canonical(joined) if surface in forms else None
            if found:
                return found
    return None
