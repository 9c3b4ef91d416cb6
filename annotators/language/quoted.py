"""Quoted phrases and the one function that judges whether a quoted phrase is a slogan.

Newspapers put quotation marks around many things: formulations (“八八战略”), speech
(“没想到这钱还能回来，太惊喜了！”), scare quotes and metaphors (“重视”了她的担心, 浪漫的“家书”),
nicknames (被称为“死人弯”) and names of objects (“走访登记本”). :func:`judge` reads only what is in the
text around one quote and adds up the weights of the features it finds (:data:`WEIGHTS`); a quote whose
score reaches :data:`THRESHOLD` is a slogan. The cue words it reads are data: ``annotators/data/slogan_cues.tsv``.

Features (each with its weight in :data:`WEIGHTS`):

- ``lexicon_punct``: the slogan lexicon holds the phrase once its ASCII commas are written full
  width (a dictum a page prints as 数据多跑路,群众少跑腿), which the lexicon's own matching misses:
  it outweighs every feature of speech (the look-ups of the slogan lexicon: :mod:`quote_lexicon`).
- ``speech_punct``: sentence punctuation inside (，。！？；：…): quoted speech.
- ``too_short`` / ``too_long`` / ``long``: one character, over 16, or 11–16 (not before a campaign
  head of the ``code_follow`` cues or a word of the ``after_frame`` cues: a campaign's or a
  principle's name runs long, “化解矛盾风险维护社会稳定”专项治理, “禁止大拆大建、鼓励有机更新”原则).
- ``saying``: a verb of saying and ：or ， right before the quote (说：“ 强调，“).
- ``colon``: a colon right before the quote without a verb of saying, unless a quote closes right
  before the colon (“四在农家”：“富在农家增收入、…”: the second quote spells out the first).
- ``speech_end``: 他说 / 表示 … right after the closing quote.
- ``naming``: a naming verb right before (称为 叫做 被誉为): a nickname; or one conferring a title (评为): an honour.
- ``built_goal``: 建设/打造 before, a target's head (枢纽 高地) at the end: a body's goal (labels.md, *other papers 9*).
- ``verbal``: 了 / 着 / 过 right after: the quoted word is used as a verb.
- ``possessive``: 的 right before: a metaphor more often than a programme.
- ``dict_word``: the phrase is one everyday word or idiom of two to four characters, unless a
  campaign head follows (``code_follow``: “净网”专项行动 is a campaign's code name; or a verb of
  policing and one, “清风”集中整治行动: :mod:`quote_campaigns`).
- ``object_head``: it ends in the head of an object or place (本 卡 书 信 桥 所).
- ``numeral``: a numeral formula (三支队伍, 两队一室, 四议两公开); ``numeral_short``
  a short one that is as often an everyday word (双减, 三农 but also 三包, 双刃剑).
- ``lexicon_join``: with the characters right after the quote it makes a slogan of the lexicon (“八五”普法, “两山”理念).
- ``head``: it ends in the head of a named programme (经验 战略 工程 行动 模式).
- ``plus``: a ``+`` formula (专业+机制+大数据, 1+3+N, 人工智能+): three parts or more,
  an open end, a side from the ``plus_head`` cues (互联网, 人工智能, 网格), two-character
  sides that share their first or last character (夜游+夜娱, 警格+网格), or sides of two to
  four characters that share their last: two offices joined (河长+检察长), two modes of one work (徒步巡+无人机巡);
  and any two sides before a mechanism word (“甲+乙”工作机制, 联动机制, 双轨机制): a body's scheme.
- ``plus_plain``: two everyday nouns joined by ``+`` (光伏+棉花, 线下摆摊+线上直播): a
  description of a product or a business, not a formula.
- ``weak_head``: it ends in a head that also ends everyday phrases (工作 治理 服务).
- ``question``: a question word inside (向哪投, 谁来管): a question quoted.
- ``dotted``: a middle dot inside (某某春晚·同心筑梦): an event's or a column's title.
- ``amount``: Arabic digits with a unit (24小时不打烊, 3天到账): an advertised service.
- ``code_year``: a code name of two to four characters and a year (“诛雀-2025”, “昆仑2024”): a
  campaign of that year, whatever head follows.
- ``idiom_end``: it ends as a set phrase of criticism (一关了之).
- ``metaphor``: the phrase is a common metaphor of political writing (``metaphor`` cues: 最后一公里,
  一亩三分地, 半拉子工程), not a formulation, whatever its numerals or head.
- ``work_list``: listed beside a title in 《》: the name of a work.
- ``framed``: five characters or more that open with a framing verb (坚持, 加快, 开展 …):
  a heading around a formulation, whose core the lexicon finds (“加快建设贸易强国”).
- ``verb_phrase``: a verb with a complement (供得出, 跑起来): a description, not a name.
- ``spaced``: white space inside (这些美  很中国): a headline's two halves.
- ``nested``: quotation marks inside: the inner quote is the candidate.
- ``examples``: one of several quotes written side by side and closed by 等 (“高薪招工”“稳定兼职”等):
  examples of what people say or write; not where 等 closes a model or a method (“A”“B”等调研工作法).
- ``from_to``: one end of a change written 从“A”到“B” (从“看园”到“入戏”, 由“时令”变“长销”): a description of a change.
- ``parallel_list``: a quoted list of three to six items of one length that share a character at
  one place (“好邻居、好伙伴、好朋友”) or of four or more two-character items (“创新、宜居、美丽、韧性”):
  a fixed series; its length is not held against it.
- ``series``: a member of a parallel series (以“绝对忠诚”为魂……以“担当使命”为要,
  “A”、“B”, or “A、B、C”).
- ``measured`` / ``nickname`` / ``aspect`` / ``modifier``: a demonstrative or classifier before, a
  person's noun at the end, an aspect particle or 的 inside (:mod:`quote_shape`); a classifier before a quote
  that 的 follows counts the noun after 的 (一条“…”的新路子), not the quote, and is not held against it.
- ``of_frame``: 的 and a word that names what a formulation is (``after_frame`` cues: 模式, 理念,
  格局) right after the quote, at most four characters apart (“群众点单、党员接单”的模式,
  “以和为贵”的文化传统): the text says the phrase is a model, an idea or a principle.
- ``left_behind``: a verb of leaving a practice behind right before (``before_not`` cues: 跳出,
  摆脱, 破除): the quote names what is rejected (跳出“剜到篮子里就是菜”的做法), not a formulation.
- ``central_task``: a task quoted word for word from a central meeting or document (会议提出“有序推进
  老旧街区更新”; :mod:`central_tasks`): a canonical formula, verb and all. The cue's verb of saying,
  the framing verb and the length it explains do not count against it.
- ``dash_chain`` / ``list_formula``: a procedure chain (“受理—分流—调解—反馈”) or a compact list of one
  length (“强基础、补短板、促提升”) of a local body (:mod:`quote_forms`): its dashes, its length and a
  classifier before it are not held against it. A quote the text names with ``of_frame`` is not held
  long up to 24 characters (“诉前实现保护公益目的是最佳司法状态”的理念); ``=`` makes no ``+`` formula (3+5=8).
- ``venue``: a public body's own quoted class, hall, station, fund or case (开设“平安讲堂”; :mod:`venue_names`).
- ``cue_before`` / ``cue_after``: a word that introduces or follows a programme
  (开展“…”活动, “…”建设), or a verb of policing and a campaign's head (“…”打防行动, :mod:`quote_campaigns`);
  ``cue_before_weak``: a verb that takes any object (聚焦, 推进, 坚持).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Dict, FrozenSet, List, Optional, Sequence, Tuple

import msgspec

from baokan.annotators.core import lexicon, recache
from baokan.annotators.language.central_tasks import single_task
from baokan.annotators.language.chars import HAN, HAN_CHAR
from baokan.annotators.language.numeral_formulas import DIGITS as _DIGITS
from baokan.annotators.language.numeral_formulas import is_numeral_formula, numeral_word, short_formula
from baokan.annotators.language.quote_campaigns import verb_campaign
from baokan.annotators.language.quote_forms import local_form
from baokan.annotators.language.quote_lexicon import joined_canonical, lexicon_canonical
from baokan.annotators.language.quote_lists import (  # noqa: F401 (re-exported)
    CLOSERS,
    MAX_INNER,
    PAIRS,
    SPEECH_PUNCT,
    clause_couplet,
    in_examples,
    pair_only,
    parallel,
    parallel_list,
    run_after,
    series_members,
)
from baokan.annotators.language.quote_scan import Quote, find_quotes, scan_quotes  # noqa: F401 (re-exported)
from baokan.annotators.language.quote_shape import SHAPES as _SHAPES
from baokan.annotators.language.quote_shape import shape_features
from baokan.annotators.language.venue_names import with_venue

_CJK = HAN_CHAR
_PLUS = recache.compile(r"^[^+＋]{1,8}(?:[+＋][^+＋]{1,8})+$|^[^+＋]{2,8}[+＋]$")
#: A campaign's code name of two to four characters and the year it runs (云剑-2024, 昆仑2023).
_CODE_YEAR = recache.compile(rf"[{HAN}]{{2,4}}[-－—·]?(?:19|20)[0-9]{{2}}")
_AMOUNT = recache.compile(r"[0-9０-９]+(?:小时|分钟|公里|[天日年月周岁次元万亿个件])")
#: Words that make a quoted phrase a question.
QUESTION_CHARS = set("哪谁吗呢么") | {"什么", "怎么", "如何", "为何"}
_QUESTION = recache.compile("|".join(sorted(QUESTION_CHARS)))
#: White space as ``str.isspace`` has it (a headline's two halves).
_WHITE = recache.compile(r"\s")
#: The verbs between the two ends of a change: 从“A”到“B”, 由“A”变为“B”, 从“A”迈向“B”.
_CHANGE = r"(?:到|向|变为|变成|变|转为|转向|迈向|走向|升级为|跃升为)"
_FROM_END = recache.compile(r"^" + _CHANGE + r"[“‘]")
_TO_END = recache.compile(r"[从由][“‘][^”’\n]{1,16}[”’]" + _CHANGE + r"$")
#: A template of slogan_patterns.tsv that names a head: ``{X}经验``, ``{X}专项行动``.
_HEAD_TEMPLATE = recache.compile(rf"^\{{X\}}([{HAN}]{{1,6}})$")

#: Weight of each feature; see the module docstring.
WEIGHTS: Dict[str, float] = {
    "lexicon_punct": 20.0,
    "speech_punct": -10.0,
    "too_short": -10.0,
    "too_long": -10.0,
    "long": -1.5,
    "saying": -10.0,
    "colon": -1.0,
    "speech_end": -4.0,
    "naming": -3.0,
    "built_goal": 2.0,
    "verbal": -3.0,
    "possessive": -1.0,
    "dict_word": -2.0,
    "object_head": -2.0,
    "numeral": 3.0,
    "numeral_short": 2.0,
    "lexicon_join": 3.0,
    "head": 2.0,
    "plus": 3.0,
    "plus_plain": -1.0,
    "weak_head": 1.0,
    "question": -4.0,
    "dotted": -3.0,
    "amount": -3.0,
    "idiom_end": -4.0,
    "metaphor": -6.0,
    "work_list": -4.0,
    "examples": -2.0,
    "framed": -2.5,
    "verb_phrase": -3.0,
    "spaced": -3.0,
    "nested": -3.0,
    "from_to": -2.5,
    "series": 2.0,
    "parallel_list": 2.0,
    "couplet": 2.0,
    "measured": -2.0,
    "nickname": -2.0,
    "aspect": -3.0,
    "modifier": -1.5,
    "of_frame": 3.5,
    "code_year": 3.0,
    "cue_before": 1.5,
    "cue_before_weak": 0.75,
    "left_behind": -3.0,
    "cue_after": 1.5,
    "central_task": 4.0,
    "dash_chain": 2.0,
    "list_formula": 1.5,
    "venue": 2.5,
}
#: The features a central task's cue and shape explain (its verb of saying, framing verb, length).
_TASK_EXPLAINS = frozenset({"saying", "colon", "framed", "long", "too_long"})
#: A quote is a slogan when its score reaches this.
THRESHOLD = 1.5


class Judgement(msgspec.Struct):
    """The verdict on one quote: its score, the features that fired, and whether it is a slogan.
    ``verdict``: one given by another judge (the fitted model of :mod:`quote_model`); None: the score decides."""

    score: float
    features: Dict[str, float] = {}
    verdict: Optional[bool] = None

    @property
    def slogan(self) -> bool:
        return self.score >= THRESHOLD if self.verdict is None else self.verdict


class Cues:
    """The cue words of ``slogan_cues.tsv`` by role, for suffix and prefix tests."""

    def __init__(self, rows: Sequence[Dict[str, str]], extra_heads: Sequence[str] = ()) -> None:
        by_role: Dict[str, set] = {}
        for row in rows:
            word = row.get("word", "").strip()
            if word:
                by_role.setdefault(row.get("role", "").strip(), set()).add(word)
        by_role.setdefault("head", set()).update(h for h in extra_heads if h)
        self.roles: Dict[str, FrozenSet[str]] = {k: frozenset(v) for k, v in by_role.items()}
        self.longest = max((len(w) for words in self.roles.values() for w in words), default=1)
        # each role's cue lengths, longest first (the only lengths worth slicing the text at), and the
        # characters its cues end and open with (most texts end with none: one test, no slice)
        self._sized = {
            k: (v, sorted({len(w) for w in v}, reverse=True), {w[-1] for w in v}, {w[0] for w in v})
            for k, v in self.roles.items()
        }

    def ends_with(self, text: str, role: str) -> Optional[str]:
        """The longest cue of ``role`` that ``text`` ends with."""
        words, lengths, lasts, _ = self._sized.get(role, _NO_CUES)
        if text[-1:] not in lasts:
            return None
        size = len(text)
        for n in lengths:
            if n <= size and text[-n:] in words:
                return text[-n:]
        return None

    def starts_with(self, text: str, role: str) -> Optional[str]:
        """The longest cue of ``role`` that ``text`` starts with."""
        words, lengths, _, firsts = self._sized.get(role, _NO_CUES)
        if text[:1] not in firsts:
            return None
        size = len(text)
        for n in lengths:
            if n <= size and text[:n] in words:
                return text[:n]
        return None


_NO_CUES: Tuple[FrozenSet[str], List[int], set, set] = (frozenset(), [], set(), set())


@lru_cache(maxsize=1)
def cues() -> Cues:
    """The cue words, with the heads of the ``{X}经验``-style templates of ``slogan_patterns.tsv``."""
    rows = lexicon.read_table("slogan_cues").rows
    heads = []
    for r in lexicon.read_table("slogan_patterns").rows:
        m = _HEAD_TEMPLATE.match(r.get("pattern", "").strip())
        if m:
            heads.append(m.group(1))
    return Cues(rows, heads)


#: A mechanism word right after a quoted ``+`` formula, with up to two characters of its kind before it (机制, 工作机制,
#: 联动机制, 双轨机制): the formula names a body's scheme.
_SCHEME_AFTER = recache.compile("[\u4e00-\u9fff]{0,2}机制")


def is_plus_formula(inner: str) -> bool:
    """专业+机制+大数据, 1+3+N, 人工智能+: parts joined by ``+``, or an open end."""
    return ("+" in inner or "＋" in inner) and "=" not in inner and "＝" not in inner and bool(_PLUS.match(inner))


def plus_strength(inner: str, cue: Cues) -> str:
    """``plus`` for a formula (three parts, an open end, a ``plus_head`` side), ``plus_plain``
    for two everyday nouns joined by ``+``, ``""`` when ``inner`` is no + formula."""
    if not is_plus_formula(inner):
        return ""
    parts = [p for p in inner.replace("＋", "+").split("+")]
    if len(parts) >= 3 or not parts[-1] or not all(_CJK.match(p[:1]) for p in parts):
        return "plus"
    words = cue.roles.get("plus_head", frozenset())
    if any(p in words or cue.starts_with(p, "plus_head") or cue.ends_with(p, "plus_head") for p in parts):
        return "plus"
    if all(len(p) == 2 for p in parts) and (len({p[0] for p in parts}) == 1 or len({p[-1] for p in parts}) == 1):
        return "plus"  # two-character sectors that share a head or a tail: 夜游+夜娱, 警格+网格
    if all(2 <= len(p) <= 4 for p in parts) and len({p[-1] for p in parts}) == 1:
        return "plus"  # two offices or units joined (河长+检察长), two modes of one work (徒步巡+无人机巡)
    return "plus_plain"


def judge(
    text: str,
    start: int,
    end: int,
    *,
    in_series: bool = False,
    cue: Optional[Cues] = None,
    dict_word=None,
    task: Optional[bool] = None,
) -> Judgement:
    """Judge the phrase ``text[start:end]``, quoted by the marks right around it.

    Args:
        text (str): The article text.
        start (int): Offset of the phrase (just after the opening mark).
        end (int): End of the phrase (the closing mark's offset).
        in_series (bool): Whether it belongs to a parallel series (see :func:`parallel`).
        cue (Cues, optional): Cue words; defaults to :func:`cues`.
        dict_word (callable, optional): ``str -> bool``, whether a short phrase is an
            everyday word; defaults to jieba's dictionary (:func:`baokan.annotators.language.words.is_word`).
        task (bool, optional): Whether the phrase is one task clause of a central cue, when the caller
            knows already (:func:`central_tasks.single_task`, asked here when None).

    Returns:
        Judgement: The score, the features that fired with their weights, and the verdict.
    """
    cue = cue or cues()
    inner = text[start:end]
    n = len(inner)
    fired: List[str] = []
    # the marks are one character each; look past them
    before = text[max(0, start - 1 - 12) : max(0, start - 1)]
    after = text[end + 1 : end + 1 + 12]
    before_line = before.rsplit("\n", 1)[-1]
    after_line = after.split("\n", 1)[0]
    if before_line[-1:] in (" ", "\u3000") and after_line[:1] in (" ", "\u3000"):  # a page that pads its quotes
        before_line, after_line = before_line.rstrip(" \u3000"), after_line.lstrip(" \u3000")
    # a quote written side by side with others (“云剑”“断卡”“断流”等专项行动) shares the head after the run
    head_after = run_after(text, end) if after_line == after.split("\n", 1)[0] else after_line
    # a campaign's head after it (“净网”专项行动, “清风”集中整治行动): the quote is the campaign's code name
    verb_head = verb_campaign(head_after, before_line, cue)
    campaign = verb_head is not None or cue.starts_with(head_after, "code_follow") is not None

    if ("," in inner or ";" in inner or ":" in inner) and lexicon_canonical(inner):  # (its ASCII marks full width)
        fired.append("lexicon_punct")
    couplet = clause_couplet(inner)
    if couplet:
        fired.append("couplet")  # mirrored clauses: a dictum's commas, not speech's
    elif not SPEECH_PUNCT.isdisjoint(inner):
        fired.append("speech_punct")
    if n < 2:
        fired.append("too_short")
    elif couplet or pair_only(inner):
        pass  # a couplet's or a pair's length is its items'
    elif parallel_list(inner):
        fired.append("parallel_list")  # its length is the items', not the list's
    elif n > 16:
        fired.append("too_long")
    elif n > 10 and not (campaign or cue.starts_with(head_after, "after_frame")):
        fired.append("long")  # not a name before its head: those run long (“化解…稳定”专项治理, “…”原则)
    if before_line[-1:] in ("：", ":", "，", ","):
        if cue.ends_with(before_line[:-1], "saying"):
            fired.append("saying")
        elif before_line[-1:] in ("：", ":") and before_line[-2:-1] not in CLOSERS:
            fired.append("colon")  # not after a quoted name: “A”：“B” spells out what A is
    elif before_line.endswith(("说", "问")) and not before_line.endswith(("小说", "所说", "据说")):
        fired.append("saying")  # 他说“好” — speech without a colon
    if cue.starts_with(after_line[1:] if after_line[:1] in ("，", ",") else after_line, "speech_end"):
        fired.append("speech_end")
    if cue.ends_with(before_line, "naming") or cue.ends_with(before_line, "honour"):  # 被评为“…”: a title conferred
        fired.append("naming")
    elif cue.ends_with(inner, "goal_head") and cue.ends_with(before_line, "goal_before"):
        fired.append("built_goal")  # 在建设“江南一流物流枢纽”中: a body's development target
    if cue.starts_with(after_line, "verbal") and not cue.starts_with(after_line, "after"):
        fired.append("verbal")
    if before_line.endswith("的"):
        fired.append("possessive")
    numeral = is_numeral_formula(inner)
    if numeral and not lexicon_canonical(inner) and numeral_word(inner, dict_word):
        numeral = False
        fired.append("dict_word")
    if numeral:  # a numeral and one or two characters (三包, 双刃剑) is as often a word as a formula
        fired.append("numeral_short" if short_formula(inner) and not _DIGITS.match(inner) else "numeral")
    if n >= 2 and joined_canonical(inner, after_line):
        fired.append("lexicon_join")
    plus = plus_strength(inner, cue)
    scheme = bool(plus) and _SCHEME_AFTER.match(after_line) is not None
    if plus == "plus_plain" and scheme:
        plus = "plus"  # “即办即结+分级处置”工作机制, “无人机+地面警力”联动机制: a body's scheme, no product
    if plus:
        fired.append(plus)
    head = cue.ends_with(inner, "head") if n > 1 else None
    if head and head != inner:
        fired.append("head")
    else:
        thing = cue.ends_with(inner, "object")
        if n > 2 and not thing and cue.ends_with(inner, "weak_head"):
            fired.append("weak_head")
        elif thing and (not numeral or len(thing) >= 2) and not scheme:
            fired.append("object_head")  # 走访登记本; 五金之都 too, though it opens with a numeral
            # (not in a scheme's + formula: “问题清单+责任清单”双轨机制)
    if _QUESTION.search(inner):
        fired.append("question")
    if "·" in inner or "•" in inner:
        fired.append("dotted")
    if _CODE_YEAR.fullmatch(inner):
        fired.append("code_year")  # a campaign's code name and its year: “诛雀-2025”, “昆仑2024”
    elif _AMOUNT.search(inner):
        fired.append("amount")
    if cue.ends_with(inner, "idiom_end"):
        fired.append("idiom_end")
    if inner in cue.roles.get("metaphor", ()):
        fired.append("metaphor")
    if after_line.startswith(("、《", "，《", "和《")) or before_line.endswith(("》、", "》，", "》和")):
        fired.append("work_list")
    if in_examples(text, start, end, cue):
        fired.append("examples")
    if n >= 5 and cue.starts_with(inner, "framing"):
        fired.append("framed")
    if (n == 3 and inner[1] == "得") or inner.endswith(("起来", "下去", "出来")):
        fired.append("verb_phrase")
    if _WHITE.search(inner):
        fired.append("spaced")
    if not (CLOSERS.isdisjoint(inner) and PAIRS.keys().isdisjoint(inner)):
        fired.append("nested")
    if not numeral and "head" not in fired and "weak_head" not in fired and 2 <= n <= 4 and _CJK.fullmatch(inner[0]):
        from baokan.annotators.language import words

        # a campaign's code name is often an everyday word (“净网”专项行动, “清朗”行动)
        if (dict_word or words.is_word)(inner) and not campaign:
            fired.append("dict_word")
    if "dict_word" in fired and "lexicon_join" in fired:
        fired.remove("dict_word")  # “七五”普法: with what follows it the quote is a lexicon formula, no everyday word
    wide_before = text[max(0, start - 1 - 24) : max(0, start - 1)]
    if (before_line.endswith(("从", "由")) and _FROM_END.match(after_line)) or (
        ("从" in wide_before or "由" in wide_before) and _TO_END.search(wide_before)
    ):
        fired.append("from_to")
    if in_series:
        fired.append("series")
    if cue.ends_with(before_line, "before"):
        fired.append("cue_before")
    elif cue.ends_with(before_line, "before_weak"):
        fired.append("cue_before_weak")
    elif cue.ends_with(before_line, "before_not"):
        fired.append("left_behind")  # 跳出“…”的做法, 破除“…”: a practice the text leaves behind
    # 开展“某某”等活动: one quote and 等 before the cue (side by side quotes with 等 are examples)
    after_cue = after_line if "examples" in fired else head_after
    if after_cue[:1] not in (" ", "\u3000"):  # a word that a layout space splits: “…”新 机制
        after_cue = after_cue.replace(" ", "", 1).replace("\u3000", "", 1)
    if cue.starts_with(after_cue, "after") and not cue.starts_with(after_cue, "after_not"):
        fired.append("cue_after")
    elif verb_head is not None:
        fired.append("cue_after")  # “铁拳护城”打防行动: a verb of policing and a campaign's head
    if after_line[:1] == "的" and any(cue.ends_with(after_line[1:n], "after_frame") for n in range(3, 8)):
        fired.append("of_frame")
    # before a programme's head a nickname or a counted word names the programme (“巴渝工匠”行动)
    shapes = zip(_SHAPES, shape_features(before_line, inner, after_line))
    fired += [f for f, hit in shapes if hit and not (f in ("measured", "nickname") and "cue_after" in fired)]
    fired = with_venue(text, start, end, fired)  # 开设“平安讲堂”: a body's own class, its head no object's
    form, explains = local_form(inner, before_line, after_line, fired, cue)
    if form:  # a procedure chain or a compact list of a local body (quote_forms)
        fired = [f for f in fired if f not in explains] + form
    elif "of_frame" in fired and n <= 24 and "speech_punct" not in fired:
        fired = [f for f in fired if f not in ("long", "too_long")]  # “…是…”的理念: the text names it
    # 会议提出“有序推进老旧街区更新”: a canonical formula, verb and all
    if single_task(text, start, end) if task is None else task:
        fired = [f for f in fired if f not in _TASK_EXPLAINS] + ["central_task"]
    features = {f: WEIGHTS[f] for f in fired}  # a feature fired twice keeps its first place
    return Judgement(sum(features.values()), features)
