"""Offsets: code points (Python, jq) ↔ UTF-16 code units (JavaScript, browsers).

Browser tools count what JavaScript counts, UTF-16 code units, so a
character outside the Basic Multilingual Plane (𠮷, U+20BB7) takes two.
"""

from __future__ import annotations

import bisect
from typing import Any, List, Optional

from baokan.cli.formats.example import ExportError

#: Offset units: code points (Python, jq) or UTF-16 code units (JavaScript, browsers).
CODEPOINTS, UTF16 = "codepoints", "utf16"


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


def check_offsets(offsets: str) -> None:
    """Refuse an offset unit other than the two known."""
    if offsets not in (CODEPOINTS, UTF16):
        raise ExportError(f"offsets must be {CODEPOINTS!r} or {UTF16!r}, not {offsets!r}")


def out_offset(conv: Optional[Utf16], offset: int) -> int:
    """A code-point offset in the unit ``conv`` counts (code points when None)."""
    return offset if conv is None else conv.to_units(offset)


def in_offset(conv: Optional[Utf16], offset: Any, where: str) -> Any:
    """An offset read in the unit ``conv`` counts, as a code point (anything else as it came)."""
    if conv is None or not isinstance(offset, int):
        return offset  # make_span reports a non-integer
    try:
        return conv.to_points(offset)
    except ExportError as e:
        raise ExportError(f"{where}: {e}") from None
