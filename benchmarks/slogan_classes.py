"""Where slogan recall is lost: the gold's must slogans split by how a tool could find them.

    python benchmarks/slogan_classes.py                   # span gold of issue 19, fit and held-out
    python benchmarks/slogan_classes.py -v                # and the fit strings of each class
    python benchmarks/slogan_classes.py --gold DIR        # a folder of string-gold JSON instead
    python benchmarks/slogan_classes.py --passes DIR      # the annotators' passes (default: the span gold's)

Every must slogan string of a page falls in the first class that holds for it:

- ``lexicon``: the slogan lexicon holds it as a canonical form (``lexicon.canonical``) or as a
  variant, or a lexicon hit on the page narrows to it (``lexicon.variant``);
- ``quoted``: one of its mentions is a whole quoted phrase (“…”);
- ``quoted.part``: a mention sits inside a longer quote (a clause of a quoted couplet) or holds a
  quoted part (“八五”普法);
- ``shape``: unquoted, and a template, frame, grammar or series candidate of the annotator
  (:mod:`baokan.annotators.slogans`, before the choice among overlaps) has exactly its text;
- ``none``: none of these — only a new rule or a new lexicon row could find it.

For each class the script prints how many strings it holds and the share the annotator found
(recall, as ``benchmarks/corpus.py`` counts it: the string among the page's slogan entities). The
``none`` class is split further by shape (length, a list, a numeral, a head word, inside a longer
lexicon form) so that a later round sees which general mechanism would catch most of it. Where the
annotators' own passes are at hand (``passes/pass1``, ``pass2``), it prints per class the share of
must strings that both had listed as must before adjudication: how settled the gold of each class is.

Held-out pages are measured, never read: for them only counts are printed, never strings
(``-v`` prints fit strings only).
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Dict, Iterable, List, Optional, Set, Tuple

from baokan.annotators.evaluation import corpus_folder

ROOT = Path(__file__).resolve().parent.parent
SPAN_GOLD = ROOT / "tests" / "data" / "corpus_entities"
CLASSES = ("lexicon.canonical", "lexicon.variant", "quoted", "quoted.part", "shape", "none")
_STEM = re.compile(r"_(\d{4})(\d{2})(\d{2})_p[0-9A-Za-z]+$")


def _split_of(stem: str) -> str:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from corpus import page_date, split_of

    return split_of(page_date(stem))


def gold_pages(span_gold: Path, string_gold: Optional[Path]) -> Iterable[Tuple[str, List[str], List[str]]]:
    """(page file name, its must slogan strings, its neutral ones) from span gold or a folder of string gold."""
    if string_gold is not None:
        for path in sorted(string_gold.glob("*.json")):
            gold = json.loads(path.read_text(encoding="utf-8"))
            slogan = gold["entities"]["slogan"]
            yield gold["source"], list(slogan["must"]), list(slogan.get("neutral", []))
        return
    from baokan.annotators.evaluation import entities_from_spans, read_page_spans

    for path in sorted(span_gold.glob("*.spans.jsonl")):
        header, spans = read_page_spans(path)
        ents = entities_from_spans(spans).get("slogan", {"must": []})
        yield header["source"], list(ents["must"]), list(ents.get("neutral", []))


def _passes(folder: Optional[Path]) -> List[Dict[str, Set[str]]]:
    """Each annotator pass (``pass1/``, ``pass2/`` … under ``folder``): page file name → its must slogans."""
    from baokan.annotators.evaluation import bare

    out = []
    for sub in sorted(folder.glob("pass*")) if folder is not None and folder.is_dir() else []:
        musts: Dict[str, Set[str]] = {}
        for path in sub.glob("*.json"):
            gold = json.loads(path.read_text(encoding="utf-8"))
            musts[gold["source"]] = {bare(x) for x in gold["entities"]["slogan"]["must"]}
        out.append(musts)
    return out


def mentions(page: str, s: str) -> List[Tuple[int, int]]:
    """Where ``s`` occurs on ``page``, a print line break allowed between any two characters."""
    pattern = "\n?".join(re.escape(ch) for ch in s)
    return [(m.start(), m.end()) for m in re.finditer(pattern, page)]


def quote_spans(page: str) -> List[Tuple[int, int]]:
    """The inner spans of every quote on the page, innermost pairs included and of any length (the
    annotator's :func:`~baokan.annotators.language.quoted.find_quotes` stops at 60 characters)."""
    from baokan.annotators.language import quoted

    out: List[Tuple[int, int]] = []
    stack: List[Tuple[str, int]] = []
    for i, ch in enumerate(page):
        if ch == "\n" and page[i + 1 : i + 2] in ("", "\n", " ", "\u3000"):
            stack.clear()  # a paragraph ends: what is open stays open no further
        elif stack and ch == quoted.PAIRS[stack[-1][0]]:
            mark, begin = stack.pop()
            out.append((begin, i))
        elif ch in quoted.PAIRS and not (ch in quoted.CLOSERS and any(m == ch for m, _ in stack)):
            stack.append((ch, i + 1))
    return out


def candidate_texts(doc) -> Dict[str, Set[str]]:
    """Bare texts of the annotator's candidates by source, before the choice among overlaps."""
    from baokan.annotators import slogans
    from baokan.annotators.core.document import entities_of
    from baokan.annotators.evaluation import bare

    out: Dict[str, Set[str]] = {"lexicon": set(), "shape": set()}
    for index, article in enumerate(doc.articles):
        text = article.text
        lexical = slogans.lexicon_candidates(doc, index)
        out["lexicon"].update(bare(text[c.start : c.end]) for c in lexical)
        shaped = slogans.template_candidates(doc, index) + slogans.grammar_candidates(text)
        shaped += slogans.frame_candidates(text)
        chosen = [e for e in entities_of(article, "slogan")]
        as_candidates = [
            slogans.Candidate(e.start, e.end, e.canonical or e.text, bool(e.quoted), "x", 0) for e in chosen
        ]
        shaped += slogans.series_candidates(text, as_candidates)
        out["shape"].update(bare(text[c.start : c.end]) for c in shaped)
    return out


def classify(s: str, page: str, quotes: List[Tuple[int, int]], cands: Dict[str, Set[str]]) -> str:
    """The class of one must string (see the module docstring)."""
    from baokan.annotators.core import lexicon
    from baokan.annotators.evaluation import bare
    from baokan.annotators.language import quoted

    key = bare(s)
    if key in lexicon.forms_of("slogans"):
        canonical = quoted.lexicon_canonical(key)
        return "lexicon.canonical" if canonical == key else "lexicon.variant"
    if key in cands["lexicon"] or quoted.lexicon_canonical(key):
        return "lexicon.variant"
    spans = mentions(page, key)
    if any((a, b) in set(quotes) for a, b in spans):
        return "quoted"
    marks = set(quoted.PAIRS) | quoted.CLOSERS
    if any(qa <= a and b <= qb for a, b in spans for qa, qb in quotes) or any(ch in marks for ch in s):
        return "quoted.part"
    if any(any(qa >= a and qb <= b for qa, qb in quotes) for a, b in spans):
        return "quoted.part"
    if key in cands["shape"]:
        return "shape"
    return "none"


def shape_of(s: str, cands: Dict[str, Set[str]]) -> List[str]:
    """Shape tags of a string of the ``none`` class (counts only are printed for held-out pages)."""
    from baokan.annotators.language import quoted
    from baokan.annotators.language.numeral_formulas import NUMERALS

    cue = quoted.cues()
    n = len(s)
    tags = ["len<=4" if n <= 4 else "len5-8" if n <= 8 else "len9+"]
    if re.search(r"[、，,；;]", s):
        tags.append("list")
    if s[:1] in NUMERALS or re.match(r"[0-9]", s):
        tags.append("numeral")
    if cue.ends_with(s, "head") or cue.ends_with(s, "weak_head"):
        tags.append("head")
    if any(s in other and s != other for other in cands["lexicon"]):
        tags.append("inside_lexicon")
    if n >= 5 and cue.starts_with(s, "framing"):
        tags.append("verb_first")
    return tags


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def _needed(p: float, gold: int, best: int, none_all: int, target: float) -> str:
    """How many ``none`` strings, on top of ``best`` found, reach ``target`` F1 at precision ``p``."""
    if 2 * p <= target or target * p / (2 * p - target) > 1:  # F1 = 2pr/(p+r) < target even at r = 1
        return "unreachable"
    need = max(0, math.ceil(target * p / (2 * p - target) * gold) - best)
    return f"{need} of {none_all}"


def print_ceiling(counts: Dict[str, Counter], false: Counter, order: List[str], target: float = 0.92) -> None:
    """What F1 could be if every class but ``none`` were found whole: how far rules over the lexicon,
    quotes and shapes can carry, and how many ``none`` strings a target F1 would need on top."""
    print(f"\nceiling: every class but none found (precision as now, and at 1.00); none strings needed for F1 {target}")
    for sp in order:
        c = counts[sp]
        gold = sum(c.values())
        found = sum(v for (_, h), v in c.items() if h)
        none_found = c[("none", True)]
        none_all = none_found + c[("none", False)]
        p_now = found / (found + false[sp]) if found + false[sp] else 1.0
        best = gold - none_all + none_found  # every other class found, the none class as now
        r_best = best / gold
        print(
            f"{sp:8s} now P {p_now:.2f} R {found / gold:.2f} F1 {_f1(p_now, found / gold):.3f}; "
            f"ceiling R {r_best:.2f} F1 {_f1(p_now, r_best):.3f} (P 1.00: {_f1(1.0, r_best):.3f}); "
            f"none strings needed {_needed(p_now, gold, best, none_all, target)} "
            f"(P 1.00: {_needed(1.0, gold, best, none_all, target)})"
        )


def main(argv: List[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=corpus_folder(ROOT) / "rmrb")
    ap.add_argument("--span-gold", type=Path, default=SPAN_GOLD, help="folder of *.spans.jsonl")
    ap.add_argument("--gold", type=Path, default=None, help="folder of string-gold *.json (instead of span gold)")
    ap.add_argument(
        "--passes",
        type=Path,
        default=SPAN_GOLD / "passes",
        help="folder with the annotators' own passes (pass1/, pass2/ of string gold): agreement per class",
    )
    ap.add_argument("-v", action="store_true", help="print each fit string with its class")
    a = ap.parse_args(argv)
    if not a.corpus.is_dir():
        print(f"skipped: no corpus at {a.corpus}", file=sys.stderr)
        return 0
    from baokan.annotators.core.document import Document
    from baokan.annotators.core.pipeline import Pipeline
    from baokan.annotators.evaluation import bare

    pipe = Pipeline()
    passes = _passes(a.passes)
    agreed: Dict[str, Counter] = {}  # split -> class -> must strings both annotators had listed as must
    counts: Dict[str, Counter] = {}
    shapes: Dict[str, Counter] = {}
    per_page: Dict[Tuple[str, str], Counter] = {}  # (split, class) -> missed strings per page
    false: Counter = Counter()  # split -> found strings neither must nor neutral (against precision)
    for source, must, neutral in gold_pages(a.span_gold, a.gold):
        page_path = a.corpus / source
        if not page_path.is_file() or not must:
            continue
        split = _split_of(Path(source).stem)
        page = page_path.read_text(encoding="utf-8")
        doc = pipe(Document(doc=source, text=page))
        found = {bare(e.text) for art in doc.articles for e in art.entities if e.label == "slogan"}
        cands = candidate_texts(doc)
        quotes = quote_spans(page)
        allowed = {bare(x) for x in must} | {bare(x) for x in neutral}
        for sp in (split, "all"):
            false[sp] += len(found - allowed)
        for s in dict.fromkeys(must):
            cls = classify(s, page, quotes, cands)
            hit = bare(s) in found
            both = all(bare(s) in p.get(source, ()) for p in passes) if passes else False
            for sp in (split, "all"):
                counts.setdefault(sp, Counter())[(cls, hit)] += 1
                agreed.setdefault(sp, Counter())[cls] += both
                if cls == "none":
                    for tag in shape_of(bare(s), cands):
                        shapes.setdefault(sp, Counter())[(tag, hit)] += 1
            if not hit:
                per_page.setdefault((split, cls), Counter())[source] += 1
            if a.v and split == "fit":  # held-out strings are never printed
                print(f"{'FOUND' if hit else 'MISS '}  {cls:18s} {Path(source).stem}  {s}")
    order = [sp for sp in ("fit", "heldout", "other", "all") if sp in counts]
    print("must slogans by class: count, found, recall")
    print("class".ljust(20) + "".join(sp.rjust(20) for sp in order))
    for cls in CLASSES + ("total",):
        cells = []
        for sp in order:
            c = counts[sp]
            n = sum(v for (k, _), v in c.items() if cls in (k, "total"))
            f = sum(v for (k, h), v in c.items() if h and cls in (k, "total"))
            cells.append((f"{n:4d} {f:4d} {f / n:.2f}" if n else "-").rjust(20))
        print(cls.ljust(20) + "".join(cells))
    if passes:
        print("\nmust strings that both annotators had listed as must before adjudication: count, share")
        for cls in CLASSES:
            cells = []
            for sp in order:
                n = sum(v for (k, _), v in counts[sp].items() if k == cls)
                cells.append((f"{agreed[sp][cls]:4d} {agreed[sp][cls] / n:.2f}" if n else "-").rjust(20))
            print(cls.ljust(20) + "".join(cells))
    print("\nthe none class by shape (a string may have several tags): count, found")
    tags = sorted({t for sp in order for (t, _) in shapes.get(sp, {})})
    for tag in tags:
        cells = []
        for sp in order:
            c = shapes.get(sp, Counter())
            n, f = c[(tag, True)] + c[(tag, False)], c[(tag, True)]
            cells.append((f"{n:4d} {f:4d}" if n else "-").rjust(20))
        print(tag.ljust(20) + "".join(cells))
    print_ceiling(counts, false, order)
    print("\nmissed strings per page, most first (how concentrated each class's losses are; no page names)")
    for (sp, cls), c in sorted(per_page.items()):
        print(f"{sp:8s} {cls:18s} {len(c):3d} pages: {sorted(c.values(), reverse=True)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
