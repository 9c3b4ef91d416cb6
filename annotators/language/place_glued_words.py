"""Words glued to a grammar name's suffix that name no place (issue 19, session 16; sets 11, 13, 14).

- ``乡村`` (the countryside) after a name is no township ``X乡`` and a word ``村``: jieba reads the word
  ``乡村`` across the township's suffix (``某某|乡村振兴``, ``筑牢|乡村``). A township in full before a
  village still is one (``岔口乡|下坪村``: jieba reads ``乡下`` or ``乡`` alone there).
- An expressway's suffix right after a lone ``上`` or ``下`` is the object of getting on or off it
  (``从某某东|上|高速``: no road named ``某某东上高速``), and a lone ``距`` or ``离`` (distance from) opens
  no road's name (``距|某某东高速出口``): the name starts after it.
- A name before ``高速`` + an exit's or a toll station's word (``某某高速出口``, ``某某高速收费站``) is the exit's or
  the station's, named after the town it serves: no road ``某某高速`` (sets 11 and 14 judge the whole neutral).
"""

from __future__ import annotations

from baokan.annotators.language.place_words import Boundaries

#: One-character verbs of getting on and off an expressway (上高速, 下高速).
_BOARDING = frozenset("上下")
#: One-character words of distance before a place (距某地十公里, 离某地不远).
_DISTANCE = frozenset("距离")
#: What an expressway's exits and stations are called right after 高速 (某某高速出口, 某某高速收费站).
_EXIT_WORDS = ("出口", "入口", "收费站", "服务区")


def _alone(bounds: Boundaries, pos: int) -> bool:
    """Whether the character at ``pos`` stands in no dictionary word of two characters or more."""
    return not any(ws <= pos < we for ws, we in bounds.words_over(pos, pos + 1))


def rural_word(bounds: Boundaries, s0: int, s1: int) -> bool:
    """Whether the suffix ``乡`` at ``s0:s1`` opens jieba's word ``乡村`` (the countryside), no township."""
    text = bounds.text
    return text[s0:s1] == "乡" and text.startswith("村", s1) and (s0, s0 + 2) in bounds.words_over(s0, s1)


def boarded(bounds: Boundaries, s0: int) -> bool:
    """Whether a lone ``上`` or ``下`` comes right before the expressway suffix at ``s0`` (上|高速)."""
    return s0 > 0 and bounds.text[s0 - 1] in _BOARDING and _alone(bounds, s0 - 1)


def opens_with_distance(bounds: Boundaries, start: int) -> bool:
    """Whether a road's name at ``start`` opens with a lone ``距`` or ``离`` (距|某某东高速)."""
    return bounds.text[start : start + 1] in _DISTANCE and _alone(bounds, start)


def named_exit(text: str, end: int) -> bool:
    """Whether an exit's or a toll station's word follows the expressway suffix ending at ``end`` (高速|出口)."""
    return text.startswith(_EXIT_WORDS, end)
