"""The one-character verb 任 ("takes the post of") glued between a name and a new post (issue 19).

Personnel news writes a name, then 任, then the new post, with no space or comma
(``某县委书记王某任某市委常委``). Read back from the post, the name then seems to end in 任; it is
the verb when the same name, read back from before the 任, starts at the same character.
"""

from __future__ import annotations

from typing import Optional

from baokan.annotators.language.official_words import name_before_post


def glued_post_verb(text: str, chain_start: int, start: Optional[int]) -> bool:
    """Whether the name read back from a post at ``chain_start`` (starting at ``start``) ends in the
    verb 任 rather than a syllable of the name (王某 + 任 + 某市委常委)."""
    return (
        start is not None
        and text.endswith("任", 0, chain_start)
        and chain_start - 1 > start
        and name_before_post(text, chain_start - 1) == start
    )
