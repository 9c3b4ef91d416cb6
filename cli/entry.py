"""Console-script entry points, kept tiny so that Ctrl-C during start-up ends quietly.

The handler is installed before the heavy imports (typer, rich, the
annotators); :func:`baokan.cli.app.run` then takes Ctrl-C over and ends with
complete lines and exit status 130.

``annotate`` also pauses Python's cycle collector until its first document is
done (:func:`baokan.cli.app.resume_gc`): start-up makes some 300,000
long-lived containers (modules, tables, models) and almost no garbage cycles,
so collecting during it cost a one-page run 60-80 ms (about 500 passes) for
nothing. A plain ``annotate`` command line runs without typer
(:mod:`baokan.cli.fast`); anything else goes to typer's command.
"""

import gc
import os
import signal
import sys


def _interrupted_while_starting(signum, frame):  # pragma: no cover - timing dependent
    os._exit(130)  # nothing has been written yet


def annotate() -> None:
    """``annotate``."""
    signal.signal(signal.SIGINT, _interrupted_while_starting)
    gc.disable()
    from baokan.cli import fast

    fast.run(sys.argv[1:])  # exits when it takes the command line
    from baokan.cli.main import annotate_entry

    annotate_entry()


def baokan() -> None:
    """``baokan``."""
    signal.signal(signal.SIGINT, _interrupted_while_starting)
    from baokan.cli.main import main

    main()
