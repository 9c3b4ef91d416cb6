"""A post's nominee (issue 19, session 14): 县政协主席人选李某, 县长候选人王某.

Before a people's congress or a CPPCC session elects a leader, county and city papers name the person put
forward with the post and a word of nomination after it: 人选 ("the person chosen for"), 候选人
("candidate"), 提名人选. The word belongs to the title as written (docs/labels.md, official: the title is
the post as written next to the name), and the name follows it, not the post.
"""

from __future__ import annotations

from typing import List, Tuple

#: Words of nomination after a post, longest first: the title runs on through them.
NOMINEE_WORDS = ("提名人选", "候选人", "人选")

#: The first characters of the words of nomination.
_OPENERS = frozenset(w[0] for w in NOMINEE_WORDS)

Span = Tuple[int, int]


def nominee_posts(text: str, titles: List[Span]) -> List[Span]:
    """``titles`` with each post that a word of nomination follows right after it run on through the word
    (主席 + 人选: 主席人选), so that the name after the word is the post's holder."""
    out: List[Span] = []
    for s, e in titles:  # (a character's look per post: cheaper than a scan of the whole text for the words)
        word = next((w for w in NOMINEE_WORDS if text.startswith(w, e)), None) if text[e : e + 1] in _OPENERS else None
        out.append((s, e + len(word)) if word is not None else (s, e))
    return out
