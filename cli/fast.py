"""``annotate``'s plain command lines parsed without typer: a one-page run starts ~50 ms sooner.

Importing typer (and click under it) and building the command's 27 options
costs a one-page run about a fifth of its CPU time. Most command lines are
plain, though: pages and a few common options, each written out as
``--name VALUE`` or ``-n VALUE``. :func:`parse` takes exactly those and
gives up (returns None) on anything else: help, ``--version``, an option it
does not know, ``--name=VALUE``, joined short options (``-qp``), ``--``, a
value that begins with ``-``, an option given twice, a choice that is not one
of its values. Those command lines go to typer as before, so every message and
exit status stays typer's. What :func:`parse` takes it hands to the same
:func:`~baokan.cli.annotating.annotate_command` typer calls, with the same
values typer would give it (``tests/test_cli_fast.py`` holds the two paths to
the same output).
"""

from __future__ import annotations

import os
import signal
import sys
from typing import Any, Dict, List, Optional, Sequence, Tuple

#: Flags: option → keyword of annotate_command.
FLAGS = {
    "--json": "json_",
    "--pretty": "pretty",
    "-p": "pretty",
    "--quiet": "quiet",
    "-q": "quiet",
    "--fail-fast": "fail_fast",
    "--hidden": "hidden",
    "--no-ignore": "no_ignore",
}

#: Options with one value: option → keyword. ``--set`` may be given more than once.
VALUED = {
    "--output": "output",
    "-o": "output",
    "--unit": "unit",
    "-u": "unit",
    "--annotators": "annotators",
    "-a": "annotators",
    "--set": "settings",
    "-s": "settings",
    "--jobs": "jobs",
    "-j": "jobs",
    "--input-format": "input_format",
    "-f": "input_format",
    "--id-field": "id_field",
    "--text-field": "text_field",
    "--encoding": "encoding",
    "--color": "color",
    "--ner": "ner",
}

#: The keywords whose value is one of an enumeration's values (checked in :func:`_convert`).
CHOICES = ("unit", "input_format", "color", "ner")


def parse(args: Sequence[str]) -> Optional[Tuple[List[str], Dict[str, Any]]]:
    """``annotate``'s arguments → (inputs, keywords of annotate_command), or None to leave them to typer."""
    inputs: List[str] = []
    given: Dict[str, Any] = {}
    settings: List[str] = []
    i = 0
    while i < len(args):
        arg = args[i]
        i += 1
        if arg == "-" or not arg.startswith("-"):
            inputs.append(arg)
        elif arg in FLAGS:
            given[FLAGS[arg]] = True
        elif arg in VALUED and i < len(args):
            name, value = VALUED[arg], args[i]
            i += 1
            if value.startswith("-") and not (name == "output" and value == "-"):
                return None
            if name == "settings":
                settings.append(value)
            elif name in given or (name == "output" and not value):
                return None
            else:
                given[name] = value
        else:
            return None
    if settings:
        given["settings"] = settings
    return _convert(inputs, given)


def _convert(inputs: List[str], given: Dict[str, Any]) -> Optional[Tuple[List[str], Dict[str, Any]]]:
    """The values as typer converts them: enumerations' members and a Path; None for a value not a choice."""
    from pathlib import Path

    _import_msgspec()  # before the modules below import it
    from baokan.cli.annotating import InputFormat
    from baokan.cli.common import Color
    from baokan.cli.selection import Ner
    from baokan.cli.writers import Unit

    kinds = {"unit": Unit, "input_format": InputFormat, "color": Color, "ner": Ner}
    for name in CHOICES:
        if name in given:
            values = {member.value: member for member in kinds[name]}
            if given[name] not in values:
                return None
            given[name] = values[given[name]]
    if "output" in given:
        given["output"] = Path(given["output"])
    return inputs or None, given


def _import_msgspec() -> None:
    """Import msgspec without typing_extensions, where msgspec gets the same from typing.

    msgspec takes ``get_type_hints``, ``Required`` and ``NotRequired`` from typing_extensions
    when it can import it, else from typing; typing_extensions imports ``inspect`` (with
    ``ast``, ``dis``, ``tokenize``), ~10 ms of a one-page run, and nothing else here needs it.
    From Python 3.11 typing has ``Required`` and ``NotRequired`` (typing_extensions hands
    out the same objects), and the two ``get_type_hints`` differ only on forms baokan's
    records do not use (``ReadOnly``, typing_extensions' own ``TypedDict``). The block is
    lifted at once: a later ``import typing_extensions`` works as usual.
    """
    if sys.version_info < (3, 11) or "msgspec" in sys.modules or "typing_extensions" in sys.modules:
        return
    sys.modules["typing_extensions"] = None  # type: ignore[assignment]  # makes the import raise ImportError
    try:
        import msgspec  # noqa: F401
    finally:
        del sys.modules["typing_extensions"]


def run(args: Sequence[str], prog: str = "annotate") -> bool:
    """Run ``annotate`` on ``args`` if :func:`parse` takes them (it then exits); False if not."""
    if f"_{prog.upper()}_COMPLETE" in os.environ:  # a shell asking typer for completions
        return False
    parsed = parse(args)
    if parsed is None:
        return False
    from baokan.cli import common
    from baokan.cli.annotating import annotate_command

    inputs, options = parsed
    common.PROG = prog
    signal.signal(signal.SIGINT, signal.default_int_handler)
    sys.exit(common.guarded(lambda: annotate_command(inputs, **options)))
