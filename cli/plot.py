"""``baokan stats --plot``: the counts over time as a chart for a paper (matplotlib, the ``plot`` extra).

One line per value (the most frequent ones), dates on the x axis. SVG and PDF
keep their text as text (editable, and drawn with the reader's fonts); a PNG
needs a Chinese font on this machine for the legend.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path
from typing import Any, Dict, List, Optional, Sequence, Tuple

#: What the chart's file name may end with.
SUFFIXES = (".png", ".svg", ".pdf")
#: Lines drawn when --top does not say: more are hard to tell apart.
LINES = 8
#: Fonts with Chinese glyphs, tried in this order for the legend.
CJK_FONTS = (
    "Noto Sans CJK SC",
    "Noto Sans SC",
    "Source Han Sans SC",
    "Source Han Sans CN",
    "WenQuanYi Zen Hei",
    "WenQuanYi Micro Hei",
    "Sarasa Gothic SC",
    "SimHei",
    "Microsoft YaHei",
    "PingFang SC",
    "Heiti SC",
    "Hiragino Sans GB",
    "AR PL UMing CN",
    "Noto Serif CJK SC",
)
NO_DATE = "(no date)"


class PlotError(ValueError):
    """A chart that cannot be drawn, with the reason in one line."""


def check_path(path: Path) -> None:
    """Refuse a file name whose format is not known, before anything is counted."""
    if path.suffix.lower() not in SUFFIXES:
        raise PlotError(f"--plot {path}: give a file ending in {', '.join(SUFFIXES)}")


def require_matplotlib() -> Any:
    """matplotlib, or :class:`PlotError` with the install hint."""
    try:
        import matplotlib
    except ImportError:
        raise PlotError("--plot needs matplotlib: pip install 'baokan[plot]'") from None
    return matplotlib


def day_of(group: str) -> dt.date:
    """The first day of a group: ``2024-03-05``, ``2024-03`` or ``2024``."""
    parts = [int(p) for p in group.split("-")]
    return dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


def series(rows: Sequence[Dict[str, Any]], *, lines: int = LINES) -> Tuple[List[dt.date], Dict[str, List[int]]]:
    """The dates and, for each of the ``lines`` most frequent values, its count at each date (0 where absent).

    Values are named ``value``, or ``label: value`` when rows of several labels are drawn.
    """
    dated = [r for r in rows if r["group"] and r["group"] != NO_DATE]
    groups = sorted({r["group"] for r in dated}, key=day_of)
    totals: Counter = Counter()
    for r in dated:
        totals[(r["label"], r["value"])] += r["count"]
    kept = [lv for lv, _ in sorted(totals.items(), key=lambda kv: (-kv[1], kv[0]))[:lines]]
    several = len({label for label, _ in kept}) > 1
    at = {g: i for i, g in enumerate(groups)}
    out: Dict[str, List[int]] = {}
    for label, value in kept:
        counts = [0] * len(groups)
        for r in dated:
            if (r["label"], r["value"]) == (label, value):
                counts[at[r["group"]]] += r["count"]
        out[f"{label}: {value}" if several else value] = counts
    return [day_of(g) for g in groups], out


def cjk_font() -> Optional[str]:
    """The first font of :data:`CJK_FONTS` installed, if any."""
    from matplotlib import font_manager

    installed = {f.name for f in font_manager.fontManager.ttflist}
    return next((name for name in CJK_FONTS if name in installed), None)


def _date_axis(axis: Any, dates: List[dt.date], by: str, mdates: Any) -> None:
    """Ticks at the groups' own steps (months for --by month), about ten at most."""
    span = (dates[-1].year - dates[0].year) * 12 + dates[-1].month - dates[0].month
    if by == "year":
        axis.set_major_locator(mdates.YearLocator(base=max(1, span // 120 + 1)))
        axis.set_major_formatter(mdates.DateFormatter("%Y"))
    elif by == "month":
        axis.set_major_locator(mdates.MonthLocator(interval=max(1, span // 10 + 1)))
        axis.set_major_formatter(mdates.DateFormatter("%Y-%m"))
    else:
        locator = mdates.AutoDateLocator(maxticks=10)
        axis.set_major_locator(locator)
        axis.set_major_formatter(mdates.ConciseDateFormatter(locator))


def plot(
    rows: Sequence[Dict[str, Any]], path: Path, *, by: str, lines: int = LINES, title: Optional[str] = None
) -> List[str]:
    """Draw the counts over time into ``path`` (its suffix names the format); return warnings to show.

    Raises:
        PlotError: matplotlib is missing, or no mention has a date.
    """
    check_path(path)
    matplotlib = require_matplotlib()
    dates, values = series(rows, lines=lines)
    if not dates or not values:
        raise PlotError(
            "--plot: no mention has a date (the page header, a record's date or a corpus line's date field gives one)"
        )
    import logging
    import warnings

    from matplotlib import dates as mdates
    from matplotlib.figure import Figure  # not pyplot: no global state, no display needed

    warnings_out: List[str] = []
    font = cjk_font()
    if font is None and path.suffix.lower() == ".png" and any(not v.isascii() for v in values):
        warnings_out.append(
            "--plot: no Chinese font found, so the PNG's legend shows boxes; write .svg or .pdf, "
            "or install one (e.g. Debian's fonts-noto-cjk)"
        )
    rc = {
        "svg.fonttype": "none",
        "pdf.fonttype": 42,
        "svg.hashsalt": "baokan",
        "font.sans-serif": ([font] if font else []) + list(matplotlib.rcParams["font.sans-serif"]),
    }
    with matplotlib.rc_context(rc), warnings.catch_warnings():
        warnings.simplefilter("ignore")  # one warning per missing glyph otherwise
        logging.getLogger("matplotlib.font_manager").setLevel(logging.ERROR)
        fig = Figure(figsize=(7.5, 4.2), layout="constrained")
        ax = fig.subplots()
        for name, counts in values.items():
            ax.plot(dates, counts, marker="o", markersize=3, linewidth=1.3, label=name)
        _date_axis(ax.xaxis, dates, by, mdates)
        from matplotlib.ticker import MaxNLocator

        ax.yaxis.set_major_locator(MaxNLocator(integer=True))
        ax.set_xlabel(by)
        ax.set_ylabel("mentions")
        ax.set_ylim(bottom=0)
        ax.grid(alpha=0.3)
        ax.spines[["top", "right"]].set_visible(False)
        ax.legend(fontsize=8, frameon=False, loc="upper left", bbox_to_anchor=(1.0, 1.0))
        if title:
            ax.set_title(title)
        # no timestamps: the same counts give the same file
        meta = {".svg": {"Date": None}, ".pdf": {"CreationDate": None}}.get(path.suffix.lower(), {})
        try:
            fig.savefig(path, dpi=200, metadata=meta)
        except OSError as e:
            raise PlotError(f"--plot: cannot write {path}: {e.strerror or e}") from None
    return warnings_out
