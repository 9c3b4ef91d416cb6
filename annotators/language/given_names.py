"""The last character of a given name that jieba leaves apart (杨强 + 文 + 指出, 宋明 + 强 + 带领).

jieba often tags a surname and the first given-name character as a name and the third
character as a word of its own. That character belongs to the name when it is a noun or an
adjective to jieba and a verb of saying, a stop word or punctuation follows it; not when it
is a locative noun, which names a place by the person (书记王明家, 主任王明处).
"""

from __future__ import annotations

#: jieba flags of a lone character that can end a given name: nouns, adjectives, abbreviations.
TAIL_FLAGS = frozenset({"n", "ng", "a", "ag", "j", "nz", "ns", "nr"})
#: Nouns that say where, after a name (王明家, 王明处): never the end of the name.
LOCATIVES = frozenset("家处里旁边前后上下时中内外")


def given_tail(char: str, flag: str) -> bool:
    """Whether a lone character jieba tagged ``flag`` after a two-character name may end it."""
    return len(char) == 1 and flag in TAIL_FLAGS and char not in LOCATIVES
