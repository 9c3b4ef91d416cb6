"""Cross-page consistency of the entity gold: strings judged must on one page and not on another.

    BAOKAN_CORPUS=/path/to/corpus python benchmarks/gold_consistency.py [--label LABEL] [--split fit|heldout] [--free]

For every slogan string that is ``must`` on at least one page of ``passes/adjudicated/``, list the
other pages where it occurs in the text (also across a print line break) and is not must there
(unlisted, neutral or negative), with the words around each occurrence and the longer listed slogan
strings that hold it. Prints to the terminal only: the page text is never written to a file.
It reads the gold and the pages, never the tool's output.

``--label`` (default ``slogan``) runs the same check for ``official`` or ``police_unit``, and three more
lists (second pass, session 12):

- ``prefix`` (place): every occurrence of a place string of the gold (or its bare name) written as the
  jurisdiction prefix of a governing body (``X省委``, ``X市人大常委会``, ``民进X省委会``): the page's judgement of
  the string where it holds such a prefix, and whether the page also has it in running text;
- ``titles`` (official): must officials whose title, as written, does not stand right before the name on the
  page, and names judged must on one page and not must on another;
- ``nested`` (slogan): two must strings of one page where every occurrence of the shorter lies inside the
  longer (one mention, one must extent).
Place judgements are read from the span gold, which carries the lead's chain split.
"""

from __future__ import annotations

import argparse
import json
import re
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
    if "--label" in sys.argv and sys.argv[sys.argv.index("--label") + 1 :][:1] != ["slogan"]:
        return main_more()
    if "--label" in sys.argv:
        at = sys.argv.index("--label")
        del sys.argv[at : at + 2]
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=corpus_folder(ROOT) / "rmrb")
    ap.add_argument("--split", choices=("fit", "heldout"), help="only pages of this split on the other side")
    ap.add_argument("--free", action="store_true", help="only occurrences no longer listed slogan string holds")
    ap.add_argument("--min-len", type=int, default=2)
    ap.add_argument(  # read above; here so that --help names it
        "--label", default="slogan", help="slogan (this list) or prefix, official, titles, police_unit, nested"
    )
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


# --- second pass (session 12): place prefixes, officials, police units, nested slogans -------------------

SPANS = ROOT / "tests" / "data" / "corpus_entities"
LEVELS = "省市县区州旗盟"
BODY = re.compile(r"(?:委|人大|政协|人民政府|政府|纪委|监委)")


def load(corpus: Path) -> Tuple[Dict[str, Dict], Dict[str, Dict[str, Dict[str, str]]], Dict[str, str]]:
    """Adjudicated files, judgements per page and label (string -> status; place from the span gold), pages."""
    adj: Dict[str, Dict] = {}
    judged: Dict[str, Dict[str, Dict[str, str]]] = {}
    pages: Dict[str, str] = {}
    for path in sorted(ADJ.glob("*.json")):
        d = json.loads(path.read_text(encoding="utf-8"))
        stem = path.stem
        adj[stem] = d
        pages[stem] = (corpus / d["source"]).read_text(encoding="utf-8")
        per: Dict[str, Dict[str, str]] = {}
        for label, lists in d["entities"].items():
            per[label] = {t: st for st in ("must", "neutral", "negative") for t in lists.get(st, [])}
        per["place"] = {}
        lines = (SPANS / f"{stem}.spans.jsonl").read_text(encoding="utf-8").splitlines()[1:]
        for line in lines:
            sp = json.loads(line)
            if sp["label"] == "place":
                per["place"][sp["text"]] = sp["status"]
        judged[stem] = per
    return adj, judged, pages


def prefix_report(judged: Dict[str, Dict[str, Dict[str, str]]], pages: Dict[str, str], split: str) -> None:
    """Place strings (with their level word, or bare) before a governing body, and their judgement per page."""
    names = {t for per in judged.values() for t in per["place"] if len(t) >= 3 and t[-1] in LEVELS}
    bare = {t[:-1]: t for t in names if not t.endswith("自治" + t[-1]) and len(t) >= 3}
    counts: Dict[str, int] = {}
    for stem, page in pages.items():
        if split and split_of(page_date(stem)) != split:
            continue
        sq, where = squeeze(page)
        place = judged[stem]["place"]
        for full in sorted(names):
            hits = [(a, b) for a, b in occurrences(page, sq, where, full)]
            if not hits:
                continue
            prefix = [(a, b) for a, b in hits if BODY.match("".join(page[b : b + 4].split()))]
            if not prefix:
                continue
            free = len(hits) - len(prefix)
            short = full[:-1]
            bare_hits = list(occurrences(page, sq, where, short)) if short in bare else []
            bare_free = len([1 for a, b in bare_hits if not any(x == a for x, _ in hits)])
            st_full = place.get(full, "unlisted")
            st_bare = place.get(short, "unlisted") if short in bare else "-"
            key = f"{full}:{st_full}{'+free' if free else ''} bare:{st_bare}{'+free' if bare_free else ''}"
            counts[f"{st_full}{'+free' if free else ''} / {st_bare}{'+free' if bare_free else ''}"] = (
                counts.get(f"{st_full}{'+free' if free else ''} / {st_bare}{'+free' if bare_free else ''}", 0) + 1
            )
            a, b = prefix[0]
            print(f"   {stem} [{split_of(page_date(stem))}] {key}   {context(page, a, b, 12)}")
    print(f"\nprefix strings by (level form / bare form) judgement: {counts}")


def official_report(adj: Dict[str, Dict], judged: Dict[str, Dict[str, Dict[str, str]]], pages: Dict[str, str]) -> None:
    """Titles not written before their name, and names must on one page but not on another."""
    for stem, d in adj.items():
        sq, _ = squeeze(pages[stem])
        for name, title in d["entities"].get("official", {}).get("must", {}).items():
            if title and "".join((title + name).split()) not in sq:
                print(f"   title   {stem}  {name}: {title}")
    cross("official", judged, pages)


def cross(label: str, judged: Dict[str, Dict[str, Dict[str, str]]], pages: Dict[str, str]) -> None:
    must_on: Dict[str, List[str]] = {}
    for stem, per in judged.items():
        for t, st in per.get(label, {}).items():
            if st == "must":
                must_on.setdefault(t, []).append(stem)
    for t in sorted(must_on):
        for stem, page in pages.items():
            st = judged[stem].get(label, {}).get(t, "unlisted")
            if st == "must":
                continue
            sq, where = squeeze(page)
            hits = list(occurrences(page, sq, where, t))
            if hits:
                a, b = hits[0]
                print(f"   {label} {t!r} must on {must_on[t][:3]}; {stem} {st}: {context(page, a, b, 15)}")


def nested_report(judged: Dict[str, Dict[str, Dict[str, str]]], pages: Dict[str, str]) -> None:
    """Pairs of must slogans of one page where the shorter never occurs outside the longer."""
    n = 0
    for stem, page in pages.items():
        sq, where = squeeze(page)
        must = [t for t, st in judged[stem].get("slogan", {}).items() if st == "must"]
        spans = {t: list(occurrences(page, sq, where, t)) for t in must}
        for short in must:
            bare = "".join(short.split())
            holders = [t for t in must if t != short and bare in "".join(t.split())]
            for long in holders:
                inside = [(a, b) for a, b in spans[short] if any(x <= a and b <= y for x, y in spans[long])]
                if spans[short] and len(inside) == len(spans[short]):
                    n += 1
                    a, b = spans[long][0]
                    where_ = f"{stem} [{split_of(page_date(stem))}]"
                    print(f"   {where_} {short!r} only inside {long!r}: {context(page, a, b, 10)}")
    print(f"\n{n} nested must pairs")


def main_more() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=corpus_folder(ROOT) / "rmrb")
    ap.add_argument("--label", choices=("prefix", "official", "titles", "police_unit", "nested"), required=True)
    ap.add_argument("--split", choices=("fit", "heldout"), default="")
    args = ap.parse_args()
    adj, judged, pages = load(args.corpus)
    if args.label == "prefix":
        prefix_report(judged, pages, args.split)
    elif args.label in ("official", "titles"):
        official_report(adj, judged, pages)
    elif args.label == "police_unit":
        cross("police_unit", judged, pages)
    else:
        nested_report(judged, pages)
    return 0


if __name__ == "__main__":
    sys.exit(main())
