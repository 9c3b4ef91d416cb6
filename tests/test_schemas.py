"""The JSON Schema files are generated from the record types and must not drift."""

from pathlib import Path

import orjson
import pytest

from baokan.schemas.records import UNITS, json_schema

SCHEMAS = Path(__file__).resolve().parent.parent / "schemas"


def test_schema_files_match_the_record_types():
    for unit in UNITS:
        path = SCHEMAS / f"{unit}.schema.json"
        assert path.exists(), f"run python -m baokan.schemas to write {path.name}"
        assert orjson.loads(path.read_bytes()) == json_schema(unit), (
            f"{path.name} is stale: run python -m baokan.schemas"
        )


def test_schema_rejects_an_unknown_field():
    import jsonschema
    import pytest

    schema = json_schema("entity")
    good = {"doc": "d", "article": 0, "label": "place", "start": 0, "end": 2, "text": "浙江"}
    jsonschema.validate(good, schema)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({**good, "bogus": 1}, schema)


def test_the_schema_command_checks_without_writing_and_helps_without_writing(tmp_path, capsys):
    from baokan.schemas.__main__ import main

    before = {p: p.read_bytes() for p in SCHEMAS.glob("*.schema.json")}
    assert main(["--check"]) == 0
    with pytest.raises(SystemExit):
        main(["--help"])
    assert "--check" in capsys.readouterr().out
    assert {p: p.read_bytes() for p in SCHEMAS.glob("*.schema.json")} == before


def test_lines_are_the_bytes_orjson_wrote_of_the_records(sample_text):
    """The writers encode records with msgspec; the lines are those orjson.dumps(to_dict(...)) wrote."""
    from baokan.annotators.core.document import Document
    from baokan.annotators.core.pipeline import Pipeline
    from baokan.cli.writers import Unit, dumps, records, to_dict

    doc = Pipeline(None)(Document(doc="sample", text=sample_text + "\n控制符\x01与\u2028分隔", date="2025-01-05"))
    lines = 0
    for unit in Unit:
        for record in records(doc, unit):
            assert dumps(record) == orjson.dumps(to_dict(record)) + b"\n"
            lines += 1
    assert lines > 10
