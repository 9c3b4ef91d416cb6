"""How well one careful person scores: each annotation pass of the corpus entity gold, scored like the tool.

The entity gold of the corpus pages (``tests/data/corpus_entities``) was made by two annotators
working alone (``passes/pass1``, ``passes/pass2``), an adjudication and later consistency passes.
This benchmark takes each annotator's own ``must`` strings as if a tool had found them and scores
them against the gold as it stands now, exactly as ``benchmarks/corpus.py`` scores baokan: distinct
strings per page, ``must`` for recall, neither ``must`` nor ``neutral`` against precision,
officials only with the gold's title. The figure is what a single careful reader reaches before
anyone settles the disagreements: a ceiling to read the tool's figures against, per label and per
date split. It needs no page text (string gold only), so it runs anywhere.

Read the precision with care: the adjudicators judged every string either pass listed, and kept each
as ``must`` or ``neutral`` (none of the passes' ``must`` strings became ``negative``), so a pass's
precision is 1.00 by construction. Recall is the honest half: strings the other pass, the adjudicator
or a later consistency pass added, and place chains the lead split into their divisions after batch 1,
count against each pass as they count against the tool.

    python benchmarks/agreement.py                 # table per split
    python benchmarks/agreement.py --json          # the same as JSON
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, Dict, List, Mapping, Optional, Sequence

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import ENTITY_GOLD, page_date, split_of  # noqa: E402

from baokan.annotators.evaluation import (  # noqa: E402
    LabelCounts,
    entities_from_spans,
    read_page_spans,
    score_strings,
)

#: The annotators' independent passes, scored one by one.
PASSES = ("pass1", "pass2")
LABELS = ("official", "place", "police_unit", "slogan")


def pass_records(judged: Mapping[str, Any]) -> List[Dict[str, Any]]:
    """One article record holding a pass's ``must`` strings as entities (officials with their title)."""
    entities: List[Dict[str, Any]] = []
    for label, entry in (judged.get("entities") or {}).items():
        must = entry.get("must") or []
        if isinstance(must, Mapping):
            entities += [{"label": label, "name": n, "text": n, "title": t} for n, t in must.items()]
        else:
            entities += [{"label": label, "text": s} for s in must]
    return [{"entities": entities}]


def agreement(folder: Path = ENTITY_GOLD, passes: Sequence[str] = PASSES) -> Dict[str, Any]:
    """P/R/F1 of each pass against the current gold, per split (``fit``, ``heldout``, ``all``) and label."""
    totals: Dict[str, Dict[str, Dict[str, LabelCounts]]] = {}
    pages = 0
    for path in sorted(folder.glob("*.spans.jsonl")):
        header, spans = read_page_spans(path)
        source = header["source"]
        gold = {"source": source, "entities": entities_from_spans(spans)}
        for label in LABELS:  # a label nobody found on the page still counts the pass's finds as false
            gold["entities"].setdefault(label, {"must": {} if label == "official" else [], "neutral": []})
        pages += 1
        split = split_of(page_date(Path(source).stem))
        for name in passes:
            judged_path = folder / "passes" / name / (Path(source).stem + ".json")
            if not judged_path.is_file():
                continue
            judged = json.loads(judged_path.read_text(encoding="utf-8"))
            res = score_strings(gold, pass_records(judged), name=source)
            for s in (split, "all"):
                for label, counts in res.labels.items():
                    totals.setdefault(name, {}).setdefault(s, {}).setdefault(label, LabelCounts()).add(counts)
    return {
        "pages": pages,
        "passes": {
            name: {
                split: {
                    label: {"p": c.precision, "r": c.recall, "f1": c.f1, "tp": c.tp, "fp": c.fp, "gold": c.gold}
                    for label, c in sorted(labels.items())
                }
                for split, labels in by_split.items()
            }
            for name, by_split in totals.items()
        },
    }


def set_agreement(folder: Path, passes: Sequence[str] = PASSES) -> Dict[str, Dict[str, Any]]:
    """The same for a set of excerpts with string gold: ``folder/adj/*.gold.json`` against ``folder/passN``."""
    totals: Dict[str, Dict[str, LabelCounts]] = {}
    for gold_path in sorted((folder / "adj").glob("*.gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        for name in passes:
            judged_path = folder / name / gold_path.name
            if judged_path.is_file():
                judged = json.loads(judged_path.read_text(encoding="utf-8"))
                res = score_strings(gold, pass_records(judged), name=gold_path.name)
                for label, counts in res.labels.items():
                    totals.setdefault(name, {}).setdefault(label, LabelCounts()).add(counts)
    return {
        name: {label: {"f1": c.f1, "p": c.precision, "r": c.recall} for label, c in labels.items()}
        for name, labels in totals.items()
    }


def main(argv: Optional[Sequence[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument(
        "--gold", type=Path, default=ENTITY_GOLD, help="span gold folder with passes/ (default: the project's)"
    )
    ap.add_argument("--json", action="store_true", help="print the report as JSON")
    ap.add_argument(
        "--sets",
        type=Path,
        nargs="+",
        default=[],
        help="also folders of excerpts with adj/, pass1/, pass2/ string gold",
    )
    args = ap.parse_args(argv)
    for folder in args.sets:
        for name, labels in set_agreement(folder).items():
            cells = ["{p:.2f}/{r:.2f}/{f1:.2f}".format(**labels[x]) if x in labels else "-" for x in LABELS]
            print(f"{folder.name:8} {name:6}" + "".join(f"{c:>18}" for c in cells))
    if not (args.gold / "passes").is_dir():
        print(f"skipped: no passes/ in {args.gold}", file=sys.stderr)
        return 0
    rep = agreement(args.gold)
    if args.json:
        print(json.dumps(rep, ensure_ascii=False, indent=2))
        return 0
    print(f"{rep['pages']} pages; each pass's must strings scored against the gold as it stands (P/R/F1;")
    print("precision is 1.00 by construction: the adjudication kept every pass string as must or neutral)")
    for split in ("heldout", "fit", "all"):
        print(f"\n{split}")
        print(f"  {'':8}" + "".join(f"{label:>18}" for label in LABELS))
        for name, by_split in rep["passes"].items():
            row = by_split.get(split, {})
            cells = ["{p:.2f}/{r:.2f}/{f1:.2f}".format(**row[label]) if label in row else "-" for label in LABELS]
            print(f"  {name:8}" + "".join(f"{c:>18}" for c in cells))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
