"""Lexicon tables and the one shared multi-pattern automaton over all of them.

Every lexicon is a TSV data file in ``baokan/annotators/data`` (see that
package's docstring for the format). :func:`lexicon` builds a single
Aho-Corasick automaton from the surface columns of every registered table,
once per process: daachorse's double-array automaton, which searches news text
some twenty times faster than pyahocorasick (whose root walks thousands of
children in a list) and loads from bytes without unpickling; pyahocorasick, the
plain path that ``tests/test_lexicon_engines.py`` holds it to, when daachorse is
not installed. Both the parsed tables and the automaton are kept in the
disk cache (:mod:`baokan.annotators.core.cache`, keyed by the data files' sizes and
modification times and the baokan version), so later runs load them instead
of parsing and compiling again. Annotators never loop over lexicon words: they
read the hits of :meth:`Document.lexicon_hits`, which runs the automaton once
per article.
"""

from __future__ import annotations

import importlib
import sys
from array import array
from functools import lru_cache
from operator import itemgetter
from pathlib import Path
from typing import Callable, Dict, FrozenSet, Iterator, List, NamedTuple, Optional, Sequence, Tuple

import msgspec

from baokan.annotators.core import cache
from baokan.annotators.core.cache import cache_dir  # noqa: F401  (its old home: words.py and plugins import it from here)
from baokan.annotators.core.errors import Errors
from baokan.annotators.core.rows import Rows
from baokan.annotators.language.lexicon_hits import decode_entries, make_hits

DATA_PACKAGE = "baokan.annotators.data"


class LexiconSpec(msgspec.Struct, frozen=True):
    """Which columns of a table hold surface forms for the automaton.

    ``split`` columns hold several forms separated by commas. With ``ascii_punct``, a form that
    holds full-width sentence punctuation (，；：) is also matched as printed with ASCII marks
    (数据多跑路，群众少跑腿 as 数据多跑路,群众少跑腿): half the pages of a paper's text dump use
    ASCII commas, and a split column cannot hold a form with an ASCII comma.
    """

    table: str
    columns: Tuple[str, ...]
    split: Tuple[str, ...] = ()
    package: str = DATA_PACKAGE
    ascii_punct: bool = False


#: Tables in the shared automaton. Plugins may add their own with register_lexicon().
LEXICONS: Dict[str, LexiconSpec] = {}


def register_lexicon(
    table: str, columns: Sequence[str], *, split: Sequence[str] = (), package: str = DATA_PACKAGE
) -> None:
    """Add a table to the shared automaton (call before the first :func:`lexicon`)."""
    LEXICONS[table] = LexiconSpec(table, tuple(columns), tuple(split), package)
    lexicon.cache_clear()
    forms_of.cache_clear()


for _spec in (
    LexiconSpec("divisions", ("name", "short"), split=("short",)),
    LexiconSpec("province_clipped", ("clipped",)),
    LexiconSpec("geo_names", ("name",)),
    LexiconSpec("urban_areas", ("name",)),
    LexiconSpec("village_cues", ("cue",)),
    LexiconSpec("police_units", ("word",)),
    LexiconSpec("titles", ("title",)),
    LexiconSpec("org_prefixes", ("prefix",)),
    LexiconSpec("slogans", ("canonical", "variants"), split=("variants",), ascii_punct=True),
):
    LEXICONS[_spec.table] = _spec


class Table(NamedTuple):
    """A lexicon table: its header, column names and rows (a sequence of dicts that makes each
    row's dict when it is asked for, :class:`~baokan.annotators.core.rows.Rows`)."""

    name: str
    header: Dict[str, str]
    columns: List[str]
    rows: Rows


def _data_path(table: str, package: str = DATA_PACKAGE) -> Optional[Path]:
    # the package's folder, as importlib.resources would find it, without importing importlib.resources
    for root in getattr(importlib.import_module(package), "__path__", ()):
        path = Path(root, f"{table}.tsv")
        if path.is_file():
            return path
    return None


def parse_table(name: str, text: str) -> Table:
    """Parse the text of a lexicon TSV file."""
    header: Dict[str, str] = {}
    columns: List[str] = []
    values: List[List[str]] = []  # per column
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        if not columns and line.startswith("#"):
            key, _, value = line[1:].partition(":")
            header[key.strip()] = value.strip()
            continue
        fields = line.split("\t")
        if not columns:
            columns = [f.strip() for f in fields]
            values = [[] for _ in columns]
            continue
        if len(fields) > len(columns):
            detail = f"{len(fields)} fields, {len(columns)} columns"
            raise ValueError(Errors.E009.format(name=name, line=lineno, detail=detail))
        fields += [""] * (len(columns) - len(fields))
        for column, field in zip(values, fields):
            column.append(field.strip())
    return Table(name, header, columns, Rows.from_columns(columns, values))


def _version() -> str:
    from baokan.annotators.core.registry import baokan_version

    return baokan_version()


def table_key(table: str, package: str = DATA_PACKAGE) -> str:
    """A digest that changes with the table's file and with baokan's version: the key of a cache of
    what is worked out from the table (as :func:`read_table`'s own cache is keyed)."""
    path = _data_path(table, package)
    return cache.digest(path and cache.stamp(path), _version())


def read_table(table: str, package: str = DATA_PACKAGE) -> Table:
    """Load a lexicon table by name (``divisions`` reads ``divisions.tsv``); empty if absent.

    The parsed table comes from the disk cache when the file is unchanged: parsing
    ``divisions.tsv`` (42,000 rows) takes several times longer than loading it. The cache
    keeps it by column (:class:`~baokan.annotators.core.rows.Rows`): a row's dict is made when
    the row is asked for.
    """
    # one memo entry per table however it is asked for: lru_cache alone kept read_table("divisions")
    # and read_table("divisions", DATA_PACKAGE) apart, and loaded the biggest table twice
    return _table(table, package)


@lru_cache(maxsize=None)  # noqa: UP033 - the name cache is the disk-cache module here
def _table(table: str, package: str) -> Table:
    path = _data_path(table, package)
    if path is None:
        return Table(table, {}, [], Rows([], [], 0))
    kind = f"table-{table}" if package == DATA_PACKAGE else f"table-{package}.{table}"
    cached = cache.path_for(kind, cache.digest(cache.stamp(path), _version(), "columns", "ordered"))
    try:
        header, columns, joined, starts, count, ordered = cache.load(cached)
        return Table(table, header, columns, Rows(columns, joined, count, starts, ordered))
    except (TypeError, ValueError):  # a miss (None), or a file of another shape
        pass
    parsed = parse_table(table, path.read_text(encoding="utf-8"))
    cache.store(cached, (parsed.header, parsed.columns, *parsed.rows.state(), sorted(parsed.rows.ordered)))
    return parsed


read_table.cache_clear = _table.cache_clear  # type: ignore[attr-defined]  # as if read_table were the lru_cache


class Hit(NamedTuple):
    """One lexicon match: the span, and every (table, row index) the surface belongs to."""

    start: int
    end: int
    surface: str
    entries: Tuple[Tuple[str, int], ...]

    def rows(self, table: str) -> List[Dict[str, str]]:
        t = read_table(table, LEXICONS[table].package if table in LEXICONS else DATA_PACKAGE)
        return [t.rows[i] for name, i in self.entries if name == table]

    def has(self, table: str) -> bool:
        # a plain loop: annotators ask this for every hit, and any() over a generator costs about twice as much
        for name, _ in self.entries:
            if name == table:
                return True
        return False


_START = itemgetter(0)


class _Daachorse:
    """daachorse's character-wise double-array automaton: surface form ``k`` is pattern ``k``."""

    name = "daachorse"

    def __init__(self, automaton) -> None:
        self.automaton = automaton

    @classmethod
    def build(cls, forms: Sequence[str]) -> _Daachorse:
        import daachorse

        return cls(daachorse.CharwiseDoubleArrayAhoCorasick(list(forms)) if forms else None)

    @classmethod
    def loads(cls, data: bytes) -> _Daachorse:
        import daachorse

        return cls(daachorse.CharwiseDoubleArrayAhoCorasick.deserialize(data) if data else None)

    def dumps(self) -> bytes:
        return self.automaton.serialize() if self.automaton is not None else b""

    def spans(self, text: str, length: Callable[[int], int]) -> List[Tuple[int, int, int]]:
        """``(start, end, k)`` of every match, overlapping ones included (character offsets), in
        order of their ends; ``length(k)`` is form ``k``'s length, for automata that give only
        where a match ends."""
        return self.automaton.find_overlapping(text) if self.automaton is not None else []

    def get(self, surface: str) -> Optional[int]:
        if self.automaton is None or not surface:
            return None
        for start, end, k in self.automaton.find_overlapping(surface):
            if start == 0 and end == len(surface):
                return k
        return None


class _Pyahocorasick:
    """pyahocorasick's automaton storing ``k`` for surface form ``k``: the plain path."""

    name = "pyahocorasick"

    def __init__(self, automaton) -> None:
        self.automaton = automaton

    @classmethod
    def build(cls, forms: Sequence[str]) -> _Pyahocorasick:
        import ahocorasick

        automaton = ahocorasick.Automaton(ahocorasick.STORE_INTS)
        for k, form in enumerate(forms):
            automaton.add_word(form, k)
        if forms:
            automaton.make_automaton()
        return cls(automaton)

    @classmethod
    def loads(cls, data: bytes) -> _Pyahocorasick:
        import pickle

        return cls(pickle.loads(data))

    def dumps(self) -> bytes:
        import pickle

        return pickle.dumps(self.automaton, protocol=pickle.HIGHEST_PROTOCOL)

    def spans(self, text: str, length: Callable[[int], int]) -> List[Tuple[int, int, int]]:
        if len(self.automaton) == 0:
            return []
        return [(end + 1 - length(k), end + 1, k) for end, k in self.automaton.iter(text)]

    def get(self, surface: str) -> Optional[int]:
        return self.automaton.get(surface, None)


def engine() -> type:
    """The automaton class in use: daachorse when it is installed, else pyahocorasick."""
    try:
        import daachorse  # noqa: F401
    except ImportError:  # pragma: no cover - daachorse is a dependency; the plain path still works
        return _Pyahocorasick
    return _Daachorse


class Lexicon:
    """The compiled automaton over every registered lexicon table.

    The automaton gives an int per surface form, ``k``; ``flat[offsets[k]:offsets[k + 1]]``
    holds the form's length, then (table number, row) pairs. Flat arrays load from the
    cache in microseconds, where 65,000 Python tuples of tuples took most of the load.
    """

    def __init__(self, matcher, tables: Sequence[str], offsets: array, flat: array) -> None:
        self.matcher = matcher
        self.tables = tuple(tables)
        self.offsets = offsets
        self.flat = flat
        self._entries: Dict[int, Tuple[Tuple[str, int], ...]] = {}

    def _length(self, k: int) -> int:
        return self.flat[self.offsets[k]]

    def _decode(self, k: int) -> Tuple[Tuple[str, int], ...]:
        """The (table, row) entries of surface form ``k``."""
        found = self._entries.get(k)
        if found is None:
            found = self._entries[k] = decode_entries(self.flat, self.offsets[k], self.offsets[k + 1], self.tables)
        return found

    def find(self, text: str) -> List[Hit]:
        """All matches in ``text``, overlapping ones included, ordered by start then length."""
        if not text:
            return []
        spans = self.matcher.spans(text, self._length)  # a new list on every call
        # by start, then longest first: the automaton gives matches by end (it reads the text once,
        # left to right), so reversed they run by end, longest first; one stable sort by start then
        # (no two spans share both ends: each surface form is one pattern)
        spans.reverse()
        spans.sort(key=_START)
        # entries decoded before (most forms) need no call of _decode; a form's entries are never empty.
        # tuple.__new__ is Hit(...) without NamedTuple's Python-level __new__; the loop is compiled
        return make_hits(text, spans, self._entries, self._decode, Hit)

    def lookup(self, surface: str) -> Tuple[Tuple[str, int], ...]:
        """The (table, row) entries of an exact surface form, or ``()``."""
        k = self.matcher.get(surface)
        return () if k is None else self._decode(k)


#: Full-width sentence punctuation → the ASCII mark a page may print instead (``ascii_punct``).
ASCII_PUNCT = str.maketrans({"，": ",", "；": ";", "：": ":"})


def comma_lists(form: str) -> Tuple[str, ...]:
    """The forms a page prints for a list of clauses written with 、 (矛盾不上交、平安不出事、服务不缺位):
    the same items parted by full-width or ASCII commas. Only lists whose items are three characters
    or longer: a clause, not a pair of words that a comma may part by chance."""
    items = form.split("、")
    if len(items) < 2 or min(len(item) for item in items) < 3 or any(m in form for m in "，,；;"):
        return ()
    return ("，".join(items), ",".join(items))


def _surfaces(spec: LexiconSpec, table: Table) -> Iterator[Tuple[str, int]]:
    for i, row in enumerate(table.rows):
        for col in spec.columns:
            value = row.get(col, "")
            forms = value.split(",") if col in spec.split else [value]
            for form in forms:
                form = form.strip()
                if form:
                    yield form, i
                    if spec.ascii_punct and ("，" in form or "；" in form or "：" in form):  # what ASCII_PUNCT changes
                        yield form.translate(ASCII_PUNCT), i
                    if spec.ascii_punct:
                        for listed in comma_lists(form):
                            yield listed, i


@lru_cache(maxsize=16)
def forms_of(table: str) -> FrozenSet[str]:
    """Every surface form the registered ``table`` gives the automaton: a set test that spares
    :meth:`Lexicon.lookup` for the phrases no entry of the table can be (most of those asked).
    Kept in the disk cache beside the automaton, under its key (building it costs a page ~4 ms)."""
    path = cache.path_for(f"forms-{table}", cache.digest(_fingerprint(), table))
    cached = cache.load(path)
    if isinstance(cached, frozenset):
        return cached
    spec = LEXICONS[table]
    forms = frozenset(form for form, _ in _surfaces(spec, read_table(spec.table, spec.package)))
    cache.store(path, forms)
    return forms


def _compile(matcher_class: Optional[type] = None) -> Tuple[object, Tuple[str, ...], array, array]:
    """The automaton and its entry arrays, from the registered tables (no cache)."""
    entries: Dict[str, List[Tuple[int, int]]] = {}
    tables = tuple(LEXICONS)
    for number, spec in enumerate(LEXICONS.values()):
        for form, i in _surfaces(spec, read_table(spec.table, spec.package)):
            bucket = entries.setdefault(form, [])
            if (number, i) not in bucket:
                bucket.append((number, i))
    offsets, flat = array("I", [0]), array("I")
    for form, bucket in entries.items():
        flat.append(len(form))
        for pair in bucket:
            flat.extend(pair)
        offsets.append(len(flat))
    matcher = (matcher_class or engine()).build(list(entries))
    return matcher, tables, offsets, flat


def build_lexicon(matcher_class: Optional[type] = None) -> Lexicon:
    """Compile the automaton from the registered tables (no cache), with ``matcher_class``
    (``_Daachorse`` or ``_Pyahocorasick``; :func:`engine`'s choice when omitted)."""
    return Lexicon(*_compile(matcher_class))


def _fingerprint() -> str:
    parts = []
    for name in sorted(LEXICONS):
        spec = LEXICONS[name]
        path = _data_path(spec.table, spec.package)
        parts.append((spec, path and cache.stamp(path)))
    return cache.digest(_version(), sys.byteorder, engine().name, parts)


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The shared automaton, loaded from the disk cache or built and cached."""
    matcher_class = engine()
    path = cache.path_for("lexicon", _fingerprint())
    try:
        name, automaton, tables, offsets, flat = cache.load(path)
        if name == matcher_class.name:
            return Lexicon(matcher_class.loads(automaton), tables, array("I", offsets), array("I", flat))
    except Exception:  # a miss (None), or a damaged file: build it again
        pass
    matcher, tables, offsets, flat = _compile(matcher_class)
    value = (matcher.name, matcher.dumps(), tables, offsets.tobytes(), flat.tobytes())
    cache.store(path, value, stale=("pickle",))  # the automata of earlier baokan versions, pickled whole
    return Lexicon(matcher, tables, offsets, flat)
