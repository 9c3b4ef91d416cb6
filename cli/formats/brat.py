"""brat standoff: a ``.txt`` and an ``.ann`` per article; code points, as brat's Python server counts."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Collection, Iterable, List, Optional, Tuple, Union

from baokan.cli.formats.example import LINE_BREAKS, Example, ExportError, make_span, read_text, sort_spans

#: The labels of LABELS.md, declared in brat's annotation.conf even when no span uses them yet.
BASE_LABELS = ("official", "place", "police_unit", "slogan")


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
        spans.append(make_span(text, start, end, head[0], f"{where}:{lineno}"))
    return Example(text=text, spans=sort_spans(spans), doc=doc)


def read_brat(path: Union[str, Path]) -> List[Example]:
    """Examples from a brat folder (every ``*.ann`` with its ``.txt``, sorted) or from one ``.ann``/``.txt`` file."""
    path = Path(path)
    anns = sorted(path.rglob("*.ann")) if path.is_dir() else [path.with_suffix(".ann")]
    out = []
    for ann in anns:
        txt = ann.with_suffix(".txt")
        out.append(from_brat(read_text(txt), read_text(ann), where=str(ann), doc=ann.stem))
    return out
