"""Shapes of local formulas in quotes: procedure chains and compact parallel lists.

Provincial, city, county, police and legal papers name the formulas of their own bodies, which no
central document lists: a procedure written as a chain of steps (“受理—分流—调解—反馈”闭环机制), and a
short list of compact clauses of one length that a body sets as its goal, principle or mechanism
(围绕“防风险、保安全、护稳定”目标, 构建“街道牵头、公安主导、多方联动”的格局). The quote judgement
(:mod:`quoted`) holds dashes for speech and a long quote for a sentence; these shapes say when it
should not. Each returns the features to add and those the shape explains (:func:`local_form`).

- :func:`dash_chain`: three to six steps of two to six characters joined by dashes (—, ——, -, －, →,
  with or without spaces around them): a procedure, not speech broken off, where a word of a
  procedure (``chain_head`` cues: 机制, 流程, 格局, 工作法 …) follows before the next mark of punctuation
  (“…”闭环机制, “…”全流程管理, “…”的治理新格局); a research team's pipeline (构建“理解—规划—控制”闭环。)
  names none, and the stages of a sector named as a whole chain or system (打通“科技—资本—产业”全链条,
  “基础研究—…—下游应用”的生态体系) are a description.
- :func:`list_formula`: two to four items of one length, three to six characters each (two items
  need five or more: 接案即响应、调解全链条), all Han characters and none of them a particle or a
  pronoun of speech (了, 着, 的, 我, 你 …): a compact series, not a quoted sentence, where a cue of the
  judgement frames it (推行 before; 目标, 工作主线, “…”的模式 after), a ``list_before`` cue of building
  or securing stands before it (构建, 确保, 围绕) or a ``list_after`` cue follows (为主题); the weak
  cues before a quote (创新, 全面, 持续) frame nothing (科技创新“长周期、分阶段、高风险”的规律). Its length is the
  items'. Unframed lists of this shape describe things (呈现“研发资源多、…”的特征, a product that is
  “能说话、会思考、懂管理”, a job advert's “包吃包住、报销机票、专人接送”).
- :func:`balance_pairs`: two to four clauses, each two sides joined by 与 or 和 and a word that balances them (并重,
  并举, 同步, 相结合 …: 破案与追赃同步、打击与挽损并重): a principle of how a body weighs its tasks, as the central
  惩防并举 and 打防并举 are; one such clause alone is as often a slogan of a product (颜值与实力并重).
"""

from __future__ import annotations

from typing import FrozenSet, List, Sequence, Tuple

from baokan.annotators.core import recache
from baokan.annotators.language.chars import HAN

#: A procedure chain: steps of two to six Han characters joined by a dash or an arrow.
_CHAIN = recache.compile(rf"[{HAN}]{{2,6}}(?:\s*(?:——|—|－|-|→)\s*[{HAN}]{{2,6}}){{2,5}}")
#: An item of a compact list: Han characters only.
_ITEM = recache.compile(rf"[{HAN}]+")
#: Characters that make a clause speech or a description rather than an item of a formula.
_NOT_FORMULA = frozenset("的了着过得吗呢吧啊呀嘛们我你他她咱很都也还又再把被")
#: 再 opening a stock verb of goals (再造, 再创, 再上, 再铸: 再创新辉煌, 再上新台阶), which is no adverb of speech.
_AGAIN = recache.compile("再[造创上铸攀立]")
#: What a procedure chain explains: the dashes are not speech, its length is its steps', and the
#: spaces around its dashes are no headline's two halves.
CHAIN_EXPLAINS: FrozenSet[str] = frozenset({"speech_punct", "long", "too_long", "spaced"})
#: What a compact list explains: its length.
LIST_EXPLAINS: FrozenSet[str] = frozenset({"long", "too_long"})
#: The judgement's features of a framing cue that a compact list needs.
LIST_FRAMES: FrozenSet[str] = frozenset({"cue_before", "cue_after", "of_frame"})
#: A clause that balances two sides: one to four Han characters, 与 or 和, one to four, and a balancing word.
_BALANCE = recache.compile(
    rf"[{HAN}]{{1,4}}[与和][{HAN}]{{1,4}}(?:并重|并举|同步|相结合|结合|相统一|统一|兼顾|并行|同抓|齐抓|两手抓)"
)
#: Punctuation that ends the words after a chain.
_STOP = recache.compile(r"[，。；：、！？,.;:!?“”\s]")


def dash_chain(inner: str) -> bool:
    """A procedure of three to six steps joined by dashes (登记—研判—交办—督办—回访)."""
    return ("—" in inner or "-" in inner or "－" in inner or "→" in inner) and bool(_CHAIN.fullmatch(inner))


def list_formula(inner: str, pairs: int = 5) -> bool:
    """Two to four compact items of one length (强基础、补短板、促提升; 党建引领、多级互动、全面融合); two items
    only of ``pairs`` characters or more each (five: a shorter pair is as often a description, unless the
    text sets it as a principle, :func:`set_as_principle`, or as the way of working it changes to,
    :func:`changed_to`)."""
    if "、" not in inner:
        return False
    items = inner.split("、")
    size = len(items[0])
    if not 2 <= len(items) <= 4 or not 3 <= size <= 6 or any(len(i) != size for i in items):
        return False
    if len(items) == 2 and size < pairs:
        return False
    plain = _AGAIN.sub("", inner) if "再" in inner else inner  # 再造新辉煌: a stock verb of goals, no adverb of speech
    return all(_ITEM.fullmatch(i) for i in items) and _NOT_FORMULA.isdisjoint(plain)


_NOTHING: Tuple[List[str], FrozenSet[str]] = ([], frozenset())


def chain_head(after: str, heads: FrozenSet[str]) -> bool:
    """Whether a word of a procedure (``heads``) stands in ``after`` before its first punctuation."""
    words = _STOP.split(after[:14], 1)[0]
    return any(h in words for h in heads)


def local_form(inner: str, before: str, after: str, fired: Sequence[str], cue) -> Tuple[List[str], FrozenSet[str]]:
    """The feature a local formula's shape adds (``dash_chain`` or ``list_formula``) and the features
    of the hand judgement (``fired``) it explains; nothing for other quotes.

    Args:
        inner (str): The quoted phrase.
        before (str): The text of its line before the opening mark.
        after (str): The text of its line after the closing mark.
        fired (Sequence[str]): The hand judgement's features so far.
        cue (quoted.Cues): The cue words: ``chain_head`` (a word of a procedure after a chain),
            ``list_before`` and ``list_after`` (a verb of building or securing before a compact list,
            a theme word after it: 构建“…”, 确保“…”, 以“…”为主题).
    """
    if dash_chain(inner) and chain_head(after, cue.roles.get("chain_head", frozenset())):
        return ["dash_chain"], CHAIN_EXPLAINS
    if ("与" in inner or "和" in inner) and balance_pairs(inner):
        return ["list_formula"], LIST_EXPLAINS  # “破案与追赃同步、打击与挽损并重”: a principle of balance
    if "、" not in inner or "parallel_list" in fired:
        return _NOTHING
    framed = (
        not LIST_FRAMES.isdisjoint(fired)
        or cue.ends_with(before, "list_before")
        or cue.starts_with(after, "list_after")
    )
    if framed and list_formula(inner):
        return ["list_formula"], LIST_EXPLAINS
    if after.startswith(_JOINED) and joined_steps(inner):
        return ["list_formula"], LIST_EXPLAINS  # “研判、处置、反馈”一体化: the steps of one joined procedure
    if (set_as_principle(before, after, cue) or changed_to(before)) and list_formula(inner, pairs=3):
        return ["list_formula"], LIST_EXPLAINS  # 以“源头预防、精准处置”为原则, 变“…”为“主动防、源头治”
    return _NOTHING


def balance_pairs(inner: str) -> bool:
    """Two to four clauses parted by 、, each two sides and a balancing word (打击与防范并重、治标和治本结合)."""
    items = inner.split("、")
    return 2 <= len(items) <= 4 and all(_BALANCE.fullmatch(i) for i in items)


#: Words after a quoted list of steps that join them into one procedure (“甲甲、乙乙、丙丙”一体化作战).
_JOINED = ("一体化", "一体推进", "一体运行")


def joined_steps(inner: str) -> bool:
    """Three or four two-character steps, Han only (研判、处置、反馈)."""
    items = inner.split("、")
    return 3 <= len(items) <= 4 and all(len(i) == 2 and _ITEM.fullmatch(i) for i in items)


def changed_to(before: str) -> bool:
    """变…为“…”, 转变为“…”: the quote is the way of working a body changes to (变以往“被动接处警”为“主动防、
    源头治”), as 以…为原则 names a principle."""
    return before.endswith("为") and ("变" in before or "转" in before)


def set_as_principle(before: str, after: str, cue) -> bool:
    """以“…”为 and a word that names a principle, a goal or a theme (为原则, 为基本思路, 为主题)."""
    if not (before.endswith("以") and after.startswith("为")):
        return False
    rest = after[1:]
    rest = rest[2:] if rest[:2] in ("基本", "主要", "总体", "根本", "首要") else rest
    return bool(cue.starts_with(rest, "after_frame") or cue.starts_with(rest, "list_after"))
