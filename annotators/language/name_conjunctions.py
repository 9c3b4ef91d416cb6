"""A name before the 和 that opens the next coordinate (issue 19, session 17).

``县委书记扎西和县长王建国出席``: 和 joins two people, so 扎西 ends before it, and the post after it
(县长) may not reach back across the 和 into the name (西和县 is a county, but no county starts inside
a name); ``自治区领导白玛、格桑和有关部门负责同志``: 和 opens 有关部门…, so it is no syllable of 格桑.
A 和 is the list's when a post (县长, 副州长, 县委书记), a word of a collective coordinate (有关,
其他, 各: official_cues.tsv ``coordinate``), a private person's word (群众, 村民: person_words.tsv
``private``) or a name jieba reads as a Han name (王建国) follows it (``县委书记扎西和王建国一同出席``,
``县委书记扎西和群众一起劳动``); names that really end in 和 (巴图孟和, 韦新和) stand before 、, a verb,
an address (同志) or punctuation and are left alone.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Tuple

from baokan.annotators.core import recache
from baokan.annotators.language.chars import HAN_CHAR

#: The words that join the last item of a list of names or posts.
JOINERS = "和与及"
_JOINER = recache.compile(f"[{JOINERS}]")
#: The longest post asked for right after a joiner (县长, 副州长, 县委书记, 常务副县长).
_MAX_POST = 5
#: The longest body before a post that a level character opens (县人大常委会 + 主任).
_MAX_BODY = 8
#: Characters of a level that open a post glued to it (县 of 县长 is the post itself; 县 + 副县长).
_LEVELS = "省市县区州盟旗乡镇村"


@lru_cache(maxsize=1)
def coordinate_words() -> Tuple[str, ...]:
    """official_cues.tsv's ``coordinate`` words (有关, 其他, 相关, 各, 部分), longest first."""
    from baokan.annotators.language.titles import cues  # (titles imports names, which imports this module)

    return tuple(sorted((w for w in cues().get("coordinate", ()) if w), key=len, reverse=True))


@lru_cache(maxsize=1)
def _org_heads() -> Tuple[str, ...]:
    """official_cues.tsv's ``org_head`` words (委, 人大常委会, 政府, 局): what a body before a post ends with."""
    from baokan.annotators.language.titles import cues

    return tuple(w for w in cues().get("org_head", ()) if w)


def _post_starts(text: str, pos: int) -> bool:
    """Whether a position of titles.tsv opens at ``pos`` (县长, 副州长, 主任)."""
    from baokan.annotators.language import titles  # (titles imports names, which imports this module)

    return any(titles.is_title(text[pos : pos + size]) for size in range(2, min(_MAX_POST, len(text) - pos) + 1))


def post_at(text: str, pos: int) -> bool:
    """Whether a post opens at ``pos`` (县长, 副州长, 县委书记), or after a body that a level character opens
    (县 + 副县长, 县人大常委会 + 主任, 州委 + 常委): the body ends with an organisation's head."""
    if _post_starts(text, pos):
        return True
    if text[pos : pos + 1] not in _LEVELS:
        return False
    heads = _org_heads()
    for k in range(pos + 1, min(len(text), pos + _MAX_BODY + 1)):
        if HAN_CHAR.match(text[k - 1]) is None:
            return False
        if (k == pos + 1 or text.endswith(heads, pos + 1, k)) and _post_starts(text, k):
            return True
    return False


def person_at(text: str, pos: int) -> bool:
    """Whether a person other than an official opens at ``pos``: a private person's word (群众, 村民) or a
    two- or three-character Han name as jieba reads it (王建国 nr, its first character a surname)."""
    from baokan.annotators.language.chars import surnames
    from baokan.annotators.language.name_words import first_tag, person_words

    if not HAN_CHAR.match(text[pos : pos + 1]):
        return False
    word, flag = first_tag(text[pos : pos + 4])
    if word in person_words("private"):
        return True
    return flag == "nr" and len(word) in (2, 3) and word[0] in surnames()


def opens_coordinate(text: str, pos: int) -> bool:
    """Whether what stands at ``pos``, right after a 和, 与 or 及, is the next item of a list of people or
    bodies: a post, a collective word or another person (和 + 县长王某, 和 + 有关部门负责同志, 和 + 群众)."""
    return pos < len(text) and (text.startswith(coordinate_words(), pos) or post_at(text, pos) or person_at(text, pos))


def joint_at(text: str, pos: int) -> bool:
    """Whether a 和, 与 or 及 at ``pos`` joins the next coordinate (格桑 + 和 + 有关部门负责同志)."""
    return pos < len(text) and text[pos] in JOINERS and opens_coordinate(text, pos + 1)


def joiner_near(text: str, start: int, end: int) -> bool:
    """Whether a 和, 与 or 及 stands in ``text[start:end]`` (one search: asked after every post)."""
    return _JOINER.search(text, start, end) is not None


def crosses_joined_name(name: Tuple[int, int], place: Tuple[int, int]) -> bool:
    """Whether ``place`` starts inside a name read at ``name`` and runs on past its end (over the joiner of
    the next coordinate: 西和县 of 扎西 + 和 + 县人大常委会主任): the name before owns its first character,
    so no place starts there. Ask it of names that :func:`joint_at` their end only."""
    return name[0] < place[0] < name[1] < place[1]
