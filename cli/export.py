"""``baokan export``: annotate's JSONL → Prodigy, doccano, Label Studio, brat, CoNLL/BIO or spaCy.

The conversions live in :mod:`baokan.cli.formats`; this module reads the
input lines, reports bad ones (one line each on stderr, the others go on) and
writes the target to stdout, a file or, for brat, a folder.
"""

from __future__ import annotations

import sys
from contextlib import nullcontext
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import IO, Annotated, Collection, Iterator, List, Optional

import orjson
import typer

from baokan.cli.app import Arg, ErrorLines, Opt, UsageError, err, output_stream, split_names
from baokan.cli.formats import (
    CODEPOINTS,
    UTF16,
    Example,
    ExportError,
    brat_conf,
    brat_name,
    record_examples,
    require_spacy,
    to_brat,
    to_conll,
    to_docbin,
    to_doccano,
    to_label_studio,
    to_prodigy,
)
from baokan.cli.selection import check_labels


class Target(str, Enum):
    prodigy = "prodigy"
    doccano = "doccano"
    label_studio = "label-studio"
    brat = "brat"
    conll = "conll"
    spacy = "spacy"


class Offsets(str, Enum):
    codepoints = CODEPOINTS
    utf16 = UTF16


#: Targets that count UTF-16 code units by default (their browsers do), and may be told otherwise.
BROWSER_TARGETS = (Target.doccano, Target.label_studio)


@dataclass
class _Status:
    """Whether any input failed, shared by the reading generator and the command."""

    failed: bool = False


def input_examples(
    sources: List[str], *, labels: Optional[Collection[str]], status: _Status, stdin: Optional[IO[bytes]] = None
) -> Iterator[Example]:
    """Examples from annotate's JSONL files (``-`` is stdin), one bad line or file reported and skipped."""
    with ErrorLines() as errors:
        for source in sources:
            try:
                stream = (stdin or sys.stdin.buffer) if source == "-" else open(source, "rb")
            except OSError as e:
                errors.add(source, e.strerror or str(e))
                status.failed = True
                continue
            with stream if source != "-" else nullcontext():
                for lineno, line in enumerate(stream, 1):
                    if not line.strip():
                        continue
                    try:
                        yield from record_examples(orjson.loads(line), labels=labels)
                    except orjson.JSONDecodeError as e:
                        errors.add(f"{source}:{lineno}", f"not valid JSON: {e}", key="not valid JSON")
                        status.failed = True
                    except ExportError as e:
                        errors.add(f"{source}:{lineno}", str(e))
                        status.failed = True


def export(
    sources: List[str],
    *,
    to: Target,
    out: Optional[IO[bytes]] = None,
    output_dir: Optional[Path] = None,
    labels: Optional[Collection[str]] = None,
    offsets: Optional[Offsets] = None,
    stdin: Optional[IO[bytes]] = None,
) -> int:
    """Convert annotate's records and write them in the target format; return the exit status.

    Args:
        sources (List[str]): annotate's JSONL files (article or document unit), ``-`` for stdin.
        to (Target): The format to write.
        out (IO[bytes], optional): Where to write (all targets but brat). Defaults to stdout.
        output_dir (Path, optional): The brat data folder to write ``.txt``/``.ann`` pairs into.
        labels (Collection[str], optional): Keep only these labels. Defaults to all.
        offsets (Offsets, optional): For doccano and Label Studio. Defaults to UTF-16.
        stdin (IO[bytes], optional): Stream for ``-``. Defaults to sys.stdin.buffer.
    """
    out = out or sys.stdout.buffer
    status = _Status()
    examples = input_examples(sources, labels=labels, status=status, stdin=stdin)
    unit = (offsets or Offsets.utf16).value
    if to == Target.spacy:
        data, moved = to_docbin(examples)  # raises MissingDependency before reading when spaCy is absent
        out.write(data)
        if moved:
            err(f"warning: spacy: {moved} spans did not fall on token bounds (expanded or left out)")
    elif to == Target.brat:
        _write_brat(examples, output_dir)
    elif to == Target.conll:
        skipped = 0
        for ex in examples:
            lines, n = to_conll(ex)
            skipped += n
            out.write(lines.encode("utf-8"))
        if skipped:
            err(f"warning: conll: {skipped} nested or crossing spans left out (BIO cannot nest: the outermost wins)")
    elif to == Target.label_studio:
        out.write(b"[")
        for i, ex in enumerate(examples):
            out.write((b",\n" if i else b"\n") + orjson.dumps(to_label_studio(ex, offsets=unit)))
        out.write(b"\n]\n")
    else:
        for ex in examples:
            line = to_prodigy(ex) if to == Target.prodigy else to_doccano(ex, offsets=unit)
            out.write(orjson.dumps(line) + b"\n")
    out.flush()
    return 1 if status.failed else 0


def _write_brat(examples: Iterator[Example], output_dir: Optional[Path]) -> None:
    if output_dir is None:
        raise ExportError("--to brat writes a folder of .txt and .ann files: give --output-dir DIR")
    try:
        output_dir.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise ExportError(f"--output-dir: cannot create {output_dir}: {e.strerror or e}") from None
    taken: set = set()
    labels: set = set()
    skipped = 0
    for ex in examples:
        name = brat_name(ex, taken)
        taken.add(name)
        text, ann, n = to_brat(ex)
        skipped += n
        labels.update(s.label for s in ex.spans)
        # newline="": write the text byte for byte, so brat's offsets match ours
        with open(output_dir / f"{name}.txt", "w", encoding="utf-8", newline="") as f:
            f.write(text)
        with open(output_dir / f"{name}.ann", "w", encoding="utf-8", newline="") as f:
            f.write(ann)
    conf = output_dir / "annotation.conf"
    if not conf.exists():  # a collection's own configuration is kept
        conf.write_text(brat_conf(labels), encoding="utf-8")
    if skipped:
        err(f"warning: brat: {skipped} spans of line breaks only left out")


# ---------------------------------------------------------------- typer layer


def export_cli(
    inputs: Annotated[
        Optional[List[str]],
        Arg(help="annotate's JSONL (article or document unit), or '-' for stdin (the default).", show_default=False),
    ] = None,
    to: Annotated[Target, Opt("--to", "-t", help="The format to write.", show_default=False)] = ...,  # type: ignore[assignment]
    output: Annotated[
        Optional[Path], Opt("--output", "-o", help="Write to FILE instead of stdout.", allow_dash=True)
    ] = None,
    output_dir: Annotated[
        Optional[Path],
        Opt("--output-dir", help="With --to brat: the brat data folder to write a .txt and .ann per article into."),
    ] = None,
    labels: Annotated[
        Optional[str], Opt("--labels", help="Comma-separated labels to keep, e.g. official,place (default: all).")
    ] = None,
    offsets: Annotated[
        Optional[Offsets],
        Opt(
            "--offsets",
            help=(
                "With doccano and label-studio: count UTF-16 code units (what their browsers count; the "
                "default) or code points."
            ),
            show_default=False,
        ),
    ] = None,
) -> None:
    """Export annotate's JSONL for annotation tools and NLP libraries.

    Prodigy, doccano, Label Studio, brat, CoNLL/BIO or spaCy.
    """
    if to == Target.brat and output is not None:
        raise UsageError("--to brat writes a folder: use --output-dir DIR, not --output")
    if to == Target.brat and output_dir is None:
        raise UsageError("--to brat writes a folder of .txt and .ann files: give --output-dir DIR")
    if to != Target.brat and output_dir is not None:
        raise UsageError("--output-dir is for --to brat; use --output FILE for the other formats")
    if offsets is not None and to not in BROWSER_TARGETS:
        raise UsageError(f"--offsets is for doccano and label-studio; {to.value} counts code points")
    if not inputs:
        if sys.stdin is None or sys.stdin.isatty():
            raise UsageError("no input: give annotate's JSONL files or '-' (or pipe them into stdin)")
        inputs = ["-"]
    if to == Target.spacy:
        if (output is None or str(output) == "-") and sys.stdout.isatty():
            raise UsageError("--to spacy writes a binary DocBin: give --output FILE.spacy")
        try:
            require_spacy()  # before --output is created
        except ExportError as e:
            err(f"error: {e}")
            raise typer.Exit(1) from None
    keep = split_names(labels)
    check_labels(keep, "--labels")
    with output_stream(output if to != Target.brat else None, inputs=inputs) as out:
        try:
            status = export(
                inputs, to=to, out=out, output_dir=output_dir, labels=set(keep) if keep else None, offsets=offsets
            )
        except ExportError as e:
            err(f"error: {e}")
            status = 1
    raise typer.Exit(status)
