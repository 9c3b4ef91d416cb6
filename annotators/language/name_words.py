"""The word lists names are judged by: jieba's flags, list words, and person words.

jieba's part-of-speech flags say whether a short window reads as a name
(``nr``) or as an everyday word; ``person_words.tsv`` supplies the words that
make a mention a private person (``村民``, ``先生``), the byline roles
(``记者``, ``通讯员``) and the verbs of saying and acting a name stops before.
"""

from __future__ import annotations

from functools import cache, lru_cache
from typing import Dict, FrozenSet, Tuple

from baokan.annotators.core.lexicon import read_table
from baokan.annotators.language import words

#: jieba flags of a person name.
NAME_FLAGS = ("nr", "nrfg", "nrt")
#: jieba flags that cannot be the given-name part of a name: verbs, prepositions,
#: conjunctions, particles, adverbs, pronouns, numbers, measure words, locatives.
NOT_NAME_FLAGS = ("v", "p", "c", "u", "d", "r", "m", "q", "f", "t", "y", "e", "o", "x", "k", "h", "ul", "uj")

#: The same for a given name after a surname jieba tagged as a name.
GIVEN_NOT_FLAGS = ("v", "p", "c", "u", "r", "m", "q", "f", "y", "e", "o", "x", "k")
#: jieba flags of an everyday two-character word that is no name although it opens
#: with a surname (方阵, 常规); names that are words are mostly tagged nr or ns (高峰, 江山).
EVERYDAY_FLAGS = frozenset({"n", "v", "vn", "a", "ad", "an", "d", "l", "i", "f", "s", "t"})
#: jieba flags of words that can also be a name (黄河 ns, 高山 n).
WORD_NAME_FLAGS = ("ns", "n", "nz", "s")
#: jieba dictionary frequency under which a single character is taken as part of a
#: name rather than a word of its own (惹 1607, 华 4364; 来, 又, 到 over 100,000).
RARE_CHAR = 5000
#: Characters that may stand between items of a list of names.
LIST_SEPARATORS = "、，,"
#: Words that close a list of names (彭佳学、邱启文和王成国).
LIST_LAST = ("和", "及", "与", "以及")
#: What closes a list of names before a collective title, a member word or 同志 (甲、乙等同志).
LIST_CLOSER = "等"


@lru_cache(maxsize=1)
def collective_titles() -> FrozenSet[str]:
    """Titles of titles.tsv's ``collective`` rank (省领导, 中央领导同志): they head a list of names."""
    return frozenset(r["title"] for r in read_table("titles").rows if r.get("rank") == "collective" and r.get("title"))


@lru_cache(maxsize=8192)
def tag(window: str) -> Tuple[Tuple[str, str], ...]:
    """jieba's ``(word, flag)`` pairs for a short window, cached: the same names and
    titles come back on page after page, and the tagger is the slowest step here."""
    return tuple(words.tag(window))


@lru_cache(maxsize=8192)
def first_tag(window: str) -> Tuple[str, str]:
    """``tag(window)[0]``, cached on its own: most callers read only the first word, and the
    tagger's guesses over the one-character words after it are then left out."""
    return words.first_tag(window)


@lru_cache(maxsize=8192)
def head_tags(window: str) -> Tuple[Tuple[str, str], ...]:
    """``tag(window)``'s first three pairs or more (all when there are fewer), cached on its own:
    for the callers that read no further, the guesses over the words after them are left out."""
    return tuple(words.head_tags(window, 3))


@lru_cache(maxsize=1)
def _person_words() -> Dict[str, FrozenSet[str]]:
    """Words of person_words.tsv grouped by role (``private``, ``byline``, ``say`` …)."""
    groups: Dict[str, set] = {}
    for row in read_table("person_words").rows:
        word, role = row.get("word", "").strip(), row.get("role", "").strip()
        if word and role:
            groups.setdefault(role, set()).add(word)
    return {k: frozenset(v) for k, v in groups.items()}


@lru_cache(maxsize=1)
def all_person_words() -> FrozenSet[str]:
    return frozenset().union(*_person_words().values()) if _person_words() else frozenset()


@cache  # a few role lists, asked for on every name and byline
def person_words(*roles: str) -> FrozenSet[str]:
    """The person words of any of ``roles`` (a role name, or its first letters)."""
    out: set = set()
    for role, ws in _person_words().items():
        if any(role == r or role.startswith(r) for r in roles):
            out |= ws
    return frozenset(out)


@cache
def person_word_tuple(*roles: str) -> Tuple[str, ...]:
    """:func:`person_words` as a tuple, for ``str.startswith`` (all of them in one call)."""
    return tuple(sorted(person_words(*roles)))
