"""A lexicon table's rows kept by column, each row made into a dict only when it is asked for.

``divisions.tsv`` has 42,000 rows; as 42,000 dicts its disk-cache copy took
~30 ms to load on every run, while a page asks for a few hundred rows. Here
each column is one string (the values joined by newlines, which no TSV field
can hold) with an array of where each value starts: both load from the cache
in about a millisecond, a value is a slice, and a row's dict is built on first
access and then kept, so the same row is the same dict each time. A column whose values
are known to be sorted and unique (:attr:`Rows.ordered`: the division codes) is looked up by
bisection (:class:`Sorted`), so that no dict of its 42,000 values is built on every run.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from typing import Any, Dict, FrozenSet, Iterator, List, Mapping, Optional, Sequence, Tuple, Union, overload

SEP = "\n"


def _starts(values: Sequence[str]) -> array:
    """Where each value starts in ``SEP.join(values)``, and one past the end (+1) last."""
    starts, at = array("I"), 0
    for value in values:
        starts.append(at)
        at += len(value) + 1
    starts.append(at)
    return starts


def increasing(values: Sequence[str]) -> bool:
    """Whether ``values`` are non-empty and each greater than the one before (sorted, no repeats)."""
    return all(values) and all(a < b for a, b in zip(values, values[1:]))


class Rows(Sequence[Dict[str, str]]):
    """A sequence of row dicts (column name → value), stored as one joined string per column.

    Args:
        columns (Sequence[str]): The column names.
        joined (Sequence[str]): Per column, its values joined by newlines.
        count (int): The number of rows.
        starts (Sequence[bytes], optional): Per column, where each value starts (``array("I")``'s
            bytes, as :meth:`state` gives them). Defaults to None (found from ``joined``).
        ordered (Sequence[str], optional): The columns whose values are known to be non-empty and
            strictly increasing (:func:`increasing`), as :attr:`ordered` keeps them. Defaults to none.
    """

    __slots__ = ("columns", "joined", "count", "starts", "ordered", "_split", "_made", "_all")

    def __init__(
        self,
        columns: Sequence[str],
        joined: Sequence[str],
        count: int,
        starts: Optional[Sequence[bytes]] = None,
        ordered: Sequence[str] = (),
    ) -> None:
        if len(joined) != len(columns) or starts is not None and len(starts) != len(columns):
            raise ValueError(f"{len(joined)} joined columns for {len(columns)} names")
        self.columns: Tuple[str, ...] = tuple(columns)
        self.joined: Tuple[str, ...] = tuple(joined)
        self.count = count
        if starts is None:
            self.starts = [_starts(text.split(SEP) if count else []) for text in self.joined]
        else:
            self.starts = [array("I", b) for b in starts]
        if any(
            len(a) != count + 1 or a[count] != (len(t) + 1 if count else 0) for a, t in zip(self.starts, self.joined)
        ):
            raise ValueError("column offsets do not match the columns")
        if not set(ordered) <= set(self.columns):
            raise ValueError(f"ordered columns {list(ordered)} not among {list(self.columns)}")
        #: the columns whose values are non-empty and strictly increasing (so sorted and unique)
        self.ordered: FrozenSet[str] = frozenset(ordered)
        self._split: Dict[str, List[str]] = {}
        self._made: Dict[int, Dict[str, str]] = {}
        self._all: Optional[List[Dict[str, str]]] = None  # every row, once the table is read whole

    @classmethod
    def from_columns(cls, columns: Sequence[str], values: Sequence[Sequence[str]]) -> Rows:
        """Rows from each column's values, in row order (every column as long as the first)."""
        count = len(values[0]) if values else 0
        joined, starts = [], []
        for c, column in zip(columns, values):
            if len(column) != count:
                raise ValueError(f"column {c!r} has {len(column)} values, not {count}")
            if any(SEP in v for v in column):
                raise ValueError(f"a value of column {c!r} holds a line break")
            joined.append(SEP.join(column))
            starts.append(_starts(column).tobytes())
        return cls(columns, joined, count, starts, [c for c, column in zip(columns, values) if increasing(column)])

    @classmethod
    def from_dicts(cls, columns: Sequence[str], rows: Sequence[Dict[str, str]]) -> Rows:
        """Rows from dicts that hold every column."""
        return cls.from_columns(columns, [[row[c] for row in rows] for c in columns])

    def state(self) -> Tuple[Tuple[str, ...], Tuple[bytes, ...], int]:
        """What the disk cache keeps (marshal): the joined columns, their offsets and the count."""
        return self.joined, tuple(a.tobytes() for a in self.starts), self.count

    def value(self, i: int, j: int) -> str:
        """Column ``j``'s value in row ``i`` (both non-negative, in range), without making the row."""
        starts = self.starts[j]
        return self.joined[j][starts[i] : starts[i + 1] - 1]

    def column(self, name: str) -> List[str]:
        """All values of one column, in row order (a list kept for later calls: do not change it);
        a column the table does not have reads as empty values."""
        values = self._split.get(name)
        if values is None:
            if name not in self.columns:
                values = [""] * self.count
            else:
                values = self.joined[self.columns.index(name)].split(SEP) if self.count else []
            self._split[name] = values
        return values

    def where(self, name: str, value: str) -> List[int]:
        """The rows whose column ``name`` holds ``value`` (non-empty), in order: found by ``str.find``
        in the joined column, without splitting it, for a value that a few rows of many hold."""
        if not value or name not in self.columns or not self.count:
            return [i for i, v in enumerate(self.column(name)) if v == value]
        text = self.joined[self.columns.index(name)] + SEP  # (every value then ends in SEP)
        needle, found = value + SEP, []
        i = last = 0  # the row of the value at ``last``
        at = text.find(needle)
        while at >= 0:
            if at == 0 or text[at - 1] == SEP:  # a whole value, not the end of a longer one
                i += text.count(SEP, last, at)  # (the values in between, counted in C)
                found.append(i)
                last = at
            at = text.find(needle, at + len(needle))
        return found

    def _row(self, i: int) -> Dict[str, str]:
        if self._all is not None:
            return self._all[i]
        row = self._made.get(i)
        if row is None:  # value(i, j) for each column, written out: no call per value
            row = self._made[i] = {
                c: text[at[i] : at[i + 1] - 1] for c, text, at in zip(self.columns, self.joined, self.starts)
            }
        return row

    def _every_row(self) -> List[Dict[str, str]]:
        """All rows' dicts, made at once (a third of the time each, one by one) the first time the
        table is read whole; the rows made before are kept."""
        rows = self._all
        if rows is None:
            columns = self.columns
            rows = [dict(zip(columns, values)) for values in zip(*[self.column(c) for c in columns])]
            for i, row in self._made.items():
                rows[i] = row
            self._all = rows
        return rows

    @overload
    def __getitem__(self, i: int) -> Dict[str, str]: ...

    @overload
    def __getitem__(self, i: slice) -> List[Dict[str, str]]: ...

    def __getitem__(self, i: Union[int, slice]) -> Union[Dict[str, str], List[Dict[str, str]]]:
        if isinstance(i, slice):
            return [self._row(j) for j in range(*i.indices(self.count))]
        if i < 0:
            i += self.count
        if not 0 <= i < self.count:
            raise IndexError("row index out of range")
        if self._all is None:  # _row's look-up written out: a row made before (most asks) costs no call
            row = self._made.get(i)
            if row is not None:
                return row
        return self._row(i)

    def __len__(self) -> int:
        return self.count

    def __iter__(self) -> Iterator[Dict[str, str]]:
        return iter(self._every_row())

    def __eq__(self, other: Any) -> bool:
        if isinstance(other, Rows):
            return (self.columns, self.joined, self.count) == (other.columns, other.joined, other.count)
        if isinstance(other, list):
            return list(self) == other
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]  # equal to a list of dicts, which has no hash

    def __repr__(self) -> str:
        return f"Rows({self.count} rows, columns {list(self.columns)})"


class Keyed(Mapping[str, Dict[str, str]]):
    """Rows by the value of one column (the last row wins, empty values are left out), as
    ``{r[key]: r for r in rows if r.get(key)}`` would be, without making every row's dict.

    Args:
        rows (Rows): The rows.
        key (str): The column to index them by.
    """

    def __init__(self, rows: Rows, key: str) -> None:
        self.rows = rows
        #: the row of each value: a dict, or the column itself where its values are sorted and unique
        self.index: Mapping[str, int]
        if key in rows.ordered:
            self.index = Sorted(rows.column(key))
        else:
            values = rows.column(key)
            self.index = dict(zip(values, range(len(values))))
            self.index.pop("", None)  # type: ignore[attr-defined]

    def __getitem__(self, key: str) -> Dict[str, str]:
        return self.rows[self.index[key]]

    def get(self, key: str, default: Any = None) -> Any:
        i = self.index.get(key)
        return default if i is None else self.rows[i]

    def __contains__(self, key: object) -> bool:
        return key in self.index

    def __iter__(self) -> Iterator[str]:
        return iter(self.index)

    def __len__(self) -> int:
        return len(self.index)


class Sorted(Mapping[str, int]):
    """The row of each value of a column whose values are non-empty, sorted and unique
    (:attr:`Rows.ordered`), found by bisection over the column's values: as
    ``dict(zip(values, range(len(values))))`` would be, without building the dict.

    Args:
        values (List[str]): The column's values, in row order.
    """

    __slots__ = ("values", "_found")

    def __init__(self, values: List[str]) -> None:
        self.values = values
        self._found: Dict[Any, Optional[int]] = {}  # the keys asked for: most are asked again

    def get(self, key: Any, default: Any = None) -> Any:
        i = self._found.get(key, -1)
        if i == -1:
            values = self.values
            i = bisect_left(values, key) if isinstance(key, str) else len(values)
            i = self._found[key] = i if i < len(values) and values[i] == key else None
        return default if i is None else i

    def __getitem__(self, key: str) -> int:
        i = self.get(key)
        if i is None:
            raise KeyError(key)
        return i

    def __contains__(self, key: object) -> bool:
        return self.get(key) is not None

    def __iter__(self) -> Iterator[str]:
        return iter(self.values)

    def __len__(self) -> int:
        return len(self.values)
