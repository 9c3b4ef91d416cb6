"""Option parsing in process (typer's CliRunner): each option does what it says or is refused in one line."""

from __future__ import annotations

import os

import orjson
import pytest
from conftest import DATA, GOLD, SEED, invoke, parse_jsonl

from baokan.cli.selection import parse_settings

#: 利隆圭 (Malawi's capital) is in no table: only the places CRF finds it.
CRF_PAGE = "图为马拉维首都利隆圭政府办公大楼。".encode()


def places_by_source(args, page=CRF_PAGE):
    res = invoke(["-a", "paragraphs,places", *args, "-"], input=page)
    assert res.exit_code == 0, res.stderr
    return {e["text"]: e["source"] for r in parse_jsonl(res.stdout_bytes) for e in r["entities"]}


# ---------------------------------------------------------------- --set


@pytest.mark.parametrize("value", ["false", "False", "FALSE", "no", "Off", "0", '"false"'])
def test_set_false_in_any_spelling_turns_the_crf_off(value):
    on = ["--set", "places.use_crf=true"]
    assert places_by_source(on).get("利隆圭") == "places.crf"
    assert "利隆圭" not in places_by_source([*on, "--set", f"places.use_crf={value}"])
    assert parse_settings([f"places.use_crf={value}"]) == {"places": {"use_crf": False}}


@pytest.mark.parametrize("value", ["true", "True", "Yes", "ON", "1"])
def test_set_true_in_any_spelling_turns_the_crf_on(value):
    assert "利隆圭" not in places_by_source([])  # off by default
    assert places_by_source(["--set", f"places.use_crf={value}"]).get("利隆圭") == "places.crf"
    assert parse_settings([f"places.use_crf={value}"]) == {"places": {"use_crf": True}}


def test_set_numbers_are_typed_before_the_run():
    on = ["--set", "places.use_crf=on"]
    assert "利隆圭" not in places_by_source([*on, "--set", "places.crf_gate=100"])
    assert places_by_source([*on, "--set", "places.crf_gate=none", "--set", "places.crf_max_chars=1_000"])["利隆圭"]
    assert parse_settings(["places.crf_gate=2", "places.crf_max_chars=10"]) == {
        "places": {"crf_gate": 2.0, "crf_max_chars": 10}
    }


@pytest.mark.parametrize(
    "setting, named",
    [
        ("places.use_crf=maybe", ["use_crf", "maybe", "true", "off"]),
        ("placez.use_crf=false", ["placez", "places (use_crf"]),
        ("places.no_such=1", ["no_such", "use_crf, crf_max_chars, crf_gate"]),
        ("places.crf_gate=abc", ["crf_gate", "abc", "number"]),
        ("places.crf_max_chars=1.5", ["crf_max_chars", "integer"]),
        ("segment.x=1", ["segment", "no options"]),
        ("hanlp.batch_size=8", ["hanlp", "does not run", "--ner hanlp"]),
        ("use_crf", ["ANNOTATOR.OPTION=VALUE"]),
    ],
)
def test_set_refuses_what_it_cannot_apply_in_one_line(setting, named):
    res = invoke(["--set", setting, SEED])
    assert res.exit_code == 2 and res.stdout == ""
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("annotate: usage error: --set"), res.stderr
    for word in named:
        assert word in lines[0]


def test_set_for_an_annotator_that_does_not_run_is_refused():
    res = invoke(["-a", "segment", "--set", "places.use_crf=false", SEED])
    assert res.exit_code == 2 and "places does not run" in res.stderr and "--annotators" in res.stderr


def test_annotators_lists_options_as_a_table_and_as_json():
    table = invoke(["annotators", "--color", "never"], prog="baokan")
    assert table.exit_code == 0
    for name in ("places.use_crf", "places.crf_gate", "hanlp.batch_size"):
        assert name in table.stdout
    for args in (["--json"], ["-F", "json"]):
        listed = orjson.loads(invoke(["annotators", *args], prog="baokan").stdout_bytes)
        places = next(a for a in listed if a["name"] == "places")
        assert {"name": "use_crf", "type": "bool", "default": False} == {
            k: v for k, v in places["options"][0].items() if k != "help"
        }
        assert all(o["help"] for a in listed for o in a["options"])


# ---------------------------------------------------------------- --annotators


def test_annotators_without_a_segmenter_say_the_page_is_one_article():
    res = invoke(["-a", "places", SEED])
    assert res.exit_code == 0 and len(parse_jsonl(res.stdout_bytes)) == 1
    (note,) = res.stderr.strip().splitlines()
    assert "paragraphs" in note and "segment" in note
    for chosen in ("segment,places", "paragraphs,places"):
        res = invoke(["-a", chosen, SEED])
        assert res.exit_code == 0 and res.stderr == ""
    res = invoke(["stats", "-F", "json", "-a", "places", SEED], prog="baokan")
    assert res.exit_code == 0 and "paragraphs" in res.stderr


# ---------------------------------------------------------------- stdin


def test_a_jsonl_corpus_on_stdin_is_read_as_a_corpus():
    corpus = DATA / "stats_corpus.jsonl"
    ids = [orjson.loads(line)["id"] for line in corpus.read_bytes().splitlines() if line.strip()]
    from_file = invoke(["-u", "document", corpus])
    piped = invoke(["-u", "document", "-"], input=b"\n" + corpus.read_bytes())
    assert piped.exit_code == 0, piped.stderr
    assert [r["doc"] for r in parse_jsonl(piped.stdout_bytes)] == ids
    assert parse_jsonl(piped.stdout_bytes) == parse_jsonl(from_file.stdout_bytes)


def test_annotate_output_on_stdin_is_refused_with_a_hint():
    records = invoke([SEED]).stdout_bytes
    res = invoke([], input=records)
    assert res.exit_code == 1 and res.stdout == ""
    assert "annotate's output" in res.stderr and "baokan show" in res.stderr


def test_a_page_on_stdin_that_starts_with_a_brace_is_still_a_page(sample_text):
    res = invoke(["-u", "document"], input=("{编者按}\n" + sample_text).encode())
    assert res.exit_code == 0 and len(parse_jsonl(res.stdout_bytes)) == 1


# ---------------------------------------------------------------- -o


def test_output_that_is_an_input_is_refused(tmp_path, sample_text):
    page = tmp_path / "p.txt"
    page.write_text(sample_text, encoding="utf-8")
    for out in (page, tmp_path / "." / "p.txt"):
        res = invoke([page, "-o", out])
        assert res.exit_code == 2 and "also an input" in res.stderr
        assert page.read_text(encoding="utf-8") == sample_text
    res = invoke([tmp_path, "-o", tmp_path / "out.txt"])  # it would be read as a page next time
    assert res.exit_code == 2 and "input folder" in res.stderr


def test_output_is_replaced_whole_or_not_at_all(tmp_path, monkeypatch):
    import baokan.cli.runner as runner

    out = tmp_path / "out.jsonl"
    out.write_bytes(b"old\n")
    real, calls = runner.annotate_one, []

    def fail_on_the_second(*args, **kwargs):
        calls.append(1)
        if len(calls) == 2:
            raise RuntimeError("disk on fire")
        return real(*args, **kwargs)

    monkeypatch.setattr(runner, "annotate_one", fail_on_the_second)
    res = invoke([SEED, SEED, "-o", out])
    assert res.exit_code == 1 and "disk on fire" in res.stderr
    assert out.read_bytes() == b"old\n" and sorted(p.name for p in tmp_path.iterdir()) == ["out.jsonl"]
    monkeypatch.setattr(runner, "annotate_one", real)
    assert invoke([SEED, "-o", out]).exit_code == 0
    assert parse_jsonl(out.read_bytes()) == parse_jsonl(invoke([SEED]).stdout_bytes)
    fresh = tmp_path / "fresh.jsonl"
    assert invoke([SEED, "-o", fresh]).exit_code == 0
    umask = os.umask(0)
    os.umask(umask)
    assert fresh.stat().st_mode & 0o777 == 0o666 & ~umask  # as open() would make it, not a private temp file


# ---------------------------------------------------------------- --dask

NO_CLUSTER = "tcp://127.0.0.1:1"  # nothing listens there: a test that reaches it fails


@pytest.mark.parametrize(
    "extra, named",
    [
        (["-o", "x.jsonl"], "-o/--output"),
        (["--pretty"], "--pretty"),
        (["-j", "2"], "-j/--jobs"),
        (["--fail-fast"], "--fail-fast"),
    ],
)
def test_dask_refuses_options_it_would_ignore(tmp_path, extra, named):
    res = invoke(["--dask", NO_CLUSTER, "--output-dir", tmp_path / "shards", *extra, SEED])
    assert res.exit_code == 2 and named in res.stderr and "--dask" in res.stderr


def test_dask_refuses_a_folder_with_old_shards_unless_overwrite(tmp_path):
    shards = tmp_path / "shards"
    shards.mkdir()
    (shards / "part-00007.jsonl").write_bytes(b'{"doc": "an older, larger run"}\n')
    res = invoke(["--dask", NO_CLUSTER, "--output-dir", shards, SEED])
    assert res.exit_code == 2 and "not empty" in res.stderr and "--overwrite" in res.stderr
    res = invoke(["--overwrite", SEED])
    assert res.exit_code == 2 and "--overwrite goes with --dask" in res.stderr


def test_dask_overwrite_removes_old_shards_first(tmp_path):
    distributed = pytest.importorskip("distributed")
    shards = tmp_path / "shards"
    shards.mkdir()
    for n in (0, 7):
        (shards / f"part-{n:05d}.jsonl").write_bytes(b'{"doc": "an older, larger run"}\n')
    cluster = distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address=":0")
    with cluster:
        res = invoke(["--dask", cluster.scheduler_address, "--output-dir", shards, "--overwrite", "-q", SEED])
    assert res.exit_code == 0, res.stderr
    assert [p.name for p in shards.iterdir()] == ["part-00000.jsonl"]
    assert parse_jsonl((shards / "part-00000.jsonl").read_bytes()) == parse_jsonl(invoke([SEED]).stdout_bytes)


# ---------------------------------------------------------------- eval


def test_eval_refuses_predictions_of_another_page(tmp_path):
    pred = tmp_path / "other.jsonl"
    pred.write_bytes(invoke([DATA / "pages" / "fzrb_2025-01-14_03.txt"]).stdout_bytes)
    res = invoke(["eval", "--gold", GOLD, "--pred", pred, "--format", "json"], prog="baokan")
    assert res.exit_code == 1 and res.stdout == ""
    assert "000_734f440ba246c07d.txt" in res.stderr and "fzrb_2025-01-14_03.txt" in res.stderr


def test_eval_leaves_a_label_with_nothing_to_find_out_of_the_worst(tmp_path):
    text = "县长张三到村里调研。"
    record = {
        "doc": "p.txt",
        "article": 0,
        "headline": None,
        "text": text,
        "blocks": [],
        "entities": [{"label": "official", "start": 2, "end": 4, "text": "张三", "name": "张三", "title": "县长"}],
    }
    gold, pred = tmp_path / "p.gold.json", tmp_path / "pred.jsonl"
    pred.write_bytes(orjson.dumps(record) + b"\n")
    entities = {"official": {"must": {"张三": "县长"}}, "slogan": {"must": []}}
    gold.write_bytes(orjson.dumps({"source": "p.txt", "articles": [], "entities": entities}))
    res = invoke(["eval", "--gold", gold, "--pred", pred, "--format", "json"], prog="baokan")
    assert res.exit_code == 0, res.stderr
    total = orjson.loads(res.stdout_bytes)["total"]
    assert total["labels"]["official"]["f1"] == 1.0 and total["worst_f1"] == 1.0
    table = invoke(["eval", "--gold", gold, "--pred", pred, "--color", "never"], prog="baokan").stdout
    assert "worst F1=1.00" in table
    entities["official"]["must"]["李四"] = "乡长"  # now official misses one: it is the worst
    gold.write_bytes(orjson.dumps({"source": "p.txt", "articles": [], "entities": entities}))
    res = invoke(["eval", "--gold", gold, "--pred", pred, "--format", "json"], prog="baokan")
    assert orjson.loads(res.stdout_bytes)["total"]["worst_f1"] == pytest.approx(2 / 3)


# ---------------------------------------------------------------- labels


@pytest.mark.parametrize(
    "args",
    [
        ["stats", "--format", "json", "-l", "slogn", SEED],
        ["stats", "--format", "json", "-l", "place,offical", SEED],
        ["export", "--to", "prodigy", "--labels", "offical", SEED],
        ["eval", "--gold", GOLD, "--run", "--labels", "plac"],
    ],
)
def test_a_label_typo_is_a_usage_error_naming_the_labels(args):
    res = invoke(args, prog="baokan")
    assert res.exit_code == 2 and res.stdout == ""
    (line,) = res.stderr.strip().splitlines()
    assert "usage error" in line and "official, org, person, place, police_unit, slogan" in line
    assert "did you mean" in line


def test_eval_labels_may_name_the_gold_own_labels(tmp_path):
    gold, pred = tmp_path / "gold.jsonl", tmp_path / "pred.jsonl"
    gold.write_bytes(orjson.dumps({"text": "张三在杭州。", "spans": [{"start": 3, "end": 5, "label": "LOC"}]}) + b"\n")
    pred.write_bytes(
        orjson.dumps(
            {
                "doc": "p",
                "article": 0,
                "text": "张三在杭州。",
                "entities": [{"label": "place", "start": 3, "end": 5, "text": "杭州"}],
            }
        )
        + b"\n"
    )
    res = invoke(["eval", "--gold", gold, "--pred", pred, "--labels", "LOC", "--format", "json"], prog="baokan")
    assert res.exit_code in (0, 1) and "usage error" not in res.stderr
    res = invoke(
        ["eval", "--gold", gold, "--pred", pred, "--map", "LOC=place", "--labels", "place", "--format", "json"],
        prog="baokan",
    )
    assert res.exit_code == 0 and orjson.loads(res.stdout_bytes)["total"]["labels"]["place"]["f1"] == 1.0


# ---------------------------------------------------------------- one cause, one message


def test_a_wrong_text_field_is_said_once_with_the_count():
    corpus = DATA / "stats_corpus.jsonl"
    n = sum(1 for line in corpus.read_bytes().splitlines() if line.strip())
    res = invoke(["--text-field", "body", corpus])
    assert res.exit_code == 1 and res.stdout == ""
    assert res.stderr.splitlines() == [
        f"annotate: error: {corpus}:1: no string field 'body' (set --text-field)",
        f"annotate: error: … (and {n - 1} more records like it)",
    ]


def test_show_and_export_fed_the_wrong_thing_say_it_once():
    entities = invoke(["-u", "entity", SEED]).stdout_bytes
    res = invoke(["export", "--to", "prodigy", "-"], prog="baokan", input=entities)
    assert res.exit_code == 1 and len(res.stderr.splitlines()) == 2
    assert "entity record" in res.stderr and f"and {len(parse_jsonl(entities)) - 1} more records" in res.stderr
    for fed in (SEED, DATA / "stats_corpus.jsonl"):  # a page, a corpus of pages
        res = invoke(["show", "--color", "never", fed], prog="baokan")
        assert res.exit_code == 1 and len(res.stderr.splitlines()) <= 3, res.stderr
        assert "more lines like it" in res.stderr


def test_different_causes_each_get_their_line(capsys, monkeypatch):
    from baokan.cli import common
    from baokan.cli.app import ErrorLines

    monkeypatch.setattr(common, "PROG", "baokan")
    with ErrorLines() as errors:
        for where, why in [("a:1", "bad"), ("a:2", "bad"), ("a:3", "worse"), ("a:4", "bad"), ("a:5", "bad")]:
            errors.add(where, why)
    assert errors.count == 5
    assert capsys.readouterr().err.splitlines() == [
        "baokan: error: a:1: bad",
        "baokan: error: … (and 1 more records like it)",
        "baokan: error: a:3: worse",
        "baokan: error: a:4: bad",
        "baokan: error: … (and 1 more records like it)",
    ]


def test_an_unknown_encoding_is_a_usage_error_before_reading(tmp_path):
    res = invoke(["--encoding", "nonsense", SEED, tmp_path / "missing.txt"])
    assert res.exit_code == 2 and res.stderr.splitlines() == [
        "annotate: usage error: --encoding 'nonsense' is not an encoding Python knows (e.g. utf-8, gb18030, big5)"
    ]


def test_baokan_debug_shows_an_annotator_failure_traceback(monkeypatch):
    from baokan.annotators.slogans import Slogans

    def broken(self, doc):
        raise ValueError("slogans on fire")

    monkeypatch.setattr(Slogans, "__call__", broken)
    res = invoke([SEED])
    assert res.exit_code == 1 and "[E010]" in res.stderr and "Traceback" not in res.stderr
    assert len(res.stderr.splitlines()) == 1
    monkeypatch.setenv("BAOKAN_DEBUG", "1")
    res = invoke([SEED])
    assert res.exit_code == 1 and "Traceback" in res.stderr and "slogans on fire" in res.stderr
    assert "in broken" in res.stderr


# ---------------------------------------------------------------- --ner crf, --jobs auto


def test_ner_crf_turns_the_places_crf_on_and_it_is_off_without_it():
    assert places_by_source([]) == {"马拉维": "places.geo_names"}
    assert places_by_source(["--ner", "crf"]) == {"马拉维": "places.geo_names", "利隆圭": "places.crf"}
    res = invoke(["--ner", "crf", "--hanlp-model", "x", "-"], input=CRF_PAGE)
    assert res.exit_code == 2 and "--ner hanlp" in res.stderr


def test_jobs_auto_is_one_worker_a_core_and_gives_the_output_of_one_worker():
    from baokan.cli.selection import parse_jobs

    assert parse_jobs("auto") == parse_jobs("AUTO") >= 1 and parse_jobs("3") == 3
    one = invoke([str(SEED)])
    auto = invoke(["--jobs", "auto", str(SEED), str(DATA / "pages")])
    assert one.exit_code == auto.exit_code == 0, auto.stderr
    assert auto.stdout_bytes.startswith(one.stdout_bytes)


@pytest.mark.parametrize("value", ["0", "-1", "many", ""])
def test_jobs_that_is_neither_a_count_nor_auto_is_a_usage_error(value):
    res = invoke(["--jobs", value, str(SEED)])
    assert res.exit_code == 2 and "--jobs" in res.stderr and res.stdout_bytes == b""


def test_a_worker_resumes_the_collector_as_the_parent_does(sample_text):
    """A forked worker starts with the collector paused (the parent's start-up paused it); after its
    first chunk it freezes what loading made and collects the young generation every 50,000 new
    containers, as a one-process run does. At the default 700, collecting over the models a worker
    loaded cost --jobs 2 about a tenth more CPU than one process."""
    import gc

    import baokan.cli.runner as runner

    enabled, threshold = gc.isenabled(), gc.get_threshold()
    gc.disable()
    try:
        runner._init_worker(None, "article")
        assert not gc.isenabled()
        (done,) = runner._work([("p", sample_text, None, {})])
        assert done.error is None and done.count > 0
        assert gc.isenabled() and gc.get_threshold() == (50_000, 10, 10)
    finally:
        gc.unfreeze()
        gc.set_threshold(*threshold)
        (gc.enable if enabled else gc.disable)()
