"""East–west cooperation pairs of provinces (used by :mod:`baokan.annotators.slogans`).

The centre pairs eastern provinces with western ones for 东西部协作 (东西部扶贫协作 until 2021; the State
Council's pairing of 1996, revised 2016 and 2021), and each pair is named by the two provinces' one-character
abbreviations and 协作: 闽宁协作 (Fujian–Ningxia, the model pair), 鲁渝协作, 沪滇协作, 粤桂协作, 浙川协作,
京蒙协作. Papers write such a pair's name as the name of a programme, quoted or not, and the gold holds it
as one (docs/labels.md: named initiatives and campaigns are must). A pair is read where two different
abbreviations of ``province_abbreviations.tsv`` stand right before 协作 at a word start (jieba's boundary:
区域协作, 西部协作 of 东西部协作 are none), or before 合作 where the pairing's aid is named nearby (鲁渝合作 beside
协作帮扶; session 11, set 5).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Callable, FrozenSet, List, Tuple

from baokan.annotators.core import lexicon

#: The head that names a pair's programme.
HEAD = "协作"
#: The plain word some papers write for it (鲁渝合作), read only beside a word of the pairing's aid (:data:`AID`).
PLAIN = "合作"
#: Words that say a pair's cooperation is the east–west pairing: its aid (帮扶) or its name (东西部).
AID = ("帮扶", "东西部")
#: How far from 合作 such a word is looked for, either side.
WINDOW = 60


@lru_cache(maxsize=1)
def abbreviations() -> FrozenSet[str]:
    """The one-character abbreviations of the provincial-level divisions (闽, 宁, 鲁, 渝 …)."""
    return frozenset(r.get("char", "") for r in lexicon.read_table("province_abbreviations").rows) - {""}


def starts_word(text: str, at: int) -> bool:
    """Whether jieba puts a word boundary at offset ``at`` of ``text`` (read in a small window)."""
    from baokan.annotators.language import words

    lo = max(0, at - 6)
    return at - lo in words.boundaries(text[lo : at + 6])


def pairs(text: str, is_edge: Callable[[str, int], bool] = starts_word) -> List[Tuple[int, int]]:
    """``(start, end)`` of every east–west pair of ``text`` (闽宁协作, 鲁渝协作).

    Args:
        text (str): The article text.
        is_edge (callable): Whether a word starts at an offset of ``text`` (:func:`starts_word`).
    """
    abbr = abbreviations()
    out: List[Tuple[int, int]] = []
    at = text.find(HEAD, 2)
    while at >= 0:
        a, b = text[at - 2], text[at - 1]
        if a != b and a in abbr and b in abbr and is_edge(text, at - 2):
            out.append((at - 2, at + len(HEAD)))
        at = text.find(HEAD, at + 1)
    return out + _named_pairs(text, abbr, is_edge)


def _named_pairs(text: str, abbr: FrozenSet[str], is_edge: Callable[[str, int], bool]) -> List[Tuple[int, int]]:
    """Pairs written with 合作 (鲁渝合作) where the text names the pairing's aid within :data:`WINDOW`
    characters (帮扶, 东西部: 中央确定建立两省协作帮扶关系); neighbours' plain cooperation (a tourism
    partnership of two provinces) has no such word."""
    out: List[Tuple[int, int]] = []
    at = text.find(PLAIN, 2)
    while at >= 0:
        a, b = text[at - 2], text[at - 1]
        if a != b and a in abbr and b in abbr and is_edge(text, at - 2):
            near = text[max(0, at - WINDOW) : at + WINDOW]
            if any(word in near for word in AID):
                out.append((at - 2, at + len(PLAIN)))
        at = text.find(PLAIN, at + 1)
    return out
