"""Annotating on an existing Dask cluster: partitions go to workers, JSONL shards come back.

Every worker needs baokan installed (``pip install "baokan[dask]"`` on each
machine). Documents are read here, sent in partitions, annotated on the
workers, and the shards are written here, in input order, to ``DIR/part-NNNNN.jsonl``.
"""

from __future__ import annotations

from collections import deque
from pathlib import Path
from typing import Callable, Dict, Iterable, List, Optional, Sequence, Tuple, Union

from baokan.annotators.core.document import Document
from baokan.cli.readers import InputError

_PIPELINES: Dict[Tuple[Tuple[str, ...], str], object] = {}


def annotate_partition(
    names: Optional[Sequence[str]], unit: str, tasks: List[tuple], config: Optional[dict] = None
) -> List[tuple]:
    """Runs on a worker: annotate a partition; return ``(doc, lines, error)`` per document."""
    from baokan.annotators.core.pipeline import Pipeline
    from baokan.cli.runner import annotate_one
    from baokan.cli.writers import Unit

    key = (tuple(names) if names is not None else ("<default>",), repr(sorted((config or {}).items())))
    pipeline = _PIPELINES.get(key)
    if pipeline is None:
        pipeline = _PIPELINES[key] = Pipeline(names, config=config)
    out = []
    for doc, text, date, extra in tasks:
        o = annotate_one(pipeline, Document(doc=doc, text=text, date=date, extra=extra), Unit(unit))
        out.append((o.doc, o.lines, o.error))
    return out


def run_on_dask(
    address: str,
    items: Iterable[Union[Document, InputError]],
    *,
    names: Optional[Sequence[str]],
    unit: str,
    output_dir: Path,
    config: Optional[dict] = None,
    partition_size: int = 200,
    on_error: Callable[[str, str], None],
    on_done: Callable[[int], None] = lambda n: None,
    overwrite: bool = False,
) -> int:
    """Send partitions to the cluster at ``address``; write one shard per partition; return failures.

    With ``overwrite``, the folder's old ``part-*.jsonl`` shards are removed once the
    cluster has answered, so that a run that cannot start leaves them as they were.
    """
    try:
        from distributed import Client
    except ImportError:
        raise RuntimeError('--dask needs dask.distributed: pip install "baokan[dask]"') from None
    output_dir.mkdir(parents=True, exist_ok=True)
    failures = 0
    with Client(address, timeout="20s") as client:
        if overwrite:
            for old in output_dir.glob("part-*.jsonl"):
                old.unlink()
        window: deque = deque()
        shard = 0

        def drain_one() -> None:
            nonlocal failures
            number, future = window.popleft()
            results = future.result()
            with open(output_dir / f"part-{number:05d}.jsonl", "wb") as f:
                for doc, lines, error in results:
                    if error:
                        failures += 1
                        on_error(doc, error)
                    else:
                        f.write(lines)
            on_done(len(results))

        batch: List[tuple] = []
        for item in items:
            if isinstance(item, InputError):
                failures += 1
                on_error(item.doc, item.reason)
                continue
            batch.append((item.doc, item.text, item.date, item.extra))
            if len(batch) >= partition_size:
                window.append((shard, client.submit(annotate_partition, names, unit, batch, config, pure=False)))
                shard, batch = shard + 1, []
                while len(window) > 8:
                    drain_one()
        if batch:
            window.append((shard, client.submit(annotate_partition, names, unit, batch, config, pure=False)))
        while window:
            drain_one()
    return failures
