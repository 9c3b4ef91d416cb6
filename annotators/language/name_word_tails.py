"""A given name's last character that is also a word of its own, read by the page's evidence (issue 19).

Many three-character names end in a character that is also a one-character word able to follow a
two-character name: 才 ("only then"), 发, 有, 明, 和 (``name_word_tails.tsv``). jieba then reads the
name two characters long (程军 + 才, 罗均 + 发 + 及, 周安 + 有 + ，). Right after a title, a name of a
surname and one character is read one character longer over such a character where the page says so:

- punctuation or a list mark follows the character (副市长周安有，…; 副县长曹玉发、…), or a list word
  (罗均发及刘振华, 范志才及市直部门): no one-character word of the table closes a clause after a name or
  stands before 及, 和, 与 or 等 there, while a name does;
- the name is an item of a list whose other items are three characters long (曹玉发、胡长有、宋明才参加);
- a verb of attending follows a character that is a verb, adjective or noun as a word
  (县长钱学有出席: no 有 stands between a name and 出席), not an adverb or a conjunction (才出席); so does
  the verb of a clause opened by 由 (会议由副主任钱学有主持: ``name_edge_verbs.tsv``, role hosted).

The two-character reading stays where a word goes on after the character (市长王军 + 才到任, 县长赵刚
+ 和副县长…, 县委书记李明 + 说，): the character is then the word jieba reads.
"""

from __future__ import annotations

from functools import lru_cache
from typing import FrozenSet, Optional, Tuple

from baokan.annotators.core.lexicon import read_table
from baokan.annotators.language import names, words
from baokan.annotators.language.chars import HAN_CHAR
from baokan.annotators.language.word_names import edge_verbs

#: Marks after which a name is whole: a clause's or a list's end.
_MARKS = "，、。；：,;:）)"
#: Words that close a list of names after its last item (罗均发及刘振华; 王德成等).
_LIST_WORDS = ("及", "和", "与", "等")
#: jieba flags of a character that is no name's middle (adverbs, prepositions, conjunctions, particles,
#: pronouns, numerals, measure words).
_FUNCTION_FLAGS = ("d", "p", "c", "u", "r", "m", "q", "y", "e")


@lru_cache(maxsize=1)
def tail_chars() -> FrozenSet[str]:
    """The characters of ``name_word_tails.tsv``."""
    return frozenset(r.get("char", "") for r in read_table("name_word_tails").rows if r.get("char"))


@lru_cache(maxsize=1)
def _attending_verbs() -> Tuple[str, ...]:
    """The verbs that close an attendance roll (``attendance_cues.tsv``, closer: 出席, 参加, 陪同,
    列席, 就座); wider verbs of saying and acting read either way after such a character."""
    rows = read_table("attendance_cues").rows
    return tuple(r.get("word", "") for r in rows if r.get("role") == "closer" and r.get("word"))


@lru_cache(maxsize=1)
def content_chars() -> FrozenSet[str]:
    """The characters of ``name_word_tails.tsv`` of kind ``content``: no word of theirs stands
    between a name and a verb of attending (钱学 + 有 + 出席 is 钱学有 出席)."""
    rows = read_table("name_word_tails").rows
    return frozenset(r.get("char", "") for r in rows if r.get("char") and r.get("kind") == "content")


def _three_item_list(text: str, pos: int) -> bool:
    """Whether the name at ``pos`` follows 、 and the item before it is a three-character name
    with a surname, bounded by a list mark or where a word starts after the title before it
    (…、胡长有、宋明才)."""
    if text[pos - 1 : pos] != "、" or pos < 4:
        return False
    start = pos - 4
    if not names.surname_at(text, start) or any(not HAN_CHAR.match(c) for c in text[start : pos - 1]):
        return False
    # bounded by a mark, or the first item right after its title where jieba starts a word (副县长 + 曹玉发)
    return (
        start == 0
        or text[start - 1] in "、，"
        or not HAN_CHAR.match(text[start - 1])
        or names._starts_word(text, start)  # noqa: SLF001
    )


def word_tail_end(text: str, pos: int, end: Optional[int]) -> Optional[int]:
    """``end`` of a name at ``pos`` right after a title, one character longer where the name is a
    surname (compound ones included) and one character and the next is a name's last character
    that the page's evidence keeps with it (see the module's docstring); ``end`` unchanged
    otherwise."""
    ls = names.surname_at(text, pos) if pos < len(text) else 0
    if not ls or end not in (None, pos + ls + 1):
        return end
    mid = pos + ls + 1
    if mid + 1 > len(text) or text[mid] not in tail_chars() or not HAN_CHAR.match(text[mid - 1]):
        return end
    if end is None and words.word_tag(text[mid - 1]).startswith(_FUNCTION_FLAGS):
        return end  # jieba found no name (范志 + 才 + 及): none where a function word would be its middle
    after = mid + 1
    if after >= len(text) or text[after] in _MARKS or text.startswith(_LIST_WORDS, after):
        return after  # 周安有，; 罗均发及; 欧阳明才，
    if end is not None and ls == 1 and _three_item_list(text, pos):
        return after
    if text[mid] in content_chars() and text.startswith(_attending_verbs(), after):
        return after  # 钱学有出席
    if text[mid] in content_chars() and text.startswith(edge_verbs().get("hosted", ()), after) and _by(text, pos):
        return after  # 会议由副主任钱学有主持: no 有 stands between 由's name and its verb
    return end


def _by(text: str, pos: int) -> bool:
    """Whether 由 ("by") opens the clause that holds the post before ``pos`` (会议由县人大常委会副主任 + …)."""
    lo = max(0, pos - 24)
    clause = max(text.rfind(mark, lo, pos) for mark in _MARKS)
    return "由" in text[max(lo, clause + 1) : pos]
