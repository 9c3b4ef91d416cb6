"""A body's post written with a modifier of time between body and post (issue 19).

Discipline and city papers name a fallen or retired official by the body, then 原 or 前, then the
post: ``某省政协原副主席王某``, ``某市人大常委会原主任李某``, ``某市政协前主席张某``. For a generic
post (主任, 主席, 秘书长) the body before it decides whether the post is public, and that body is
the text before the modifier, not ``某省政协原``.
"""

from __future__ import annotations

from baokan.annotators.language.counted_posts import body_before_count
from baokan.annotators.language.titles import is_org, split_post, title_modifiers, without_duty_clause


def body_before_modifier(org: str) -> str:
    """``org`` less a title modifier (原, 前, 时任) at its end when what precedes the modifier names
    a body (``某省政协原`` → ``某省政协``); ``org`` unchanged otherwise (平原, 史前)."""
    for mod in title_modifiers():
        if org.endswith(mod) and len(org) > len(mod) and is_org(body_before_count(org[: -len(mod)])):
            return body_before_count(org[: -len(mod)])
    return body_before_count(org) if is_org(body_before_count(org)) else org


def has_body(org: str, position: str) -> bool:
    """Whether the text ``org`` before a generic ``position`` names the body the post is of: on its own
    (``某省政协原`` + 副主席), or with the body a fused title opens with (``县委巡察工作`` + ``领导小组组长``)."""
    if not org:
        return False
    body = body_before_modifier(without_duty_clause(org).removesuffix("的"))
    return is_org(body) or is_org(body + split_post("", position)[0])
