"""Running the pipeline over a stream of documents, in this process or in worker processes.

Each document becomes either its JSON lines (bytes, ready to write) or one
error line; results come back in input order. With ``jobs > 1`` documents go
to worker processes in small chunks through a bounded window, so memory stays
flat however long the input is.
"""

from __future__ import annotations

import os
import signal
from collections import deque
from typing import TYPE_CHECKING, Deque, Iterable, Iterator, List, Optional, Sequence, Tuple, Union

import msgspec

from baokan.annotators.core.document import Document
from baokan.cli.common import resume_gc
from baokan.cli.readers import InputError
from baokan.cli.writers import Unit, dumps, records

if TYPE_CHECKING:  # imported by run_parallel only: a one-page run needs no process pool
    from concurrent.futures import Future

#: Documents per task sent to a worker: big enough to amortise the pickling,
#: small enough to keep the output flowing.
CHUNK = 8


class Outcome(msgspec.Struct):
    """What became of one input document."""

    doc: str
    lines: bytes = b""
    error: Optional[str] = None
    count: int = 0
    articles: int = 0
    entities: int = 0


Task = Tuple[str, str, Optional[str], dict]

_pipeline = None
_unit = Unit.article


def _init_worker(names: Optional[Sequence[str]], unit: str, config: Optional[dict] = None) -> None:
    # Ctrl-C is the parent's to handle: workers must not print tracebacks.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # Forked while the parent's start-up had the collector paused (entry.py): it stays paused
    # until the first chunk has loaded the models, then resumes as the parent's does (_work).
    global _pipeline, _unit
    from baokan.annotators.core.pipeline import Pipeline

    _pipeline = Pipeline(names, config=config)
    _unit = Unit(unit)


def annotate_one(pipeline, doc: Document, unit: Unit) -> Outcome:
    """Run the pipeline on one document and serialise its records."""
    from baokan.annotators.core.pipeline import AnnotatorError

    try:
        done = pipeline(doc)
    except AnnotatorError as err:
        if os.environ.get("BAOKAN_DEBUG"):  # the annotator's traceback, as for any other failure
            import traceback

            return Outcome(doc.doc, error="".join(traceback.format_exception(type(err), err, err.__traceback__)))
        return Outcome(doc.doc, error=str(err))
    lines = [dumps(r) for r in records(done, unit)]
    return Outcome(
        doc.doc,
        lines=b"".join(lines),
        count=len(lines),
        articles=len(done.articles),
        entities=sum(len(a.entities) for a in done.articles),
    )


def _work(tasks: List[Task]) -> List[Outcome]:
    done = [
        annotate_one(_pipeline, Document(doc=d, text=t, date=date, extra=extra), _unit) for d, t, date, extra in tasks
    ]
    resume_gc()  # a no-op after the first chunk
    return done


def _task(doc: Document) -> Task:
    return (doc.doc, doc.text, doc.date, doc.extra)


def run_serial(items: Iterable[Union[Document, InputError]], pipeline, unit: Unit) -> Iterator[Outcome]:
    for item in items:
        if isinstance(item, InputError):
            yield Outcome(item.doc, error=item.reason)
        else:
            yield annotate_one(pipeline, item, unit)


def run_parallel(
    items: Iterable[Union[Document, InputError]],
    names: Optional[Sequence[str]],
    unit: Unit,
    jobs: int,
    *,
    config: Optional[dict] = None,
) -> Iterator[Outcome]:
    """Annotate in ``jobs`` worker processes, yielding outcomes in input order."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    method = "fork" if "fork" in multiprocessing.get_all_start_methods() and os.name == "posix" else "spawn"
    ctx = multiprocessing.get_context(method)
    window: Deque[Union[Future, List[Outcome]]] = deque()
    limit = jobs * 4
    with ProcessPoolExecutor(
        jobs, mp_context=ctx, initializer=_init_worker, initargs=(names, unit.value, config)
    ) as pool:
        try:
            chunk: List[Task] = []

            def flush_chunk() -> None:
                if chunk:
                    window.append(pool.submit(_work, list(chunk)))
                    chunk.clear()

            for item in items:
                if isinstance(item, InputError):
                    flush_chunk()
                    window.append([Outcome(item.doc, error=item.reason)])
                else:
                    chunk.append(_task(item))
                    if len(chunk) >= CHUNK:
                        flush_chunk()
                while len(window) > limit:
                    yield from _result(window.popleft())
            flush_chunk()
            while window:
                yield from _result(window.popleft())
        except BaseException:
            pool.shutdown(wait=False, cancel_futures=True)
            raise


def _result(entry: Union[Future, List[Outcome]]) -> List[Outcome]:
    return entry if isinstance(entry, list) else entry.result()
