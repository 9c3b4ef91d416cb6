"""The build: pyproject.toml says what baokan is; this file adds mypyc's compiled modules.

Where mypy (a build requirement) and a C compiler are at hand, the helper modules of
``baokan.annotators.language`` and the annotator modules are compiled with mypyc into extension
modules that sit beside their sources (about 15% fewer instructions on real pages; see
docs/performance.md). Where anything of that fails -- no compiler, no mypy, a type error, a
compiler error -- the install goes on with pure Python, which gives the same output:
a failed compile never fails ``pip install``. ``BAOKAN_PURE_PYTHON=1`` at install time skips the
compile; at run time it runs the sources even where compiled modules are installed
(``baokan.annotators.core.pure``).

mypyc names a module after its file's path, and the sources of ``baokan.annotators`` live in
``annotators/`` (``package-dir`` in pyproject.toml): the compile reads them through
``build/mypyc-src/baokan/annotators``, a link to that folder.
"""

from __future__ import annotations

import os
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, List

from setuptools import setup
from setuptools.command.build_ext import build_ext

ROOT = Path(__file__).resolve().parent
STAGE = Path("build") / "mypyc-src"  # relative: mypyc writes its C files under ./build

#: Modules left as Python, each for a reason mypyc gives: a ``frozen=True`` msgspec Struct (mypyc
#: drops class keywords, so the class would not be frozen), a tuple subclass with a ``__dict__``,
#: a subclass reaching into jieba's name-mangled internals, optional models (crf), or scripts.
PYTHON_ONLY = {
    "crf",
    "crf_features",
    "crfsuite_weights",
    "division_rows",  # Divisions: a tuple with a __dict__
    "jieba_tables",  # stands in for jieba's own modules
    "line_roles_gold",
    "words",  # a jieba POSTokenizer subclass
}
#: The annotator modules compiled besides the language helpers (hanlp's need an optional model).
ANNOTATORS = ["paragraphs", "places", "police", "officials", "segment", "slogans"]

MYPY_CONFIG = """\
[mypy]
mypy_path = {stage}
explicit_package_bases = True
ignore_missing_imports = True
follow_imports = silent
cache_dir = {stage}/.mypy_cache
"""


def compiled_sources() -> List[str]:
    """The files mypyc compiles, as paths under the staging link (so named as imported)."""
    stems = (p.stem for p in (ROOT / "annotators" / "language").glob("*.py"))
    language = sorted(s for s in stems if s != "__init__" and s not in PYTHON_ONLY)
    files = [f"baokan/annotators/{name}.py" for name in ANNOTATORS]
    files += [f"baokan/annotators/language/{name}.py" for name in language]
    return [str(STAGE / f) for f in files]


def mypyc_extensions() -> list:
    """mypyc's extensions, or none when mypyc, the staging link or the type check fails."""
    if os.environ.get("BAOKAN_PURE_PYTHON", "") not in ("", "0"):
        return []
    try:
        from mypyc.build import mypycify
    except ImportError:
        print("baokan: mypy is not installed: pure Python", file=sys.stderr)
        return []
    try:
        package = STAGE / "baokan"
        package.mkdir(parents=True, exist_ok=True)
        for name in ("annotators", "schemas"):
            link = package / name
            if not link.is_symlink():
                link.symlink_to(ROOT / name, target_is_directory=True)
        config = STAGE / "mypy.ini"
        config.write_text(MYPY_CONFIG.format(stage=STAGE.resolve()))
        return mypycify(
            ["--config-file", str(config), *compiled_sources()],
            group_name="baokan",  # the shared library: the top-level module baokan__mypyc
            opt_level=os.environ.get("BAOKAN_MYPYC_OPT", "2"),
            debug_level="0",
            multi_file=True,
        )
    except (Exception, SystemExit) as e:  # mypycify exits on a type error
        print(f"baokan: mypyc could not compile ({e!r}): pure Python", file=sys.stderr)
        return []


def source_stamps() -> List[str]:
    """Each compiled source's path, size and modification time, as ``annotators/compiled.txt`` records them."""
    lines = []
    for source in compiled_sources():
        name = source.split("/baokan/annotators/", 1)[1]
        st = (ROOT / "annotators" / name).stat()
        lines.append(f"{name}\t{st.st_size}\t{st.st_mtime_ns}")
    return lines


def write_record(extensions: list, stamps: List[str]) -> None:
    """For an in-place build (``pip install -e``), ``annotators/compiled.txt``: the shared library's
    module, then each compiled source's path, size and modification time, which
    ``baokan.annotators.core.pure`` compares at start-up (an edited source runs as Python).

    Args:
        stamps: :func:`source_stamps` taken before the compile read the sources: a source edited while
            the build ran then reads as edited, and runs as Python, not as the older code compiled.
    """
    shared = [e.name for e in extensions if e.name.endswith("__mypyc")]
    record = ROOT / "annotators" / "compiled.txt"
    if not shared:
        record.unlink(missing_ok=True)
        return
    record.write_text("\n".join([shared[0], *stamps]) + "\n", encoding="utf-8")


def compile_in_parallel(compiler: Any) -> None:
    """Make ``compiler.compile`` run gcc on a thread per CPU (the shared library is one extension of
    some hundred C files, which distutils compiles one after the other). Its own steps, in its order;
    where this distutils lacks them, the compile stays serial."""
    if not all(hasattr(compiler, a) for a in ("_setup_compile", "_get_cc_args", "_compile")):
        return

    def compile(sources, output_dir=None, macros=None, include_dirs=None, debug=0, extra_preargs=None,
                extra_postargs=None, depends=None):  # fmt: skip
        macros, objects, extra_postargs, pp_opts, build = compiler._setup_compile(
            output_dir, macros, include_dirs, sources, depends, extra_postargs
        )
        cc_args = compiler._get_cc_args(pp_opts, debug, extra_preargs)
        todo = [(obj, *build[obj]) for obj in objects if obj in build]
        with ThreadPoolExecutor(os.cpu_count() or 1) as pool:
            for _ in pool.map(lambda t: compiler._compile(t[0], t[1], t[2], cc_args, extra_postargs, pp_opts), todo):
                pass
        return objects

    compiler.compile = compile


class OptionalBuildExt(build_ext):
    """build_ext that falls back to pure Python when the C compile fails."""

    def finalize_options(self) -> None:
        super().finalize_options()
        if self.parallel is None:  # the hundred small modules that import the shared library, too
            self.parallel = os.cpu_count() or 1

    def build_extensions(self) -> None:
        compile_in_parallel(self.compiler)
        super().build_extensions()

    def run(self) -> None:
        try:
            super().run()
        except Exception as e:
            # the modules built before the failure would look for a shared library that is not
            # there: none of them is kept (an in-place build copies them only once all are built)
            for ext in self.extensions:
                Path(self.get_ext_fullpath(ext.name)).unlink(missing_ok=True)
            (ROOT / "annotators" / "compiled.txt").unlink(missing_ok=True)
            print(f"baokan: the compiled modules were not built ({e!r}): pure Python", file=sys.stderr)
            return
        if self.inplace or getattr(self, "editable_mode", False):
            write_record(self.extensions, STAMPS)


#: The sources as they were before mypyc read them (it reads them here, in mypyc_extensions; see write_record).
STAMPS = source_stamps()
setup(ext_modules=mypyc_extensions(), cmdclass={"build_ext": OptionalBuildExt})
