"""The typer app: ``annotate`` and ``baokan annotate|show|schema|annotators``.

Commands stay thin: each ``*_cli`` parses options and calls a plain function
that works without typer. Stdout carries data only; errors go to stderr, one
line per bad input, and never as a traceback.
"""
from __future__ import annotations

import os
import signal
import sys
from enum import Enum
from pathlib import Path
from typing import IO, Any, Dict, Iterable, List, Optional

import typer
from typing_extensions import Annotated

from baokan.cli.writers import Unit

Arg = typer.Argument
Opt = typer.Option

PROG = "baokan"


class Color(str, Enum):
    auto = "auto"
    always = "always"
    never = "never"


class InputFormat(str, Enum):
    auto = "auto"
    text = "text"
    jsonl = "jsonl"


class UsageError(Exception):
    """Bad options: exit status 2."""


class ModelError(Exception):
    """A model cannot be loaded (not installed, not found, no network to download it): exit status 3."""


EXIT_MODEL = 3


class Ner(str, Enum):
    hanlp = "hanlp"


def err(message: str) -> None:
    """One line on stderr."""
    try:
        print(f"{PROG}: {message}", file=sys.stderr, flush=True)
    except (BrokenPipeError, ValueError):  # pragma: no cover
        pass


def resume_gc() -> None:
    """Turn the cycle collector back on if the ``annotate`` entry point paused it for start-up
    (see entry.py), freezing what start-up loaded so that later collections skip it."""
    import gc

    if not gc.isenabled():
        gc.freeze()
        gc.enable()


def split_names(value: Optional[str]) -> Optional[List[str]]:
    if value is None:
        return None
    return [n.strip() for n in value.split(",") if n.strip()]


def list_annotators() -> List[dict]:
    from baokan.annotators.core.registry import available

    return [cls.meta.to_dict() for cls in available().values()]


def build_pipeline(names: Optional[List[str]], config: Optional[dict] = None):
    from baokan.annotators.core.pipeline import ModelUnavailable, Pipeline

    try:
        pipeline = Pipeline(names, config=config)
    except (KeyError, ValueError) as e:
        raise UsageError(f"--annotators: {e.args[0] if e.args else e}") from None
    except TypeError as e:  # a --set key the annotator does not take
        raise UsageError(f"--set: {e}") from None
    try:  # load models before any input: a missing one is one error, not one per document
        for _, component in pipeline.annotators:
            if callable(getattr(component, "preload", None)):
                component.preload()
    except ModelUnavailable as e:
        raise ModelError(str(e)) from None
    return pipeline


def parse_settings(values: Optional[List[str]]) -> Dict[str, Dict[str, Any]]:
    """``--set places.use_crf=false`` → ``{"places": {"use_crf": False}}``; values are JSON, else strings."""
    import orjson

    out: Dict[str, Dict[str, Any]] = {}
    for item in values or []:
        key, eq, raw = item.partition("=")
        name, dot, option = key.strip().partition(".")
        if not (eq and dot and name and option):
            raise UsageError(f"--set: expected ANNOTATOR.OPTION=VALUE, not {item!r}")
        try:
            value = orjson.loads(raw)
        except orjson.JSONDecodeError:
            value = raw
        out.setdefault(name, {})[option] = value
    return out


def merge_config(*configs: Optional[Dict[str, Dict[str, Any]]]) -> Dict[str, Dict[str, Any]]:
    merged: Dict[str, Dict[str, Any]] = {}
    for config in configs:
        for name, options in (config or {}).items():
            merged.setdefault(name, {}).update(options)
    return merged


def ner_selection(names: Optional[List[str]], ner: Optional[Ner], *, model: Optional[str], home: Optional[Path],
                  jobs: int, dask: Optional[str]):
    """``--ner hanlp``: add the backend's annotators (candidates, then leftover entities) and their config."""
    if ner is not None:
        from baokan.annotators.core.registry import default_names

        names = list(names if names is not None else default_names()) + ["hanlp", "hanlp_entities"]
    if names is None or "hanlp" not in names:
        if model or home:
            raise UsageError("--hanlp-model and --hanlp-home go with --ner hanlp")
        return names, None
    if not model:
        raise UsageError("--ner hanlp needs --hanlp-model ID_OR_PATH: a HanLP model directory, "
                         "or a hanlp.pretrained identifier such as MSRA_NER_ELECTRA_SMALL_ZH")
    if jobs > 1 or dask:
        raise UsageError("--ner hanlp runs in this process only: drop --jobs and --dask")
    return names, {"hanlp": {"model": model, "home": str(home) if home else None}}


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
    if pretty:
        resume_gc()
        return _annotate_pretty(items, pipeline, unit=unit, out=out, color=color, fail_fast=fail_fast)
    if jobs > 1:
        outcomes = run_parallel(items, annotators, unit, jobs, config=config)
    else:
        outcomes = run_serial(items, pipeline, unit)
    failed = 0
    with progress(enabled=not quiet) as advance:
        for outcome in outcomes:
            resume_gc()  # the first document has loaded the models: from here on, garbage is the documents'
            advance(1)
            if outcome.error is not None:
                err(f"error: {outcome.doc}: {outcome.error}")
                failed += 1
                if fail_fast:
                    break
            elif outcome.lines:
                out.write(outcome.lines)
                out.flush()
    return 1 if failed else 0


def _annotate_pretty(items, pipeline, *, unit: Unit, out: IO[bytes], color: str, fail_fast: bool) -> int:
    import io

    from baokan.annotators.core.pipeline import AnnotatorError
    from baokan.cli.readers import InputError
    from baokan.cli.render import make_console, render
    from baokan.cli.writers import records, to_dict

    console = make_console(color=color, file=io.TextIOWrapper(out, encoding="utf-8", write_through=True))
    failed = 0
    for item in items:
        try:
            if isinstance(item, InputError):
                raise AnnotatorError(item.reason)
            doc = pipeline(item)
        except AnnotatorError as e:
            err(f"error: {item.doc}: {e}")
            failed += 1
            if fail_fast:
                break
            continue
        render([to_dict(r) for r in records(doc, unit)], console)
    return 1 if failed else 0


def annotate_on_dask(inputs: List[str], *, address: str, output_dir: Path, unit: Unit, annotators: Optional[List[str]],
                     partition_size: int, quiet: bool, config: Optional[dict] = None, **read_options: Any) -> int:
    """``--dask``: annotate on a cluster and write JSONL shards to ``output_dir``."""
    from baokan.cli.dask_runner import run_on_dask
    from baokan.cli.progress import progress
    from baokan.cli.readers import read_inputs

    resume_gc()
    build_pipeline(annotators, config)  # refuse bad --annotators here, before the cluster is involved
    items = read_inputs(inputs, **read_options)
    with progress(enabled=not quiet) as advance:
        try:
            failures = run_on_dask(address, items, names=annotators, config=config, unit=unit.value, output_dir=output_dir,
                                   partition_size=partition_size, on_done=advance,
                                   on_error=lambda doc, why: err(f"error: {doc}: {why}"))
        except (OSError, TimeoutError, RuntimeError) as e:
            err(f"error: --dask {address}: {e}")
            return 1
    return 1 if failures else 0


def show(source: str, *, color: str = "auto", width: Optional[int] = None, stdin: Optional[IO[bytes]] = None) -> int:
    """Render annotate's JSONL (any unit) in the terminal."""
    import orjson

    from baokan.cli.render import make_console, render

    console = make_console(color=color, width=width)
    status = 0

    def lines(stream: Iterable[bytes]):
        nonlocal status
        for lineno, line in enumerate(stream, 1):
            if not line.strip():
                continue
            try:
                yield orjson.loads(line)
            except orjson.JSONDecodeError as e:
                err(f"error: {source}:{lineno}: not valid JSON: {e}")
                status = 1

    if source == "-":
        render(lines(stdin or sys.stdin.buffer), console)
    else:
        try:
            with open(source, "rb") as f:
                render(lines(f), console)
        except OSError as e:
            err(f"error: {source}: {e.strerror or e}")
            return 1
    return status


# ---------------------------------------------------------------- typer layer

def _open_output(output: Optional[Path]):
    if output is None or str(output) == "-":
        return sys.stdout.buffer, False
    try:
        return open(output, "wb"), True
    except OSError as e:
        raise UsageError(f"--output: cannot write {output}: {e.strerror or e}") from None


# fmt: off
def annotate_cli(
    inputs: Annotated[Optional[List[str]], Arg(help="Page files, directories (*.txt, recursively) or '-' for stdin. Reads stdin when none are given and stdin is piped.", show_default=False)] = None,
    unit: Annotated[Unit, Opt("--unit", "-u", help="One JSON line per article, per document (articles nested) or per entity.")] = Unit.article,
    annotators: Annotated[Optional[str], Opt("--annotators", "-a", help="Comma-separated annotators to run (default: all default ones). See --list-annotators.")] = None,
    list_: Annotated[bool, Opt("--list-annotators", help="Print the registered annotators as JSON and exit.")] = False,
    output: Annotated[Optional[Path], Opt("--output", "-o", help="Write to FILE instead of stdout.", allow_dash=True)] = None,
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
    settings: Annotated[Optional[List[str]], Opt("--set", "-s", help="An annotator option, ANNOTATOR.OPTION=VALUE (JSON or text), e.g. places.use_crf=false. Repeatable.")] = None,
    ner: Annotated[Optional[Ner], Opt("--ner", help="Also run a statistical NER model (needs its extra): its names feed the domain annotators; those they leave become person, org and place entities.")] = None,
    hanlp_model: Annotated[Optional[str], Opt("--hanlp-model", help="With --ner hanlp: a HanLP model directory (loaded offline), or a hanlp.pretrained identifier such as MSRA_NER_ELECTRA_SMALL_ZH (downloaded).")] = None,
    hanlp_home: Annotated[Optional[Path], Opt("--hanlp-home", help="With --ner hanlp: HanLP's data directory (HANLP_HOME), where identifiers are downloaded to.")] = None,
) -> None:
    """Annotate newspaper pages: articles, officials, places, police units, slogans → JSON Lines."""
    import orjson

    if list_:
        sys.stdout.buffer.write(orjson.dumps(list_annotators(), option=orjson.OPT_INDENT_2) + b"\n")
        return
    if not inputs:
        if sys.stdin is None or sys.stdin.isatty():
            raise UsageError("no input: give page files, directories or '-' (or pipe a page into stdin)")
        inputs = ["-"]
    read_options = dict(input_format=input_format.value, encoding=encoding, id_field=id_field, text_field=text_field)
    names, config = ner_selection(split_names(annotators), ner, model=hanlp_model, home=hanlp_home, jobs=jobs, dask=dask)
    config = merge_config(config, parse_settings(settings))
    if dask or output_dir:
        if not (dask and output_dir):
            raise UsageError("--dask and --output-dir go together: --dask ADDRESS --output-dir DIR")
        raise typer.Exit(annotate_on_dask(inputs, address=dask, output_dir=output_dir, unit=unit,
                                          annotators=split_names(annotators), partition_size=partition_size,
                                          quiet=quiet, config=config, **read_options))
    out, close = _open_output(output)
    try:
        status = annotate(inputs, out=out, unit=unit, annotators=names, pretty=pretty,
                          color=color.value, fail_fast=fail_fast, jobs=jobs, quiet=quiet, config=config, **read_options)
    finally:
        if close:
            out.close()
    raise typer.Exit(status)


def show_cli(
    source: Annotated[str, Arg(help="annotate's JSONL output, or '-' for stdin.")] = "-",
    color: Annotated[Color, Opt("--color", help="auto follows the terminal, NO_COLOR and FORCE_COLOR.")] = Color.auto,
    width: Annotated[Optional[int], Opt("--width", help="Render at this many columns.")] = None,
) -> None:
    """Render annotate's JSONL in the terminal: headers, coloured entities, entity tables."""
    raise typer.Exit(show(source, color=color.value, width=width))


def schema_cli(
    unit: Annotated[Unit, Opt("--unit", "-u", help="The record whose JSON Schema to print.")] = Unit.article,
) -> None:
    """Print the JSON Schema of annotate's records."""
    import orjson

    from baokan.schemas.records import json_schema

    sys.stdout.buffer.write(orjson.dumps(json_schema(unit.value), option=orjson.OPT_INDENT_2) + b"\n")


def annotators_cli() -> None:
    """List the registered annotators (name, version, distribution, layers) as JSON."""
    import orjson

    sys.stdout.buffer.write(orjson.dumps(list_annotators(), option=orjson.OPT_INDENT_2) + b"\n")
# fmt: on

SETTINGS = {"help_option_names": ["-h", "--help"]}

app = typer.Typer(name=PROG, help="baokan (报刊): annotate Chinese newspaper pages.", add_completion=False,
                  pretty_exceptions_enable=False, no_args_is_help=True, context_settings=SETTINGS)
app.command("annotate")(annotate_cli)
app.command("show")(show_cli)
app.command("schema")(schema_cli)
app.command("annotators")(annotators_cli)

annotate_app = typer.Typer(name="annotate", add_completion=False, pretty_exceptions_enable=False,
                           context_settings=SETTINGS)
annotate_app.command()(annotate_cli)


def register(command) -> None:
    """Add a command to ``baokan`` (used by modules such as eval, stats and export)."""
    app.command(command.__name__.removesuffix("_cli").replace("_", "-"))(command)


def run(typer_app: typer.Typer, prog: str) -> None:
    """Run an app so that no traceback reaches the user and a closed pipe ends quietly."""
    global PROG
    PROG = prog
    signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        typer_app(prog_name=prog)
    except UsageError as e:
        err(f"usage error: {e}")
        sys.exit(2)
    except ModelError as e:
        err(f"error: {e}")
        sys.exit(EXIT_MODEL)
    except KeyboardInterrupt:
        sys.exit(130)
    except BrokenPipeError:
        _silence_stdout()
        sys.exit(0)
    except SystemExit as e:
        if isinstance(e.__context__, BrokenPipeError):
            _silence_stdout()
        raise
    except Exception as e:  # a bug: one line, the traceback only on request
        if os.environ.get("BAOKAN_DEBUG"):
            raise
        err(f"internal error: {type(e).__name__}: {e} (set BAOKAN_DEBUG=1 for the traceback)")
        sys.exit(1)


def _silence_stdout() -> None:
    # Python flushes stdout at exit; point it at /dev/null so that flush cannot raise again.
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except OSError:  # pragma: no cover
        pass


def main() -> None:
    """Entry point of ``baokan``."""
    _load_commands()
    run(app, "baokan")


def annotate_entry() -> None:
    """Entry point of ``annotate``."""
    run(annotate_app, "annotate")


def _load_commands() -> None:
    """Import the optional command modules that add themselves with :func:`register`."""
    import importlib

    for module in ("baokan.cli.stats", "baokan.cli.evaluate", "baokan.cli.export"):
        try:
            importlib.import_module(module)
        except ModuleNotFoundError as e:
            if e.name != module:
                raise
