"""``annotate`` (and ``baokan annotate``): pages in, one JSON line per article, document or entity out."""
from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import IO, Any, List, Optional

import typer
from typing_extensions import Annotated

from baokan.cli.app import (
    Arg, Color, ErrorLines, Opt, UsageError, err, output_stream, print_json, resume_gc, split_names,
)
from baokan.cli.selection import Ner, build_pipeline, list_annotators, merge_config, ner_selection, parse_settings
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
    pretty: bool = False,
    color: str = "auto",
    fail_fast: bool = False,
    jobs: int = 1,
    quiet: bool = False,
    stdin: Optional[IO[bytes]] = None,
    config: Optional[dict] = None,
) -> int:
    """Annotate every input and write its records; return the exit status (0 ok, 1 some input failed).

    Records are written per document, in input order, and flushed at once, so
    an interrupted run leaves complete lines only.
    """
    from baokan.cli.progress import progress
    from baokan.cli.readers import read_inputs
    from baokan.cli.runner import run_parallel, run_serial

    pipeline = build_pipeline(annotators, config)
    items = read_inputs(inputs, input_format=input_format, encoding=encoding,
                        id_field=id_field, text_field=text_field, stdin=stdin)
    if jobs > 1:
        outcomes = run_parallel(items, annotators, unit, jobs, config=config)
    else:
        outcomes = run_serial(items, pipeline, unit)
    show = _pretty_printer(out, color) if pretty else None
    with progress(enabled=not quiet) as advance, ErrorLines() as errors:
        for outcome in outcomes:
            resume_gc()  # the first document has loaded the models: from here on, garbage is the documents'
            advance(1)
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
        raise UsageError(f"--encoding {encoding!r} is not an encoding Python knows (e.g. utf-8, gb18030, big5)") from None


def _pretty_printer(out: IO[bytes], color: str):
    """``--pretty``: each document's JSON lines rendered with rich instead of written."""
    import io

    import orjson

    from baokan.cli.render import make_console, render

    console = make_console(color=color, file=io.TextIOWrapper(out, encoding="utf-8", write_through=True))

    def show(lines: bytes) -> None:
        render([orjson.loads(line) for line in lines.splitlines()], console)

    return show


def check_dask_options(output_dir: Path, *, overwrite: bool, output: Optional[Path], pretty: bool, jobs: int,
                       fail_fast: bool) -> None:
    """Refuse what --dask would ignore, and an output folder that holds files already unless --overwrite."""
    ignored = [name for name, given in (("-o/--output", output is not None), ("--pretty", pretty),
                                        ("-j/--jobs", jobs != 1), ("--fail-fast", fail_fast)) if given]
    if ignored:
        raise UsageError(f"--dask writes JSONL shards to --output-dir on the cluster's workers: "
                         f"{', '.join(ignored)} do not apply there; drop {'it' if len(ignored) == 1 else 'them'}")
    try:
        held = sorted(p.name for p in output_dir.iterdir()) if output_dir.is_dir() else []
    except OSError as e:
        raise UsageError(f"--output-dir {output_dir}: {e.strerror or e}") from None
    if held and not overwrite:
        shown = ", ".join(held[:3]) + (f" and {len(held) - 3} more" if len(held) > 3 else "")
        raise UsageError(f"--output-dir {output_dir} is not empty ({shown}): old shards would mix with the new; "
                         "give an empty folder, or --overwrite to remove its part-*.jsonl first")


def annotate_on_dask(inputs: List[str], *, address: str, output_dir: Path, unit: Unit, annotators: Optional[List[str]],
                     partition_size: int, quiet: bool, config: Optional[dict] = None, overwrite: bool = False,
                     **read_options: Any) -> int:
    """``--dask``: annotate on a cluster and write JSONL shards to ``output_dir``."""
    from baokan.cli.dask_runner import run_on_dask
    from baokan.cli.progress import progress
    from baokan.cli.readers import read_inputs

    resume_gc()
    build_pipeline(annotators, config)  # refuse bad --annotators here, before the cluster is involved
    items = read_inputs(inputs, **read_options)
    with progress(enabled=not quiet) as advance:
        try:
            with ErrorLines() as errors:
                failures = run_on_dask(address, items, names=annotators, config=config, unit=unit.value,
                                       output_dir=output_dir, partition_size=partition_size, on_done=advance,
                                       overwrite=overwrite, on_error=errors.add)
        except (OSError, TimeoutError, RuntimeError) as e:
            err(f"error: --dask {address}: {e}")
            return 1
    return 1 if failures else 0


# ---------------------------------------------------------------- typer layer

# fmt: off
def annotate_cli(
    inputs: Annotated[Optional[List[str]], Arg(help="Page files, directories (*.txt, recursively) or '-' for stdin. Reads stdin when none are given and stdin is piped.", show_default=False)] = None,
    unit: Annotated[Unit, Opt("--unit", "-u", help="One JSON line per article, per document (articles nested) or per entity.")] = Unit.article,
    annotators: Annotated[Optional[str], Opt("--annotators", "-a", help="Comma-separated annotators to run (default: all default ones). See --list-annotators.")] = None,
    list_: Annotated[bool, Opt("--list-annotators", help="Print the registered annotators as JSON and exit.")] = False,
    output: Annotated[Optional[Path], Opt("--output", "-o", help="Write to FILE instead of stdout (whole or not at all: the old FILE stays until the run ends).", allow_dash=True)] = None,
    pretty: Annotated[bool, Opt("--pretty", "-p", help="Render for people (rich) instead of JSON Lines.")] = False,
    color: Annotated[Color, Opt("--color", help="Colour for --pretty: auto follows the terminal, NO_COLOR and FORCE_COLOR.")] = Color.auto,
    input_format: Annotated[InputFormat, Opt("--input-format", "-f", help="text pages, or a jsonl corpus of one document per line; auto picks jsonl for *.jsonl files.")] = InputFormat.auto,
    id_field: Annotated[str, Opt("--id-field", help="Field of a JSONL corpus line that names the document.")] = "id",
    text_field: Annotated[str, Opt("--text-field", help="Field of a JSONL corpus line that holds the page text.")] = "text",
    encoding: Annotated[Optional[str], Opt("--encoding", help="Decode inputs with this encoding instead of detecting it.")] = None,
    fail_fast: Annotated[bool, Opt("--fail-fast", help="Stop at the first input that fails.")] = False,
    jobs: Annotated[int, Opt("--jobs", "-j", min=1, help="Worker processes; output stays in input order.")] = 1,
    quiet: Annotated[bool, Opt("--quiet", "-q", help="No progress display on stderr.")] = False,
    dask: Annotated[Optional[str], Opt("--dask", help="Address of a Dask scheduler (tcp://host:8786): annotate on that cluster; needs --output-dir.")] = None,
    output_dir: Annotated[Optional[Path], Opt("--output-dir", help="With --dask: write JSONL shards part-NNNNN.jsonl here.")] = None,
    partition_size: Annotated[int, Opt("--partition-size", min=1, help="With --dask: documents per partition (and shard).")] = 200,
    overwrite: Annotated[bool, Opt("--overwrite", help="With --dask: write into a folder that is not empty, removing its old part-*.jsonl shards first.")] = False,
    settings: Annotated[Optional[List[str]], Opt("--set", "-s", help="An annotator option, ANNOTATOR.OPTION=VALUE, e.g. places.use_crf=false (see baokan annotators). Repeatable.")] = None,
    ner: Annotated[Optional[Ner], Opt("--ner", help="Also run a statistical NER model (needs its extra): its names feed the domain annotators; those they leave become person, org and place entities.")] = None,
    hanlp_model: Annotated[Optional[str], Opt("--hanlp-model", help="With --ner hanlp: a HanLP model directory (loaded offline), or a hanlp.pretrained identifier such as MSRA_NER_ELECTRA_SMALL_ZH (downloaded).")] = None,
    hanlp_home: Annotated[Optional[Path], Opt("--hanlp-home", help="With --ner hanlp: HanLP's data directory (HANLP_HOME), where identifiers are downloaded to.")] = None,
) -> None:
    """Annotate newspaper pages: articles, officials, places, police units, slogans → JSON Lines."""
    if list_:
        print_json(list_annotators())
        return
    if not inputs:
        if sys.stdin is None or sys.stdin.isatty():
            raise UsageError("no input: give page files, directories or '-' (or pipe a page into stdin)")
        inputs = ["-"]
    check_encoding(encoding)
    read_options = dict(input_format=input_format.value, encoding=encoding, id_field=id_field, text_field=text_field)
    names, config = ner_selection(split_names(annotators), ner, model=hanlp_model, home=hanlp_home, jobs=jobs, dask=dask)
    config = merge_config(config, parse_settings(settings, selected=names))
    if dask or output_dir:
        if not (dask and output_dir):
            raise UsageError("--dask and --output-dir go together: --dask ADDRESS --output-dir DIR")
        check_dask_options(output_dir, overwrite=overwrite, output=output, pretty=pretty, jobs=jobs,
                           fail_fast=fail_fast)
        raise typer.Exit(annotate_on_dask(inputs, address=dask, output_dir=output_dir, unit=unit,
                                          annotators=split_names(annotators), partition_size=partition_size,
                                          quiet=quiet, config=config, overwrite=overwrite, **read_options))
    if overwrite:
        raise UsageError("--overwrite goes with --dask and --output-dir")
    with output_stream(output, inputs=inputs) as out:
        status = annotate(inputs, out=out, unit=unit, annotators=names, pretty=pretty,
                          color=color.value, fail_fast=fail_fast, jobs=jobs, quiet=quiet, config=config, **read_options)
    raise typer.Exit(status)
# fmt: on
