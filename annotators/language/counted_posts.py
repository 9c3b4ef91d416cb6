"""A count of holders between a body and its post (issue 19).

Discipline papers name several holders of one post of a body at once, the count written between
the body and the post: ``某市政协多名前副主席甲、乙、丙``, ``某县两名副县长甲、乙``. The count (a numeral
or 多, 几, 数, and 名 or 位) belongs neither to the body's name nor to the post; the body before it is
the post's body.
"""

from __future__ import annotations

from baokan.annotators.core import recache

#: A count of people: a numeral or 多/几/数, then 名 or 位, at the end of the text before a post.
_COUNT = recache.compile(r"(?:[两二三四五六七八九十几数多]|十[一二三四五六七八九])[名位]$")
#: Modifiers of time a count may stand before (多名 + 前 + 副主席).
_TIME = ("原", "前")


def count_before(text: str, pos: int) -> int:
    """Where a count of holders ending right before ``pos`` (or before 原/前 there) starts; ``pos``
    when there is none."""
    end = pos - 1 if text[pos - 1 : pos] in _TIME else pos
    m = _COUNT.search(text[max(0, end - 3) : end])
    return end - len(m.group(0)) if m else pos


def body_before_count(org: str) -> str:
    """``org`` less a count of holders at its end (``某市政协多名`` → ``某市政协``)."""
    m = _COUNT.search(org)
    return org[: m.start()] if m else org
