"""The neutral shape every format goes through: an article's text and its labelled spans.

Offsets here are code points (as annotate and Python count); the format
modules convert to and from what their tools count. The helpers at the end
are shared by the readers of the formats.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Collection, Dict, Iterable, Iterator, List, Mapping, Optional, Tuple

import orjson

#: Characters that end a line for some reader (str.splitlines, brat's): never inside one CoNLL or .ann line.
LINE_BREAKS = frozenset("\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029")


class ExportError(ValueError):
    """A record or file that cannot be converted, with the reason in one line."""


class MissingDependency(ExportError):
    """An optional library (spaCy) that a format needs is not installed."""


@dataclass(frozen=True, order=True)
class Span:
    """A labelled span of an example's text: code-point offsets, end exclusive."""

    start: int
    end: int
    label: str


@dataclass
class Example:
    """One article as the formats see it: text, spans and where it came from."""

    text: str
    spans: List[Span] = field(default_factory=list)
    doc: Optional[str] = None
    article: Optional[int] = None
    headline: Optional[str] = None

    def meta(self) -> Dict[str, Any]:
        """``doc``, ``article`` and ``headline``, those that are known."""
        items = (("doc", self.doc), ("article", self.article), ("headline", self.headline))
        return {k: v for k, v in items if v is not None}

    def to_dict(self) -> Dict[str, Any]:
        """The shape :func:`read_spans` returns: ``{"text", "spans": [{start, end, label}], doc, article}``."""
        return {
            "text": self.text,
            "spans": [{"start": s.start, "end": s.end, "label": s.label} for s in self.spans],
            "doc": self.doc,
            "article": self.article,
            "headline": self.headline,
        }


# ------------------------------------------------------------------ annotate's records → examples


def record_examples(record: Any, *, labels: Optional[Collection[str]] = None) -> List[Example]:
    """The examples of one annotate line: an article record, or a document record's articles.

    Args:
        record (Any): One parsed JSON line of annotate's output.
        labels (Collection[str], optional): Keep only spans with these labels. Defaults to all.

    Raises:
        ExportError: The line is not an article or document record, or an entity
            does not slice the text at its offsets.
    """
    if not isinstance(record, dict):
        raise ExportError("not a JSON object")
    if isinstance(record.get("articles"), list):
        return [article_example(a, labels=labels) for a in record["articles"]]
    if "label" in record and "start" in record and "entities" not in record:  # its "text" is the entity's
        raise ExportError("an entity record (--unit entity) has no article text: export article or document records")
    return [article_example(record, labels=labels)]


def article_example(record: Any, *, labels: Optional[Collection[str]] = None) -> Example:
    """One article record as an :class:`Example`, its entities checked against the text."""
    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
        raise ExportError("not an annotate record: no string field 'text' (or 'articles')")
    text: str = record["text"]
    article = record.get("article")
    where = f"article {article}" if isinstance(article, int) else "article"
    spans = []
    for i, e in enumerate(record.get("entities") or []):
        if not isinstance(e, dict):
            raise ExportError(f"{where}: entity {i} is not an object")
        start, end, label = e.get("start"), e.get("end"), e.get("label")
        if not (isinstance(start, int) and isinstance(end, int) and isinstance(label, str) and label):
            raise ExportError(f"{where}: entity {i} lacks integer start/end or a label")
        if not 0 <= start < end <= len(text):
            raise ExportError(f"{where}: entity {i} {start}:{end} is outside the text ({len(text)} characters)")
        if isinstance(e.get("text"), str) and text[start:end] != e["text"]:
            raise ExportError(
                f"{where}: entity {i} {start}:{end} does not slice to {e['text']!r} (offsets must be code points)"
            )
        if labels is None or label in labels:
            spans.append(Span(start, end, label))
    return make_example(text, spans, record)


def sort_spans(spans: Iterable[Span]) -> List[Span]:
    """Spans in reading order, an outer span before the ones nested in it."""
    return sorted(set(spans), key=lambda s: (s.start, -s.end, s.label))


def _str_or_none(value: Any) -> Optional[str]:
    return None if value is None else str(value)


# ------------------------------------------------------------------ reading helpers


def json_items(data: str, name: str) -> Iterator[Tuple[str, Mapping[str, Any]]]:
    """Objects from a JSON array, a single JSON object, or JSON Lines, each with where it was."""
    stripped = data.lstrip()
    if stripped.startswith("["):
        try:
            items = orjson.loads(data)
        except orjson.JSONDecodeError as e:
            raise ExportError(f"{name}: not valid JSON: {e}") from None
        for i, obj in enumerate(items):
            yield f"{name}[{i}]", _object(obj, f"{name}[{i}]")
        return
    for lineno, line in enumerate(data.split("\n"), 1):
        if line.strip():
            where = f"{name}:{lineno}"
            try:
                obj = orjson.loads(line)
            except orjson.JSONDecodeError as e:
                raise ExportError(f"{where}: not valid JSON: {e}") from None
            yield where, _object(obj, where)


def _object(obj: Any, where: str) -> Mapping[str, Any]:
    if not isinstance(obj, dict):
        raise ExportError(f"{where}: not a JSON object")
    return obj


def read_text(path: Path) -> str:
    """A UTF-8 file's text as written (no newline translation)."""
    try:
        with open(path, encoding="utf-8", newline="") as f:  # newline="": offsets count "\r" as written
            return f.read()
    except OSError as e:
        raise ExportError(f"{path}: {e.strerror or e}") from None
    except UnicodeDecodeError:
        raise ExportError(f"{path}: not UTF-8") from None


def text_of(obj: Mapping[str, Any], where: str) -> str:
    """The string field ``text`` of a task or line."""
    text = obj.get("text")
    if not isinstance(text, str):
        raise ExportError(f"{where}: no string field 'text'")
    return text


def make_span(text: str, start: Any, end: Any, label: Any, where: str) -> Span:
    """A span read from a file, checked against its text."""
    if not (isinstance(start, int) and isinstance(end, int) and isinstance(label, str) and label):
        raise ExportError(f"{where}: span {[start, end, label]} is not [start, end, label]")
    if not 0 <= start < end <= len(text):
        raise ExportError(f"{where}: span {start}:{end} {label} is outside the text ({len(text)} characters)")
    return Span(start, end, label)


def make_example(text: str, spans: Iterable[Span], meta: Mapping[str, Any]) -> Example:
    """An example with its doc, article and headline taken from ``meta`` where they have the right type."""
    article, headline = meta.get("article"), meta.get("headline")
    return Example(
        text=text,
        spans=sort_spans(spans),
        doc=_str_or_none(meta.get("doc")),
        article=article if isinstance(article, int) else None,
        headline=headline if isinstance(headline, str) else None,
    )
