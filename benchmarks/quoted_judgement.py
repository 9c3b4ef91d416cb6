"""Precision and recall of the quoted-phrase judgement (``quoted.judge``) on real pages.

    python benchmarks/quoted_judgement.py GOLD_DIR [--corpus DIR] [--dates 20250105,...] [-v]

GOLD_DIR holds one string-gold JSON per page (``{"source": "<page>.txt", "entities":
{"slogan": {"must": [...], "neutral": [...], "negative": [...]}}}``), the format of the
two-pass entity gold of issue 19. Each quoted phrase of each article (as the annotator
sees it: ``slogan_quotes.judged_quotes``) is one candidate. A candidate whose text the gold lists
as a ``must`` slogan is positive; ``neutral`` ones are left out; all others (``negative`` or
not listed) are negative. The script prints precision, recall and F1 of the judgement
over the candidates, and with ``-v`` every wrong verdict with the features that fired.

The judgement alone is measured here: a quote the lexicon already knows is counted
like any other, so the figures say how far the judgement could go without the lexicon.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Dict, List, Tuple

from baokan.annotators.evaluation import corpus_folder

ROOT = Path(__file__).resolve().parent.parent
QUOTE_MARKS = set("“”\"'‘’「」『』＂")


def bare(s: str) -> str:
    """A gold string without quotation marks or surrounding space (as the scorer compares)."""
    return "".join(ch for ch in s if ch not in QUOTE_MARKS).strip()


def main(argv: List[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold_dir", type=Path)
    ap.add_argument("--corpus", type=Path, default=corpus_folder(ROOT) / "rmrb")
    ap.add_argument("--dates", default="", help="comma-separated page dates (YYYYMMDD) to keep; all when empty")
    ap.add_argument("-v", action="store_true", help="print every wrong verdict")
    a = ap.parse_args(argv)
    if not a.gold_dir.is_dir() or not a.corpus.is_dir():
        print(f"error: gold folder {a.gold_dir} or corpus folder {a.corpus} not found", file=sys.stderr)
        return 2
    sys.path.insert(0, str(ROOT.parent))
    from baokan.annotators.core.document import Document
    from baokan.annotators.core.pipeline import Pipeline
    from baokan.annotators.language.slogan_quotes import judged_quotes

    dates = {d for d in a.dates.split(",") if d}
    pipe = Pipeline(["paragraphs"])
    counts: Dict[str, int] = {"tp": 0, "fp": 0, "fn": 0, "tn": 0, "neutral": 0}
    wrong: List[Tuple[str, str, str, str]] = []
    for path in sorted(a.gold_dir.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        page = a.corpus / gold["source"]
        if (dates and not any(d in path.stem for d in dates)) or not page.is_file():
            continue
        slogan = gold["entities"]["slogan"]
        must = {bare(x) for x in slogan["must"]}
        neutral = {bare(x) for x in slogan["neutral"]}
        doc = pipe(Document(doc=page.name, text=page.read_text(encoding="utf-8")))
        for article in doc.articles:
            for q, verdict in judged_quotes(article.text):
                inner = bare(q.inner)
                if inner in neutral and inner not in must:
                    counts["neutral"] += 1
                    continue
                key = ("tp" if inner in must else "fp") if verdict.slogan else ("fn" if inner in must else "tn")
                counts[key] += 1
                if key in ("fp", "fn"):
                    feats = " ".join(f"{k}{v:+g}" for k, v in verdict.features.items())
                    wrong.append((key.upper(), path.stem, q.inner, feats))
    tp, fp, fn = counts["tp"], counts["fp"], counts["fn"]
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    if a.v:
        for row in sorted(wrong):
            print("  ".join(row))
    print(
        f"quoted candidates: {sum(counts.values())} ({counts['neutral']} neutral, left out); "
        f"judged slogan: tp={tp} fp={fp}; judged not: fn={fn} tn={counts['tn']}; "
        f"P/R/F1 {p:.2f}/{r:.2f}/{f:.2f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
