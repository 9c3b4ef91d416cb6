"""Prodigy JSONL: ``text``, ``spans`` (start, end, label), ``meta``; code points."""

from __future__ import annotations

from typing import Any, Dict, Mapping, Optional

from baokan.cli.formats.example import Example, ExportError, make_example, make_span, text_of


def to_prodigy(ex: Example) -> Dict[str, Any]:
    """A Prodigy task: ``text``, ``spans`` and ``meta``.

    ``token_start``/``token_end`` are left out on purpose: Prodigy's recipes
    tokenize on load and align character spans to their own tokens.
    """
    spans = [{"start": s.start, "end": s.end, "label": s.label, "text": ex.text[s.start : s.end]} for s in ex.spans]
    return {"text": ex.text, "spans": spans, "meta": ex.meta()}


def from_prodigy(task: Mapping[str, Any], *, where: str = "") -> Optional[Example]:
    """An example from a Prodigy task; ``None`` for tasks answered ``reject`` or ``ignore``."""
    if task.get("answer", "accept") != "accept":
        return None
    text = text_of(task, where)
    spans = []
    for s in task.get("spans") or []:
        if not isinstance(s, Mapping):
            raise ExportError(f"{where}: a span is not an object")
        spans.append(make_span(text, s.get("start"), s.get("end"), s.get("label"), where))
    meta = task.get("meta") if isinstance(task.get("meta"), Mapping) else {}
    return make_example(text, spans, meta)
