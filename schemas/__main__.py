"""Regenerate the JSON Schema files: ``python -m baokan.schemas``."""

from pathlib import Path

import orjson

from baokan.schemas.records import UNITS, json_schema


def write_all(folder: Path = Path(__file__).parent) -> list:
    paths = []
    for unit in UNITS:
        path = folder / f"{unit}.schema.json"
        path.write_bytes(orjson.dumps(json_schema(unit), option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS) + b"\n")
        paths.append(path)
    return paths


if __name__ == "__main__":  # pragma: no cover
    for p in write_all():
        print(p)
