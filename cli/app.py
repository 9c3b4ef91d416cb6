"""What every command shares: the typer apps, option helpers, errors and JSON printing.

Commands stay thin: each ``*_cli`` parses options and calls a plain function
that works without typer. Stdout carries data only; errors go to stderr, one
line per bad input, and never as a traceback. This module imports no command:
:mod:`baokan.cli.main` puts the commands together.
"""
from __future__ import annotations

import os
import signal
import sys
from enum import Enum
from pathlib import Path
from typing import Any, List, Optional

import typer
from typer.core import TyperCommand, TyperGroup

Arg = typer.Argument
Opt = typer.Option

PROG = "baokan"

SETTINGS = {"help_option_names": ["-h", "--help"]}


class Color(str, Enum):
    auto = "auto"
    always = "always"
    never = "never"


class UsageError(Exception):
    """Bad options: exit status 2."""


class ModelError(Exception):
    """A model cannot be loaded (not installed, not found, no network to download it): exit status 3."""


EXIT_MODEL = 3


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
    """``"a, b,"`` → ``["a", "b"]``; None stays None."""
    if value is None:
        return None
    return [n.strip() for n in value.split(",") if n.strip()]


def print_json(value: Any) -> None:
    """Write ``value`` to stdout as indented JSON (UTF-8 kept as is)."""
    import orjson

    sys.stdout.buffer.write(orjson.dumps(value, option=orjson.OPT_INDENT_2) + b"\n")


def open_output(output: Optional[Path]):
    """The stream ``--output`` names (stdout for none or ``-``) and whether to close it."""
    if output is None or str(output) == "-":
        return sys.stdout.buffer, False
    try:
        return open(output, "wb"), True
    except OSError as e:
        raise UsageError(f"--output: cannot write {output}: {e.strerror or e}") from None


class _Guarded:
    """For click commands: baokan's errors become one line on stderr and an exit status.

    In the command itself rather than around it, so that typer's ``CliRunner``
    sees what a user sees.
    """

    def main(self, *args: Any, **kwargs: Any) -> Any:
        global PROG
        PROG = kwargs.get("prog_name") or PROG
        try:
            return super().main(*args, **kwargs)  # type: ignore[misc]
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


class Group(_Guarded, TyperGroup):
    """``baokan``: a group of commands that reports errors baokan's way."""


class Command(_Guarded, TyperCommand):
    """A command run on its own (``annotate``) that reports errors baokan's way."""


def new_app(**kwargs: Any) -> typer.Typer:
    """A typer app with baokan's settings: no completion, no pretty tracebacks, ``-h``, errors in one line."""
    return typer.Typer(cls=Group, add_completion=False, pretty_exceptions_enable=False, context_settings=SETTINGS,
                       **kwargs)


def run(typer_app: typer.Typer, prog: str) -> None:
    """Run an app as a console script: Ctrl-C ends it with status 130 and complete lines."""
    signal.signal(signal.SIGINT, signal.default_int_handler)
    typer_app(prog_name=prog)


def _silence_stdout() -> None:
    # Python flushes stdout at exit; point it at /dev/null so that flush cannot raise again.
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except OSError:  # pragma: no cover
        pass
