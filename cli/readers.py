"""Readers: inputs (files, directories, stdin, JSONL corpora) → Documents or errors.

Every input yields documents or an :class:`InputError`; nothing is dropped
silently, and one bad input never stops the others.
"""
from __future__ import annotations

import codecs
import itertools
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Iterable, Iterator, List, Optional, Tuple, Union

import orjson

from baokan.annotators.document import Document

STDIN = "-"


@dataclass
class InputError:
    """An input that could not be read: which one, and why, in one line."""

    doc: str
    reason: str

    def __str__(self) -> str:
        return f"{self.doc}: {self.reason}"


Item = Union[Document, InputError]

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
#: Encodings Chinese pages come in, tried after UTF-8 by charset-normalizer.
_CJK_ENCODINGS = ["gb18030", "big5", "utf_16", "utf_32"]


class DecodeError(ValueError):
    """Bytes that are not text in any encoding we accept."""


def decode(data: bytes, encoding: Optional[str] = None) -> str:
    """Decode a page: a BOM wins, then UTF-8, then detection among Chinese encodings.

    Line ends are normalised to ``\\n`` (CRLF and CR), so offsets do not depend
    on the platform that wrote the file.
    """
    if encoding:
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, LookupError) as err:
            raise DecodeError(f"cannot decode as {encoding}: {err}") from None
    else:
        text = _detect(data)
    if "\x00" in text:
        raise DecodeError("contains NUL characters: looks binary, not a text page")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _detect(data: bytes) -> str:
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(enc)
            except UnicodeDecodeError as err:
                raise DecodeError(f"has a {enc} byte-order mark but does not decode: {err.reason}") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if b"\x00" in data[:4096]:
        raise DecodeError("contains NUL bytes: looks binary, not a text page")
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=_CJK_ENCODINGS).best()
    if best is not None:
        return str(best)
    # Detection needs some length; a short page may still decode strictly and read as text.
    for enc in ("gb18030", "big5"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if _looks_like_text(text):
            return text
    raise DecodeError("not text in UTF-8, GB18030 or Big5 (use --encoding to name it)")


def _looks_like_text(text: str) -> bool:
    printable = sum(1 for ch in text if ch.isprintable() or ch in "\n\r\t")
    return bool(text) and printable / len(text) > 0.95


def read_path(path: Path, *, encoding: Optional[str] = None) -> Item:
    """Read one page file."""
    name = str(path)
    try:
        data = path.read_bytes()
    except IsADirectoryError:
        return InputError(name, "is a directory")
    except FileNotFoundError:
        return InputError(name, "no such file")
    except PermissionError:
        return InputError(name, "permission denied")
    except OSError as err:
        return InputError(name, err.strerror or str(err))
    return _document(name, data, encoding)


def _document(name: str, data: bytes, encoding: Optional[str]) -> Item:
    if not data.strip():
        return InputError(name, "is empty")
    try:
        return Document(doc=name, text=decode(data, encoding))
    except DecodeError as err:
        return InputError(name, str(err))


def expand(inputs: Iterable[str]) -> Iterator[Union[str, Path, InputError]]:
    """Inputs as given: ``-``, files, and the ``*.txt`` files under directories (sorted)."""
    for raw in inputs:
        if raw == STDIN:
            yield STDIN
            continue
        path = Path(raw)
        if path.is_dir():
            try:
                found = sorted(p for p in path.rglob("*.txt") if p.is_file())
            except OSError as err:
                yield InputError(raw, f"cannot list directory: {err.strerror or err}")
                continue
            if not found:
                yield InputError(raw, "directory holds no *.txt files")
            yield from found
        else:
            yield path


def read_inputs(
    inputs: Iterable[str],
    *,
    input_format: str = "text",
    encoding: Optional[str] = None,
    id_field: str = "id",
    text_field: str = "text",
    stdin: Optional[BinaryIO] = None,
) -> Iterator[Item]:
    """Documents (or errors) from every input, in order, one at a time."""
    for item in expand(inputs):
        if isinstance(item, InputError):
            yield item
            continue
        fmt = input_format
        if fmt == "auto" and item != STDIN:
            fmt = "jsonl" if str(item).endswith((".jsonl", ".ndjson")) else "text"
        if item == STDIN:
            stream: Iterable[bytes] = stdin or sys.stdin.buffer
            if fmt == "auto":
                fmt, stream = sniff(stream)
            if fmt == "annotated":
                yield InputError(STDIN, "holds annotate's output, not pages: give it to baokan show, stats or "
                                        "export, or say --input-format jsonl to annotate its text field")
            elif fmt == "jsonl":
                yield from read_jsonl(stream, STDIN, id_field=id_field, text_field=text_field)
            else:
                yield _document(STDIN, b"".join(stream), encoding)
        elif fmt == "jsonl":
            try:
                with open(item, "rb") as f:
                    yield from read_jsonl(f, str(item), id_field=id_field, text_field=text_field)
            except OSError as err:
                yield InputError(str(item), err.strerror or str(err))
        else:
            yield read_path(item, encoding=encoding)


def sniff(stream: BinaryIO) -> Tuple[str, Iterable[bytes]]:
    """What stdin holds, from its first line that is not blank: ``jsonl`` (a JSON object per line),
    ``annotated`` (annotate's own records) or ``text`` (a page); and the stream, read lines put back."""
    head: List[bytes] = []
    for line in iter(stream.readline, b""):
        head.append(line)
        if line.strip():
            break
    first = head[-1].strip().lstrip(codecs.BOM_UTF8) if head else b""
    fmt = "text"
    if first.startswith(b"{"):
        try:
            obj = orjson.loads(first)
        except orjson.JSONDecodeError:
            obj = None
        if isinstance(obj, dict):
            fmt = "annotated" if isinstance(obj.get("meta"), dict) and ("entities" in obj or "articles" in obj) else "jsonl"
    return fmt, itertools.chain(head, stream)


def read_jsonl(stream: Iterable[bytes], name: str, *, id_field: str = "id", text_field: str = "text") -> Iterator[Item]:
    """A corpus of one JSON document per line, read line by line."""
    for lineno, line in enumerate(stream, 1):
        if not line.strip():
            continue
        where = f"{name}:{lineno}"
        try:
            obj = orjson.loads(line)
        except orjson.JSONDecodeError as err:
            yield InputError(where, f"not valid JSON: {err}")
            continue
        if not isinstance(obj, dict):
            yield InputError(where, "not a JSON object")
            continue
        text = obj.get(text_field)
        if not isinstance(text, str):
            yield InputError(where, f"no string field {text_field!r} (set --text-field)")
            continue
        if not text.strip():
            yield InputError(where, f"field {text_field!r} is empty")
            continue
        doc_id = obj.get(id_field)
        doc_id = where if doc_id is None else str(doc_id)
        extra = {k: v for k, v in obj.items() if k not in (id_field, text_field)}
        date = extra.get("date") if isinstance(extra.get("date"), str) else None
        yield Document(doc=doc_id, text=text.replace("\r\n", "\n").replace("\r", "\n"), date=date, extra=extra)
