"""Two-character names padded with a space in a signature line (issue 19, set 7).

A work report, a speech or a signed statement opens or closes with the signer's post and name on a
line of their own, and typesetters pad a two-character name to the width of a three-character one:
``市中级人民法院院长 陈 健``. The name as written keeps its space (docs/labels.md: the string as the
text writes it); a surname, one space and one Han character that close the line are that name.
"""

from __future__ import annotations

from typing import Optional

from baokan.annotators.language import names
from baokan.annotators.language.chars import HAN_CHAR

#: The spaces that pad a name: an ASCII space or an ideographic one.
PADS = frozenset(" \u3000")


def spaced_name_end(text: str, pos: int) -> Optional[int]:
    """The end of a padded two-character name at ``pos`` (陈 + space + 健) that closes its line, or None."""
    end = pos + 3
    if text[pos + 1 : pos + 2] not in PADS or names.surname_at(text, pos) != 1:
        return None
    if not HAN_CHAR.match(text[pos + 2 : end]) or text[end : end + 1] not in ("", "\n"):
        return None
    return end
