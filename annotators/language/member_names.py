"""An everyday word after the post 队员 is no name (issue 19, blind round 6).

``巡山队员步履不停``: jieba's dictionary tags 步履 ("steps") a name, and 步 is a surname, so the team
member seemed to be called 步履. Team members are often named by their post alone; after 队员, a
two-character word that the dictionary uses often and whose first character is none of the common
surnames is the sentence's own word (步履, 步伐), not a name.
"""

from __future__ import annotations

from baokan.annotators.language import names, words
from baokan.annotators.language.titles import Chain

#: Posts of a team's rank and file, after which everyday words are read as names most often.
MEMBER_POSTS = ("队员",)
#: How often jieba's dictionary must count a word for it to be an everyday one here.
EVERYDAY_FREQ = 100


def everyday_after_member(text: str, chain: Chain, start: int, end: int) -> bool:
    """Whether the would-be name ``[start, end)`` after the post ``chain`` (队员) is an everyday word."""
    word = text[start:end]
    return (
        text.endswith(MEMBER_POSTS, chain.start, chain.end)
        and len(word) == 2
        and not names.surnames().get(word[0])
        and words.is_word(word)
        and words.freq(word) >= EVERYDAY_FREQ
    )
