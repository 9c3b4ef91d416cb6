"""The optional extras: ``baokan stats --plot`` (matplotlib) and ``baokan db`` (DuckDB); skipped without them."""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET

import orjson
import pytest
from conftest import DATA, ROOT, SEED, invoke, parse_jsonl

CORPUS = DATA / "stats_corpus.jsonl"  # dated pages of two months


# ---------------------------------------------------------------- stats --plot


@pytest.mark.plot
def test_plot_draws_one_line_per_value_over_the_months(tmp_path):
    pytest.importorskip("matplotlib")
    svg, png = tmp_path / "slogans.svg", tmp_path / "slogans.png"
    rows = orjson.loads(
        invoke(
            ["stats", CORPUS, "-l", "slogan", "--by", "month", "--top", "3", "-F", "json"], prog="baokan"
        ).stdout_bytes
    )
    res = invoke(["stats", CORPUS, "-l", "slogan", "--top", "3", "-F", "json", "--plot", svg], prog="baokan")
    assert res.exit_code == 0, res.stderr
    assert orjson.loads(res.stdout_bytes) == rows  # --plot counts by month unless told, and draws beside
    drawn = svg.read_text(encoding="utf-8")
    ET.fromstring(drawn)  # well-formed
    values = {r["value"] for r in rows}
    assert len(values) == 3 and all(f">{v}<" in drawn for v in values)  # the legend, as text
    assert "2024-01" in drawn and "2024-02" in drawn  # months on x
    res = invoke(["stats", CORPUS, "-l", "slogan", "--top", "3", "-F", "json", "--plot", png], prog="baokan")
    assert res.exit_code == 0 and png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    from PIL import Image

    assert Image.open(png).size[0] >= 1000


@pytest.mark.plot
def test_plot_series_fill_missing_dates_with_zero():
    pytest.importorskip("matplotlib")
    from baokan.cli.plot import series

    rows = [
        {"group": "2024-01", "label": "slogan", "value": "甲", "count": 3},
        {"group": "2024-03", "label": "slogan", "value": "乙", "count": 1},
        {"group": "(no date)", "label": "slogan", "value": "甲", "count": 9},
    ]
    dates, lines = series(rows)
    assert [d.isoformat() for d in dates] == ["2024-01-01", "2024-03-01"]
    assert lines == {"甲": [3, 0], "乙": [0, 1]}


def test_plot_refuses_what_it_cannot_draw(tmp_path, monkeypatch):
    res = invoke(["stats", CORPUS, "--plot", tmp_path / "x.gif"], prog="baokan")
    assert res.exit_code == 2 and ".svg" in res.stderr
    res = invoke(["stats", CORPUS, "--by", "document", "--plot", tmp_path / "x.svg"], prog="baokan")
    assert res.exit_code == 2 and "over time" in res.stderr
    monkeypatch.setitem(sys.modules, "matplotlib", None)  # as if the extra were not installed
    res = invoke(["stats", CORPUS, "--plot", tmp_path / "x.svg"], prog="baokan")
    assert res.exit_code == 2 and "baokan[plot]" in res.stderr and not (tmp_path / "x.svg").exists()


# ---------------------------------------------------------------- db


def sql_examples():
    """The SQL of the README (and docs/) that runs against baokan db's tables."""
    texts = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
    found = [re.findall(r"```sql\n(.*?)```", t.read_text(encoding="utf-8"), re.S) for t in texts if t.exists()]
    return [q for queries in found for q in queries]


@pytest.fixture()
def sample_db(tmp_path):
    pytest.importorskip("duckdb")
    out = tmp_path / "out.jsonl"
    out.write_bytes(invoke(["--json", SEED, *sorted((DATA / "pages").glob("*.txt"))]).stdout_bytes)
    db = tmp_path / "corpus.duckdb"
    res = invoke(["db", out, db], prog="baokan")
    assert res.exit_code == 0, res.stderr
    return out, db


@pytest.mark.duckdb
def test_db_loads_articles_and_entities_with_their_fields(sample_db):
    import duckdb

    out, db = sample_db
    records = parse_jsonl(out.read_bytes())
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == len(records)
        assert con.execute("SELECT count(*) FROM entities").fetchone()[0] == sum(len(r["entities"]) for r in records)
        article_cols = [c[0] for c in con.execute("DESCRIBE articles").fetchall()]
        assert article_cols == [k for k in records[0] if k != "entities"]
        entity_cols = {c[0]: c[1] for c in con.execute("DESCRIBE entities").fetchall()}
        fields = {"doc", "article", "label", "start", "end", "text", "name", "title", "canonical", "date"}
        assert fields <= set(entity_cols)
        assert entity_cols["date"] == "DATE" and entity_cols["start"] == "BIGINT"
        first = records[0]["entities"][0]
        row = con.execute(
            'SELECT text, "start", "end", label FROM entities WHERE doc = ? AND article = 0 ORDER BY "start" LIMIT 1',
            [records[0]["doc"]],
        ).fetchone()
        assert row == (first["text"], first["start"], first["end"], first["label"])
        assert con.execute("SELECT name FROM divisions WHERE code = '330000'").fetchone() == ("浙江省",)


@pytest.mark.duckdb
def test_db_readme_queries_run(sample_db):
    import duckdb

    _, db = sample_db
    queries = sql_examples()
    assert len(queries) >= 3
    with duckdb.connect(str(db), read_only=True) as con:
        answers = [con.execute(q).fetchall() for q in queries]
    assert all(answers)  # each finds something on the test pages


@pytest.mark.duckdb
def test_db_append_and_units(sample_db, tmp_path):
    import duckdb

    out, db = sample_db
    entities = tmp_path / "entities.jsonl"
    entities.write_bytes(invoke(["--json", "-u", "entity", SEED]).stdout_bytes)
    res = invoke(["db", "--append", entities, db], prog="baokan")
    assert res.exit_code == 0, res.stderr
    with duckdb.connect(str(db), read_only=True) as con:
        n = con.execute("SELECT count(*) FROM entities WHERE doc = ?", [str(SEED)]).fetchone()[0]
    assert n == 2 * len(parse_jsonl(entities.read_bytes()))


def test_db_usage_errors(tmp_path, monkeypatch):
    res = invoke(["db", tmp_path / "out.jsonl"], prog="baokan")
    assert res.exit_code == 2
    res = invoke(["db", tmp_path / "a.jsonl", tmp_path / "b.jsonl"], prog="baokan")
    assert res.exit_code == 2 and "database" in res.stderr
    monkeypatch.setitem(sys.modules, "duckdb", None)
    (tmp_path / "out.jsonl").write_bytes(invoke(["--json", SEED]).stdout_bytes)
    res = invoke(["db", tmp_path / "out.jsonl", tmp_path / "c.duckdb"], prog="baokan")
    assert res.exit_code == 1 and "baokan[duckdb]" in res.stderr
