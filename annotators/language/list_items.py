"""Where a name in a list of names ends (issue 19).

An item of a list of names (``副主席甲、乙、丙``) is cut before the first word of saying, acting or
function inside it, so that an honorific or a verb glued to it stays out (``何维同志、``). A
conjunction (和, 与, 及) is one of those words, but one that closes the item right before a list
separator cannot be a conjunction: nothing is joined by it. It is the last character of the given
name (``韦新和、韦正峰``), and the item keeps it.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Optional, Tuple

from baokan.annotators.language import words
from baokan.annotators.language.chars import HAN_RUN

#: Separators after which a list of names goes on.
ITEM_SEPARATORS = ("、",)
#: Characters that open a list item: the list's separators and clause punctuation.
ITEM_OPENERS = frozenset('、，,；;：:（(“"《 \n')


def item_cut(window: str, start: int, stops: Tuple[str, ...], joiners: Tuple[str, ...], after: str) -> int:
    """Where the list item ``window`` ends: before its first stop word from ``start`` on.

    Right before a list separator, a joiner is the name's last character (韦新和、), and so is any
    stop word that would leave the surname with one character (朱同正、: 正 "is doing" nothing there;
    but 贺远山 + 案、, the case).

    Args:
        window (str): The item's characters, surname first.
        start (int): The first offset in ``window`` a stop word may open at (after surname and one
            given-name character).
        stops (Tuple[str, ...]): Words a name ends before (verbs of saying, honorifics, function words).
        joiners (Tuple[str, ...]): The conjunctions that join the last name of a list (和, 与, 及).
        after (str): The character after the item in the text.

    Returns:
        int: The item's length in characters.
    """
    for i in range(start, len(window)):
        if not window.startswith(stops, i):
            continue
        if after in ITEM_SEPARATORS and (window[i:] in joiners or i == start == len(window) - 1):
            continue  # 韦新和、, 朱同正、: a surname and two characters before a separator are a name
        return i
    return len(window)


def mid_list_item(text: str, pos: int, window: str, ls: int) -> bool:
    """Whether ``window`` at ``pos`` is a surname and two characters standing between two separators
    of a list of names (、尚德山、), no dictionary word: an item of the list, whatever jieba makes of a
    rare surname that is also a word (尚 "still", 接 "receive")."""
    if len(window) != ls + 2 or text[pos - 1 : pos] not in ITEM_SEPARATORS:
        return False
    if text[pos + len(window) : pos + len(window) + 1] not in ITEM_SEPARATORS:
        return False
    return not words.is_word(window)


def first_list_item(text: str, pos: int) -> Optional[int]:
    """The end of a surname and two characters right after a title that a list separator follows
    (通渭县委书记 + 令续鹏 + 、: the first name of a list of posts and names), no dictionary word and
    no function word; None otherwise. Rare surnames that are also verbs (令, 接) need it."""
    from baokan.annotators.language import names  # (names imports this module)

    ls = names.surname_at(text, pos)
    end = pos + ls + 2
    if not ls or text[end : end + 1] not in ITEM_SEPARATORS or HAN_RUN.fullmatch(text[pos:end]) is None:
        return None
    if words.is_word(text[pos:end]) or words.is_word(text[pos + ls : end]) and len(text[pos + ls : end]) > 1:
        return None if words.word_tag(text[pos + ls : end]).startswith(("v", "p", "c", "d", "u")) else end
    return end


#: The longest item of a list under a collective title that no surname opens (次旺多布杰: Tibetan names).
_MAX_LISTED = 5
#: jieba frequency from which a word inside such an item is an everyday one (开会), no syllables of a name.
_EVERYDAY = 1000


@lru_cache(maxsize=1)
def _collective_heads() -> Tuple[str, ...]:
    from baokan.annotators.language.name_words import collective_titles  # (name_words imports names)

    return tuple(sorted(collective_titles(), key=len, reverse=True))


def under_collective(text: str, pos: int) -> bool:
    """Whether a list of names at ``pos`` follows a collective title (省级领导 + 甲、乙、丙: LABELS.md)."""
    return text.endswith(_collective_heads(), 0, pos)


def listed_name(text: str, pos: int, collective: bool) -> Optional[int]:
    """The end of a list item under a collective title that no Han surname opens (自治区省军级领导 + 维色 +
    、次旺多布杰、…: Tibetan, Mongolian or Uyghur names): two to five Han characters that a list separator
    closes, no dictionary word; None otherwise, and where the list is under no such title (``collective``)."""
    for size in range(2, _MAX_LISTED + 1) if collective else ():
        end = pos + size
        if text[end : end + 1] in ITEM_SEPARATORS:
            item = text[pos:end]
            if HAN_RUN.fullmatch(item) is None or words.is_word(item):
                return None
            # no everyday word inside (有 + 开会): a name's syllables make rare words at most (布杰, 多吉)
            return None if any(len(w) > 1 and words.freq(w) >= _EVERYDAY for w, _ in words.tag(item)) else end
    return None
