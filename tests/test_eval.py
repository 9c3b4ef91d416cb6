"""``baokan eval``: string gold by score.py's rules, span gold by exact spans, thresholds, JSON."""

from __future__ import annotations

import json

import orjson
import pytest
from conftest import GOLD, SEED, parse_jsonl, run_here, validate

from baokan.annotators.evaluation import LabelCounts, load_gold, parse_span_gold, score_spans, score_strings
from baokan.cli.evaluate import evaluate


def counts_of(score) -> dict:
    return {k: (c.tp, c.fp, c.gold) for k, c in score.labels.items()}


def write_jsonl(path, records) -> None:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")


# ---------------------------------------------------------------- a string gold made by hand

STRING_GOLD = {
    "source": "page.txt",
    "articles": [
        {
            "kicker": None,
            "headline": "省委常委会召开会议",
            "subtitles": [],
            "byline_people": ["李洁"],
            "subheads": [],
            "captions": [],
            "body_starts": "9月10日,会议在杭州召开。",
            "body_ends": "会议强调“枫桥经验”。",
            "continued_to": None,
        },
        {
            "kicker": None,
            "headline": "不存在的文章",
            "subtitles": [],
            "byline_people": [],
            "subheads": [],
            "captions": [],
            "body_starts": "",
            "body_ends": "",
            "continued_to": None,
        },
    ],
    "joins": ["会议在杭州召开", "没有的接续"],
    "entities": {
        "official": {"must": {"易炼红": "省委书记", "王浩": "省长"}, "neutral": [], "negative": ["李洁"]},
        "place": {"must": ["杭州", "浙江"], "neutral": ["浙江省"], "negative": ["全省"]},
        "slogan": {"must": ["枫桥经验"], "neutral": [], "negative": []},
    },
}

BODY = "9月10日,会议在杭州召开。易炼红强调,王浩指出,全省要学习“枫桥经验”。\n会议强调“枫桥经验”。"


def ent(label: str, text: str, within: str, **attrs):
    start = within.index(text)
    return {"label": label, "start": start, "end": start + len(text), "text": text, **attrs}


def string_records():
    text = "省委常委会召开会议\n本报记者 李洁\n" + BODY
    head, byline = len("省委常委会召开会议"), len("本报记者 李洁")
    blocks = [
        {"kind": "headline", "start": 0, "end": head, "text": "省委常委会召开会议"},
        {"kind": "byline", "start": head + 1, "end": head + 1 + byline, "text": "本报记者 李洁"},
    ]
    pos = head + 1 + byline + 1
    for para in BODY.split("\n"):
        blocks.append({"kind": "body", "start": pos, "end": pos + len(para), "text": para})
        pos += len(para) + 1
    entities = [
        ent("official", "易炼红", text, name="易炼红", title="省委书记"),
        ent("official", "王浩", text, name="王浩", title="市长"),  # wrong title: no true positive
        ent("official", "李洁", text, name="李洁"),  # a reporter: negative, so false
        ent("place", "杭州", text),
        ent("place", "全省", text),  # negative, so false
        ent("slogan", "“枫桥经验”", text),  # quote marks are stripped before comparing
    ]
    return [
        {
            "doc": "pages/page.txt",
            "article": 0,
            "headline": "省委常委会召开会议",
            "kicker": None,
            "subtitles": [],
            "byline": {"text": "本报记者 李洁", "people": [{"name": "李洁", "role": "本报记者"}]},
            "continued_to": None,
            "text": text,
            "blocks": blocks,
            "entities": entities,
        }
    ]


def test_string_gold_by_hand():
    res = score_strings(STRING_GOLD, string_records())
    assert counts_of(res) == {"official": (1, 1, 2), "place": (1, 1, 2), "slogan": (1, 0, 1)}
    # the article count, headline + 8 checks for each gold article, and 2 joins;
    # all of the found article's pass, and one join
    assert res.checks_all == 1 + 9 + 9 + 2
    assert res.checks_ok == 9 + 1
    assert res.details["official"]["wrong_title"] == ["王浩"]
    assert res.details["official"]["negative"] == ["李洁"]
    assert res.details["place"]["negative"] == ["全省"]
    place = res.labels["place"]
    assert (place.precision, place.recall, place.f1) == (0.5, 0.5, 0.5)


def test_entity_only_string_gold_makes_no_article_checks():
    gold = {k: v for k, v in STRING_GOLD.items() if k not in ("articles", "joins")}
    res = score_strings(gold, string_records())
    assert res.checks_all == 0 and res.articles is None
    assert counts_of(res) == {"official": (1, 1, 2), "place": (1, 1, 2), "slogan": (1, 0, 1)}
    # an explicit empty list still says the page has no articles
    assert score_strings({**gold, "articles": []}, string_records()).checks_all == 1


def test_label_counts_conventions():
    # as score.py: nothing predicted gives precision 0, nothing to find gives recall 1
    assert LabelCounts(tp=0, fp=0, gold=3).precision == 0.0
    assert LabelCounts(tp=0, fp=2, gold=0).recall == 1.0
    assert LabelCounts(tp=0, fp=0, gold=0).f1 == 0.0


# ---------------------------------------------------------------- the sample page through the CLI


def test_sample_gold_run_equals_the_scorer_in_process(tmp_path):
    """``baokan eval --run`` and ``--pred`` give the numbers of score_strings on annotate's own output."""
    out = tmp_path / "out.jsonl"
    res = run_here([str(SEED), "-o", str(out)])
    assert res.returncode == 0, res.stderr
    records = validate(parse_jsonl(out.read_bytes()))
    expected = score_strings(json.loads(GOLD.read_text(encoding="utf-8")), records)
    assert expected.checks_ok == expected.checks_all == 34, expected.misses
    assert expected.worst_f1 >= 0.95, expected.misses

    for args in (["--run", "--source-dir", str(SEED.parent)], ["--pred", str(out)]):
        res = run_here(["eval", "--gold", str(GOLD), *args, "--format", "json"], prog="baokan")
        assert res.returncode == 0, res.stderr
        report = orjson.loads(res.stdout)
        labels = report["total"]["labels"]
        assert {k: (c["tp"], c["fp"], c["gold"]) for k, c in labels.items()} == counts_of(expected)
        assert (report["total"]["articles"]["ok"], report["total"]["articles"]["all"]) == (34, 34)
        assert report["total"]["worst_f1"] == pytest.approx(expected.worst_f1)


def test_run_finds_the_source_beside_the_gold(tmp_path, sample_text):
    (tmp_path / "page.txt").write_text(sample_text, encoding="utf-8")
    gold = {
        "source": "page.txt",
        "articles": [],
        "joins": [],
        "entities": {"place": {"must": ["浙江"], "neutral": [], "negative": []}},
    }
    (tmp_path / "page.gold.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    report = evaluate([tmp_path / "page.gold.json"], run=True, annotators=["paragraphs"])
    assert report.total.labels["place"].gold == 1
    (tmp_path / "page.txt").unlink()
    res = run_here(["eval", "--gold", str(tmp_path / "page.gold.json"), "--run"], prog="baokan", cwd=tmp_path)
    assert res.returncode == 1
    assert b"page.txt" in res.stderr and b"Traceback" not in res.stderr


# ---------------------------------------------------------------- span gold made by hand

T1 = "浙江省公安厅在杭州召开会议。\n嘉善魏塘派出所民警张三参加。"
T2 = "杭州市公安局西湖分\n局破获一起案件。"  # a layout line break inside a unit's name


def span(text: str, label: str, within: str):
    start = within.index(text)
    return {"start": start, "end": start + len(text), "label": label}


def prodigy_gold():
    return [
        {
            "text": T1,
            "answer": "accept",
            "spans": [
                span("浙江省", "place", T1),
                span("杭州", "place", T1),
                span("嘉善", "place", T1),
                span("浙江省公安厅", "police_unit", T1),
                span("嘉善魏塘派出所", "police_unit", T1),
            ],
        },
        {
            "text": T2,
            "id": "p2",
            "spans": [span("杭州市", "place", T2), span("杭州市公安局西湖分\n局", "police_unit", T2)],
        },
        {"text": "被拒绝的样例。", "answer": "reject", "spans": [{"start": 0, "end": 2, "label": "place"}]},
    ]


def span_records():
    a1 = {
        "doc": "p1",
        "article": 0,
        "text": T1,
        "entities": [
            ent("place", "浙江省", T1),
            ent("place", "杭州", T1),
            ent("place", "魏塘", T1),
            ent("police_unit", "嘉善魏塘派出所", T1),
            {"label": "police_unit", "start": 3, "end": 6, "text": "公安厅"},  # a wrong span: false and a miss
            ent("official", "张三", T1, name="张三"),  # a label the gold does not use: not scored
        ],
    }
    t2 = T2.replace("\n", "")  # annotate rejoins the broken paragraph
    a2 = {
        "doc": "p2",
        "article": 0,
        "text": t2,
        "blocks": [{"kind": "body", "start": 0, "end": len(t2), "text": t2}],
        "entities": [ent("place", "杭州市", t2), ent("police_unit", "杭州市公安局西湖分局", t2)],
    }
    return [a1, a2]


EXPECTED_SPANS = {"place": (3, 1, 4), "police_unit": (2, 1, 3)}


def test_span_gold_prodigy_by_hand():
    golds = parse_span_gold([json.dumps(x, ensure_ascii=False) for x in prodigy_gold()])
    assert len(golds) == 2  # the rejected line is left out
    res = score_spans(golds, span_records())
    assert counts_of(res) == EXPECTED_SPANS
    assert res.labels["place"].precision == 0.75 and res.labels["place"].recall == 0.75
    assert res.labels["police_unit"].f1 == pytest.approx(2 / 3)
    assert any("公安厅@3" in x for x in res.details["police_unit"]["false"])


def test_span_gold_doccano_and_label_map():
    lines = []
    for g in prodigy_gold()[:2]:
        upper = {"place": "LOC", "police_unit": "ORG"}
        line = {"text": g["text"], "label": [[s["start"], s["end"], upper[s["label"]]] for s in g["spans"]]}
        if "id" in g:
            line["id"] = g["id"]
        lines.append(json.dumps(line, ensure_ascii=False))
    golds = parse_span_gold(lines, label_map={"LOC": "place", "ORG": "police_unit"})
    assert counts_of(score_spans(golds, span_records())) == EXPECTED_SPANS


def test_span_gold_through_the_cli(tmp_path):
    gold, pred = tmp_path / "gold.jsonl", tmp_path / "pred.jsonl"
    write_jsonl(gold, prodigy_gold())
    write_jsonl(pred, span_records())
    assert isinstance(load_gold(gold), list)
    res = run_here(["eval", "--gold", str(gold), "--pred", str(pred), "--format", "json"], prog="baokan")
    assert res.returncode == 0, res.stderr
    report = orjson.loads(res.stdout)
    assert report["total"]["articles"] is None
    assert {k: (c["tp"], c["fp"], c["gold"]) for k, c in report["total"]["labels"].items()} == EXPECTED_SPANS
    assert report["files"][0]["kind"] == "spans"
    # the table names every label and the worst F1
    res = run_here(["eval", "--gold", str(gold), "--pred", str(pred), "--color", "never"], prog="baokan")
    assert res.returncode == 0, res.stderr
    out = res.stdout.decode()
    assert "police_unit" in out and "place" in out and "worst F1=0.67" in out
    assert res.stderr == b""


def test_span_gold_run_annotates_each_line(tmp_path):
    gold = tmp_path / "gold.jsonl"
    write_jsonl(gold, prodigy_gold())
    report = evaluate([gold], run=True, annotators=["paragraphs"])  # no entity annotator: nothing found
    assert counts_of(report.total) == {"place": (0, 0, 4), "police_unit": (0, 0, 3)}
    assert not any("no predicted record" in m for m in report.files[0].misses)


# ---------------------------------------------------------------- thresholds and usage


@pytest.fixture()
def span_files(tmp_path):
    gold, pred = tmp_path / "gold.jsonl", tmp_path / "pred.jsonl"
    write_jsonl(gold, prodigy_gold())
    write_jsonl(pred, span_records())
    return gold, pred


@pytest.mark.parametrize(
    "args, status",
    [
        ([], 0),
        (["--min-f1", "0.6"], 0),  # worst F1 is 2/3
        (["--min-f1", "0.7"], 1),
        (["--min-articles", "0.5"], 1),  # span gold makes no article checks
    ],
)
def test_threshold_exit_status(span_files, args, status):
    gold, pred = span_files
    res = run_here(["eval", "--gold", str(gold), "--pred", str(pred), "-q", *args], prog="baokan")
    assert res.returncode == status, res.stderr
    assert (b"FAILED" in res.stdout) == bool(status)


def test_min_articles_on_string_gold(tmp_path):
    gold, pred = tmp_path / "page.gold.json", tmp_path / "pred.jsonl"
    gold.write_text(json.dumps(STRING_GOLD, ensure_ascii=False), encoding="utf-8")
    write_jsonl(pred, string_records())
    base = ["eval", str(gold), "--pred", str(pred), "--format", "json"]  # the gold as a plain argument
    ok = run_here([*base, "--min-articles", "0.4"], prog="baokan")
    assert ok.returncode == 0, ok.stderr
    assert orjson.loads(ok.stdout)["total"]["articles"]["ratio"] == pytest.approx(10 / 21)
    bad = run_here([*base, "--min-articles", "0.5"], prog="baokan")
    assert bad.returncode == 1
    report = orjson.loads(bad.stdout)
    assert report["passed"] is False and "--min-articles" in report["failures"][0]


def test_usage_errors(span_files):
    gold, pred = span_files
    both = run_here(["eval", "--gold", str(gold), "--pred", str(pred), "--run"], prog="baokan")
    assert both.returncode == 2 and b"--run" in both.stderr
    neither = run_here(["eval", "--gold", str(gold)], prog="baokan")
    assert neither.returncode == 2
    missing = run_here(["eval", "--gold", str(gold) + ".nope", "--pred", str(pred)], prog="baokan")
    assert missing.returncode == 1 and b".nope" in missing.stderr and b"Traceback" not in missing.stderr


# ---------------------------------------------------------------- --run with annotator options (--set)


def test_run_scores_the_run_made_with_the_set_options(tmp_path):
    """``eval --run --set A.OPT=V`` annotates as ``annotate --set A.OPT=V`` does and scores that run:
    the character CRF (places.use_crf, off by default) finds a hamlet with no level word."""
    text = "本报讯 近日，记者来到大石沟、青松岭和马家坪一带走访，村民们坚持“一村一品、一户一策”。\n"
    (tmp_path / "page.txt").write_text(text, encoding="utf-8")
    gold = {
        "source": "page.txt",
        "articles": [],
        "joins": [],
        "entities": {"place": {"must": ["马家坪"], "neutral": ["大石沟", "青松岭"], "negative": []}},
    }
    gold_path = tmp_path / "page.gold.json"
    gold_path.write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    sets = ["--set", "places.use_crf=true", "--set", "slogans.quote_model=true"]
    for options, found in (([], 0), (sets, 1)):
        res = run_here(["eval", "--gold", str(gold_path), "--run", *options, "-F", "json"], prog="baokan")
        assert res.returncode == 0, res.stderr
        place = orjson.loads(res.stdout)["total"]["labels"]["place"]
        out = run_here([str(tmp_path / "page.txt"), *options])
        expected = score_strings(gold, parse_jsonl(out.stdout)).labels["place"]
        assert (place["tp"], place["fp"]) == (expected.tp, expected.fp) == (found, 0)


@pytest.mark.parametrize(
    "options, says",
    [
        (["--set", "places.use_crf"], b"ANNOTATOR.OPTION=VALUE"),
        (["--set", "places.nope=1"], b"no option 'nope'"),
        (["--set", "places.use_crf=maybe"], b"boolean"),
        (["--set", "slogans.quote_model=true", "-a", "segment,places"], b"slogans does not run"),
    ],
)
def test_run_checks_set_as_annotate_does(options, says):
    res = run_here(["eval", "--gold", str(GOLD), "--run", "--source-dir", str(SEED.parent), *options], prog="baokan")
    assert res.returncode == 2 and says in res.stderr and b"Traceback" not in res.stderr


def test_set_goes_with_run(span_files):
    gold, pred = span_files
    res = run_here(["eval", "--gold", str(gold), "--pred", str(pred), "--set", "places.use_crf=true"], prog="baokan")
    assert res.returncode == 2 and b"--set goes with --run" in res.stderr
