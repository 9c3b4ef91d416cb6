"""``--version``: baokan's version and the versions of the data tables and models it ships."""

from __future__ import annotations

from pathlib import Path
from typing import Dict, List, Tuple

import typer


def data_header(path: Path) -> Dict[str, str]:
    """The leading ``# key: value`` lines of a data file (the header every table and model carries)."""
    header: Dict[str, str] = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.startswith("#"):
                break
            key, sep, value = line[1:].partition(":")
            if sep:
                header.setdefault(key.strip(), value.strip())
    return header


def data_versions() -> List[Tuple[str, str, str]]:
    """(file, version, date) of each shipped table and model, from their headers."""
    import importlib.util

    spec = importlib.util.find_spec("baokan.annotators.data")
    folders = spec.submodule_search_locations or [] if spec else []
    out = []
    for folder in folders:
        for path in sorted(Path(folder).iterdir()):
            if path.suffix == ".tsv" or path.name.endswith(".meta.txt"):
                h = data_header(path)
                out.append((path.name, h.get("version", "-"), h.get("date", "-")))
    return out


def version_text() -> str:
    """``baokan 0.1.0`` and one line per data file: name, version, date."""
    from baokan.annotators.core.registry import baokan_version

    rows = data_versions()
    width = max((len(name) for name, _, _ in rows), default=0)
    lines = [f"baokan {baokan_version()}", "data:"]
    lines += [
        f"  {name:<{width}}  v{version:<2} {date}" if version != "-" else f"  {name:<{width}}  -   {date}"
        for name, version, date in rows
    ]
    return "\n".join(lines)


def show_version(value: bool) -> None:
    """The ``--version`` callback: print and exit."""
    if value:
        typer.echo(version_text())
        raise typer.Exit()
