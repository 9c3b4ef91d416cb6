"""How well the segmenter reads real pages: article checks on the development corpus.

Runs the pipeline (one process, every page) over the real People's Daily pages
of ``../shared/corpus/rmrb/`` and scores each page against its ``*.gold.json``
with the project's own scorer (:mod:`baokan.annotators.evaluation`, the rules
of ``shared/tools/score.py``). Prints the share of article checks passed for
the dates the line-role model was fitted on and for the held-out dates, per
kind of check, the ten most frequent kinds of miss, and the segmenter's share
of the pipeline's time. The corpus is real text and stays in ``../shared``;
without it the benchmark says so and exits 0.

    python benchmarks/corpus.py                      # all pages, both splits
    python benchmarks/corpus.py --split heldout -v   # held-out dates, every miss
    python benchmarks/corpus.py --dates 2025-04-22 --segment-only
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any, Dict, List, Mapping, Optional, Sequence, Tuple

import msgspec

from baokan.annotators.evaluation import corpus_folder

ROOT = Path(__file__).resolve().parent.parent
CORPUS = corpus_folder(ROOT) / "rmrb"
#: Span gold of entities on corpus pages, when someone has made it (scored by :func:`entity_report`).
ENTITY_GOLD = ROOT / "tests" / "data" / "corpus_entities"
#: The date split shared by the segmenter and the entity work: models are fitted on FIT ...
FIT = ("2025-01-05", "2025-02-20", "2025-03-15", "2025-06-16", "2025-07-23", "2025-11-14", "2026-02-05")
#: ... and measured on HELDOUT, never the other way round.
HELDOUT = ("2025-04-22", "2025-10-04", "2025-12-19", "2026-03-24")
#: Kinds of check in the order they are printed, with the names people read.
KINDS = {
    "count": "count",
    "headline": "headline",
    "kicker": "kicker",
    "subtitles": "subtitles",
    "byline_people": "byline",
    "subheads": "subheads",
    "captions": "captions",
    "body_starts": "body start",
    "body_ends": "body end",
    "continued_to": "continuation",
    "join": "joins",
}

_STEM = re.compile(r"_(\d{4})(\d{2})(\d{2})_p[0-9A-Za-z]+$")

Record = Dict[str, Any]


def page_date(stem: str) -> str:
    """``rmrb_20250105_p01`` → ``2025-01-05`` (empty when the stem names no date)."""
    m = _STEM.search(stem)
    return f"{m.group(1)}-{m.group(2)}-{m.group(3)}" if m else ""


def split_of(date: str) -> str:
    return "fit" if date in FIT else "heldout" if date in HELDOUT else "other"


def find_pages(corpus: Path, dates: Optional[Sequence[str]]) -> List[Tuple[Path, Path]]:
    """(page, gold) pairs of the corpus, on the given dates only when some are given."""
    out = []
    for gold in sorted(corpus.glob("*.gold.json")):
        page = gold.with_name(gold.name[: -len(".gold.json")] + ".txt")
        if page.is_file() and (not dates or page_date(page.stem) in dates):
            out.append((page, gold))
    return out


# ---------------------------------------------------------------- running


def page_key(page: Path) -> str:
    """The key of a page's records: its path, so that two folders' pages of one name stay apart."""
    return str(page)


def run(
    pages: Sequence[Tuple[Path, Path]], *, segment_only: bool, config: Optional[Dict[str, Dict[str, Any]]] = None
) -> Tuple[Dict[str, List[Record]], Dict[str, float]]:
    """Annotate every page in this process; its article records and the seconds each annotator took.

    The records are keyed by the page's path (:func:`page_key`), not its file name: pages of one
    name in two folders (two sets) run together without one's records replacing the other's.
    """
    from baokan.annotators.core.document import Document
    from baokan.annotators.core.pipeline import Pipeline

    pipe = Pipeline(["segment"] if segment_only else None, config=config)
    warm = Document(doc="warm-up", text=pages[0][0].read_text(encoding="utf-8"))
    pipe(warm)  # models, lexicons and jieba load once per process: not what a page costs
    seconds: Counter = Counter()
    records: Dict[str, List[Record]] = {}
    for page, _ in pages:
        doc = Document(doc=str(page), text=page.read_text(encoding="utf-8"))
        for name, component in pipe.annotators:
            t = time.perf_counter()
            doc = component(doc)
            seconds[name] += time.perf_counter() - t
            doc.layers.update(component.meta.assigns)
        records[page_key(page)] = [msgspec.to_builtins(a) for a in doc.articles]
    return records, dict(seconds)


# ---------------------------------------------------------------- scoring


def _norm(s: Optional[str]) -> str:
    from baokan.annotators.evaluation import norm

    return norm(s) or ""


def miss_kinds(gold: Mapping[str, Any], records: Sequence[Record]) -> List[str]:
    """What went wrong on one page, in words a person can count: one entry per failed check.

    A missed headline says where the gold headline went instead (a subtitle, a
    kicker, the body of the article above); the other checks of an article
    whose headline was missed are counted under that miss alone.
    """
    from baokan.annotators.evaluation import _content_of, _squash, page_label

    out: List[str] = []
    garts = gold.get("articles", [])
    if len(records) > len(garts):
        out.append("count: more articles than the gold (one cut in two)")
    elif len(records) < len(garts):
        out.append("count: fewer articles than the gold (two run together)")
    by_head = {_norm(r.get("headline")): r for r in records}
    for ga in garts:
        head = _norm(ga["headline"])
        r = by_head.get(head)
        if r is None:
            if any(head in map(_norm, x.get("subtitles") or []) for x in records):
                out.append("headline: read as a subtitle")
            elif any(head in _norm(x.get("kicker")) for x in records if x.get("kicker")):
                out.append("headline: read as (part of) a kicker")
            elif any(head.startswith(_norm(x.get("headline"))) for x in records if x.get("headline")):
                out.append("headline: broken over lines, only its first line taken")
            elif any(_squash(head) in t for x in records for t in _content_of(x)):
                out.append("headline: left in a body")
            else:
                out.append("headline: not found")
            continue
        for key, what in (("kicker", "kicker"),):
            got, want = _norm(r.get(key)) or None, _norm(ga.get(key)) or None
            if got != want:
                out.append(
                    f"{what}: " + ("missed" if got is None else "where there is none" if want is None else "wrong")
                )
        got_s, want_s = [_norm(x) for x in r.get("subtitles") or []], [_norm(x) for x in ga.get("subtitles") or []]
        if got_s != want_s:
            out.append(
                "subtitles: "
                + ("missed" if len(got_s) < len(want_s) else "extra" if len(got_s) > len(want_s) else "wrong")
            )
        people = {_norm(p.get("name")) for p in ((r.get("byline") or {}).get("people") or [])}
        want_p = {_norm(x) for x in ga.get("byline_people") or []}
        if people != want_p:
            out.append(
                "byline: "
                + (
                    "people missed"
                    if not people
                    else "people where there are none"
                    if not want_p
                    else "some missed"
                    if people < want_p
                    else "extra people"
                    if people > want_p
                    else "wrong people"
                )
            )
        body = _content_of(r)
        if "body_starts" in ga and not (body and body[0].startswith(_squash(ga["body_starts"]))):
            out.append("body start: wrong")
        if "body_ends" in ga and not (body and body[-1].endswith(_squash(ga["body_ends"]))):
            out.append("body end: wrong")
        if "continued_to" in ga and page_label(r.get("continued_to")) != page_label(ga["continued_to"]):
            out.append(
                "continuation: "
                + (
                    "marker missed"
                    if r.get("continued_to") is None
                    else "marker where there is none"
                    if ga["continued_to"] is None
                    else "wrong page"
                )
            )
    all_body = [t for x in records for t in _content_of(x)]
    out += [
        "join: paragraph not rejoined"
        for j in gold.get("joins", [])
        if _squash(j) not in "\n".join(all_body) and not any(_squash(j) in t for t in all_body)
    ]
    return out


def entity_report(
    records: Mapping[str, List[Record]], corpus: Path, folder: Path = ENTITY_GOLD, verbose: bool = False
) -> Optional[Dict[str, Any]]:
    """Entity P/R/F1 per label and split on the corpus pages that have span gold in ``folder``.

    Each ``*.spans.jsonl`` (see tests/data/corpus_entities/README.md) is checked against its page,
    turned into string gold and scored as ``baokan eval`` scores a string gold: distinct strings,
    must for recall, neither must nor neutral against precision, officials with their title.
    Pages of the span gold that were not annotated in this run (other dates) are left out.
    Returns None when there is no span gold, or nothing annotated with entities.
    """
    from baokan.annotators.evaluation import (
        LabelCounts,
        check_page_spans,
        entities_from_spans,
        read_page_spans,
        score_strings,
    )

    totals: Dict[str, Dict[str, LabelCounts]] = {}
    pages = 0
    for path in sorted(folder.glob("*.spans.jsonl")) if folder.is_dir() else []:
        header, spans = read_page_spans(path)
        recs = records.get(page_key(corpus / header["source"]))
        if recs is None:
            continue
        check_page_spans(header, spans, (corpus / header["source"]).read_text(encoding="utf-8"))
        gold = {"source": header["source"], "articles": [], "joins": [], "entities": entities_from_spans(spans)}
        res = score_strings(gold, recs, name=header["source"])
        pages += 1
        for split in (split_of(page_date(Path(header["source"]).stem)), "all"):
            for label, counts in res.labels.items():
                totals.setdefault(split, {}).setdefault(label, LabelCounts()).add(counts)
        if verbose and split_of(page_date(Path(header["source"]).stem)) == "fit":  # held-out misses are not for reading
            for m in res.misses:
                print(f"{header['source']}: {m.strip()}")
    if not pages:
        return None
    return {
        "pages": pages,
        "folder": str(folder),
        "splits": {
            split: {
                label: {"p": c.precision, "r": c.recall, "f1": c.f1, "tp": c.tp, "fp": c.fp, "gold": c.gold}
                for label, c in sorted(labels.items())
            }
            for split, labels in totals.items()
        },
    }


def report(
    pages: Sequence[Tuple[Path, Path]], records: Mapping[str, List[Record]], *, verbose: bool = False
) -> Dict[str, Any]:
    """Scores by split and by kind of check, and the misses by kind, as a dict (also what ``--json`` prints)."""
    from baokan.annotators.evaluation import Score, score_strings

    totals: Dict[str, Score] = {}
    misses: Counter = Counter()
    for page, gold_path in pages:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        recs = records.get(page_key(page), [])
        res = score_strings(gold, recs, name=page.name)
        for split in (split_of(page_date(page.stem)), "all"):
            totals.setdefault(split, Score(gold=split, kind="total")).add(res)
        found = miss_kinds(gold, recs)
        misses.update(found)
        if verbose:
            for m in res.misses:
                print(f"{page.name}: MISS {m.strip()}")
    out: Dict[str, Any] = {"splits": {}, "misses": misses.most_common(10)}
    for split, tot in totals.items():
        out["splits"][split] = {
            "pages": sum(1 for p, _ in pages if split in ("all", split_of(page_date(p.stem)))),
            "ok": tot.checks_ok,
            "all": tot.checks_all,
            "share": tot.articles,
            "kinds": {k: tot.kinds.get(k, [0, 0]) for k in KINDS},
        }
    return out


def main(argv: Optional[Sequence[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", type=Path, default=CORPUS, help=f"folder of pages and gold (default {CORPUS})")
    ap.add_argument("--split", choices=("fit", "heldout", "all"), default="all", help="which dates (default all)")
    ap.add_argument("--dates", nargs="+", help="only these dates (YYYY-MM-DD); overrides --split")
    ap.add_argument("--segment-only", action="store_true", help="run the segmenter alone (no time share)")
    ap.add_argument(
        "--min", type=float, default=0.0, help="exit 1 when the held-out share (or the selected one) is below this"
    )
    ap.add_argument(
        "--entity-gold",
        type=Path,
        default=ENTITY_GOLD,
        help="folder of *.spans.jsonl entity gold (default tests/data/corpus_entities)",
    )
    ap.add_argument(
        "--quote-model", action="store_true", help="slogans judge quotes by the fitted model (slogans.quote_model)"
    )
    ap.add_argument("--json", action="store_true", help="print the report as JSON")
    ap.add_argument("-v", "--verbose", action="store_true", help="print every miss")
    args = ap.parse_args(argv)
    if not args.corpus.is_dir():
        print(
            f"skipped: no corpus at {args.corpus} (real pages stay in ../shared/corpus; nothing to measure)",
            file=sys.stderr,
        )
        return 0
    dates = args.dates or (FIT if args.split == "fit" else HELDOUT if args.split == "heldout" else None)
    pages = find_pages(args.corpus, dates)
    if not pages:
        print(f"skipped: no pages with gold in {args.corpus} on {', '.join(dates or ['any date'])}", file=sys.stderr)
        return 0
    config = {"slogans": {"quote_model": True}} if args.quote_model else None
    records, seconds = run(pages, segment_only=args.segment_only, config=config)
    rep = report(pages, records, verbose=args.verbose)
    total_s = sum(seconds.values())
    rep["seconds"] = seconds
    rep["segment_share"] = seconds.get("segment", 0.0) / total_s if total_s and not args.segment_only else None
    rep["entities"] = (
        None if args.segment_only else entity_report(records, args.corpus, args.entity_gold, verbose=args.verbose)
    )
    if args.json:
        print(json.dumps(rep, ensure_ascii=False, indent=2))
    else:
        _print(rep, pages=len(pages), segment_only=args.segment_only)
    splits = rep["splits"]
    judged = splits.get("heldout") or splits.get(args.split) or splits["all"]
    return 0 if (judged["share"] or 0.0) >= args.min else 1


def _shown(folder: str) -> str:
    """``folder`` relative to the repository when it is inside it."""
    path = Path(folder).resolve()
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)


def _print(rep: Mapping[str, Any], *, pages: int, segment_only: bool) -> None:
    splits = [s for s in ("fit", "heldout", "other", "all") if s in rep["splits"]]
    print("article checks passed, by kind of check")
    print("kind".ljust(14) + "".join(s.rjust(18) for s in splits))
    for key, name in KINDS.items():
        cells = []
        for s in splits:
            ok, made = rep["splits"][s]["kinds"][key]
            cells.append((f"{ok}/{made} {ok / made:.3f}" if made else "-").rjust(18))
        print(name.ljust(14) + "".join(cells))
    cells = []
    for s in splits:
        sp = rep["splits"][s]
        cells.append(f"{sp['ok']}/{sp['all']} {sp['share']:.3f}".rjust(18))
    print("all checks".ljust(14) + "".join(cells))
    print("pages".ljust(14) + "".join(str(rep["splits"][s]["pages"]).rjust(18) for s in splits))
    print("\nmost frequent kinds of miss")
    for what, n in rep["misses"]:
        print(f"{n:6d}  {what}")
    secs = rep["seconds"]
    total = sum(secs.values())
    print(f"\ntime: {total:.2f} s for {pages} pages ({total / pages * 1000:.1f} ms a page)", end="")
    if rep["segment_share"] is not None:
        print(
            f"; segment {secs.get('segment', 0.0):.2f} s = {rep['segment_share']:.1%} of the pipeline "
            f"({', '.join(f'{k} {v:.2f} s' for k, v in sorted(secs.items(), key=lambda kv: -kv[1]))})"
        )
    else:
        print(" (segmenter alone)" if segment_only else "")
    ents = rep["entities"]
    if ents:
        print(f"\nentities: P/R/F1 per label on the {ents['pages']} pages with entity gold ({_shown(ents['folder'])})")
        labels = sorted({label for split in ents["splits"].values() for label in split})
        order = [s for s in ("fit", "heldout", "other", "all") if s in ents["splits"]]
        print("label".ljust(14) + "".join(s.rjust(18) for s in order))
        for label in labels:
            cells = []
            for s in order:
                c = ents["splits"][s].get(label)
                cells.append((f"{c['p']:.2f}/{c['r']:.2f}/{c['f1']:.2f}" if c else "-").rjust(18))
            print(label.ljust(14) + "".join(cells))


if __name__ == "__main__":
    sys.exit(main())
