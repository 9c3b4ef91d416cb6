"""Continuation markers: (下转2版), 上接A1, （转第5版）, 接上页, as page labels."""

from __future__ import annotations

import re
from typing import Iterable, List, NamedTuple, Optional

from baokan.annotators.core import recache
from baokan.annotators.language.bylines import CN_NUM, DIGIT, cn_number

#: Words that send a reader on (下转) or say where the text came from (上接).
_TO_WORDS = ("下转", "转至", "转到", "转")
_FROM_WORDS = ("上接", "紧接", "续接", "承接", "接", "续")
_DIR = "|".join(sorted(_TO_WORDS + _FROM_WORDS, key=len, reverse=True))
#: A page label as printed: 6, 06, A6, B12, 六, 第十二.
_LABEL = rf"[A-Za-zＡ-Ｚａ-ｚ]?\s*(?:[{DIGIT}]{{1,3}}|[{CN_NUM}]{{1,3}})"
_OPEN, _CLOSE = "（(〔［\\[【", "）)〕］\\]】"
_CONT = recache.compile(
    # bracketed, anywhere in a line: （下转第5版） (转A6版) 〔上接1版〕 （下转A6）
    rf"[{_OPEN}]\s*(?P<dir>{_DIR})\s*(?P<di>第)?\s*(?P<n>{_LABEL})\s*(?P<ban>版)?[^{_OPEN}{_CLOSE}]{{0,8}}[{_CLOSE}]"
    # a line of its own: 下转A6  上接第1版  转2版
    rf"|^(?P<dir2>{_DIR})\s*(?P<di2>第)?\s*(?P<n2>{_LABEL})\s*(?P<ban2>版)?$"
    # no page at all: 接上页, （转下页）
    rf"|^[{_OPEN}]?\s*(?P<rel>接上页|上接上页|续上页|转下页|下转下页|见下页)\s*[{_CLOSE}]?$"
)
#: What a marker inside a line opens with; a line without one can only be a marker whole.
_OPENER = recache.compile(rf"[{_OPEN}]")


class Continuation(NamedTuple):
    """A continuation marker found in a line: where, which way, which page.

    ``page`` is the page as printed, normalised (:func:`page_label`): ``"6"``,
    ``"A6"``; None when the marker names no page (``接上页``).
    """

    start: int
    end: int
    to: bool  # True: continued on page ``page``; False: continued from it
    page: Optional[str]


_WIDE_LATIN = str.maketrans({chr(c): chr(c - 0xFEE0) for c in range(0xFF21, 0xFF5B)})


def page_label(text: str) -> Optional[str]:
    """A page as printed, normalised: ``06`` → ``"6"``, ``第十二`` → ``"12"``, ``a06`` → ``"A6"``.

    Returns None when ``text`` is not a page label.
    """
    s = re.sub(r"\s+", "", text.translate(_WIDE_LATIN)).replace("第", "").replace("版", "")
    letter = s[:1].upper() if s[:1].isascii() and s[:1].isalpha() else ""
    n = cn_number(s[len(letter) :]) if s[len(letter) :] else None
    return None if n is None else f"{letter}{n}"


def find_continuations(text: str) -> List[Continuation]:
    """Every continuation marker (``(下转2版)``, ``（上接第一版）``, ``下转A6``, ``接上页``) in a line, in order.

    A marker inside a line must stand in brackets; without them it must be the
    whole line. Without ``版`` or ``第``, a one-character word (转, 接) needs a
    lettered page: ``（转A6）`` is a marker, ``（转2）`` is not.
    """
    if "转" not in text and "接" not in text and "续" not in text:  # cheap refusal of most lines
        return []
    out = []
    if _OPENER.search(text):
        found: Iterable[re.Match[str]] = _CONT.finditer(text)
    else:  # only the branches anchored at the line's start can match, once: no scan of the line
        whole = _CONT.match(text)
        found = (whole,) if whole else ()
    for m in found:
        if m.group("rel"):
            out.append(Continuation(m.start(), m.end(), m.group("rel").endswith("下页"), None))
            continue
        direction = m.group("dir") or m.group("dir2")
        label = m.group("n") or m.group("n2")
        marked = m.group("ban") or m.group("ban2") or m.group("di") or m.group("di2")
        if not (marked or len(direction) > 1 or label.strip()[:1].isalpha()):
            continue
        out.append(Continuation(m.start(), m.end(), direction in _TO_WORDS, page_label(label)))
    return out


def find_continuation(text: str) -> Optional[Continuation]:
    """The first continuation marker in a line, if any."""
    found = find_continuations(text)
    return found[0] if found else None
