"""What every command shares, without typer: errors, exit statuses, output streams and JSON printing.

:mod:`baokan.cli.app` adds the typer layer over this module (and re-exports it);
``annotate``'s plain command line (:mod:`baokan.cli.fast`) runs on this module
alone, so that a one-page run does not import typer.
"""

from __future__ import annotations

import errno
import os
import sys
from contextlib import contextmanager, suppress
from enum import Enum
from pathlib import Path
from typing import IO, Any, Callable, Iterable, Iterator, List, Optional, Sequence, Tuple, TypeVar

T = TypeVar("T")

PROG = "baokan"


class Color(str, Enum):
    auto = "auto"
    always = "always"
    never = "never"


class UsageError(Exception):
    """Bad options: exit status 2."""


class ModelError(Exception):
    """A model cannot be loaded (not installed, not found, no network to download it): exit status 3."""


EXIT_MODEL = 3
#: A closed pipe (``annotate big/ | head -1``): 128 + SIGPIPE, as a shell reports a process the signal ended.
EXIT_PIPE = 141


def err(message: str) -> None:
    """One line on stderr."""
    try:
        print(f"{PROG}: {message}", file=sys.stderr, flush=True)
    except (BrokenPipeError, ValueError):  # pragma: no cover
        pass


class ErrorLines:
    """Errors of records, one stderr line per cause: records that fail the same way in a row
    (a wrong ``--text-field``, a page given to ``show``) are said once, then counted.

    The first error of a run is printed at once; when the run ends (another error,
    or :meth:`close`), one more line gives the count: ``… (and 107 more records like it)``.

    Args:
        noun (str): What failed, for the count line. Defaults to "records".
    """

    def __init__(self, noun: str = "records") -> None:
        self.noun = noun
        self.count = 0
        self._key: Optional[str] = None
        self._more = 0

    def add(self, where: str, reason: str, *, key: Optional[str] = None) -> None:
        """One failed record: ``where`` it is (file and line, or document) and why.

        ``key`` says which errors are the same; by default the reason without ``where``.
        """
        self.count += 1
        key = key if key is not None else reason.replace(where, "")
        if key == self._key:
            self._more += 1
            return
        self._end_run()
        self._key = key
        err(f"error: {where}: {reason}")

    def add_line(self, line: str) -> None:
        """One failure given as ``where: reason``."""
        where, _, reason = line.partition(": ")
        self.add(where, reason)

    def close(self) -> None:
        self._end_run()
        self._key = None

    def _end_run(self) -> None:
        if self._more:
            err(f"error: … (and {self._more} more {self.noun} like it)")
        self._more = 0

    def __enter__(self) -> ErrorLines:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()


def resume_gc() -> None:
    """Turn the cycle collector back on if the ``annotate`` entry point paused it for start-up
    (see entry.py), freezing what start-up loaded so that later collections skip it. The youngest
    generation is collected every 50,000 new containers, not 700: annotating makes a great many
    short-lived ones (lexicon hits, candidates), and so many collections cost half a percent (at
    10,000 the 200 articles of the speed recipe still spent 0.4% more instructions, for 1.5 MB less)."""
    import gc

    if not gc.isenabled():
        gc.freeze()
        gc.enable()
        gc.set_threshold(50_000, 10, 10)


def stdout_is_terminal() -> bool:
    """Whether stdout is a terminal (where annotate renders for people rather than writing JSONL)."""
    try:
        return sys.stdout.isatty()
    except (AttributeError, ValueError):
        return False


def split_names(value: Optional[str]) -> Optional[List[str]]:
    """``"a, b,"`` → ``["a", "b"]``; None stays None."""
    if value is None:
        return None
    return [n.strip() for n in value.split(",") if n.strip()]


def print_json(value: Any) -> None:
    """Write ``value`` to stdout as indented JSON (UTF-8 kept as is)."""
    import orjson

    sys.stdout.buffer.write(orjson.dumps(value, option=orjson.OPT_INDENT_2) + b"\n")


@contextmanager
def output_stream(output: Optional[Path], *, inputs: Sequence[str] = ()) -> Iterator[IO[bytes]]:
    """Where ``--output`` writes: stdout for none or ``-``; a file written whole or not at all.

    The file is written beside its place under a temporary name and renamed over
    it at the end, so a run that fails or is interrupted leaves the old file as
    it was. A path that is not a regular file (``/dev/stdout``, a pipe) is
    written directly.

    Raises:
        UsageError: The output is one of ``inputs`` (it would be emptied before it
            is read), or a ``*.txt`` file under an input folder, or cannot be written.
    """
    if output is None or str(output) == "-":
        yield sys.stdout.buffer
        return
    _refuse_input_as_output(output, inputs)
    if output.exists() and not output.is_file():
        with _open(output) as f:
            yield f
        return
    import tempfile  # only here: most runs write to a terminal, a pipe or /dev/null

    try:
        fd, tmp = tempfile.mkstemp(dir=output.parent, prefix=f".{output.name}.", suffix=".part")
    except OSError as e:
        raise UsageError(f"--output: cannot write {output}: {e.strerror or e}") from None
    try:
        with os.fdopen(fd, "wb") as f:
            yield f
        os.chmod(tmp, _mode_for(output))
        os.replace(tmp, output)
    except BaseException:
        with suppress(OSError):
            os.unlink(tmp)
        raise


def _open(output: Path) -> IO[bytes]:
    try:
        return open(output, "wb")
    except OSError as e:
        raise UsageError(f"--output: cannot write {output}: {e.strerror or e}") from None


def _mode_for(output: Path) -> int:
    """The permissions a new file would get (mkstemp makes it private), or the old file's."""
    try:
        return output.stat().st_mode & 0o7777
    except OSError:
        mask = os.umask(0)
        os.umask(mask)
        return 0o666 & ~mask


def _refuse_input_as_output(output: Path, inputs: Sequence[str]) -> None:
    target = output.resolve()
    for raw in inputs:
        if raw == "-":
            continue
        path = Path(raw)
        if path.is_dir():
            if output.suffix == ".txt" and path.resolve() in target.parents:
                raise UsageError(f"--output {output} is under the input folder {raw}, where it would be read as a page")
        elif path.exists() and target == path.resolve():
            raise UsageError(f"--output {output} is also an input: it would be emptied before it is read")


def guarded(call: Callable[[], T]) -> T:
    """Run a command so that baokan's errors become one line on stderr and an exit status.

    Usage errors exit 2, a model that cannot be loaded 3, Ctrl-C 130, a closed
    pipe 141 (quietly), any other exception 1 with one line (the traceback only
    with ``BAOKAN_DEBUG`` set).
    """
    try:
        return call()
    except UsageError as e:
        err(f"usage error: {e}")
        sys.exit(2)
    except ModelError as e:
        err(f"error: {e}")
        sys.exit(EXIT_MODEL)
    except KeyboardInterrupt:
        sys.exit(130)
    except BrokenPipeError:  # the reader left (| head): quietly, with the status of a process SIGPIPE ended
        _silence_stdout()
        sys.exit(EXIT_PIPE)
    except SystemExit as e:
        if (
            isinstance(e.__context__, BrokenPipeError)
            or isinstance(e.__context__, OSError)
            and getattr(e.__context__, "errno", None) == errno.EPIPE
        ):  # click turns EPIPE into exit 1
            _silence_stdout()
            sys.exit(EXIT_PIPE)
        raise
    except Exception as e:  # a bug: one line, the traceback only on request
        if os.environ.get("BAOKAN_DEBUG"):
            raise
        err(f"internal error: {type(e).__name__}: {e} (set BAOKAN_DEBUG=1 for the traceback)")
        sys.exit(1)


def _silence_stdout() -> None:
    # Python flushes stdout at exit; point it at /dev/null so that flush cannot raise again.
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except OSError:  # pragma: no cover
        pass


def is_record(value: Any) -> bool:
    """Whether a JSON value is one of annotate's records: an article, a document or an entity."""
    return isinstance(value, dict) and (
        "entities" in value or isinstance(value.get("articles"), list) or ("label" in value and "start" in value)
    )


def annotate_records(
    stream: Iterable[bytes], source: str, errors: ErrorLines, *, hint: str = ""
) -> Iterator[Tuple[str, dict]]:
    """annotate's records in a JSONL stream, each with where it stands (``FILE:LINE``); a line that
    is not JSON, or not a record of annotate's, goes to ``errors`` (``hint`` ends that message)."""
    import orjson

    for lineno, line in enumerate(stream, 1):
        if not line.strip():
            continue
        where = f"{source}:{lineno}"
        try:
            record = orjson.loads(line)
        except orjson.JSONDecodeError as e:
            errors.add(where, f"not valid JSON: {e}", key="not valid JSON")
            continue
        if is_record(record):
            yield where, record
        else:
            errors.add(where, "not a record of annotate's (no entities, articles or label)" + hint)
