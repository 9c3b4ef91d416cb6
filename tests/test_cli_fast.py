"""``annotate``'s plain command lines run without typer (cli/fast.py): the same output, messages and
exit statuses as typer's command, and anything unusual left to typer."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import BIN, CACHE, DATA, ROOT, SEED

from baokan.cli import fast
from baokan.cli.annotating import InputFormat
from baokan.cli.common import Color
from baokan.cli.writers import Unit

#: ``annotate`` through typer's command, as the console script ran it before cli/fast.py.
TYPER = "from baokan.cli.main import annotate_entry; annotate_entry()"


def both(args, tmp_path: Path, *, input: bytes = b""):
    """(fast, typer): returncode, stdout, stderr and any file written, from real processes."""
    env = {**os.environ, "BAOKAN_CACHE": str(CACHE)}
    env.pop("FORCE_COLOR", None)
    answers = []
    for name, cmd in (("fast", [str(BIN / "annotate")]), ("typer", [sys.executable, "-c", TYPER])):
        out = tmp_path / name
        out.mkdir()
        argv = [str(a).replace("{out}", str(out)) for a in args]
        res = subprocess.run(cmd + argv, input=input, capture_output=True, env=env, cwd=ROOT, timeout=120)
        files = {p.name: p.read_bytes() for p in sorted(out.iterdir())}
        answers.append((res.returncode, res.stdout, res.stderr, files))
    return answers


def test_plain_command_lines_are_parsed():
    assert fast.parse([str(SEED)]) == ([str(SEED)], {})
    inputs, options = fast.parse(["a.txt", "-o", "-", "-u", "entity", "--json", "-q", "-s", "x.y=1", "b", "-s", "z=2"])
    assert inputs == ["a.txt", "b"]
    assert options == {
        "output": Path("-"),
        "unit": Unit.entity,
        "json_": True,
        "quiet": True,
        "settings": ["x.y=1", "z=2"],
    }
    assert fast.parse(["-f", "jsonl", "--color", "never", "-"]) == (
        ["-"],
        {"input_format": InputFormat.jsonl, "color": Color.never},
    )
    assert fast.parse([]) == (None, {})


@pytest.mark.parametrize(
    "args",
    [
        ["--help"],
        ["-h"],
        ["--version"],
        ["--list-annotators"],
        ["--output=x.jsonl", "p.txt"],
        ["-qp", "p.txt"],
        ["--", "-p.txt"],
        ["-o", "a", "-o", "b", "p.txt"],
        ["-u", "sentence", "p.txt"],
        ["-u", "Entity", "p.txt"],
        ["-o"],
        ["-o", "-x", "p.txt"],
        ["-a", "--json", "p.txt"],
        ["--width", "80", "p.txt"],
        ["--dask", "tcp://h:8786", "--output-dir", "d", "p.txt"],
        ["--nonsense", "p.txt"],
        ["-o", "", "p.txt"],
    ],
)
def test_anything_else_is_left_to_typer(args):
    assert fast.parse(args) is None


@pytest.mark.parametrize(
    "args",
    [
        [SEED, "-o", "{out}/seed.jsonl"],
        ["--json", "-u", "entity", SEED],
        ["-u", "document", "--json", DATA, "-o", "{out}/all.jsonl"],
        ["-a", "paragraphs,segment", "--json", SEED, DATA / "missing.txt"],
        ["--json", "--encoding", "nonsense", SEED],
        ["--json", "-a", "nosuch", SEED],
        ["--json", "--pretty", SEED],
        ["-p", "--color", "never", SEED],
        ["--json", "-s", "places.nosuch=1", SEED],
        ["--json", "-j", "zero", SEED],
        ["--json", "-u", "sentence", SEED],
    ],
)
def test_the_fast_path_answers_as_typer_does(args, tmp_path):
    fast_answer, typer_answer = both(args, tmp_path)
    assert fast_answer == typer_answer


def test_stdin_and_jsonl_fields_as_typer(tmp_path):
    page = b'{"page_id": "p1", "body": "\\u65b0\\u534e\\u793e\\u5317\\u4eac\\u7535"}\n'
    args = ["--json", "-f", "jsonl", "--id-field", "page_id", "--text-field", "body", "-"]
    fast_answer, typer_answer = both(args, tmp_path, input=page)
    assert fast_answer == typer_answer and fast_answer[0] == 0 and fast_answer[1]


def test_msgspec_without_typing_extensions_reads_the_records_alike():
    """cli/fast.py imports msgspec with typing_extensions blocked: the records' schemas (msgspec reads
    every annotation for them) come out the same, and typing_extensions imports afterwards."""
    code = (
        "import sys, orjson\n"
        "from baokan.cli import fast\n"
        "if sys.argv[1] == 'blocked':\n"
        "    fast._import_msgspec()\n"
        "    assert 'typing_extensions' not in sys.modules\n"
        "import typing_extensions\n"
        "from baokan.schemas.records import UNITS, json_schema\n"
        "sys.stdout.buffer.write(orjson.dumps({u: json_schema(u) for u in UNITS}))\n"
    )
    answers = [
        subprocess.run([sys.executable, "-c", code, how], capture_output=True, check=True, timeout=60).stdout
        for how in ("blocked", "plain")
    ]
    assert answers[0] == answers[1] and len(answers[0]) > 1000
