"""The edges of an official's name and title that the page settles (issue 19, blind round 7).

A name read after or before a post can take one character too many or too few where jieba cuts the
sentence otherwise than the name: ``检察长向苏珍代表通报`` (向 is a surname, and a preposition here) or
``会上，张智勇院长`` (jieba reads 智勇 as a word). Where the page names the official in full elsewhere,
that name settles the edge: a name that is a preposition's character plus a name the page knows is
that name; a name the page knows with one more character before it, which the text has right there,
is that longer name; and a two-character name whose next character makes a name the page knows
(``书记王君正在…`` beside ``王君正与…``: jieba reads 正在) is that longer name.

A title chain may open with the writer's own body named by a pronoun (``我院党组书记``: 我院 names no
body) or with a verb of receiving (``受党组书记、检察长某某的委托``): neither is part of the post as
written (the words of ``title_edges.tsv``).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Collection, Dict, List, Sequence, Tuple, TypeVar

import msgspec
from msgspec.structs import replace

from baokan.annotators.core import lexicon
from baokan.annotators.language import names
from baokan.annotators.language.chars import HAN_CHAR
from baokan.annotators.language.place_words import STOP
from baokan.annotators.language.police_words import edges as police_edges

#: Characters that open a name only as a preposition or conjunction before another name the page knows.
_FUNCTION_OPENERS = frozenset("向对与和同跟给为被把让由请")

#: Last characters of a division's or zone's name, that a body's name may open with (区院, 县委).
_DIVISION_ENDS = frozenset("区县市旗")
#: The longest zone name read back before a bracketed district (高新技术产业开发区).
_MAX_BODY = 9

T = TypeVar("T", bound=msgspec.Struct)


@lru_cache(maxsize=1)
def _edges() -> Dict[str, Tuple[str, ...]]:
    """Words of ``title_edges.tsv`` by role, longest first."""
    out: Dict[str, List[str]] = {}
    for row in lexicon.read_table("title_edges").rows:
        if row.get("word"):
            out.setdefault(row.get("role", ""), []).append(row["word"])
    return {role: tuple(sorted(ws, key=len, reverse=True)) for role, ws in out.items()}


def settle_names(text: str, found: Sequence[T], known: Collection[str]) -> List[T]:
    """``found`` with each name's edges settled by the names the page knows.

    Args:
        text (str): The article text.
        found (Sequence): Titled mentions (:class:`msgspec.Struct` records with ``start``, ``end`` and
            ``name``).
        known (Collection[str]): The names of officials found on the page.

    Returns:
        List: The mentions, a name moved to the known name it is part of or holds.
    """
    out: List[T] = []
    for f in found:
        start, end, name = f.start, f.end, f.name  # type: ignore[attr-defined]
        if len(name) >= 3 and name[0] in _FUNCTION_OPENERS and name[1:] in known:
            f = replace(f, start=start + 1, name=name[1:])  # 向 + 苏珍
        elif start > 0 and text[start - 1 : end] in known and names.surname_at(text, start - 1) == 1:
            f = replace(f, start=start - 1, name=text[start - 1 : end])  # 张 + 智勇
        elif len(name) == 2 and text[start : end + 1] in known and HAN_CHAR.match(text[end : end + 1]):
            f = replace(f, end=end + 1, name=text[start : end + 1])  # 王君 + 正在: the page's 王君正
        out.append(f)
    return out


def trimmed_title(text: str, start: int, end: int) -> str:
    """The title chain ``text[start:end]`` without a deictic body or a function word opening it, and
    with the opening of its body that the chain leaves out (:func:`_body_start`); ``""`` for an empty
    chain (a leader named with no post: there is no body to open, even at the end of the text)."""
    if start >= end:
        return ""
    start = _body_start(text, start)
    edges = _edges()
    for role in ("opening_function", "deictic_body"):  # 受 + 我院 + 党组书记: one of each, in that order
        words = edges.get(role, ())
        if words and text.startswith(words, start):  # (one call in C rules out most titles)
            word = next(w for w in words if text.startswith(w, start))
            if end - start > len(word) + 1:
                start += len(word)
    return text[start:end]


def _body_start(text: str, start: int) -> int:
    """Where a title's body opens, before ``start`` where the chain left part of it out: a zone's name
    whose last character opens the chain (经开 + 区院党组书记), or a district named in brackets after
    a zone (高新区（新吴区）+ 人民检察院)."""
    zones = police_edges().get("zone", ())
    if start > 0 and text[start] in _DIVISION_ENDS:
        for zone in zones:  # longest first
            if len(zone) > 1 and text.endswith(zone, 0, start + 1) and _opens_clause(text, start + 1 - len(zone)):
                return start + 1 - len(zone)
    if start > 0 and text[start - 1] in "）)":
        open_at = max(text.rfind("（", max(0, start - 9), start), text.rfind("(", max(0, start - 9), start))
        inner = text[open_at + 1 : start - 1]
        if open_at > 0 and inner and inner[-1] in _DIVISION_ENDS and all(HAN_CHAR.match(c) for c in inner):
            k = open_at
            while k > 0 and open_at - k < _MAX_BODY and HAN_CHAR.match(text[k - 1]) and text[k - 1] not in STOP:
                k -= 1
            if open_at - k >= 2 and text[open_at - 1] in _DIVISION_ENDS and _opens_clause(text, k):
                return k
    return start


def _opens_clause(text: str, pos: int) -> bool:
    """Whether ``pos`` opens the text or follows a character that is no Han one."""
    return pos == 0 or not HAN_CHAR.match(text[pos - 1])
