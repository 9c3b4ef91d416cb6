"""Regenerate the JSON Schema files: ``python -m baokan.schemas [--check]``."""

import argparse
import sys
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


def stale(folder: Path = Path(__file__).parent) -> list:
    """The schema files that differ from what the record types generate."""
    out = []
    for unit in UNITS:
        path = folder / f"{unit}.schema.json"
        if not path.is_file() or orjson.loads(path.read_bytes()) != json_schema(unit):
            out.append(path)
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m baokan.schemas", description=__doc__.split(":")[0] + ".")
    ap.add_argument("--check", action="store_true", help="Write nothing; exit 1 if a file is stale.")
    args = ap.parse_args(argv)
    if args.check:
        old = stale()
        for p in old:
            print(f"stale: {p}", file=sys.stderr)
        return 1 if old else 0
    for p in write_all():
        print(p)
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
