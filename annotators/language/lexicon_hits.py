"""The lexicon's matches made into hits (:meth:`baokan.annotators.core.lexicon.Lexicon.find`) in compiled code:
one ``Hit`` a match, some 28,000 on the speed recipe's 200 articles, where the comprehension in ``core/lexicon.py``
ran as Python."""

from __future__ import annotations

from typing import Any, Callable, Dict, List, Sequence, Tuple

Entries = Tuple[Tuple[str, int], ...]


def make_hits(
    text: str,
    spans: List[Tuple[int, int, int]],
    known: Dict[int, Entries],
    decode: Callable[[int], Entries],
    hit: Any,
) -> List[Any]:
    """``hit(start, end, text[start:end], entries)`` for each ``(start, end, k)`` of ``spans``, in order, made by
    ``tuple.__new__`` (a NamedTuple's own ``__new__`` is Python code); ``entries``: form ``k``'s, from ``known``
    where decoded before, else ``decode(k)``."""
    new = tuple.__new__
    out: List[Any] = []
    for start, end, k in spans:
        entries = known.get(k)
        if not entries:
            entries = decode(k)
        out.append(new(hit, (start, end, text[start:end], entries)))
    return out


def decode_entries(flat: Sequence[int], lo: int, hi: int, tables: Tuple[str, ...]) -> Entries:
    """The ``(table, row)`` pairs of ``flat[lo + 1:hi]`` (table number, row, table number, row ...), a form's
    entries in the lexicon's flat array (:meth:`baokan.annotators.core.lexicon.Lexicon._decode`)."""
    out: List[Tuple[str, int]] = []
    for j in range(lo + 1, hi, 2):
        out.append((tables[flat[j]], flat[j + 1]))
    return tuple(out)
