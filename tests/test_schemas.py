"""The JSON Schema files are generated from the record types and must not drift."""

from pathlib import Path

import orjson

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
