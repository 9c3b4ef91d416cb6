#!/usr/bin/env python3
"""Train ``annotators/data/line_roles.crfsuite``: the line-role CRF behind :mod:`baokan.annotators.language.line_roles`.

Run from the repository root; the corpus is read where it lies, never copied::

    python annotators/training/train_line_roles.py                # ../shared/corpus/rmrb
    python annotators/training/train_line_roles.py --corpus DIR --check-only

The corpus is a folder of real page dumps ``<stem>.txt``, each with a gold
file ``<stem>.gold.json`` in the format ``baokan eval`` reads (kicker,
headline, subtitles, byline people, where the body starts and ends,
continuation). Stems end in ``_YYYYMMDD_pNN``; pages are split by date, never
by page: the model is fitted on the ``--fit`` dates and its line roles are
scored on the ``--heldout`` dates (the article checks are measured by
``benchmarks/corpus.py``).

The role of each line comes from the gold through
:func:`baokan.annotators.language.line_roles_gold.derive_roles`. Before training, the script
checks that the derivation reproduces the gold: the pages are segmented with
the derived roles in place of the model's and scored with
:mod:`baokan.annotators.evaluation`; every check but a few the body rules
decide (joins, captions at an article's edge) must pass. Features come from
:func:`baokan.annotators.language.line_roles.features`, the code that tags. Training
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

ROOT = Path(__file__).resolve().parents[2]
DATA_DIR = ROOT / "annotators" / "data"
CORPUS = ROOT.parent / "shared" / "corpus" / "rmrb"


def _split() -> Tuple[Tuple[str, ...], Tuple[str, ...]]:
    """The date split of ``benchmarks/corpus.py`` (shared with the entity work): fitting and held-out dates."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("baokan_corpus_benchmark", ROOT / "benchmarks" / "corpus.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.FIT, module.HELDOUT


FIT, HELDOUT = _split()
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


def own_pages() -> List[Tuple[Path, dict]]:
    """The project's own hand-written pages of other papers with gold (tests/data/regression, the sample page).

    Fitting on their structure too shows the model papers other than the
    corpus's; they are never measured on here (the corpus's held-out dates are).
    """
    out = []
    for gold in sorted((ROOT / "tests" / "data" / "regression").glob("*.gold.json")) + sorted(
        (ROOT / "tests" / "data" / "gold").glob("*.gold.json")
    ):
        data = json.loads(gold.read_text(encoding="utf-8"))
        for page in (gold.with_name(data["source"]), ROOT / "seeds" / data["source"]):
            if page.is_file():
                out.append((page, data))
                break
    return out


def page_lines(text: str):
    """The lines the segmenter tags on a one-page dump (page headers cut off), with their layout."""
    from baokan.annotators.language.layout import Layout
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
    from baokan.annotators.language import bylines as bl

    for i in range(1, len(lines)):
        line, above = lines[i], lines[i - 1]
        byline = line.kind == "byline" or bl.parse_names(line.text) is not None
        if (
            roles[i] == "body"
            and roles[i - 1] == "body"
            and byline
            and not above.kind
            and layout.heading(above, loud=True)
        ):
            return True
    return False


_HALF = str.maketrans({"，": ",", "：": ":", "；": ";", "（": "(", "）": ")"})
_FULL = str.maketrans({",": "，", ":": "：", ";": "；", "(": "（", ")": "）"})


def variants(text: str, lines, roles: Sequence[str], gold: dict) -> List[str]:
    """The page printed in the corpus's other layouts and punctuation widths, for fitting.

    The corpus prints each page in one of three layouts (a blank line between
    all lines; one newline; one newline with paragraphs indented, the second
    half of a column-broken paragraph not) and with full- or half-width
    punctuation. Printing every fitting page in all six lets the model see each
    article's structure in every layout, so that no layout habit stands in for
    the structure. The seams of broken paragraphs come from the gold's joins.
    """
    from baokan.annotators.language.line_roles_gold import _squash

    joins = [_squash(j) for j in gold.get("joins", [])]

    def seam(a: str, b: str) -> bool:
        a, b = _squash(a), _squash(b)
        return any(j in a + b and j not in a and j not in b for j in joins)

    header = [ln.text for ln in read_page_lines(text) if ln.kind == "page"][:1]
    texts = [ln.text for ln in lines]
    starts = [
        roles[i] == "body" and not (i and roles[i - 1] == "body" and seam(texts[i - 1], texts[i]))
        for i in range(len(texts))
    ]
    half = text.count(",") > text.count("，")
    out = []
    for width in (None, _FULL if half else _HALF):
        body = [t.translate(width) if width else t for t in texts]
        out.append("\n\n".join(header + body))
        out.append("\n".join(header + body))
        out.append("\n".join(header + ["\u3000\u3000" + t if st else t for t, st in zip(body, starts)]))
    return out


def read_page_lines(text: str):
    from baokan.annotators.language.layout import read_lines

    return read_lines(text)


def sequences(pages: Sequence[Tuple[Path, dict]], *, skip_together: bool = False, augment: bool = False):
    """Features and gold-derived roles of every page (with ``skip_together``, of pages that are not round-ups;
    with ``augment``, of each page in every layout, see :func:`variants`)."""
    from baokan.annotators.language.line_roles import features, token_roles
    from baokan.annotators.language.line_roles_gold import derive_roles

    for path, gold in pages:
        text = path.read_text(encoding="utf-8")
        layout, lines = page_lines(text)
        roles = derive_roles(lines, gold)
        if skip_together and runs_stories_together(lines, roles, layout):
            print(f"left out of fitting: {path.name} (its gold runs printed stories together)", file=sys.stderr)
            continue
        for version in variants(text, lines, roles, gold) if augment else [text]:
            layout, lines = page_lines(version)
            if len(lines) != len(roles):
                continue  # a printing that reads as other lines (it happens when a width changes a marker)
            groups, feats = features(layout, lines)
            lost = [lines[i].text for g in groups for i in g[1:] if roles[i] != roles[g[0]]]
            if lost:
                raise ValueError(f"{path.name}: a run of text lines holds lines of other roles: {lost}")
            yield path, feats, token_roles(groups, roles)


def check_derivation(pages: Sequence[Tuple[Path, dict]]) -> Tuple[float, Counter]:
    """Segment every page with its gold-derived roles; the share of article checks passed and the misses by kind."""
    from baokan.annotators import evaluation as ev
    from baokan.annotators.core.document import Document
    from baokan.annotators.language.line_roles_gold import derive_roles
    from baokan.annotators.segment import Segment

    total = ev.Score(gold="total", kind="total")
    kinds: Counter = Counter()
    for path, gold in pages:
        doc = Segment()(
            Document(doc=str(path), text=path.read_text(encoding="utf-8")),
            roles=lambda lines, gold=gold: derive_roles(lines, gold),
        )
        res = ev.score_strings(gold, [msgspec.to_builtins(a) for a in doc.articles], name=path.name)
        total.add(res)
        kinds.update(m.split()[0] for m in res.misses)
    return total.articles or 0.0, kinds


def train(
    pages: Sequence[Tuple[Path, dict]],
    out: Path,
    *,
    c1: float,
    c2: float,
    iterations: int,
    minfreq: int,
    augment: bool = True,
) -> int:
    """Fit the CRF on the pages (round-ups left out) and write it to ``out``; the number of tokens fitted."""
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    tokens = 0
    for _, feats, roles in sequences(pages, skip_together=True, augment=augment):
        trainer.append(feats, roles)
        tokens += len(roles)
    trainer.set_params(
        {
            "c1": c1,
            "c2": c2,
            "max_iterations": iterations,
            "feature.minfreq": minfreq,
            "feature.possible_transitions": True,
        }
    )
    trainer.train(str(out))
    return tokens


def article_checks(pages: Sequence[Tuple[Path, dict]], model) -> Tuple[int, int]:
    """Article checks passed and made when the pages are segmented with roles from ``model``."""
    from baokan.annotators import evaluation as ev
    from baokan.annotators.core.document import Document
    from baokan.annotators.language.layout import Layout
    from baokan.annotators.language.line_roles import tag
    from baokan.annotators.segment import Segment

    ok = made = 0
    for path, gold in pages:
        doc = Segment()(
            Document(doc=str(path), text=path.read_text(encoding="utf-8")),
            roles=lambda lines: tag(Layout(lines), lines, using=model),
        )
        res = ev.score_strings(gold, [msgspec.to_builtins(a) for a in doc.articles], name=path.name)
        ok, made = ok + res.checks_ok, made + res.checks_all
    return ok, made


def tune(
    pages: Sequence[Tuple[Path, dict]],
    c2s: Sequence[float],
    biases: Sequence[float],
    *,
    iterations: int,
    minfreq: int,
    extra: Sequence[Tuple[Path, dict]] = (),
) -> Tuple[float, float, Dict[Tuple[float, float], float]]:
    """Choose L2 weight and start-role bias by leave-one-date-out cross-validation over the fitting pages.

    Each date's pages are segmented by a model fitted on the other dates; the
    pair with the largest share of article checks over all folds wins. The
    held-out dates are never looked at.
    """
    import tempfile

    from baokan.annotators.language.line_roles import Model

    dates = sorted({page_date(p.stem) for p, _ in pages})
    totals: Dict[Tuple[float, float], List[int]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for date in dates:
            inside = [pg for pg in pages if page_date(pg[0].stem) != date]
            outside = [pg for pg in pages if page_date(pg[0].stem) == date]
            for c2 in c2s:
                path = Path(tmp) / f"fold_{date}_{c2}.crfsuite"
                train(inside + list(extra), path, c1=0.0, c2=c2, iterations=iterations, minfreq=minfreq)
                for b in biases:
                    ok, made = article_checks(outside, Model(path, {"kicker": b, "headline": b}))
                    t = totals.setdefault((c2, b), [0, 0])
                    t[0] += ok
                    t[1] += made
    shares = {k: ok / made for k, (ok, made) in totals.items()}
    c2, b = max(shares, key=lambda k: (shares[k], -k[1]))
    return c2, b, shares


def role_scores(gold: Sequence[List[str]], pred: Sequence[List[str]]) -> Dict[str, Tuple[float, float, float, int]]:
    """Per role: precision, recall, F1 and gold count over all tokens."""
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
    ap.add_argument("--c2", type=float, nargs="+", default=[0.03, 0.1, 0.3], help="L2 weights to try")
    ap.add_argument(
        "--bias",
        type=float,
        nargs="+",
        default=[0.0, 0.5, 1.0, 1.5, 2.0],
        help="biases of the article-starting roles to try",
    )
    ap.add_argument("--iterations", type=int, default=200)
    ap.add_argument("--minfreq", type=int, default=2, help="drop attributes seen fewer times")
    ap.add_argument(
        "--own", type=int, default=1, help="times the project's own gold pages join the fitting pages (0: none)"
    )
    ap.add_argument("--out", type=Path, default=DATA_DIR / "line_roles.crfsuite")
    ap.add_argument("--check-only", action="store_true", help="check the derivation of roles from the gold and stop")
    args = ap.parse_args(list(argv) or None)
    if not args.corpus.is_dir():
        print(f"{args.corpus}: no corpus folder (see the docstring)", file=sys.stderr)
        return 2
    sys.path.insert(0, str(ROOT))
    from baokan.annotators.language.line_roles import ROLES, Model

    fit, held = gold_pages(args.corpus, args.fit), gold_pages(args.corpus, args.heldout)
    own = own_pages() * args.own
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

    started, cpu = time.time(), time.process_time()
    if len(args.c2) * len(args.bias) > 1:
        c2, bias, shares = tune(fit, args.c2, args.bias, iterations=args.iterations, minfreq=args.minfreq, extra=own)
        print(
            "cross-validation over the fitting dates: "
            + ", ".join(f"c2={k[0]} bias={k[1]}: {v:.4f}" for k, v in sorted(shares.items()))
        )
    else:
        c2, bias, shares = args.c2[0], args.bias[0], {}
    tokens = train(fit + own, args.out, c1=0.0, c2=c2, iterations=args.iterations, minfreq=args.minfreq)
    wall, cpu = time.time() - started, time.process_time() - cpu
    model = Model(args.out, {"kicker": bias, "headline": bias})

    scores = {}
    for name, pages in (("fit", fit), ("heldout", held)):
        gold, pred = [], []
        for _, feats, roles in sequences(pages):
            gold.append(roles)
            pred.append(model.tag(feats))
        scores[name] = (
            role_scores(gold, pred),
            sum(len(g) for g in gold),
            sum(a == b for g, p in zip(gold, pred) for a, b in zip(g, p)),
            article_checks(pages, model),
        )

    meta = args.out.with_name(args.out.name.replace(".crfsuite", ".meta.txt"))
    rows = [
        "# name: line_roles",
        "# description: Line-role CRF (python-crfsuite) of baokan's segmenter: the role of each line of a page "
        f"({', '.join(ROLES)}), over tokens (a run of paragraph lines is one token); scores below.",
        f"# source: gold of real People's Daily pages, {args.corpus.name}/ of the development corpus (../shared/corpus, "  # noqa: E501 (a string of data)
        "built from the public repository leeperfect/PeopleDailyMaterial); trained by annotators/training/train_line_roles.py",  # noqa: E501 (a string of data)
        f"# date: {datetime.date.today().isoformat()}",
        "# license: model weights over line shapes; no text of the corpus is in the model",
        f"# fit_dates: {' '.join(args.fit)} ({len(fit)} pages, {tokens} tokens; pages whose gold runs printed "
        "stories together are left out of fitting"
        + ("; the project's own gold pages, tests/data/regression and the sample page, join them" if args.own else "")
        + ")",
        f"# heldout_dates: {' '.join(args.heldout)} ({len(held)} pages)",
        f"# derivation_check: roles derived from the gold reproduce {share:.4f} of its article checks",
        f"# training: L-BFGS, c1=0, c2={c2}, feature.minfreq={args.minfreq}, max_iterations={args.iterations}; "
        f"c2 and the bias chosen by leave-one-date-out cross-validation over the fitting dates; {wall:.0f} s wall, {cpu:.0f} s CPU",  # noqa: E501 (a string of data)
        f"# decode_bias: kicker={bias} headline={bias}",
        "# features: line shape (length, start and end marks, brackets, column tag, verb of saying, digits, inner "
        "spaces, name-only, organisation, byline, dateline, heading shape, blank lines) of the line and its neighbours "
        "at -2..+2, position, and the run of heading-shaped lines it stands in (what is above and below the run)",
        f"# model_bytes: {args.out.stat().st_size}",
    ]
    if shares:
        rows.append(
            "# cross_validation: " + " ".join(f"c2={k[0]},bias={k[1]}:{v:.4f}" for k, v in sorted(shares.items()))
        )
    for name, (_per_role, n, ok, (aok, amade)) in scores.items():
        rows.append(f"# {name}: tokens {ok}/{n} = {ok / n:.4f}; article checks {aok}/{amade} = {aok / amade:.4f}")
    rows.append("split\trole\tprecision\trecall\tf1\tgold")
    for name, (per_role, _, _, _) in scores.items():
        for role, (p, r, f, g) in per_role.items():
            rows.append(f"{name}\t{role}\t{p:.4f}\t{r:.4f}\t{f:.4f}\t{g}")
    meta.write_text("\n".join(rows) + "\n", encoding="utf-8")
    print("\n".join(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
