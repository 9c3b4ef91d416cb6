"""The syllable characters of transliterated names (米尔济约耶夫, 扎西次仁, 阿不都热合曼) and what
they say about a run of text: ``transliteration.tsv``, by script."""

from __future__ import annotations

from functools import lru_cache
from typing import FrozenSet, Sequence

from baokan.annotators.core.lexicon import read_table
from baokan.annotators.language.yi_names import opens_with_clan

#: Middle dots and dashes that join the parts of a transliterated name.
_JOINERS = "·•‧・･—－-"


@lru_cache(maxsize=1)
def transliteration_chars() -> FrozenSet[str]:
    """The characters of transliteration.tsv: what foreign and minority names are written with."""
    return frozenset(c for row in read_table("transliteration").rows for c in row.get("chars", "").strip())


def looks_transliterated(name: str) -> bool:
    """Whether at least half of a dotted name's characters are transliteration characters, or a Yi clan
    opens it (苏呷·石且): 居麦·阿卜力孜 is a name, 落地有声·高质量 (a column's name) is not."""
    chars = [c for c in name if c not in _JOINERS]
    table = transliteration_chars()
    return bool(chars) and (2 * sum(c in table for c in chars) >= len(chars) or opens_with_clan(name))


def inside_syllables(run: str, i: int, list_words: Sequence[str] = ()) -> bool:
    """Whether a one-character stop word at ``run[i]`` is a syllable inside a transliterated name:
    transliteration characters on both sides (都 of 阿不都热合曼, not of 买买提都说); a word that joins
    a list (``list_words``: 和, 与) still ends the name."""
    table = transliteration_chars()
    return (
        i >= 2
        and run[i] in table
        and run[i] not in list_words
        and all(c in table for c in run[i - 2 : i])
        and run[i + 1 : i + 2] in table
        and bool(run[i + 1 : i + 2])
    )
