"""Span gold: texts with labelled character spans (Prodigy, doccano), scored by exact match, and the
entity span gold of real corpus pages (offsets and strings, no page text) in ``tests/data/corpus_entities``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Dict, Iterable, List, Mapping, Optional, Sequence, Set, Tuple, Union

from baokan.annotators.evaluation import GoldError, LabelCounts, Record, Score, Span

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
        raw = [
            (s.get("start_offset", s.get("start")), s.get("end_offset", s.get("end")), s.get("label"))
            for s in obj["entities"]
            if isinstance(s, Mapping)
        ]
    spans: Set[Span] = set()
    for start, end, label in raw:
        if not (isinstance(start, int) and isinstance(end, int) and isinstance(label, str) and start < end):
            raise GoldError(f"{where}: span {[start, end, label]} is not [start, end, label] with start < end")
        spans.add((start, end, label_map.get(label, label)))
    return spans


def parse_span_gold(
    lines: Iterable[str], *, name: str = "gold", label_map: Optional[Mapping[str, str]] = None
) -> List[SpanGold]:
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
        out.append(
            SpanGold(
                text=text,
                spans=spans,
                doc=None if doc is None else str(doc),
                article=article if isinstance(article, int) else None,
                where=where,
            )
        )
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
                grouped[key] = {
                    "doc": r.get("doc"),
                    "article": r.get("article"),
                    "headline": r.get("headline"),
                    "entities": [],
                }
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


def score_spans(
    golds: Sequence[SpanGold], records: Sequence[Record], *, name: str = "gold", labels: Optional[Sequence[str]] = None
) -> Score:
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
                res.misses.append(
                    f"  {label}: {kind} {items[:20]}" + (f" … {len(items) - 20} more" if len(items) > 20 else "")
                )
    return res


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
        if "".join(page[s["start"] : s["end"]].split()) != "".join(s["text"].split()):
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
