"""``baokan annotators``: the registered annotators."""
from __future__ import annotations

from baokan.cli.app import print_json
from baokan.cli.selection import list_annotators


def annotators_cli() -> None:
    """List the registered annotators (name, version, distribution, layers) as JSON."""
    print_json(list_annotators())
