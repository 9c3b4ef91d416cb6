"""Where a lexicon formula's mention starts and ends on the page (used by :mod:`baokan.annotators.slogans`).

docs/labels.md and the set-6 adjudication (issue 19) settle four cases a lexicon hit alone gets wrong:

- **two formulas run together** (:func:`two_formulas`, *adj R3*): a lexicon row that is two other rows written
  straight after each other, no 的 between (党建引领 + 乡村振兴 kind): each part is the mention, the whole is neutral.
  Parts of four characters or more only: a shorter part is a word of the compound, not a formula of its own.
- **a system and its capacity** (:func:`modernised`): ``X体系`` followed by ``和能力现代化`` or ``和治理能力现代化``
  is the central formula of modernising a system and the capacity to run it (the 国家治理体系和治理能力现代化 kind,
  made for public security, emergency management, national security …): one mention, whole.
- **a longer list** (:func:`in_longer_list`): a lexicon list formula (甲甲、乙乙) that the page runs on into a
  further item (甲甲、乙乙、丙丙) is a different list, a description of the writer's: no mention of the formula.
- **an event's theme** (:func:`in_theme`, *other papers 4*): a formula found only inside the quoted theme of an
  event or a campaign (围绕“铸甲甲，践乙乙”主题) is neutral: no mention.
"""

from __future__ import annotations

from typing import Callable, Optional, Tuple

from baokan.annotators.language.chars import HAN_CHAR

#: The tails that make ``X体系`` the modernisation formula, longest first.
MODERNISED = ("和治理能力现代化", "和能力现代化")
#: The shortest part of a run-together pair of formulas.
MIN_PART = 4
#: The farthest a theme's quotation marks are looked for around a hit, and the words after the closing mark.
THEME_REACH = 30
THEME_WORDS = ("主题",)
_OPEN, _CLOSE = '“"', '”"'


def two_formulas(surface: str, is_form: Callable[[str], bool]) -> Optional[int]:
    """Where the second of two lexicon formulas written together starts in ``surface``, or None."""
    if "、" in surface or "的" in surface:
        return None
    for k in range(MIN_PART, len(surface) - MIN_PART + 1):
        if is_form(surface[:k]) and is_form(surface[k:]):
            return k
    return None


def modernised(text: str, start: int, end: int) -> Optional[int]:
    """The end of ``X体系和(治理)能力现代化`` where the hit ``text[start:end]`` is ``X体系``, else None."""
    if not text.endswith("体系", start, end):
        return None
    tail = next((t for t in MODERNISED if text.startswith(t, end)), None)
    return end + len(tail) if tail else None


def in_longer_list(text: str, start: int, end: int) -> bool:
    """Whether the list formula ``text[start:end]`` runs on into a further item (、 and a Han character)."""
    return "、" in text[start:end] and text[end : end + 1] == "、" and bool(HAN_CHAR.match(text[end + 1 : end + 2]))


def _enclosing_quote(text: str, start: int, end: int) -> Optional[Tuple[int, int]]:
    """The offsets of the opening and closing marks of the quote around ``text[start:end]``, or None."""
    lo = max(0, start - THEME_REACH)
    opener = max(text.rfind(q, lo, start) for q in _OPEN)
    if opener < 0 or any(c in text[opener + 1 : start] for c in "”"):
        return None
    hi = min(len(text), end + THEME_REACH)
    closers = [i for i in (text.find(q, end, hi) for q in _CLOSE) if i >= 0]
    if not closers:
        return None
    closer = min(closers)
    if "“" in text[end:closer]:
        return None
    return opener, closer


def outside_mention(text: str, start: int, end: int) -> bool:
    """Whether the lexicon hit ``text[start:end]`` is no mention: inside an event's quoted theme
    (:func:`in_theme`) or a list formula run on into a writer's longer list (:func:`in_longer_list`)."""
    return in_theme(text, start, end) or in_longer_list(text, start, end)


def in_theme(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` sits inside a longer quote that the text names a theme (“…”主题)."""
    found = _enclosing_quote(text, start, end)
    if found is None:
        return False
    opener, closer = found
    if (opener + 1, closer) == (start, end):
        return False  # the quote is the formula itself
    return text.startswith(THEME_WORDS, closer + 1)
