"""baokan stats: counts per label and value, overall and per document or date, as tables, JSON and CSV."""

from __future__ import annotations

import csv
import io

import orjson
from conftest import DATA, SEED, run_here

from baokan.cli.stats import annotated_mentions, count, group_of, stats, value_of
from baokan.cli.stats_view import bar

CORPUS = DATA / "stats_corpus.jsonl"


def ent(label, text, **attrs):
    return {"label": label, "start": 0, "end": len(text), "text": text, **attrs}


def article(doc, date, *entities, page_date=None):
    rec = {"doc": doc, "article": 0, "text": "…", "blocks": [], "entities": list(entities), "date": date}
    if page_date:
        rec["page"] = {"text": "人民公安报", "date": page_date}
    return rec


def annotated_file(tmp_path):
    """A small output of annotate: two months of slogans and officials, one page without a date."""
    records = [
        article(
            "a.txt",
            "2024-03-04",
            ent("slogan", "枫桥经验", canonical="枫桥经验", quoted=True),
            ent("slogan", "新时代枫桥经验", canonical="枫桥经验"),
            ent("official", "易炼红", name="易炼红", title="省委书记"),
        ),
        article(
            "b.txt",
            None,
            ent("slogan", "枫桥经验", canonical="枫桥经验"),
            ent("slogan", "八八战略", canonical="八八战略"),
            page_date="2024-03-20",
        ),
        article(
            "c.txt",
            "2024-04-02",
            ent("slogan", "枫桥经验", canonical="枫桥经验"),
            ent("official", "易炼红书记", name="易炼红"),
            ent("place", "杭州", full_name="杭州市"),
        ),
        article("d.txt", None, ent("slogan", "平安浙江", canonical="平安浙江")),
    ]
    path = tmp_path / "out.jsonl"
    path.write_bytes(b"".join(orjson.dumps(r) + b"\n" for r in records))
    return path


def test_values_follow_the_label():
    assert value_of(ent("slogan", "新时代枫桥经验", canonical="枫桥经验")) == "枫桥经验"
    assert value_of(ent("official", "易炼红书记", name="易炼红")) == "易炼红"
    assert value_of(ent("place", "杭州", full_name="杭州市")) == "杭州市"
    assert value_of(ent("police_unit", "西湖分局")) == "西湖分局"


def test_groups_by_date_month_year():
    assert group_of("month", "x", "2024-03-04") == "2024-03"
    assert group_of("year", "x", "2024-03-04") == "2024"
    assert group_of("date", "x", None) == "(no date)"
    assert group_of("document", "x", "2024-03-04") == "x"
    assert group_of(None, "x", "2024-03-04") is None


def test_slogan_per_month_from_annotated_jsonl(tmp_path):
    rows, failures = stats([str(annotated_file(tmp_path))], by="month", labels=["slogan"])
    assert not failures
    got = {(r["group"], r["value"]): r["count"] for r in rows}
    # variants count under their canonical form; page.date is used when the record has no date
    assert got[("2024-03", "枫桥经验")] == 3
    assert got[("2024-04", "枫桥经验")] == 1
    assert got[("2024-03", "八八战略")] == 1
    assert got[("(no date)", "平安浙江")] == 1
    assert [r["group"] for r in rows] == sorted([r["group"] for r in rows], key=lambda g: (g == "(no date)", g))


def test_overall_counts_officials_by_name(tmp_path):
    rows, _ = stats([str(annotated_file(tmp_path))])
    got = {(r["label"], r["value"]): r["count"] for r in rows}
    assert got[("official", "易炼红")] == 2
    assert got[("slogan", "枫桥经验")] == 4
    assert all(r["group"] is None for r in rows)


def test_top_keeps_the_same_values_in_every_group(tmp_path):
    rows, _ = stats([str(annotated_file(tmp_path))], by="month", labels=["slogan"], top=1)
    assert {r["value"] for r in rows} == {"枫桥经验"}
    assert {r["group"] for r in rows} == {"2024-03", "2024-04"}


def test_document_and_entity_units_are_read():
    doc_rec = {
        "doc": "p.txt",
        "date": "2024-05-01",
        "articles": [article("p.txt", None, ent("slogan", "两个维护", canonical="两个维护"))],
    }
    (found,) = list(annotated_mentions(doc_rec))
    assert found[0] == "p.txt" and found[1] == "2024-05-01" and found[2]["canonical"] == "两个维护"
    ent_rec = {"doc": "q.txt", "article": 0, "date": "2024-06-01", **ent("slogan", "四个自信", canonical="四个自信")}
    rows = count(annotated_mentions(ent_rec), by="year")
    assert rows == [{"group": "2024", "label": "slogan", "value": "四个自信", "count": 1}]


def test_corpus_of_pages_is_annotated_on_the_fly():
    """A JSONL corpus with a date field: 枫桥经验 per month, from raw pages."""
    rows, failures = stats([str(CORPUS)], by="month", labels=["slogan"], annotators=["slogans"])
    assert not failures
    got = {(r["group"], r["value"]): r["count"] for r in rows}
    assert got[("2024-01", "枫桥经验")] == 3
    assert got[("2024-02", "枫桥经验")] == 2
    assert got[("(no date)", "枫桥经验")] == 2
    assert got[("2024-01", "两队一室")] == 2


def test_cli_json_and_csv_parse_back(tmp_path):
    path = annotated_file(tmp_path)
    res = run_here(["stats", str(path), "--by", "month", "--label", "slogan", "--format", "json"], prog="baokan")
    assert res.returncode == 0, res.stderr
    rows = orjson.loads(res.stdout)
    assert {"group": "2024-04", "label": "slogan", "value": "枫桥经验", "count": 1} in rows
    res = run_here(["stats", str(path), "--label", "official,slogan", "--format", "csv"], prog="baokan")
    assert res.returncode == 0, res.stderr
    table = list(csv.DictReader(io.StringIO(res.stdout.decode("utf-8"))))
    assert {"group": "", "label": "official", "value": "易炼红", "count": "2"} in table
    assert {r["label"] for r in table} == {"official", "slogan"}
    assert res.stderr == b""


def test_cli_reads_annotated_output_from_stdin(tmp_path):
    data = annotated_file(tmp_path).read_bytes()
    res = run_here(["stats", "-", "-F", "json", "--top", "1", "-l", "slogan"], input=data, prog="baokan")
    assert res.returncode == 0, res.stderr
    assert orjson.loads(res.stdout) == [{"group": None, "label": "slogan", "value": "枫桥经验", "count": 4}]


def test_cli_table_and_chart(tmp_path):
    res = run_here(
        ["stats", str(annotated_file(tmp_path)), "--by", "month", "--color", "never", "--width", "100"], prog="baokan"
    )
    assert res.returncode == 0, res.stderr
    out = res.stdout.decode("utf-8")
    assert "枫桥经验" in out and "2024-03" in out and "█" in out


def test_cli_page_input_and_bad_input(tmp_path):
    missing = tmp_path / "missing.txt"
    res = run_here(["stats", str(SEED), str(missing), "-F", "json", "-l", "slogan"], prog="baokan")
    assert res.returncode == 1
    assert b"missing.txt" in res.stderr
    rows = orjson.loads(res.stdout)
    assert any(r["value"] == "八八战略" for r in rows)


def test_bar_widths():
    assert bar(4, 4, 10) == "█" * 10
    assert bar(1, 4, 10) == "██▌"
    assert bar(0, 4, 10) == ""


def test_dates_come_from_the_page_header():
    """Pages with a masthead line (人民公安报 2024年3月12日 …) are grouped by its date."""
    pages = [str(DATA / "slogans_gongan.txt"), str(DATA / "slogans_fazhi.txt"), str(DATA / "slogans_provincial.txt")]
    rows, _ = stats(pages, by="month", labels=["slogan"])
    got = {(r["group"], r["value"]): r["count"] for r in rows}
    assert got[("2024-03", "枫桥经验")] >= 1 and got[("2024-06", "枫桥经验")] >= 1
    assert got[("2024-09", "两个维护")] == 1
    assert {r["group"] for r in rows} == {"2024-03", "2024-06", "2024-09"}
