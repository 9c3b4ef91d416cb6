"""Where a name in a list of names ends (issue 19).

An item of a list of names (``副主席甲、乙、丙``) is cut before the first word of saying, acting or
function inside it, so that an honorific or a verb glued to it stays out (``何维同志、``). A
conjunction (和, 与, 及) is one of those words, but one that closes the item right before a list
separator cannot be a conjunction: nothing is joined by it. It is the last character of the given
name (``韦新和、韦正峰``), and the item keeps it.
"""

from __future__ import annotations

from typing import Tuple

from baokan.annotators.language import words

#: Separators after which a list of names goes on.
ITEM_SEPARATORS = ("、",)


def item_cut(window: str, start: int, stops: Tuple[str, ...], joiners: Tuple[str, ...], after: str) -> int:
    """Where the list item ``window`` ends: before its first stop word from ``start`` on.

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
        if after in ITEM_SEPARATORS and window[i:] in joiners:
            continue  # 韦新和、: 和 before a separator joins nothing, it ends the name
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
