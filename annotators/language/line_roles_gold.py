"""The line roles a page's gold implies (:func:`derive_roles`): what the line-role model is
trained on, and how the derivation is checked against the gold."""

from __future__ import annotations

import unicodedata
from typing import Any, List, Mapping, Optional, Sequence

from baokan.annotators.language.layout import Line


class GoldMismatch(ValueError):
    """A gold file whose articles cannot be placed on the lines of its page."""


def _norm(s: Optional[str]) -> str:
    return unicodedata.normalize("NFKC", s or "").replace("\u3000", " ").strip()


def _squash(s: Optional[str]) -> str:
    return "".join(_norm(s).split())


def derive_roles(lines: Sequence[Line], gold: Mapping[str, Any]) -> List[str]:
    """The role of every line that a page's gold (``*.gold.json``) implies.

    Each gold article's kicker, headline and subtitles are whole lines, in
    order; the lines between them and the line where ``body_starts`` begins
    are the byline; from there to the next article's first heading line is
    body, and a continuation marker that ends it is a marker. Lines above the
    first article are page header lines.

    Args:
        lines (Sequence[Line]): The page's lines (:func:`.layout.read_lines`).
        gold (Mapping): The parsed gold file.

    Raises:
        GoldMismatch: when a heading is not a line of the page or the body start is not found below it.
    """
    roles: List[Optional[str]] = [None] * len(lines)
    cursor = 0
    firsts: List[int] = []
    body_at: List[int] = []
    for art in gold.get("articles", []):
        heads = [("kicker", art["kicker"])] if art.get("kicker") else []
        heads += [("headline", art["headline"])] + [("subtitle", s) for s in art.get("subtitles") or []]
        first = next((i for i in range(cursor, len(lines)) if _norm(lines[i].text) == _norm(heads[0][1])), None)
        if first is None:
            raise GoldMismatch(f"no line reads {heads[0][1]!r}")
        for k, (role, text) in enumerate(heads):
            if first + k >= len(lines) or _norm(lines[first + k].text) != _norm(text):
                raise GoldMismatch(f"the {role} {text!r} is not the line after the one above it")
            roles[first + k] = role
        below = first + len(heads)
        start = _body_start(lines, below, _squash(art.get("body_starts")))
        if start is None:
            raise GoldMismatch(f"the body of {art['headline']!r} does not start within a few lines of its heading")
        for i in range(below, start):
            roles[i] = "byline"
        firsts.append(first)
        body_at.append(start)
        cursor = start
    if not firsts:
        return ["body"] * len(lines)
    for start, end in zip(body_at, firsts[1:] + [len(lines)]):
        for i in range(start, end):
            roles[i] = "cont" if lines[i].kind == "continuation" else "body"
    for i in range(firsts[0]):
        roles[i] = "page"
    return [r or "body" for r in roles]


def _body_start(lines: Sequence[Line], at: int, head: str) -> Optional[int]:
    """The first line at or below ``at`` (within three) whose text, with the lines after it, starts with ``head``."""
    for i in range(at, min(at + 4, len(lines))):
        text = ""
        for line in lines[i : i + 4]:  # a column break may cut the first words short
            text += _squash(line.text)
            if len(text) >= len(head):
                break
        if text.startswith(head):
            return i
    return None
