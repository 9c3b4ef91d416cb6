"""``baokan db``: annotate's JSONL into a DuckDB database (the ``duckdb`` extra), for SQL over a corpus.

Tables: ``articles`` (one row per article, its fields as columns, without its
entities), ``entities`` (one row per entity, with the ``doc``, ``article``,
``headline`` and ``date`` of its article, as ``--unit entity`` writes them)
and ``divisions`` (the gazetteer's codes, names, levels and parents, to group
places by province). Columns and their types come from the records' JSON
Schema; ``date`` is a DATE, nested objects are JSON.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path
from typing import IO, Annotated, Any, Dict, Iterator, List, Optional, Tuple

import orjson
import typer

from baokan.cli.app import Arg, ErrorLines, Opt, UsageError, annotate_records, err

TABLES = ("articles", "entities", "divisions")


class DbError(ValueError):
    """A database that cannot be written, with the reason in one line."""


def require_duckdb() -> Any:
    """duckdb, or :class:`DbError` with the install hint."""
    try:
        import duckdb
    except ImportError:
        raise DbError("baokan db needs DuckDB: pip install 'baokan[duckdb]'") from None
    return duckdb


def _sql_type(prop: Dict[str, Any]) -> str:
    """The DuckDB type of a JSON Schema property: strings, integers, booleans, string lists; JSON otherwise."""
    kinds = [k for k in (prop.get("anyOf") or [prop]) if k.get("type") != "null"]
    kind = kinds[0] if len(kinds) == 1 else {}
    simple = {"string": "VARCHAR", "integer": "BIGINT", "boolean": "BOOLEAN", "number": "DOUBLE"}
    if kind.get("type") in simple:
        return simple[kind["type"]]
    if kind.get("type") == "array" and kind.get("items", {}).get("type") == "string":
        return "VARCHAR[]"
    return "JSON"


def columns(unit: str, *, leave_out: Tuple[str, ...] = ()) -> Dict[str, str]:
    """Column → DuckDB type for the records of ``unit``, in the schema's order."""
    from baokan.schemas.records import json_schema

    schema = json_schema(unit)
    record = schema["$defs"][schema["$ref"].rsplit("/", 1)[-1]]
    return {name: _sql_type(prop) for name, prop in record["properties"].items() if name not in leave_out}


def rows(record: Dict[str, Any]) -> Iterator[Tuple[str, Dict[str, Any]]]:
    """(table, row) for one line of annotate's output in any unit."""
    if isinstance(record.get("articles"), list) and "text" not in record:  # --unit document
        for art in record["articles"]:
            yield from rows({"date": record.get("date"), **art})
    elif "label" in record and "start" in record and "entities" not in record:  # --unit entity
        yield "entities", record
    else:
        yield "articles", {k: v for k, v in record.items() if k != "entities"}
        for e in record.get("entities") or []:
            yield (
                "entities",
                {
                    "doc": record.get("doc"),
                    "article": record.get("article"),
                    "headline": record.get("headline"),
                    "date": record.get("date"),
                    **e,
                },
            )


def load(
    sources: List[str],
    database: Path,
    *,
    append: bool = False,
    stdin: Optional[IO[bytes]] = None,
    errors: Optional[ErrorLines] = None,
) -> Dict[str, int]:
    """Load annotate's JSONL files (``-`` is stdin) into ``database``; return the rows added per table.

    Without ``append`` the tables are made anew; with it, rows are added to those there.

    Raises:
        DbError: DuckDB is not installed, or the database cannot be written.
    """
    duckdb = require_duckdb()
    errors = errors if errors is not None else ErrorLines()
    counts = {"articles": 0, "entities": 0}
    with tempfile.TemporaryDirectory(prefix="baokan-db-") as tmp:
        staged = {table: Path(tmp, f"{table}.jsonl") for table in counts}
        files = {table: open(path, "wb") for table, path in staged.items()}
        try:
            for source in sources:
                for _where, record in _records(source, stdin, errors):
                    for table, row in rows(record):
                        files[table].write(orjson.dumps(row) + b"\n")
                        counts[table] += 1
        finally:
            for f in files.values():
                f.close()
        try:
            con = duckdb.connect(str(database))
        except duckdb.Error as e:
            raise DbError(f"{database}: {e}") from None
        with con:
            specs = {"articles": columns("article", leave_out=("entities",)), "entities": columns("entity")}
            for table, spec in specs.items():
                _fill(con, table, staged[table], spec, append=append)
            if not append or not _exists(con, "divisions"):
                _divisions(con, Path(tmp, "divisions.jsonl"))
    return counts


def _records(source: str, stdin: Optional[IO[bytes]], errors: ErrorLines) -> Iterator[Tuple[str, Dict[str, Any]]]:
    try:
        stream = (stdin or sys.stdin.buffer) if source == "-" else open(source, "rb")
    except OSError as e:
        errors.add(source, e.strerror or str(e))
        return
    with stream:
        yield from annotate_records(stream, source, errors)


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _exists(con: Any, table: str) -> bool:
    return bool(
        con.execute("SELECT count(*) FROM information_schema.tables WHERE table_name = ?", [table]).fetchone()[0]
    )


def _fill(con: Any, table: str, path: Path, spec: Dict[str, str], *, append: bool) -> None:
    select = ", ".join(f"TRY_CAST({_quote(c)} AS DATE) AS {_quote(c)}" if c == "date" else _quote(c) for c in spec)
    source = f"read_json(?, format='newline_delimited', columns={spec!r})"
    if append and _exists(con, table):
        con.execute(f"INSERT INTO {_quote(table)} BY NAME SELECT {select} FROM {source}", [str(path)])
    else:
        con.execute(f"CREATE OR REPLACE TABLE {_quote(table)} AS SELECT {select} FROM {source}", [str(path)])


def _divisions(con: Any, path: Path) -> None:
    from baokan.annotators.core.lexicon import read_table

    with open(path, "wb") as f:
        for r in read_table("divisions").rows:
            f.write(orjson.dumps({k: r.get(k) or None for k in ("code", "name", "level", "parent")}) + b"\n")
    spec = {"code": "VARCHAR", "name": "VARCHAR", "level": "VARCHAR", "parent": "VARCHAR"}
    _fill(con, "divisions", path, spec, append=False)


def db_cli(
    paths: Annotated[
        List[str],
        Arg(
            help="annotate's JSONL files ('-' for stdin), then the DuckDB database file to write.",
            metavar="JSONL... DATABASE",
            show_default=False,
        ),
    ],
    append: Annotated[
        bool, Opt("--append", help="Add the rows to the tables already there instead of making them anew.")
    ] = False,
) -> None:
    """Load annotate's JSONL into DuckDB: tables articles, entities and divisions, for SQL over a corpus."""
    if len(paths) < 2:
        raise UsageError("give annotate's JSONL (or '-') and then the database: baokan db out.jsonl corpus.duckdb")
    *sources, database = paths
    if database.endswith((".jsonl", ".ndjson", ".json")) or database == "-":
        raise UsageError(
            f"the last argument is the database to write, not {database!r}: baokan db out.jsonl corpus.duckdb"
        )
    with ErrorLines() as errors:
        try:
            counts = load(sources, Path(database), append=append, errors=errors)
        except DbError as e:
            err(f"error: {e}")
            raise typer.Exit(1) from None
    err(
        f"{database}: {counts['articles']:,} articles and {counts['entities']:,} entities "
        f"{'added' if append else 'loaded'}"
    )
    raise typer.Exit(1 if errors.count else 0)
