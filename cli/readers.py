"""Readers: inputs (files, directories, stdin, JSONL corpora) → Documents or errors.

Every input yields documents or an :class:`InputError`; nothing is dropped
silently, and one bad input never stops the others.
"""

from __future__ import annotations

import codecs
import itertools
import os
import sys
from pathlib import Path
from typing import Any, BinaryIO, Iterable, Iterator, List, Optional, Tuple, Union

import msgspec

from baokan.annotators.core.document import Document

STDIN = "-"


class InputError(msgspec.Struct):
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


class ReadCounter:
    """Bytes read so far, for a progress display that knows the inputs' total size."""

    def __init__(self) -> None:
        self.bytes = 0


def expand(
    inputs: Iterable[Union[str, Path, InputError]], *, hidden: bool = False, ignore: bool = True
) -> Iterator[Union[str, Path, InputError]]:
    """Inputs as given: ``-``, files, and the ``*.txt`` files under directories (sorted).

    In directories, as ripgrep walks them, hidden files and folders (``.name``) are
    skipped unless ``hidden``, and so is what ``.gitignore`` and ``.ignore`` files
    ignore (theirs, and those of the folders above up to the git repository's root)
    unless not ``ignore``. Paths given by name are always read.
    """
    for raw in inputs:
        if isinstance(raw, (Path, InputError)):
            yield raw
            continue
        if raw == STDIN:
            yield STDIN
            continue
        path = Path(raw)
        if path.is_dir():
            try:
                found = sorted(_walk(path, hidden=hidden, ignore=ignore))
            except OSError as err:
                yield InputError(raw, f"cannot list directory: {err.strerror or err}")
                continue
            if not found:
                yield InputError(
                    raw,
                    "directory holds no *.txt files"
                    + ("" if hidden and not ignore else " that are not hidden or ignored (see --hidden, --no-ignore)"),
                )
            yield from found
        else:
            yield path


IGNORE_FILES = (".gitignore", ".ignore")


def _walk(top: Path, *, hidden: bool, ignore: bool) -> Iterator[Path]:
    """The ``*.txt`` files under ``top``, less the hidden and ignored ones (named as ``top`` is)."""
    root = top.resolve()  # ignore rules are matched on absolute paths
    rules = _parent_rules(root) if ignore else []

    def fail(err: OSError) -> None:
        raise err

    for folder, dirs, files in os.walk(top, onerror=fail):
        here = Path(folder)
        at = root / here.relative_to(top)
        if ignore:
            rules = [r for r in rules if r[0] == at or r[0] in at.parents] + _rules_in(at)
        dirs[:] = [
            d for d in sorted(dirs) if (hidden or not d.startswith(".")) and not _ignored(at / d, rules, folder=True)
        ]
        for name in files:
            if name.endswith(".txt") and (hidden or not name.startswith(".")) and not _ignored(at / name, rules):
                path = here / name
                if path.is_file():
                    yield path


def _rules_in(folder: Path) -> List[Tuple[Path, Any]]:
    """(folder, pathspec) of the ignore files in ``folder``."""
    out = []
    for name in IGNORE_FILES:
        file = folder / name
        if file.is_file():
            import pathspec  # only where there is something to ignore

            with open(file, encoding="utf-8", errors="replace") as f:
                out.append((folder, pathspec.GitIgnoreSpec.from_lines(f)))
    return out


def _parent_rules(root: Path) -> List[Tuple[Path, Any]]:
    """The ignore files of the folders above ``root``, up to the git repository's root (none outside one)."""
    chain = []
    for folder in root.parents:
        chain.append(folder)
        if (folder / ".git").exists():
            return [rule for f in reversed(chain) for rule in _rules_in(f)]
    return []


def _ignored(path: Path, rules: List[Tuple[Path, Any]], *, folder: bool = False) -> bool:
    """Whether an ignore rule of a folder above ``path`` (absolute) ignores it."""
    for base, spec in rules:
        rel = path.relative_to(base).as_posix()
        if spec.match_file(rel + "/" if folder else rel):
            return True
    return False


def read_inputs(
    inputs: Iterable[Union[str, Path, InputError]],
    *,
    input_format: str = "text",
    encoding: Optional[str] = None,
    id_field: str = "id",
    text_field: str = "text",
    stdin: Optional[BinaryIO] = None,
    hidden: bool = False,
    ignore: bool = True,
    counter: Optional[ReadCounter] = None,
) -> Iterator[Item]:
    """Documents (or errors) from every input, in order, one at a time.

    ``hidden`` and ``ignore`` are :func:`expand`'s; ``counter`` counts the bytes read.
    """
    for item in expand(inputs, hidden=hidden, ignore=ignore):
        if isinstance(item, InputError):
            yield item
            continue
        fmt = input_format
        if fmt == "auto" and item != STDIN:
            fmt = "jsonl" if str(item).endswith((".jsonl", ".ndjson")) else "text"
        if item == STDIN:
            stream: Iterable[bytes] = _counted(stdin or sys.stdin.buffer, counter)
            if fmt == "auto":
                fmt, stream = sniff(stream)
            if fmt == "annotated":
                yield InputError(
                    STDIN,
                    "holds annotate's output, not pages: give it to baokan show, stats or "
                    "export, or say --input-format jsonl to annotate its text field",
                )
            elif fmt == "jsonl":
                yield from read_jsonl(stream, STDIN, id_field=id_field, text_field=text_field)
            else:
                yield _document(STDIN, b"".join(stream), encoding)
        elif fmt == "jsonl":
            try:
                with open(item, "rb") as f:
                    yield from read_jsonl(_counted(f, counter), str(item), id_field=id_field, text_field=text_field)
            except OSError as err:
                yield InputError(str(item), err.strerror or str(err))
        else:
            doc = read_path(item, encoding=encoding)
            if counter is not None:
                counter.bytes += _size(item)
            yield doc


def input_size(items: Iterable[Union[str, Path, InputError]]) -> Optional[int]:
    """The bytes the expanded inputs hold, or None when one is stdin (unknown until read)."""
    total = 0
    for item in items:
        if item == STDIN:
            return None
        if isinstance(item, Path):
            total += _size(item)
    return total


def holds_at_least(inputs: Iterable[Union[str, Path, InputError]], limit: int) -> bool:
    """Whether the inputs named on the command line hold ``limit`` bytes or more (stdin: unknown, False).

    A quick look for the run loop's choice of word cutter, not a count: folders are walked
    with ``os.scandir`` until the limit is reached, every file counted (ignore rules unread).
    """
    total = 0
    folders: List[str] = []
    for item in inputs:
        if isinstance(item, InputError) or item == STDIN:
            continue
        try:
            if os.path.isdir(item):
                folders.append(os.fspath(item))
            else:
                total += os.stat(item).st_size
        except OSError:
            continue
        while folders and total < limit:
            try:
                with os.scandir(folders.pop()) as entries:
                    for entry in entries:
                        if entry.is_dir(follow_symlinks=False):
                            folders.append(entry.path)
                        elif entry.is_file():
                            total += entry.stat().st_size
            except OSError:
                continue
        if total >= limit:
            return True
    return False


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


class _CountedLines:
    """A binary stream's lines, counting their bytes (``readline`` too, for :func:`sniff`)."""

    def __init__(self, stream: BinaryIO, counter: ReadCounter) -> None:
        self.stream, self.counter = stream, counter

    def readline(self) -> bytes:
        line = self.stream.readline()
        self.counter.bytes += len(line)
        return line

    def __iter__(self) -> Iterator[bytes]:
        for line in self.stream:
            self.counter.bytes += len(line)
            yield line


def _counted(stream: BinaryIO, counter: Optional[ReadCounter]):
    return stream if counter is None else _CountedLines(stream, counter)


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
        import orjson  # here and in read_jsonl only: a run over text files needs none of it

        try:
            obj = orjson.loads(first)
        except orjson.JSONDecodeError:
            obj = None
        if isinstance(obj, dict):
            fmt = (
                "annotated"
                if isinstance(obj.get("meta"), dict) and ("entities" in obj or "articles" in obj)
                else "jsonl"
            )
    return fmt, itertools.chain(head, stream)


def read_jsonl(stream: Iterable[bytes], name: str, *, id_field: str = "id", text_field: str = "text") -> Iterator[Item]:
    """A corpus of one JSON document per line, read line by line."""
    import orjson

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
