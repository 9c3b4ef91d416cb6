"""Townships that a list names by a name the division table no longer holds (pages of county papers).

Townships are renamed and merged year by year, and years of a county paper's e-paper name them as
they were: 小黄庄乡 of a list (深入柳湾镇、小黄庄乡、高桥镇等乡镇) is no row of today's table,
while its tail 黄庄乡 is a township of other counties. The list says where the item runs: from one
separator (、, the list's opener, a last 和) to the next. An item that a known township covers only at
its tail, with one or two characters in front that are part of no other word of the sentence, is one
township: the whole item.

The characters in front are no part of the name where they are a word of the sentence of their own:
a function word or pronoun (该, 各, 全, 我, 本: STOP_FIRST), a title's modifier (原, 前: titles.tsv),
a level character (县, 区), an everyday word of two characters (南部, 城区), a division of the table
(桐乡|高桥镇: a county's short form and a town), or a word that jieba tags a pronoun, adverb,
preposition, conjunction or particle. A known township inside a longer item elsewhere than at its end
(城关镇新华村: the town and a village) is left to the tables.
"""

from __future__ import annotations

from typing import List, Optional, Sequence, Tuple

from baokan.annotators.core import lexicon
from baokan.annotators.language import words
from baokan.annotators.language.chars import is_han
from baokan.annotators.language.place_candidates import Candidate
from baokan.annotators.language.place_words import DIVISION_SUFFIXES, STOP_FIRST, everyday
from baokan.annotators.language.title_words import title_modifiers

#: The most characters in front of a known township that an old name may have.
_FRONT = 2
#: jieba tags of words that modify or join, never open a name (r pronoun, d adverb, p preposition,
#: c conjunction, u particle).
_WORD_TAGS = frozenset("rdpcu")
#: Level characters of a township's full name (what a township list's known items end in).
_TOWNSHIP_ENDS = ("乡", "镇", "街道", "苏木")


def _division(surface: str) -> bool:
    """Whether the division table holds ``surface`` (a full name or a short form)."""
    return any(t == "divisions" for t, _ in lexicon.lexicon().lookup(surface))


def _front_is_name(front: str) -> bool:
    """Whether ``front``, the characters before a known township in one list item, may open its name."""
    if not 1 <= len(front) <= _FRONT or not all(is_han(ch) for ch in front):
        return False
    if any(ch in STOP_FIRST or ch in DIVISION_SUFFIXES for ch in front):
        return False  # 全|高桥镇, 该|高桥镇, 县|城关镇
    if front.startswith(title_modifiers()):
        return False  # 原|黄庄乡: the former township, by its own name (titles.tsv's 原, 前, 时任)
    if words.freq(front) and words.word_tag(front)[:1] in _WORD_TAGS:
        return False
    if len(front) == 2 and (everyday(front) or _division(front)):
        return False  # 南部|高桥镇, 桐乡|高桥镇
    return True


def _township_list(text: str, items: Sequence[Tuple[int, int]], covered: Sequence[str], level: Optional[str]) -> bool:
    """Whether the list is one of townships: closed by a township's level word (等乡镇), or two of
    its items are known townships written whole."""
    if level == "township":
        return True
    whole = sum(1 for (s, e), c in zip(items, covered) if c == "whole" and text.endswith(_TOWNSHIP_ENDS, s, e))
    return whole >= 2


def old_names(
    text: str,
    items: Sequence[Tuple[int, int]],
    covered: Sequence[str],
    towns: Sequence[Tuple[int, int]],
    level: Optional[str],
) -> List[Candidate]:
    """Whole items of a list of townships whose tail alone is a known township (小|黄庄乡).

    Args:
        text (str): The article's text.
        items (Sequence[Tuple[int, int]]): The list's items, separator to separator.
        covered (Sequence[str]): For each item, "whole", "part" or "" (how known places cover it).
        towns (Sequence[Tuple[int, int]]): Spans of the known places that are townships of the table.
        level (Optional[str]): The level the list's closing word gives its items, if any.
    """
    if "part" not in covered or not towns or not _township_list(text, items, covered, level):
        return []
    by_end = {e: s for s, e in towns}
    out: List[Candidate] = []
    for (s, e), cov in zip(items, covered):
        at = by_end.get(e)
        if cov != "part" or at is None or not s < at <= s + _FRONT:
            continue
        if _front_is_name(text[s:at]):
            out.append(Candidate(s, e, "grammar.list", level="township", kind="listed"))
    return out
