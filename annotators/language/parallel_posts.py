"""A name in a series of posts and names that repeats its post (issue 19, session 14).

Rolls of a meeting's guests list one body's head after another, each post followed by its name and a
list separator: ``民革市委会主委甲甲、民建市委会主委乙乙、民进市委会主委丙丙``. The frame itself says what
stands between a post and the separator: where the same post comes again right after the separator,
followed by a name, the surname and one or two characters in between are a name, also where the
dictionary reads them as a word (a verb such as 解冬, or a rare surname that is a preposition).
"""

from __future__ import annotations

from typing import Optional

from baokan.annotators.core import recache
from baokan.annotators.language import names
from baokan.annotators.language.chars import HAN, HAN_RUN

#: How far after the separator the post may come again (the next body's name, then the post).
REACH = 16
#: The post's last characters compared with the next one (主委 of 民建市委会主委).
POST_CHARS = 2
#: The next post must come in the same clause: no clause mark before it.
_CLAUSE_MARK = recache.compile("[，。；！？：,;!?:\n]")
_HAN_POST = recache.compile(rf"[{HAN}]{{{POST_CHARS}}}")


def repeated_post_name(text: str, pos: int) -> Optional[int]:
    """The end of a name right after a post, where a list separator follows it and the same post,
    with a name, follows the separator in the same clause; None otherwise.

    Args:
        text (str): The article text.
        pos (int): Where the name would start (just after a post).

    Returns:
        Optional[int]: The exclusive end offset of the name.
    """
    if pos < POST_CHARS or _HAN_POST.fullmatch(text, pos - POST_CHARS, pos) is None:
        return None
    ls = names.surname_at(text, pos)
    if not ls:
        return None
    for end in (pos + ls + 1, pos + ls + 2):
        if text[end : end + 1] != "、":
            continue
        if HAN_RUN.fullmatch(text, pos, end) is None:
            return None
        post = text[pos - POST_CHARS : pos]
        again = text.find(post, end + 1, end + 1 + REACH)
        if again < 0 or _CLAUSE_MARK.search(text, end + 1, again) is not None:
            return None
        return end if names.name_at(text, again + POST_CHARS) is not None else None
    return None
