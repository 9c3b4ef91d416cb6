"""Edges of posts and names that pages of other papers write (issue 19).

County, city and police papers name offices and people in shapes the People's Daily
pages rarely hold: an office jieba reads as a person's name before its own head's post
(``宣传处处长``, ``祝贺团团长``), a verb opening a task group after ``、``
(``副局长、破案会战领导小组副组长``), a name whose surname the table lacks
(``局长普永进``), a shop's character in a police station's place name
(``窦店公安检查站``), honorary posts (``名誉副县长``) and a cadre's assigned duty that the
title's start cuts (``大溪边村联`` + ``村干部``). The small tests here are
read by :mod:`titles` (the body of a post) and :mod:`official_words` (names and
public posts).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Dict, Optional, Sequence, Tuple

from baokan.annotators.core.lexicon import read_table
from baokan.annotators.language import names, words
from baokan.annotators.language.chars import HAN_CHAR, HAN_RUN

#: Heads of government offices and delegations whose chief's post repeats them (宣传处 + 处长,
#: 祝贺团 + 团长); not 院 (合肥院 + 院长: a research institute's short form) nor the heads the
#: org tables name whole.
_DOUBLED_HEADS = frozenset("处科股站队团")

#: What makes the post after it an honour, not a public post (名誉副县长).
HONORARY = "名誉"


def doubled_head(text: str, pos: int, word: str) -> bool:
    """Whether ``word`` ends with an office head that the post at ``pos`` repeats
    (宣传处 + 处长, 预算科 + 副科长): the word names that office."""
    rest = text[pos : pos + 5]
    rest = rest[3:] if rest.startswith("常务副") else rest[1:] if rest.startswith("副") else rest
    return len(word) >= 2 and word[-1] in _DOUBLED_HEADS and rest[:1] == word[-1] and rest[1:2] == "长"


def verb_opens_body(text: str, end: int, start: int) -> bool:
    """Whether the few characters between a post's end + ``、`` and the next post's body
    (破案 in 副局长、破案会战领导小组副组长) open that body: Han characters, no surname."""
    gap = text[end + 1 : start]
    return (
        text[end : end + 1] == "、"
        and 0 < len(gap) <= 4
        and HAN_RUN.fullmatch(gap) is not None
        and not names.surname_at(text, end + 1)
    )


def tagged_name(text: str, pos: int) -> Optional[int]:
    """The end of a three-character word jieba tags a person's name at ``pos`` whose surname
    the surname table lacks (普永进, a Yi surname): right after a title, a name all the same."""
    if pos >= len(text) or names.surname_at(text, pos) or HAN_RUN.fullmatch(text[pos : pos + 3]) is None:
        return None  # no tagging where the answer is no already (a three-character word is text[pos:pos+3])
    word, flag = names.first_tag(text[pos : pos + 6])
    if len(word) != 3 or flag != "nr" or names.surname_at(text, pos) or HAN_RUN.fullmatch(word) is None:
        return None
    return pos + 3


@lru_cache(maxsize=1)
def _police_heads() -> Tuple[str, ...]:
    """The ``head`` words of police_units.tsv (公安局, 派出所, 检查站 …)."""
    return tuple(r["word"] for r in read_table("police_units").rows if r.get("role") == "head" and r.get("word"))


def police_after_body(org: str, bodies: Sequence[str]) -> bool:
    """Whether a police head follows every body word of ``org`` (窦店 + 公安检查站: the 店 is
    a place's, no shop's): a public-security body, whatever its place's name holds."""
    last = max(org.rfind(b) + len(b) for b in bodies if b in org)
    return any(h in org[last:] for h in _police_heads())


def common_word(text: str) -> bool:
    """Whether ``text`` is a dictionary word other than a full name jieba tags a proper name
    (高度, 经过, 殷殷; not 邱娥国, a name it happens to list as a place)."""
    return words.is_word(text) and not (len(text) > 2 and words.word_tag(text).startswith(("nr", "ns")))


def unglued_end(text: str, pos: int, end: Optional[int]) -> Optional[int]:
    """``end`` less a verb of two characters glued to a three-character name (孙 + 宝华 + 参加:
    jieba reads no name there, and the guess runs on into the verb), or less the 任 ("takes the post
    of") glued to a two-character name before a place (某某 + 任 + 商洛市委常委)."""
    if end is not None and end - pos == 3 and text[end - 1] == "任" and names.surname_at(text, pos) == 1:
        word, flag = names.first_tag(text[end : end + 6])
        return end - 1 if flag in ("ns", "nr", "nt") or word.endswith(("市委", "县委", "区委", "省委")) else end
    if end is None or end - pos != 5 or names.surname_at(text, pos) != 1 or not HAN_CHAR.match(text[pos + 3]):
        return end
    return end - 2 if words.word_tag(text[end - 2 : end]).startswith("v") else end


def assignment_post(org: str, position: str) -> Tuple[str, str]:
    """Move a duty of assignment (联村, 包户, 结对) from the end of the organisation to the
    position: 大溪边村联 + 村干部 → 大溪边村, 联村干部 (the word whole, or cut by the title's start)."""
    cuts = _assignment_cuts()
    for k in range(min(len(org) - 1, 3), 0, -1):
        for rest in cuts.get(org[-k:], ()):
            if position.startswith(rest):
                return org[:-k], org[-k:] + position
    return org, position


@lru_cache(maxsize=1)
def _assignment_cuts() -> Dict[str, Tuple[str, ...]]:
    """Each head of an assignment word (联, 联村) → the rests that complete it (村, '')."""
    out: Dict[str, set] = {}
    for word in assignment_words():
        for k in range(1, len(word) + 1):
            out.setdefault(word[:k], set()).add(word[k:])
    return {head: tuple(rests) for head, rests in out.items()}


@lru_cache(maxsize=1)
def assignment_words() -> Tuple[str, ...]:
    """The ``assignment`` words of official_cues.tsv (联村, 包村, 驻村, 结对 …)."""
    return tuple(r["word"] for r in read_table("official_cues").rows if r.get("kind") == "assignment" and r.get("word"))


def after_adjectives(text: str, new: int, start: int) -> int:
    """Where the body's name in ``text[new:start]`` starts once words jieba tags as adjectives
    (落实, tagged ``a``) are left out: a division's name holds none."""
    off = cut = new
    for word, flag in names.tag(text[new:start]):
        off += len(word)
        if flag == "a":
            cut = off
    return cut


#: How common a word that opens on a title's last character must be to unmake the title (警务: 31).
RUN_ON_TITLE_WORD = 20


def word_past_title(text: str, end: int, window: str, lo: int) -> bool:
    """Whether jieba reads a word that starts on the last character of a two-character title ending
    at ``end`` and runs past it (新 + 警务, 县 + 长期): the title is no word of its own there.
    ``window`` is ``text[lo:…]`` around the title. A place or a name so read is not counted: the
    name after the post wins there (长江 of 县长江某, ``official_chains._name_across``)."""
    past = words.word_across(window, end - lo, names.tag)
    return (
        past is not None
        and text.startswith(past[0], end - 1)
        and len(past[0]) > 1
        and not past[1].startswith(("ns", "nr"))
        and words.freq(past[0]) >= RUN_ON_TITLE_WORD
    )


def bracket_goes_on(text: str, pos: int) -> bool:
    """Whether a post in brackets after a name goes on past a comma at ``pos`` to the closing bracket
    (``某某（时任某省代省长，后任省长）``): the first post is the name's, what follows is a later one."""
    if text[pos : pos + 1] not in ("，", ",", "；", ";"):
        return False
    for ch in text[pos + 1 : pos + 16]:
        if ch in "）)":
            return True
        if ch in "（(。\n":
            return False
    return False


def names_a_day(text: str, end: int) -> bool:
    """Whether the post ending at ``end`` names a profession's day with the 节 after it (警察节, 记者节: a
    festival, no post; 祝贺警察节). 节 that opens a longer word (节假日, 节目) leaves the post alone."""
    if not text.startswith("节", end):
        return False
    spans = words.word_spans(text[end : end + 4])
    return bool(spans) and spans[0] == (0, 1)
