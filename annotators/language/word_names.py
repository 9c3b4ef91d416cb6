"""Names that are also everyday words, right after a leading post (issue 19, session 10).

Many given names make a word with the surname (高峰 "peak", 高尚 "noble", 方圆 "surroundings", 林海
"sea of forest", 林立 "stand in great numbers"), and jieba's dictionary or the name guesser then reads
the word, not the name. Right after a post that one person holds (a leader's, deputy's or member's:
``县委副书记``, ``镇党委书记``, ``宣传部部长``), and before a verb leaders' names stand before in reports
(``主持``, ``介绍``, ``强调``, ``在``; ``name_edge_verbs.tsv``, role acting), such a word is the person's
name: ``县委副书记高峰有针对性地提出…``, ``镇党委书记高尚带领…``, ``宣传部部长方圆介绍…``. One adverb or
adjective may stand between the name and the verb (``林海生动讲述``). Between two posts of a
roll (``市委副书记温暖，市委常委某某``) the next post vouches for the name as the verb does,
whatever the surname's rank. A name read three characters long
over a doubled adverb before a verb (``所长吴刚刚到任``), or over a verb its last character opens where
jieba reads the verb there (``书记邹亮成为…``, ``副市长韦明确定…``), is the two-character name, unless the
page writes the longer name again (:func:`right_edge`).

Left alone: a word jieba reads there as an adverb, a time, a pronoun or a function word (``书记马上赶到``,
``局长周末值班``), a very common word (``高度``, ``方面``, ``程度``: more frequent in jieba's dictionary than any
name), a surname outside the hundred most common ones, and a post that a crowd holds (``特警方阵``,
``民警石头``: officers, not leaders).
"""

from __future__ import annotations

from functools import lru_cache
from typing import FrozenSet, List, Optional, Sequence, TypeVar

import msgspec
import msgspec.structs

from baokan.annotators.core.lexicon import lexicon, read_table
from baokan.annotators.language import names, words
from baokan.annotators.language.chars import HAN_CHAR, HAN_RUN
from baokan.annotators.language.name_tails import closes_list, frees_lone_word

#: jieba flags (in context) of a word that is no name there: adverbs, times, pronouns, numerals,
#: measure words, prepositions, conjunctions, particles, localisers, verbs.
_NOT_NAME = ("d", "t", "r", "m", "q", "p", "c", "u", "f", "v", "y", "e", "o")
#: jieba flags of a word that may stand between the name and its verb (林海 + 生动 + 讲述).
_ADVERBIAL = ("d", "ad", "a", "vn")
#: A dictionary word counted more often than this is too common to be a name (高度 6119, 方面 26963).
COMMON_WORD = 5000
#: The ranks of titles.tsv that one person holds.
_LEADING = ("leader", "deputy", "member")


@lru_cache(maxsize=1)
def edge_verbs() -> dict:
    """The words of ``name_edge_verbs.tsv`` by role (``acting``, ``hosted``), longest first."""
    out: dict = {}
    for row in read_table("name_edge_verbs").rows:
        if row.get("word"):
            out.setdefault(row.get("role", ""), []).append(row["word"])
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in out.items()}


@lru_cache(maxsize=1)
def _acting() -> FrozenSet[str]:
    return frozenset(edge_verbs().get("acting", ()))


@lru_cache(maxsize=1 << 12)  # the same posts on page after page
def leading_post(surface: str) -> bool:
    """Whether ``surface`` is a title of titles.tsv that one person holds (书记, 副县长, 委员 …)."""
    rows = read_table("titles").rows
    return any(table == "titles" and rows[i].get("rank") in _LEADING for table, i in lexicon().lookup(surface))


def _in_roll_of_posts(text: str, end: int) -> bool:
    """Whether a comma or 、 at ``end`` is followed by a leading post (two to six characters):
    the next item of a roll of posted names (``市委副书记温暖，市委常委、宣传部长某某``)."""
    if text[end : end + 1] not in ("，", "、"):
        return False
    q = end + 1
    return any(leading_post(text[q : q + k]) for k in range(2, min(len(text) - q, 6) + 1))


def _after_leading_post(text: str, pos: int) -> bool:
    """Whether a leading post (two to six characters) ends right before ``pos``."""
    return any(leading_post(text[pos - k : pos]) for k in range(2, min(pos, 6) + 1))


def word_name_after_post(text: str, pos: int) -> Optional[int]:
    """The end of a two-character name at ``pos`` that is also a word, right after a leading post
    and before a verb of acting (see the module's docstring); None otherwise."""
    if pos + 3 > len(text) or names.surname_at(text, pos) != 1:
        return None
    roll = _in_roll_of_posts(text, pos + 2)  # 市委副书记温暖，市委常委某某: any surname between two posts
    if not roll and not names.surnames().get(text[pos]):
        return None
    if not words.is_word(text[pos : pos + 2]):  # (names the dictionary lacks are jieba's guesses, read before)
        return None
    if not _after_leading_post(text, pos):
        return None
    tagged = names.tag(text[pos : pos + 8])
    word, flag = tagged[0]
    if len(word) != 2 or flag.startswith(_NOT_NAME) or words.freq(word) > COMMON_WORD:
        return None
    if roll:
        return pos + 2
    verb = tagged[1][0] if len(tagged) > 1 else ""
    if verb not in _acting() and not (
        len(tagged) > 2 and tagged[1][1] in _ADVERBIAL and len(verb) == 2 and tagged[2][0] in _acting()
    ):
        return None
    return pos + 2


#: jieba flags of a two-character word that is no given name even before an idiom: adverbs, times,
#: pronouns, numerals, measure words, prepositions, conjunctions, particles, localisers.
_NO_GIVEN = ("d", "t", "r", "m", "q", "p", "c", "u", "f", "y", "e", "o")
#: jieba flags of the second word of a four-character description of how someone acts or looks
#: (步履 + 匆匆, 神情 + 专注): a state word or an adjective.
_DESCRIBING = ("z", "a")


def _describes(four: str) -> bool:
    """Whether four characters are an idiom (马不停蹄, 忙前忙后) or a noun and a state word or adjective
    (步履匆匆, 神情专注): a description of the person that stands where a verb would."""
    if words.word_tag(four) in ("i", "l"):
        return True
    tagged = names.tag(four)
    return len(tagged) == 2 and len(tagged[0][0]) == 2 and tagged[1][1].startswith(_DESCRIBING)


def given_word_before_idiom(text: str, pos: int) -> Optional[int]:
    """The end of a three-character name at ``pos`` whose given name is a dictionary word (程 + 后发, 周 +
    前进), right after a leading post and before a four-character description that ends the clause
    (``村党支部书记程后发步履匆匆，``, ``镇长周前进马不停蹄地…``): jieba reads the given name as the word and
    the idiom leaves no verb to end the name at; None otherwise."""
    end = pos + 3
    if end + 4 > len(text) or names.surname_at(text, pos) != 1 or not names.surnames().get(text[pos]):
        return None
    after = text[end + 4 : end + 5]
    if after and HAN_CHAR.match(after) and after != "地":  # the description ends the clause, or 地 + the verb
        return None
    if not _after_leading_post(text, pos) or words.is_word(text[pos:end]):
        return None
    tagged = names.tag(text[pos:end])
    if len(tagged) != 2 or tagged[0][0] != text[pos] or len(tagged[1][0]) != 2:
        return None  # (jieba reads the surname alone and the given name as one word)
    given, flag = tagged[1]
    if flag.startswith(_NO_GIVEN) or words.freq(given) > COMMON_WORD:
        return None
    cuts = words.boundaries(text[pos : end + 4])
    if 3 not in cuts or not HAN_RUN.fullmatch(text[end : end + 4]) or not _describes(text[end : end + 4]):
        return None
    return end


def doubled_adverb_end(text: str, pos: int, end: Optional[int]) -> Optional[int]:
    """``end`` of a name at ``pos``, one character shorter where its last two characters are a
    doubled adverb whose single character is an adverb too and a verb follows (所长吴刚 + 刚到任:
    jieba reads 吴 + 刚刚 + 到任), unless the page writes the longer name again; ``end`` otherwise."""
    if end is None or end - pos != 3 or text[end - 1] != text[end - 2] or names.surname_at(text, pos) != 1:
        return end
    doubled, single = text[end - 2 : end], text[end - 1]
    if not (words.word_tag(doubled).startswith("d") and words.word_tag(single).startswith("d")):
        return end
    after = names.tag(text[end : end + 4])
    if not after or not after[0][1].startswith("v") or text.count(text[pos:end]) > 1:
        return end
    return end - 1


#: jieba dictionary flags of a word that a name's last character may open (成为, 成功, 明确, 确定).
_VERB_FLAGS = ("v", "a", "ad")


def right_edge(text: str, pos: int, end: Optional[int]) -> Optional[int]:
    """``end`` of a name at ``pos`` right after a title, one character shorter where the page gives the
    last character to the verb after it: a doubled adverb (:func:`doubled_adverb_end`), or a verb or
    adjective of two characters it opens that jieba reads there (镇党委书记邹亮 + 成为, 副市长韦明 +
    确定), unless the page writes the longer name again (副县长王明确主持 … 王明确定) or a verb of saying
    follows the longer name (周德明 + 说, 童德发 + 表示: jieba cuts 明说, 发表 there)."""
    if end is None or end - pos != 3:
        return end
    shorter = doubled_adverb_end(text, pos, end)
    if shorter != end or names.surname_at(text, pos) != 1:
        return shorter
    if not words.word_tag(text[end - 1 : end + 1]).startswith(_VERB_FLAGS) or names.says_at(text, end):
        return end
    cuts = words.boundaries(text[pos : end + 3])
    if 2 not in cuts or 3 in cuts or text.count(text[pos:end]) > 1 or frees_lone_word(text, end):
        return end  # (孔令杰 + 出庭: jieba's 杰出 leaves 庭 alone)
    if closes_list(text, end):
        return end  # 梁会平 + 等领导: jieba's 平等 leaves 等 to close the list

    return end - 1


T = TypeVar("T", bound=msgspec.Struct)


def parallel_edges(text: str, found: Sequence[T]) -> List[T]:
    """``found`` (titled mentions with ``start``, ``end`` and ``name``) with a three-character name cut
    to two where its last character and the two after it repeat what follows another titled name of
    the article (县政府副县长程海龙 + 作的关于…, 县人大办公室主任李谦 + 作的关于…: jieba reads 李谦作 as one
    name): the page's own parallel frame gives the character to the predicate."""
    if len(found) < 2:
        return list(found)
    after = {text[f.end : f.end + 3] for f in found}  # type: ignore[attr-defined]
    out: List[T] = []
    for f in found:
        start, end, name = f.start, f.end, f.name  # type: ignore[attr-defined]
        tail = text[end - 1 : end + 2]
        if len(name) == 3 and names.surname_at(text, start) == 1 and len(tail) == 3 and tail in after:
            f = msgspec.structs.replace(f, end=end - 1, name=name[:-1])
        out.append(f)
    return out
