"""Scoring annotate's records against gold annotations.

Two kinds of gold are understood:

* **string gold** (``*.gold.json``, as in the project's ``gold/`` folder): the
  articles of one page (headline, kicker, subtitles, byline people, subheads,
  captions, where the body starts and ends, continuation) and the paragraph
  joins a repaired text must contain; per label, the distinct strings that
  ``must`` be found (for officials, with their title), those that are
  ``neutral`` (allowed) and ``negative`` ones. Anything tagged that is neither
  must nor neutral counts against precision. This follows
  ``shared/tools/score.py`` exactly, which is the reference.
* **span gold** (JSON Lines, as Prodigy and doccano export them): one text per
  line with labelled character spans, ``{"text", "spans": [{"start", "end",
  "label"}]}`` or doccano's ``{"text", "label": [[start, end, label]]}``.
  Predicted spans are matched exactly (same start, end and label).

Both come down to the same per-label counts (:class:`LabelCounts`). The module
is free of typer and rich: ``baokan eval`` (``cli/evaluate.py``) wraps it.
"""

from __future__ import annotations

import json
import os
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Dict, Iterable, List, Mapping, Optional, Sequence, Set, Tuple, Union


def corpus_folder(repository: Path) -> Path:
    """Where the development corpus is: ``$BAOKAN_CORPUS``, else ``../shared/corpus`` beside ``repository``.

    The corpus is real text and is never copied into the project; tests and benchmarks that
    read it find it here and skip, saying this path, when it is absent.
    """
    return Path(os.environ.get("BAOKAN_CORPUS") or repository.parent / "shared" / "corpus")


#: Quote marks ignored when entity strings are compared (as score.py does).
QUOTES = "“”\"'‘’「」『』《》"
#: Block kinds that frame an article rather than carry its body text.
FRAME = frozenset({"kicker", "headline", "subtitle", "byline", "caption", "continuation", "page"})
#: The per-article checks after the headline; each fails when the headline has no article.
ARTICLE_CHECKS = (
    "kicker",
    "subtitles",
    "byline_people",
    "subheads",
    "captions",
    "body_starts",
    "body_ends",
    "continued_to",
)

Record = Dict[str, Any]
Span = Tuple[int, int, str]


class GoldError(ValueError):
    """A gold or prediction file that cannot be used, with the reason in one line."""


# ------------------------------------------------------------------ counts


@dataclass
class LabelCounts:
    """Counts for one label: true positives, false positives and gold items.

    Precision is 0 when nothing was predicted and recall 1 when the gold has no
    item, as in score.py, so a label with nothing to find and nothing found
    scores F1 0 rather than hiding.
    """

    tp: int = 0
    fp: int = 0
    gold: int = 0

    @property
    def fn(self) -> int:
        return self.gold - self.tp

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def empty(self) -> bool:
        """Nothing to find and nothing found: the F1 of 0 says nothing, and ``worst_f1`` leaves it out."""
        return self.gold == 0 and self.tp + self.fp == 0

    def add(self, other: LabelCounts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.gold += other.gold

    def to_dict(self) -> Dict[str, Any]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "gold": self.gold,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
        }


@dataclass
class Score:
    """The result of scoring one gold file, or the sum of several.

    Attributes:
        gold (str): The gold file (``"total"`` for a sum).
        kind (str): ``strings``, ``spans`` or ``total``.
        labels (dict[str, LabelCounts]): Per-label counts.
        checks_ok (int): Article and join checks passed (string gold only).
        checks_all (int): Article and join checks made.
        misses (list[str]): One line per failed check, missed or false entity.
        details (dict): Per label: ``missed``, ``false``, ``negative``, ``wrong_title`` strings.
        kinds (dict[str, list[int]]): Per kind of check (``count``, ``headline``, one of
            :data:`ARTICLE_CHECKS`, ``join``): checks passed and checks made.
    """

    gold: str
    kind: str
    labels: Dict[str, LabelCounts] = field(default_factory=dict)
    checks_ok: int = 0
    checks_all: int = 0
    misses: List[str] = field(default_factory=list)
    details: Dict[str, Dict[str, List[str]]] = field(default_factory=dict)
    kinds: Dict[str, List[int]] = field(default_factory=dict)

    @property
    def articles(self) -> Optional[float]:
        """Share of article checks passed; ``None`` when no check was made (span gold)."""
        return self.checks_ok / self.checks_all if self.checks_all else None

    @property
    def worst_f1(self) -> float:
        """The lowest F1 among the labels with something to find or something found; a label with
        neither is perfect, not 0 (1.0 when every label is such; 0.0 without any label)."""
        scored = [c.f1 for c in self.labels.values() if not c.empty]
        return min(scored, default=1.0 if self.labels else 0.0)

    def check(self, ok: bool, what: str, kind: str = "") -> None:
        self.checks_all += 1
        self.checks_ok += bool(ok)
        if kind:
            tally = self.kinds.setdefault(kind, [0, 0])
            tally[0] += bool(ok)
            tally[1] += 1
        if not ok:
            self.misses.append(what)

    def add(self, other: Score) -> None:
        for label, counts in other.labels.items():
            self.labels.setdefault(label, LabelCounts()).add(counts)
        self.checks_ok += other.checks_ok
        self.checks_all += other.checks_all
        for kind, (ok, made) in other.kinds.items():
            tally = self.kinds.setdefault(kind, [0, 0])
            tally[0] += ok
            tally[1] += made

    def to_dict(self) -> Dict[str, Any]:
        return {
            "gold": self.gold,
            "kind": self.kind,
            "labels": {k: c.to_dict() for k, c in self.labels.items()},
            "articles": None
            if self.checks_all == 0
            else {"ok": self.checks_ok, "all": self.checks_all, "ratio": self.articles},
            "worst_f1": self.worst_f1,
            "misses": list(self.misses),
            "details": self.details,
        }


def total(scores: Sequence[Score]) -> Score:
    """Sum per-label counts and article checks over several files (micro average)."""
    out = Score(gold="total", kind="total")
    for s in scores:
        out.add(s)
    return out


# ------------------------------------------------------------------ strings


def norm(s: Optional[str]) -> Optional[str]:
    """NFKC, ideographic space as space, outer white space stripped; ``None`` stays ``None``."""
    if s is None:
        return None
    return unicodedata.normalize("NFKC", s).replace("\u3000", " ").strip()


def bare(s: Optional[str]) -> str:
    """:func:`norm` without quote marks: how entity strings are compared."""
    return "".join(ch for ch in (norm(s) or "") if ch not in QUOTES).strip()


def _squash(s: Optional[str]) -> str:
    """:func:`norm` with all white space removed (for body text comparisons)."""
    return "".join((norm(s) or "").split())


def page_label(p: Any) -> Optional[str]:
    """A page as printed, compared as text: ``6``, ``"6"``, ``"06"`` and ``"第6版"`` are one page, ``"A6"`` another.

    Gold files written before schema 2 hold ``continued_to`` as an int; records hold strings.
    """
    if p is None:
        return None
    s = (norm(str(p)) or "").replace("第", "").replace("版", "").upper()
    return (s.lstrip("0") or "0") if s.isdigit() else s


def _blocks_of(rec: Record, kind: str) -> List[Optional[str]]:
    return [norm(b.get("text")) for b in rec.get("blocks") or [] if b.get("kind") == kind]


def _content_of(rec: Record) -> List[str]:
    """Body-like blocks (body, subhead, dateline, note …), white space removed."""
    return [_squash(b.get("text") or "") for b in rec.get("blocks") or [] if b.get("kind") not in FRAME]


def score_strings(gold: Mapping[str, Any], records: Sequence[Record], *, name: str = "gold") -> Score:
    """Score article records against a string gold (the ``*.gold.json`` format).

    Args:
        gold (Mapping): The parsed gold file.
        records (Sequence[dict]): annotate's article records for the gold's page.
        name (str): What to call the gold in the result. Defaults to "gold".

    Returns:
        Score: per-label counts, article checks and one line per miss.
    """
    res = Score(gold=name, kind="strings")
    check = res.check
    by_head = {norm(r.get("headline")): r for r in records}  # the last article with a headline wins
    garts = gold.get("articles", [])
    if "articles" in gold:  # a gold without the key is entity-only: it makes no article checks
        check(len(records) == len(garts), f"article count {len(records)} != {len(garts)}", "count")
    for ga in garts:
        r = by_head.get(norm(ga["headline"]))
        check(r is not None, f"headline {ga['headline']}", "headline")
        present = [k for k in ARTICLE_CHECKS if k in ga]  # a hand-made gold may leave checks out
        if r is None:
            for k in present:
                check(False, f"  {k} (article missing)", k)
            continue
        if "kicker" in ga:
            check(
                norm(r.get("kicker")) == norm(ga["kicker"]), f"kicker {r.get('kicker')!r} != {ga['kicker']!r}", "kicker"
            )
        if "subtitles" in ga:
            subtitles = [norm(x) for x in r.get("subtitles") or []]
            check(
                subtitles == [norm(x) for x in ga["subtitles"]],
                f"subtitles {r.get('subtitles')} != {ga['subtitles']}",
                "subtitles",
            )
        if "byline_people" in ga:
            people = {norm(p.get("name")) for p in ((r.get("byline") or {}).get("people") or [])}
            check(
                people == {norm(x) for x in ga["byline_people"]},
                f"byline people {sorted(people, key=str)} != {ga['byline_people']}",
                "byline_people",
            )
        if "subheads" in ga:
            subs = _blocks_of(r, "subhead")
            check(all(norm(x) in subs for x in ga["subheads"]), f"subheads {subs} vs {ga['subheads']}", "subheads")
        if "captions" in ga:
            caps = _blocks_of(r, "caption")
            check(all(norm(x) in caps for x in ga["captions"]), f"captions {caps} vs {ga['captions']}", "captions")
        body = _content_of(r)
        if "body_starts" in ga:
            check(
                bool(body) and body[0].startswith(_squash(ga["body_starts"])),
                f"body starts {body[0][:30] if body else None!r} != {ga['body_starts']!r}",
                "body_starts",
            )
        if "body_ends" in ga:
            check(
                bool(body) and body[-1].endswith(_squash(ga["body_ends"])),
                f"body ends {body[-1][-30:] if body else None!r} != {ga['body_ends']!r}",
                "body_ends",
            )
        if "continued_to" in ga:
            check(
                page_label(r.get("continued_to")) == page_label(ga["continued_to"]),
                f"continued_to {r.get('continued_to')} != {ga['continued_to']}",
                "continued_to",
            )
    all_body = [t for r in records for t in _content_of(r)]
    for join in gold.get("joins", []):
        check(any(_squash(join) in t for t in all_body), f"join {join}", "join")
    for label, g in gold.get("entities", {}).items():
        res.labels[label] = _score_label(res, label, g, records)
    return res


def _score_label(res: Score, label: str, g: Mapping[str, Any], records: Sequence[Record]) -> LabelCounts:
    """Distinct strings of one label: must for recall, neither must nor neutral against precision."""
    must = g["must"]
    must_set = {bare(x) for x in must}
    neutral = {bare(x) for x in g.get("neutral", [])}
    negative = {bare(x) for x in g.get("negative", [])}
    found: Set[str] = set()
    titles: Dict[str, Set[str]] = {}
    for r in records:
        for e in r.get("entities") or []:
            if e.get("label") != label:
                continue
            key = bare(e.get("name") or e.get("text")) if label == "official" else bare(e.get("text"))
            found.add(key)
            titles.setdefault(key, set()).add(norm(e.get("title") or "") or "")
    tp = must_set & found
    wrong_title: List[str] = []
    if label == "official" and isinstance(must, Mapping):
        # an official counts only with the gold title somewhere in one of the titles given
        want = {bare(k): bare(v) for k, v in must.items()}
        wrong_title = sorted(n for n in tp if not any(want[n] in bare(t) for t in titles.get(n, {""})))
        if wrong_title:
            res.misses.append(f"  {label}: wrong or missing title for {wrong_title}")
        tp = tp - set(wrong_title)
    false = found - must_set - neutral
    missed = sorted(must_set - tp)
    neg = sorted(found & negative)
    res.details[label] = {"missed": missed, "false": sorted(false), "negative": neg, "wrong_title": wrong_title}
    if missed:
        res.misses.append(f"  {label}: missed {missed}")
    if false:
        res.misses.append(f"  {label}: false {sorted(false)[:20]}")
    if neg:
        res.misses.append(f"  {label}: NEGATIVE {neg}")
    return LabelCounts(tp=len(tp), fp=len(false), gold=len(must_set))


# ------------------------------------------------------------------ files


GoldFile = Union[Dict[str, Any], List["SpanGold"]]


def load_gold(path: Union[str, Path], *, label_map: Optional[Mapping[str, str]] = None) -> GoldFile:
    """Read a gold file: a string gold (one JSON object with ``articles`` or ``entities``) or span gold lines."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as e:
        raise GoldError(f"{path}: {e.strerror or e}") from None
    except UnicodeDecodeError:
        raise GoldError(f"{path}: not UTF-8") from None
    stripped = text.lstrip()
    if stripped.startswith("{"):
        try:
            obj = json.loads(text)
        except json.JSONDecodeError:
            obj = None  # several objects: JSON Lines
        if isinstance(obj, dict) and ("entities" in obj and isinstance(obj["entities"], dict) or "articles" in obj):
            return obj
    elif stripped.startswith("["):  # a JSON array of span records
        try:
            items = json.loads(text)
        except json.JSONDecodeError as e:
            raise GoldError(f"{path}: not valid JSON: {e}") from None
        return parse_span_gold([json.dumps(x, ensure_ascii=False) for x in items], name=str(path), label_map=label_map)
    return parse_span_gold(text.splitlines(), name=str(path), label_map=label_map)


def load_records(path: Union[str, Path]) -> List[Record]:
    """annotate's JSON Lines (article, document or entity unit), as article records."""
    out: List[Record] = []
    try:
        with open(path, encoding="utf-8") as f:
            for lineno, line in enumerate(f, 1):
                if line.strip():
                    try:
                        out.append(json.loads(line))
                    except json.JSONDecodeError as e:
                        raise GoldError(f"{path}:{lineno}: not valid JSON: {e}") from None
    except OSError as e:
        raise GoldError(f"{path}: {e.strerror or e}") from None
    return flatten(out)


def same_source(record: Record, source: str) -> bool:
    """Whether a record's ``doc`` names the gold's source file (by file name)."""
    doc = record.get("doc")
    return isinstance(doc, str) and Path(doc).name == Path(source).name


def score_file(
    gold: GoldFile,
    records: Sequence[Record],
    *,
    name: str,
    only_source: bool = True,
    labels: Optional[Sequence[str]] = None,
) -> Score:
    """Score one loaded gold file against predicted records.

    A string gold is scored on the records whose ``doc`` names its ``source``
    (by file name), a gold without a ``source`` on all records. ``only_source`` is
    kept for callers; records of other pages are never scored against a gold.

    Raises:
        GoldError: No record names the gold's page: scoring the others would give
            a figure for the wrong page.
    """
    if isinstance(gold, dict):
        source = gold.get("source")
        if not source:
            return score_strings(gold, records, name=name)
        mine = [r for r in records if same_source(r, source)]
        if not mine:
            docs = sorted({str(r.get("doc")) for r in records})
            shown = ", ".join(docs[:3]) + (f" and {len(docs) - 3} more" if len(docs) > 3 else "") or "none"
            raise GoldError(
                f"{name}: no record names its page {source!r} (the records' doc: {shown}); "
                "annotate that page by its file name, or check --pred"
            )
        return score_strings(gold, mine, name=name)
    return score_spans(gold, records, name=name, labels=labels)


def parse_label_map(pairs: Iterable[str]) -> Dict[str, str]:
    """``["LOC=place", "ORG=police_unit"]`` → ``{"LOC": "place", "ORG": "police_unit"}``."""
    out: Dict[str, str] = {}
    for p in pairs:
        src, sep, dst = p.partition("=")
        if not sep or not src.strip() or not dst.strip():
            raise GoldError(f"label map {p!r} is not GOLD=LABEL")
        out[src.strip()] = dst.strip()
    return out


# Span gold lives in spans.py, which uses the counts above: imported last, its names are this
# package's as before.
from baokan.annotators.evaluation.spans import (  # noqa: E402
    SpanGold,
    align_record,
    check_page_spans,
    entities_from_spans,
    flatten,
    match_records,
    parse_span_gold,
    read_page_spans,
    score_spans,
)
