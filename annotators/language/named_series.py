"""A series of people each named before a bare post (``会上，吴英杰书记、洛桑江村主任分别讲话``).

Where a title chain opens with a bare post (书记, no body) that a name stands right before, its items are
names and posts: the next item after ``、`` is another person's name and post as well, not a body that
the post belongs to. The title reader takes such an item for a body (``洛桑江村`` read as a village by its
last character, ``扎西次仁`` as nouns) and joins it to the chain. Here the item is cut off as a chain of
its own when what stands before its post reads as a Tibetan, Mongolian or Uyghur name: the post is the
shortest title the item ends with, with its modifiers (副, 常务副), and the name all that comes before it.
Han names need no such cut: jieba reads them as names, and a name ends the title reader's walk.
"""

from __future__ import annotations

from typing import Dict, Iterable, Iterator, Optional

from baokan.annotators.core.lexicon import lexicon
from baokan.annotators.language import names
from baokan.annotators.language.foreign_names import holds_everyday_word, minority_chars
from baokan.annotators.language.official_spans import _entry_kinds
from baokan.annotators.language.official_words import name_before_post
from baokan.annotators.language.title_words import position_modifiers
from baokan.annotators.language.titles import Chain, Group, is_title

#: Sources of the officials whose name the officials layer read next to a post (after it, before it): a place
#: of exactly such a name's span is none (副院长 + 吕梁 + 主持; 吴英杰书记、+ 洛桑江村 + 主任).
NAMED_SOURCES = ("officials.title_name", "officials.name_title")
#: jieba flags of the words a transliterated name is read as in isolation (洛桑 nrt + 江村 ns).
_PROPER = ("nr", "ns")
#: A name's length in characters, shortest and longest.
_SHORTEST, _LONGEST = 2, 6


def named_series(text: str, chains: Iterable[Chain], named: Dict[int, int]) -> Iterator[Chain]:
    """``chains`` with each item of such a series cut off as a chain of its own, its post alone; the start
    of the name before each such post is put in ``named`` (post start -> name start)."""
    for chain in chains:
        groups = chain.groups
        first = groups[0]
        if len(groups) < 2 or first.start != first.head or name_before_post(text, first.start) is None:
            yield chain
            continue
        k = 1
        while k < len(groups):
            g = groups[k]
            post = _post_start(text, g) if text[groups[k - 1].end : g.start] == "、" else None
            if post is None:
                k += 1
                continue
            yield Chain(groups[:k])
            named[post] = g.start
            groups = [Group(post, post, g.end)] + groups[k + 1 :]
            k = 1
        yield Chain(groups)


def _post_start(text: str, g: Group) -> Optional[int]:
    """Where the post of the item ``g`` starts when all before it reads as a minority name (洛桑江村 +
    主任, 扎西次仁 + 副主任), the post the shortest title it ends with; None otherwise."""
    for j in range(g.end - 1, g.start + _SHORTEST - 1, -1):
        if not is_title(text[j : g.end]):
            continue
        mod = next((m for m in position_modifiers() if text.endswith(m, g.start, j)), "")
        return j - len(mod) if _minority_name(text, g.start, j - len(mod)) else None
    return None


def _minority_name(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` reads as a Tibetan, Mongolian or Uyghur name and no known place: a run of
    transliteration characters (扎西次仁), or two or more minority syllables that open it and make half of it,
    all of it proper nouns to jieba (洛桑 + 江村) and no everyday word inside."""
    name = text[start:end]
    if not _SHORTEST <= len(name) <= _LONGEST:
        return False
    place, _, prefix, police, _ = _entry_kinds(lexicon().lookup(name))  # (a township's short form may be a name: 白玛)
    if place or prefix or police:
        return False
    if names.transliterated_at(text, start) == end:
        return True
    table = minority_chars()
    if name[0] not in table or name[1] not in table or 2 * sum(c in table for c in name) < len(name):
        return False
    return all(f.startswith(_PROPER) for _, f in names.tag(name)) and not holds_everyday_word(name)
