"""jieba's HMM tables from baokan's disk cache, so that importing jieba does not run them as code.

jieba 0.42 ships its hidden-Markov tables (``finalseg``'s and ``posseg``'s start,
transition and emission probabilities, and posseg's table of states per character)
as Python modules of dict literals; importing them costs a one-page run some 45 ms,
as much as annotating the page. The same dicts load from one marshal file in about a
third of that. :func:`preload` puts module objects holding them in ``sys.modules``
before jieba is imported, and jieba's own ``from .prob_emit import P`` then finds
them there; on a miss it imports jieba's modules as usual and caches their tables.

Checked against jieba 0.42.1 (pyproject.toml bounds jieba for this and for
``words.posseg``); ``tests/test_words.py`` holds the cached tables to jieba's.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import types
from contextlib import contextmanager
from pathlib import Path
from typing import Dict, Iterator, List, Optional, Sequence

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


def preload() -> List[str]:
    """Put jieba's table modules that are not imported yet in ``sys.modules``, from the cache
    when it has them (else run from their files, and cached); return the names placed."""
    missing = [name for name in MODULES if name not in sys.modules]
    files = _files() if missing else None
    if files is None:
        return []
    try:
        key = cache.digest([cache.stamp(files[name]) for name in MODULES])
    except OSError:  # a table module is not where jieba 0.42 keeps it: let jieba import its own
        return []
    path = cache.path_for("jieba-tables", key)
    tables = cache.load(path)
    if not isinstance(tables, dict) or set(tables) != set(MODULES):
        with cache.paused_gc():  # many long-lived containers, no cycles
            tables = {name: _run(name, files[name]).P for name in MODULES}
        cache.store(path, tables)
    for name in missing:
        module = types.ModuleType(name)
        module.__file__ = str(files[name])
        module.P = tables[name]
        sys.modules[name] = module
    return missing


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
