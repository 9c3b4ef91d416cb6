"""Unquoted compact lists that the text frames as a goal, a principle or a way of working (used by
:mod:`baokan.annotators.language.slogan_grammar`).

A body's own formula is often printed without quotation marks when the sentence around it says what it is:
以固态保护、活态传承、业态提升为基本思路; 紧紧围绕国家更加安全、社会更加安定、治理更加有效、人民更加满意这一目标;
发扬崇尚精品、严谨治学、注重诚信、讲求责任的优良学风. docs/labels.md (*local formulas*, session 10) makes a compact
quoted list of one length that a body sets as its goal, principle, theme or mechanism must whole; this reads the
same list unquoted, where the frame is explicit on both sides, since an unquoted list without one is far more
often a description (a 、-series sharing a head or a tail found 8 gold strings against about 100 others, see
:mod:`slogan_grammar`):

- the list's shape is the quoted rule's (:func:`quote_forms.list_formula`): two to four items of one length, three
  to six characters each (two items need five or more), Han characters only, no particle or pronoun;
- before it, ``以`` or a verb that introduces a formula (``list_before`` and ``before`` cues of
  ``slogan_cues.tsv``: 围绕, 坚持, 形成, 发扬, 践行 …);
- after it, the word that names what the list is (``after_frame`` and ``list_noun`` cues: 目标, 思路, 原则, 格局,
  局面, 学风 …): right after 为 (with 以, and a qualifier such as 基本 or 主要 between), after 这一 or 这个, or after
  的 and at most :data:`GAP` characters.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import List, Tuple

from baokan.annotators.core import recache
from baokan.annotators.language import quote_forms, quoted
from baokan.annotators.language.chars import HAN
from baokan.annotators.language.occurrences import find_all, matches_from

#: The most characters between 的 and the word that names the list (的生动局面, 的优良学风).
GAP = 4
#: Qualifiers between 为 and the word that names the list (以…为基本思路).
_QUALIFIERS = ("基本", "主要", "总体", "工作", "根本", "首要")
#: The item lengths :func:`quote_forms.list_formula` takes.
_SIZES = range(3, 7)
#: What may follow a list's second item: the next 、, or the first character of the frame the patterns look
#: ahead for (为, 这一 / 这个, 的).
_AFTER_SECOND = frozenset("、为这的")


def _alternation(*roles: str) -> str:
    words = set().union(*(quoted.cues().roles.get(role, frozenset()) for role in roles))
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w))) or "(?!)"


@lru_cache(maxsize=1)
def _patterns() -> Tuple[Tuple[re.Pattern[str], ...], re.Pattern[str], re.Pattern[str]]:
    """One list pattern per item length (two to four items, the frame's end looked ahead), the frame's end
    after 以…为, and the frame's end after a verb."""
    nouns = _alternation("after_frame", "list_noun")
    lists = tuple(
        recache.compile(rf"(?:[{HAN}]{{{n}}}、){{1,3}}[{HAN}]{{{n}}}(?=为|这一|这个|的[{HAN}]{{0,{GAP}}}?(?:{nouns}))")
        for n in _SIZES
    )
    after_yi = recache.compile(rf"为(?:{'|'.join(_QUALIFIERS)})?(?:{nouns})")
    after_verb = recache.compile(rf"(?:这一|这个|的[{HAN}]{{0,{GAP}}}?)(?:{nouns})")
    return lists, after_yi, after_verb


def list_starts(text: str, marks: List[int], n: int) -> List[int]:
    """Where a list of items of ``n`` characters may start (``marks``: the offsets of the text's 、): n
    characters before a 、, which closes its first item (a regex search would test every character of the
    text, four times over), where the character after its second item goes on with a 、 or opens the frame."""
    return [at - n for at in marks if at >= n and text[at + n + 1 : at + n + 2] in _AFTER_SECOND]


def framed_lists(text: str) -> List[Tuple[int, int]]:
    """``(start, end)`` of every unquoted compact list of ``text`` framed as a goal, principle or way of working."""
    if "、" not in text:
        return []
    lists, after_yi, after_verb = _patterns()
    cue = quoted.cues()
    out: List[Tuple[int, int]] = []
    marks = find_all(text, "、")
    for n, pattern in zip(_SIZES, lists):
        for m in matches_from(pattern, text, list_starts(text, marks, n)):
            start, end = m.span()
            if text[start - 1 : start] in quoted.PAIRS or not quote_forms.list_formula(m.group()):
                continue
            before = text[max(0, start - 6) : start]
            if before.endswith("以"):
                framed = bool(after_yi.match(text, end))
            else:
                verb = cue.ends_with(before, "list_before") or cue.ends_with(before, "before")
                framed = bool(verb) and bool(after_verb.match(text, end))
            if framed:
                out.append((start, end))
    return out
