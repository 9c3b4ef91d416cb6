"""The compiled modules (mypyc, built by setup.py where a compiler is at hand) give the output of
the pure-Python ones, byte for byte, on the sample page and every test page.

Both runs are real ``annotate`` processes over the same pages: one as installed, one with
``BAOKAN_PURE_PYTHON=1``, which loads the sources instead (``baokan.annotators.core.pure``). Without
compiled modules the comparison is skipped, with the reason.
"""

from __future__ import annotations

import os
import subprocess
import sys
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

import pytest
from conftest import DATA, SEED, run_cli

from baokan.annotators.core import pure

#: modules setup.py compiles, one of each kind (a language helper, an annotator)
PROBES = ["baokan.annotators.language.place_judging", "baokan.annotators.places"]


def _loaded_from(module: str, *, pure_python: bool) -> str:
    """The file ``module`` is loaded from in a fresh process (so no module is loaded already)."""
    env = {**os.environ, pure.VARIABLE: "1" if pure_python else "0"}
    code = f"import {module} as m; print(m.__file__)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env)
    return out.stdout.strip()


def _compiled() -> bool:
    """Whether the install compiled the modules and a process would load them (a file-system look:
    a broken compiled build must fail the tests below, not skip them)."""
    package = Path(pure.__file__).resolve().parent.parent
    built = any((package / "language" / f"place_judging{s}").exists() for s in EXTENSION_SUFFIXES)
    return built and not pure.wanted() and not pure.stale(package)


needs_compiled = pytest.mark.skipif(
    not _compiled(),
    reason="no compiled modules in use (no C compiler or mypy at install time, BAOKAN_PURE_PYTHON set, "
    "or a source edited since an editable install): pure Python only",
)


def test_the_switch_loads_the_sources():
    for module in PROBES:
        assert _loaded_from(module, pure_python=True).endswith(".py")


@needs_compiled
def test_the_install_loads_the_compiled_modules():
    for module in PROBES:
        assert not _loaded_from(module, pure_python=False).endswith(".py")


@needs_compiled
def test_compiled_and_pure_python_write_the_same_jsonl_on_every_test_page(tmp_path):
    pages = [str(SEED), *sorted(str(p) for p in DATA.rglob("*.txt"))]
    assert len(pages) > 20
    outputs = []
    for value in ("0", "1"):
        out = tmp_path / f"{value}.jsonl"
        res = run_cli([*pages, "--unit", "document", "-o", str(out)], env={pure.VARIABLE: value})
        assert res.returncode == 0, res.stderr.decode()
        outputs.append(out.read_bytes())
    compiled, plain = outputs
    assert compiled.count(b"\n") == len(pages)
    assert compiled == plain


def test_an_edited_source_makes_an_in_place_build_stale(tmp_path):
    """An editable install's compiled modules give way to the sources once one is edited (or the
    shared library is gone), so that an edit is never silently ignored."""
    (tmp_path / "language").mkdir()
    source = tmp_path / "language" / "names.py"
    source.write_text("X = 1\n")
    assert not pure.stale(tmp_path)  # no record: a wheel, or pure Python
    st = source.stat()
    record = tmp_path / pure.RECORD
    record.write_text(f"sys\nlanguage/names.py\t{st.st_size}\t{st.st_mtime_ns}\n")  # sys: a module that exists
    assert not pure.stale(tmp_path)
    source.write_text("X = 22\n")
    assert pure.stale(tmp_path)
    record.write_text(
        f"no_such_module__mypyc\nlanguage/names.py\t{source.stat().st_size}\t{source.stat().st_mtime_ns}\n"
    )
    assert pure.stale(tmp_path)
    source.unlink()
    record.write_text("sys\nlanguage/names.py\t7\t0\n")
    assert pure.stale(tmp_path)
