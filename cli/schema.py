"""``baokan schema``: the JSON Schema of annotate's records."""

from __future__ import annotations

from typing import Annotated

from baokan.cli.app import Opt, print_json
from baokan.cli.writers import Unit


def schema_cli(
    unit: Annotated[Unit, Opt("--unit", "-u", help="The record whose JSON Schema to print.")] = Unit.article,
) -> None:
    """Print the JSON Schema of annotate's records."""
    from baokan.schemas.records import json_schema

    print_json(json_schema(unit.value))
