"""Bad and messy inputs, corpora at scale: one clear line per bad input, nothing else lost."""

from __future__ import annotations

import os
import signal
import subprocess
import time

import orjson
import pytest
from conftest import BIN, SEED, parse_jsonl, run_cli, validate
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from baokan.annotators.core.document import Document
from baokan.annotators.core.pipeline import Pipeline
from baokan.cli.readers import InputError, read_inputs

PAGE = SEED.read_text(encoding="utf-8")
TRAD = "臺北市政府警察局破獲一起電信詐騙案件,民眾損失新臺幣百萬元。\n警方呼籲民眾提高警覺。\n"


def entities_of(out: bytes):
    return [[(e["label"], e["text"]) for e in r["entities"]] for r in parse_jsonl(out)]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "gbk", "utf-16"])
def test_encodings_give_the_same_records(tmp_path, encoding):
    path = tmp_path / f"page-{encoding}.txt"
    path.write_bytes(PAGE.encode(encoding))
    res = run_cli([str(path)])
    assert res.returncode == 0, res.stderr
    base = parse_jsonl(run_cli([str(SEED)]).stdout)
    got = validate(parse_jsonl(res.stdout))
    assert [r["text"] for r in got] == [r["text"] for r in base]


def test_big5_page_is_detected(tmp_path):
    path = tmp_path / "big5.txt"
    path.write_bytes(TRAD.encode("big5"))
    res = run_cli(["--annotators", "paragraphs", str(path)])
    assert res.returncode == 0, res.stderr
    assert parse_jsonl(res.stdout)[0]["text"].startswith("臺北市政府警察局")


def test_crlf_gives_the_same_entities_as_lf(tmp_path):
    crlf = tmp_path / "crlf.txt"
    crlf.write_bytes(PAGE.replace("\n", "\r\n").encode("utf-8"))
    assert entities_of(run_cli([str(crlf)]).stdout) == entities_of(run_cli([str(SEED)]).stdout)


def test_each_bad_input_gets_one_line_and_the_rest_go_on(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    nul = tmp_path / "nul.txt"
    nul.write_bytes("浙江杭州".encode() + b"\x00\x00\x01\x02" * 50)
    binary = tmp_path / "photo.txt"
    binary.write_bytes(bytes(range(256)) * 64)
    folder = tmp_path / "folder.txt"
    folder.mkdir()  # a directory named like a page, holding no pages
    good = tmp_path / "good.txt"
    good.write_text(PAGE, encoding="utf-8")
    res = run_cli([str(empty), str(nul), str(binary), str(tmp_path / "gone.txt"), str(folder), str(good)])
    assert res.returncode == 1
    lines = res.stderr.decode().strip().splitlines()
    assert len(lines) == 5, lines
    for bad, line in zip(["empty.txt", "nul.txt", "photo.txt", "gone.txt", "folder.txt"], lines):
        assert bad in line and "Traceback" not in line
    assert "empty" in lines[0] and "binary" in lines[1]
    assert [r["doc"] for r in validate(parse_jsonl(res.stdout))] == [str(good)] * len(parse_jsonl(res.stdout))


def test_two_megabyte_single_line(tmp_path):
    line = ("全省公安机关深入推进平安建设,杭州市公安局持续开展夏季治安打击整治行动," * 30000)[: 2 * 1024 * 1024 // 3]
    path = tmp_path / "long.txt"
    path.write_text(line, encoding="utf-8")
    start = time.time()
    res = run_cli(["--unit", "document", str(path)])
    assert res.returncode == 0, res.stderr
    (record,) = validate(parse_jsonl(res.stdout), "document")
    assert sum(len(a["text"]) for a in record["articles"]) >= len(line) * 0.99
    assert time.time() - start < 120


def test_broken_jsonl_lines_are_reported_with_line_numbers(tmp_path):
    corpus = tmp_path / "c.jsonl"
    corpus.write_bytes(
        orjson.dumps({"id": "a", "text": PAGE})
        + b"\n"
        + b'{"id": "b", "text": \n'
        + orjson.dumps({"id": "c", "body": "no text"})
        + b"\n"
        + b"[1, 2]\n\n"
        + orjson.dumps({"id": "d", "text": "杭州市公安局通报。"})
        + b"\n"
    )
    res = run_cli([str(corpus)])
    assert res.returncode == 1
    err = res.stderr.decode().strip().splitlines()
    assert len(err) == 3
    assert f"{corpus}:2" in err[0] and "JSON" in err[0]
    assert f"{corpus}:3" in err[1] and "'text'" in err[1]
    assert f"{corpus}:4" in err[2]
    docs = [r["doc"] for r in validate(parse_jsonl(res.stdout))]
    assert docs[0] == "a" and docs[-1] == "d"


def test_fail_fast_stops_at_the_first_failure(tmp_path):
    res = run_cli(["--fail-fast", str(tmp_path / "missing.txt"), str(SEED)])
    assert res.returncode == 1 and res.stdout == b""
    assert len(res.stderr.decode().strip().splitlines()) == 1


def test_jobs_keep_input_order_and_records(tmp_path):
    pages = []
    for i in range(20):
        p = tmp_path / f"p{i:02}.txt"
        p.write_text(PAGE.replace("易炼红", "易炼红" if i % 2 else "王浩") + f"\n第{i}条。", encoding="utf-8")
        pages.append(str(p))
    bad = str(tmp_path / "missing.txt")
    serial = run_cli([*pages[:10], bad, *pages[10:]])
    parallel = run_cli(["--jobs", "2", *pages[:10], bad, *pages[10:]])
    assert parallel.returncode == serial.returncode == 1
    strip = lambda out: [{k: v for k, v in r.items()} for r in parse_jsonl(out)]
    assert strip(parallel.stdout) == strip(serial.stdout)
    assert parallel.stderr == serial.stderr


def test_sigint_ends_quietly_with_complete_lines(tmp_path):
    corpus = tmp_path / "big.jsonl"
    with open(corpus, "wb") as f:
        for i in range(3000):
            f.write(orjson.dumps({"id": str(i), "text": PAGE}) + b"\n")
    env = {**os.environ, "BAOKAN_CACHE": os.environ.get("BAOKAN_CACHE", "")}
    proc = subprocess.Popen(
        [str(BIN / "annotate"), str(corpus)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, bufsize=0
    )  # unbuffered: readline must not swallow later lines
    first = proc.stdout.readline()  # wait until annotation is under way
    proc.send_signal(signal.SIGINT)
    rest, err = proc.communicate(timeout=60)
    assert proc.returncode == 130
    assert b"Traceback" not in err and err == b""
    out = first + rest
    assert out.endswith(b"\n")
    assert 0 < len(validate(parse_jsonl(out))) < 3000 * 3


def test_dask_local_cluster_writes_shards(tmp_path):
    distributed = pytest.importorskip("distributed")
    pages = []
    for i in range(5):
        p = tmp_path / "in" / f"p{i}.txt"
        p.parent.mkdir(exist_ok=True)
        p.write_text(PAGE, encoding="utf-8")
        pages.append(str(p))
    with distributed.LocalCluster(
        n_workers=1, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None
    ) as cluster:
        res = run_cli(
            [
                "--dask",
                cluster.scheduler_address,
                "--output-dir",
                str(tmp_path / "out"),
                "--partition-size",
                "2",
                "-q",
                *pages,
                str(tmp_path / "missing.txt"),
            ]
        )
    assert res.returncode == 1
    assert "missing.txt" in res.stderr.decode()
    shards = sorted((tmp_path / "out").glob("part-*.jsonl"))
    assert [s.name for s in shards] == ["part-00000.jsonl", "part-00001.jsonl", "part-00002.jsonl"]
    records = validate(parse_jsonl(b"".join(s.read_bytes() for s in shards)))
    assert [r["doc"] for r in records if r["article"] == 0] == pages
    assert parse_jsonl(run_cli(pages).stdout) == records


def test_dask_needs_output_dir():
    res = run_cli(["--dask", "tcp://127.0.0.1:1", str(SEED)])
    assert res.returncode == 2 and b"--output-dir" in res.stderr


# ---------------------------------------------------------------- fuzz

PIPE = Pipeline()


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture]
)
@given(st.binary(max_size=2000) | st.text(max_size=600).map(lambda t: t.encode("utf-8")))
def test_readers_and_pipeline_never_raise(tmp_path_factory, data):
    path = tmp_path_factory.mktemp("fuzz") / "page.txt"
    path.write_bytes(data)
    (item,) = list(read_inputs([str(path)]))
    if isinstance(item, InputError):
        assert str(path) in str(item) and "\n" not in str(item)
        return
    doc = PIPE(item)
    for art in doc.articles:
        for span in list(art.blocks) + list(art.entities):
            assert art.text[span.start : span.end] == span.text


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.one_of(st.binary(max_size=80), st.text(max_size=80).map(lambda t: orjson.dumps({"id": "x", "text": t}))),
        max_size=8,
    )
)
def test_jsonl_reader_reports_or_reads_every_line(lines):
    import io

    data = b"\n".join(line.replace(b"\n", b" ") for line in lines)
    items = list(read_inputs(["-"], input_format="jsonl", stdin=io.BytesIO(data)))
    assert len(items) == sum(1 for line in data.split(b"\n") if line.strip())
    for item in items:
        if isinstance(item, Document):
            PIPE(item)
