"""The words titles are made of, as the tables give them: official_cues.tsv's words by kind (the heads
of organisations, the modifiers of a position, the joiners of two posts), titles.tsv's modifiers of a
whole title, and the lexicon's look-ups of a position or of a body a post belongs to.

Separate from :mod:`.titles`, the grammar that reads where a title starts and ends and the posts it
names: these read only the tables (no jieba, no names), and other modules ask them too (a position
after a name, an office head after a verb). :mod:`.titles` imports them all, so ``titles.office_heads``
and the rest answer where modules ask titles for them.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Dict, FrozenSet, Sequence, Tuple

from baokan.annotators.core.lexicon import lexicon, read_table
from baokan.annotators.language.endings import Endings

#: Lexicon tables whose words name an organisation or a place a post belongs to.
ORG_TABLES = ("org_prefixes", "divisions", "police_units")


@lru_cache(maxsize=1)
def cues() -> Dict[str, FrozenSet[str]]:
    """official_cues.tsv words by kind: ``org_head``, ``modifier``, ``joiner``."""
    out: Dict[str, set] = {}
    for row in read_table("official_cues").rows:
        out.setdefault(row.get("kind", ""), set()).add(row.get("word", ""))
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def title_modifiers() -> Tuple[str, ...]:
    """Words of titles.tsv that qualify a whole title (时任, 原), longest first."""
    mods = {r["title"] for r in read_table("titles").rows if r.get("rank") == "modifier" and r.get("title")}
    return tuple(sorted(mods, key=len, reverse=True))


@lru_cache(maxsize=1)
def position_modifiers() -> Tuple[str, ...]:
    """The ``modifier`` words of official_cues.tsv (副, 常务副, 第一), longest first."""
    return tuple(sorted((m for m in cues().get("modifier", ()) if m), key=len, reverse=True))


@lru_cache(maxsize=1)  # asked for in loops: the union of two tables' sets, made once
def org_heads() -> FrozenSet[str]:
    """The organisation heads of official_cues.tsv (办, 党委, 村 …), with the bodies
    whose posts are no official ones (车间, 研究院): their titles are found, then dropped."""
    return cues().get("org_head", frozenset()) | cues().get("non_official_org", frozenset())


@lru_cache(maxsize=1)
def office_heads() -> FrozenSet[str]:
    """Organisation heads of offices (室, 处, 办 …), not of places (省, 市, 乡, 村):
    a verb before them is part of the office's name (监督检查室), before a place's
    head it is not (陪同市长)."""
    places = {
        r.get("prefix")
        for r in read_table("org_prefixes").rows
        if r.get("category") in ("level", "township", "village")
    }
    return frozenset(h for h in org_heads() if h not in places)


def ends_with_org_head(text: str) -> bool:
    """Whether ``text`` ends with an organisation head (``办``, ``党委``, ``村`` …)."""
    return _org_head_endings().ends(text)


def after_body(text: str, pos: int) -> bool:
    """Whether the text before ``pos`` ends with an organisation head (某地质局 + 原局长)."""
    return _org_head_endings().ends(text, max(0, pos - 4), pos)


@lru_cache(maxsize=1)
def _org_head_endings() -> Endings:
    """The organisation heads by their last character: a question compares a text with the few
    heads that end in its last character, not with all hundred and more."""
    return Endings(org_heads())


@lru_cache(maxsize=1 << 15)  # the same words on page after page; the lexicon is package data
def _is_table(surface: str, tables: Sequence[str]) -> bool:
    return any(name in tables for name, _ in lexicon().lookup(surface))


def is_title(surface: str) -> bool:
    """Whether ``surface`` is a position in titles.tsv."""
    return _is_table(surface, ("titles",))


def is_org(surface: str) -> bool:
    """Whether ``surface`` names an organisation or a place a post can belong to."""
    return _is_table(surface, ORG_TABLES) or ends_with_org_head(surface)
