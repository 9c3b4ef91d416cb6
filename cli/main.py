"""The two console scripts put together: ``annotate``, and ``baokan`` with its commands.

Each command is a module of its own over :mod:`baokan.cli.app`; this is the one
module that imports them all. ``annotate`` imports only its own command, to
start fast.
"""
from __future__ import annotations

import typer

from baokan.cli.app import PROG, Command, new_app, run

HELP = "baokan (报刊): annotate Chinese newspaper pages."


def baokan_app() -> typer.Typer:
    """``baokan`` and its commands, in the order ``--help`` lists them."""
    from baokan.cli import annotate, annotators, evaluate, export, schema, show, stats

    app = new_app(name=PROG, help=HELP, no_args_is_help=True)
    app.command("annotate")(annotate.annotate_cli)
    app.command("show")(show.show_cli)
    app.command("schema")(schema.schema_cli)
    app.command("annotators")(annotators.annotators_cli)
    app.command("stats")(stats.stats_cli)
    app.command("eval")(evaluate.eval_cli)
    app.command("export")(export.export_cli)
    return app


def annotate_app() -> typer.Typer:
    """``annotate``: the one command as an app of its own."""
    from baokan.cli.annotate import annotate_cli

    app = new_app(name="annotate")
    app.command(cls=Command)(annotate_cli)
    return app


def main() -> None:
    """Entry point of ``baokan``."""
    run(baokan_app(), "baokan")


def annotate_entry() -> None:
    """Entry point of ``annotate``."""
    run(annotate_app(), "annotate")
