"""The last character of a given name that jieba leaves apart (杨强 + 文 + 指出, 宋明 + 强 + 带领).

jieba often tags a surname and the first given-name character as a name and the third
character as a word of its own. That character belongs to the name when it is a noun or an
adjective to jieba and a verb of saying or of meeting (座谈, which jieba tags a noun), a stop word or
punctuation follows it; not when it
is a locative noun, which names a place by the person (书记王明家, 主任王明处).
"""

from __future__ import annotations

from functools import lru_cache
from typing import FrozenSet, Tuple

from baokan.annotators.core.lexicon import read_table
from baokan.annotators.language import words

#: jieba flags of a lone character that can end a given name: nouns, adjectives, abbreviations.
TAIL_FLAGS = frozenset({"n", "ng", "a", "ag", "j", "nz", "ns", "nr"})
#: Nouns that say where, after a name (王明家, 王明处): never the end of the name.
LOCATIVES = frozenset("家处里旁边前后上下时中内外")


#: jieba dictionary frequency under which a lone character that jieba takes for an adverb only in
#: context (立 is a verb to its dictionary) may end a name: 也, 又, 即, 曾 are far commoner.
GUESSED_ADVERB_FREQ = 10000


#: jieba flags of the word after such a name that end it as surely as a stop word does:
#: adverbs, times, pronouns, numerals, prepositions, idioms (汪洋 + 明 + 深有体会).
AFTER_FLAGS = ("d", "t", "r", "m", "p", "i", "l", "nt")


def given_tail(char: str, flag: str, stop: bool, after: Tuple[str, str] = ("", "")) -> bool:
    """Whether a lone character jieba tagged ``flag`` after a two-character name ends it: ``stop``
    (a stop word or punctuation follows it), or ``after`` (the next word and its flag) is an adverb,
    a time word, an idiom or a verb of two or more characters."""
    if len(char) != 1 or flag not in TAIL_FLAGS or char in LOCATIVES:
        return False
    word, next_flag = after
    verb = next_flag.startswith("v") or word in meeting_verbs()  # 莫高 + 义 + 座谈 (jieba: a noun)
    return stop or next_flag.startswith(AFTER_FLAGS) or (verb and len(word) > 1)


@lru_cache(maxsize=1)
def meeting_verbs() -> FrozenSet[str]:
    """Verbs of meeting and visiting that jieba may tag as nouns (会见, 座谈, 慰问): ``official_cues.tsv``'s
    ``org_stop`` words."""
    rows = read_table("official_cues").rows
    return frozenset(r["word"] for r in rows if r.get("kind") == "org_stop" and r.get("word"))


def guessed_adverb_tail(char: str, flag: str, says_next: bool) -> bool:
    """Whether a lone character jieba tagged an adverb after a two-character name ends it (章斌 + 立 +
    表示): a verb of saying follows (``says_next``), its dictionary lists it as no adverb, and it
    is no common word (也, 又 and 即 before 表示 are adverbs)."""
    if len(char) != 1 or not flag.startswith("d") or not says_next:
        return False
    return not words.word_tag(char).startswith("d") and words.freq(char) < GUESSED_ADVERB_FREQ
