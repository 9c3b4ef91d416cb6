"""Whether a span stands inside the title of a work, 《…》 (used by :mod:`baokan.annotators.slogans`).

docs/labels.md: a 提法 that occurs only inside a 《》 title is neutral (`《数字某某建设规划》`); the gold does not list
it as a mention of the formula, and a lexicon hit there is no slogan of the running text.
"""

from __future__ import annotations

#: The longest title looked back for (a speech's or a book's title).
MAX_TITLE = 40


def in_work_title(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` lies inside 《…》: an opening 《 before it with no 》 or line break between,
    and a closing 》 after it with no 《 or line break between (within :data:`MAX_TITLE` characters)."""
    lo = max(0, start - MAX_TITLE)
    opened = text.rfind("《", lo, start)
    if opened < 0 or "》" in text[opened:start] or "\n" in text[opened:start]:
        return False
    closed = text.find("》", end, end + MAX_TITLE)
    return closed >= 0 and "《" not in text[end:closed] and "\n" not in text[end:closed]
