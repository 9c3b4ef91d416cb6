"""Would-be names that are words for a body of people or a courtesy, never a person.

An official's name is read before a title (``民警``, ``辅警``, ``记者``) or after a unit. Some
words fill that slot and are no name: ``全警`` (the whole force, 全 + 警), ``全体民`` or
``广大民`` cut from ``民辅警`` (police officers and auxiliaries together), ``谢谢`` before
``警察`` (a thanks), ``向小`` before ``记者`` (to the young reporters). Each check below looks
at a few characters only, so it costs nothing on a page without a found name.
"""

from __future__ import annotations

#: The character for the police force: a would-be name that ends in it is 全警, 民警, 辅警.
FORCE = "警"
#: The compound for officers and auxiliaries together (民警 + 辅警): 民 before 辅警 opens it.
OFFICERS_AND_AUXILIARIES = "民辅警"
#: Prefixes of a role noun (小记者, 小学生, 老党员): standing alone as a given name they open it.
ROLE_PREFIXES = frozenset("小老")


def collective_name(text: str, start: int, end: int) -> bool:
    """Whether the would-be name ``text[start:end]`` is a word for a body of people or a
    courtesy: it ends in 警, it ends in the 民 of 民辅警, its two characters are one repeated
    (谢谢, 常常), or its given name is a lone role prefix before a word (向 + 小 + 记者)."""
    if end - start < 2:
        return False
    if text[end - 1] == FORCE or text.startswith(OFFICERS_AND_AUXILIARIES, end - 1):
        return True
    if end - start != 2:
        return False
    return text[start] == text[start + 1] or (text[start + 1] in ROLE_PREFIXES and end < len(text))
