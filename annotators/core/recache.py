"""Regular expressions compiled once per installation, not once per process.

``re`` compiles a pattern in Python, and a class over a CJK range such as
``[\\u3400-\\u9fff]`` costs it 1-3 ms (its charset optimiser visits every code
point): baokan's patterns took ~50 ms of every run. :func:`compile` keeps what
``re`` compiles a pattern to (the ``_sre`` code, as ``re`` hands it to
``_sre.compile``) in the disk cache, keyed by the Python build, and builds the
pattern from it in microseconds. That is CPython's internal interface, so
anything unexpected falls back to :func:`re.compile`, and the tests hold the
two to equal patterns.
"""

from __future__ import annotations

import atexit
import re
import sys
from contextlib import contextmanager
from typing import Dict, Iterator, Optional, Tuple

try:  # Python 3.11+; elsewhere compile() is re.compile()
    import _sre
    from re import _compiler, _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    _sre = None

Key = Tuple[str, int]
Entry = tuple  # (flags, code, groups, groupindex, indexgroup): _sre.compile's arguments after the pattern

_known: Optional[Dict[Key, Entry]] = None  # loaded from the cache, on the first compile()
_used: Dict[Key, Entry] = {}  # what this process compiled or used, written back when it compiled any
_missed = False
_plain = re.compile  # the fallback, kept should re.compile be pointed here (words.py, while jieba imports)


def _path():
    from baokan.annotators.core import cache

    return cache.path_for("regex", cache.digest(sys.version, _sre.MAGIC, _sre.CODESIZE))


def _entry(pattern: str, flags: int) -> Entry:
    """What ``re._compiler.compile`` passes to ``_sre.compile`` for ``pattern``."""
    parsed = _parser.parse(pattern, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    code = [int(op) for op in _compiler._code(parsed, flags)]  # opcodes are int subclasses, which marshal refuses
    return int(flags | parsed.state.flags), code, parsed.state.groups - 1, groupindex, tuple(indexgroup)


def compile(pattern: str, flags: int = 0) -> re.Pattern:
    """``re.compile(pattern, flags)`` for a str pattern, from the disk cache when it has it."""
    global _known, _missed
    flags = int(flags)
    if _sre is None or not isinstance(pattern, str) or flags & re.DEBUG:
        return _plain(pattern, flags)
    if _known is None:
        from baokan.annotators.core import cache

        loaded = cache.load(_path())
        _known = loaded if isinstance(loaded, dict) else {}
    key = (pattern, flags)
    entry = _known.get(key)
    if entry is not None:
        try:
            compiled = _sre.compile(pattern, *entry)
            _used[key] = entry
            return compiled
        except Exception:  # a file from a build that slipped past the key: compile afresh
            pass
    try:
        entry = _entry(pattern, flags)
        compiled = _sre.compile(pattern, *entry)
    except Exception:  # re's internals moved: the plain way
        return _plain(pattern, flags)
    _known[key] = _used[key] = entry
    if not _missed:
        _missed = True
        atexit.register(_save)
    return compiled


@contextmanager
def for_imports() -> Iterator[None]:
    """``re.compile`` is :func:`compile` within the block: for a library that compiles its
    patterns when imported (jieba, about 8 ms of CJK classes). Not thread-safe: start-up only."""
    re.compile = compile
    try:
        yield
    finally:
        re.compile = _plain


def _save() -> None:
    """Write the patterns this process used (so the file holds no patterns of tables long edited)."""
    from baokan.annotators.core import cache

    cache.store(_path(), _used)
