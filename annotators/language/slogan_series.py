"""Unquoted parallel formulas that their grammar gives away (used by :mod:`baokan.annotators.slogans`).

A local body states its work in parallel series of one shape, often without quotation marks (docs/labels.md,
*other papers 5*). An unquoted 、-series is far more often a description (好房子、好小区、好社区; 逛市集、品文化、
尝美食), so only tight shapes and frames are read:

- **verb–object series** (:func:`verb_object_lists`): items of three characters, each a governance verb of
  ``formula_verbs.tsv`` and a two-character object (稳治安、畅交通、优环境; 强基础、补短板、促提升). Three items
  or more make a formula; two make one only where the text names them a mission, a goal or a task right after
  (守底线、惠民生的重大使命) or where quotation marks hold exactly the pair (“解难题、暖人心”). A series of three items
  or more in the same sentence as such a formula is its sibling and a formula too, whatever its verbs
  (以…学理论、筑同心、跟党走，以…提能力、转作风、强队伍).
- **slot series** (:func:`slot_lists`): items of four characters that share one character at the third
  place, a governance verb (思想强根、产业强县、文化强心: three items or more), or at the fourth (提振士气、凝聚人气、
  涵养正气、激发勇气: four or more), or a shared two-character object after four different verbs or more
  (忠诚核心、拥戴核心、…), the others different: a numbered set of tasks written out. A shared first
  half of a word (准确预测、提前预报) or a shared 不 (山高路远、交通不便) describes.
- **mirrored theses** (:func:`mirrored_theses`): ``A是B的X，B是A的Y`` (甲是乙的前提，乙是甲的保障), two dicta of
  one principle: each half is a formula; likewise quoted vows of exclaimed clauses of one frame
  (:func:`exclaimed_pairs`) and the two clauses of a quoted goal (:func:`goal_clauses`, *adj R4*; a goal a body works
  for, 为“甲、乙”作出…贡献: :func:`contributed_goals`); a dictum of
  reach, ``甲…到哪里，乙就…到哪里`` (or ``甲在哪里，…``), is one formula whole (:func:`reach_dicta`).
- **partner series** (:func:`partner_series`, *s8 R1*): three or more clauses of one frame, each 与 + a partner +
  how the body stands with it (与县委同向、与部门协作、与群众同心), at least one partner a public body or the
  people: a body's work formula, whatever the items' length.
- **scene lists** (:func:`scene_lists`, *adj R6*): a compact list that opens a sentence as the subject of
  …的良好局面; **pledged lists** (:func:`pledged_lists`): three or more four-character items after 做到; **upheld
  lists** (:mod:`upheld_lists`): a compact list right after 坚持; **goals** (:mod:`goal_frames`): 把甲作为奋斗目标;
  **built targets** (:mod:`built_targets`, *s10 R2*): 建成全省甲甲标杆县, a place's target after a verb of building.

A series ends at a non-Han character, at 的 or 等, or at a count of the items (六项工作); a 、 right before it or
right after it means it is part of a longer list, which is not read.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import FrozenSet, List, Sequence, Tuple

from baokan.annotators.core import lexicon, recache
from baokan.annotators.language import (  # noqa: F401
    built_targets,
    goal_frames,
    instrument_heads,
    mottos,
    printed_forms,
    quoted,
    upheld_lists,
)
from baokan.annotators.language.chars import HAN, is_han
from baokan.annotators.language.occurrences import find_all, matches_from

#: What may follow the last item: a non-Han character, 的, 等, or a count of the items (六项工作, 三个方面).
_END = rf"(?=[^{HAN}]|$|的|等|[两三四五六七八九十][项个条])"
#: The Han characters that open what :data:`_END` lets follow a list (的, 等, a count).
_END_CHARS = frozenset("的等两三四五六七八九十")
_VO = recache.compile(rf"(?<!、)(?:[{HAN}]{{3}}、)+[{HAN}]{{3}}{_END}")
_SLOT = recache.compile(rf"(?<!、)(?:[{HAN}]{{4}}、){{2,}}[{HAN}]{{4}}{_END}")
_MIRROR = recache.compile(
    rf"(?<![{HAN}])([{HAN}]{{2,4}})是([{HAN}]{{2,4}})的([{HAN}]{{1,4}})([，,；;])\2是\1的([{HAN}]{{1,4}})(?![{HAN}])"
)
#: What every mirrored pair holds: 是, the first thesis' rest (2 to 4 characters, 的, 1 to 4) and its clause mark,
#: which stands 7 to 14 characters after the pair starts.
_MIRROR_GATE = recache.compile(rf"是[{HAN}]{{4,9}}[，,；;]")
#: A quote of two or three exclaimed clauses of four to seven Han characters (“有甲必乙！有丙必丁！”).
_EXCLAIMED = recache.compile(rf"[“\"]((?:[{HAN}]{{4,7}}[！!]){{1,2}}[{HAN}]{{4,7}}[！!]?)[”\"]")
#: A list of two to five items of two to six Han characters that opens a sentence, or follows 呈现出, and is the
#: subject of 的 + at most four characters + 局面 (甲安、乙和、丙兴的良好局面更加巩固; 呈现出甲甲、乙乙的良好局面).
_SCENE = recache.compile(
    rf"(?:^|(?<=[。！？!?\n])|(?<=呈现出))((?:[{HAN}]{{2,6}}、){{1,4}}[{HAN}]{{2,6}})的[{HAN}]{{0,4}}?局面"
)
#: A quoted goal of two clauses before 的, at most three characters (总, 奋斗) and 目标.
_GOAL = recache.compile(rf"[“\"]([{HAN}]{{4,20}})[，,]([{HAN}]{{4,20}})[”\"]的[{HAN}]{{0,3}}目标")
#: A quoted goal of two clauses parted by 、 or a comma that a body works for: 为“A、B”作出…贡献, 为“A，B”而奋斗.
_CONTRIBUTED = recache.compile(rf"“([{HAN}]{{4,14}})[、，,]([{HAN}]{{4,14}})”(?:作出|做出|贡献|而奋斗|努力奋斗|而努力)")
#: Verbs of building that open each clause of such a goal (建设, 建成, 建功, 打造, 争创 …).
_BUILD = ("建设", "建成", "建功", "打造", "争创", "创建", "争当", "争做", "奋力")
#: Cue roles of a verb that opens a goal's clause (打造, 推动, 建设 …).
_CLAUSE_VERBS = ("framing", "before", "launch")
#: A list of three to six four-character items right after 做到, closed by a clause mark.
_PLEDGED = recache.compile(rf"做到((?:[{HAN}]{{4}}、){{2,5}}[{HAN}]{{4}})(?=[，,。；;])")
#: A list of three to six four-character items before 的 (a team formula looked for after it).
_TEAM = recache.compile(rf"(?<!、)((?:[{HAN}]{{4}}、){{2,5}}[{HAN}]{{4}})的")
#: The heads of a team formula (政法铁军, 纪检监察铁军, 干部队伍) and the longest such formula looked for.
_TEAMS = ("铁军", "队伍")
_TEAM_HEAD = 10
#: A dictum of reach: a clause to 到哪里 or 在哪里, then one to three clauses with 就 … 到哪里 (a clause of 2–14 Han
#: characters).
_REACH = recache.compile(rf"[到在]哪里(?:[，,][{HAN}]{{1,12}}就[{HAN}]{{1,4}}到哪里){{1,3}}")
#: The longest first clause of a dictum of reach, and a run of Han characters ending where it is searched.
REACH_CLAUSE = 14
_HAN_RUN = recache.compile(rf"[{HAN}]+$")
#: A series of three or more clauses 与 + partner + stance (与县委同向、与部门协作、与群众同心), each of three to eight
#: Han characters, closed by a non-Han character; tried at the last 与 up to eight characters before the first 、与.
_PARTNER = recache.compile(rf"与[{HAN}]{{2,7}}(?:、与[{HAN}]{{2,7}}){{2,}}(?![{HAN}])")
#: The partners that make a 与-series a public body's work formula: a party committee, a government, a department,
#: the people.
PARTNERS = ("委", "政府", "部门", "人民", "群众", "党", "组织")
#: What before 与 makes it no series' 与: a 、 (a later item) or the first character of a word ending in 与
#: (参与, 给与).
_WORD_WITH = frozenset("、参给赋授")
#: Marks that end a sentence: sibling series stand between two of them.
_SENTENCE_END = ("。", "！", "？", "；", "\n", "!", "?", ";")
#: Characters no object of a verb–object item holds (function words: 了在的着 …).
_FUNCTION = set("的了着过和与及等在是不也都就还把被给向对")
#: The most characters between 的 and the word that names a pair (的为民使命, 的战略使命).
GAP = 4
#: Words that name a pair of items a mission, a goal or a task (besides the ``after_frame`` cues).
_NAMES = ("使命", "目标", "任务", "要求", "方针", "思路")


@lru_cache(maxsize=1)
def formula_verbs() -> FrozenSet[str]:
    """The governance verbs that open a verb–object item (``formula_verbs.tsv``)."""
    return frozenset(r.get("verb", "") for r in lexicon.read_table("formula_verbs").rows) - {""}


def _named(text: str, end: int) -> bool:
    """Whether 的, at most :data:`GAP` characters and a word naming a goal or a mission follow ``end``."""
    if not text.startswith("的", end):
        return False
    window = text[end + 1 : end + 1 + GAP + 2]
    names = set(_NAMES) | set(quoted.cues().roles.get("after_frame", ()))
    return any(name in window[: GAP + len(name)] for name in names)


def _before_marks(pattern: re.Pattern[str], text: str, n: int, *, third: bool) -> List[re.Match[str]]:
    """What ``pattern.finditer(text)`` finds, for a list pattern whose first item of ``n`` characters ends
    at a 、: tried only ``n`` characters before each 、 (a search would test every character of the text).
    ``third``: the pattern has three items or more, so a 、 follows the second; else :data:`_END` or a 、 does."""
    return matches_from(pattern, text, series_starts(text, find_all(text, "、"), n, third=third))


def series_starts(text: str, marks: List[int], n: int, *, third: bool) -> List[int]:
    """The starts :func:`_before_marks` tries: ``n`` characters before a 、 (``marks``), where the character after
    the second item is a 、 or (unless ``third``) one that :data:`_END` lets end a list."""
    out: List[int] = []
    for at in marks:
        if at >= n:
            after = text[at + n + 1 : at + n + 2]
            if after == "、" or not third and (not after or after in _END_CHARS or not is_han(after)):
                out.append(at - n)
    return out


def verb_object_lists(text: str, anchors: Sequence[Tuple[int, int]] = ()) -> List[Tuple[int, int]]:
    """``(start, end)`` of every verb–object series of ``text`` (稳治安、畅交通、优环境、暖民心), and of every series of
    three items or more whose verbs the table lacks in the same sentence as one of them or of ``anchors`` (the other
    work formulas of the text: 与甲齐心、与乙协力、与丙同行，…建真言、献良策、出实招)."""
    if "、" not in text:
        return []
    verbs = formula_verbs()
    out: List[Tuple[int, int]] = []
    siblings: List[Tuple[int, int]] = []  # series of three items or more whose verbs the table lacks
    for m in _before_marks(_VO, text, 3, third=False):
        items = m.group().split("、")
        if not all(_plain_object(item, verbs) for item in items) or len(set(items)) < len(items):
            continue
        start, end = m.span()
        if text[end : end + 1] == "、":
            continue
        if not all(item[0] in verbs for item in items):
            if len(items) >= 3:
                siblings.append((start, end))
            continue
        pair_ok = quoted.PAIRS.__contains__(text[start - 1 : start] or " ") and text[end : end + 1] in quoted.CLOSERS
        if len(items) >= 3 or pair_ok or _named(text, end):
            out.append((start, end))
    if siblings and (out or anchors):
        formulas = out + list(anchors)
        out += [span for span in siblings if _beside(text, span, formulas)]
    return sorted(out)


def _plain_object(item: str, verbs: FrozenSet[str]) -> bool:
    """Whether the object of a three-character item holds no function word (了在的着 …). After a governance verb of
    the table, 和 opens a word (促和谐, 保和平): the conjunction never stands right after such a verb."""
    rest = item[2:] if item[0] in verbs and item[1] == "和" else item[1:]
    return _FUNCTION.isdisjoint(rest)


def _beside(text: str, span: Tuple[int, int], series: List[Tuple[int, int]]) -> bool:
    """Whether a series of three items or more stands in the same sentence as one of ``series``
    (学甲甲、筑乙乙、跟丙丙，…提能力、转作风、强队伍): a body lists its work in parallel series of one shape, and one
    series that the verbs give away makes its siblings formulas too, whatever their verbs."""
    for start, end in series:
        lo, hi = (end, span[0]) if end <= span[0] else (span[1], start)
        if lo <= hi and not any(mark in text[lo:hi] for mark in _SENTENCE_END):
            return True
    return False


def slot_lists(text: str) -> List[Tuple[int, int]]:
    """``(start, end)`` of every slot series of ``text`` (思想强根、产业强县、文化强心)."""
    if "、" not in text:
        return []
    out: List[Tuple[int, int]] = []
    for m in _before_marks(_SLOT, text, 4, third=True):
        items = m.group().split("、")
        if text[m.end() : m.end() + 1] == "、":
            continue
        shared = [k for k in range(4) if len({item[k] for item in items}) == 1]
        if shared == [2, 3] and len(items) >= 4 and len({item[:2] for item in items}) == len(items):
            if _verbs_before_object(items):
                out.append(m.span())  # a shared two-character object, four verbs or more (忠诚甲甲、拥护甲甲、…)
            continue
        if len(shared) != 1 or shared[0] < 2:
            continue
        if shared[0] == 2 and items[0][2] not in formula_verbs():
            continue  # a shared first half of a word (准确预测、提前预报; 山高路远、交通不便): a description
        if shared[0] == 3 and len(items) < 4:
            continue  # a shared tail: four items or more (提振士气、凝聚人气、涵养正气、激发勇气)
        free = [k for k in range(4) if k != shared[0]]
        if all(len({item[k] for item in items}) == len(items) for k in free[:1]) and len(set(items)) == len(items):
            out.append(m.span())
    return out


def mirrored_theses(text: str, offset: int = 0) -> List[Tuple[int, int]]:
    """``(start, end)`` of each half of every mirrored pair of theses (甲是乙的前提，乙是甲的保障), moved by
    ``offset`` (where ``text`` is a slice of the article)."""
    if "是" not in text:
        return []
    out: List[Tuple[int, int]] = []
    # tried only 7 to 14 characters before each mark the gate finds (a rare shape), not at every character
    for m in matches_from(_MIRROR, text, (g.end() - k for g in _MIRROR_GATE.finditer(text) for k in range(8, 16))):
        if m.group(1) == m.group(2):
            continue
        out.append((offset + m.start(), offset + m.start(4)))
        out.append((offset + m.end(4), offset + m.end()))
    return out


def exclaimed_pairs(text: str) -> List[Tuple[int, int]]:
    """``(start, end)`` of each clause of a quoted pair or triple of exclaimed clauses of one frame
    (“有甲必乙！有丙必丁！”: one length, the same characters at two places or more): a vow of two dicta."""
    if "！" not in text and "!" not in text:
        return []
    out: List[Tuple[int, int]] = []
    for m in _EXCLAIMED.finditer(text):
        clauses = [c for c in re.split("[！!]", m.group(1)) if c]
        if len({len(c) for c in clauses}) != 1 or len(set(clauses)) != len(clauses):
            continue
        if sum(len({c[k] for c in clauses}) == 1 for k in range(len(clauses[0]))) < 2:
            continue
        pos = m.start(1)
        for clause in clauses:
            out.append((pos, pos + len(clause)))
            pos += len(clause) + 1
    return out


def scene_lists(text: str) -> List[Tuple[int, int]]:
    """``(start, end)`` of every compact list that opens a sentence, or follows 呈现出, as the subject of
    ``…的良好局面`` (甲安、乙和、丙兴的良好局面更加巩固): docs/labels.md (*other papers 5*) frames it as a goal, like
    ``形成…的生动局面``."""
    if "局面" not in text:
        return []
    cue = quoted.cues()
    out: List[Tuple[int, int]] = []
    for m in _SCENE.finditer(text):
        if cue.starts_with(m.group(1), "list_before") or cue.starts_with(m.group(1), "before"):
            continue  # 形成甲、乙的良好局面: a verb's object, which framed_lists reads without the verb
        out.append(m.span(1))
    return out


def goal_clauses(text: str) -> List[Tuple[int, int]]:
    """``(start, end)`` of each clause of a quoted goal of two full clauses, each opening with a verb that builds or
    drives (framing, before or launch cues), before ``的…目标`` (“建成全省最平安县，推动本地警务走在前列”的总目标):
    *adj R4* splits it like a central task of two clauses. A quote before ``的要求`` or other words stays whole."""
    if "目标" not in text:
        return []
    cue = quoted.cues()
    out: List[Tuple[int, int]] = []
    for m in _GOAL.finditer(text):
        clauses = (m.span(1), m.span(2))
        if all(any(cue.starts_with(text[s:e], role) for role in _CLAUSE_VERBS) for s, e in clauses):
            out.extend(clauses)
    return out


def contributed_goals(text: str) -> List[Tuple[int, int]]:
    """``(start, end)`` of each clause of a quoted goal of two clauses that a body works for,
    ``为“A、B”作出…贡献`` (为“建设甲甲示范区、打造乙乙样板县”作出新的更大贡献), each opening with a verb that
    builds (``_BUILD``): a county's or a city's goal pair, split like the goal of ``的…目标`` (*adj R4*)."""
    if "贡献" not in text and "奋斗" not in text:
        return []
    out: List[Tuple[int, int]] = []
    for at in find_all(text, "为“"):
        m = _CONTRIBUTED.match(text, at + 1)
        if m and all(text.startswith(_BUILD, s) for s in (m.start(1), m.start(2))):
            out.extend((m.span(1), m.span(2)))
    return out


def pledged_lists(text: str) -> List[Tuple[int, int]]:
    """``(start, end)`` of every list of three to six four-character items that 做到 introduces and a clause mark
    closes (始终做到甲甲甲甲、乙乙乙乙、丙丙丙丙，…): the standard a body pledges to meet, a formula whole."""
    if "做到" not in text:
        return []
    out: List[Tuple[int, int]] = []
    for m in _PLEDGED.finditer(text):
        items = m.group(1).split("、")
        if any(len({item[k] for item in items}) == 1 for k in range(4)):
            continue  # one quality declined over its fields (甲甲过硬、乙乙过硬): a description of a standard
        out.append(m.span(1))
    return out


def team_lists(text: str) -> List[Tuple[int, int]]:
    """``(start, end)`` of every list of three to six four-character qualities before 的 and a team formula of the
    lexicon (甲甲严明、乙乙过硬、丙丙尽责的政法铁军): *adj R3* keeps the one head, must whole, where the list is no
    formula by itself; a list the lexicon holds (its own row) stays apart, and so do lists of degrees (更加甲甲)."""
    if "的" not in text or not any(head in text for head in _TEAMS):
        return []
    forms = lexicon.forms_of("slogans")
    out: List[Tuple[int, int]] = []
    for m in _before_marks(_TEAM, text, 4, third=True):
        qualities, rest = m.group(1), text[m.end(1) + 1 : m.end(1) + 1 + _TEAM_HEAD]
        if qualities in forms or len({item[:2] for item in qualities.split("、")}) == 1:
            continue
        head = next((rest[:n] for n in range(len(rest), 1, -1) if rest[:n].endswith(_TEAMS) and rest[:n] in forms), "")
        if head:
            out.append((m.start(1), m.end(1) + 1 + len(head)))
    return out


def _verbs_before_object(items: List[str]) -> bool:
    """Whether the items of a series with a shared two-character tail are verbs before one object (拥戴甲甲,
    维护甲甲), not kinds of one thing (红色文化、农耕文化; 权利公平、机会公平): no first half is a noun to jieba, most
    are verbs, and no item is a formula of the lexicon by itself (道路自信、理论自信: each item is the formula)."""
    from baokan.annotators.language import words

    if any(item in lexicon.forms_of("slogans") for item in items):
        return False
    tags = [words.first_tag(item[:2]) for item in items]
    if any(word != item[:2] or flag.startswith("n") for (word, flag), item in zip(tags, items)):
        return False
    return 2 * sum(flag.startswith("v") for _, flag in tags) > len(items)


def reach_dicta(text: str) -> List[Tuple[int, int]]:
    """``(start, end)`` of every dictum of reach, ``甲…到哪里，乙就…到哪里`` (one or more answering clauses): where the
    first goes the second follows (工作推进到哪里，服务就跟进到哪里; 群众在哪里，服务就延伸到哪里: where the first
    is, the second goes), a standing principle, must whole. The first
    clause runs back to a clause mark, or to a verb that only introduces it (坚持, 做到: ``before`` cues), which is
    left out; a first clause of more than :data:`REACH_CLAUSE` characters with no such edge is not read."""
    if "到哪里" not in text:
        return []
    cue = quoted.cues()
    verbs = sorted(cue.roles.get("before", frozenset()) | cue.roles.get("list_before", frozenset()), key=len)
    out: List[Tuple[int, int]] = []
    for m in _REACH.finditer(text):
        lo = max(0, m.start() - REACH_CLAUSE - 4)
        run = _HAN_RUN.search(text, lo, m.start())
        if run is None:
            continue
        clause = run.group()
        cut = max((clause.rfind(v) + len(v) for v in verbs if v in clause[:-2]), default=-1)
        if cut >= 0:
            start = run.start() + cut
        elif run.start() > lo or lo == 0:
            start = run.start()  # the clause opens at a clause mark
        else:
            continue
        if 2 <= m.start() - start <= REACH_CLAUSE:
            out.append((start, m.end()))
    return out


def partner_series(text: str) -> List[Tuple[int, int]]:
    """``(start, end)`` of every series of three or more clauses of one frame saying how a public body stands with
    others (始终与县委同向、与部门协作、与群众同心: *s8 R1*): each item 与 + a partner + a stance of two characters or
    more, one partner at least a body of the ``PARTNERS`` words (县委, 政府, 部门, 群众). A series of 与 and friends or
    family (与朋友聚会、与家人团聚、…) describes a day, not a body's formula."""
    if "、与" not in text:
        return []
    out: List[Tuple[int, int]] = []
    for at in find_all(text, "、与"):
        start = text.rfind("与", max(0, at - 8), at)
        if start < 0 or text[start - 1 : start] in _WORD_WITH:
            continue  # the second item of a series read already, or 与 inside a word (参与)
        m = _PARTNER.match(text, start)
        if m is None or (out and out[-1][1] >= m.end()):
            continue
        items = m.group().split("、")
        if any(len(item) < 4 for item in items):
            continue  # 与 + a partner + a stance of two characters at least
        if any(partner in item[1:-2] for item in items for partner in PARTNERS):
            out.append(m.span())
    return out


def series_spans(text: str) -> List[Tuple[int, int]]:
    """All the spans this module reads in ``text``."""
    partners = partner_series(text)  # 与甲同向、与乙协作、与丙同心: an anchor of sibling series too
    spans = verb_object_lists(text, partners) + partners + slot_lists(text) + scene_lists(text)
    spans += pledged_lists(text) + team_lists(text)
    spans += upheld_lists.upheld_lists(text) + goal_frames.goal_frames(text)  # 坚持甲、乙，; 把甲作为奋斗目标
    spans += built_targets.built_targets(text)  # 建成全省甲甲标杆县 (s10 R2)
    spans += mottos.motto_spans(text)  # 甲就是乙，丙就是丁; 甲不乙、乙不甲
    spans += printed_forms.doubled_series(text) + printed_forms.set_members(text)  # s6 R2; 甲甲警务 of “三大警务”
    spans += printed_forms.role_pairs(text)  # 主战主防
    spans += goal_clauses(text) + contributed_goals(text)  # “甲，乙”的总目标; 为“甲、乙”作出贡献
    return spans + mirrored_theses(text) + exclaimed_pairs(text) + reach_dicta(text)
