"""annotate as a user runs it, real pages, every record validated: a handful of real processes (stdin, pipes,
exit codes), the rest in this process (run_here), which is many times faster."""

from __future__ import annotations

import re
import subprocess

import orjson
import pytest
from conftest import BIN, SEED, parse_jsonl, run_cli, run_here, validate


def test_sample_page_gives_valid_article_records():
    res = run_cli([str(SEED)])
    assert res.returncode == 0, res.stderr
    records = validate(parse_jsonl(res.stdout))
    assert records
    r = records[0]
    assert r["doc"] == str(SEED)
    assert r["meta"]["baokan"] and r["meta"]["annotators"]
    assert "易炼红" in r["text"]
    assert res.stderr == b""


def test_paragraph_layout_without_segment():
    """Without segmentation a page is one article whose blocks are its paragraphs."""
    res = run_here(["--annotators", "paragraphs", str(SEED)])
    (record,) = validate(parse_jsonl(res.stdout))
    lines = [line.strip() for line in SEED.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert [b["text"] for b in record["blocks"]] == lines
    assert all(b["kind"] == "body" for b in record["blocks"])


@pytest.mark.parametrize("unit", ["article", "document", "entity"])
def test_units_validate(unit):
    res = run_here(["--unit", unit, str(SEED)])
    assert res.returncode == 0, res.stderr
    records = validate(parse_jsonl(res.stdout), unit)
    if unit == "document":
        assert len(records) == 1 and records[0]["articles"]
    if unit == "entity":
        for r in records:
            assert r["doc"] == str(SEED) and "article" in r and r["label"]


def test_stdin_dash_and_pipe(sample_text):
    data = sample_text.encode()
    for args in (["-"], []):
        res = run_cli(args, input=data)
        assert res.returncode == 0, res.stderr
        records = validate(parse_jsonl(res.stdout))
        assert records[0]["doc"] == "-"


def test_directory_is_read_recursively(tmp_path, sample_text):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "p2.txt").write_text(sample_text, encoding="utf-8")
    (tmp_path / "p1.txt").write_text(sample_text, encoding="utf-8")
    (tmp_path / "notes.md").write_text("not a page", encoding="utf-8")
    res = run_here(["--unit", "document", str(tmp_path)])
    docs = [r["doc"] for r in validate(parse_jsonl(res.stdout), "document")]
    assert docs == [str(tmp_path / "a" / "b" / "p2.txt"), str(tmp_path / "p1.txt")]


def test_jsonl_corpus_with_field_options(tmp_path, sample_text):
    corpus = tmp_path / "corpus.jsonl"
    lines = [{"key": "p1", "body": sample_text, "date": "2024-09-11"}, {"key": "p2", "body": "短讯。"}]
    corpus.write_bytes(b"".join(orjson.dumps(line) + b"\n" for line in lines))
    res = run_here(
        ["--input-format", "jsonl", "--id-field", "key", "--text-field", "body", "-u", "document", str(corpus)]
    )
    assert res.returncode == 0, res.stderr
    records = validate(parse_jsonl(res.stdout), "document")
    assert [r["doc"] for r in records] == ["p1", "p2"]
    assert records[0]["date"] == "2024-09-11"


def test_bad_inputs_are_reported_and_the_others_go_on(tmp_path):
    binary = tmp_path / "image.txt"
    binary.write_bytes(bytes(range(256)) * 20)
    res = run_cli([str(tmp_path / "missing.txt"), str(SEED), str(binary)])
    assert res.returncode == 1
    records = validate(parse_jsonl(res.stdout))
    assert {r["doc"] for r in records} == {str(SEED)}
    err = res.stderr.decode().strip().splitlines()
    assert len(err) == 2
    assert "missing.txt" in err[0] and "no such file" in err[0]
    assert "image.txt" in err[1]
    assert "Traceback" not in res.stderr.decode()


def test_gbk_and_crlf_pages_give_the_same_text(tmp_path, sample_text):
    gbk = tmp_path / "gbk.txt"
    gbk.write_bytes(sample_text.replace("\n", "\r\n").encode("gb18030"))
    a = parse_jsonl(run_cli([str(SEED)]).stdout)
    b = parse_jsonl(run_cli([str(gbk)]).stdout)
    assert [r["text"] for r in a] == [r["text"] for r in b]
    assert [r["entities"] for r in a] == [r["entities"] for r in b]


def test_usage_errors_exit_2():
    res = run_here(["--annotators", "no_such_annotator", str(SEED)])
    assert res.returncode == 2
    assert b"no_such_annotator" in res.stderr and b"Traceback" not in res.stderr
    res = run_here(["--unit", "page", str(SEED)])
    assert res.returncode == 2


def test_output_file(tmp_path):
    out = tmp_path / "out.jsonl"
    res = run_here(["-o", str(out), str(SEED)])
    assert res.returncode == 0 and res.stdout == b""
    validate(parse_jsonl(out.read_bytes()))


def test_list_annotators_and_baokan_annotators():
    res = run_here(["--list-annotators"])
    names = {a["name"] for a in orjson.loads(res.stdout)}
    assert "paragraphs" in names
    res2 = run_here(["annotators", "--json"], prog="baokan")
    assert {a["name"] for a in orjson.loads(res2.stdout)} == names
    for a in orjson.loads(res2.stdout):
        assert a["version"] and a["distribution"] == "baokan"


def test_baokan_annotate_is_annotate():
    a = run_here([str(SEED)])
    b = run_here(["annotate", str(SEED)], prog="baokan")
    strip = lambda out: [{k: v for k, v in r.items()} for r in parse_jsonl(out)]
    assert strip(a.stdout) == strip(b.stdout)


def test_schema_command_prints_the_generated_schema():
    from baokan.schemas.records import json_schema

    for unit in ("article", "document", "entity"):
        res = run_here(["schema", "--unit", unit], prog="baokan")
        assert orjson.loads(res.stdout) == json_schema(unit)


def test_closed_pipe_ends_quietly(tmp_path, sample_text):
    for i in range(30):
        (tmp_path / f"p{i:02}.txt").write_text(sample_text, encoding="utf-8")
    cmd = f"'{BIN / 'annotate'}' '{tmp_path}' | head -c 10"
    res = subprocess.run(["bash", "-o", "pipefail", "-c", cmd], capture_output=True, timeout=120)
    assert res.stderr == b""
    assert len(res.stdout) == 10


def test_show_renders_annotate_output_in_80_columns():
    out = run_here([str(SEED)]).stdout
    res = run_here(["show", "-", "--width", "80", "--color", "never"], prog="baokan", input=out)
    assert res.returncode == 0, res.stderr
    text = res.stdout.decode()
    from rich.cells import cell_len

    assert all(cell_len(line) <= 80 for line in text.splitlines())
    assert "易炼红" in text and "article 0" in text


def test_pretty_and_color_switches():
    plain = run_here(["--pretty", "--color", "never", str(SEED)]).stdout
    assert b"\x1b[" not in plain and "易炼红".encode() in plain
    coloured = run_here(["--pretty", "--color", "always", str(SEED)]).stdout
    assert b"\x1b[" in coloured
    no_color = run_here(["--pretty", str(SEED)], env={"NO_COLOR": "1", "FORCE_COLOR": "1"}).stdout
    # NO_COLOR wins: no colour codes (30-38, 90-97); bold and italic may remain
    assert not re.search(rb"\x1b\[(?:\d+;)*(?:3[0-8]|9[0-7])[;m]", no_color)
    forced = run_here(["--pretty", str(SEED)], env={"FORCE_COLOR": "1"}).stdout
    assert b"\x1b[" in forced


def test_set_passes_annotator_options_and_refuses_unknown_ones():
    res = run_cli(["--set", "places.use_crf=false", "--jobs", "2", str(SEED)])
    assert res.returncode == 0, res.stderr
    records = validate(parse_jsonl(res.stdout))
    assert any(e["label"] == "place" for r in records for e in r["entities"])
    assert all(e.get("source") != "places.crf" for r in records for e in r["entities"])
    for bad in (["--set", "places.no_such_option=1"], ["--set", "use_crf"]):
        res = run_cli([*bad, str(SEED)])
        assert res.returncode == 2 and b"--set" in res.stderr and b"Traceback" not in res.stderr
