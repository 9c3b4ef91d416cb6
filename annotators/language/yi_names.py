"""Yi (Nuosu) personal names in Han writing (凉山, 楚雄, 红河 papers): ``阿石拉比``, ``吉克曲比``, ``沙马日则``.

A Yi name is a clan name (家支) and a given name of two syllables, four characters as a rule, with no Han
surname + given-name shape: 阿石 opens no Han name at all, and jieba cuts 曲比 + 阿 + 呷 or reads nothing. The
syllables are plain characters (石, 日, 木, 则) that would break Han names as transliteration characters, so
the name is read from its clan: a clan of ``yi_names.tsv`` opens it and both characters after it are given-name
syllables of the same table, which no common word makes. A clan and one more character (马海军, 吉克强) is
no Yi name here: it stays the Han reading it was. After a post the name must end where a name may end (a verb,
a list word or punctuation after it); before one, start where a word starts (阿石拉比 + 书记).
"""

from __future__ import annotations

from functools import lru_cache
from typing import FrozenSet, Optional

from baokan.annotators.core.lexicon import read_table
from baokan.annotators.language import words
from baokan.annotators.language.chars import HAN_CHAR

#: Length of a clan name and of a given name.
_CLAN, _GIVEN = 2, 2
#: jieba count from which a given name that jieba reads as a plain word is that word (加强), no name: a rare
#: word that happens to be written like one (拉比, 41) is still a name.
_COMMON = 100


@lru_cache(maxsize=1)
def yi_clans() -> FrozenSet[str]:
    """The clan names of yi_names.tsv (阿苏, 吉克, 沙马)."""
    return frozenset(r.get("form", "") for r in read_table("yi_names").rows if r.get("part") == "clan") - {""}


@lru_cache(maxsize=1)
def yi_given_chars() -> FrozenSet[str]:
    """The characters Yi given names are written with (拉, 比, 呷, 且, 则)."""
    rows = read_table("yi_names").rows
    return frozenset(c for r in rows if r.get("part") == "given" for c in r.get("form", "").strip())


def opens_with_clan(name: str) -> bool:
    """Whether ``name`` opens with a Yi clan name (吉克·阿呷, 苏呷·石且: a dotted Yi name)."""
    return name[:_CLAN] in yi_clans()


def yi_name_at(text: str, pos: int) -> int:
    """The end of a Yi name of clan and given name at ``pos`` (阿石 + 拉比), or ``pos`` where there is none:
    a clan of the table, two given-name syllables after it, and no common word in them."""
    end = pos + _CLAN + _GIVEN
    if end > len(text) or text[pos : pos + _CLAN] not in yi_clans():
        return pos
    given = text[pos + _CLAN : end]
    if any(c not in yi_given_chars() for c in given):
        return pos
    if words.freq(given) >= _COMMON and not words.word_tag(given).startswith("nr"):
        return pos
    return end


def yi_name_end(text: str, pos: int, foreign: Optional[int]) -> Optional[int]:
    """The end of a Yi name right after a post at ``pos`` (``副组长阿石拉比出席``), or None: the name's shape
    (:func:`yi_name_at`) and a clean end after it; where a run of transliteration characters reads on
    past it (``foreign``: 吉克曲比 + 参加), only a verb, a list word or punctuation after the four ends it."""
    from baokan.annotators.language import names  # (names asks this module first)

    end = yi_name_at(text, pos)
    if end == pos:
        return None
    if names._clean_end(text, end) or names.joint_at(text, end) or names._verb_after(text, end):
        return end
    return end if (foreign or 0) <= end and 2 in words.boundaries(text[end - 2 : end + 3]) else None


def yi_name_before(text: str, end: int) -> Optional[int]:
    """The start of a Yi name right before a post that starts at ``end`` (``阿石拉比书记``), or None."""
    start = end - _CLAN - _GIVEN
    if start < 0 or yi_name_at(text, start) != end:
        return None
    if start == 0 or not HAN_CHAR.match(text[start - 1]):
        return start
    lo = max(0, start - 2)
    return start if (start - lo) in words.boundaries(text[lo : start + 3]) else None
