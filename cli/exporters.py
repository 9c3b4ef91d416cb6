"""Exports and imports: annotate's records ↔ annotation tools and NLP libraries.

Every format goes through one neutral shape, :class:`Example`: an article's
text and its labelled spans in **code points** (as annotate and Python count).
Each target has a small writer (``to_FORMAT``) and a reader (``read_FORMAT``)
that converts back, so an export can be re-read and compared:

* Prodigy JSONL: ``text``, ``spans`` (start, end, label), ``meta``.
* doccano JSONL: ``text``, ``label: [[start, end, label]]``.
* Label Studio tasks (a JSON array) with ``predictions``.
* brat standoff: a ``.txt`` and an ``.ann`` per article.
* CoNLL/BIO: one character per line, ``char<TAB>B-LABEL``.
* spaCy DocBin (when spaCy is installed).

Offsets: browser tools count what JavaScript counts, UTF-16 code units, so a
character outside the Basic Multilingual Plane (𠮷, U+20BB7) takes two. Label
Studio and doccano therefore get UTF-16 offsets by default, converted here and
back; brat (a Python server), Prodigy, spaCy and CoNLL count code points.

:func:`read_spans` gives any of them back as plain dicts for ``baokan eval``.
The module is free of typer: ``baokan export`` (cli/export.py) wraps it.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Collection, Dict, Iterable, Iterator, List, Mapping, Optional, Sequence, Tuple, Union

import orjson

#: The targets ``baokan export --to`` knows, and the formats :func:`read_spans` reads.
FORMATS = ("prodigy", "doccano", "label-studio", "brat", "conll", "spacy")
#: The labels of LABELS.md, declared in brat's annotation.conf even when no span uses them yet.
BASE_LABELS = ("official", "place", "police_unit", "slogan")
#: Offset units: code points (Python, jq) or UTF-16 code units (JavaScript, browsers).
CODEPOINTS, UTF16 = "codepoints", "utf16"
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
        return {"text": self.text, "spans": [{"start": s.start, "end": s.end, "label": s.label} for s in self.spans],
                "doc": self.doc, "article": self.article, "headline": self.headline}


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
            raise ExportError(f"{where}: entity {i} {start}:{end} does not slice to {e['text']!r} "
                              "(offsets must be code points)")
        if labels is None or label in labels:
            spans.append(Span(start, end, label))
    return _example(text, spans, record)


def sort_spans(spans: Iterable[Span]) -> List[Span]:
    """Spans in reading order, an outer span before the ones nested in it."""
    return sorted(set(spans), key=lambda s: (s.start, -s.end, s.label))


def _str_or_none(value: Any) -> Optional[str]:
    return None if value is None else str(value)


# ------------------------------------------------------------------ offsets


class Utf16:
    """Code-point ↔ UTF-16 code-unit offsets of one text.

    JavaScript strings count UTF-16 code units, so each character past U+FFFF
    (𠮷 and the other CJK extension B–G characters some names use) counts two.
    """

    def __init__(self, text: str) -> None:
        self.length = len(text)
        self._units: Optional[List[int]] = None  # None: every character is one unit
        if any(ord(ch) > 0xFFFF for ch in text):
            units, n = [], 0
            for ch in text:
                units.append(n)
                n += 2 if ord(ch) > 0xFFFF else 1
            units.append(n)
            self._units = units

    def to_units(self, offset: int) -> int:
        """The UTF-16 offset of a code-point offset."""
        return offset if self._units is None else self._units[offset]

    def to_points(self, units: int) -> int:
        """The code-point offset of a UTF-16 offset.

        Raises:
            ExportError: The offset is past the text or falls between the two halves of a surrogate pair.
        """
        if self._units is None:
            if not 0 <= units <= self.length:
                raise ExportError(f"UTF-16 offset {units} is outside the text")
            return units
        i = bisect.bisect_left(self._units, units)
        if i >= len(self._units) or self._units[i] != units:
            raise ExportError(f"UTF-16 offset {units} splits a character or is outside the text")
        return i


def to_utf16(text: str, offset: int) -> int:
    """A code-point offset into ``text`` as a UTF-16 code-unit offset."""
    return Utf16(text).to_units(offset)


def from_utf16(text: str, offset: int) -> int:
    """A UTF-16 code-unit offset into ``text`` as a code-point offset."""
    return Utf16(text).to_points(offset)


def _check_offsets(offsets: str) -> None:
    if offsets not in (CODEPOINTS, UTF16):
        raise ExportError(f"offsets must be {CODEPOINTS!r} or {UTF16!r}, not {offsets!r}")


# ------------------------------------------------------------------ Prodigy


def to_prodigy(ex: Example) -> Dict[str, Any]:
    """A Prodigy task: ``text``, ``spans`` and ``meta``.

    ``token_start``/``token_end`` are left out on purpose: Prodigy's recipes
    tokenize on load and align character spans to their own tokens.
    """
    spans = [{"start": s.start, "end": s.end, "label": s.label, "text": ex.text[s.start:s.end]} for s in ex.spans]
    return {"text": ex.text, "spans": spans, "meta": ex.meta()}


def from_prodigy(task: Mapping[str, Any], *, where: str = "") -> Optional[Example]:
    """An example from a Prodigy task; ``None`` for tasks answered ``reject`` or ``ignore``."""
    if task.get("answer", "accept") != "accept":
        return None
    text = _text_of(task, where)
    spans = []
    for s in task.get("spans") or []:
        if not isinstance(s, Mapping):
            raise ExportError(f"{where}: a span is not an object")
        spans.append(_span(text, s.get("start"), s.get("end"), s.get("label"), where))
    meta = task.get("meta") if isinstance(task.get("meta"), Mapping) else {}
    return _example(text, spans, meta)


# ------------------------------------------------------------------ doccano


def to_doccano(ex: Example, *, offsets: str = UTF16) -> Dict[str, Any]:
    """A doccano sequence-labelling line: ``text``, ``label: [[start, end, label]]`` and the meta fields.

    doccano's browser counts UTF-16 code units (unless the project counts
    grapheme clusters), hence the default.
    """
    _check_offsets(offsets)
    conv = Utf16(ex.text) if offsets == UTF16 else None
    pairs = [[_out(conv, s.start), _out(conv, s.end), s.label] for s in ex.spans]
    return {"text": ex.text, "label": pairs, **ex.meta()}


def from_doccano(line: Mapping[str, Any], *, offsets: str = UTF16, where: str = "") -> Example:
    """An example from a doccano line: ``label`` pairs, or the newer ``entities`` objects."""
    _check_offsets(offsets)
    text = _text_of(line, where)
    conv = Utf16(text) if offsets == UTF16 else None
    raw: List[Tuple[Any, Any, Any]] = []
    if isinstance(line.get("label"), list):
        raw = [tuple(x[:3]) if isinstance(x, (list, tuple)) and len(x) >= 3 else (None, None, None)
               for x in line["label"]]
    elif isinstance(line.get("entities"), list):
        raw = [(e.get("start_offset"), e.get("end_offset"), e.get("label")) if isinstance(e, Mapping)
               else (None, None, None) for e in line["entities"]]
    spans = [_span(text, _in(conv, s, where), _in(conv, e, where), label, where) for s, e, label in raw]
    return _example(text, spans, line)


# ------------------------------------------------------------------ Label Studio


def to_label_studio(ex: Example, *, offsets: str = UTF16, model_version: str = "baokan",
                    from_name: str = "label", to_name: str = "text") -> Dict[str, Any]:
    """A Label Studio task with the spans as ``predictions`` (pre-annotations).

    Args:
        ex (Example): The article.
        offsets (str): ``utf16`` (what Label Studio's browser counts) or ``codepoints``. Defaults to "utf16".
        model_version (str): Shown by Label Studio for the predictions. Defaults to "baokan".
        from_name (str): The ``<Labels name=…>`` of the labelling config. Defaults to "label".
        to_name (str): The ``<Text name=…>`` of the labelling config. Defaults to "text".
    """
    _check_offsets(offsets)
    conv = Utf16(ex.text) if offsets == UTF16 else None
    result = [{"id": f"baokan-{i}", "from_name": from_name, "to_name": to_name, "type": "labels",
               "value": {"start": _out(conv, s.start), "end": _out(conv, s.end),
                         "text": ex.text[s.start:s.end], "labels": [s.label]}}
              for i, s in enumerate(ex.spans)]
    return {"data": {"text": ex.text, **ex.meta()}, "predictions": [{"model_version": model_version, "result": result}]}


def from_label_studio(task: Mapping[str, Any], *, offsets: str = UTF16, where: str = "") -> Example:
    """An example from a Label Studio task: its first annotation not cancelled, else its first prediction.

    Label Studio versions have differed in what they count, so a region whose
    ``value.text`` does not match the text at ``offsets`` is tried in the other
    unit before ``offsets`` is taken as given.
    """
    _check_offsets(offsets)
    data = task.get("data") if isinstance(task.get("data"), Mapping) else task
    text = _text_of(data, where)
    conv = Utf16(text)
    chosen: Sequence[Any] = []
    annotations = [a for a in task.get("annotations") or task.get("completions") or []
                   if isinstance(a, Mapping) and not a.get("was_cancelled")]
    for group in (annotations, [p for p in task.get("predictions") or [] if isinstance(p, Mapping)]):
        if group:
            chosen = group[0].get("result") or []
            break
    spans = []
    for r in chosen:
        if not isinstance(r, Mapping) or r.get("type") != "labels" or not isinstance(r.get("value"), Mapping):
            continue  # choices, relations, ratings: not spans
        v = r["value"]
        start, end = v.get("start"), v.get("end")
        if not (isinstance(start, int) and isinstance(end, int)):
            raise ExportError(f"{where}: region {r.get('id')!r} has no integer start/end")
        s, e = _ls_offsets(text, conv, start, end, v.get("text"), offsets, where)
        for label in v.get("labels") or []:
            spans.append(_span(text, s, e, label, where))
    return _example(text, spans, data)


def _ls_offsets(text: str, conv: Utf16, start: int, end: int, shown: Any, offsets: str, where: str) -> Tuple[int, int]:
    as_points: Optional[Tuple[int, int]] = None
    try:
        as_points = conv.to_points(start), conv.to_points(end)
    except ExportError:
        pass
    first, second = (as_points, (start, end)) if offsets == UTF16 else ((start, end), as_points)
    if isinstance(shown, str):
        for pair in (first, second):  # the unit asked for first: a repeated string may match both
            if pair is not None and text[pair[0]:pair[1]] == shown:
                return pair
    if first is None:
        raise ExportError(f"{where}: UTF-16 offsets {start}:{end} split a character or run past the text")
    return first


# ------------------------------------------------------------------ brat


def to_brat(ex: Example) -> Tuple[str, str, int]:
    """brat standoff for one article: the ``.txt`` text, the ``.ann`` lines, and how many spans were left out.

    Offsets are code points, as brat's Python server counts them. brat draws a
    span one line at a time, so a span across a line break is written as
    fragments (``T1\\tplace 0 2;3 5\\t浙江 杭州``); a span of line breaks only is
    left out.
    """
    lines, skipped = [], 0
    for s in ex.spans:
        frags = _fragments(ex.text, s.start, s.end)
        if not frags:
            skipped += 1
            continue
        loc = ";".join(f"{a} {b}" for a, b in frags)
        shown = " ".join(ex.text[a:b] for a, b in frags)
        lines.append(f"T{len(lines) + 1}\t{s.label} {loc}\t{shown}\n")
    return ex.text, "".join(lines), skipped


def _fragments(text: str, start: int, end: int) -> List[Tuple[int, int]]:
    """The pieces of ``text[start:end]`` between line breaks."""
    out, a = [], None
    for i in range(start, end + 1):
        inside = i < end and text[i] not in LINE_BREAKS
        if inside and a is None:
            a = i
        elif not inside and a is not None:
            out.append((a, i))
            a = None
    return out


def brat_conf(labels: Iterable[str]) -> str:
    """A brat ``annotation.conf`` declaring the labels of LABELS.md and ``labels`` as entity types."""
    names = list(dict.fromkeys([*BASE_LABELS, *sorted(set(labels))]))
    return "[entities]\n" + "".join(f"{n}\n" for n in names) + "\n[relations]\n\n[events]\n\n[attributes]\n"


def brat_name(ex: Example, taken: Collection[str]) -> str:
    """A file stem for an article: the page file's stem and the article number, unique among ``taken``."""
    base = Path(ex.doc).stem if ex.doc and ex.doc != "-" else "stdin"
    base = re.sub(r"[^\w.-]+", "_", base).strip("._") or "doc"
    stem = f"{base}-{ex.article:03d}" if ex.article is not None else base
    name, n = stem, 1
    while name in taken:
        n += 1
        name = f"{stem}-{n}"
    return name


def from_brat(text: str, ann: str, *, where: str = "", doc: Optional[str] = None) -> Example:
    """An example from a ``.txt`` text and its ``.ann``: text-bound annotations (``T`` lines) only.

    A fragmented span (``0 2;3 5``) comes back as one span from its first start to its last end.
    """
    spans = []
    for lineno, line in enumerate(ann.split("\n"), 1):
        if not line.startswith("T"):
            continue  # relations, events, attributes, notes: not spans
        parts = line.split("\t", 2)
        head = parts[1].split(" ", 1) if len(parts) >= 2 else []
        if len(head) != 2:
            raise ExportError(f"{where}:{lineno}: not 'T1<TAB>label start end<TAB>text'")
        try:
            frags = [tuple(int(x) for x in frag.split()) for frag in head[1].split(";")]
            start, end = min(f[0] for f in frags), max(f[1] for f in frags)
        except (ValueError, IndexError):
            raise ExportError(f"{where}:{lineno}: offsets {head[1]!r} are not 'start end[;start end…]'") from None
        spans.append(_span(text, start, end, head[0], f"{where}:{lineno}"))
    return Example(text=text, spans=sort_spans(spans), doc=doc)


def read_brat(path: Union[str, Path]) -> List[Example]:
    """Examples from a brat folder (every ``*.ann`` with its ``.txt``, sorted) or from one ``.ann``/``.txt`` file."""
    path = Path(path)
    anns = sorted(path.rglob("*.ann")) if path.is_dir() else [path.with_suffix(".ann")]
    out = []
    for ann in anns:
        txt = ann.with_suffix(".txt")
        out.append(from_brat(_read_text(txt), _read_text(ann), where=str(ann), doc=ann.stem))
    return out


# ------------------------------------------------------------------ CoNLL / BIO

_ESCAPES = {"\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r"}
_UNESCAPES = {v: k for k, v in _ESCAPES.items()}


def _escape(ch: str) -> str:
    if ch in _ESCAPES:
        return _ESCAPES[ch]
    return f"\\u{ord(ch):04x}" if ch in LINE_BREAKS else ch


def _unescape(token: str, where: str) -> str:
    if not token.startswith("\\") or token == "\\":
        return token
    if token in _UNESCAPES:
        return _UNESCAPES[token]
    if re.fullmatch(r"\\u[0-9a-fA-F]{4}", token):
        return chr(int(token[2:], 16))
    return token  # a token of someone else's file that merely starts with a backslash


def to_conll(ex: Example) -> Tuple[str, int]:
    """BIO lines for one article, one character per line, and how many spans were left out.

    BIO cannot nest: the outermost span wins (the longest, then the first), and
    spans nested in or crossing it are left out. Line breaks, tabs and
    backslashes in the text are written ``\\n``, ``\\t``, ``\\\\`` (other line
    separators ``\\uXXXX``) so that each character stays one line; a space is
    written as itself, so split lines on the tab.
    """
    tags = ["O"] * len(ex.text)
    skipped = 0
    for s in sorted(ex.spans, key=lambda s: (s.start - s.end, s.start, s.label)):
        if any(t != "O" for t in tags[s.start:s.end]):
            skipped += 1
            continue
        tags[s.start] = f"B-{s.label}"
        for i in range(s.start + 1, s.end):
            tags[i] = f"I-{s.label}"
    lines = "".join(f"{_escape(ch)}\t{tag}\n" for ch, tag in zip(ex.text, tags))
    return lines + "\n", skipped


def read_conll(data: str, *, where: str = "conll") -> List[Example]:
    """Examples from BIO (or BIOES) lines; a blank line ends an article.

    Columns are split on tabs (else on spaces); the first is the token, the
    last the tag. Tokens are joined without spaces, so offsets count the
    characters of the tokens, as :func:`to_conll` wrote them.
    """
    out: List[Example] = []
    chars: List[str] = []
    spans: List[Span] = []
    open_: Optional[List[Any]] = None  # [start, label] of the span being read
    pos = 0

    def close() -> None:
        nonlocal open_
        if open_ is not None:
            spans.append(Span(open_[0], pos, open_[1]))
            open_ = None

    def flush() -> None:
        nonlocal chars, spans, pos
        close()
        if chars:
            out.append(Example(text="".join(chars), spans=sort_spans(spans)))
        chars, spans, pos = [], [], 0

    for lineno, line in enumerate(data.split("\n"), 1):
        line = line.rstrip("\r")  # a file saved with CRLF; a "\r" of the text is written escaped
        if not line.strip() or line.startswith("-DOCSTART-"):
            flush()
            continue
        cols = line.split("\t") if "\t" in line else ([" ", *line.split()] if line.startswith(" ") else line.split())
        if len(cols) < 2:
            raise ExportError(f"{where}:{lineno}: expected 'token<TAB>tag', got {line!r}")
        token, tag = _unescape(cols[0], where), cols[-1]
        prefix, _, label = tag.partition("-")
        if tag == "O":
            close()
        elif prefix in ("B", "S") and label:
            close()
            open_ = [pos, label]
        elif prefix in ("I", "M", "E") and label:
            if open_ is None or open_[1] != label:
                close()
                open_ = [pos, label]
        else:
            raise ExportError(f"{where}:{lineno}: tag {tag!r} is not O or B-/I-/E-/S-LABEL")
        chars.append(token)
        pos += len(token)
        if prefix in ("S", "E") and tag != "O":
            close()
    flush()
    return out


# ------------------------------------------------------------------ spaCy


def require_spacy():
    """spaCy, or :class:`MissingDependency` with the install hint."""
    try:
        import spacy
    except ImportError:
        raise MissingDependency("--to spacy needs spaCy: pip install 'baokan[spacy]'") from None
    return spacy


def to_docbin(examples: Iterable[Example], *, spans_key: str = "sc") -> Tuple[bytes, int]:
    """A spaCy DocBin of the examples, and how many spans did not fall exactly on tokens.

    The Docs come from a blank Chinese pipeline, whose default segmenter makes
    one token per character, so every span falls on token bounds; spaCy's
    character offsets are code points, like ours. All spans go to
    ``doc.spans[spans_key]`` (they may nest); ``doc.ents`` gets the outermost
    ones. ``doc.user_data["baokan"]`` keeps doc, article and headline. A span
    that does not fall on token bounds (an edge inside a run of spaces) is
    expanded to them, or left out when no token is inside it; both are counted.
    """
    spacy = require_spacy()
    from spacy.tokens import DocBin
    from spacy.util import filter_spans

    nlp = spacy.blank("zh")
    bin_ = DocBin(store_user_data=True)
    skipped = 0
    for ex in examples:
        doc = nlp.make_doc(ex.text)
        spans = []
        for s in ex.spans:
            span = doc.char_span(s.start, s.end, label=s.label, alignment_mode="expand")
            if span is None or (span.start_char, span.end_char) != (s.start, s.end):
                skipped += 1
            if span is not None:
                spans.append(span)
        doc.spans[spans_key] = spans
        doc.ents = filter_spans(spans)
        doc.user_data["baokan"] = ex.meta()
        bin_.add(doc)
    return bin_.to_bytes(), skipped


def read_docbin(data: bytes, *, spans_key: str = "sc") -> List[Example]:
    """Examples from a DocBin's bytes: ``doc.spans[spans_key]`` when present, else ``doc.ents``."""
    spacy = require_spacy()
    from spacy.tokens import DocBin

    nlp = spacy.blank("zh")
    out = []
    for doc in DocBin().from_bytes(data).get_docs(nlp.vocab):
        found = doc.spans[spans_key] if spans_key in doc.spans else doc.ents
        spans = [Span(s.start_char, s.end_char, s.label_) for s in found]
        meta = doc.user_data.get("baokan") or {}
        out.append(_example(doc.text, spans, meta))
    return out


# ------------------------------------------------------------------ reading any format


def read_spans(path: Union[str, Path], format: str, *, offsets: Optional[str] = None) -> List[Dict[str, Any]]:
    """The texts and spans of a file in any format, as ``[{"text", "spans": [{start, end, label}], "doc", "article"}]``.

    Offsets come back as code points whatever the format counts. Prodigy tasks
    answered ``reject`` or ``ignore`` are skipped.

    Args:
        path (str | Path): The file (a folder for brat).
        format (str): One of :data:`FORMATS`.
        offsets (str, optional): ``utf16`` or ``codepoints``, for doccano and
            Label Studio files. Defaults to utf16, what their browsers count.

    Raises:
        ExportError: The file cannot be read or is not in that format.
    """
    return [ex.to_dict() for ex in read_examples(path, format, offsets=offsets)]


def read_examples(path: Union[str, Path], format: str, *, offsets: Optional[str] = None) -> List[Example]:
    """Like :func:`read_spans`, as :class:`Example` objects."""
    if format not in FORMATS:
        raise ExportError(f"unknown format {format!r}: use one of {', '.join(FORMATS)}")
    offsets = offsets or UTF16
    if format == "brat":
        return read_brat(path)
    if format == "spacy":
        try:
            return read_docbin(Path(path).read_bytes())
        except OSError as e:
            raise ExportError(f"{path}: {e.strerror or e}") from None
    data = _read_text(Path(path))
    if format == "conll":
        return read_conll(data, where=str(path))
    if format == "label-studio":
        return [from_label_studio(t, offsets=offsets, where=w) for w, t in _json_items(data, str(path))]
    if format == "doccano":
        return [from_doccano(t, offsets=offsets, where=w) for w, t in _json_items(data, str(path))]
    return [ex for w, t in _json_items(data, str(path)) if (ex := from_prodigy(t, where=w)) is not None]


def _json_items(data: str, name: str) -> Iterator[Tuple[str, Mapping[str, Any]]]:
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


def _read_text(path: Path) -> str:
    try:
        with open(path, encoding="utf-8", newline="") as f:  # newline="": offsets count "\r" as written
            return f.read()
    except OSError as e:
        raise ExportError(f"{path}: {e.strerror or e}") from None
    except UnicodeDecodeError:
        raise ExportError(f"{path}: not UTF-8") from None


# ------------------------------------------------------------------ helpers


def _out(conv: Optional[Utf16], offset: int) -> int:
    return offset if conv is None else conv.to_units(offset)


def _in(conv: Optional[Utf16], offset: Any, where: str) -> Any:
    if conv is None or not isinstance(offset, int):
        return offset  # _span reports a non-integer
    try:
        return conv.to_points(offset)
    except ExportError as e:
        raise ExportError(f"{where}: {e}") from None


def _text_of(obj: Mapping[str, Any], where: str) -> str:
    text = obj.get("text")
    if not isinstance(text, str):
        raise ExportError(f"{where}: no string field 'text'")
    return text


def _span(text: str, start: Any, end: Any, label: Any, where: str) -> Span:
    if not (isinstance(start, int) and isinstance(end, int) and isinstance(label, str) and label):
        raise ExportError(f"{where}: span {[start, end, label]} is not [start, end, label]")
    if not 0 <= start < end <= len(text):
        raise ExportError(f"{where}: span {start}:{end} {label} is outside the text ({len(text)} characters)")
    return Span(start, end, label)


def _example(text: str, spans: Iterable[Span], meta: Mapping[str, Any]) -> Example:
    """An example with its doc, article and headline taken from ``meta`` where they have the right type."""
    article, headline = meta.get("article"), meta.get("headline")
    return Example(text=text, spans=sort_spans(spans), doc=_str_or_none(meta.get("doc")),
                   article=article if isinstance(article, int) else None,
                   headline=headline if isinstance(headline, str) else None)
