"""The edges of an official's name and title that the page settles (issue 19, blind round 7).

A name read after or before a post can take one character too many or too few where jieba cuts the
sentence otherwise than the name: ``检察长向苏珍代表通报`` (向 is a surname, and a preposition here) or
``会上，张智勇院长`` (jieba reads 智勇 as a word). Where the page names the official in full elsewhere,
that name settles the edge: a name that is a preposition's character plus a name the page knows is
that name; a name the page knows with one more character before it, which the text has right there,
is that longer name.

A title chain may open with the writer's own body named by a pronoun (``我院党组书记``: 我院 names no
body) or with a verb of receiving (``受党组书记、检察长某某的委托``): neither is part of the post as
written (the words of ``title_edges.tsv``).
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import Collection, Dict, List, Sequence, Tuple, TypeVar

from baokan.annotators.core import lexicon
from baokan.annotators.language import names

#: Characters that open a name only as a preposition or conjunction before another name the page knows.
_FUNCTION_OPENERS = frozenset("向对与和同跟给为被把让由请")

T = TypeVar("T")


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
        found (Sequence): Titled mentions, dataclasses with ``start``, ``end`` and ``name``.
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
        out.append(f)
    return out


def trimmed_title(text: str, start: int, end: int) -> str:
    """The title chain ``text[start:end]`` without a deictic body or a function word opening it."""
    edges = _edges()
    for word in edges.get("opening_function", ()):
        if text.startswith(word, start) and end - start > len(word) + 1:
            start += len(word)
            break
    for word in edges.get("deictic_body", ()):
        if text.startswith(word, start) and end - start > len(word) + 1:
            start += len(word)
            break
    return text[start:end]
