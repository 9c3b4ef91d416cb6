"""Titles of officials: where a title starts and ends, and the posts it names.

A title as newspapers write it is a chain of posts joined by 、 or 兼, each
post an optional organisation followed by a position from ``titles.tsv``:
``省委副书记、杭州市委书记`` is two posts, 省委 + 副书记 and 杭州市委 + 书记.
The organisation part is built from what is already known at that spot —
``org_prefixes.tsv`` words, division names, tagged places and police units
(``日喀则市公安局特警支队特战大队``) — and, where it ends with an
organisation head from ``official_cues.tsv`` (``乡平安法治办``), from the
nouns jieba finds just before it. The tables' words themselves (the heads, the modifiers, the
look-ups of a position) are :mod:`.title_words`'s, imported here for the modules that ask titles.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Dict, Iterable, List, Optional, Sequence, Tuple

from baokan.annotators.core import recache
from baokan.annotators.language import names, words
from baokan.annotators.language.chain_joints import clause_start, joint_start, task_body_start
from baokan.annotators.language.counted_posts import count_before
from baokan.annotators.language.post_edges import (
    after_adjectives,
    assignment_post,
    assignment_words,
    doubled_head,
    verb_opens_body,
)
from baokan.annotators.language.split_given import split_given_before
from baokan.annotators.language.title_words import (
    ORG_TABLES,
    _is_table,
    cues,
    ends_with_org_head,
    is_title,
    office_heads,
    org_heads,
    position_modifiers,
    title_modifiers,
)
from baokan.annotators.language.title_words import after_body as after_body  # (re-exported, as the rest)
from baokan.annotators.language.title_words import is_org as is_org

Span = Tuple[int, int]

#: How far left of a position an organisation name may reach.
MAX_ORG = 24
#: How much further a chain of known bodies (tagged units, lexicon organisations) may reach.
MAX_KNOWN = 16
#: jieba flags that end an organisation name when read leftwards: verbs,
#: prepositions, conjunctions, particles, adverbs, pronouns, numbers, times,
#: locatives, names, idioms and punctuation (贯彻落实 + 某市副市长: an idiom names no body).
STOP_FLAGS = ("v", "p", "c", "u", "d", "r", "m", "q", "f", "t", "y", "e", "o", "x", "k", "nr", "ad", "z", "i")
#: Heads of a village, community or township that open a fused title (村党支部书记, 社区主任).
PLACE_HEADS = ("村", "社区", "镇", "乡", "街道", "嘎查")
#: Level characters that open a division's own body in a fused title (县委书记, 市政府秘书长).
_LEVELS = ("省", "市", "县", "区", "州", "盟", "旗")
#: jieba flags that are no part of such a place's name.
PLACE_NAME_STOP = ("v", "p", "c", "u", "d", "r", "m", "q", "f", "t", "y", "e", "o", "x", "k", "a", "l", "i")
#: Conjunctions inside a body's name that joins two fields (工业和信息化局, 住房和城乡建设厅).
FIELD_JOINERS = ("和", "与", "及")
#: jieba flags of such fields.
FIELD_FLAGS = frozenset({"n", "an", "vn", "l", "j", "nz"})
#: Words between two organisations where one is posted to the other (中国驻加纳, 纪委监委派驻).
POSTED = ("派驻", "驻")
#: A numbered army unit jieba reads as an adverb or a numeral (一连, 三营).
_NUMBERED_UNIT = recache.compile("^[一二三四五六七八九十百0-9]+[连营排班团旅队组科处室股]$")  # (…支队九队, 二组)
_NUMERAL = recache.compile("^[一二三四五六七八九十百0-9]+$")
#: An ordinal of a post's holders (第一任, 第三届) right before ``start``.
_TERM = recache.compile("第[一二三四五六七八九十百0-9]+[任届]$")
_UNITS = frozenset("连营排班团旅科处室股")
#: A congress's or CPPCC's term (十四届, 第十三届) right before ``start``: 十四届 + 全国政协委员.
_SESSION_TERM = recache.compile("第?[一二三四五六七八九十]{1,3}届$")
#: The bodies elected by term whose members' posts the term opens (全国人大, 省政协, 县人大常委会).
_TERM_BODIES = ("人大", "政协", "人民代表大会", "政治协商会议")
#: Verbs that open a clause of duties between a body and its post (分管日常工作的副主任).
DUTY_VERBS = ("分管", "主管", "主持", "协管")
_BREAK = recache.compile(r"[\s，。；：！？、,.;:!?“”\"'‘’（）()《》〈〉【】—…·]")
#: Everything up to the last break of a stretch (greedy: the run goes to its end and gives back).
_LAST_BREAK = recache.compile(r"(?s:.*)" + _BREAK.pattern)


class Group:
    """One post in a title: ``text[start:head]`` is the organisation, ``text[head:end]`` the position.

    Group and :class:`Chain` are plain classes, native when compiled (a msgspec Struct's fields and
    properties cost compiled code a generic look-up each), equal by fields as the Structs they replace."""

    start: int
    head: int
    end: int

    def __init__(self, start: int, head: int, end: int) -> None:
        self.start, self.head, self.end = start, head, end

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Group):
            return NotImplemented
        return self.start == other.start and self.head == other.head and self.end == other.end

    def __repr__(self) -> str:
        return f"Group(start={self.start}, head={self.head}, end={self.end})"


class Chain:
    """A whole title as written: one or more posts of one person."""

    groups: List[Group]

    def __init__(self, groups: Optional[List[Group]] = None) -> None:
        self.groups = [] if groups is None else groups

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Chain):
            return NotImplemented
        return self.groups == other.groups

    def __repr__(self) -> str:
        return f"Chain(groups={self.groups!r})"

    @property
    def start(self) -> int:
        return self.groups[0].start

    @property
    def end(self) -> int:
        return self.groups[-1].end

    @property
    def head(self) -> int:
        """Where the first position starts (after its organisation)."""
        return self.groups[0].head


def maximal(spans: Iterable[Span]) -> List[Span]:
    """The spans not inside a longer one; of two that overlap, the earlier (then longer) one."""
    out: List[Span] = []
    for s, e in sorted(set(spans), key=lambda x: (x[0], -x[1])):
        if out and s < out[-1][1]:
            continue
        out.append((s, e))
    return out


def _floor(text: str, pos: int, limit: int, cap: int = MAX_ORG) -> int:
    """The leftmost offset an organisation ending at ``pos`` may start at, at most ``cap`` before it:
    just after the last break in ``text[lo:pos]`` (``lo`` the farther of ``limit`` and ``pos - cap``),
    else ``lo``; one match, not a test of each character walking back."""
    lo = max(limit, pos - cap)
    if pos <= lo:
        return pos
    last = _LAST_BREAK.match(text, lo, pos)
    return last.end() if last is not None else lo


def _noun_start(text: str, pos: int, floor: int, opens: str = "") -> int:
    """Where the run of nouns ending at ``pos`` starts (jieba, on the few characters before);
    ``opens``: the organisation head a fused title opens with at ``pos`` (大队 of 大队教导员)."""
    if pos <= floor:
        return pos
    # a head of two or more characters jieba may cut apart (嘎 + 查) is taken whole
    long_heads = _long_heads()  # (one call for the whole tuple first: most runs end in none of them)
    head = text.endswith(long_heads, floor, pos) and next(h for h in long_heads if text.endswith(h, floor, pos))
    if head:
        return _noun_start(text, pos - len(head), floor)
    start = pos
    tagged = names.tag(text[floor:pos])
    heads = org_heads()
    offices = office_heads()
    stops = cues().get("org_stop", frozenset())
    # the word after the current one, already taken (a fused head: by its office head, 队 of 大队)
    right = ((opens if opens in offices else opens[-1]) if opens else text[pos : pos + 1], "")
    office = right[0] in offices or text[pos - 1 : pos] in offices  # the run names an office (大队, 室)
    for k in range(len(tagged) - 1, -1, -1):
        word, flag = tagged[k]
        numeral = _NUMERAL.match(word) is not None
        # Verbs belong to an office's name before its head or another such verb
        # (监督检查室, 案件审理室; not a clause's one-character verb: 问 + 综合指挥室); ordinals too (第三监督检查室).
        # A verb and its object before the head name an office too (预防 + 腐败 + 局, 运行 + 调度 + 处).
        inner = (
            (flag.startswith("v") and (right[0] in offices or right[1].startswith("v") and len(word) > 1))
            or (
                flag.startswith("v")
                and len(word) == 2
                and pos - start <= 4
                and text[pos - 1 : pos] in offices
                and right[1].startswith(("n", "a"))
                and right[1] not in ("ns", "nr")  # 会见 + 越南 + 国会: a verb before a place is no office's
            )
            or (flag.startswith("m") and word.startswith("第") and right[0] != "")
            # army units are written anonymised and numbered (某部一连, 武警某支队, 某旅)
            or (word.startswith("某") and flag == "r" and (len(word) > 1 or right[0] != ""))
            or (_NUMBERED_UNIT.match(word) is not None)
            or (word in _UNITS and k > 0 and _NUMERAL.match(tagged[k - 1][0]) is not None)  # 三 + 连
            or (numeral and right[0] in _UNITS)
            # a numbered part of the body before it, both ending in a head (监狱 + 十二 + 监区: its twelfth ward)
            or (numeral and k > 0 and ends_with_org_head(tagged[k - 1][0]) and ends_with_org_head(right[0]))
            or (
                word in FIELD_JOINERS
                and k > 0
                and _field_word(*tagged[k - 1])
                and right[1] != "ns"
                and not (k > 1 and tagged[k - 2][1].startswith("nr"))  # 范 + 胜利 + 和: a name, no field
            )
            # two duties of one office joined by 和 (事故预防处理 + 和 + 事故鉴定 + 大队)
            or (office and word in FIELD_JOINERS and k > 0 and tagged[k - 1][1].startswith("v") and right[1] == "n")
            or (office and flag.startswith("v") and right[0] in FIELD_JOINERS and start < pos)
        )
        # jieba's person name that is an office before its own head's post (宣传处 + 处长, 祝贺 + 团 + 团长)
        doubled = flag.startswith("nr") and (
            (start == pos and doubled_head(text, pos, word))
            or (start < pos and doubled_head(text, pos, right[0] + right[0]))
        )
        inner = inner or doubled
        if (flag.startswith(STOP_FLAGS) and flag != "vn" and word not in heads and not inner) or (
            word in stops and not doubled
        ):
            break
        start -= len(word)
        right = (word, flag)
    if text.startswith(FIELD_JOINERS, start):  # the field before 和 was no part of it after all
        start += 1
    return start


@lru_cache(maxsize=1)
def _long_heads() -> Tuple[str, ...]:
    """Organisation heads of two or more characters that jieba has no word for, longest first."""
    return tuple(sorted((h for h in org_heads() if len(h) > 1 and not words.is_word(h)), key=len, reverse=True))


def _field_word(word: str, flag: str) -> bool:
    """Whether ``word`` names a field of work (工业, 住房, 人力资源), not a body or a
    place: before 和 it makes one name with what follows (工业和信息化局)."""
    return flag in FIELD_FLAGS and not ends_with_org_head(word)


def org_start(text: str, pos: int, orgs_by_end: Dict[int, int], limit: int, *, fused: str = "") -> int:
    """Extend a position starting at ``pos`` leftwards over its organisation.

    Args:
        text (str): The article text.
        pos (int): Where the position (e.g. ``副书记``) starts.
        orgs_by_end (dict): Known organisations and places, end → earliest start.
        limit (int): Never extend past this offset (the previous title's end).
        fused (str): The organisation head the position opens with (乡党委 of ``乡党委书记``, 大队 of
            ``大队教导员``), if any,
            so the nouns before it name that organisation (``烈士`` + ``乡党委书记``).

    Returns:
        int: Where the post starts (``pos`` when nothing precedes it).
    """
    start = pos
    bare = not fused or (fused.startswith(_LEVELS) and pos not in orgs_by_end)  # (宋磊云 + 县长: no place)
    if bare and orgs_by_end.get(pos, pos) > pos - 3 and split_given_before(text, pos) == pos - 3:
        return pos  # 讨论 + 曹云林 + 书记: a name's word before a bare post, no body (a place of 3: 石家庄 + 市长)
    # "嘉善魏塘派出所的民警": a 的 between a known organisation and the position.
    if start - 1 > limit and text[start - 1] == "的" and (start - 1) in orgs_by_end:
        start -= 1
    floor = _floor(text, start, limit)
    reach = _floor(text, start, limit, MAX_ORG + MAX_KNOWN)  # known bodies may reach further
    start = _duty_clause_start(text, start, floor)
    count = count_before(text, start)  # 某市政协 + 多名 + 前副主席: a count of holders, then the body
    if count < start and count > floor and ends_with_org_head(text[floor:count]):
        start = count
    head_word = None  # the end of a known body just taken that ends with a head (学院 of 某大学生命科学学院, 残联)
    while start > floor:
        if start in orgs_by_end and orgs_by_end[start] >= reach:
            if ends_with_org_head(text[orgs_by_end[start] : start]):
                head_word = start
            start = orgs_by_end[start]
            continue
        # "某村第一任村级河长": which holder of the post the person is, between the body and the post
        term = _TERM.search(text, floor, start)
        # ...or between a known place and the post (某村 + 车渚港 + 第一任村级河长: the river the chief is of)
        if term and (ends_with_org_head(text[floor : term.start()]) or term.start() in orgs_by_end):
            start = term.start()
            continue
        # "中国驻加纳大使", "市纪委监委派驻第三纪检监察组": one body posted to another
        link = next((w for w in POSTED if text.endswith(w, floor, start)), None)
        if link and start < pos and (start - len(link)) in orgs_by_end and orgs_by_end[start - len(link)] >= floor:
            start -= len(link)
            continue
        if head_word is not None:  # the nouns before it, read with it (农 + 学院 is jieba's 农学院)
            new, head_word = min(_noun_start(text, start, floor), _noun_start(text, head_word, floor)), None
            if new < start:
                start = new
                continue
        if ends_with_org_head(text[floor:start]) or (fused and start == pos):
            # a fused office head (大队 of 大队教导员) reads verbs as the office's; a village's does not
            # ...nor does a division's (受 + 县委书记: the verb is the sentence's, not 县委's name)
            opens = fused if start == pos and not fused.startswith(PLACE_HEADS + _LEVELS) else ""
            new = _noun_start(text, start, floor, opens)
            if start == pos and fused.startswith(_LEVELS):
                new = after_adjectives(text, new, start)  # 落实 + 市委书记: an adjective names no division
            if new < start:
                start = _known_end(orgs_by_end, new, start, reach) or new
                continue
        if fused and start == pos and text.startswith(PLACE_HEADS, pos):
            start = _place_name_start(text, pos, floor)  # 孙家垅 + 社区党委书记, 南福 + 村党总支书记
        break
    return start


def _known_end(orgs_by_end: Dict[int, int], new: int, start: int, reach: int) -> Optional[int]:
    """The end of a known body inside a run of nouns ``text[new:start]`` that starts before the run
    (呼和浩特市… read from a floor inside it), so the body is taken whole; None when there is none."""
    for end in range(start - 1, new, -1):
        if end in orgs_by_end and reach <= orgs_by_end[end] < new:
            return end
    return None


def _duty_clause_start(text: str, pos: int, floor: int) -> int:
    """Where a clause of duties between a body and its post starts (某办公室 + 分管日常工作的 +
    副主任): at its verb, when a body's name ends right before it; else ``pos``."""
    if text[pos - 1 : pos] == "的":
        clause_end = pos - 1
    elif text[pos : pos + 1] == "的":  # the 的 already taken after a known body (分管 + 公安工作 + 的)
        clause_end = pos
    else:
        return pos
    for verb in DUTY_VERBS:
        i = text.rfind(verb, floor, clause_end)
        if i > floor and ends_with_org_head(text[floor:i]):
            return i
        if i == floor:  # 党组副书记、+ 分管日常工作的副院长, or a clause's opening 分管…工作的副县长: the clause whole
            return i
    return pos


def without_duty_clause(org: str) -> str:
    """An organisation as written before a post, less a clause of duties (某办公室分管日常工作的 → 某办公室)."""
    if org.endswith("的"):
        cut = max(org.rfind(v) for v in DUTY_VERBS)
        if cut >= 0:  # (a clause alone after 、 names no body: 分管日常工作的副院长)
            return org[:cut]
    return org


def _place_name_start(text: str, pos: int, floor: int) -> int:
    """Where the name of a village, community or township before ``pos`` starts: up to
    three characters jieba reads as no function word (such names often look like a
    person's name to it: 孙家垅, 南福)."""
    start = pos
    for word, flag in reversed(names.tag(text[max(floor, pos - 3) : pos])):
        if flag.startswith(PLACE_NAME_STOP) or pos - (start - len(word)) > 3:
            break
        start -= len(word)
    return start if pos - start >= 2 else pos


def find_chains(
    text: str, titles: Sequence[Span], orgs: Sequence[Span], *, joiners: Sequence[str] = ("、",)
) -> List[Chain]:
    """The title chains of an article.

    Args:
        text (str): The article text.
        titles (Sequence[Span]): Spans of positions (titles.tsv hits).
        orgs (Sequence[Span]): Spans of organisations, places and police units.
        joiners (Sequence[str]): What may stand between two posts besides the joiners of official_cues.tsv.

    Returns:
        list[Chain]: In text order.
    """
    # end -> earliest start: of the spans sorted by start, latest first, the earliest is written last
    orgs_by_end: Dict[int, int] = {e: s for s, e in sorted(orgs, reverse=True)}
    joins = set(joiners) | set(cues().get("joiner", ()))
    joins |= {a + b for a in joiners for b in cues().get("joiner", ())}
    joint_words = tuple(joins)
    opens_at = {s for s, _ in orgs}
    chains: List[Chain] = []
    prev_end = floor = 0
    for s, e in maximal(titles):
        head = split_post("", text[s:e])[0]
        group = Group(org_start(text, s, orgs_by_end, prev_end, fused=head), s, e)
        # 广西壮族自治区 + 自治区党委书记: a place that ends inside the title's own head
        inner = min((orgs_by_end.get(s + k, s) for k in range(1, len(head) + 1)), default=s)
        if prev_end <= inner < group.start:  # (镇 + 长江源村 + 村党支部书记: not 江源, a place inside it)
            group.start = org_start(text, inner, orgs_by_end, prev_end)
        last = chains[-1] if chains else None
        group.start = _term_start(text, group, prev_end)
        # ，+ 自治区著力创建…模范区专项组 + 组长: a working group named by its task reaches back to its level word
        group.start = task_body_start(text, group.start, s, e, prev_end, opens_at)
        if last and verb_opens_body(text, last.end, group.start):
            group.start = last.end + 1  # 副局长、破案 + 会战领导小组副组长: the verb opens the body's name
        if last and last.end == prev_end:  # 、+ 自治区扫黑除恶 + 专项斗争领导小组组长: the body reaches the joint
            group.start = joint_start(text, last.end, group.start, s, joint_words)
        if last and (group.start == last.end or text[last.end : group.start] in joins):
            if len(last.groups) == 1:  # a chain of two: its first body may reach back to the clause's start
                first = last.groups[0]
                first.start = clause_start(text, _floor(text, first.start, floor), first.start, first.head)
            last.groups.append(group)
        else:
            chains.append(Chain([group]))
            floor = prev_end
        prev_end = e
    return chains


def _term_start(text: str, group: Group, floor: int) -> int:
    """Where a post of a body elected by term starts when the term is written before it (十四届 +
    全国政协委员, 第十三届 + 省人大代表): the term is part of the post as written; else the group's start."""
    term = _SESSION_TERM.search(text, max(floor, group.start - 4), group.start)
    if term is None or not any(b in text[group.start : group.end] for b in _TERM_BODIES):
        return group.start
    return term.start()


@lru_cache(maxsize=1 << 14)  # the same posts and bodies on page after page; the tables are package data
def split_post(org: str, position: str) -> Tuple[str, str]:
    """Move modifiers (副, 常务副, 第一) from the organisation to the position, and split
    an organisation off a position that holds one (``县委书记`` → 县委, 书记)."""
    org = org[:-1] if org.endswith("的") else org
    for mod in title_modifiers():  # 时任, 原: about the time of the post, not its organisation
        if org.startswith(mod):
            org = org[len(mod) :]
            break
        if org.endswith(mod) and ends_with_org_head(org[: -len(mod)]):  # 县委 + 原 + 书记 (not 平原)
            org = org[: -len(mod)]
            break
    for mod in position_modifiers():
        if org.endswith(mod):
            org, position = org[: -len(mod)], mod + position
            break
    org, position = assignment_post(org, position)
    if position.startswith(assignment_words()):
        return org, position  # 联村干部: 联 opens no body (妇联) before 村干部
    # A fused title holds its organisation (杭州 + 市委书记 → 杭州市委, 书记).
    for k in range(len(position) - 1, 0, -1):
        head, rest = position[:k], position[k:]
        if (_is_table(head, ORG_TABLES) or head in org_heads()) and is_title(rest):
            if len(head) > 1 and not rest.startswith("党"):
                return org + head, rest
            return split_post(org + head, rest)  # 镇 + 党委书记 → 镇党委, 书记 (not 镇党委 + 组织 + 委员)
    return org, position
