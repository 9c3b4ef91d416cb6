"""``baokan eval``: score annotate's output (or a fresh run) against gold annotations.

The scoring itself is in :mod:`baokan.annotators.evaluation`; this module
finds the inputs, runs the pipeline when ``--run`` is given, and prints the
result as a rich table or as JSON on stdout.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field, replace
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, Dict, List, Optional, Sequence

import typer

from baokan.annotators.evaluation import (
    GoldError,
    GoldFile,
    Record,
    Score,
    SpanGold,
    load_gold,
    load_records,
    parse_label_map,
    score_file,
    total,
)
from baokan.cli.app import Arg, Color, Opt, UsageError, err, split_names
from baokan.cli.selection import build_pipeline, check_labels, parse_settings

#: Where ``--run`` looks for a string gold's ``source`` page besides the gold's folder and --source-dir.
SEED_DIRS = (Path("seeds"), Path(__file__).resolve().parent.parent / "seeds")


class Format(str, Enum):
    table = "table"
    json = "json"


@dataclass
class Report:
    """Scores per gold file and their sum, with the thresholds they were held to."""

    files: List[Score]
    total: Score
    min_f1: Optional[float] = None
    min_articles: Optional[float] = None
    failures: List[str] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        return not self.failures

    def to_dict(self) -> Dict[str, Any]:
        return {
            "passed": self.passed,
            "failures": self.failures,
            "thresholds": {"min_f1": self.min_f1, "min_articles": self.min_articles},
            "total": self.total.to_dict(),
            "files": [s.to_dict() for s in self.files],
        }


def gold_labels(gold: GoldFile) -> List[str]:
    """The labels a gold file scores: a string gold's entity sections, a span gold's span labels."""
    if isinstance(gold, dict):
        return list(gold.get("entities") or {})
    return sorted({span[2] for g in gold for span in g.spans})


def find_source(gold_path: Path, source: str, source_dirs: Sequence[Path] = ()) -> Path:
    """The page a string gold was made from: beside the gold, in --source-dir, or in seeds/."""
    candidates = [
        gold_path.parent / source,
        *(Path(d) / source for d in source_dirs),
        *(d / source for d in SEED_DIRS),
        Path(source),
    ]
    for c in candidates:
        if c.is_file():
            return c
    raise GoldError(f"{gold_path}: its source {source!r} is not beside it, in seeds/ or in a --source-dir")


def run_pipeline(gold_path: Path, gold: GoldFile, pipeline, source_dirs: Sequence[Path]) -> tuple:
    """Annotate the texts of a gold file; return the records and the gold to score them with.

    A string gold's ``source`` page is read from disk. Each line of a span gold
    is annotated as a document of its own, named by file and line, and the
    gold lines are renamed to match.
    """
    from baokan.annotators.core.document import Document
    from baokan.cli.readers import InputError, read_path
    from baokan.cli.writers import to_dict

    def annotate(doc: Document) -> List[Record]:
        return [to_dict(a) for a in pipeline(doc).articles]

    if isinstance(gold, dict):
        source = gold.get("source")
        if not source:
            raise GoldError(f"{gold_path}: has no 'source' naming its page, so --run cannot annotate it")
        item = read_path(find_source(gold_path, source, source_dirs))
        if isinstance(item, InputError):
            raise GoldError(str(item))
        return annotate(item), gold
    records: List[Record] = []
    renamed: List[SpanGold] = []
    for g in gold:
        records += annotate(Document(doc=g.where, text=g.text))
        renamed.append(replace(g, doc=g.where, article=None))
    return records, renamed


def evaluate(
    golds: Sequence[Path],
    *,
    pred: Optional[Path] = None,
    run: bool = False,
    source_dirs: Sequence[Path] = (),
    annotators: Optional[List[str]] = None,
    settings: Sequence[str] = (),
    labels: Optional[List[str]] = None,
    label_map: Optional[Dict[str, str]] = None,
    min_f1: Optional[float] = None,
    min_articles: Optional[float] = None,
) -> Report:
    """Score predictions (a JSONL file, or a fresh run with ``run``) against gold files.

    Args:
        golds (Sequence[Path]): String gold (``*.gold.json``) or span gold (JSONL) files.
        pred (Path, optional): annotate's JSON Lines (any unit); ``-`` reads stdin.
        run (bool): Annotate the gold's own texts instead. Defaults to False.
        source_dirs (Sequence[Path]): More folders to find a string gold's source page in.
        annotators (list[str], optional): Annotators for ``run``; the default set when omitted.
        settings (Sequence[str]): Annotator options for ``run``, ``ANNOTATOR.OPTION=VALUE`` each, read
            and checked as annotate's ``--set`` (:func:`~baokan.cli.selection.parse_settings`).
        labels (list[str], optional): Labels to score for span gold (default: the gold's).
        label_map (dict[str, str], optional): Span gold label → baokan label.
        min_f1 (float, optional): Fail when the worst label's F1 is lower.
        min_articles (float, optional): Fail when the share of article checks passed is lower.

    Raises:
        UsageError: Neither or both of ``pred`` and ``run``; ``settings`` without ``run``, or
            one that names an unknown or not running annotator, an unknown option or a bad value.
        GoldError: A gold or prediction file that cannot be read.
    """
    if not golds:
        raise UsageError("no gold: give --gold GOLD (a *.gold.json or span JSONL file)")
    if run == (pred is not None):
        raise UsageError("use just one of --pred PRED.jsonl or --run")
    if settings and not run:
        raise UsageError("--set goes with --run: it sets an option of the annotators that run")
    config = parse_settings(settings, selected=annotators) if run else None
    records: List[Record] = []
    if pred is not None:
        records = load_records(Path("/dev/stdin") if str(pred) == "-" else pred)
    loaded = [(path, load_gold(path, label_map=label_map)) for path in golds]
    check_labels(labels, "--labels", also=[label for _, gold in loaded for label in gold_labels(gold)])
    pipeline = build_pipeline(annotators, config) if run else None
    scores: List[Score] = []
    for path, gold in loaded:
        if pipeline is not None:
            mine, gold = run_pipeline(Path(path), gold, pipeline, source_dirs)
        else:
            mine = records
        scores.append(score_file(gold, mine, name=str(path), only_source=len(golds) > 1, labels=labels))
    report = Report(files=scores, total=total(scores), min_f1=min_f1, min_articles=min_articles)
    if min_f1 is not None and report.total.worst_f1 < min_f1:
        report.failures.append(f"worst F1 {report.total.worst_f1:.3f} < --min-f1 {min_f1}")
    if min_articles is not None:
        ratio = report.total.articles
        if ratio is None or ratio < min_articles:
            shown = "n/a (no article checks)" if ratio is None else f"{ratio:.3f}"
            report.failures.append(f"article checks {shown} < --min-articles {min_articles}")
    return report


# ---------------------------------------------------------------- rendering


def render_report(report: Report, console, *, misses: bool = True) -> None:
    """The report as rich tables: per label, then article checks per file, then misses."""
    from rich.table import Table

    labels = Table(title="entities (micro over all gold files)", title_justify="left")
    for col in ("label", "tp", "fp", "fn", "gold", "precision", "recall", "F1"):
        labels.add_column(col, justify="left" if col == "label" else "right")
    for label, c in report.total.labels.items():
        rates = ["—"] * 3 if c.empty else [f"{c.precision:.2f}", f"{c.recall:.2f}", f"{c.f1:.2f}"]
        labels.add_row(f"[{_label_style(label)}]{label}[/]", str(c.tp), str(c.fp), str(c.fn), str(c.gold), *rates)
    console.print(labels)
    files = Table(title="gold files", title_justify="left")
    for col in ("gold", "kind", "article checks", "worst F1"):
        files.add_column(col, justify="left" if col in ("gold", "kind") else "right")
    for s in report.files:
        checks = "—" if s.articles is None else f"{s.checks_ok}/{s.checks_all} ({s.articles:.2f})"
        files.add_row(Path(s.gold).name, s.kind, checks, f"{s.worst_f1:.2f}")
    console.print(files)
    if misses:
        for s in report.files:
            if s.misses:
                console.print(f"[bold]{s.gold}[/]", highlight=False)
                for line in s.misses:
                    console.print(f"  {line.strip()}", markup=False, highlight=False)
    t = report.total
    arts = "n/a" if t.articles is None else f"{t.checks_ok}/{t.checks_all} ({t.articles:.2f})"
    console.print(f"articles {arts}; worst F1={t.worst_f1:.2f}", highlight=False)
    for failure in report.failures:
        console.print(f"[red]FAILED[/] {failure}", highlight=False)


def _label_style(label: str) -> str:
    from baokan.cli.render import label_style

    return label_style(label)


# ---------------------------------------------------------------- typer layer


def eval_cli(
    more: Annotated[
        Optional[List[Path]],
        Arg(help="More gold files (so that --gold A B works).", show_default=False, metavar="GOLD"),
    ] = None,
    gold: Annotated[
        Optional[List[Path]],
        Opt(
            "--gold",
            "-g",
            help="Gold file: a *.gold.json string gold, or span JSONL (Prodigy/doccano). Repeatable.",
            show_default=False,
        ),
    ] = None,
    pred: Annotated[
        Optional[Path],
        Opt("--pred", help="annotate's JSON Lines to score ('-' for stdin).", allow_dash=True, show_default=False),
    ] = None,
    run: Annotated[bool, Opt("--run", help="Annotate the gold's own texts instead of reading --pred.")] = False,
    source_dir: Annotated[
        Optional[List[Path]],
        Opt(
            "--source-dir",
            help="Folder to find a string gold's source page in (with --run). Repeatable.",
            show_default=False,
        ),
    ] = None,
    annotators: Annotated[
        Optional[str],
        Opt("--annotators", "-a", help="Comma-separated annotators for --run (default: the default set)."),
    ] = None,
    settings: Annotated[
        Optional[List[str]],
        Opt(
            "--set",
            "-s",
            metavar="A.OPT=V",
            help="An annotator option for --run, as annotate takes it, e.g. slogans.quote_model=true. Repeatable.",
            show_default=False,
        ),
    ] = None,
    labels: Annotated[
        Optional[str],
        Opt("--labels", help="Comma-separated labels to score for span gold (default: the labels the gold uses)."),
    ] = None,
    label_map: Annotated[
        Optional[List[str]],
        Opt("--map", help="Rename a span gold label: GOLD=LABEL, e.g. LOC=place. Repeatable.", show_default=False),
    ] = None,
    format_: Annotated[Format, Opt("--format", "-F", help="A table for people, or JSON.")] = Format.table,
    min_f1: Annotated[
        Optional[float], Opt("--min-f1", help="Exit 1 when the worst label's F1 is below this.", min=0.0, max=1.0)
    ] = None,
    min_articles: Annotated[
        Optional[float],
        Opt("--min-articles", help="Exit 1 when the share of article checks passed is below this.", min=0.0, max=1.0),
    ] = None,
    quiet: Annotated[bool, Opt("--quiet", "-q", help="Leave the list of misses out of the table.")] = False,
    color: Annotated[
        Color, Opt("--color", help="Colour of the table: auto follows the terminal, NO_COLOR and FORCE_COLOR.")
    ] = Color.auto,
) -> None:
    """Score annotate's output against gold: per-label precision, recall and F1, and article checks.

    With --run, the gold's own texts are annotated first, by --annotators with the options of --set.
    """
    import orjson

    try:
        mapping = parse_label_map(label_map or [])
        report = evaluate(
            [*(gold or []), *(more or [])],
            pred=pred,
            run=run,
            source_dirs=source_dir or [],
            annotators=split_names(annotators),
            settings=settings or [],
            labels=split_names(labels),
            label_map=mapping,
            min_f1=min_f1,
            min_articles=min_articles,
        )
    except GoldError as e:
        err(f"error: {e}")
        raise typer.Exit(1) from None
    if format_ == Format.json:
        sys.stdout.buffer.write(orjson.dumps(report.to_dict(), option=orjson.OPT_INDENT_2) + b"\n")
    else:
        from baokan.cli.render import make_console

        render_report(report, make_console(color=color.value, trim=True), misses=not quiet)
    raise typer.Exit(0 if report.passed else 1)
