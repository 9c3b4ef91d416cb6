"""The conventions of jq, ripgrep and gh: versions, terminals, progress, folders, pipes, help and --pretty text."""

from __future__ import annotations

import os
import pty
import re
import select
import subprocess
import time

import orjson
import pytest
from conftest import BIN, CACHE, DATA, SEED, invoke, parse_jsonl
from hypothesis import given, settings
from hypothesis import strategies as st
from rich.cells import cell_len

from baokan.cli.render import NO_LINE_START, line_starts

PAGES = sorted((DATA / "pages").glob("*.txt"))


def run_on_terminal(args, *, stdout_tty=True, stderr_tty=False, stdin_tty=False, prog="annotate", env=None):
    """Run a console script with some of its streams on a pseudo-terminal; return (rc, stdout, stderr, tty)."""
    master, slave = pty.openpty()
    pipe = subprocess.PIPE
    full_env = {**os.environ, "BAOKAN_CACHE": str(CACHE), "COLUMNS": "100", **(env or {})}
    proc = subprocess.Popen(
        [str(BIN / prog), *map(str, args)],
        env=full_env,
        stdin=slave if stdin_tty else subprocess.DEVNULL,
        stdout=slave if stdout_tty else pipe,
        stderr=slave if stderr_tty else pipe,
    )
    os.close(slave)
    got = {master: b""}
    for stream in (proc.stdout, proc.stderr):
        if stream is not None:
            got[stream.fileno()] = b""
    open_fds, deadline = set(got), time.monotonic() + 120
    while open_fds and time.monotonic() < deadline:  # read all of them at once: a full pipe would stall the run
        ready, _, _ = select.select(list(open_fds), [], [], 0.5)
        for fd in ready:
            try:
                chunk = os.read(fd, 65536)
            except OSError:  # the terminal's other end is closed
                chunk = b""
            if chunk:
                got[fd] += chunk
            else:
                open_fds.discard(fd)
    proc.wait(timeout=10)
    os.close(master)
    out = got.get(proc.stdout.fileno(), b"") if proc.stdout else b""
    err = got.get(proc.stderr.fileno(), b"") if proc.stderr else b""
    return proc.returncode, out, err, got[master].replace(b"\r\n", b"\n")


def last_line(shown: bytes) -> str:
    """The last line a terminal showed, without its escape codes."""
    return re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", shown.decode()).strip().splitlines()[-1]


# ---------------------------------------------------------------- --version


@pytest.mark.parametrize("prog", ["annotate", "baokan"])
def test_version_names_baokan_and_its_data_tables(prog):
    res = invoke(["--version"], prog=prog)
    assert res.exit_code == 0
    lines = res.stdout.splitlines()
    assert lines[0].startswith("baokan ") and lines[0].split()[1][0].isdigit()
    assert any(line.split()[0] == "slogans.tsv" and "2026" in line for line in lines[1:])
    assert any(line.split()[0] == "ner_crf.meta.txt" for line in lines[1:])


# ---------------------------------------------------------------- a terminal on stdout


def test_at_a_terminal_annotate_renders_and_json_asks_for_lines():
    rc, _, _, shown = run_on_terminal([SEED])
    assert rc == 0 and b"article 0" in shown and b'{"doc"' not in shown
    rc, _, _, shown = run_on_terminal(["--json", SEED])
    assert rc == 0 and parse_jsonl(shown) == parse_jsonl(invoke([SEED]).stdout_bytes)


def test_piped_annotate_writes_json_lines_and_pretty_renders():
    assert parse_jsonl(invoke([SEED]).stdout_bytes)
    shown = invoke(["--pretty", "--color", "never", SEED]).stdout
    assert "article 0" in shown and '{"doc"' not in shown
    assert invoke(["--pretty", "--json", SEED]).exit_code == 2


# ---------------------------------------------------------------- progress


def test_progress_goes_to_a_terminal_stderr_and_ends_with_a_summary():
    rc, out, _, shown = run_on_terminal([SEED, *PAGES], stdout_tty=False, stderr_tty=True)
    assert rc == 0 and parse_jsonl(out)
    records = parse_jsonl(out)
    summary = last_line(shown)
    n_ent = sum(len(r["entities"]) for r in records)
    assert summary.startswith(
        f"annotate: {1 + len(PAGES)} documents, {len(records)} articles, {n_ent:,} entities, 0 errors in "
    ), summary
    rc, out, _, shown = run_on_terminal(["-q", SEED], stdout_tty=False, stderr_tty=True)
    assert rc == 0 and shown == b""


def test_no_progress_when_stdout_is_the_same_terminal():
    rc, _, _, shown = run_on_terminal([SEED], stdout_tty=True, stderr_tty=True)
    assert rc == 0 and b"article 0" in shown and b"documents," not in shown


def test_stats_on_pages_shows_progress_too():
    rc, out, _, shown = run_on_terminal(["stats", "-F", "json", SEED], prog="baokan", stdout_tty=False, stderr_tty=True)
    assert rc == 0 and orjson.loads(out)
    assert last_line(shown).startswith("baokan: 1 document, ")


def test_progress_knows_the_total_of_files():
    from baokan.cli.progress import Progress
    from baokan.cli.readers import ReadCounter, expand, input_size, read_inputs

    items = list(expand([str(p) for p in PAGES]))
    assert input_size(items) == sum(p.stat().st_size for p in PAGES)
    assert input_size([*items, "-"]) is None
    counter = ReadCounter()
    docs = list(read_inputs(items, counter=counter))
    assert len(docs) == len(PAGES) and counter.bytes == input_size(items)
    with Progress(enabled=False, total=counter.bytes, counter=counter) as bar:
        bar.done(articles=3, entities=10)
        bar.done(articles=0, entities=0, error=True)
    assert bar.summary().startswith("2 documents, 3 articles, 10 entities, 1 error in ")


# ---------------------------------------------------------------- folders, as ripgrep walks them


def make_tree(root, sample_text):
    for rel in ["keep.txt", ".hidden/p.txt", ".dot.txt", "drafts/d.txt", "old/a.old.txt", "sub/kept.txt"]:
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(sample_text, encoding="utf-8")
    (root / ".gitignore").write_text("drafts/\n*.old.txt\n", encoding="utf-8")
    (root / "sub" / ".ignore").write_text("kept.txt\n!kept.txt\n", encoding="utf-8")


def docs_read(args):
    res = invoke(["-a", "paragraphs", "-u", "document", *args])
    assert res.exit_code == 0, res.stderr
    return sorted(r["doc"] for r in parse_jsonl(res.stdout_bytes))


def test_folders_skip_hidden_and_ignored_files(tmp_path, sample_text):
    make_tree(tmp_path, sample_text)
    t = str(tmp_path)
    assert docs_read([t]) == [f"{t}/keep.txt", f"{t}/sub/kept.txt"]
    assert docs_read(["--hidden", t]) == [f"{t}/.dot.txt", f"{t}/.hidden/p.txt", f"{t}/keep.txt", f"{t}/sub/kept.txt"]
    assert docs_read(["--no-ignore", t]) == [
        f"{t}/drafts/d.txt",
        f"{t}/keep.txt",
        f"{t}/old/a.old.txt",
        f"{t}/sub/kept.txt",
    ]
    assert docs_read([f"{t}/drafts/d.txt"]) == [f"{t}/drafts/d.txt"]  # named, it is read


def test_ignore_files_above_count_up_to_the_repository_root(tmp_path, sample_text):
    (tmp_path / ".git").mkdir()
    (tmp_path / ".gitignore").write_text("skip/\n", encoding="utf-8")
    for rel in ["pages/a.txt", "pages/skip/b.txt"]:
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(sample_text, encoding="utf-8")
    pages = str(tmp_path / "pages")
    assert docs_read([pages]) == [f"{pages}/a.txt"]
    (tmp_path / ".git").rmdir()  # outside a repository, the folders above are not asked
    assert docs_read([pages]) == [f"{pages}/a.txt", f"{pages}/skip/b.txt"]


def test_a_folder_with_only_ignored_pages_says_so(tmp_path, sample_text):
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "p.txt").write_text(sample_text, encoding="utf-8")
    res = invoke([tmp_path])
    assert res.exit_code == 1 and "--hidden" in res.stderr


# ---------------------------------------------------------------- one flag per thing


def test_every_table_command_takes_format_f(tmp_path):
    pred = tmp_path / "pred.jsonl"
    pred.write_bytes(invoke([SEED]).stdout_bytes)
    gold = DATA / "gold" / "000_734f440ba246c07d.gold.json"
    for args in (
        ["stats", "-F", "json", pred],
        ["eval", "--gold", gold, "--pred", pred, "-F", "json"],
        ["annotators", "-F", "json"],
    ):
        res = invoke(args, prog="baokan")
        assert res.exit_code == 0, res.stderr
        assert orjson.loads(res.stdout_bytes) is not None


def test_show_without_input_at_a_terminal_is_a_usage_error_not_a_wait():
    rc, _, err, _ = run_on_terminal(["show"], prog="baokan", stdout_tty=False, stdin_tty=True)
    assert rc == 2 and b"usage error" in err


# ---------------------------------------------------------------- pipes


def test_a_closed_pipe_ends_with_status_141_and_no_message(tmp_path, sample_text):
    for i in range(30):
        (tmp_path / f"p{i:02}.txt").write_text(sample_text, encoding="utf-8")
    cmd = f"'{BIN / 'annotate'}' -a paragraphs '{tmp_path}' | head -c 10"
    res = subprocess.run(["bash", "-o", "pipefail", "-c", cmd], capture_output=True, timeout=120)
    assert res.returncode == 141 and res.stderr == b"" and len(res.stdout) == 10


# ---------------------------------------------------------------- help


def test_annotate_help_puts_common_options_first_and_examples_last():
    text = invoke(["--help"]).stdout
    order = [
        text.index(s)
        for s in ("--output", "--set", "Inputs", "--encoding", "Dask", "--dask", "HanLP", "--hanlp-model", "Examples")
    ]
    assert order == sorted(order)
    assert text.rstrip().splitlines()[-1].strip().startswith("cat corpus.jsonl | annotate")


# ---------------------------------------------------------------- --pretty text


def test_pretty_text_keeps_the_rules_of_chinese_line_breaking(monkeypatch):
    monkeypatch.setenv("COLUMNS", "140")  # a wide terminal: articles still stop at 100 columns
    text = invoke(["--pretty", "--color", "never", SEED, *PAGES]).stdout
    lines = text.splitlines()
    assert max(cell_len(line) for line in lines) == 100
    assert not [line for line in lines if line != line.rstrip()]
    assert not [line for line in lines if line.strip() and line.strip()[0] in NO_LINE_START]
    narrow = invoke(["--pretty", "--color", "never", "--width", "50", SEED]).stdout.splitlines()
    assert max(cell_len(line) for line in narrow) <= 50


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="我们的国家平安浙江。，、：“”（）《》ab12 ", min_size=1, max_size=120), st.integers(4, 40))
def test_line_starts_keep_every_character_and_the_width(text, width):
    starts = line_starts(text, width)
    bounds = [0, *starts, len(text)]
    pieces = [text[a:b] for a, b in zip(bounds, bounds[1:])]
    assert "".join(pieces) == text and starts == sorted(set(starts))
    for piece in pieces:
        shown = piece.strip()
        assert cell_len(shown) <= width or len(shown) == 1 or " " not in shown and not shown.isascii()


def test_stats_bars_keep_the_count_at_80_columns():
    from baokan.cli.render import make_console
    from baokan.cli.stats_view import StatsView

    long = "坚持和发展新时代“枫桥经验”推进基层社会治理现代化" * 2
    rows = [
        {"group": None, "label": "slogan", "value": long, "count": 1234},
        {"group": None, "label": "slogan", "value": "平安浙江", "count": 7},
    ]
    console = make_console(color="never", width=80)
    with console.capture() as cap:
        console.print(StatsView(rows))
    lines = cap.get().splitlines()
    title = max(i for i, line in enumerate(lines) if line.strip() == "slogan")
    chart = lines[title + 1 : title + 3]
    assert [line.rstrip().endswith(str(r["count"])) for line, r in zip(chart, rows)] == [True, True]
    assert all(cell_len(line) <= 80 for line in cap.get().splitlines())


def test_long_inputs_are_told_apart_without_reading_them(tmp_path):
    from baokan.cli.readers import holds_at_least

    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "p1.txt").write_bytes(b"x" * 600)
    (tmp_path / "p2.txt").write_bytes(b"x" * 500)
    assert holds_at_least([str(tmp_path)], 1_100)
    assert not holds_at_least([str(tmp_path)], 1_101)
    assert holds_at_least([str(tmp_path / "p2.txt"), str(tmp_path / "a")], 1_000)
    assert not holds_at_least(["-", str(tmp_path / "missing.txt")], 1)
