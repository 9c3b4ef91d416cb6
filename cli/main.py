"""The two console scripts put together: ``annotate``, and ``baokan`` with its commands.

Each command is a module of its own over :mod:`baokan.cli.app`; this is the one
module that imports them all. ``annotate`` imports only its own command, to
start fast.
"""

from __future__ import annotations

from typing import Annotated, Optional

import typer

from baokan.cli.about import show_version
from baokan.cli.app import PROG, Command, Opt, new_app, run

HELP = "baokan (报刊): annotate Chinese newspaper pages."


def baokan_app() -> typer.Typer:
    """``baokan`` and its commands, in the order ``--help`` lists them."""
    from baokan.cli import annotate, annotators, db, evaluate, export, schema, show, stats

    app = new_app(name=PROG, help=HELP, no_args_is_help=True)
    app.callback()(baokan_options)
    app.command("annotate", epilog=annotate.EXAMPLES)(annotate.annotate_cli)
    app.command("show")(show.show_cli)
    app.command("schema")(schema.schema_cli)
    app.command("annotators")(annotators.annotators_cli)
    app.command("stats")(stats.stats_cli)
    app.command("eval")(evaluate.eval_cli)
    app.command("export")(export.export_cli)
    app.command("db")(db.db_cli)
    return app


def baokan_options(
    version: Annotated[
        Optional[bool],
        Opt(
            "--version",
            callback=show_version,
            is_eager=True,
            help="Print the version of baokan and of its data tables, and exit.",
        ),
    ] = None,
) -> None:
    """baokan (报刊): annotate Chinese newspaper pages."""


def annotate_app() -> typer.Typer:
    """``annotate``: the one command as an app of its own."""
    from baokan.cli.annotate import EXAMPLES, annotate_cli

    app = new_app(name="annotate")
    app.command(cls=Command, epilog=EXAMPLES)(annotate_cli)
    return app


def main() -> None:
    """Entry point of ``baokan``."""
    run(baokan_app(), "baokan")


def annotate_entry() -> None:
    """Entry point of ``annotate``."""
    run(annotate_app(), "annotate")
