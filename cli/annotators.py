"""``baokan annotators``: the registered annotators and the options ``--set`` takes."""

from __future__ import annotations

import sys
from enum import Enum
from typing import Annotated, Any, Dict, List

from baokan.cli.app import Color, Opt, print_json
from baokan.cli.selection import list_annotators


class Format(str, Enum):
    table = "table"
    json = "json"


def _shown(value: Any) -> str:
    if isinstance(value, bool) or value is None:
        return str(value).lower() if value is not None else "none"
    return f"{value:_}" if isinstance(value, int) else str(value)


class AnnotatorsView:
    """The annotators as two rich tables: what each is and does, then every option ``--set`` takes."""

    def __init__(self, annotators: List[Dict[str, Any]]) -> None:
        self.annotators = annotators

    def __rich_console__(self, console, options):
        from rich.table import Table
        from rich.text import Text

        table = Table(show_edge=False, box=None, header_style="bold", pad_edge=False)
        table.add_column("annotator", no_wrap=True, style="bold")
        table.add_column("default", no_wrap=True)
        table.add_column("what it does", overflow="fold")
        for a in self.annotators:
            layers = [f"assigns {', '.join(a['assigns'])}"] + (
                [f"requires {', '.join(a['requires'])}"] if a["requires"] else []
            )
            about = Text(a["description"] or "") + Text("\n" + "; ".join(layers), style="dim")
            table.add_row(a["name"], "yes" if a["default"] else "", about)
        yield table
        rows = [(a["name"], o) for a in self.annotators for o in a.get("options") or []]
        if not rows:
            return
        yield Text("")
        opts = Table(
            title="options: --set ANNOTATOR.OPTION=VALUE",
            title_justify="left",
            show_edge=False,
            box=None,
            header_style="bold",
            pad_edge=False,
        )
        for col in ("option", "type", "default", "help"):
            opts.add_column(col, no_wrap=col != "help", overflow="fold")
        for name, o in rows:
            opts.add_row(f"{name}.{o['name']}", o["type"], _shown(o["default"]), o["help"])
        yield opts


def annotators_cli(
    format_: Annotated[Format, Opt("--format", "-F", help="A table for people, or JSON.")] = Format.table,
    json_: Annotated[bool, Opt("--json", help="Short for --format json.")] = False,
    color: Annotated[
        Color, Opt("--color", help="Colour of the table: auto follows the terminal, NO_COLOR and FORCE_COLOR.")
    ] = Color.auto,
) -> None:
    """List the registered annotators, the layers they assign and require, and the options --set takes."""
    if json_ or format_ == Format.json:
        print_json(list_annotators())
        return
    from baokan.cli.render import make_console

    make_console(color=color.value, trim=True).print(AnnotatorsView(list_annotators()))
    sys.stdout.flush()
