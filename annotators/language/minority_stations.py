"""Stations named in Mongolian, Tibetan or Uyghur place names that stand as items of a list (issue 19).

Border and pastoral areas name their stations after a sum, a gacha or a pasture the gazetteer lacks
(``某某边境管理派出所`` after a Mongolian place). jieba cuts such a name into pieces (``巴音`` +
``都兰``), one of which may even be a county of another province; the station grammar then takes that
piece, or no name at all. Where the station stands as an item of a list of units (after ``、``, a
comma, an opening bracket or at the start of a clause), the whole item before the head is its name
when it reads as a transliterated name: it opens with a character of the minority rows of
``transliteration.tsv``, at least half of its characters are such, and it is no run of everyday words.
"""

from __future__ import annotations

from typing import Callable, Iterable, List, Tuple

from baokan.annotators.language.chars import han_run_start
from baokan.annotators.language.foreign_names import holds_everyday_word, minority_chars
from baokan.annotators.language.list_items import ITEM_OPENERS

#: The shortest and longest name taken before the head.
_MIN, _MAX = 2, 6
#: Causative verbs that open a clause before its subject (，让 + 某某派出所 + 的工作…: "makes the station's
#: work…"); 让 is also a Tibetan syllable (才让), but it ends names, it does not open them.
_CAUSATIVES = frozenset("让使令")


def _item_start(text: str, at: int) -> int:
    """Where the list item that ends at ``at`` starts (``at`` when it is not one of 2-6 Han characters)."""
    start = han_run_start(text, at, _MAX + 1)
    if not _MIN <= at - start <= _MAX:
        return at
    if start > 0 and text[start - 1] not in ITEM_OPENERS:
        return at
    return start


def minority_stations(
    text: str,
    heads: Iterable[Tuple[int, int]],
    everyday: Callable[[int, int], bool],
    function_opens: Callable[[int, int], bool],
) -> List[Tuple[int, int]]:
    """Spans of list items ``name + head`` whose name is written in minority syllables.

    Args:
        text (str): The article text.
        heads (Iterable): (start, end) of the station heads a bare name may stand before (派出所,
            边境管理派出所 …).
        everyday (Callable): Whether a span is made of everyday words (基层, 城区): no name.
        function_opens (Callable): Whether a span opens with a one-character function word as jieba
            reads it in its sentence (都 + 在 + 某某派出所: "all at"): no name.

    Returns:
        List[Tuple[int, int]]: (start, end) of each such station, name and head.
    """
    table = minority_chars()
    out: List[Tuple[int, int]] = []
    for at, end in heads:
        start = _item_start(text, at)
        if start == at:
            continue
        if text[start] in _CAUSATIVES and at - start > _MIN:
            start += 1  # 让 + 翁贡乌拉 + 派出所: the verb before the item, the name after it
        name = text[start:at]
        if name[0] not in table or 2 * sum(c in table for c in name) < len(name):
            continue
        if everyday(start, at) or holds_everyday_word(name) or function_opens(start, at):
            continue
        out.append((start, end))
    return out
