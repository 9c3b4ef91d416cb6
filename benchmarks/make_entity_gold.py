"""Turn adjudicated string judgements into the span gold of tests/data/corpus_entities/.

    python benchmarks/make_entity_gold.py ADJUDICATED_DIR [--corpus ../shared/corpus/rmrb]

Each adjudicated file judges the distinct strings of one page (``must`` / ``neutral`` /
``negative`` per label; officials as name → title). This script finds every occurrence of
each string in the page — also where a print line break cuts it in two — and writes one
span gold file per page: the page's file name, a digest of its text (to notice a changed
page), and the spans as offsets into the page file with their strings and judgements.
The page text itself is never written.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path
from typing import Dict, Iterator, List, Tuple

from baokan.annotators.evaluation import corpus_folder

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "data" / "corpus_entities"
LABELS = ("official", "place", "police_unit", "slogan")
STATUSES = ("must", "neutral", "negative")


def squeeze(text: str) -> Tuple[str, List[int]]:
    """``text`` without white space, and the offset in ``text`` of each character kept."""
    kept = [i for i, ch in enumerate(text) if not ch.isspace()]
    return "".join(text[i] for i in kept), kept


def occurrences(page: str, squeezed: str, where: List[int], s: str) -> Iterator[Tuple[int, int]]:
    """Every (start, end) of ``s`` in ``page``; a string a line break cuts is found in the squeezed text."""
    found = False
    start = page.find(s)
    while start != -1:
        found = True
        yield start, start + len(s)
        start = page.find(s, start + 1)
    if found:
        return
    bare = "".join(s.split())
    start = squeezed.find(bare)
    while start != -1:
        yield where[start], where[start + len(bare) - 1] + 1
        start = squeezed.find(bare, start + 1)


def spans_of(gold: Dict, page: str) -> List[Dict]:
    squeezed, where = squeeze(page)
    spans = []
    for label in LABELS:
        judged = gold["entities"].get(label, {})
        for status in STATUSES:
            items = judged.get(status, {} if status == "must" else [])
            titles = items if isinstance(items, dict) else {}
            for s in items:
                hits = list(occurrences(page, squeezed, where, s))
                if not hits:
                    sys.exit(f"{gold['source']}: {label}.{status} {s!r} is not in the page")
                for start, end in hits:
                    span = {"start": start, "end": end, "label": label, "text": s, "status": status}
                    if label == "official" and status == "must":
                        span["title"] = titles.get(s)
                    spans.append(span)
    spans.sort(key=lambda x: (x["start"], -x["end"], x["label"], STATUSES.index(x["status"])))
    return spans


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("adjudicated", type=Path)
    ap.add_argument("--corpus", type=Path, default=corpus_folder(ROOT) / "rmrb")
    ap.add_argument(
        "--out", type=Path, default=OUT, help=f"folder for the span files (default {OUT.relative_to(ROOT)})"
    )
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for path in sorted(args.adjudicated.glob("rmrb_*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        page = (args.corpus / gold["source"]).read_text(encoding="utf-8")
        record = {
            "source": gold["source"],
            "sha256": hashlib.sha256(page.encode("utf-8")).hexdigest(),
            "spans": spans_of(gold, page),
        }
        lines = [json.dumps({k: v for k, v in record.items() if k != "spans"}, ensure_ascii=False)]
        lines += [json.dumps(s, ensure_ascii=False) for s in record["spans"]]
        (args.out / f"{path.stem}.spans.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"{path.stem}: {len(record['spans'])} spans")


if __name__ == "__main__":
    main()
