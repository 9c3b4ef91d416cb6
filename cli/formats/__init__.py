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
One module per format here, each free of typer: ``baokan export`` (cli/export.py) wraps them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Dict, List, Optional, Union

from baokan.cli.formats.brat import brat_conf, brat_name, from_brat, read_brat, to_brat
from baokan.cli.formats.conll import read_conll, to_conll
from baokan.cli.formats.doccano import from_doccano, to_doccano
from baokan.cli.formats.example import (
    Example,
    ExportError,
    MissingDependency,
    Span,
    article_example,
    json_items,
    read_text,
    record_examples,
    sort_spans,
)
from baokan.cli.formats.label_studio import from_label_studio, to_label_studio
from baokan.cli.formats.offsets import CODEPOINTS, UTF16, Utf16, from_utf16, to_utf16
from baokan.cli.formats.prodigy import from_prodigy, to_prodigy
from baokan.cli.formats.spacy import read_docbin, require_spacy, to_docbin

#: The targets ``baokan export --to`` knows, and the formats :func:`read_spans` reads.
FORMATS = ("prodigy", "doccano", "label-studio", "brat", "conll", "spacy")

__all__ = [
    "CODEPOINTS",
    "FORMATS",
    "UTF16",
    "Example",
    "ExportError",
    "MissingDependency",
    "Span",
    "Utf16",
    "article_example",
    "brat_conf",
    "brat_name",
    "from_brat",
    "from_doccano",
    "from_label_studio",
    "from_prodigy",
    "from_utf16",
    "read_brat",
    "read_conll",
    "read_docbin",
    "read_examples",
    "read_spans",
    "record_examples",
    "require_spacy",
    "sort_spans",
    "to_brat",
    "to_conll",
    "to_docbin",
    "to_doccano",
    "to_label_studio",
    "to_prodigy",
    "to_utf16",
]


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
    data = read_text(Path(path))
    if format == "conll":
        return read_conll(data, where=str(path))
    if format == "label-studio":
        return [from_label_studio(t, offsets=offsets, where=w) for w, t in json_items(data, str(path))]
    if format == "doccano":
        return [from_doccano(t, offsets=offsets, where=w) for w, t in json_items(data, str(path))]
    return [ex for w, t in json_items(data, str(path)) if (ex := from_prodigy(t, where=w)) is not None]
