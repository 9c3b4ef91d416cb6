"""Label Studio tasks (a JSON array) with the spans as ``predictions``; UTF-16 offsets by default."""

from __future__ import annotations

from typing import Any, Dict, Mapping, Optional, Sequence, Tuple

from baokan.cli.formats.example import Example, ExportError, make_example, make_span, text_of
from baokan.cli.formats.offsets import UTF16, Utf16, check_offsets, out_offset


def to_label_studio(
    ex: Example, *, offsets: str = UTF16, model_version: str = "baokan", from_name: str = "label", to_name: str = "text"
) -> Dict[str, Any]:
    """A Label Studio task with the spans as ``predictions`` (pre-annotations).

    Args:
        ex (Example): The article.
        offsets (str): ``utf16`` (what Label Studio's browser counts) or ``codepoints``. Defaults to "utf16".
        model_version (str): Shown by Label Studio for the predictions. Defaults to "baokan".
        from_name (str): The ``<Labels name=…>`` of the labelling config. Defaults to "label".
        to_name (str): The ``<Text name=…>`` of the labelling config. Defaults to "text".
    """
    check_offsets(offsets)
    conv = Utf16(ex.text) if offsets == UTF16 else None
    result = [
        {
            "id": f"baokan-{i}",
            "from_name": from_name,
            "to_name": to_name,
            "type": "labels",
            "value": {
                "start": out_offset(conv, s.start),
                "end": out_offset(conv, s.end),
                "text": ex.text[s.start : s.end],
                "labels": [s.label],
            },
        }
        for i, s in enumerate(ex.spans)
    ]
    return {"data": {"text": ex.text, **ex.meta()}, "predictions": [{"model_version": model_version, "result": result}]}


def from_label_studio(task: Mapping[str, Any], *, offsets: str = UTF16, where: str = "") -> Example:
    """An example from a Label Studio task: its first annotation not cancelled, else its first prediction.

    Label Studio versions have differed in what they count, so a region whose
    ``value.text`` does not match the text at ``offsets`` is tried in the other
    unit before ``offsets`` is taken as given.
    """
    check_offsets(offsets)
    data = task.get("data") if isinstance(task.get("data"), Mapping) else task
    text = text_of(data, where)
    conv = Utf16(text)
    chosen: Sequence[Any] = []
    annotations = [
        a
        for a in task.get("annotations") or task.get("completions") or []
        if isinstance(a, Mapping) and not a.get("was_cancelled")
    ]
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
            spans.append(make_span(text, s, e, label, where))
    return make_example(text, spans, data)


def _ls_offsets(text: str, conv: Utf16, start: int, end: int, shown: Any, offsets: str, where: str) -> Tuple[int, int]:
    as_points: Optional[Tuple[int, int]] = None
    try:
        as_points = conv.to_points(start), conv.to_points(end)
    except ExportError:
        pass
    first, second = (as_points, (start, end)) if offsets == UTF16 else ((start, end), as_points)
    if isinstance(shown, str):
        for pair in (first, second):  # the unit asked for first: a repeated string may match both
            if pair is not None and text[pair[0] : pair[1]] == shown:
                return pair
    if first is None:
        raise ExportError(f"{where}: UTF-16 offsets {start}:{end} split a character or run past the text")
    return first
