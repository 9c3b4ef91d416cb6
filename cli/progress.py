"""The progress display on stderr for long runs, and the one-line summary that ends it.

It is shown only when stderr is a terminal that is not also where stdout
goes (a terminal showing the records has no room for a bar), and never with
``--quiet``. When the inputs' size is known it shows the bytes read of the
total and an estimate of the time left.
"""

from __future__ import annotations

import os
import sys
import time
from typing import Any, Optional


def wanted(*, quiet: bool = False) -> bool:
    """Whether to show progress: stderr is a terminal and stdout is not that same terminal."""
    if quiet:
        return False
    try:
        if not sys.stderr.isatty():
            return False
        if sys.stdout.isatty():
            return not os.path.samestat(os.fstat(sys.stdout.fileno()), os.fstat(sys.stderr.fileno()))
    except (AttributeError, OSError, ValueError):  # replaced streams without a file descriptor
        return False
    return True


class Progress:
    """Documents done (and bytes read of ``total`` when known) on stderr; a summary line at the end.

    Args:
        enabled (bool): Show anything at all (see :func:`wanted`).
        total (int, optional): The inputs' size in bytes; None when unknown (stdin).
        counter (ReadCounter, optional): What the readers have read so far.
    """

    def __init__(self, *, enabled: bool, total: Optional[int] = None, counter: Any = None) -> None:
        self.enabled = enabled
        self.total = total if counter is not None else None
        self.counter = counter
        self.documents = self.errors = 0
        self.articles: Optional[int] = 0
        self.entities: Optional[int] = 0
        self._bar: Any = None
        self._start = time.perf_counter()

    def __enter__(self) -> Progress:
        if self.enabled:
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                DownloadColumn,
                SpinnerColumn,
                TextColumn,
                TimeElapsedColumn,
                TimeRemainingColumn,
            )
            from rich.progress import Progress as Bar

            columns: list = [
                SpinnerColumn(),
                TextColumn("{task.fields[documents]:,} documents"),
                TextColumn("[red]{task.fields[errors]}"),
            ]
            if self.total:
                columns += [BarColumn(), DownloadColumn(), TimeRemainingColumn()]
            columns += [TextColumn("[dim]{task.fields[rate]}"), TimeElapsedColumn()]
            self._bar = Bar(*columns, console=Console(stderr=True), transient=True)
            self._bar.start()
            self._task = self._bar.add_task("annotate", total=self.total or None, documents=0, errors="", rate="")
        return self

    def done(
        self, n: int = 1, *, articles: Optional[int] = None, entities: Optional[int] = None, error: bool = False
    ) -> None:
        """``n`` documents done, with their articles and entities (None: not known here)."""
        self.documents += n
        self.errors += bool(error)
        self.articles = None if articles is None or self.articles is None else self.articles + articles
        self.entities = None if entities is None or self.entities is None else self.entities + entities
        if self._bar is None:
            return
        seconds = time.perf_counter() - self._start
        fields = {
            "documents": self.documents,
            "errors": f"{self.errors} errors" if self.errors else "",
            "rate": f"{self.documents / seconds:,.1f} docs/s" if seconds > 0.5 else "",
        }
        if self.total:
            fields["completed"] = self.counter.bytes
        self._bar.update(self._task, **fields)

    def summary(self) -> str:
        """``12 documents, 85 articles, 1,024 entities, 0 errors in 3.2 s``."""
        parts = [f"{self.documents:,} document{'s' * (self.documents != 1)}"]
        if self.articles is not None and self.entities is not None:
            parts += [f"{self.articles:,} articles", f"{self.entities:,} entities"]
        parts.append(f"{self.errors:,} error{'s' * (self.errors != 1)}")
        return f"{', '.join(parts)} in {time.perf_counter() - self._start:.1f} s"

    def __exit__(self, *exc: Any) -> None:
        if self._bar is not None:
            self._bar.stop()
            from baokan.cli.common import err

            err(self.summary())
