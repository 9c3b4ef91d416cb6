"""``baokan show``: annotate's JSONL (any unit) rendered in the terminal."""

from __future__ import annotations

import sys
from typing import IO, Annotated, Iterable, Optional

import typer

from baokan.cli.app import Arg, Color, ErrorLines, Opt, UsageError, annotate_records, err


def show(source: str, *, color: str = "auto", width: Optional[int] = None, stdin: Optional[IO[bytes]] = None) -> int:
    """Render annotate's JSONL (any unit) in the terminal."""

    from baokan.cli.render import READING_WIDTH, make_console, render

    console = make_console(color=color, width=width, max_width=READING_WIDTH, trim=True)
    errors = ErrorLines("lines")

    def lines(stream: Iterable[bytes]):
        for _, record in annotate_records(stream, source, errors, hint=": show renders annotate's JSONL"):
            yield record

    with errors:
        if source == "-":
            render(lines(stdin or sys.stdin.buffer), console)
        else:
            try:
                with open(source, "rb") as f:
                    render(lines(f), console)
            except OSError as e:
                err(f"error: {source}: {e.strerror or e}")
                return 1
    return 1 if errors.count else 0


def show_cli(
    source: Annotated[str, Arg(help="annotate's JSONL output, or '-' for stdin.")] = "-",
    color: Annotated[Color, Opt("--color", help="auto follows the terminal, NO_COLOR and FORCE_COLOR.")] = Color.auto,
    width: Annotated[
        Optional[int],
        Opt(
            "--width",
            min=20,
            help="Render at this many columns (default: the terminal's, at most 100).",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Render annotate's JSONL in the terminal: headers, coloured entities, entity tables."""
    if source == "-" and (sys.stdin is None or sys.stdin.isatty()):
        raise UsageError("no input: give annotate's JSONL file, or pipe it into stdin (annotate PAGE | baokan show)")
    raise typer.Exit(show(source, color=color.value, width=width))
