"""Compiled or pure Python: which files of ``baokan.annotators`` a process runs.

Where a compiler and mypy were at hand when baokan was installed, the language helpers and the
annotator modules were compiled with mypyc (``setup.py``) and sit beside their sources as
extension modules, which Python's import prefers. The sources run instead when

- ``BAOKAN_PURE_PYTHON`` is set (to anything but ``""`` or ``0``), or
- the install was built in place (``pip install -e``) and a compiled module's source has changed
  since, or the build's shared library is gone: the compiled code would be stale, so the edited
  sources run until the next install compiles them again. ``setup.py`` records each source's size
  and modification time in :data:`RECORD` for this check (a wheel has no record: nothing to check).

:func:`install` then puts a finder first on ``sys.meta_path`` that loads the ``.py`` file of
every ``baokan.annotators`` module. It must run before the first compiled module is imported,
so the package's ``__init__`` calls it. The output is the same either way (a test compares them).
"""

from __future__ import annotations

import importlib.util
import os
import sys
from importlib.machinery import ModuleSpec
from pathlib import Path
from types import ModuleType
from typing import Optional, Sequence

PACKAGE = "baokan.annotators"
VARIABLE = "BAOKAN_PURE_PYTHON"
#: written by an in-place build beside the package: the shared library's module name, then a line
#: per compiled source: its path under the package, size and st_mtime_ns, tab-separated
RECORD = "compiled.txt"


def wanted() -> bool:
    """Whether the environment asks for pure Python (``BAOKAN_PURE_PYTHON`` set, not ``0``)."""
    return os.environ.get(VARIABLE, "") not in ("", "0")


def stale(package: Path) -> bool:
    """Whether an in-place build's compiled modules no longer match their sources under ``package``
    (a source edited, moved or removed since, or the shared library gone)."""
    try:
        lines = (package / RECORD).read_text(encoding="utf-8").splitlines()
    except OSError:
        return False  # no in-place build: a wheel, or pure Python
    if not lines or importlib.util.find_spec(lines[0]) is None:
        return True
    for line in lines[1:]:
        name, size, mtime = line.split("\t")
        try:
            st = os.stat(package / name)
        except OSError:
            return True
        if st.st_size != int(size) or st.st_mtime_ns != int(mtime):
            return True
    return False


class SourceFirst:
    """A meta path finder that loads ``baokan.annotators`` modules from their ``.py`` files."""

    def find_spec(
        self, name: str, path: Optional[Sequence[str]], target: Optional[ModuleType] = None
    ) -> Optional[ModuleSpec]:
        if path is None or not name.startswith(PACKAGE + "."):
            return None
        leaf = name.rpartition(".")[2]
        for folder in path:
            source = os.path.join(folder, leaf + ".py")
            if os.path.isfile(source):
                return importlib.util.spec_from_file_location(name, source)
        return None  # a package (its __init__.py) or not ours: the usual finders


def install() -> None:
    """Put :class:`SourceFirst` first on ``sys.meta_path`` when pure Python is wanted or the
    compiled modules are stale (once)."""
    if any(isinstance(f, SourceFirst) for f in sys.meta_path):
        return
    if wanted() or stale(Path(__file__).resolve().parent.parent):
        sys.meta_path.insert(0, SourceFirst())


def compiled(module: ModuleType) -> bool:
    """Whether ``module`` was loaded from a compiled extension, not from its source."""
    return not (getattr(module, "__file__", None) or "").endswith(".py")
