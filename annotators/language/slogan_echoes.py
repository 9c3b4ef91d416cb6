"""Provincial and city echoes of the national 强国 formulas (used by :mod:`baokan.annotators.slogans`).

The centre names its strategic goals ``X强国`` (教育强国, 科技强国, 人才强国, 制造强国, 交通强国 — the
20th Congress report and the five-year plans; rows of ``slogans.tsv``). A province, a city or a county
that takes the goal over for itself writes the same field before its own level: 教育强省、科技强省、
人才强省 (a provincial party congress), 制造强省, 人才强市, 网络强区. Such an echo is the local form of a
national formula, a 提法 of that province (LABELS.md: provincial formulations count), and the gold
holds it as one where the page names it in running text. A system does the same with its own character
in place of 国 (科技强警, 人才强检: the police's and the procuratorate's forms, docs/labels.md *s8 R4*).

The field is not guessed: only an ``X`` whose ``X强国`` is a form of the lexicon makes an echo, so
开放强省 (no 开放强国 row) and everyday words before 强省 make none. The echo starts where jieba puts a
word boundary (汽车制造强市 is no echo of 制造强国 at 制造), and a Han character right after the level
that makes a longer word (强省会) ends nothing. Quoted echoes (“文化强省、旅游强省”) are found by the
quote judgement as well; the longer candidate wins the choice either way.
"""

from __future__ import annotations

from typing import Callable, List, Tuple

from baokan.annotators.core import lexicon
from baokan.annotators.language import slogan_pairs
from baokan.annotators.language.chars import HAN_CHAR

#: The levels below the nation whose name an echo puts in place of 国 (province, city, district, county), and the
#: systems that write their own goal the same way (警 the police, 检 the procuratorate: 科技强警, 人才强检).
LEVELS = "省市区县警检"
#: The national head an echo answers.
NATIONAL = "强国"
#: The shortest and the longest field before the head (教育 … 社会主义现代化).
MIN_FIELD = 2
MAX_FIELD = 7
#: Characters after 强 + level that make it a longer word, not an echo's end (强省会: a strong capital).
_LONGER = "会"


def starts_word(text: str, at: int) -> bool:
    """Whether jieba puts a word boundary at offset ``at`` of ``text`` (read in a small window)."""
    from baokan.annotators.language import words

    lo = max(0, at - 6)
    return at - lo in words.boundaries(text[lo : at + MAX_FIELD + 3])


def echoes(
    text: str, is_form: Callable[[str], bool], is_edge: Callable[[str, int], bool] = starts_word
) -> List[Tuple[int, int]]:
    """``(start, end)`` of every echo of a national 强国 formula in ``text``.

    Args:
        text (str): The article text.
        is_form (callable): Whether a string is a form of the slogan lexicon (``X强国``).
        is_edge (callable): Whether a word starts at an offset of ``text`` (:func:`starts_word`).
    """
    out: List[Tuple[int, int]] = []
    at = text.find("强")
    while at >= 0:
        level, after = text[at + 1 : at + 2], text[at + 2 : at + 3]
        if level and level in LEVELS and not (after and after in _LONGER):
            for n in range(min(MAX_FIELD, at), MIN_FIELD - 1, -1):  # the longest field the lexicon knows
                field = text[at - n : at]
                if all(HAN_CHAR.match(ch) for ch in field) and is_form(field + NATIONAL) and is_edge(text, at - n):
                    out.append((at - n, at + 2))
                    break
        at = text.find("强", at + 1)
    return out


def local_forms(text: str) -> List[Tuple[int, int]]:
    """``(start, end)`` of the local forms of national formulas in ``text``: the echoes of the lexicon's
    强国 rows (:func:`echoes`) and the east–west pairs of provinces (:func:`slogan_pairs.pairs`)."""
    return echoes(text, lexicon.forms_of("slogans").__contains__) + slogan_pairs.pairs(text)
