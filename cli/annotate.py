"""``annotate`` (and ``baokan annotate``): pages in, one JSON line per article, document or entity out.

The typer layer: options, help and the version callback. The command itself
is :func:`baokan.cli.annotating.annotate_command`, which a plain ``annotate``
command line reaches without typer (:mod:`baokan.cli.fast`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, List, Optional

import typer

from baokan.cli.about import show_version
from baokan.cli.annotating import (  # noqa: F401  (re-exported: the plain functions under the command)
    InputFormat,
    annotate,
    annotate_command,
    annotate_on_dask,
    check_dask_options,
    check_encoding,
)
from baokan.cli.app import Arg, Color, Opt
from baokan.cli.selection import Ner
from baokan.cli.writers import Unit

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
    raise typer.Exit(
        annotate_command(
            inputs,
            output=output,
            unit=unit,
            annotators=annotators,
            settings=settings,
            json_=json_,
            pretty=pretty,
            jobs=jobs,
            quiet=quiet,
            fail_fast=fail_fast,
            color=color,
            width=width,
            list_=list_,
            input_format=input_format,
            id_field=id_field,
            text_field=text_field,
            encoding=encoding,
            hidden=hidden,
            no_ignore=no_ignore,
            dask=dask,
            output_dir=output_dir,
            partition_size=partition_size,
            overwrite=overwrite,
            ner=ner,
            hanlp_model=hanlp_model,
            hanlp_home=hanlp_home,
        )
    )
