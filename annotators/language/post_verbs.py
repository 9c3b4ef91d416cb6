"""Verbs between a name and the post it takes (issue 19).

Personnel news writes a name, then 任, then the new post, with no space or comma
(``某县委书记王某任某市委常委``). Read back from the post, the name then seems to end in 任; it is
the verb when the same name, read back from before the 任, starts at the same character.

Verbs of promotion and election ending in 为 (``王某晋升为某市委常委``, ``李某当选为县政协主席``) stand
there too; jieba even reads 晋升为 as a name (surname 晋), so the name is read back from before the
verb, and where none stands there (``两年后晋升为…``) there is none. So do verbs of taking up a post
that end in 任 (``王某到任某派出所所长``, ``李某出任县委书记``).
"""

from __future__ import annotations

from typing import Optional

from baokan.annotators.language.official_words import name_before_post

#: Verbs of being promoted, appointed or elected to a post that end in 为, longest first where one
#: ends another (晋升为 before 升为).
PROMOTED = ("晋升为", "擢升为", "提升为", "提拔为", "任命为", "当选为", "选举为", "调任为", "升为", "选为")
#: Verbs of taking up a post that end in 任 (王某 + 到任 + 某派出所所长, 李某 + 出任 + 县委书记), asked with
#: :data:`PROMOTED`: the name stands before the verb.
TAKEN = ("到任", "出任", "升任", "就任", "接任", "转任", "调任", "改任", "继任")
_VERBS = PROMOTED + TAKEN


def glued_post_verb(text: str, chain_start: int, start: Optional[int]) -> bool:
    """Whether the name read back from a post at ``chain_start`` (starting at ``start``) ends in the
    verb 任 rather than a syllable of the name (王某 + 任 + 某市委常委)."""
    return (
        start is not None
        and text.endswith("任", 0, chain_start)
        and chain_start - 1 > start
        and name_before_post(text, chain_start - 1) == start
    )


def promotion_verb(text: str, chain_start: int) -> str:
    """The verb of promotion or of taking up a post right before a post at ``chain_start`` (王某 + 当选为 +
    县政协主席, 王某 + 到任 + 某派出所所长), or ""."""
    if not text.endswith(_VERBS, 0, chain_start):
        return ""
    return next(v for v in _VERBS if text.endswith(v, 0, chain_start))
