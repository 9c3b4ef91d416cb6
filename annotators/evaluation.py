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
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Dict, Iterable, List, Mapping, Optional, Sequence, Set, Tuple, Union

#: Quote marks ignored when entity strings are compared (as score.py does).
QUOTES = "“”\"'‘’「」『』《》"
#: Block kinds that frame an article rather than carry its body text.
FRAME = frozenset({"kicker", "headline", "subtitle", "byline", "caption", "continuation", "page"})
#: The per-article checks after the headline; each fails when the headline has no article.
ARTICLE_CHECKS = ("kicker", "subtitles", "byline_people", "subheads", "captions", "body_starts", "body_ends", "continued_to")

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

    def add(self, other: "LabelCounts") -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.gold += other.gold

    def to_dict(self) -> Dict[str, Any]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "gold": self.gold,
                "precision": self.precision, "recall": self.recall, "f1": self.f1}


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

    def add(self, other: "Score") -> None:
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
            "articles": None if self.checks_all == 0 else
            {"ok": self.checks_ok, "all": self.checks_all, "ratio": self.articles},
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
            check(norm(r.get("kicker")) == norm(ga["kicker"]), f"kicker {r.get('kicker')!r} != {ga['kicker']!r}", "kicker")
        if "subtitles" in ga:
            subtitles = [norm(x) for x in r.get("subtitles") or []]
            check(subtitles == [norm(x) for x in ga["subtitles"]], f"subtitles {r.get('subtitles')} != {ga['subtitles']}", "subtitles")
        if "byline_people" in ga:
            people = {norm(p.get("name")) for p in ((r.get("byline") or {}).get("people") or [])}
            check(people == {norm(x) for x in ga["byline_people"]},
                  f"byline people {sorted(people, key=str)} != {ga['byline_people']}", "byline_people")
        if "subheads" in ga:
            subs = _blocks_of(r, "subhead")
            check(all(norm(x) in subs for x in ga["subheads"]), f"subheads {subs} vs {ga['subheads']}", "subheads")
        if "captions" in ga:
            caps = _blocks_of(r, "caption")
            check(all(norm(x) in caps for x in ga["captions"]), f"captions {caps} vs {ga['captions']}", "captions")
        body = _content_of(r)
        if "body_starts" in ga:
            check(bool(body) and body[0].startswith(_squash(ga["body_starts"])),
                  f"body starts {body[0][:30] if body else None!r} != {ga['body_starts']!r}", "body_starts")
        if "body_ends" in ga:
            check(bool(body) and body[-1].endswith(_squash(ga["body_ends"])),
                  f"body ends {body[-1][-30:] if body else None!r} != {ga['body_ends']!r}", "body_ends")
        if "continued_to" in ga:
            check(page_label(r.get("continued_to")) == page_label(ga["continued_to"]),
                  f"continued_to {r.get('continued_to')} != {ga['continued_to']}", "continued_to")
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


# ------------------------------------------------------------------ spans


@dataclass
class SpanGold:
    """One line of a span gold file.

    Attributes:
        text (str): The annotated text.
        spans (set[tuple[int, int, str]]): Gold spans, ``(start, end, label)``.
        doc (str, optional): The document id the line names (``doc``, ``id`` or ``meta.doc``).
        article (int, optional): The article index, when the line names one.
        where (str): File and line, for messages.
    """

    text: str
    spans: Set[Span]
    doc: Optional[str] = None
    article: Optional[int] = None
    where: str = ""


def _gold_spans(obj: Mapping[str, Any], where: str, label_map: Mapping[str, str]) -> Set[Span]:
    """Spans from Prodigy (``spans``), doccano (``label`` pairs) or doccano's newer ``entities``."""
    raw: List[Tuple[Any, Any, Any]] = []
    if isinstance(obj.get("spans"), list):
        raw = [(s.get("start"), s.get("end"), s.get("label")) for s in obj["spans"] if isinstance(s, Mapping)]
    elif isinstance(obj.get("label"), list):
        raw = [tuple(x[:3]) for x in obj["label"] if isinstance(x, (list, tuple)) and len(x) >= 3]
    elif isinstance(obj.get("entities"), list):
        raw = [(s.get("start_offset", s.get("start")), s.get("end_offset", s.get("end")), s.get("label"))
               for s in obj["entities"] if isinstance(s, Mapping)]
    spans: Set[Span] = set()
    for start, end, label in raw:
        if not (isinstance(start, int) and isinstance(end, int) and isinstance(label, str) and start < end):
            raise GoldError(f"{where}: span {[start, end, label]} is not [start, end, label] with start < end")
        spans.add((start, end, label_map.get(label, label)))
    return spans


def parse_span_gold(lines: Iterable[str], *, name: str = "gold", label_map: Optional[Mapping[str, str]] = None) -> List[SpanGold]:
    """Parse span gold JSON Lines; Prodigy lines answered ``reject`` or ``ignore`` are skipped.

    Args:
        lines (Iterable[str]): The lines of the file.
        name (str): The file name, for messages. Defaults to "gold".
        label_map (Mapping[str, str], optional): Gold label → baokan label (``LOC`` → ``place``).
    """
    label_map = label_map or {}
    out: List[SpanGold] = []
    for lineno, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{name}:{lineno}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            raise GoldError(f"{where}: not valid JSON: {e}") from None
        if not isinstance(obj, dict):
            raise GoldError(f"{where}: not a JSON object")
        if obj.get("answer", "accept") != "accept":
            continue
        text = obj.get("text", obj.get("data"))
        if not isinstance(text, str):
            raise GoldError(f"{where}: no string field 'text'")
        spans = _gold_spans(obj, where, label_map)
        for s, e, label in spans:
            if e > len(text):
                raise GoldError(f"{where}: span {s}:{e} {label} runs past the text ({len(text)} characters)")
        meta = obj.get("meta") if isinstance(obj.get("meta"), dict) else {}
        doc = obj.get("doc", obj.get("id", meta.get("doc")))
        article = obj.get("article", meta.get("article"))
        out.append(SpanGold(text=text, spans=spans, doc=None if doc is None else str(doc),
                            article=article if isinstance(article, int) else None, where=where))
    return out


def _squeezed(text: str) -> Tuple[str, List[int]]:
    """``text`` without line breaks, and the offset in ``text`` of each remaining character."""
    keep = [i for i, ch in enumerate(text) if ch != "\n"]
    return "".join(text[i] for i in keep), keep


def align_record(record: Record, text: str) -> List[Span]:
    """The entity spans of an article record, moved into the offsets of ``text``.

    An article's text is the page's with layout line breaks removed and blocks
    joined by newlines, so each block is found in ``text`` with line breaks
    ignored, in order; entities of a block that cannot be found are dropped.
    """
    if record.get("text") == text:
        return [(e["start"], e["end"], e["label"]) for e in record.get("entities") or []]
    squeezed, where = _squeezed(text)
    cursor = 0
    placed: List[Tuple[int, int, List[int]]] = []  # block start, end, page offset of each block char
    for b in record.get("blocks") or []:
        btext: str = b.get("text") or ""
        needle, local = _squeezed(btext)
        if not needle:
            continue
        at = squeezed.find(needle, cursor)
        if at < 0:
            at = squeezed.find(needle)
        if at < 0:
            continue
        cursor = at + len(needle)
        offsets = [-1] * len(btext)
        for k, i in enumerate(local):
            offsets[i] = where[at + k]
        placed.append((b["start"], b["end"], offsets))
    spans: List[Span] = []
    for e in record.get("entities") or []:
        for bstart, bend, offsets in placed:
            if bstart <= e["start"] and e["end"] <= bend:
                first, last = offsets[e["start"] - bstart], offsets[e["end"] - 1 - bstart]
                if first >= 0 and last >= 0:
                    spans.append((first, last + 1, e["label"]))
                break
    return spans


def flatten(records: Iterable[Record]) -> List[Record]:
    """Article records from any unit: articles as they are, documents unnested, entities grouped."""
    out: List[Record] = []
    grouped: Dict[Tuple[Any, Any], Record] = {}
    for r in records:
        if isinstance(r.get("articles"), list):
            out.extend(a for a in r["articles"] if isinstance(a, dict))
        elif "label" in r and "start" in r and "blocks" not in r:  # --unit entity
            key = (r.get("doc"), r.get("article"))
            if key not in grouped:
                grouped[key] = {"doc": r.get("doc"), "article": r.get("article"), "headline": r.get("headline"),
                                "entities": []}
                out.append(grouped[key])
            grouped[key]["entities"].append(r)
        else:
            out.append(r)
    return out


def match_records(gold: SpanGold, records: Sequence[Record]) -> List[Record]:
    """The predicted records for one gold line: by ``doc`` (and ``article``) when it names them, else by text."""
    if gold.doc is not None:
        same = [r for r in records if str(r.get("doc")) == gold.doc]
        if gold.article is not None:
            same = [r for r in same if r.get("article") == gold.article]
        if same:
            exact = [r for r in same if r.get("text") == gold.text]
            return exact[:1] or same
    return [r for r in records if r.get("text") == gold.text][:1]


def score_spans(golds: Sequence[SpanGold], records: Sequence[Record], *, name: str = "gold",
                labels: Optional[Sequence[str]] = None) -> Score:
    """Exact-span precision and recall per label.

    Args:
        golds (Sequence[SpanGold]): The gold lines.
        records (Sequence[dict]): Predicted article records (see :func:`match_records`).
        name (str): What to call the gold in the result. Defaults to "gold".
        labels (Sequence[str], optional): Labels to score; by default those the gold uses.
    """
    res = Score(gold=name, kind="spans")
    scored = list(labels) if labels else sorted({lab for g in golds for _, _, lab in g.spans})
    for label in scored:
        res.labels[label] = LabelCounts()
        res.details[label] = {"missed": [], "false": [], "negative": [], "wrong_title": []}
    for g in golds:
        matched = match_records(g, records)
        if not matched:
            res.misses.append(f"{g.where}: no predicted record has this text or doc")
        pred: Set[Span] = set()
        for r in matched:
            pred.update(s for s in align_record(r, g.text) if s[2] in res.labels)
        for label in scored:
            gl = {s for s in g.spans if s[2] == label}
            pl = {s for s in pred if s[2] == label}
            res.labels[label].add(LabelCounts(tp=len(gl & pl), fp=len(pl - gl), gold=len(gl)))
            res.details[label]["missed"] += [f"{g.where} {g.text[s:e]}@{s}" for s, e, _ in sorted(gl - pl)]
            res.details[label]["false"] += [f"{g.where} {g.text[s:e]}@{s}" for s, e, _ in sorted(pl - gl)]
    for label in scored:
        for kind in ("missed", "false"):
            items = res.details[label][kind]
            if items:
                res.misses.append(f"  {label}: {kind} {items[:20]}" + (f" … {len(items) - 20} more" if len(items) > 20 else ""))
    return res


# ------------------------------------------------------------------ files


GoldFile = Union[Dict[str, Any], List[SpanGold]]


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


def score_file(gold: GoldFile, records: Sequence[Record], *, name: str, only_source: bool = True,
               labels: Optional[Sequence[str]] = None) -> Score:
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
            raise GoldError(f"{name}: no record names its page {source!r} (the records' doc: {shown}); "
                            "annotate that page by its file name, or check --pred")
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



# ------------------------------------------------------------------ entity span gold of corpus pages


def read_page_spans(path: Union[str, Path]) -> Tuple[Dict[str, Any], List[Dict[str, Any]]]:
    """A page's entity span gold (``tests/data/corpus_entities/*.spans.jsonl``): its header and spans.

    The first line names the page (``source``) and the SHA-256 of its text; each further line is one
    occurrence ``{"start", "end", "label", "text", "status"}`` (status ``must``, ``neutral`` or
    ``negative``; officials' ``must`` spans carry the ``title``). Offsets are code points into the page
    file; a span that a print line break cuts has the break inside ``start:end`` and not in ``text``.
    """
    path = Path(path)
    try:
        lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        raise GoldError(f"{path}: {getattr(e, 'strerror', None) or e}") from None
    if not lines or "source" not in lines[0]:
        raise GoldError(f"{path}: the first line must name the page (source)")
    return lines[0], lines[1:]


def check_page_spans(header: Mapping[str, Any], spans: Sequence[Mapping[str, Any]], page: str) -> None:
    """Raise :class:`GoldError` unless ``page`` is the text the spans were made on."""
    import hashlib

    if hashlib.sha256(page.encode("utf-8")).hexdigest() != header.get("sha256"):
        raise GoldError(f"{header['source']}: the page differs from the one the span gold was made on")
    for s in spans:
        if "".join(page[s["start"]:s["end"]].split()) != "".join(s["text"].split()):
            raise GoldError(f"{header['source']}: span {s['start']}:{s['end']} is not {s['text']!r}")


def entities_from_spans(spans: Iterable[Mapping[str, Any]]) -> Dict[str, Dict[str, Any]]:
    """The string gold's ``entities`` (per label ``must``/``neutral``/``negative``) judged by span gold."""
    out: Dict[str, Dict[str, Any]] = {}
    for s in spans:
        label, status = s["label"], s["status"]
        entry = out.setdefault(label, {"must": {} if label == "official" else [], "neutral": [], "negative": []})
        bucket = entry[status]
        if isinstance(bucket, dict):
            bucket.setdefault(s["text"], s.get("title") or "")
        elif s["text"] not in bucket:
            bucket.append(s["text"])
    return out
