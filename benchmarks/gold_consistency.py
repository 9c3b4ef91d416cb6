"""Cross-page consistency of the slogan gold: strings judged must on one page and not on another.

    BAOKAN_CORPUS=/path/to/corpus python benchmarks/gold_consistency.py [--split fit|heldout] [--free]

For every slogan string that is ``must`` on at least one page of ``passes/adjudicated/``, list the
other pages where it occurs in the text (also across a print line break) and is not must there
(unlisted, neutral or negative), with the words around each occurrence and the longer listed slogan
strings that hold it. Prints to the terminal only: the page text is never written to a file.
It reads the gold and the pages, never the tool's output.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Dict, List, Tuple

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import page_date, split_of  # noqa: E402
from make_entity_gold import occurrences, squeeze  # noqa: E402

from baokan.annotators.evaluation import corpus_folder  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
ADJ = ROOT / "tests" / "data" / "corpus_entities" / "passes" / "adjudicated"


def status_of(slogan: Dict[str, List[str]], s: str) -> str:
    for status in ("must", "neutral", "negative"):
        if s in slogan.get(status, []):
            return status
    return "unlisted"


def context(page: str, start: int, end: int, width: int = 30) -> str:
    """The words around ``page[start:end]``, line breaks squeezed out, the string in brackets."""
    before = "".join(page[max(0, start - width) : start].split())
    inside = "".join(page[start:end].split())
    after = "".join(page[end : end + width].split())
    return f"{before}[{inside}]{after}"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=corpus_folder(ROOT) / "rmrb")
    ap.add_argument("--split", choices=("fit", "heldout"), help="only pages of this split on the other side")
    ap.add_argument("--free", action="store_true", help="only occurrences no longer listed slogan string holds")
    ap.add_argument("--min-len", type=int, default=2)
    args = ap.parse_args()

    gold: Dict[str, Dict[str, List[str]]] = {}
    pages: Dict[str, str] = {}
    for path in sorted(ADJ.glob("*.json")):
        d = json.loads(path.read_text(encoding="utf-8"))
        stem = path.stem
        sl = d["entities"].get("slogan", {})
        gold[stem] = {k: list(v) for k, v in sl.items()}
        pages[stem] = (args.corpus / d["source"]).read_text(encoding="utf-8")
    squeezed = {stem: squeeze(text) for stem, text in pages.items()}

    must_on: Dict[str, List[str]] = {}
    for stem, sl in gold.items():
        for s in sl.get("must", []):
            must_on.setdefault(s, []).append(stem)

    strings = 0
    pairs: Dict[str, int] = {}
    for s in sorted(must_on, key=lambda x: (-len(must_on[x]), x)):
        if len(s) < args.min_len:
            continue
        rows: List[Tuple[str, str, List[str]]] = []
        for stem, page in pages.items():
            if stem in must_on[s]:
                continue
            if args.split and split_of(page_date(stem)) != args.split:
                continue
            sq, where = squeezed[stem]
            hits = list(occurrences(page, sq, where, s))
            if not hits:
                continue
            st = status_of(gold[stem], s)
            listed = [
                (t, status_of(gold[stem], t)) for k in ("must", "neutral", "negative") for t in gold[stem].get(k, [])
            ]
            lines = []
            free = False
            for a, b in hits:
                holders = []
                for t, tst in listed:
                    if t == s or s not in "".join(t.split()):
                        continue
                    if any(x <= a and b <= y for x, y in occurrences(page, sq, where, t)):
                        holders.append(f"{t}({tst})")
                free = free or not holders
                lines.append(f"      {context(page, a, b)}" + (f"   in: {'; '.join(holders)}" if holders else ""))
            if args.free and not free:
                continue
            rows.append((stem, st, lines))
        if not rows:
            continue
        strings += 1
        print(f"== {s}   must on: {', '.join(must_on[s])}")
        for stem, st, lines in rows:
            pairs[st] = pairs.get(st, 0) + 1
            print(f"   {stem} [{split_of(page_date(stem))}] {st}")
            for line in lines:
                print(line)
    print(f"\n{strings} must strings with non-must occurrences elsewhere; page pairs by status: {pairs}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
