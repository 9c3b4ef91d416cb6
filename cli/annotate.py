"""``annotate`` (and ``baokan annotate``): pages in, one JSON line per article, document or entity out."""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import IO, Any, List, Optional

import typer
from typing_extensions import Annotated

from baokan.cli.about import show_version
from baokan.cli.app import (
    Arg,
    Color,
    ErrorLines,
    Opt,
    UsageError,
    err,
    output_stream,
    print_json,
    resume_gc,
    split_names,
    stdout_is_terminal,
)
from baokan.cli.selection import (
    Ner,
    build_pipeline,
    list_annotators,
    merge_config,
    ner_selection,
    parse_jobs,
    parse_settings,
)
from baokan.cli.writers import Unit


class InputFormat(str, Enum):
    auto = "auto"
    text = "text"
    jsonl = "jsonl"


def annotate(
    inputs: List[str],
    *,
    out: IO[bytes],
    unit: Unit = Unit.article,
    annotators: Optional[List[str]] = None,
    input_format: str = "auto",
    encoding: Optional[str] = None,
    id_field: str = "id",
    text_field: str = "text",
    hidden: bool = False,
    ignore: bool = True,
    pretty: bool = False,
    color: str = "auto",
    width: Optional[int] = None,
    fail_fast: bool = False,
    jobs: int = 1,
    quiet: bool = False,
    stdin: Optional[IO[bytes]] = None,
    config: Optional[dict] = None,
) -> int:
    """Annotate every input and write its records; return the exit status (0 ok, 1 some input failed).

    Records are written per document, in input order, and flushed at once, so
    an interrupted run leaves complete lines only. ``pretty`` renders them for
    people instead, ``width`` columns wide (at most 100 by default).
    """
    from baokan.cli import progress
    from baokan.cli.readers import ReadCounter, expand, input_size, read_inputs
    from baokan.cli.runner import run_parallel, run_serial

    pipeline = build_pipeline(annotators, config)
    show_progress = progress.wanted(quiet=quiet)
    counter = ReadCounter() if show_progress else None
    if show_progress:  # the total needs the folders walked first
        inputs = list(expand(inputs, hidden=hidden, ignore=ignore))
    items = read_inputs(
        inputs,
        input_format=input_format,
        encoding=encoding,
        id_field=id_field,
        text_field=text_field,
        stdin=stdin,
        hidden=hidden,
        ignore=ignore,
        counter=counter,
    )
    if jobs > 1:
        outcomes = run_parallel(items, annotators, unit, jobs, config=config)
    else:
        outcomes = run_serial(items, pipeline, unit)
    show = _pretty_printer(out, color, width) if pretty else None
    total = input_size(inputs) if show_progress else None
    with progress.Progress(enabled=show_progress, total=total, counter=counter) as bar, ErrorLines() as errors:
        for outcome in outcomes:
            resume_gc()  # the first document has loaded the models: from here on, garbage is the documents'
            bar.done(articles=outcome.articles, entities=outcome.entities, error=outcome.error is not None)
            if outcome.error is not None:
                errors.add(outcome.doc, outcome.error)
                if fail_fast:
                    break
            elif show is not None:
                show(outcome.lines)
            elif outcome.lines:
                out.write(outcome.lines)
                out.flush()
    return 1 if errors.count else 0


def check_encoding(encoding: Optional[str]) -> None:
    """Refuse an ``--encoding`` Python does not know, before any input is read."""
    if encoding is None:
        return
    import codecs

    try:
        codecs.lookup(encoding)
    except LookupError:
        raise UsageError(
            f"--encoding {encoding!r} is not an encoding Python knows (e.g. utf-8, gb18030, big5)"
        ) from None


def _pretty_printer(out: IO[bytes], color: str, width: Optional[int] = None):
    """``--pretty``: each document's JSON lines rendered with rich instead of written."""
    import orjson

    from baokan.cli.render import READING_WIDTH, Utf8Out, make_console, render

    console = make_console(color=color, file=Utf8Out(out), width=width, max_width=READING_WIDTH, trim=True)

    def show(lines: bytes) -> None:
        render([orjson.loads(line) for line in lines.splitlines()], console)

    return show


def check_dask_options(
    output_dir: Path, *, overwrite: bool, output: Optional[Path], pretty: bool, jobs: int, fail_fast: bool
) -> None:
    """Refuse what --dask would ignore, and an output folder that holds files already unless --overwrite."""
    ignored = [
        name
        for name, given in (
            ("-o/--output", output is not None),
            ("--pretty", pretty),
            ("-j/--jobs", jobs != 1),
            ("--fail-fast", fail_fast),
        )
        if given
    ]
    if ignored:
        raise UsageError(
            f"--dask writes JSONL shards to --output-dir on the cluster's workers: "
            f"{', '.join(ignored)} do not apply there; drop {'it' if len(ignored) == 1 else 'them'}"
        )
    try:
        held = sorted(p.name for p in output_dir.iterdir()) if output_dir.is_dir() else []
    except OSError as e:
        raise UsageError(f"--output-dir {output_dir}: {e.strerror or e}") from None
    if held and not overwrite:
        shown = ", ".join(held[:3]) + (f" and {len(held) - 3} more" if len(held) > 3 else "")
        raise UsageError(
            f"--output-dir {output_dir} is not empty ({shown}): old shards would mix with the new; "
            "give an empty folder, or --overwrite to remove its part-*.jsonl first"
        )


def annotate_on_dask(
    inputs: List[str],
    *,
    address: str,
    output_dir: Path,
    unit: Unit,
    annotators: Optional[List[str]],
    partition_size: int,
    quiet: bool,
    config: Optional[dict] = None,
    overwrite: bool = False,
    **read_options: Any,
) -> int:
    """``--dask``: annotate on a cluster and write JSONL shards to ``output_dir``."""
    from baokan.cli import progress
    from baokan.cli.dask_runner import run_on_dask
    from baokan.cli.readers import read_inputs

    resume_gc()
    build_pipeline(annotators, config)  # refuse bad --annotators here, before the cluster is involved
    items = read_inputs(inputs, **read_options)
    with progress.Progress(enabled=progress.wanted(quiet=quiet)) as bar, ErrorLines() as errors:

        def failed(doc: str, why: str) -> None:
            bar.done(0, error=True)
            errors.add(doc, why)

        try:
            failures = run_on_dask(
                address,
                items,
                names=annotators,
                config=config,
                unit=unit.value,
                output_dir=output_dir,
                partition_size=partition_size,
                overwrite=overwrite,
                on_done=lambda n: bar.done(n),
                on_error=failed,
            )
        except (OSError, TimeoutError, RuntimeError) as e:
            err(f"error: --dask {address}: {e}")
            return 1
    return 1 if failures else 0


# ---------------------------------------------------------------- typer layer

DASK, HANLP, INPUT = "Dask: annotate on a cluster", "HanLP: a statistical NER model", "Inputs"

EXAMPLES = """[bold]Examples[/bold]

  annotate page.txt                      [dim]# at a terminal: rendered for reading[/dim]

  annotate pages/ -o out.jsonl -j 4      [dim]# a folder, four processes, JSON Lines[/dim]

  annotate -u entity page.txt | jq -r '[.label,.text]|@tsv'

  cat corpus.jsonl | annotate --text-field body > out.jsonl
"""


def annotate_cli(
    inputs: Annotated[
        Optional[List[str]],
        Arg(help="Page files, folders (*.txt, recursively) or '-' for stdin.", metavar="[PAGE]...", show_default=False),
    ] = None,
    output: Annotated[
        Optional[Path],
        Opt(
            "--output",
            "-o",
            metavar="FILE",
            help="Write to FILE, whole or not at all.",
            allow_dash=True,
            show_default=False,
        ),
    ] = None,
    unit: Annotated[
        Unit, Opt("--unit", "-u", metavar="UNIT", help="A record per article, document or entity.")
    ] = Unit.article,
    annotators: Annotated[
        Optional[str],
        Opt("--annotators", "-a", metavar="A,B", help="Annotators to run (see baokan annotators).", show_default=False),
    ] = None,
    settings: Annotated[
        Optional[List[str]],
        Opt(
            "--set", "-s", metavar="A.OPT=V", help="An annotator option, e.g. places.use_crf=true.", show_default=False
        ),
    ] = None,
    json_: Annotated[bool, Opt("--json", help="JSON Lines even at a terminal.")] = False,
    pretty: Annotated[bool, Opt("--pretty", "-p", help="Render for reading even when piped.")] = False,
    jobs: Annotated[
        str, Opt("--jobs", "-j", metavar="N", help="Worker processes, or auto: one a core (output keeps input order).")
    ] = "1",
    quiet: Annotated[bool, Opt("--quiet", "-q", help="No progress display on stderr.")] = False,
    fail_fast: Annotated[bool, Opt("--fail-fast", help="Stop at the first input that fails.")] = False,
    color: Annotated[
        Color, Opt("--color", metavar="WHEN", help="auto, always or never (NO_COLOR is honoured).")
    ] = Color.auto,
    width: Annotated[
        Optional[int],
        Opt("--width", min=20, metavar="COLS", help="Render at COLS columns (default: ≤ 100).", show_default=False),
    ] = None,
    list_: Annotated[bool, Opt("--list-annotators", help="Print the annotators as JSON and exit.")] = False,
    version: Annotated[
        Optional[bool],
        Opt("--version", callback=show_version, is_eager=True, help="Print the versions of baokan and its data."),
    ] = None,
    input_format: Annotated[
        InputFormat,
        Opt(
            "--input-format",
            "-f",
            metavar="FMT",
            help="text, jsonl (a page per line) or auto: jsonl for *.jsonl, stdin by its first line.",
            rich_help_panel=INPUT,
        ),
    ] = InputFormat.auto,
    id_field: Annotated[
        str,
        Opt(
            "--id-field", metavar="FIELD", help="The field of a jsonl line that names the page.", rich_help_panel=INPUT
        ),
    ] = "id",
    text_field: Annotated[
        str,
        Opt(
            "--text-field",
            metavar="FIELD",
            help="The field of a jsonl line that holds its text.",
            rich_help_panel=INPUT,
        ),
    ] = "text",
    encoding: Annotated[
        Optional[str],
        Opt(
            "--encoding",
            metavar="ENC",
            help="Decode pages as ENC instead of detecting it.",
            rich_help_panel=INPUT,
            show_default=False,
        ),
    ] = None,
    hidden: Annotated[bool, Opt("--hidden", help="Also read hidden files and folders.", rich_help_panel=INPUT)] = False,
    no_ignore: Annotated[
        bool, Opt("--no-ignore", help="Also read what .gitignore and .ignore ignore.", rich_help_panel=INPUT)
    ] = False,
    dask: Annotated[
        Optional[str],
        Opt(
            "--dask",
            metavar="ADDRESS",
            help="A Dask scheduler (tcp://host:8786) to run on.",
            rich_help_panel=DASK,
            show_default=False,
        ),
    ] = None,
    output_dir: Annotated[
        Optional[Path],
        Opt(
            "--output-dir",
            metavar="DIR",
            help="Write shards part-NNNNN.jsonl into DIR.",
            rich_help_panel=DASK,
            show_default=False,
        ),
    ] = None,
    partition_size: Annotated[
        int, Opt("--partition-size", min=1, metavar="N", help="Pages per partition (and shard).", rich_help_panel=DASK)
    ] = 200,
    overwrite: Annotated[
        bool, Opt("--overwrite", help="Use a DIR that is not empty: its old shards go first.", rich_help_panel=DASK)
    ] = False,
    ner: Annotated[
        Optional[Ner],
        Opt(
            "--ner",
            metavar="MODEL",
            help="hanlp: also run HanLP's NER (the hanlp extra); crf: the places CRF (slower, off by default).",
            rich_help_panel=HANLP,
            show_default=False,
        ),
    ] = None,
    hanlp_model: Annotated[
        Optional[str],
        Opt(
            "--hanlp-model",
            metavar="ID|DIR",
            help="A HanLP model folder, or an identifier to download.",
            rich_help_panel=HANLP,
            show_default=False,
        ),
    ] = None,
    hanlp_home: Annotated[
        Optional[Path],
        Opt(
            "--hanlp-home",
            metavar="DIR",
            help="HanLP's data folder (HANLP_HOME).",
            rich_help_panel=HANLP,
            show_default=False,
        ),
    ] = None,
) -> None:
    """Annotate newspaper pages: articles, officials, places, police units, slogans.

    At a terminal the records are rendered for reading; piped or written to a
    file, they are JSON Lines.
    """
    if list_:
        print_json(list_annotators())
        return
    if json_ and pretty:
        raise UsageError("use just one of --json and --pretty")
    if not inputs:
        if sys.stdin is None or sys.stdin.isatty():
            raise UsageError("no input: give page files, folders or '-' (or pipe a page into stdin)")
        inputs = ["-"]
    check_encoding(encoding)
    read_options = dict(
        input_format=input_format.value,
        encoding=encoding,
        id_field=id_field,
        text_field=text_field,
        hidden=hidden,
        ignore=not no_ignore,
    )
    jobs = parse_jobs(jobs)
    names, config = ner_selection(
        split_names(annotators), ner, model=hanlp_model, home=hanlp_home, jobs=jobs, dask=dask
    )
    config = merge_config(config, parse_settings(settings, selected=names))
    if dask or output_dir:
        if not (dask and output_dir):
            raise UsageError("--dask and --output-dir go together: --dask ADDRESS --output-dir DIR")
        check_dask_options(
            output_dir, overwrite=overwrite, output=output, pretty=pretty, jobs=jobs, fail_fast=fail_fast
        )
        raise typer.Exit(
            annotate_on_dask(
                inputs,
                address=dask,
                output_dir=output_dir,
                unit=unit,
                annotators=split_names(annotators),
                partition_size=partition_size,
                quiet=quiet,
                config=config,
                overwrite=overwrite,
                **read_options,
            )
        )
    if overwrite:
        raise UsageError("--overwrite goes with --dask and --output-dir")
    to_stdout = output is None or str(output) == "-"
    render = pretty or (not json_ and to_stdout and stdout_is_terminal())
    with output_stream(output, inputs=inputs) as out:
        status = annotate(
            inputs,
            out=out,
            unit=unit,
            annotators=names,
            pretty=render,
            color=color.value,
            width=width,
            fail_fast=fail_fast,
            jobs=jobs,
            quiet=quiet,
            config=config,
            **read_options,
        )
    raise typer.Exit(status)
