"""What officials.py reads around a title: names after a title, and the tests of a post that make it an
official one (an article's spans, sorted before: :mod:`.official_spans`; bylines, author lines and the
paper of a page: :mod:`.official_bylines`)."""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache
from typing import FrozenSet, List, Optional, Set, Tuple

from baokan.annotators.core import recache
from baokan.annotators.core.document import SpanIndex
from baokan.annotators.core.lexicon import read_table
from baokan.annotators.language import names, words
from baokan.annotators.language.chars import HAN
from baokan.annotators.language.counted_pairs import counted_pair
from baokan.annotators.language.foreign_names import minority_name_at
from baokan.annotators.language.former_posts import has_body
from baokan.annotators.language.glued import (
    function_word_for_surname,
    localizer_for_surname,
    preposition_of_place,
    trip_for_name,
)
from baokan.annotators.language.known_officials import known_name_before
from baokan.annotators.language.list_items import ITEM_SEPARATORS, first_list_item, listed_name, under_collective
from baokan.annotators.language.name_guards import verb_and_object, verb_and_pronoun
from baokan.annotators.language.name_tails import tail_end, unlisted_surname_name
from baokan.annotators.language.name_word_tails import word_tail_end
from baokan.annotators.language.names_over_places import name_past_place
from baokan.annotators.language.parallel_posts import repeated_post_name
from baokan.annotators.language.post_edges import (
    HONORARY,
    bracket_goes_on,
    common_word,
    police_after_body,
    tagged_name,
    unglued_end,
)
from baokan.annotators.language.private_bodies import (
    bodies_in,
    council_of_no_public_body,
    non_official_bodies,
    private_department,
    university_opens,
)
from baokan.annotators.language.spaced_names import PADS, spaced_name_end
from baokan.annotators.language.split_given import split_given_before
from baokan.annotators.language.titles import Chain, Span
from baokan.annotators.language.word_names import given_word_before_idiom, right_edge, word_name_after_post

_HAN = recache.compile(r"[" + HAN + r"]")
#: Services of the army whose bodies share names with companies' (空军某基地, 海军某基地).
ARMY_BRANCHES = ("陆军", "海军", "空军", "火箭军", "武警", "战略支援部队", "联勤保障部队")


def names_after(text: str, pos: int, blocked: SpanIndex, titles: Optional[SpanIndex] = None) -> List[Span]:
    """The names right after a title: one, or a list joined by 、 (and a last 和/及/与).

    Layout white space between the title and the name (a print line break) is skipped.
    A name holds no title of ``titles`` (和 + 省长 in 省委书记和省长王某 is none).
    """
    while pos < len(text) and text[pos] in " \u3000\n\t":
        pos += 1
    out: List[Span] = []
    collective = under_collective(text, pos)  # 省军级领导 + 维色、次旺多布杰: names no surname opens
    while True:
        end = word_tail_end(
            text, pos, tail_end(text, pos, unglued_end(text, pos, names.name_at(text, pos)))
        )  # 林海 + 生 + 对; 周安 + 有 + ，
        end = right_edge(text, pos, end)  # 吴刚 + 刚到任, 邹亮 + 成为
        if end is None and not out:
            end = name_before_adverb(text, pos)  # 黄浩平 + 多次强调: jieba made no name of it
        if end is None:
            # 局长 + 普永进; 书记 + 令续鹏 + 、; 省军级领导 + 维色 + 、
            end = tagged_name(text, pos) or first_list_item(text, pos) or listed_name(text, pos, collective)
        if end is None and (out or text.startswith(ITEM_SEPARATORS, pos + 2)):
            end = minority_name_at(text, pos)  # 县领导 + 扎西、次仁; 副旗长 + 恩和、巴特尔: two syllables, an item
        if end is None and not out:
            end = unlisted_surname_name(text, pos) or word_name_after_post(text, pos)  # 副秘书长 + 訚某; 书记 + 高峰
            end = end or given_word_before_idiom(text, pos)  # 书记 + 程后发 + 步履匆匆: a word for a given name
        if end is None and not out:
            end = repeated_post_name(text, pos)  # 民建市委会主委 + 解冬 + 、民进市委会主委黄震
        if end is None and not out and pos > 0 and text[pos - 1] in PADS:
            end = spaced_name_end(text, pos)  # 法院院长 + 陈 健: a signature line's padded name
        # a title or an organisation where the name would start (局长杭州市…) is no name
        if (
            end is None
            or (
                blocked.starts_at(pos, end - 1)
                and not _name_saying(text, pos, end, blocked)
                # 主任 + 高明哲: 高明 a district, the name longer; 、宁国庆、 in a list of names: 宁国 a city
                and not name_past_place(text, blocked, pos, end, listed=bool(out) and text[pos - 1] == "、")
            )
            or names.is_private(text, pos, end, left=pos)
            or anonymous(text[pos:end])
            or localizer_for_surname(text, pos, end)  # 副省长 + 后 + 于…: "after", no surname
            or preposition_of_place(text, pos, end)  # 民警 + 于现场 + 附近: "near the scene"
            or trip_for_name(text, pos, end)  # 省委主要领导 + 来秦 + 调研: "came to Qinhuangdao"
            or words.word_tag(text[pos:end]) == ORG_TAG  # 主委某某、+ 农工党 + 省委…: a party's name, the next body
            or verb_and_pronoun(text, pos, end)  # 民警 + 查到其 + 已…: a verb and its object, no name
            or (not out and verb_and_object(text, pos, end))  # 市领导 + 有开会: 有 a verb, 开会 its object
            or _joined_transliterated(text, pos, end)  # 副县长 + 和 + 次仁央宗: the list's 和, then a name
        ):
            return out
        if titles is not None and titles.overlaps(pos + 1, end):
            return out
        out.append((pos, end))
        nxt = end
        honorific = text.startswith(honorifics(), nxt) and next(w for w in honorifics() if text.startswith(w, nxt))
        if honorific and text[nxt + len(honorific) : nxt + len(honorific) + 1] == "、":
            nxt += len(honorific)  # 彭佳学同志、邱启文同志
        if nxt < len(text) and text[nxt] in "、":
            pos = nxt + 1
            continue
        last = next((w for w in names.LIST_LAST if text.startswith(w, nxt)), None)
        if last and len(out) > 1:
            pos = nxt + len(last)
            continue
        pair = counted_pair(text, nxt, blocked) if last else None  # 民警 + 甲 + 和 + 乙 + 两人
        out.extend(pair or ())
        return out


def _name_saying(text: str, pos: int, end: int, blocked: SpanIndex) -> bool:
    """Whether a place's short form right after a title is a name, a verb of saying after it and no
    place or organisation running on (县委书记尼玛介绍: 尼玛 a county too, but not 尼玛县)."""
    return end - pos >= 2 and names.says_at(text, end) and not blocked.starts_at(pos, end + 1)


@lru_cache(maxsize=1)
def honorifics() -> Tuple[str, ...]:
    """Titles that follow a name without being a post (同志), from titles.tsv."""
    return tuple(r["title"] for r in read_table("titles").rows if r.get("rank") in ("honorific",) and r.get("title"))


def anonymous(name: str) -> bool:
    """Whether a name hides the person (王某, 李某某, 张姓, 彭某高): never an official."""
    return name.endswith(("某", "姓")) or "某" in name[1:]


def _listed_name(text: str, pos: int, blocked: SpanIndex) -> Optional[Span]:
    """A name that opens its line and stands apart from the posts at ``pos`` by spaces
    only (``鲍某某  全国政协委员、某大学教授``: guests and authors listed one a line)."""
    lead = pos
    while lead > 0 and text[lead - 1] in " \u3000":
        lead -= 1
    if lead == pos:
        return None
    start = names.name_before(text, lead)
    if start is None or not (start == 0 or text[start - 1] in "\n \u3000\t") or blocked.overlaps(start, lead):
        return None
    return start, lead


def _holds_official_post(text: str, chain: Chain, tails: Set[Span], *, bare_generic: bool) -> bool:
    """Whether one post of ``chain`` is a public one: not a private or academic post
    (教授, 董事长: ``tails``) and not a post of a company, workshop, university or
    research institute (车间主任, 研究院院长, 公司管委会主席); a generic post with no
    body before it (主任, 负责人) counts only when ``bare_generic``."""
    bodies = non_official_bodies()  # (and academic_bodies.tsv's institutes: 物理所, 新疆生地所)
    private_from = len(chain.groups)  # 中国市长 + 协会副秘书长: a post glued to a private body names it
    for k in range(len(chain.groups) - 1, 0, -1):
        g = chain.groups[k]
        if g.start == chain.groups[k - 1].end and text.startswith(bodies, g.start):
            private_from = k - 1
    for g in chain.groups[:private_from] + chain.groups[private_from + 1 :]:
        if (g.head, g.end) in tails or text.startswith(HONORARY, g.start) or text.endswith(HONORARY, 0, g.head):
            continue  # (名誉副县长: an honour given to a donor, no public post)
        org = text[g.start : g.head]
        if org and (
            (
                bodies_in().search(org) is not None  # any(b in org for b in bodies), in one search
                and not org.startswith(ARMY_BRANCHES)
                and not police_after_body(org, bodies)
            )  # (空军某基地: a base of the army is none of a company's; 窦店公安检查站: 店 of a place)
            or university_opens(org)  # 清华 + 合肥院院长
            or private_department(text, g.start, org)  # 大唐不夜城 + 文化创意部负责人
            or council_of_no_public_body(text, chain.start, g.head, g.end)  # 某某交流中心 + 副理事长
        ):
            continue
        if not bare_generic and text[g.head : g.end] in generic_titles() and not has_body(org, text[g.head : g.end]):
            continue  # 主任, 负责人 alone or after no body (团队成员): of what the text does not say
        return True
    return False


@lru_cache(maxsize=1)
def generic_titles() -> FrozenSet[str]:
    """Posts of titles.tsv's ``generic`` category (主任, 负责人, 工作人员): the body before them decides."""
    return frozenset(
        r["title"]
        for r in read_table("titles").rows
        if r.get("category") == "generic" and r.get("rank") not in ("collective", "modifier", "honorific")
    )


def _cuts_into(index: SpanIndex, start: int, end: int) -> bool:
    """Whether a unit or place of ``index`` cuts into the name ``text[start:end]``
    from outside it (宁分局 of 长宁分局 after 局长); one wholly inside a longer
    name is part of it (阿里 in 阿里波夫)."""
    if not index.overlaps(start + 1, end):
        return False
    hi = bisect_left(index.starts, end)
    return any(e > start + 1 and (s < start or e > end) for s, e in index.spans[:hi]) or index.extends_past(start, end)


def _lone_surname(text: str, pos: int) -> bool:
    """Whether a single surname stands right before ``pos`` as a word of its own (``“汪主任``)."""
    if pos < 1 or names.surname_at(text, pos - 1) != 1:
        return False
    if pos < 2 or not _HAN.match(text[pos - 2]):
        return True
    return (pos - 1 - max(0, pos - 4)) in words.boundaries(text[max(0, pos - 4) : pos])


def _whole_name(text: str, start: int, end: int) -> bool:
    """Whether a name found by string search is a word there, not part of a longer one."""
    if any(d in text[start:end] for d in names.DOTS):
        return True
    lo, hi = max(0, start - 3), min(len(text), end + 3)
    cuts = words.boundaries(text[lo:hi])
    # jieba glues a verb of saying to a name's last character (韩文秀说 → 韩文 + 秀说)
    return (start - lo) in cuts and ((end - lo) in cuts or (end - start >= 3 and names.says_at(text, end)))


@lru_cache(maxsize=1)
def foreign_titles() -> FrozenSet[str]:
    """Posts of titles.tsv's ``foreign`` category (总统, 首相, 大使): a foreign name may stand next to them."""
    return frozenset(r["title"] for r in read_table("titles").rows if r.get("category") == "foreign" and r.get("title"))


def foreign_post(text: str, chain: Chain, *, last: bool) -> bool:
    """Whether the last (else the first) post of ``chain`` is a post of a foreign state."""
    g = chain.groups[-1] if last else chain.groups[0]
    return text[g.head : g.end] in foreign_titles()


def apposed_name(text: str, chain: Chain, blocked: SpanIndex) -> Optional[Span]:
    """The name a comma or a bracket sets before a title in apposition (``李明，县公安局副局长，介绍说``,
    ``李明（县公安局副局长）``): the title names a body, and a comma, the sentence's end or the bracket closes it."""
    comma = chain.start - 1 - (2 if text.endswith("现任", 0, chain.start) else 0)  # 李明，现任县公安局副局长，
    if comma < 2 or text[comma] not in "，,（(：:":
        return None
    first = chain.groups[0]
    if first.start == first.head and (text[comma] not in "（(" or not _fused(text[first.head : first.end])):
        return None  # 李明（县委副书记、县长）: a fused post names its body; 李明（主任）, 李明（书记） do not
    closers = ("）", ")") if text[comma] in "（(" else ("，", ",", "。", "；", ";", "）", ")")  # 李明（县公安局局长）
    colon = text[comma] in "：:"  # "马平：中共某县委副书记" heading a profile line
    if text[chain.end : chain.end + 1] not in closers + (("\n", "") if colon else ()):
        if not (text[comma] in "（(" and bracket_goes_on(text, chain.end)):  # （时任某省代省长，后任省长）
            return None
    start = name_before_post(text, comma)
    if start is None or blocked.overlaps(start, comma) or names.is_private(text, start, comma):
        return None
    if colon and start > 0 and text[start - 1] != "\n":
        return None
    if start > 0 and _HAN.match(text[start - 1]) and not _opens_clause(text, start):
        return None
    return (start, comma) if not anonymous(text[start:comma]) else None


#: The level characters a fused post opens with (县长, 县委副书记, 市长): the post names its own body.
_FUSED_LEVELS = frozenset("省市县区乡镇村州盟旗")


def _fused(post: str) -> bool:
    """Whether ``post`` names its own body by a level character after its deputy's mark (县委副书记,
    副县长, 常务副市长), unlike a bare post (书记, 主任, 局长)."""
    for mark in ("常务副", "副"):
        if post.startswith(mark):
            post = post[len(mark) :]
            break
    return post[:1] in _FUSED_LEVELS


def _opens_clause(text: str, start: int) -> bool:
    """Whether a word ends right before ``start`` (采访了 + 李明), so the name is not the tail of one."""
    lo = max(0, start - 3)
    return (start - lo) in words.boundaries(text[lo : start + 3])


#: jieba's tag of an organisation's name in its dictionary (农工党, 九三学社): never a person's name.
ORG_TAG = "nt"


def name_before_post(text: str, end: int) -> Optional[int]:
    """The start of a name right before a post or 同志 (``王立新书记``): :func:`names.name_before`, or,
    where jieba makes no name of the last word, a surname and one or two characters that open a
    word and read forward as a whole name (``会上，潘成文书记``)."""
    start = names.name_before(text, end)
    if start is not None:
        return _whole_transliterated(text, start, end)
    known = known_name_before(text, end)  # 周恩来总理: jieba reads the name as a time word
    if known is not None:
        return known
    split = split_given_before(text, end)  # 曹 + 云林 + 书记: the surname and a word, one name
    if split is not None:
        return split
    s = end  # the whole run of 2-6 Han characters before the post (扎西次仁书记: no surname needed)
    while s > 0 and end - s < 7 and _HAN.match(text[s - 1]):
        s -= 1
    size = end - s  # 7: the run goes on before
    if 2 <= size <= 3 and names.surname_at(text, s) and names.name_at(text, s) == end:
        return None if function_word_for_surname(text, s, end) else s  # 由 + 侍警官
    if 3 <= size <= 6 and names.transliterated_at(text, s) == end:
        return s
    # 某某副县长 + 和 + 次仁央宗 + 副局长: a transliterated name the list's 和 joins to the person before
    joined = next((k for k in range(end - 6, end - 2) if k > 0 and _joined_transliterated(text, k - 1, end)), None)
    return joined


def _joined_transliterated(text: str, pos: int, end: int) -> bool:
    """Whether ``text[pos:end]`` is a list word (和, 与, 及) and a transliterated name of three or more
    characters (和 + 次仁央宗): 和 opens Mongolian and Naxi names too, but no Tibetan or Uyghur one
    runs on past four characters with it in front."""
    return (
        text[pos : pos + 1] in _LIST_CHARS
        and end - pos >= 4
        and names.surname_at(text, pos + 1) == 0
        and names.transliterated_at(text, pos + 1) == end
    )


#: One-character list words between two people (甲和乙, 甲与乙, 甲及乙).
_LIST_CHARS = frozenset(w for w in names.LIST_LAST if len(w) == 1)


def _whole_transliterated(text: str, start: int, end: int) -> int:
    """``start``, or the start of a longer transliterated name that ends at ``end`` and opens a clause
    (次仁 + 罗布: jieba reads 罗布 as a Han name, but the whole run is one Tibetan name)."""
    for s in range(max(0, end - 6), start - 1):
        if (s == 0 or not _HAN.match(text[s - 1])) and names.transliterated_at(text, s) == end:
            return s
    return start


#: jieba flags of a word that may follow a name right after a title: adverbs, times, pronouns,
#: numerals, prepositions, idioms, and verbs of two or more characters (多次强调, 每天, 现场办公).
AFTER_NAME_FLAGS = ("d", "t", "r", "m", "p", "i", "l", "nt")


#: A dictionary word jieba counts fewer times than this is too rare to rule out a name (高军: 3).
RARE_WORD = 10


def _common_here(text: str) -> bool:
    """:func:`common_word`, unless jieba's dictionary counts it only a few times (局长 + 高军 + 接受)."""
    return common_word(text) and words.freq(text) >= RARE_WORD


def _verb_follows(text: str, end: int) -> bool:
    """Whether a verb of two or more characters opens at ``end`` (高军 + 接受)."""
    word, flag = names.first_tag(text[end : end + 4]) if end < len(text) else ("", "")
    return flag.startswith("v") and len(word) > 1


def name_before_adverb(text: str, pos: int) -> Optional[int]:
    """The end of a name jieba does not read as one right after a title: a surname and two (or one)
    characters before an adverb, a time word or a verb (``黄浩平多次强调``, ``钟发每天都来``). No
    dictionary word may open with the surname (高度, 经过, 任劳任怨), the given name may be no everyday
    word (向 + 记者), and a word must end where the name does (于 + 当 | 晚 is none)."""
    ls = names.surname_at(text, pos)
    if not ls or any(_common_here(text[pos : pos + k]) for k in range(ls + 1, ls + 4)):
        return None
    for given in (2, 1):
        end = pos + ls + given
        if not all(_HAN.match(c) for c in text[pos:end]) or (
            words.word_tag(text[pos + ls : end]) in names.EVERYDAY_FLAGS
            and not (given == 1 and (names.says_at(text, end) or _verb_follows(text, end)))  # 左力介绍, 高军接受
        ):
            continue
        if (end - pos) not in words.boundaries(text[pos : end + 3]):
            continue
        if given == 1 and words.word_tag(text[pos + ls]).startswith(names.NOT_NAME_FLAGS):
            continue  # 都 + 与: a function word is no given name
        if given == 2 and words.word_tag(text[pos + ls : end]).startswith("r"):
            continue  # 和 + 该村 + 参加: a pronoun (该村, 本人) is no given name
        if names._stop_at(text, end):
            return end
        word, flag = names.first_tag(text[end : end + 4])
        if flag.startswith(AFTER_NAME_FLAGS) or (flag.startswith("v") and len(word) > 1):
            return end
    return None


def blocks_name(index: SpanIndex, start: int, end: int) -> bool:
    """Whether a span of ``index`` (places, titles, blocking words) overlaps the name at ``[start, end)``.
    One that starts on the name's last character and runs on into the post after it does not
    (文县 of ``沈海文县长``: the county is a misreading of name and post)."""
    if index.starts_inside_past(start, end) and not index.starts_inside_past(start, end - 1):
        return index.overlaps(start, end - 1)
    return index.overlaps(start, end)
