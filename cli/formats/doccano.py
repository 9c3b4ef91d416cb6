"""doccano JSONL: ``text``, ``label: [[start, end, label]]``; UTF-16 offsets by default."""

from __future__ import annotations

from typing import Any, Dict, List, Mapping, Tuple

from baokan.cli.formats.example import Example, make_example, make_span, text_of
from baokan.cli.formats.offsets import UTF16, Utf16, check_offsets, in_offset, out_offset


def to_doccano(ex: Example, *, offsets: str = UTF16) -> Dict[str, Any]:
    """A doccano sequence-labelling line: ``text``, ``label: [[start, end, label]]`` and the meta fields.

    doccano's browser counts UTF-16 code units (unless the project counts
    grapheme clusters), hence the default.
    """
    check_offsets(offsets)
    conv = Utf16(ex.text) if offsets == UTF16 else None
    pairs = [[out_offset(conv, s.start), out_offset(conv, s.end), s.label] for s in ex.spans]
    return {"text": ex.text, "label": pairs, **ex.meta()}


def from_doccano(line: Mapping[str, Any], *, offsets: str = UTF16, where: str = "") -> Example:
    """An example from a doccano line: ``label`` pairs, or the newer ``entities`` objects."""
    check_offsets(offsets)
    text = text_of(line, where)
    conv = Utf16(text) if offsets == UTF16 else None
    raw: List[Tuple[Any, Any, Any]] = []
    if isinstance(line.get("label"), list):
        raw = [
            tuple(x[:3]) if isinstance(x, (list, tuple)) and len(x) >= 3 else (None, None, None) for x in line["label"]
        ]
    elif isinstance(line.get("entities"), list):
        raw = [
            (e.get("start_offset"), e.get("end_offset"), e.get("label"))
            if isinstance(e, Mapping)
            else (None, None, None)
            for e in line["entities"]
        ]
    spans = [make_span(text, in_offset(conv, s, where), in_offset(conv, e, where), label, where) for s, e, label in raw]
    return make_example(text, spans, line)
