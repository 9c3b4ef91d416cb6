"""The typer layer every command shares: apps, option helpers, and errors reported baokan's way.

Commands stay thin: each ``*_cli`` parses options and calls a plain function
that works without typer. Stdout carries data only; errors go to stderr, one
line per bad input, and never as a traceback. What needs no typer (errors,
exit statuses, output streams, JSON printing) lives in :mod:`baokan.cli.common`
and is re-exported here. This module imports no command: :mod:`baokan.cli.main`
puts the commands together.
"""

from __future__ import annotations

import signal
from typing import Any

import typer
from typer.core import TyperCommand, TyperGroup

from baokan.cli import common
from baokan.cli.common import (  # noqa: F401  (re-exported for the commands)
    EXIT_MODEL,
    EXIT_PIPE,
    Color,
    ErrorLines,
    ModelError,
    UsageError,
    annotate_records,
    err,
    guarded,
    is_record,
    output_stream,
    print_json,
    resume_gc,
    split_names,
    stdout_is_terminal,
)

Arg = typer.Argument
Opt = typer.Option

PROG = common.PROG

SETTINGS = {"help_option_names": ["-h", "--help"]}


class _Guarded:
    """For click commands: baokan's errors become one line on stderr and an exit status
    (:func:`baokan.cli.common.guarded`).

    In the command itself rather than around it, so that typer's ``CliRunner``
    sees what a user sees.
    """

    def main(self, *args: Any, **kwargs: Any) -> Any:
        common.PROG = kwargs.get("prog_name") or common.PROG
        click_main = super().main  # type: ignore[misc]
        return guarded(lambda: click_main(*args, **kwargs))


class Group(_Guarded, TyperGroup):
    """``baokan``: a group of commands that reports errors baokan's way."""


class Command(_Guarded, TyperCommand):
    """A command run on its own (``annotate``) that reports errors baokan's way."""


def new_app(**kwargs: Any) -> typer.Typer:
    """A typer app with baokan's settings: no completion, no pretty tracebacks, ``-h``, errors in one line."""
    return typer.Typer(
        cls=Group, add_completion=False, pretty_exceptions_enable=False, context_settings=SETTINGS, **kwargs
    )


def run(typer_app: typer.Typer, prog: str) -> None:
    """Run an app as a console script: Ctrl-C ends it with status 130 and complete lines."""
    signal.signal(signal.SIGINT, signal.default_int_handler)
    typer_app(prog_name=prog)
