"""CoNLL/BIO: one character per line, ``char<TAB>B-LABEL``; a blank line ends an article."""

from __future__ import annotations

import re
from typing import Any, List, Optional, Tuple

from baokan.cli.formats.example import LINE_BREAKS, Example, ExportError, Span, sort_spans

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
        if any(t != "O" for t in tags[s.start : s.end]):
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
