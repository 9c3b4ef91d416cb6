"""The shape of the package: annotator modules at the top of annotators/, small modules, no import cycle."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

from baokan.annotators.core.registry import AnnotatorMeta

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = {"baokan.annotators": ROOT / "annotators", "baokan.schemas": ROOT / "schemas", "baokan.cli": ROOT / "cli"}
MAX_LINES = 500


def _modules(package: str, folder: Path):
    for path in sorted(folder.rglob("*.py")):
        parts = path.relative_to(folder).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        yield ".".join((package, *parts)), path


def test_top_level_modules_of_annotators_each_define_one_annotator():
    for path in sorted((ROOT / "annotators").glob("*.py")):
        if path.name == "__init__.py":
            continue
        module = importlib.import_module(f"baokan.annotators.{path.stem}")
        declared = [
            obj
            for obj in vars(module).values()
            if isinstance(obj, type)
            and obj.__module__ == module.__name__
            and isinstance(getattr(obj, "meta", None), AnnotatorMeta)
        ]
        assert len(declared) == 1, f"{path.name} declares {len(declared)} annotators; helpers belong in a sub-package"


def test_no_module_of_the_package_is_over_500_lines():
    for package in PACKAGES:
        for name, path in _modules(package, PACKAGES[package]):
            lines = len(path.read_text(encoding="utf-8").splitlines())
            assert lines <= MAX_LINES, f"{name} has {lines} lines"


def test_no_import_cycle_among_module_level_imports():
    """Imports at module level only: one inside a function runs when called, after both modules exist."""
    paths = dict(m for package, folder in PACKAGES.items() for m in _modules(package, folder))
    graph = {}
    for name, path in paths.items():
        deps = set()
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                deps.add(node.module)
                deps.update(f"{node.module}.{a.name}" for a in node.names)
            elif isinstance(node, ast.Import):
                deps.update(a.name for a in node.names)
        graph[name] = {d for d in deps if d in paths and d != name and not name.startswith(d + ".")}
    # a package's __init__ importing its own modules last (re-exports) is no cycle
    for name in graph:
        graph[name] -= {d for d in graph[name] if d.startswith(name + ".")}
    state = {}

    def visit(node, stack):
        state[node] = "open"
        for dep in sorted(graph[node]):
            if state.get(dep) == "open":
                raise AssertionError("import cycle: " + " -> ".join(stack[stack.index(dep) :] + [dep]))
            if dep not in state:
                visit(dep, stack + [dep])
        state[node] = "done"

    for name in sorted(graph):
        if name not in state:
            visit(name, [name])
