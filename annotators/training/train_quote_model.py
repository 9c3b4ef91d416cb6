#!/usr/bin/env python3
"""Fit ``annotators/data/quote_model.tsv``: a logistic regression that judges quoted phrases.

Run from the repository root; the corpus is read where it lies, never copied::

    python annotators/training/train_quote_model.py              # leave-one-date-out report only
    python annotators/training/train_quote_model.py --write      # and write the weights
    python annotators/training/train_quote_model.py --heldout     # and measure on the held-out dates
    python annotators/training/train_quote_model.py --only none --variant refit --penalty 0.3 --cut=-0.5 --pipeline
                                                       # one variant, leave-one-group-out through the annotator
    python annotators/training/train_quote_model.py --sets /work/s11/set5 /work/s12/set6 ... --pipeline
                                                       # groups: the fit dates and each set of other papers

Examples are the quoted phrases of every article (as ``slogan_quotes.judged_quotes`` finds them) on
the pages of issue 19's adjudicated entity gold (``tests/data/corpus_entities/passes/adjudicated``):
a phrase the gold lists as a ``must`` slogan is positive, a ``neutral`` one is left out, every
other one is negative (the labelling of ``benchmarks/quoted_judgement.py``). Features are
:func:`baokan.annotators.language.quote_model.features`. Fitting uses the fitting dates, and with
``--sets DIR...`` the sets of other papers too (``DIR/adj/*.gold.json`` string gold over ``DIR/pages``,
labelled the same way; not in the repository: an absent set or page is skipped, saying so), each set
one group beside the dates; ``--train dates`` fits on the dates only and still judges every group.

The honest estimate of how a judgement carries to unseen text is leave-one-group-out (a group is a
fit date or a set): fit on the other groups, judge the left-out one, add up over all. The script prints
it for the hand judgement (``quoted.judge``, whose weights were chosen by hand on all these groups, so
its figure is in-sample and flatters it) and for each model variant, in all and group by group:

- ``refit``: the hand judgement's features only, their weights fitted;
- ``model``: those and the phrase's own features (length, characters, context characters …);
- ``combined``: ``model`` plus the hand judgement's score as one feature.

The choice among variants, penalties and decision cuts is the best leave-one-group-out F1 on the
phrases the lexicon does not know (the lexicon finds the others whatever the judgement says).
``--pipeline`` repeats leave-one-group-out through the whole annotator (slogan P/R/F1 of each
left-out group's pages, the fold's model in place of the shipped one; a set scored as ``baokan eval``
scores it), where a phrase counts once per page, not once per mention. With ``--heldout`` (or
``--fresh DIR``, a folder of new string gold) it also prints quote-level figures on the held-out
dates, counts only.
Training is plain Python (full-batch gradient descent with Adam on the L2-penalised log loss);
nothing is fitted at run time.
"""

from __future__ import annotations

import argparse
import datetime
import json
import math
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Dict, List, Sequence, Tuple

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "tests" / "data" / "corpus_entities" / "passes" / "adjudicated"
OUT = ROOT / "annotators" / "data" / "quote_model.tsv"
QUOTE_MARKS = set("“”\"'‘’「」『』＂")
#: Character features (before:, after:, first:, last:) seen fewer times than this in training are dropped.
MIN_COUNT = 5
CHAR_PREFIXES = ("before:", "after:", "first:", "last:")
VARIANTS = ("refit", "model", "combined", "combined-nochar", "combined-context", "residual", "residual-nochar")
PENALTIES = (0.3, 1.0, 3.0)
#: Decision cuts in log-odds tried by leave-one-date-out (0 is probability 0.5).
CUTS = (-1.0, -0.5, 0.0)

Example = Tuple[str, Dict[str, float], str, int, int, int, bool]  # date, fired, text, start, end, label, hand


def _split() -> Tuple[Tuple[str, ...], Tuple[str, ...]]:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from corpus import FIT, HELDOUT

    return tuple(d.replace("-", "") for d in FIT), tuple(d.replace("-", "") for d in HELDOUT)


def bare(s: str) -> str:
    return "".join(ch for ch in s if ch not in QUOTE_MARKS).strip()


def _page_examples(group: str, gold: Dict, page: Path, pipe) -> List[Example]:
    """The labelled quoted phrases of one page under its string gold (``group`` names the date or set)."""
    from baokan.annotators.core.document import Document
    from baokan.annotators.language.slogan_quotes import judged_quotes

    slogan = gold["entities"].get("slogan") or {}
    must = {bare(x) for x in slogan.get("must", [])}
    neutral = {bare(x) for x in slogan.get("neutral", [])} - must
    doc = pipe(Document(doc=page.name, text=page.read_text(encoding="utf-8")))
    out: List[Example] = []
    for article in doc.articles:
        for q, verdict in judged_quotes(article.text):
            inner = bare(q.inner)
            if inner in neutral:
                continue
            out.append((group, verdict.features, article.text, q.start, q.end, int(inner in must), verdict.slogan))
    return out


def _pipe():
    from baokan.annotators.core.pipeline import Pipeline

    return Pipeline(["paragraphs"])


def examples(gold_dir: Path, corpus: Path, dates: Sequence[str]) -> List[Example]:
    """The labelled quoted phrases of the gold pages on ``dates``."""
    pipe = _pipe()
    out: List[Example] = []
    for path in sorted(gold_dir.glob("*.json")):
        date = next((d for d in dates if d in path.stem), None)
        gold = json.loads(path.read_text(encoding="utf-8"))
        page = corpus / gold["source"]
        if date is None or not page.is_file():
            continue
        out += _page_examples(date, gold, page, pipe)
    return out


def set_golds(folder: Path) -> List[Tuple[Dict, Path]]:
    """The string golds of one set of other papers (``adj/*.gold.json``) with their pages (``pages/<source>``).

    A gold whose page is absent is skipped, saying so; a folder without ``adj/`` gives nothing."""
    out: List[Tuple[Dict, Path]] = []
    for path in sorted((folder / "adj").glob("*.gold.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        page = folder / "pages" / gold.get("source", "")
        if not gold.get("source") or not page.is_file():
            print(f"skipped: {path} (no page {page})", file=sys.stderr)
            continue
        out.append((gold, page))
    return out


def set_examples(folders: Sequence[Path]) -> Tuple[List[Example], List[str]]:
    """The labelled quoted phrases of sets of other papers, each set one group named by its folder,
    and the groups read. An absent folder, or one without gold, is skipped, saying so."""
    pipe = _pipe()
    out: List[Example] = []
    groups: List[str] = []
    for folder in folders:
        golds = set_golds(folder) if folder.is_dir() else []
        if not golds:
            print(f"skipped: no set gold at {folder}", file=sys.stderr)
            continue
        groups.append(folder.name)
        for gold, page in golds:
            out += _page_examples(folder.name, gold, page, pipe)
    return out, groups


def _known(e: Example) -> bool:
    """Whether the slogan lexicon already finds the quoted phrase (alone, or with what follows it)."""
    from baokan.annotators.language import quoted

    _, _, text, start, end, _, _ = e
    inner = text[start:end]
    return bool(quoted.lexicon_canonical(inner) or quoted.joined_canonical(inner, text[end + 1 : end + 5]))


def featurise(data: Sequence[Example], variant: str) -> List[Dict[str, float]]:
    from baokan.annotators.language.quote_model import features

    rows = []
    for _, fired, text, start, end, _, _ in data:
        f = features(
            text, start, end, fired, combined=variant.startswith("combined"), residual=variant.startswith("residual")
        )
        if variant == "refit":
            f = {k: v for k, v in f.items() if k.startswith("h:")}
        elif variant in ("combined-nochar", "residual-nochar"):
            f = {k: v for k, v in f.items() if not k.startswith(CHAR_PREFIXES)}
        elif variant == "combined-context":
            f = {k: v for k, v in f.items() if not k.startswith(("first:", "last:"))}
        rows.append(f)
    return rows


def fit(rows: Sequence[Dict[str, float]], labels: Sequence[int], penalty: float, steps: int = 300):
    """Weights and bias of an L2-penalised logistic regression (Adam, full batch)."""
    counts = Counter(k for r in rows for k in r)
    # a feature of a white-space character (a quote at a line's end: "after:" and a newline) cannot be a TSV row
    keep = {k for k, c in counts.items() if not k.startswith(CHAR_PREFIXES) or (c >= MIN_COUNT and not k[-1].isspace())}
    names = sorted(keep - {"(offset)"})
    index = {k: i for i, k in enumerate(names)}
    xs = [[(index[k], v) for k, v in r.items() if k in index] for r in rows]
    offsets = [r.get("(offset)", 0.0) for r in rows]  # a fixed part of the log-odds (weight 1, not fitted)
    w = [0.0] * (len(names) + 1)  # the last one is the bias
    m = [0.0] * len(w)
    s = [0.0] * len(w)
    lr, b1, b2, eps = 0.1, 0.9, 0.999, 1e-8
    bias = len(names)
    for t in range(1, steps + 1):
        grad = [0.0] * len(w)
        for x, y, o in zip(xs, labels, offsets):
            z = o + w[bias] + sum(w[i] * v for i, v in x)
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            g = p - y
            for i, v in x:
                grad[i] += g * v
            grad[bias] += g
        for i in range(bias):
            grad[i] += penalty * w[i]
        for i, g in enumerate(grad):
            m[i] = b1 * m[i] + (1 - b1) * g
            s[i] = b2 * s[i] + (1 - b2) * g * g
            w[i] -= lr * (m[i] / (1 - b1**t)) / (math.sqrt(s[i] / (1 - b2**t)) + eps)
    weights = {k: w[i] for k, i in index.items()}
    if any(offsets):
        weights["(offset)"] = 1.0
    return weights, w[bias]


def prf(tp: int, fp: int, fn: int) -> str:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"tp={tp} fp={fp} fn={fn}  P/R/F1 {p:.3f}/{r:.3f}/{f:.3f}"


def counts(pred: Sequence[bool], labels: Sequence[int]) -> Tuple[int, int, int]:
    tp = sum(1 for p, y in zip(pred, labels) if p and y)
    fp = sum(1 for p, y in zip(pred, labels) if p and not y)
    fn = sum(1 for p, y in zip(pred, labels) if not p and y)
    return tp, fp, fn


def margins(weights: Dict[str, float], bias: float, rows: Sequence[Dict[str, float]]) -> List[float]:
    """The model's log-odds of each row (a slogan at 0 and above, probability 0.5)."""
    return [bias + sum(weights.get(k, 0.0) * v for k, v in r.items()) for r in rows]


def predict(weights: Dict[str, float], bias: float, rows: Sequence[Dict[str, float]], cut: float = 0.0) -> List[bool]:
    return [z >= cut for z in margins(weights, bias, rows)]


def leave_one_group_out(
    data: Sequence[Example], groups: Sequence[str], variant: str, penalty: float, train: Sequence[str]
) -> List[float]:
    """Each example's log-odds from the model fitted on the other groups (of those in ``train``)."""
    rows = featurise(data, variant)
    labels = [e[5] for e in data]
    out = [0.0] * len(data)
    for held in groups:
        fold = [i for i, e in enumerate(data) if e[0] != held and e[0] in train]
        test = [i for i, e in enumerate(data) if e[0] == held]
        if not test:
            continue
        w, b = fit([rows[i] for i in fold], [labels[i] for i in fold], penalty)
        for i, z in zip(test, margins(w, b, [rows[i] for i in test])):
            out[i] = z
    return out


def _slogan_counts(bench, group: str, sets: Dict[str, Path], config) -> Tuple[int, int, int]:
    """Slogan tp, fp and gold of one group's pages through the whole annotator (``baokan eval``'s scoring)."""
    from baokan.annotators.evaluation import score_strings

    if group not in sets:  # a corpus date, scored as benchmarks/corpus.py scores it
        day = f"{group[:4]}-{group[4:6]}-{group[6:]}"
        records, _ = bench.run(bench.find_pages(bench.CORPUS, [day]), segment_only=False, config=config)
        c = bench.entity_report(records, bench.CORPUS)["splits"]["fit"]["slogan"]
        return c["tp"], c["fp"], c["gold"]
    golds = set_golds(sets[group])
    records, _ = bench.run([(page, page) for _, page in golds], segment_only=False, config=config)
    tp = fp = gold_n = 0
    for gold, page in golds:
        c = score_strings(gold, records[page.name], name=page.name).labels["slogan"]
        tp, fp, gold_n = tp + c.tp, fp + c.fp, gold_n + c.gold
    return tp, fp, gold_n


def pipeline_logo(
    data: Sequence[Example],
    groups: Sequence[str],
    variant: str,
    penalty: float,
    cut: float,
    sets: Dict[str, Path],
    train: Sequence[str],
) -> None:
    """Leave-one-group-out through the whole annotator: slogan P/R/F1 on each left-out group's pages (a fit
    date or a set) with the hand judgement and with the model fitted on the other groups of ``train``."""
    import importlib.util

    from baokan.annotators.language import quote_model

    spec = importlib.util.spec_from_file_location("baokan_corpus_benchmark", ROOT / "benchmarks" / "corpus.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    rows = featurise(data, variant)
    labels = [e[5] for e in data]
    shipped = quote_model.model
    totals = {"hand": [0, 0, 0], "model": [0, 0, 0]}
    wins = 0
    try:
        for held in groups:
            fold = [i for i, e in enumerate(data) if e[0] != held and e[0] in train]
            weights, bias = fit([rows[i] for i in fold], [labels[i] for i in fold], penalty)
            fitted = quote_model.Model(
                weights,
                bias,
                1 / (1 + math.exp(-cut)),
                combined=variant.startswith("combined"),
                residual=variant.startswith("residual"),
            )
            quote_model.model = lambda fitted=fitted: fitted  # the fold's model, not the shipped one
            here = {}
            for name, on in (("hand", False), ("model", True)):
                here[name] = _slogan_counts(bench, held, sets, {"slogans": {"quote_model": on}})
                totals[name] = [t + x for t, x in zip(totals[name], here[name])]
            h, m = (f1(*here[k][:2], here[k][2] - here[k][0]) for k in ("hand", "model"))
            wins += m >= h
            won = "model" if m > h else "hand" if h > m else "tie"
            print(f"pipeline LOGO slogan {held:9s} hand F1 {h:.3f}  model F1 {m:.3f}  ({won})")
    finally:
        quote_model.model = shipped
    for name, (tp, fp, gold) in totals.items():
        print(f"pipeline LOGO slogan, {name:5s} judgement: {prf(tp, fp, gold - tp)}")
    print(f"pipeline LOGO: model not worse on {wins} of {len(groups)} groups")


def f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def main(argv: Sequence[str]) -> int:
    from baokan.annotators.evaluation import corpus_folder

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, default=GOLD)
    ap.add_argument("--corpus", type=Path, default=corpus_folder(ROOT) / "rmrb")
    ap.add_argument("--only", default="", help="comma-separated variants to cross-validate (default all)")
    ap.add_argument("--variant", choices=VARIANTS, default=None, help="variant to write (default: best by LODO)")
    ap.add_argument("--penalty", type=float, default=None, help="L2 penalty to write (default: best by LODO)")
    ap.add_argument("--cut", type=float, default=None, help="decision cut in log-odds (default: best by LODO)")
    ap.add_argument("--penalties", default=",".join(f"{x:g}" for x in PENALTIES), help="L2 penalties to cross-validate")
    ap.add_argument(
        "--pipeline", action="store_true", help="also leave-one-group-out through the whole annotator (slogan P/R/F1)"
    )
    ap.add_argument(
        "--sets", type=Path, nargs="*", default=[], help="sets of other papers (DIR/adj/*.gold.json, DIR/pages/*.txt)"
    )
    ap.add_argument(
        "--train",
        choices=("all", "dates"),
        default="all",
        help="groups a model learns from: all, or the fit dates only",
    )
    ap.add_argument("--write", action="store_true", help=f"write the weights to {OUT.relative_to(ROOT)}")
    ap.add_argument("--heldout", action="store_true", help="also measure on the held-out dates (counts only)")
    ap.add_argument(
        "--fresh", type=Path, default=None, help="also measure on a folder of new string gold, any date (counts only)"
    )
    a = ap.parse_args(argv)
    if not a.corpus.is_dir():
        print(f"skipped: no corpus at {a.corpus}", file=sys.stderr)
        return 0
    fit_dates, held_dates = _split()
    t0 = time.process_time()
    data = examples(a.gold, a.corpus, fit_dates)
    n_dates = len(data)
    print(f"fit dates: {n_dates} quoted phrases, {sum(e[5] for e in data)} positive")
    more, set_groups = set_examples(a.sets)
    data += more
    sets = {f.name: f for f in a.sets if f.name in set_groups}
    for g in set_groups:
        print(
            f"set {g}: {sum(e[0] == g for e in more)} quoted phrases, {sum(e[5] for e in more if e[0] == g)} positive"
        )
    groups = tuple(fit_dates) + tuple(set_groups)
    train = tuple(fit_dates) + (tuple(set_groups) if a.train == "all" else ())
    labels = [e[5] for e in data]
    known = [_known(e) for e in data]
    new = [not k for k in known]  # the phrases only the judgement can find: the lexicon lacks them

    def subset(pred: Sequence[bool], keep: Sequence[bool]) -> Tuple[int, int, int]:
        return counts([p for p, k in zip(pred, keep) if k], [y for y, k in zip(labels, keep) if k])

    hand_pred = [e[6] for e in data]
    hand = counts(hand_pred, labels)
    print(f"{sum(new)} of them not in the lexicon, {sum(y for y, k in zip(labels, new) if k)} of those positive")
    print(f"hand judgement (in sample: its weights were chosen on these groups)  all: {prf(*hand)}")
    print(f"{'':54s}not in lexicon: {prf(*subset(hand_pred, new))}")
    results: Dict[Tuple[str, float, float], Tuple[int, int, int]] = {}  # on the phrases not in the lexicon
    margins_of: Dict[Tuple[str, float], List[float]] = {}
    for variant in [v for v in VARIANTS if not a.only or v in a.only.split(",")]:
        for penalty in [float(x) for x in a.penalties.split(",")]:
            z = leave_one_group_out(data, groups, variant, penalty, train)
            margins_of[(variant, penalty)] = z
            for cut in CUTS:
                pred = [m >= cut for m in z]
                c = counts(pred, labels)
                results[(variant, penalty, cut)] = subset(pred, new)
                print(
                    f"LOGO {variant:9s} penalty {penalty:<4g} cut {cut:+.1f}  all: {prf(*c)}  "
                    f"not in lexicon: {prf(*subset(pred, new))}"
                )

    if not results and None in (a.variant, a.penalty, a.cut):
        print(
            "error: with no variant cross-validated (--only none), give --variant, --penalty and --cut", file=sys.stderr
        )
        return 2
    best = max(results, key=lambda k: f1(*results[k])) if results else (a.variant, a.penalty, a.cut)
    variant = a.variant or best[0]
    penalty = a.penalty if a.penalty is not None else best[1]
    cut = a.cut if a.cut is not None else best[2]
    print(f"chosen: {variant}, penalty {penalty:g}, cut {cut:+.1f}")
    if (variant, penalty) in margins_of:
        z = margins_of[(variant, penalty)]
        for g in groups:
            keep = [e[0] == g and k for e, k in zip(data, new)]
            h, m = subset(hand_pred, keep), subset([x >= cut for x in z], keep)
            print(f"LOGO not in lexicon {g:9s} hand F1 {f1(*h):.3f}  model F1 {f1(*m):.3f}  (positive {h[0] + h[2]})")
    if a.pipeline:
        pipeline_logo(data, groups, variant, penalty, cut, sets, train)
    rows = featurise([e for e in data if e[0] in train], variant)
    weights, bias = fit(rows, [e[5] for e in data if e[0] in train], penalty)
    n_train = len(rows)
    tests = [("held-out", a.gold, held_dates)] if a.heldout else []
    tests += [("fresh", a.fresh, fit_dates + held_dates)] if a.fresh else []
    for what, folder, dates in tests:
        held = examples(folder, a.corpus, dates)
        hl = [e[5] for e in held]
        hnew = [not _known(e) for e in held]
        print(f"{what}: {len(held)} quoted phrases, {sum(hl)} positive; {sum(hnew)} not in the lexicon")
        for name, pred in (
            ("hand judgement", [e[6] for e in held]),
            (variant, predict(weights, bias, featurise(held, variant), cut)),
        ):
            c_all = counts(pred, hl)
            c_new = counts([p for p, k in zip(pred, hnew) if k], [y for y, k in zip(hl, hnew) if k])
            print(f"{what} {name:15s} all: {prf(*c_all)}  not in lexicon: {prf(*c_new)}")
    if a.write:
        cpu = time.process_time() - t0
        lodo = " ".join(f"{v}/{p:g}/{c_:+.1f}={f1(*c):.3f}" for (v, p, c_), c in results.items())
        in_sets = [g for g in set_groups if g in train]
        n_sets = sum(1 for e in data if e[0] in in_sets)
        also = (
            f"; and {n_sets} phrases ({sum(e[5] for e in data if e[0] in in_sets)} positive) of the excerpts of other "
            f"papers, sets {', '.join(in_sets)} of issue 19, string gold, not in the repository"
            if in_sets
            else ""
        )
        header = [
            "# name: quote_model",
            "# description: Logistic regression that judges whether a quoted phrase is a slogan "
            "(annotators/language/quote_model.py); weight per feature, (bias) the intercept.",
            "# source: quoted phrases of issue 19's adjudicated entity gold on the fitting dates "
            f"{' '.join(fit_dates)} ({n_dates} phrases, {sum(labels[:n_dates])} positive){also}; must = positive, "
            f"neutral left out; {n_train} phrases in all; fitted by annotators/training/train_quote_model.py",
            f"# date: {datetime.date.today().isoformat()}",
            "# license: model weights over quote features; no text of the corpus is in the model",
            f"# training: L2-penalised log loss, penalty {penalty:g}, Adam, 300 full-batch steps; "
            f"character features kept when seen {MIN_COUNT} times or more; {cpu:.0f} s CPU",
            f"# variant: {variant}",
            f"# combined: {'yes' if variant.startswith('combined') else 'no'}",
            f"# residual: {'yes' if variant.startswith('residual') else 'no'}",
            f"# threshold: {1 / (1 + math.exp(-cut)):.4f}",
            f"# leave_one_group_out_f1: (groups: the fit dates{' and sets' if set_groups else ''}; on the phrases "
            "not in the lexicon, variant/penalty/cut=F1) "
            f"hand(in-sample)={f1(*subset(hand_pred, new)):.3f} {lodo}",
            "feature\tweight",
            "(bias)\t" + f"{bias:.6f}",
        ]
        lines = [f"{k}\t{v:.6f}" for k, v in sorted(weights.items()) if abs(v) >= 1e-4]
        OUT.write_text("\n".join(header + lines) + "\n", encoding="utf-8")
        print(f"wrote {OUT.relative_to(ROOT)}: {len(lines)} weights")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
