"""The README and docs/ name only files that are in the repository, and link only pages that exist."""

from __future__ import annotations

import re

import pytest
from conftest import ROOT

DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
#: A repository path in backticks: a top-level folder of the project, then a path.
PATH = re.compile(r"`((?:annotators|cli|schemas|tests|benchmarks|seeds|docs)/[^`*\s]*[^`*\s/])`")
LINK = re.compile(r"\]\(([^)#:]+)\)")


@pytest.mark.parametrize("page", DOCS, ids=lambda p: p.name)
def test_named_files_exist(page):
    text = page.read_text(encoding="utf-8")
    named = set(PATH.findall(text))
    missing = sorted(p for p in named if not (ROOT / p).exists())
    assert not missing, f"{page.name} names files that are not in the repository: {missing}"
    links = [page.parent / link for link in LINK.findall(text)]
    assert not [str(p) for p in links if not p.exists()], f"{page.name} links pages that do not exist"


def test_the_readme_is_short_and_starts_with_the_two_commands():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    assert len(text.splitlines()) <= 200
    blocks = re.findall(r"```bash\n(.*?)\n```", text, re.S)
    assert blocks[0].startswith("python3 -m venv .venv") and "annotate seeds/" in blocks[0]
    assert blocks[1] == ".venv/bin/python -m pytest -q"
