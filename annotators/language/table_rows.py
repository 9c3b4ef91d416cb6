"""A lexicon table's rows read from compiled code, without calls into the Python-level methods of
:class:`~baokan.annotators.core.rows.Rows` (``core/rows.py`` is not compiled): :func:`row_at` is ``rows[i]``
(its ``__getitem__``, ``_row`` and dict comprehension cost the places annotator's readings of the divisions
table some 6,000 instructions a row met for the first time), :func:`column_value` is ``Rows.value``."""

from __future__ import annotations

from typing import Dict, Sequence, Tuple

from baokan.annotators.core.rows import Rows


def row_at(rows: Rows, i: int) -> Dict[str, str]:
    """``rows[i]`` for a row index in range (0 <= i < len(rows)): the same dict, kept in the table's rows
    made so far (or read from every row's, once the table was read whole), so that both ways give one object."""
    every = rows._all
    if every is not None:
        return every[i]
    made = rows._made
    row = made.get(i)
    if row is None:
        row = {}
        for column, text, at in zip(rows.columns, rows.joined, rows.starts):
            row[column] = text[at[i] : at[i + 1] - 1]
        made[i] = row
    return row


def column_value(column: Tuple[str, Sequence[int]], i: int) -> str:
    """Row ``i``'s value of one column given as ``(joined values, their offsets)`` (``rows.joined[j]``,
    ``rows.starts[j]``): :meth:`Rows.value`, written out for compiled callers."""
    text, at = column
    return text[at[i] : at[i + 1] - 1]
