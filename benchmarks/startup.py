"""Where a one-page ``annotate`` spends its start-up: each item timed (CPU) in the order a run meets it.

One process loads what ``annotate PAGE`` loads, item by item, with the cycle
collector paused as the console script pauses it, and prints the CPU time of
each item, median over ``--repeat`` fresh processes: the CLI, the annotator
modules, the shared tables and automaton, then each annotator's first call on
the page (with whatever it loads lazily: jieba's dictionary, the CRF model),
then the same page again. Caches are warmed first (one plain ``annotate``
run), so the figures are those of every run but the first.

usage: python benchmarks/startup.py [--repeat 5] [PAGE]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
from pathlib import Path
from typing import Dict, List, Optional

HERE = Path(__file__).resolve().parent
SEED = HERE.parent / "seeds" / "000_734f440ba246c07d.txt"

#: The child: times each item, prints "ms<TAB>name" lines.
CHILD = r"""
import gc, importlib, sys, time
gc.disable()  # as the annotate console script does until its first document is done
page = sys.argv[1]
clock = time.process_time

def item(name, f):
    t = clock()
    try:
        f()
    except (AttributeError, ImportError):  # the item is gone from that module: nothing to time
        print(f"n/a\t{name}")
        return
    print(f"{(clock() - t) * 1000:.1f}\t{name}")

def attr(module, name):
    return getattr(importlib.import_module(module), name)

def parse():  # annotate's command line as the console script parses it (cli/fast.py; typer only for the rest)
    assert importlib.import_module("baokan.cli.fast").parse([page]) is not None

def first_document():  # the pipeline's first call, annotator by annotator: what each still loads lazily
    from baokan.annotators.core.pipeline import Pipeline
    from baokan.cli.readers import read_inputs
    global pipe
    pipe = Pipeline(None)
    doc = next(iter(read_inputs([page])))
    for name, component in pipe.annotators:
        t = clock()
        doc = component(doc)
        doc.layers.update(component.meta.assigns)  # as Pipeline.__call__ does
        print(f"{(clock() - t) * 1000:.1f}\tfirst document: {name}")

def again():
    from baokan.cli.readers import read_inputs
    pipe(next(iter(read_inputs([page]))))

TABLES = ["byline_roles", "geo_names", "official_cues", "org_prefixes", "person_words", "police_units",
          "slogan_cues", "slogan_patterns", "slogans", "surnames", "titles"]
print(f"{clock() * 1000:.1f}\tpython start-up and site (before this script)")
item("import baokan.cli.entry and baokan.cli.fast",
     lambda: [importlib.import_module(m) for m in ("baokan.cli.entry", "baokan.cli.fast")])
item("parse annotate's command line (cli/fast.py, no typer: imports the command, writers, schemas, msgspec)", parse)
item("import baokan.cli.readers and baokan.cli.runner",
     lambda: [importlib.import_module(m) for m in ("baokan.cli.readers", "baokan.cli.runner")])
item("registry: the installed annotators (cached list)", lambda: attr("baokan.annotators.core.registry", "installed")())
item("registry: import the annotator modules", lambda: attr("baokan.annotators.core.registry", "available")())
item("table divisions (cached)", lambda: attr("baokan.annotators.core.lexicon", "read_table")("divisions"))
item("11 other tables (cached)", lambda: [attr("baokan.annotators.core.lexicon", "read_table")(t) for t in TABLES])
item("lexicon automaton (cached)", lambda: attr("baokan.annotators.core.lexicon", "lexicon")())
first_document()
item("the same document again (annotation alone)", again)
print(f"{clock() * 1000:.1f}\tprocess total")
"""


def main(argv: Optional[List[str]] = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("page", nargs="?", default=str(SEED))
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args(argv)
    bin_dir = Path(sys.executable).parent
    subprocess.run([str(bin_dir / "annotate"), args.page], stdout=subprocess.DEVNULL, check=True)  # warm the caches
    runs: Dict[str, List[str]] = {}
    for _ in range(args.repeat):
        out = subprocess.run(
            [sys.executable, "-c", CHILD, args.page],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONWARNINGS": "ignore"},
        ).stdout
        for line in out.splitlines():
            ms, _, name = line.partition("\t")
            runs.setdefault(name, []).append(ms)
    print(f"CPU ms, median of {args.repeat} processes")
    for name, values in runs.items():
        numbers = [float(v) for v in values if v != "n/a"]
        print(f"{statistics.median(numbers):8.1f}  {name}" if numbers else f"{'n/a':>8}  {name}")


if __name__ == "__main__":
    main()
