"""jieba's HMM tables from baokan's disk cache, so that importing jieba does not run them as code.

jieba 0.42 ships its hidden-Markov tables (``finalseg``'s and ``posseg``'s start,
transition and emission probabilities, and posseg's table of states per character)
as Python modules of dict literals; importing them costs a one-page run some 45 ms,
as much as annotating the page. :func:`preload` puts module objects holding them in
``sys.modules`` before jieba is imported, and jieba's own ``from .prob_emit import P``
then finds them there; on a miss it imports jieba's modules as usual and caches their
tables. The three large ones (the two emission tables and posseg's states per
character: 190,000 floats and tuples, some 130M instructions to unmarshal whole, half
a page's start-up) are cached by character (:class:`ByChar`): one blob per table
and each character's slice of it, unmarshalled when the character is first asked
about; a page asks about a few hundred of the 14,600 characters.

Checked against jieba 0.42.1 (pyproject.toml bounds jieba for this and for
``words.posseg``); ``tests/test_words.py`` holds the cached tables to jieba's.
"""

from __future__ import annotations

import importlib
import importlib.util
import marshal
import sys
import types
from array import array
from collections.abc import Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Dict, Iterator, List, Optional, Sequence

from baokan.annotators.core import cache

#: jieba's table modules, each holding one dict ``P``.
MODULES = (
    "jieba.finalseg.prob_start",
    "jieba.finalseg.prob_trans",
    "jieba.finalseg.prob_emit",
    "jieba.posseg.char_state_tab",
    "jieba.posseg.prob_start",
    "jieba.posseg.prob_trans",
    "jieba.posseg.prob_emit",
)


def _files() -> Optional[Dict[str, Path]]:
    """Each table module's source file, found without importing jieba (None when jieba is not installed)."""
    spec = importlib.util.find_spec("jieba") if "jieba" not in sys.modules else sys.modules["jieba"].__spec__
    if spec is None or not spec.submodule_search_locations:
        return None
    root = Path(list(spec.submodule_search_locations)[0])
    return {name: root.joinpath(*name.split(".")[1:]).with_suffix(".py") for name in MODULES}


#: The tables cached by character (:class:`ByChar`); the other four are small and cached whole.
BY_CHAR = ("jieba.finalseg.prob_emit", "jieba.posseg.char_state_tab", "jieba.posseg.prob_emit")
#: The emission tables, by state and then by character (:class:`Emission`).
EMISSION = ("jieba.finalseg.prob_emit", "jieba.posseg.prob_emit")
_CHARS = "chars"  # the cache file's entry holding every character of the BY_CHAR tables, in code-point order
#: The cache file's layout, in its key: a file of an earlier layout is never read as this one.
LAYOUT = "by-char-1"
_UNREAD = object()


class ByChar(Mapping):
    """A read-only table by character whose values are unmarshalled when first asked for.

    ``blob[offsets[i]:offsets[i + 1]]`` is the marshalled value of ``chars[i]`` (``chars``
    in code-point order, shared by the tables of one cache file), empty where this table
    has none. ``get`` is the lookup jieba's code and the Viterbi make; the rest of the
    mapping (iteration, length, equality) reads every value, for tests and other users.
    """

    __slots__ = ("_chars", "_blob", "_offsets", "rows")

    def __init__(self, chars: str, blob: bytes, offsets: Sequence[int]) -> None:
        self._chars, self._blob, self._offsets = chars, blob, offsets
        #: the characters asked about: value, or None where the table has none
        self.rows: Dict[str, Any] = {}

    def get(self, ch: str, default: Any = None) -> Any:
        row = self.rows.get(ch, _UNREAD)
        if row is _UNREAD:
            row = self.read(ch)
        return default if row is None else row

    def read(self, ch: str) -> Any:
        """``ch``'s value from the blob (None where there is none), kept in :attr:`rows`."""
        i = self._chars.find(ch) if isinstance(ch, str) and len(ch) == 1 else -1
        row = None
        if i >= 0:
            start, end = self._offsets[i], self._offsets[i + 1]
            if end > start:
                row = marshal.loads(self._blob[start:end])
        self.rows[ch] = row
        return row

    def __getitem__(self, ch: str) -> Any:
        row = self.get(ch)
        if row is None:
            raise KeyError(ch)
        return row

    def __iter__(self) -> Iterator[str]:
        offsets = self._offsets
        return (ch for i, ch in enumerate(self._chars) if offsets[i + 1] > offsets[i])

    def __len__(self) -> int:
        return sum(1 for _ in self)


class Column(Mapping):
    """One state's emission scores by character (jieba's ``emit_P[state]``), read from the
    table of every state's scores by character."""

    __slots__ = ("state", "by_char", "_rows")

    def __init__(self, state: Any, by_char: ByChar) -> None:
        self.state, self.by_char, self._rows = state, by_char, by_char.rows

    def get(self, ch: str, default: Any = None) -> Any:
        row = self._rows.get(ch, _UNREAD)
        if row is _UNREAD:
            row = self.by_char.read(ch)
        return default if row is None else row.get(self.state, default)

    def __getitem__(self, ch: str) -> float:
        score = self.get(ch, _UNREAD)
        if score is _UNREAD:
            raise KeyError(ch)
        return score

    def __iter__(self) -> Iterator[str]:
        return (ch for ch, row in self.by_char.items() if self.state in row)

    def __len__(self) -> int:
        return sum(1 for _ in self)


class Emission(dict):
    """jieba's emission table (``emit_P``: state -> character -> score), each state's column a
    :class:`Column` over :attr:`by_char`, every state's scores by character, which the Viterbi
    reads directly (a row per character rather than a lookup per state and character)."""

    def __init__(self, states: Sequence[Any], by_char: ByChar) -> None:
        super().__init__((state, Column(state, by_char)) for state in states)
        self.by_char = by_char


def preload() -> List[str]:
    """Put jieba's table modules that are not imported yet in ``sys.modules``, from the cache
    when it has them (else run from their files, and cached); return the names placed."""
    missing = [name for name in MODULES if name not in sys.modules]
    files = _files() if missing else None
    if files is None:
        return []
    try:
        key = cache.digest(LAYOUT, [cache.stamp(files[name]) for name in MODULES])
    except OSError:  # a table module is not where jieba 0.42 keeps it: let jieba import its own
        return []
    path = cache.path_for("jieba-tables", key)
    tables = _unpack(cache.load(path))
    if tables is None:
        with cache.paused_gc():  # many long-lived containers, no cycles
            tables = {name: _run(name, files[name]).P for name in MODULES}
            packed = _pack(tables)
        cache.store(path, packed)
    for name in missing:
        module = types.ModuleType(name)
        module.__file__ = str(files[name])
        module.P = tables[name]
        sys.modules[name] = module
    return missing


def _pack(tables: Dict[str, Any]) -> Dict[str, Any]:
    """The cache file's value: the small tables whole, the :data:`BY_CHAR` ones as a blob and
    offsets over one string of characters (the emission tables with their states, in order)."""
    rows: Dict[str, Dict[str, Any]] = {}
    for name in BY_CHAR:
        if name in EMISSION:
            rows[name] = {}
            for state, column in tables[name].items():
                for ch, score in column.items():
                    rows[name].setdefault(ch, {})[state] = score
        else:
            rows[name] = tables[name]
    chars = "".join(sorted(set().union(*rows.values())))
    packed: Dict[str, Any] = {name: tables[name] for name in MODULES if name not in BY_CHAR}
    packed[_CHARS] = chars
    for name, table in rows.items():
        blob, offsets = bytearray(), array("I", [0])
        for ch in chars:
            if ch in table:
                blob += marshal.dumps(table[ch])
            offsets.append(len(blob))
        states = tuple(tables[name]) if name in EMISSION else None
        packed[name] = (bytes(blob), offsets.tobytes(), states)
    return packed


def _unpack(packed: Any) -> Optional[Dict[str, Any]]:
    """The tables as :func:`preload` places them, from the cache file's value (None: a miss, or
    a value of another shape)."""
    if not isinstance(packed, dict) or set(packed) != {*MODULES, _CHARS}:
        return None
    chars = packed[_CHARS]
    tables = {name: packed[name] for name in MODULES if name not in BY_CHAR}
    try:
        for name in BY_CHAR:
            blob, raw, states = packed[name]
            offsets = array("I")
            offsets.frombytes(raw)
            if not isinstance(chars, str) or len(offsets) != len(chars) + 1 or offsets[-1] != len(blob):
                return None
            by_char = ByChar(chars, blob, offsets)
            tables[name] = Emission(states, by_char) if name in EMISSION else by_char
    except (TypeError, ValueError):
        return None
    return tables


def _run(name: str, path: Path) -> types.ModuleType:
    """A table module run from its file alone: importing it by name would import
    ``jieba.posseg``, whose default tagger reads all of dict.txt."""
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


#: Standard modules jieba 0.42 imports at its top but uses only in ``jieba.initialize()`` (its
#: dictionary cache: md5, a temporary file, a move), which baokan never calls: together some 8 ms
#: of a one-page run (hashlib loads OpenSSL; shutil loads zlib, bz2 and lzma).
INIT_ONLY = ("hashlib", "tempfile", "shutil")


class _Deferred(types.ModuleType):
    """A stand-in for a standard module while jieba imports: a name taken from it then (``from
    hashlib import md5``) imports the real module when called; any name asked for later comes
    from the real module."""

    def __init__(self, name: str) -> None:
        super().__init__(name)
        self._importing = True

    def __getattr__(self, attr: str):
        if attr.startswith("__"):
            raise AttributeError(attr)
        name = self.__name__
        if not self.__dict__.get("_importing"):
            return getattr(importlib.import_module(name), attr)

        def deferred(*args, **kwargs):
            return getattr(importlib.import_module(name), attr)(*args, **kwargs)

        return deferred


@contextmanager
def deferred(names: Sequence[str] = INIT_ONLY) -> Iterator[None]:
    """Within the block, ``names`` not imported yet are stand-ins (:class:`_Deferred`); after it,
    importing them gives the real modules."""
    stand_ins = {name: _Deferred(name) for name in names if name not in sys.modules}
    sys.modules.update(stand_ins)
    try:
        yield
    finally:
        for name, module in stand_ins.items():
            module._importing = False
            if sys.modules.get(name) is module:
                del sys.modules[name]
