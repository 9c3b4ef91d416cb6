"""Shared fixtures: the sample page, a CLI runner, and schema validation of every record."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any, Dict, Iterable, List, Optional

import orjson
import pytest

from baokan.annotators.evaluation import corpus_folder

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_734f440ba246c07d.txt"
DATA = Path(__file__).resolve().parent / "data"
GOLD = DATA / "gold" / "000_734f440ba246c07d.gold.json"  # a copy of ../shared/gold
BIN = Path(sys.executable).parent
#: The real pages with article gold (never copied into the project); tests that read it skip without it.
CORPUS = corpus_folder(ROOT)


def load_script(path: Path, name: Optional[str] = None) -> ModuleType:
    """A script of ``benchmarks/`` or ``annotators/training/`` imported as a module (they are no package),
    under ``name`` (default: the file's stem)."""
    spec = importlib.util.spec_from_file_location(name or path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def needs_corpus() -> Path:
    """The corpus's page folder, or a skip that says where it was looked for."""
    pages = CORPUS / "rmrb"
    if not pages.is_dir():
        pytest.skip(f"the real corpus is not at {pages} (set BAOKAN_CORPUS to the folder that holds rmrb/)")
    return pages


@cache
def validator(unit: str):
    import jsonschema

    from baokan.schemas.records import json_schema

    schema = json_schema(unit)
    return jsonschema.Draft202012Validator(schema)


def validate(records: Iterable[Dict[str, Any]], unit: str = "article") -> List[Dict[str, Any]]:
    """Validate records against the unit's JSON Schema and check every offset slices its text."""
    out = list(records)
    for r in out:
        validator(unit).validate(r)
        arts = r["articles"] if unit == "document" else [r] if unit == "article" else []
        for a in arts:
            for span in a.get("blocks", []) + a.get("entities", []):
                assert a["text"][span["start"] : span["end"]] == span["text"], span
    return out


def parse_jsonl(data: bytes) -> List[Dict[str, Any]]:
    return [orjson.loads(line) for line in data.splitlines() if line.strip()]


def run_cli(args: List[str], *, input: bytes = None, env: Dict[str, str] = None, prog: str = "annotate", cwd=ROOT):
    """Run an installed console script as a real process (stdin, pipes and exit codes included)."""
    full_env = {**os.environ, "BAOKAN_CACHE": str(CACHE), **(env or {})}
    full_env.pop("FORCE_COLOR", None) if env is None or "FORCE_COLOR" not in env else None
    return subprocess.run(
        [str(BIN / prog), *args],
        input=input if input is not None else b"",
        capture_output=True,
        env=full_env,
        cwd=cwd,
        timeout=120,
    )


CACHE = Path(os.environ.get("BAOKAN_TEST_CACHE", ROOT / ".pytest_cache" / "baokan"))


def invoke(args: List[str], *, input: bytes = None, prog: str = "annotate", env: Dict[str, str] = None):
    """Run ``annotate`` or ``baokan`` in this process with typer's CliRunner: options parsed as a user's
    are, errors reported as a user sees them (``result.exit_code``, ``.stdout``, ``.stderr``)."""
    from typer.testing import CliRunner

    from baokan.cli.main import annotate_app, baokan_app

    try:
        runner = CliRunner(mix_stderr=False)  # click < 8.2 mixes stderr into stdout unless told
    except TypeError:
        runner = CliRunner()
    app = annotate_app() if prog == "annotate" else baokan_app()
    return runner.invoke(app, [str(a) for a in args], input=input, prog_name=prog, catch_exceptions=False, env=env)


def run_here(args: List[str], *, input: bytes = None, env: Dict[str, str] = None, prog: str = "annotate", cwd=None):
    """:func:`run_cli`'s answer (returncode, stdout and stderr as bytes) from a run in this process, which
    is many times faster: for tests of options and output, where a real process adds nothing."""
    before = os.getcwd()
    if cwd is not None:
        os.chdir(cwd)
    try:
        res = invoke(args, input=input, prog=prog, env={"FORCE_COLOR": None, **(env or {})})
    finally:
        os.chdir(before)
    return subprocess.CompletedProcess(args, res.exit_code, res.stdout_bytes, res.stderr_bytes)


@pytest.fixture(autouse=True, scope="session")
def _cache_env():
    os.environ.setdefault("BAOKAN_CACHE", str(CACHE))
    yield


@pytest.fixture(scope="session")
def sample_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def slogan_pipe():
    """The segmenter's fallback and the slogan annotator alone."""
    from baokan.annotators.core.pipeline import Pipeline

    return Pipeline(["paragraphs", "slogans"])


def slogan_forms(pipe, text: str) -> Dict[str, Any]:
    """Slogan text → canonical form, for every slogan ``pipe`` tags in ``text``."""
    from baokan.annotators.core.document import Document

    doc = pipe(Document(doc="t", text=text))
    return {e.text: e.canonical for a in doc.articles for e in a.entities if e.label == "slogan"}


def assert_slogan_form(pipe, text: str, form: str, canonical=None) -> None:
    """``pipe`` tags ``form`` in ``text`` as a slogan whose canonical form is ``canonical`` (or ``form``)."""
    got = slogan_forms(pipe, text)
    assert form in got, got
    assert got[form] == (canonical or form)


@pytest.fixture(scope="session")
def place_pipe():
    """The segmenter's fallback and the places annotator, without its CRF (the default)."""
    from baokan.annotators.core.pipeline import Pipeline

    return Pipeline(["paragraphs", "places"], config={"places": {"use_crf": False}})


def place_texts(pipe, text: str) -> List[str]:
    """The text of every place ``pipe`` tags in ``text``, in record order."""
    from baokan.annotators.core.document import Document
    from baokan.cli.writers import article_records, to_dict

    doc = pipe(Document(doc="test", text=text))
    return [e["text"] for r in article_records(doc) for e in to_dict(r)["entities"] if e["label"] == "place"]


def judge(sentence: str, phrase: str, **kw):
    """The quote judgement of the first quoted ``phrase`` in ``sentence``."""
    from baokan.annotators.language import quoted

    start = sentence.index("“" + phrase + "”") + 1
    return quoted.judge(sentence, start, start + len(phrase), **kw)


def slogans_of(pipe, text: str) -> list:
    """The slogan entities ``pipe`` tags in ``text``, after checking the records against the schema."""
    from baokan.annotators.core.document import Document
    from baokan.cli.writers import to_dict

    doc = pipe(Document(doc="t", text=text))
    validate([to_dict(a) for a in doc.articles])
    return [e for a in doc.articles for e in a.entities if e.label == "slogan"]


def texts_of(ents) -> set:
    """The set of the entities' texts."""
    return {e.text for e in ents}


def word_across_plainly(tag, text: str, k: int):
    """The (word, flag) of ``tag``'s cut of the whole ``text`` that crosses offset ``k``, by a plain
    walk: what ``words.word_across`` must answer."""
    off = 0
    for word, flag in tag(text):
        if off < k < off + len(word):
            return word, flag
        off += len(word)
    return None
