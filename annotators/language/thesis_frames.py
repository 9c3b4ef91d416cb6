"""Theses of a leader's or a document's quote that hold one statement among plain clauses (used by
:mod:`baokan.annotators.language.dicta`).

:func:`dicta.dictum_units` takes a quote's first sentence when every clause of it is a statement (甲是乙，丙是丁).
A thesis often sets a statement beside clauses of another shape, or states its principle in a paired frame
with no copula at all:

- one clause a statement and the others plain (中国式现代化的内涵十分丰富，深化改革也必然是全方位的;
  事物往往就是这样，越怕甲越乙，越想丙就越丁);
- a paired frame of contrast or degree, 既…，也… (世界上既不存在甲，也不存在乙) or 越…越…, or two clauses
  the second of which opens with 也 (甲建设为了人民，也依靠人民).

A statement followed by a directive (甲本身就是乙的优质资源，要找到丙，让丁) is the leader's thesis and then his
instruction (:func:`thesis_then_directive`): the statement alone is the dictum, the instruction neutral.

The sentence is read only when it is two or three clauses split by commas, and no clause reads as speech
(:func:`dicta._speech`: 我, 了 but in 为了, a question), as a directive (要, 必须: a leader's instruction, neutral,
docs/labels.md, batch 5) or as narration of what is going on (正在, 已经: a description of a situation,
neutral as well). The caller checks the source (a leader's words, a central document) and the length.
"""

from __future__ import annotations

from typing import Callable, Sequence

from baokan.annotators.core import recache

#: A paired frame: 既 in a clause and 也 opening (after its subject) a later one, 越… 越… in one clause, or
#: a pair of clauses the second of which opens with 也.
_PAIRED = recache.compile(r"既[^，,]{2,}[，,][^，,]{0,8}也|越[^，,]{1,10}越|^[^，,]{4,}[，,]也[^，,]{2,}$")
#: Words of narration: what is happening or has happened, not what holds.
_NARRATION = ("正在", "已经")


def loose_thesis(
    clauses: Sequence[str],
    *,
    is_statement: Callable[[str], bool],
    is_speech: Callable[[str], bool],
    directives: Sequence[str],
) -> bool:
    """Whether a sentence of two or three ``clauses`` (split at commas) is a thesis: one clause a statement
    (``is_statement``) or the sentence a paired frame (既…，也…; 越…越…), and no clause speech
    (``is_speech``), a directive's opening (``directives``: 要, 必须 …) or narration (正在, 已经).

    Args:
        clauses: The sentence's clauses, without their commas.
        is_statement: Whether a clause states ``X是Y`` (:func:`dicta.statement` with the long limit).
        is_speech: Whether a clause reads as speech (:func:`dicta._speech`).
        directives: Openings of a directive.
    """
    if not 2 <= len(clauses) <= 3 or any(len(c) < 2 for c in clauses):
        return False
    for clause in clauses:
        if is_speech(clause.replace("为了", "")) or clause.startswith(tuple(directives)):
            return False
        if any(word in clause for word in _NARRATION):
            return False
    return any(is_statement(c) for c in clauses) or bool(_PAIRED.search("，".join(clauses)))


def thesis_then_directive(
    clauses: Sequence[str], *, is_statement: Callable[[str], bool], directives: Sequence[str]
) -> bool:
    """Whether a sentence opens with a statement (``is_statement``: ``X是Y`` of the short limit) whose next clause
    opens a directive (``directives``: 要, 必须 …): the leader's thesis, then his instruction."""
    return len(clauses) >= 2 and clauses[1].startswith(tuple(directives)) and is_statement(clauses[0])
