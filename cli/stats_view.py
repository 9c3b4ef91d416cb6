"""``baokan stats``'s output: the counts as JSON, CSV or a rich table with bar charts."""

from __future__ import annotations

import csv
import io
from collections import Counter
from typing import IO, Any, Dict, List, Optional

import orjson

_BLOCKS = " ▏▎▍▌▋▊▉█"


def write_json(rows: List[Dict[str, Any]], out: IO[bytes]) -> None:
    out.write(orjson.dumps(rows, option=orjson.OPT_INDENT_2) + b"\n")


def write_csv(rows: List[Dict[str, Any]], out: IO[bytes]) -> None:
    text = io.StringIO(newline="")
    writer = csv.writer(text, lineterminator="\n")
    writer.writerow(["group", "label", "value", "count"])
    for r in rows:
        writer.writerow(["" if r["group"] is None else r["group"], r["label"], r["value"], r["count"]])
    out.write(text.getvalue().encode("utf-8"))


def bar(n: int, most: int, width: int) -> str:
    """A horizontal bar of ``n`` against ``most`` in ``width`` cells, in eighths of a cell."""
    eighths = round(8 * width * n / most) if most else 0
    return _BLOCKS[8] * (eighths // 8) + (_BLOCKS[eighths % 8] if eighths % 8 else "")


class StatsView:
    """The counts as a rich table, then a bar chart per label (over the groups when grouped)."""

    def __init__(self, rows: List[Dict[str, Any]], *, by: Optional[str] = None, chart_values: int = 5) -> None:
        self.rows = rows
        self.by = by
        self.chart_values = chart_values

    def __rich_console__(self, console, options):
        from rich.cells import cell_len
        from rich.table import Table
        from rich.text import Text

        from baokan.cli.render import label_style

        if not self.rows:
            yield Text("no entities", style="dim")
            return
        table = Table(show_edge=False, box=None, header_style="bold", pad_edge=False)
        if self.by:
            table.add_column(self.by, no_wrap=True)
        table.add_column("label", no_wrap=True)
        table.add_column("value", overflow="fold")
        table.add_column("n", justify="right", no_wrap=True)
        for r in self.rows:
            cells = [Text(r["label"], style=label_style(r["label"])), r["value"], str(r["count"])]
            table.add_row(*([r["group"]] if self.by else []), *cells)
        yield table
        yield Text("")
        for label in dict.fromkeys(r["label"] for r in self.rows):
            of_label = [r for r in self.rows if r["label"] == label]
            # the count must stay visible: long values are cut (…) and the bar takes what is left
            names = [r["value"] for r in of_label] + ["  " + str(r["group"]) for r in of_label if self.by]
            name_w = min(max(cell_len(n) for n in names), max(10, options.max_width // 3))
            count_w = len(str(max(r["count"] for r in of_label)))
            width = max(5, min(50, options.max_width - name_w - count_w - 4))
            chart = Table(
                title=Text(label, style=label_style(label)),
                title_justify="left",
                show_header=False,
                show_edge=False,
                box=None,
                pad_edge=False,
            )
            chart.add_column(no_wrap=True, max_width=name_w, overflow="ellipsis")
            chart.add_column(no_wrap=True)
            chart.add_column(justify="right", no_wrap=True, min_width=count_w)
            if not self.by:
                most = max(r["count"] for r in of_label)
                for r in of_label:
                    chart.add_row(
                        r["value"], Text(bar(r["count"], most, width), style=label_style(label)), str(r["count"])
                    )
            else:  # a small series over the groups for each of the label's most frequent values
                totals: Counter = Counter()
                for r in of_label:
                    totals[r["value"]] += r["count"]
                most = max(r["count"] for r in of_label)
                for value, _ in totals.most_common(self.chart_values):
                    chart.add_row(Text(value, style="bold"), "", "")
                    for r in of_label:
                        if r["value"] == value:
                            chart.add_row(
                                "  " + str(r["group"]),
                                Text(bar(r["count"], most, width), style=label_style(label)),
                                str(r["count"]),
                            )
            yield chart
            yield Text("")
