"""How fast ``segment`` splits a large dump of many pages into articles.

Builds a dump of at least ``--mb`` megabytes (UTF-8) from the sample page and
the test pages, each page under its own header, and times segmentation of the
whole dump as one document. jieba's dictionary (loaded on the first word
question) is timed apart, since a run pays it once.

    python benchmarks/segment_speed.py [--mb 1] [--repeat 5]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from baokan.annotators.core.document import Document
from baokan.annotators.language import words
from baokan.annotators.language.layout import word_across
from baokan.annotators.segment import Segment

ROOT = Path(__file__).resolve().parent.parent


def build_dump(megabytes: float) -> str:
    """Pages of the repository, each with a page header, repeated up to the size asked."""
    pages = [ROOT / "seeds" / "000_734f440ba246c07d.txt", *sorted((ROOT / "tests" / "data" / "pages").glob("*.txt"))]
    texts = [p.read_text(encoding="utf-8") for p in pages]
    out, size, n = [], 0, 0
    while size < megabytes * 1_000_000:
        text = texts[n % len(texts)]
        header = f"浙江日报 2024年9月{n % 28 + 1}日 第{n % 12 + 1}版\n\n" if n % len(texts) == 0 else ""
        piece = header + text + "\n\n"
        out.append(piece)
        size += len(piece.encode("utf-8"))
        n += 1
    return "".join(out)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=1.0, help="size of the dump in megabytes (default 1)")
    ap.add_argument("--repeat", type=int, default=5, help="timed runs; the best is reported (default 5)")
    args = ap.parse_args()
    text = build_dump(args.mb)
    t = time.perf_counter()
    words.cut("预热")  # load the word-boundary dictionary outside the timed runs
    load = time.perf_counter() - t
    seg = Segment()
    best, cpu, articles = float("inf"), float("inf"), 0
    for _ in range(args.repeat):
        word_across.cache_clear()  # every run asks jieba afresh
        t, c = time.perf_counter(), time.process_time()
        doc = seg(Document(doc="dump", text=text))
        best = min(best, time.perf_counter() - t)
        cpu = min(cpu, time.process_time() - c)  # what a busy machine's wall clock hides
        articles = len(doc.articles)
    mb = len(text.encode("utf-8")) / 1e6
    print(f"dump: {mb:.2f} MB, {text.count(chr(10)) + 1} lines, {articles} articles")
    print(f"segment: {best * 1000:.0f} ms wall, {cpu * 1000:.0f} ms CPU (best of {args.repeat}), {mb / best:.1f} MB/s")
    print(f"jieba dictionary load, once per process: {load * 1000:.0f} ms")


if __name__ == "__main__":  # pragma: no cover
    main()
