"""The left edge of a post inside a title chain: how far a post's body reaches back to the joint
(、 or 兼) after the post before it, or to the clause boundary before the chain's first post.

A title chain is a run of posts, each a body and a post head (``自治区党委常委、政法委书记、
自治区扫黑除恶专项斗争领导小组组长``). The organisation reader of :mod:`titles` walks left over nouns
and stops at a verb or a name; inside a chain the walk may end too early, at a campaign name in the
body (扫黑除恶 are verbs to jieba), at a village's name that reads as a person's (黄儿营 + 西村), or at
a session or meeting word (发展 + 年 + 会). There the grammar of the chain decides: after a joint
that a post head stands right before, the next post's body starts at the joint, when what lies
between reads as the name of a body (it opens with a noun, a place, a name's first word or a
session number, and holds no preposition, conjunction, particle, adverb, pronoun or time word);
before the first post of a chain of two or more, the body reaches back to the clause boundary on
the same terms, save that it may open with neither a name nor a verb.

A working group that a level's party committee or government sets up for one task is named by the
task (``自治区著力创建全国某某模范区专项组``, ``省推进某某工作领导小组``): verbs and all, the task is the
group's name, and its body reaches back to the level word that opens it right after a clause mark or a
joint (:func:`task_body_start`). Then the post joins the posts before the comma as one chain.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Collection, Sequence, Tuple

from baokan.annotators.language import names
from baokan.annotators.language.title_words import cues

#: jieba flags that never stand inside a body's name (prepositions, conjunctions, particles, adverbs,
#: pronouns, modal particles, interjections, onomatopoeia, punctuation, time words).
_NOT_BODY = ("p", "c", "u", "d", "r", "y", "e", "o", "x", "k", "t")
#: Flags a body's name may open with: a noun, a place, an organisation, a number or a session (十四届), a
#: distinguishing word (省级), an abbreviation, a verbal noun (发展改革委) or a level word (县); a verb, an
#: idiom (贯彻落实 + 某县副县长) or a locative opens a clause instead.
_OPENING = ("n", "m", "b", "j", "s", "vn", "zg")
#: The heads of a village's or a township's post (村党委书记, 镇长), as titles.PLACE_HEADS: the name before
#: them may read as a person's (王小营 + 西村).
_VILLAGE_HEADS = ("村", "社区", "镇", "乡", "街道", "嘎查")
#: What ends a clause before a chain's first post (its body may reach back to one of them).
CLAUSE_MARKS = "，,。；;：:！!？?\n"
#: How many characters a body reached back to may hold.
MAX_BODY = 24
#: How many characters a working group's name, task and all, may hold (省推进长江经济带发展和生态环境保护
#: 工作领导小组: 22).
MAX_TASK_BODY = 32
#: What ends the stretch a working group's name is read back over: a clause mark, a joint, a quotation
#: or a bracket (a quoted task is left to the body reader).
_TASK_BREAKS = CLAUSE_MARKS + '、“”"《》（）()'
#: jieba flags that never stand inside a task's words: names, particles (了, 的), pronouns, times,
#: modal particles, interjections, onomatopoeia, punctuation.
_NOT_TASK = ("nr", "u", "r", "t", "y", "e", "o", "x", "k")


def body_material(text: str, start: int, end: int, *, name_first: bool) -> bool:
    """Whether ``text[start:end]`` reads as the name of a body before a post head.

    Args:
        text (str): The article text.
        start (int): Where the would-be body starts.
        end (int): Where its post head starts.
        name_first (bool): Whether the body may open with a word jieba reads as a person's name
            before a village's or township's post (a village's name after a joint: 王小营 + 西村; not at a
            clause start, where a name opens a sentence).

    Returns:
        bool: True when every word is a body's (nouns, places, numbers, a campaign's verbs inside).
    """
    if not 0 < end - start <= MAX_BODY:
        return False
    tagged = names.tag(text[start:end])
    first, flag = tagged[0]
    if not flag.startswith(_OPENING):
        return False
    if flag.startswith("nr") and not (name_first and len(tagged) > 1 and text.startswith(_VILLAGE_HEADS, end)):
        return False  # 局长、王五 + 局长: a name, then a post of its own
    if any(f.startswith("nr") for _, f in tagged[1:]):
        return False  # 镇党委某某书记、镇政府 + 某某 + 镇长: a name between a body and its post
    return not any(f.startswith(_NOT_BODY) and not w.startswith("某") for w, f in tagged)


def joint_start(text: str, prev_end: int, start: int, head: int, joins: Sequence[str]) -> int:
    """Where a post whose body starts at ``start`` (head at ``head``) starts when a joint follows the
    post before it, which ends at ``prev_end``: at the joint's end when the stretch between is a
    body's name (、 + 自治区扫黑除恶 + 专项斗争领导小组组长); else ``start``."""
    joint = max((w for w in joins if text.startswith(w, prev_end)), key=len, default=None)
    if joint is None:
        return start
    after = prev_end + len(joint)
    if after < start <= head and body_material(text, after, head, name_first=True):
        return after
    return start


def clause_start(text: str, floor: int, start: int, head: int) -> int:
    """Where the first post of a chain starts when its body may reach back to ``floor``, the first
    character after a clause mark (or the text's start): at ``floor`` when the stretch up to the head
    is a body's name (，+ 全国某某发展年 + 会主席、…); else ``start``."""
    if not floor < start <= head or (floor > 0 and text[floor - 1] not in CLAUSE_MARKS):
        return start
    return floor if body_material(text, floor, head, name_first=False) else start


@lru_cache(maxsize=1)
def _task_words() -> Tuple[Tuple[str, ...], frozenset, frozenset]:
    """official_cues.tsv's ``task_group`` words (领导小组, 专项组 …), ``task_level`` words (自治区, 省 …)
    and ``task_stop`` verbs (成立, 调整 …)."""
    kinds = cues()
    groups = tuple(sorted(kinds.get("task_group", ()), key=len, reverse=True))
    return groups, kinds.get("task_level", frozenset()), kinds.get("task_stop", frozenset())


def task_body_start(text: str, start: int, head: int, end: int, limit: int, opens_at: Collection[int]) -> int:
    """Where a post in a working group named by its task starts: at the level word that opens the
    group's name (，+ 自治区著力创建全国某某模范区专项组 + 组长), where the body read before stopped at a
    verb of the task (模范区专项组); else ``start``.

    Args:
        text (str): The article text.
        start (int): Where the post's body starts as read so far.
        head (int): Where its position starts.
        end (int): Where its position ends (领导小组组长 holds the group).
        limit (int): No body reaches left of this offset (the last post's end).
        opens_at (Collection[int]): Where the article's known places and bodies start (杭州市 + 创建…).

    Returns:
        int: The level word's offset, right after a clause mark or a joint or at the text's start,
        where the words from it to ``start`` read as a task (no name, particle, pronoun or time word,
        no verb founding the group); else ``start``.
    """
    groups, levels, stops = _task_words()
    if not any(g in text[start:end] for g in groups):  # (one scan rules out most posts)
        return start
    lo = max(limit, head - MAX_TASK_BODY, 0)
    floor = 0 if lo == 0 else -1  # the text's start, or the first character after a break
    for k in range(start - 1, lo - 1, -1):
        if text[k] in _TASK_BREAKS:
            floor = k + 1
            break
    if not 0 <= floor < start:  # (no break within reach: no name of a group so long)
        return start
    tagged = names.tag(text[floor:start])
    first = tagged[0][0]
    if first not in levels and floor not in opens_at:
        return start
    if any(f.startswith(_NOT_TASK) or w in stops for w, f in tagged[1:]):
        return start
    return floor
