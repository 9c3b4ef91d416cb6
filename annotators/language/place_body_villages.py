"""Villages of a two-character name that a strong cue names as villages although the name opens with a
function word, a verb or a numeral, which the area grammar refuses as a name's first character (issue 19;
sets 7 and 12, corpus fit pages): 则吾村 + 村民, 来苏村 + 党支部, 青山镇 + 二都村.

- A village body or its people right after ``X村`` (村民, 村委会, 村党支部 …): the village of their name.
- A town or township known right before ``X村`` (某镇 + 二都村): a village of that town.

The name must be no everyday word (周边村, 试点村村民, 新农村), open with no deictic or count (全村, 该村,
两个村), and no dictionary word may cross its edges. Only the occurrences of 村 are looked at.
"""

from __future__ import annotations

from typing import List, Sequence, Tuple

from baokan.annotators.language import words
from baokan.annotators.language.occurrences import find_all
from baokan.annotators.language.place_grammar import GrammarName
from baokan.annotators.language.place_words import CJK_CHAR, Boundaries, everyday

#: What a village's body or people are called right after its 村 (则吾村 + 村民, 某村 + 党支部).
_BODIES = ("村民", "村委", "村党", "村两委", "村干部", "村集体", "党支部", "党总支", "委会")
#: Characters that never open a village's two-character name: a deictic or a count (全村, 该村, 两个村).
_NOT_FIRST = frozenset("全本我该各外异当此两多他邻跨省市县区一几每数某这那其个同")
#: Characters that never stand in one: measure words and particles (两个村, 有些村, 的村).
_NOT_IN = frozenset("个些座处批名的了着是和与及或等")
#: jieba's count from which a name is a common word (周边, 试点, 附近), not a village's (来苏 is 10).
_COMMON = 50
#: The suffixes of a town or township whose known name stands right before the village.
_TOWNS = ("镇", "乡", "街道")


def body_villages(
    bounds: Boundaries, places: Sequence[Tuple[int, int]], towns: Sequence[Tuple[int, int]] = ()
) -> List[GrammarName]:
    """Villages ``X村`` (X of two characters) before a village body word or after a known town.

    Args:
        bounds: The text and its word boundaries.
        places: Spans of the places already known.
        towns: Spans the area grammar read (a township no table holds: 某某乡 + 迎回村).
    """
    text = bounds.text
    if "村" not in text:
        return []
    town_ends = {e: s for s, e in list(places) + list(towns) if text.endswith(_TOWNS, s, e)}
    taken = {i for s, e in places for i in range(s, e)}
    out: List[GrammarName] = []
    for at in find_all(text, "村"):
        start = at - 2
        if start < 0 or not (start in town_ends or text.startswith(_BODIES, at + 1)):
            continue
        name = text[start:at]
        if not CJK_CHAR.fullmatch(name[0]) or not CJK_CHAR.fullmatch(name[1]) or name[0] in _NOT_FIRST:
            continue
        if _NOT_IN.intersection(name) or taken.intersection(range(start, at + 1)):
            continue
        if words.freq(name) >= _COMMON or everyday(text[start : at + 1]) or words.freq(text[start + 1 : at + 1]):
            continue  # 周边村, 新农村, 小山村: a kind of village, no name (a rare word may be one: 来苏)
        if any(ws < start < we or ws < at < we and we != at + 1 for ws, we in bounds.words_over(start, at + 1)):
            continue  # a word of the text runs across the name's edge
        out.append(GrammarName(start, at + 1, level="village", anchor=town_ends.get(start)))  # 某乡 + 迎回村
    return out
