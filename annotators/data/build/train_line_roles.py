#!/usr/bin/env python3
"""Train ``annotators/data/line_roles.crfsuite``: the line-role CRF behind :mod:`baokan.annotators.line_roles`.

Run from the repository root; the corpus is read where it lies, never copied::

    python annotators/data/build/train_line_roles.py                # ../shared/corpus/rmrb
    python annotators/data/build/train_line_roles.py --corpus DIR --check-only

The corpus is a folder of real page dumps ``<stem>.txt``, each with a gold
file ``<stem>.gold.json`` in the format ``baokan eval`` reads (kicker,
headline, subtitles, byline people, where the body starts and ends,
continuation). Stems end in ``_YYYYMMDD_pNN``; pages are split by date, never
by page: the model is fitted on the ``--fit`` dates and its line roles are
scored on the ``--heldout`` dates (the article checks are measured by
``benchmarks/corpus.py``).

The role of each line comes from the gold through
:func:`baokan.annotators.line_roles.derive_roles`. Before training, the script
checks that the derivation reproduces the gold: the pages are segmented with
the derived roles in place of the model's and scored with
:mod:`baokan.annotators.evaluation`; every check but a few the body rules
decide (joins, captions at an article's edge) must pass. Features come from
:func:`baokan.annotators.line_roles.features`, the code that tags. Training
data are never committed; the model and a header naming its source, dates and
scores are written to ``annotators/data/line_roles.crfsuite`` and
``annotators/data/line_roles.meta.txt``.
"""
from __future__ import annotations

import argparse
import datetime
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Dict, List, Sequence, Tuple

import msgspec

ROOT = Path(__file__).resolve().parents[3]
DATA_DIR = ROOT / "annotators" / "data"
CORPUS = ROOT.parent / "shared" / "corpus" / "rmrb"
#: The split shared with the entity work: fitted on these dates ...
FIT = ("2025-01-05", "2025-02-20", "2025-03-15", "2025-06-16", "2025-07-23", "2025-11-14", "2026-02-05")
#: ... and measured on these.
HELDOUT = ("2025-04-22", "2025-10-04", "2025-12-19", "2026-03-24")
#: The derived roles must reproduce at least this share of the gold's article checks.
CHECK_MIN = 0.99

_STEM = re.compile(r"_(\d{4})(\d{2})(\d{2})_p[0-9A-Za-z]+$")


def page_date(stem: str) -> str:
    """``rmrb_20250105_p01`` → ``2025-01-05`` (empty when the stem names no date)."""
    m = _STEM.search(stem)
    return f"{m.group(1)}-{m.group(2)}-{m.group(3)}" if m else ""


def gold_pages(corpus: Path, dates: Sequence[str]) -> List[Tuple[Path, dict]]:
    """The (page text file, parsed gold) pairs of the corpus on the given dates."""
    out = []
    for gold in sorted(corpus.glob("*.gold.json")):
        stem = gold.name[: -len(".gold.json")]
        if page_date(stem) in dates:
            out.append((gold.with_name(stem + ".txt"), json.loads(gold.read_text(encoding="utf-8"))))
    return out


def page_lines(text: str):
    """The lines the segmenter tags on a one-page dump (page headers cut off), with their layout."""
    from baokan.annotators.layout import Layout
    from baokan.annotators.segment import Segment

    pages = Segment.pages(text)
    if len(pages) != 1:
        raise ValueError(f"expected one page, found {len(pages)}")
    lines = pages[0][1]
    return Layout(lines), lines


def runs_stories_together(lines, roles: Sequence[str], layout) -> bool:
    """Whether a page's gold keeps a printed story inside another's body (a round-up).

    Such a page has, inside a body, a heading-shaped line with a byline or a
    line of names below it: a story's own heading and byline, which the gold
    counts as the body of the article above. Fitting on such pages teaches the
    model to read a heading and a byline as body; they are left out of fitting.
    """
    from baokan.annotators import bylines as bl
    for i in range(1, len(lines)):
        line, above = lines[i], lines[i - 1]
        byline = line.kind == "byline" or bl.parse_names(line.text) is not None
        if roles[i] == "body" and roles[i - 1] == "body" and byline and not above.kind \
                and layout.heading(above, loud=True):
            return True
    return False


def sequences(pages: Sequence[Tuple[Path, dict]], *, skip_together: bool = False):
    """Features and gold-derived roles of every page (with ``skip_together``, of pages that are not round-ups)."""
    from baokan.annotators.line_roles import derive_roles, features, token_roles

    for path, gold in pages:
        layout, lines = page_lines(path.read_text(encoding="utf-8"))
        groups, feats = features(layout, lines)
        roles = derive_roles(lines, gold)
        if skip_together and runs_stories_together(lines, roles, layout):
            print(f"left out of fitting: {path.name} (its gold runs printed stories together)", file=sys.stderr)
            continue
        lost = [lines[i].text for g in groups for i in g[1:] if roles[i] != roles[g[0]]]
        if lost:
            raise ValueError(f"{path.name}: a run of text lines holds lines of other roles: {lost}")
        yield path, feats, token_roles(groups, roles)


def check_derivation(pages: Sequence[Tuple[Path, dict]]) -> Tuple[float, Counter]:
    """Segment every page with its gold-derived roles; the share of article checks passed and the misses by kind."""
    from baokan.annotators import evaluation as ev
    from baokan.annotators.document import Document
    from baokan.annotators.line_roles import derive_roles
    from baokan.annotators.segment import Segment

    total = ev.Score(gold="total", kind="total")
    kinds: Counter = Counter()
    for path, gold in pages:
        doc = Segment()(Document(doc=str(path), text=path.read_text(encoding="utf-8")),
                        roles=lambda lines: derive_roles(lines, gold))
        res = ev.score_strings(gold, [msgspec.to_builtins(a) for a in doc.articles], name=path.name)
        total.add(res)
        kinds.update(m.split()[0] for m in res.misses)
    return total.articles or 0.0, kinds


def role_scores(gold: Sequence[List[str]], pred: Sequence[List[str]]) -> Dict[str, Tuple[float, float, float, int]]:
    """Per role: precision, recall, F1 and gold count over all lines."""
    tp: Counter = Counter()
    fp: Counter = Counter()
    fn: Counter = Counter()
    for g, p in zip(gold, pred):
        for a, b in zip(g, p):
            if a == b:
                tp[a] += 1
            else:
                fp[b] += 1
                fn[a] += 1
    out = {}
    for role in sorted(set(tp) | set(fn)):
        pr = tp[role] / (tp[role] + fp[role]) if tp[role] + fp[role] else 0.0
        rc = tp[role] / (tp[role] + fn[role]) if tp[role] + fn[role] else 0.0
        out[role] = (pr, rc, 2 * pr * rc / (pr + rc) if pr + rc else 0.0, tp[role] + fn[role])
    return out


def main(argv: Sequence[str] = ()) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", type=Path, default=CORPUS, help="folder of <stem>.txt and <stem>.gold.json")
    ap.add_argument("--fit", nargs="+", default=list(FIT), help="dates (YYYY-MM-DD) to fit on")
    ap.add_argument("--heldout", nargs="+", default=list(HELDOUT), help="dates to score the roles on")
    ap.add_argument("--c1", type=float, default=0.05)
    ap.add_argument("--c2", type=float, default=0.01)
    ap.add_argument("--iterations", type=int, default=200)
    ap.add_argument("--minfreq", type=int, default=2, help="drop attributes seen fewer times")
    ap.add_argument("--out", type=Path, default=DATA_DIR / "line_roles.crfsuite")
    ap.add_argument("--check-only", action="store_true", help="check the derivation of roles from the gold and stop")
    args = ap.parse_args(list(argv) or None)
    if not args.corpus.is_dir():
        print(f"{args.corpus}: no corpus folder (see the docstring)", file=sys.stderr)
        return 2
    sys.path.insert(0, str(ROOT))
    import pycrfsuite

    from baokan.annotators.line_roles import ROLES

    fit, held = gold_pages(args.corpus, args.fit), gold_pages(args.corpus, args.heldout)
    if not fit:
        print(f"{args.corpus}: no gold pages on the fit dates {args.fit}", file=sys.stderr)
        return 2
    share, kinds = check_derivation(fit + held)
    print(f"roles derived from the gold reproduce {share:.4f} of the article checks; misses {dict(kinds)}")
    if share < CHECK_MIN:
        print(f"the derivation falls short of {CHECK_MIN}: fix derive_roles before training", file=sys.stderr)
        return 1
    if args.check_only:
        return 0

    trainer = pycrfsuite.Trainer(verbose=False)
    lines = 0
    for _, feats, roles in sequences(fit, skip_together=True):
        trainer.append(feats, roles)
        lines += len(roles)
    trainer.set_params({"c1": args.c1, "c2": args.c2, "max_iterations": args.iterations,
                        "feature.minfreq": args.minfreq, "feature.possible_transitions": True})
    started, cpu = time.time(), time.process_time()
    trainer.train(str(args.out))
    wall, cpu = time.time() - started, time.process_time() - cpu

    tagger = pycrfsuite.Tagger()
    tagger.open(str(args.out))
    scores = {}
    for name, pages in (("fit", fit), ("heldout", held)):
        gold, pred = [], []
        for _, feats, roles in sequences(pages):
            gold.append(roles)
            pred.append(list(tagger.tag(feats)))
        scores[name] = (role_scores(gold, pred), sum(len(g) for g in gold),
                        sum(a == b for g, p in zip(gold, pred) for a, b in zip(g, p)))

    meta = args.out.with_name(args.out.name.replace(".crfsuite", ".meta.txt"))
    today = datetime.date.today().isoformat()
    rows = [
        "# name: line_roles",
        "# description: Line-role CRF (python-crfsuite) of baokan's segmenter: the role of each line of a page "
        f"({', '.join(ROLES)}); line scores below.",
        f"# source: gold of real People's Daily pages, {args.corpus.name}/ of the development corpus (../shared/corpus, "
        "built from the public repository leeperfect/PeopleDailyMaterial); trained by annotators/data/build/train_line_roles.py",
        f"# date: {today}",
        "# license: model weights (feature weights over line shapes, no text of the corpus)",
        f"# fit_dates: {' '.join(args.fit)} ({len(fit)} pages, {lines} lines)",
        f"# heldout_dates: {' '.join(args.heldout)} ({len(held)} pages)",
        f"# derivation_check: roles derived from the gold reproduce {share:.4f} of its article checks",
        f"# training: L-BFGS, c1={args.c1}, c2={args.c2}, feature.minfreq={args.minfreq}, "
        f"max_iterations={args.iterations}, {wall:.1f} s wall, {cpu:.1f} s CPU",
        "# features: line shape (length, start and end marks, brackets, column tag, verb of saying, digits, inner "
        "spaces, name-only, byline, dateline, heading shape, indentation, blank lines) of the line and its neighbours "
        "at -2..+2, position, and what the next text line below is",
        f"# model_bytes: {args.out.stat().st_size}",
    ]
    for name, (per_role, n, ok) in scores.items():
        rows.append(f"# {name}: {ok}/{n} lines = {ok / n:.4f}")
    rows.append("split\trole\tprecision\trecall\tf1\tgold")
    for name, (per_role, _, _) in scores.items():
        for role, (p, r, f, g) in per_role.items():
            rows.append(f"{name}\t{role}\t{p:.4f}\t{r:.4f}\t{f:.4f}\t{g}")
    meta.write_text("\n".join(rows) + "\n", encoding="utf-8")
    print("\n".join(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
