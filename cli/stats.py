"""``baokan stats``: how often each entity occurs across a corpus, overall or per document or date.

Inputs are pages (annotated on the fly with the default pipeline), JSONL
corpora of pages, or annotate's own JSONL output in any unit (told apart by
their first line). Each entity counts once per mention under its label and
its value: an official by name, a slogan by its canonical form, a place by its
full name, anything else by its text. Dates come from the page header
(``page.date``), the record's ``date``, or a ``date`` field of a corpus line.
"""

from __future__ import annotations

import io
import sys
from collections import Counter
from enum import Enum
from pathlib import Path
from typing import IO, Annotated, Any, Callable, Dict, Iterable, Iterator, List, Optional, Sequence, Tuple

import orjson
import typer

from baokan.cli.app import Arg, Color, ErrorLines, Opt, UsageError, err, split_names
from baokan.cli.selection import check_labels
from baokan.cli.stats_view import StatsView, write_csv, write_json

#: Label → the entity field that names its value (the text when the field is empty).
VALUE_FIELDS = {"official": "name", "slogan": "canonical", "place": "full_name"}
NO_DATE = "(no date)"


class By(str, Enum):
    document = "document"
    date = "date"
    month = "month"
    year = "year"


class StatsInput(str, Enum):
    auto = "auto"
    text = "text"
    jsonl = "jsonl"
    annotated = "annotated"


class Format(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"


Key = Tuple[Optional[str], str, str]  # (group, label, value)


def value_of(entity: Dict[str, Any]) -> str:
    """What an entity counts as: an official's name, a slogan's canonical form, a place's full name."""
    field = VALUE_FIELDS.get(entity.get("label", ""))
    return (entity.get(field) if field else None) or entity.get("text", "")


def group_of(by: Optional[str], doc: str, date: Optional[str]) -> Optional[str]:
    """The group a mention falls in: the document, the ISO date or its month or year; None overall."""
    if by is None:
        return None
    if by == "document":
        return doc
    if not date:
        return NO_DATE
    return {"date": date[:10], "month": date[:7], "year": date[:4]}[by]


def _record_date(rec: Dict[str, Any]) -> Optional[str]:
    page = rec.get("page") or {}
    date = rec.get("date") or page.get("date")
    return date if isinstance(date, str) else None


def annotated_mentions(
    rec: Dict[str, Any], fallback_date: Optional[str] = None
) -> Iterator[Tuple[str, Optional[str], Dict[str, Any]]]:
    """(doc, date, entity) of one line of annotate's output, in any unit."""
    date = _record_date(rec) or fallback_date
    if "articles" in rec and "text" not in rec:  # --unit document
        for art in rec.get("articles") or []:
            yield from annotated_mentions({**art, "doc": art.get("doc") or rec.get("doc")}, date)
    elif "label" in rec and "blocks" not in rec:  # --unit entity
        yield str(rec.get("doc", "")), date, rec
    else:
        for e in rec.get("entities") or []:
            yield str(rec.get("doc", "")), date, e


def _is_annotated(obj: Any) -> bool:
    return isinstance(obj, dict) and ("entities" in obj or "articles" in obj or ("label" in obj and "start" in obj))


def _peek_jsonl(data: bytes) -> Optional[Any]:
    """The first JSON value of a JSONL text, or None when its first line is not JSON."""
    for line in data.splitlines():
        if line.strip():
            try:
                return orjson.loads(line)
            except orjson.JSONDecodeError:
                return None
    return None


def mentions(
    inputs: Sequence[Any],
    *,
    input_format: str = "auto",
    annotators: Optional[Sequence[str]] = None,
    stdin: Optional[IO[bytes]] = None,
    failures: Optional[List[str]] = None,
    counter: Any = None,
    on_page: Callable[[Any], None] = lambda doc: None,
) -> Iterator[Tuple[str, Optional[str], Dict[str, Any]]]:
    """Every entity mention in the inputs as (doc, date, entity dict).

    Args:
        inputs (Sequence[str]): Page files, directories, JSONL files or ``-``.
        input_format (str): ``auto`` (look at the content), ``text``, ``jsonl`` (a corpus of
            pages) or ``annotated`` (annotate's output).
        annotators (Sequence[str], optional): Annotators to run on pages; the default set when None.
        stdin (IO[bytes], optional): Where ``-`` reads from.
        failures (list, optional): Gets one line per input that could not be read or annotated.
        counter (ReadCounter, optional): Counts the bytes of pages read, for a progress display.
        on_page (callable): Called with each page once it is annotated.
    """
    from baokan.cli.readers import InputError, expand, read_inputs

    failures = failures if failures is not None else []
    pipeline = None
    for item in expand(inputs):
        if isinstance(item, InputError):
            failures.append(str(item))
            continue
        name = str(item)
        is_jsonl = input_format in ("jsonl", "annotated") or name.endswith((".jsonl", ".ndjson"))
        data: Optional[bytes] = None
        if item == "-" or (input_format == "auto" and is_jsonl):
            try:
                data = (stdin or sys.stdin.buffer).read() if item == "-" else Path(item).read_bytes()
            except OSError as e:
                failures.append(f"{name}: {e.strerror or e}")
                continue
            first = _peek_jsonl(data) if input_format == "auto" else None
            if input_format == "annotated" or _is_annotated(first):
                yield from _annotated_lines(data, name, failures)
                continue
            is_jsonl = is_jsonl or isinstance(first, dict)
        if pipeline is None:
            pipeline = _lenient_pipeline(annotators, failures)
        fmt = "jsonl" if is_jsonl else "text"
        source = [name] if data is None else ["-"]
        for doc in read_inputs(
            source, input_format=fmt, stdin=io.BytesIO(data) if data is not None else None, counter=counter
        ):
            if isinstance(doc, InputError):
                failures.append(str(doc) if data is None else f"{name}{str(doc)[1:]}")
                continue
            doc = pipeline(doc)
            on_page(doc)
            if data is not None and doc.doc.startswith("-:"):
                doc.doc = name + doc.doc[1:]
            page_date = doc.page.date if doc.page is not None else None
            for art in doc.articles:
                date = art.date or doc.date or page_date or (art.page.date if art.page else None)
                for e in art.entities:
                    yield (
                        doc.doc,
                        date,
                        {
                            "label": e.label,
                            "text": e.text,
                            "name": e.name,
                            "canonical": e.canonical,
                            "full_name": e.full_name,
                        },
                    )


def _lenient_pipeline(names: Optional[Sequence[str]], failures: List[str]):
    """The pipeline for pages; an annotator failing on a page is reported and the others go on."""
    from baokan.annotators.core.pipeline import Pipeline

    def report(name: str, doc, error: Exception) -> None:
        failures.append(f"{doc.doc}: annotator {name!r} failed: {error}")

    from baokan.cli.selection import note_fallback

    try:
        pipeline = Pipeline(list(names) if names else None, error_handler=report)
    except (KeyError, ValueError) as e:
        raise UsageError(f"--annotators: {e.args[0] if e.args else e}") from None
    note_fallback(pipeline, list(names) if names else None)
    return pipeline


def _annotated_lines(
    data: bytes, name: str, failures: List[str]
) -> Iterator[Tuple[str, Optional[str], Dict[str, Any]]]:
    for lineno, line in enumerate(data.splitlines(), 1):
        if not line.strip():
            continue
        try:
            rec = orjson.loads(line)
        except orjson.JSONDecodeError as e:
            failures.append(f"{name}:{lineno}: not valid JSON: {e}")
            continue
        if not isinstance(rec, dict):
            failures.append(f"{name}:{lineno}: not a JSON object")
            continue
        yield from annotated_mentions(rec)


def count(
    found: Iterable[Tuple[str, Optional[str], Dict[str, Any]]],
    *,
    by: Optional[str] = None,
    labels: Optional[Sequence[str]] = None,
    top: Optional[int] = None,
) -> List[Dict[str, Any]]:
    """Count mentions per (group, label, value).

    Args:
        found (Iterable): (doc, date, entity) triples, as :func:`mentions` gives them.
        by (str, optional): ``document``, ``date``, ``month`` or ``year``; overall when None.
        labels (Sequence[str], optional): Only these labels.
        top (int, optional): Keep the N most frequent values of each label (by their total
            over all groups), so that every group reports the same values.

    Returns:
        list[dict]: Rows ``{"group", "label", "value", "count"}``, by group (dates in order),
        then label, then count (highest first).
    """
    counts: Counter = Counter()
    order: Dict[Optional[str], int] = {}
    for doc, date, e in found:
        label = e.get("label", "")
        if labels and label not in labels:
            continue
        group = group_of(by, doc, date)
        order.setdefault(group, len(order))
        counts[(group, label, value_of(e))] += 1
    if top is not None:
        totals: Counter = Counter()
        for (_, label, value), n in counts.items():
            totals[(label, value)] += n
        keep = set()
        for label in {lv[0] for lv in totals}:
            ranked = sorted((lv for lv in totals if lv[0] == label), key=lambda lv: (-totals[lv], lv[1]))
            keep.update(ranked[:top])
        counts = Counter({k: n for k, n in counts.items() if (k[1], k[2]) in keep})

    def group_key(group: Optional[str]):
        if by in ("date", "month", "year"):
            return (group == NO_DATE, group or "")
        return (0, order[group])

    rows = sorted(counts.items(), key=lambda kv: (group_key(kv[0][0]), kv[0][1], -kv[1], kv[0][2]))
    return [{"group": g, "label": label, "value": v, "count": n} for (g, label, v), n in rows]


def stats(
    inputs: Sequence[str],
    *,
    by: Optional[str] = None,
    labels: Optional[Sequence[str]] = None,
    top: Optional[int] = None,
    input_format: str = "auto",
    annotators: Optional[Sequence[str]] = None,
    stdin: Optional[IO[bytes]] = None,
    quiet: bool = True,
) -> Tuple[List[Dict[str, Any]], List[str]]:
    """Count the entities of the inputs; return the rows and one line per input that failed.

    Pages annotated on the way are shown in a progress display unless ``quiet``.
    """
    from baokan.cli import progress
    from baokan.cli.readers import ReadCounter, expand, input_size

    failures: List[str] = []
    show = progress.wanted(quiet=quiet)
    counter = ReadCounter() if show else None
    items = list(expand(inputs)) if show else inputs
    with progress.Progress(enabled=show, total=input_size(items) if show else None, counter=counter) as bar:
        found = mentions(
            items,
            input_format=input_format,
            annotators=annotators,
            stdin=stdin,
            failures=failures,
            counter=counter,
            on_page=lambda doc: bar.done(
                articles=len(doc.articles), entities=sum(len(a.entities) for a in doc.articles)
            ),
        )
        rows = count(found, by=by, labels=labels, top=top)
    return rows, failures


def stats_cli(
    inputs: Annotated[
        Optional[List[str]],
        Arg(help="Pages, directories, JSONL corpora, annotate's JSONL output, or '-' for stdin.", show_default=False),
    ] = None,
    by: Annotated[
        Optional[By], Opt("--by", "-b", help="Count per document, date, month or year (default: overall).")
    ] = None,
    label: Annotated[
        Optional[List[str]], Opt("--label", "-l", help="Only this label (repeat, or separate with commas).")
    ] = None,
    top: Annotated[
        Optional[int], Opt("--top", "-n", min=1, help="Keep the N most frequent values of each label.")
    ] = None,
    format: Annotated[
        Format, Opt("--format", "-F", help="table (rich, with bar charts) for people; json or csv for machines.")
    ] = Format.table,
    input_format: Annotated[
        StatsInput,
        Opt(
            "--input-format",
            "-f",
            help=(
                "text pages, jsonl (a corpus of pages) or annotated (annotate's output); auto looks at the first line."
            ),
        ),
    ] = StatsInput.auto,
    annotators: Annotated[
        Optional[str],
        Opt("--annotators", "-a", help="Comma-separated annotators to run on pages (default: all default ones)."),
    ] = None,
    color: Annotated[
        Color, Opt("--color", help="Colour of the table: auto follows the terminal, NO_COLOR and FORCE_COLOR.")
    ] = Color.auto,
    width: Annotated[Optional[int], Opt("--width", help="Render the table at this many columns.")] = None,
    quiet: Annotated[
        bool, Opt("--quiet", "-q", help="No progress display on stderr while pages are annotated.")
    ] = False,
    plot: Annotated[
        Optional[Path],
        Opt(
            "--plot",
            metavar="FILE",
            help=(
                "Also draw the counts over time into FILE (.png, .svg or .pdf; one line per value, --by "
                "month unless told): needs baokan[plot]."
            ),
            show_default=False,
        ),
    ] = None,
) -> None:
    """Count entities per label and value, overall or per document, date, month or year.

    Officials count by name, slogans by canonical form, places by full name.
    """
    if not inputs:
        if sys.stdin is None or sys.stdin.isatty():
            raise UsageError("no input: give pages, directories, JSONL files or '-' (or pipe them into stdin)")
        inputs = ["-"]
    labels = [n for value in label or [] for n in split_names(value) or []]
    check_labels(labels, "--label")
    if plot is not None:
        from baokan.cli.plot import PlotError, check_path, require_matplotlib

        if by == By.document:
            raise UsageError("--plot draws counts over time: use --by date, month or year, not document")
        by = by or By.month
        try:
            check_path(plot)
            require_matplotlib()  # before the counting, which may take long
        except PlotError as e:
            raise UsageError(str(e)) from None
    rows, failures = stats(
        inputs,
        by=by.value if by else None,
        labels=labels or None,
        top=top,
        input_format=input_format.value,
        annotators=split_names(annotators),
        quiet=quiet,
    )
    with ErrorLines() as errors:
        for line in failures:
            errors.add_line(line)
    status = 1 if failures else 0
    if plot is not None:
        from baokan.cli.plot import PlotError
        from baokan.cli.plot import plot as draw

        try:
            for warning in draw(rows, plot, by=by.value, lines=top or 8):
                err(f"warning: {warning}")
        except PlotError as e:
            err(f"error: {e}")
            status = 1
    if format == Format.json:
        write_json(rows, sys.stdout.buffer)
    elif format == Format.csv:
        write_csv(rows, sys.stdout.buffer)
    else:
        from baokan.cli.render import make_console

        make_console(color=color.value, width=width, trim=True).print(StatsView(rows, by=by.value if by else None))
    sys.stdout.flush()
    raise typer.Exit(status)
