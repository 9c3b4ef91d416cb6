"""``annotate`` without typer: the command with its options parsed, and the plain functions under it.

:mod:`baokan.cli.annotate` is the typer layer over :func:`annotate_command`;
:mod:`baokan.cli.fast` calls it directly for a plain command line.
"""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import IO, Any, List, Optional

from baokan.cli.common import (
    Color,
    ErrorLines,
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


#: Inputs of more bytes than this are cut by rjieba from the start
#: (:func:`baokan.annotators.language.words.expect_long_input`): some 27,000 Chinese
#: characters, of which the annotators cut windows of about 9,000 characters in all, past
#: jieba's Python allowance (``words.PYTHON_CHARS``), so rjieba's start-up is paid in any case.
LONG_INPUT_BYTES = 80_000


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
    from baokan.annotators.language import words
    from baokan.cli import progress
    from baokan.cli.readers import ReadCounter, expand, holds_at_least, input_size, read_inputs
    from baokan.cli.runner import run_parallel, run_serial

    inputs = list(inputs)
    pipeline = build_pipeline(annotators, config)
    if holds_at_least(inputs, LONG_INPUT_BYTES):
        words.expect_long_input()
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


def annotate_command(
    inputs: Optional[List[str]] = None,
    *,
    output: Optional[Path] = None,
    unit: Unit = Unit.article,
    annotators: Optional[str] = None,
    settings: Optional[List[str]] = None,
    json_: bool = False,
    pretty: bool = False,
    jobs: str = "1",
    quiet: bool = False,
    fail_fast: bool = False,
    color: Color = Color.auto,
    width: Optional[int] = None,
    list_: bool = False,
    input_format: InputFormat = InputFormat.auto,
    id_field: str = "id",
    text_field: str = "text",
    encoding: Optional[str] = None,
    hidden: bool = False,
    no_ignore: bool = False,
    dask: Optional[str] = None,
    output_dir: Optional[Path] = None,
    partition_size: int = 200,
    overwrite: bool = False,
    ner: Optional[Ner] = None,
    hanlp_model: Optional[str] = None,
    hanlp_home: Optional[Path] = None,
) -> int:
    """``annotate`` with its options parsed (by typer, or by :mod:`baokan.cli.fast`): the exit status.

    At a terminal the records are rendered for reading; piped or written to a
    file, they are JSON Lines.
    """
    if list_:
        print_json(list_annotators())
        return 0
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
        return annotate_on_dask(
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
    return status
