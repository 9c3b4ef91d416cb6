"""Lexicon tables and the one shared multi-pattern automaton over all of them.

Every lexicon is a TSV data file in ``baokan/annotators/data`` (see that
package's docstring for the format). :func:`lexicon` builds a single
pyahocorasick automaton from the surface columns of every registered table,
once per process, and caches it on disk (keyed by the data files' sizes and
modification times and the baokan version), so later runs load it instead of
rebuilding. Annotators never loop over lexicon words: they read the hits of
:meth:`Document.lexicon_hits`, which runs the automaton once per article.
"""
from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Dict, Iterator, List, NamedTuple, Optional, Sequence, Tuple

from baokan.annotators.errors import Errors

DATA_PACKAGE = "baokan.annotators.data"


@dataclass(frozen=True)
class LexiconSpec:
    """Which columns of a table hold surface forms for the automaton.

    ``split`` columns hold several forms separated by commas.
    """

    table: str
    columns: Tuple[str, ...]
    split: Tuple[str, ...] = ()
    package: str = DATA_PACKAGE


#: Tables in the shared automaton. Plugins may add their own with register_lexicon().
LEXICONS: Dict[str, LexiconSpec] = {}


def register_lexicon(table: str, columns: Sequence[str], *, split: Sequence[str] = (), package: str = DATA_PACKAGE) -> None:
    """Add a table to the shared automaton (call before the first :func:`lexicon`)."""
    LEXICONS[table] = LexiconSpec(table, tuple(columns), tuple(split), package)
    lexicon.cache_clear()


for _spec in (
    LexiconSpec("divisions", ("name", "short"), split=("short",)),
    LexiconSpec("geo_names", ("name",)),
    LexiconSpec("police_units", ("word",)),
    LexiconSpec("titles", ("title",)),
    LexiconSpec("org_prefixes", ("prefix",)),
    LexiconSpec("slogans", ("canonical", "variants"), split=("variants",)),
):
    LEXICONS[_spec.table] = _spec


class Table(NamedTuple):
    """A lexicon table: its header, column names and rows (dicts)."""

    name: str
    header: Dict[str, str]
    columns: List[str]
    rows: List[Dict[str, str]]


def _data_path(table: str, package: str = DATA_PACKAGE) -> Optional[Path]:
    path = Path(str(resources.files(package).joinpath(f"{table}.tsv")))
    return path if path.is_file() else None


def parse_table(name: str, text: str) -> Table:
    """Parse the text of a lexicon TSV file."""
    header: Dict[str, str] = {}
    columns: List[str] = []
    rows: List[Dict[str, str]] = []
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
            continue
        if len(fields) > len(columns):
            raise ValueError(Errors.E009.format(name=name, line=lineno, detail=f"{len(fields)} fields, {len(columns)} columns"))
        fields += [""] * (len(columns) - len(fields))
        rows.append(dict(zip(columns, (f.strip() for f in fields))))
    return Table(name, header, columns, rows)


@lru_cache(maxsize=None)
def read_table(table: str, package: str = DATA_PACKAGE) -> Table:
    """Load a lexicon table by name (``divisions`` reads ``divisions.tsv``); empty if absent."""
    path = _data_path(table, package)
    if path is None:
        return Table(table, {}, [], [])
    return parse_table(table, path.read_text(encoding="utf-8"))


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


class Lexicon:
    """The compiled automaton over every registered lexicon table."""

    def __init__(self, automaton) -> None:
        self.automaton = automaton

    def find(self, text: str) -> List[Hit]:
        """All matches in ``text``, overlapping ones included, ordered by start then length."""
        if not text or len(self.automaton) == 0:
            return []
        hits = [
            Hit(end + 1 - len(surface), end + 1, surface, entries)
            for end, (surface, entries) in self.automaton.iter(text)
        ]
        hits.sort(key=lambda h: (h.start, -h.end))
        return hits

    def lookup(self, surface: str) -> Tuple[Tuple[str, int], ...]:
        """The (table, row) entries of an exact surface form, or ``()``."""
        value = self.automaton.get(surface, None)
        return value[1] if value else ()


def _surfaces(spec: LexiconSpec, table: Table) -> Iterator[Tuple[str, int]]:
    for i, row in enumerate(table.rows):
        for col in spec.columns:
            value = row.get(col, "")
            forms = value.split(",") if col in spec.split else [value]
            for form in forms:
                form = form.strip()
                if form:
                    yield form, i


def build_automaton():
    """Compile the automaton from the registered tables (no cache)."""
    import ahocorasick

    entries: Dict[str, List[Tuple[str, int]]] = {}
    for spec in LEXICONS.values():
        table = read_table(spec.table, spec.package)
        for form, i in _surfaces(spec, table):
            bucket = entries.setdefault(form, [])
            if (spec.table, i) not in bucket:
                bucket.append((spec.table, i))
    automaton = ahocorasick.Automaton()
    for form, bucket in entries.items():
        automaton.add_word(form, (form, tuple(bucket)))
    if entries:
        automaton.make_automaton()
    return automaton


def cache_dir() -> Path:
    """Where compiled automata and jieba's dictionary cache live (``BAOKAN_CACHE`` overrides)."""
    root = os.environ.get("BAOKAN_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"), "baokan"
    )
    return Path(root)


def _fingerprint() -> str:
    from baokan.annotators.pipeline import baokan_version

    h = hashlib.sha1(baokan_version().encode())
    for name in sorted(LEXICONS):
        spec = LEXICONS[name]
        path = _data_path(spec.table, spec.package)
        h.update(repr((spec, path and path.stat().st_size, path and path.stat().st_mtime_ns)).encode())
    return h.hexdigest()[:16]


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The shared automaton, loaded from the disk cache or built and cached."""
    path = cache_dir() / f"lexicon-{_fingerprint()}.pickle"
    try:
        with open(path, "rb") as f:
            return Lexicon(pickle.load(f))
    except Exception:
        pass
    automaton = build_automaton()
    try:  # the cache is an optimisation: a read-only home must not stop annotation
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "wb") as f:
            pickle.dump(automaton, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError as err:
        print(f"baokan: warning: cannot cache the lexicon in {path.parent}: {err.strerror}", file=sys.stderr)
    return Lexicon(automaton)
