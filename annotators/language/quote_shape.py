"""Shapes of a quoted phrase and its context that mark a scare quote, a nickname, a clause or a description.

These read the grammar around and inside a quote, not a list of phrases, so that they carry
to pages of other dates and papers (the quote judgement, :mod:`quoted`, weighs them):

- :func:`measured`: a demonstrative or a numeral with a classifier right before the quote
  (一场“大考”, 这些“老办法”, 一位“多面手”): the quoted word is one thing of a kind, used as a
  metaphor or a scare quote; a formulation is not counted or pointed at so. Before 的 the classifier counts the noun
  after it, not the quote (走出一条“甲、乙、丙”的新路子); 之一 right after the closing mark counts the quoted thing as
  one of a kind (世界“超级工程”之一).
- :func:`person_nickname`: a short phrase that ends in a noun of a person (“娘家人”, “领头雁”,
  “热心肠大姐”): a nickname of people, not a programme.
- :func:`aspect_inside`: an aspect particle as a word of its own inside (“忙坏了”, “走过场”
  is a word and stays): a clause of speech or description, not a name.
- :func:`modifier_inside`: 的 as a word of its own inside (“看得见的正义”, “没有围墙的博物馆”):
  a described thing or a title; formulations that hold 的 are the lexicon's to find. Not where a word that names a
  conviction follows right after the closing mark (:data:`CONVICTIONS`: 树立“把群众的事当成天大的事”理念): the text
  names the quoted clause a principle, and a principle is a whole clause, 的 and all.
"""

from __future__ import annotations

from baokan.annotators.core import recache

#: A demonstrative (这 那, with a classifier or not) or 一 with a classifier right before the opening mark;
#: 第一次 is an ordinal.
_MEASURED = recache.compile(
    r"(?<!第)(?:[这那一][个种场份位道名股座片张把条件颗剂款家]|这些|那些|这样的|那样的|这一|那一|一些)$"
)
#: The characters :data:`_MEASURED` may end with (a classifier, 些, 的, 一): most lines end otherwise.
_MEASURED_ENDS = frozenset("个种场份位道名股座片张把条件颗剂款家些的一")
#: Last characters of a noun of a person: 者 人 员 家 手 师 匠 官 兵 and kin words.
PERSON_ENDS = set("者人员家手师匠官兵哥姐嫂娘妈雁")
#: The longest phrase read as a nickname; longer ones are clauses (好人成名人).
NICKNAME_MAX = 4
ASPECT = ("了", "过", "着")
#: Words that name a quoted clause a conviction a body holds, right after the closing mark (“…”理念).
CONVICTIONS = ("理念", "原则", "宗旨")


def measured(before_line: str, after_line: str = "") -> bool:
    """Whether the text right before an opening mark counts or points at the quoted thing (not where 的 follows the
    closing mark: 一条“…”的路子 counts the 路子)."""
    last = before_line[-2:-1] if before_line.endswith("\n") else before_line[-1:]  # what $ stands after
    return last in _MEASURED_ENDS and not after_line.startswith("的") and bool(_MEASURED.search(before_line))


def one_of_kind(inner: str, after_line: str) -> bool:
    """Whether 之一 right after the closing mark makes the quoted thing one of a kind (世界“超级工程”之一), as a
    classifier before it would; not after a numbered set, whose member 之一 names (“五大要素”之一)."""
    return after_line.startswith("之一") and inner[:1] not in "一二三四五六七八九十两双百千万0123456789"


def person_nickname(inner: str) -> bool:
    """Whether a quoted phrase of two to four characters ends in a noun of a person."""
    return 2 <= len(inner) <= NICKNAME_MAX and inner[-1] in PERSON_ENDS


def aspect_inside(inner: str) -> bool:
    """Whether an aspect particle (了 过 着) stands as a word of its own after the first word."""
    if "了" not in inner and "过" not in inner and "着" not in inner:  # no particle (ASPECT): the cut is spared
        return False
    from baokan.annotators.language import words

    return any(t in ASPECT for t in words.cut(inner, hmm=False)[1:])


def modifier_inside(inner: str) -> bool:
    """Whether 的 stands as a word of its own between two words of the phrase."""
    if "的" not in inner:  # the cut is spared
        return False
    from baokan.annotators.language import words

    return "的" in words.cut(inner, hmm=False)[1:-1]


def one_window(inner: str) -> bool:
    """Whether a phrase is 一, one character and a verb of two (一网统管, 一窗受理, 一码通行): the
    shape of the one-stop reforms, where everyday 一 phrases cut otherwise (一键直达, 一件小事)."""
    from baokan.annotators.language import words

    cut = words.cut(inner, hmm=False)
    return len(inner) == 4 and len(cut) == 3 and cut[0] == "一" and len(cut[2]) == 2 and not words.is_word(inner)


#: The quote judgement's names of the three shapes, in the order :func:`shape_features` gives them.
SHAPES = ("measured", "nickname", "aspect", "modifier")


def shape_features(before_line: str, inner: str, after_line: str = "") -> tuple:
    """Whether each of :data:`SHAPES` holds for a quote (its line before it, its inner text, its line after it)."""
    counted = measured(before_line, after_line) or one_of_kind(inner, after_line)
    modifier = modifier_inside(inner) and not after_line.startswith(CONVICTIONS)  # “…的…”理念: a principle
    return (counted, person_nickname(inner), aspect_inside(inner), modifier)
