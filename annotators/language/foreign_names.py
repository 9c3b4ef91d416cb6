"""Names of foreign leaders next to a post of a foreign state (``总统某某``, ``某某总统``).

Foreign names are written in the characters of ``transliteration.tsv``, but short ones
often hold a character outside the syllable tables (the 京 kind) and jieba tags them
as places (ns) as often as names. Next to a foreign post (titles.tsv category
``foreign``) the question is narrower than in running text, so a looser test does:
a run of two to five Han characters, at least half of them transliteration characters,
that jieba does not read as an everyday word or a verb, and that ends where a name may
end (punctuation, a verb of saying, a function word) or starts where one may start.
"""

from __future__ import annotations

from functools import lru_cache
from typing import FrozenSet, Optional

from baokan.annotators.core.lexicon import read_table
from baokan.annotators.language import names, words
from baokan.annotators.language.chars import HAN_CHAR, han_run_start
from baokan.annotators.language.place_words import everyday

#: The longest foreign name taken without a middle dot (卢卡申科, 米尔济约耶夫 is longer but all syllables).
_MAX = 6
#: The rows of transliteration.tsv that write personal names of China's minorities.
MINORITY_SCRIPTS = ("tibetan", "mongolian", "uyghur", "kazakh")
#: jieba flags of a word that may be a foreign name: person and place names, other proper nouns.
_NAME_LIKE = ("nr", "nrt", "nrfg", "ns", "nz")


def _name_like(run: str) -> bool:
    """Whether ``run`` may be a foreign name: half or more transliteration characters, and one
    word jieba tags as a proper noun, or a run of three or more transliteration characters."""
    table = names.transliteration_chars()
    hits = sum(c in table for c in run)
    if not 2 <= len(run) <= _MAX or 2 * hits < len(run):
        return False
    if hits == len(run) and len(run) >= 3:
        return True  # 马克龙: jieba may cut it (马克 + 龙), the syllables do not
    tagged = names.tag(run)
    return len(tagged) == 1 and tagged[0][1] in _NAME_LIKE


def foreign_name_at(text: str, pos: int) -> Optional[int]:
    """The end of a foreign name right after a foreign post (``总统普京表示`` → 普京), or None."""
    end = pos
    while end < len(text) and end - pos < _MAX + 1 and HAN_CHAR.match(text[end]) and not names._stop_at(text, end):
        end += 1
    if end - pos > _MAX or not names._stop_at(text, end):
        return None
    return end if _name_like(text[pos:end]) else None


def foreign_name_before(text: str, end: int) -> Optional[int]:
    """The start of a foreign name right before a foreign post (``同普京总统会谈`` → 普京), or None.

    The name is jieba's last word before the post, or the run of transliteration characters
    there (会见马克龙总统: jieba cuts 马克 + 龙)."""
    lo = han_run_start(text, end, _MAX + 2)
    if lo == end:
        return None
    table = names.transliteration_chars()
    start = end
    while start > lo and text[start - 1] in table:
        start -= 1
    if end - start >= 3 and _name_like(text[start:end]) and _starts_name(text, start):
        return start
    last = names.tag(text[lo:end])[-1][0]
    start = end - len(last)
    return start if _name_like(last) and _starts_name(text, start) else None


def _starts_name(text: str, start: int) -> bool:
    """Whether a name may start at ``start``: no Han character before it, or a word ends there."""
    if start == 0 or not HAN_CHAR.match(text[start - 1]):
        return True
    lo = max(0, start - 3)
    return (start - lo) in names.words.boundaries(text[lo : start + 3])


@lru_cache(maxsize=1)
def minority_chars() -> FrozenSet[str]:
    """The characters of transliteration.tsv's Tibetan, Mongolian and Uyghur rows."""
    rows = read_table("transliteration").rows
    return frozenset(c for r in rows if r.get("script") in MINORITY_SCRIPTS for c in r.get("chars", "").strip())


def minority_name_at(text: str, pos: int) -> Optional[int]:
    """The end of a two-character Tibetan, Mongolian or Uyghur name right after a post (``县委书记旦增说``),
    or None: both characters from those rows, no everyday word or verb, and a clean end after it."""
    end = pos + 2
    run = text[pos:end]
    if len(run) < 2 or not all(c in minority_chars() for c in run) or not names._stop_at(text, end):
        return None
    if words.is_word(run) and not words.word_tag(run).startswith(_NAME_LIKE):
        return None  # a dictionary word that is no name (多次, 加强)
    tagged = names.tag(run)
    return None if len(tagged) == 1 and tagged[0][1].startswith("v") else end


def holds_everyday_word(run: str) -> bool:
    """Whether ``run`` holds a common word of two characters or more (确保, 加强): a run of minority
    syllables that does is running text, not a name (白音, 巴音 are no such word)."""
    return any(everyday(run[i:j]) for i in range(len(run) - 1) for j in range(i + 2, len(run) + 1))


#: Words of address after a name (巴斯克斯|博士, 某某|先生): a name by sound ends right before them.
_ADDRESS = ("博士", "先生", "女士", "阁下", "夫人")


def name_past_to_address(text: str, start: int, end: int) -> Optional[int]:
    """The end of a name read as ``text[start:end]`` that runs on over transliteration characters to a
    word of address right after it (``区长巴斯克斯博士``: the name guesser reads 巴斯克, the address
    closes 巴斯克斯); None where no such run reaches an address word."""
    table = names.transliteration_chars()
    if end >= len(text) or text[end] not in table or text.startswith(_ADDRESS, end):
        return None
    stop = end
    while stop < len(text) and stop - start < _MAX and text[stop] in table and not text.startswith(_ADDRESS, stop):
        stop += 1
    if not text.startswith(_ADDRESS, stop) or any(c not in table for c in text[start:end]):
        return None
    return stop
