"""``slogans``: political formulations (提法), named strategies, experiences and campaigns.

Eight sources of candidates, then one choice among overlapping ones:

1. The lexicon (``slogans.tsv``) through the shared automaton: canonical forms and
   their variants; a variant names its canonical form (新时代“枫桥经验” → 枫桥经验).
2. Templates (``slogan_patterns.tsv``): a literal joined to a place that the
   places annotator found or the divisions lexicon knows (平安 + 浙江 → 平安浙江,
   浦江 + 经验 → 浦江经验).
3. Quoted phrases not in the lexicon, judged by :func:`baokan.annotators.language.quoted.judge`;
   a phrase judged a slogan is tagged at its other mentions in the article too
   (:mod:`baokan.annotators.language.slogan_quotes`).
4. Unquoted parallel series (绝对忠诚、担当使命、法治为民) of which at least
   two members are already slogans: the other members are slogans too.
5. Local variants of fixed frames (``slogan_frames.tsv``, :mod:`baokan.annotators.language.frames`):
   小事不出社区、大事不出街道、矛盾不上交 beside the lexicon's 小事不出村、大事不出镇、矛盾不上交.
6. The clauses of a paired task quoted from a central meeting or document (:func:`task_candidates`;
   a single task clause is a quoted phrase of 3.), the items of a leader's or a document's parallel list
   of task clauses (激发数字经济活力，增强数字政府效能，…), a central document's tasks printed unquoted, and
   the statements of a principle inside a leader's or a document's quoted words (:func:`dictum_candidates`).
7. Shapes that give a formula away without quotation marks
   (:func:`grammar_candidates`): policing role series (机关主战、基层主建),
   numbered sets (五个必须坚持), ``+`` formulas with a formula side (人工智能+制造)
   and programmes named after a launching verb (实施乡村建设行动).
8. Lists that open with an unquoted lexicon formula and elide its opening words in their later items
   (国家安全法治体系、战略体系、政策体系、风险防控体系; :func:`list_candidates`).
9. Local forms of national formulas: echoes of a 强国 row (教育强国 → 教育强省) and east–west pairs
   of provinces (闽宁协作; :func:`baokan.annotators.language.slogan_echoes.local_forms`).
10. Unquoted parallel formulas of a tight shape: verb–object series (稳治安、畅交通), slot series
    (思想强根、产业强县) and mirrored theses (:mod:`baokan.annotators.language.slogan_series`).

A lexicon slogan that is also a verb (严打) is not tagged where an object follows it.

The entity text never includes the quotation marks; ``quoted`` says whether
the marks were there, ``canonical`` gives the canonical form.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from itertools import accumulate, compress
from operator import attrgetter
from typing import Dict, FrozenSet, Iterable, List, NamedTuple, Optional, Sequence, Tuple

from baokan.annotators.core import lexicon, recache
from baokan.annotators.core.document import Document, entities_of
from baokan.annotators.core.registry import Option, annotator
from baokan.annotators.language import (
    formula_extents,
    frames,
    quoted,
    shared_verb_series,
    slogan_lists,
    slogan_series,
    work_titles,
)
from baokan.annotators.language.article_quotes import ArticleQuotes
from baokan.annotators.language.chars import HAN_CHAR
from baokan.annotators.language.occurrences import alternation_spans
from baokan.annotators.language.slogan_echoes import local_forms
from baokan.annotators.language.slogan_grammar import (  # noqa: F401 (re-exported)
    Candidate,
    _at_word_edges,
    _is_quoted,
    _shapes,
    grammar_candidates,
    series_candidates,
)
from baokan.annotators.language.slogan_quotes import quote_candidates
from baokan.annotators.language.unquoted_tasks import unquoted_task_spans
from baokan.schemas import Entity

QUOTE_CHARS = set(quoted.PAIRS) | quoted.CLOSERS
#: Division levels whose short forms are safe in a template: county and township shorts are
#: too often everyday words (资源, 合作, 幸福); they count when the places annotator tagged them.
TEMPLATE_LEVELS = {"province", "city"}
#: jieba's count from which a county's short form is an everyday word (资源, 合作), not only the name.
COMMON_WORD = 300
#: Placeholder of a template for a place name.
_PLACE = recache.compile(r"^(?:\{?PLACE\}?|<PLACE>|\[PLACE\]|地名|某地)$", re.I)
_CJK = HAN_CHAR
#: The longest place name a template looks back for (内蒙古自治区锡林郭勒盟 …).
MAX_PLACE = 20
#: A place's form of the modernisation goal and the national formula's verb it keeps when printed with it
#: (全面建设社会主义现代化新吉林 is must whole, like 全面建设社会主义现代化国家: docs/labels.md, s7 R2).
_GOAL_LITERAL, _GOAL_VERB = "社会主义现代化", "全面建设"
_SURFACE, _START = attrgetter("surface"), attrgetter("start")


class Template(NamedTuple):
    """A literal before or after a place: 平安 + PLACE, PLACE + 经验.

    A ``strict`` template (its note in the data says weak, or take only when …) is
    taken only when quoted or followed by 建设. (A named tuple, not a frozen Struct, so that mypyc compiles
    this module: setup.py.)
    """

    literal: str
    place_first: bool
    kind: str
    strict: bool = False


def parse_pattern(pattern: str) -> Optional[Template]:
    """``平安+PLACE`` / ``平安{PLACE}`` → Template; other pattern shapes → None."""
    parts = [p for p in re.split(r"\s*[+＋]\s*|(\{PLACE\}|<PLACE>|\[PLACE\])", pattern.strip()) if p and p.strip()]
    if len(parts) != 2:
        return None
    a, b = (p.strip() for p in parts)
    if _PLACE.match(b) and _CJK.match(a[:1]) and not _PLACE.match(a):
        return Template(a, False, "")
    if _PLACE.match(a) and _CJK.match(b[:1]) and not _PLACE.match(b):
        return Template(b, True, "")
    return None


@lru_cache(maxsize=1)
def templates() -> Tuple[Dict[str, Template], Dict[str, Template]]:
    """Templates by literal: (literal before the place, literal after the place)."""
    before: Dict[str, Template] = {}
    after: Dict[str, Template] = {}
    for row in lexicon.read_table("slogan_patterns").rows:
        t = parse_pattern(row.get("pattern", ""))
        if t is None:
            continue
        note = row.get("note", "").lower()
        strict = any(w in note for w in ("weak", "take only", "take when"))
        t = Template(t.literal, t.place_first, row.get("kind", ""), strict)
        (after if t.place_first else before)[t.literal] = t
    return before, after


def _narrow(text: str, start: int, end: int) -> Tuple[int, int]:
    """A variant's span without its quotation marks: edge marks dropped, and the quoted
    part kept when marks remain inside (新时代“枫桥经验” → 枫桥经验)."""
    while start < end and text[start] in QUOTE_CHARS:
        start += 1
    while end > start and text[end - 1] in QUOTE_CHARS:
        end -= 1
    if QUOTE_CHARS.isdisjoint(text[start:end]):
        return start, end  # no mark inside (most hits): no walk over the characters
    inner = [i for i in range(start, end) if text[i] in QUOTE_CHARS]
    if inner:
        opens = [i for i in inner if text[i] in quoted.PAIRS]
        closes = [i for i in inner if text[i] in quoted.CLOSERS and text[i] not in quoted.PAIRS]
        if opens:
            start = opens[0] + 1
            end = next((c for c in closes if c > start), end)
        else:  # only a stray closing mark: keep the part before it
            end = inner[0]
    return start, end


def lexicon_candidates(doc: Document, index: int) -> List[Candidate]:
    """Lexicon hits of the slogan table, narrowed to exclude quotation marks."""
    text = doc.articles[index].text
    out: List[Candidate] = []
    forms = lexicon.forms_of("slogans")  # a hit's surface is its form: one set test spares Hit.has
    hits = doc.lexicon_hits(index)
    for hit in compress(hits, map(forms.__contains__, map(_SURFACE, hits))):  # the set tests in C
        if not hit.has("slogans"):
            continue
        rows = hit.rows("slogans")
        start, end = _narrow(text, hit.start, hit.end)
        if end - start < 2:  # one quoted character inside a variant (反“独”促统): the whole variant
            start, end = hit.start, hit.end
        if end - start < 2:
            continue
        if work_titles.in_work_title(text, start, end):
            continue  # inside the title of a work (a book, a film, a speech): neutral, no mention
        quote = _is_quoted(text, start, end)
        if quote and _conferred(text, start):
            continue  # 被评为“枫桥式公安派出所”: an honour the unit holds, no formula (labels.md, other papers 4)
        if not quote and formula_extents.outside_mention(text, start, end):
            continue  # inside an event's quoted theme; a list formula run on into a writer's longer list
        if end - start <= 3 and not quote and not _at_word_edges(text, start, end):
            continue  # a short form inside a longer word
        if not quote and end - start <= 4 and _names_a_thing(text, end):
            continue  # 数字金融产品, 普惠金融贷款: a product named after the policy, not the policy
        if not quote and text[start:end] in quoted.cues().roles.get("verb_slogan", ()) and _used_as_verb(text, end):
            continue  # 严打各类违法犯罪: the verb, not the campaign
        row = next((r for r in rows if r.get("canonical") == hit.surface), rows[0])
        canonical = row.get("canonical") or text[start:end]
        cut = None if quote else formula_extents.two_formulas(text[start:end], forms.__contains__)
        if cut is not None:  # 党建引领 + 乡村振兴 written together: each part is the formula (adj R3)
            parts = [(start, start + cut), (start + cut, end)]
            for s, e in parts:
                out.append(Candidate(s, e, quoted.lexicon_canonical(text[s:e]) or text[s:e], False, "lexicon", 0))
            continue
        if _list_of_formulas(text[start:end], canonical):
            continue  # 科技是第一生产力、人才是第一资源、…: each item is the slogan, not the list
        opened = quote or text[start - 1 : start] in quoted.PAIRS  # “…保障。”: quoted with its full stop
        halves = [] if opened else slogan_series.mirrored_theses(text[start:end], start)
        if len(halves) == 2:  # a mirrored pair in running text: each half is the slogan (quoted, the dictum is whole)
            out += [Candidate(s, e, text[s:e], False, "lexicon", 0) for s, e in halves]
            continue
        at = text.find(canonical, start, end)
        extent = at == start and text[at + len(canonical) : end] in quoted.cues().roles.get("extent_suffix", ())
        if at >= 0 and (at, at + len(canonical)) != (start, end) and not extent:
            # a variant that wraps its canonical form (推进公安工作现代化, 平安浙江建设):
            # the entity is the canonical form, so its words stay free for other slogans
            start, end = at, at + len(canonical)
            quote = _is_quoted(text, start, end)
        far = None if quote else formula_extents.modernised(text, start, end)
        if far is not None:  # 甲甲体系和能力现代化: the modernisation formula, whole
            end, canonical = far, text[start:far]
        out.append(Candidate(start, end, canonical, quote, "lexicon", 0))
    return out


_ITEM_MARKS = recache.compile(r"[、，,；;]")


def _list_of_formulas(surface: str, canonical: str) -> bool:
    """Whether a lexicon hit is a list whose items are each a sentence-like formula of another
    row (科技是第一生产力、人才是第一资源、创新是第一动力): labels.md, batch 3, splits such a list.
    Items of four characters or fewer mean little alone: such a list stays whole (解放思想、实事求是)."""
    items = _ITEM_MARKS.split(surface)
    if len(items) < 2 or min(len(item) for item in items) < 5:
        return False
    found = [quoted.lexicon_canonical(item) for item in items]
    return all(f is not None and f != canonical for f in found)


#: The join between two conferred titles: a closing mark, a conjunction and a batch or a level
#: (命名为“甲”和首批“乙”): the second title is conferred by the same verb.
_NEXT_TITLE = recache.compile(r"”(?:和|及|以及|、)?(?:首批|第[一二三四五六七八九十0-9]{1,2}批|全国|省级|市级)?$")
#: The longest title looked back over, and the most titles in one run.
_TITLE_SPAN, _TITLE_RUN = 24, 3


def _conferred(text: str, start: int, run: int = 0) -> bool:
    """Whether a verb that confers a title (an ``honour`` cue: 评为, 授予) stands right before the quote that
    opens at ``start``, so that the quote names an honour of a unit or a place; also where the quote is a later
    title of one conferred run (被命名为“甲”和首批“乙”)."""
    if quoted.cues().ends_with(text[max(0, start - 4) : start - 1], "honour") is not None:
        return True
    if run >= _TITLE_RUN or text[start - 2 : start - 1] not in ("”", "和", "及", "、", "批", "国", "级"):
        return False  # most quotes: one slice test, no regex
    before = text[max(0, start - 9) : start - 1]
    m = _NEXT_TITLE.search(before)
    if m is None:
        return False
    close = start - 1 - (len(before) - m.start())
    opened = text.rfind("“", max(0, close - _TITLE_SPAN), close)
    return opened >= 0 and _conferred(text, opened + 1, run + 1)


def _names_a_thing(text: str, end: int) -> bool:
    """Whether a word that names a thing (an ``object`` cue of two characters or more: 产品, 基金,
    平台, 贷款) follows at ``end``, so that a short formula before it only names the thing."""
    head = quoted.cues().starts_with(text[end : end + 6], "object")
    return head is not None and len(head) >= 2


def _used_as_verb(text: str, end: int) -> bool:
    """Whether a slogan that is also a verb (严打) takes an object at ``end``: a Han
    character follows that does not start a campaign word (严打整治, 严打斗争)."""
    nxt = text[end : end + 1]
    if not nxt or not _CJK.match(nxt):
        return False
    follow = text[end : end + 4]
    cue = quoted.cues()
    return not (cue.starts_with(follow, "campaign_follow") or cue.starts_with(follow, "after"))


def frame_candidates(text: str) -> List[Candidate]:
    """Local variants of a fixed frame of ``slogan_frames.tsv`` (小事不出社区、大事不出街道、矛盾不上交)."""
    return [Candidate(s, e, text[s:e], _is_quoted(text, s, e), "frame", 1) for s, e in frames.find(text)]


def template_candidates(doc: Document, index: int) -> List[Candidate]:
    """Places with a template literal right before or after them (平安浙江, 浦江经验).

    A place is one the places annotator tagged, or a division the lexicon knows at
    city level or above (or by its full name); a county's short form is too often an
    everyday word (资源, 合作, 幸福) and counts only inside quotation marks, a township's not
    even there (“数字巡检” is no 数字 + 巡检镇).
    """
    before, after = templates()
    if not before and not after:
        return []
    article = doc.articles[index]
    text = article.text
    width_b = max((len(k) for k in before), default=0)
    width_a = max((len(k) for k in after), default=0)
    tagged = entities_of(article, "place")
    places: Dict[Tuple[int, int], bool] = {(e.start, e.end): True for e in tagged}
    hits = doc.lexicon_hits(index)
    starts = list(map(_START, hits))
    near: List = []  # only hits next to a template literal (few; an alternation finds them), not every hit (many)
    for _, m_end in alternation_spans(text, sorted(before, key=len, reverse=True)) if before else ():
        i = bisect.bisect_left(starts, m_end)
        while i < len(hits) and hits[i].start == m_end:
            near.append(hits[i])
            i += 1
    for m_start, _ in alternation_spans(text, sorted(after, key=len, reverse=True)) if after else ():
        i = bisect.bisect_left(starts, m_start - MAX_PLACE)
        while i < len(hits) and hits[i].start < m_start:
            if hits[i].end == m_start:
                near.append(hits[i])
            i += 1
    named = {e.text for e in tagged}  # divisions the page names in full
    for hit in near:
        if hit.has("divisions"):
            rows = hit.rows("divisions")
            sure = any(r.get("level") in TEMPLATE_LEVELS or r.get("name") == hit.surface for r in rows)
            sure = sure or _named_county(hit.surface, rows, named)
            if sure or any(r.get("level") == "county" for r in rows):  # a township's short form (巡检): none
                places[(hit.start, hit.end)] = places.get((hit.start, hit.end), False) or sure
    out: List[Candidate] = []

    def take(start: int, end: int, template: Template, sure: bool) -> None:
        quote = _is_quoted(text, start, end)
        if text[start - 1 : start] == "《" and text[end : end + 1] == "》":
            return  # the title of a work
        if (sure or quote) and (quote or not template.strict or text.startswith("建设", end)):
            if text.startswith(_GOAL_LITERAL, start) and text.endswith(_GOAL_VERB, 0, start):
                start -= len(_GOAL_VERB)
            out.append(Candidate(start, end, text[start:end], quote, "template", 1))

    last_b, first_a = _literal_edges()
    for (s, e), sure in places.items():
        for n in range(min(width_b, s), 0, -1) if text[s - 1 : s] in last_b else ():
            if text[s - n : s] in before:
                take(s - n, e, before[text[s - n : s]], sure)
                break
        for n in range(min(width_a, len(text) - e), 0, -1) if text[e : e + 1] in first_a else ():
            if text[e : e + n] in after:
                take(s, e + n, after[text[e : e + n]], sure)
                break
    return out


@lru_cache(maxsize=1)
def _literal_edges() -> Tuple[FrozenSet[str], FrozenSet[str]]:
    """The last characters of the literals before a place and the first of those after one: a place
    with neither beside it is no template's (one set test each, not a slice per literal length)."""
    before, after = templates()
    return frozenset(k[-1] for k in before), frozenset(k[0] for k in after)


def _named_county(short: str, rows: Sequence[Dict[str, str]], named: set) -> bool:
    """Whether a county's short form stands for a county the page names in full (平安内乡 on a page
    about 内乡县): a county paper writes its own county's short form in its place brands. A short
    form that is also a frequent everyday word (资源, 合作; jieba's count at least ``COMMON_WORD``)
    stays unsure; rare words that are only the place's name (内乡) do not."""
    from baokan.annotators.language import words

    return (
        len(short) >= 2
        and any(r.get("level") == "county" and r.get("name") in named and r.get("name") != short for r in rows)
        and words.freq(short) < COMMON_WORD
    )


def task_candidates(text: str, quotes: Optional[ArticleQuotes] = None) -> List[Candidate]:
    """The clauses of a task quote that the quote judgement does not take whole: both clauses of a
    paired formula (会议提出“统筹城市空间布局，提升城市的通达性”), a task sentence quoted with its
    full stop (“…培育未来产业。”), the items of a leader's parallel list of tasks and a central document's tasks
    printed unquoted. See :mod:`baokan.annotators.language.central_tasks`, :mod:`~.language.parallel_tasks`
    and :mod:`~.language.unquoted_tasks`."""
    out: List[Candidate] = []
    quotes = ArticleQuotes(text) if quotes is None else quotes
    for start, end in [(q.start, q.end) for q in quotes.quotes] + quotes.long_quotes():
        spans = quotes.task_spans(start, end) or quotes.list_spans(start, end)
        if spans and spans != [(start, end)]:
            out += [Candidate(s, e, text[s:e], _is_quoted(text, s, e), "central_task", 2) for s, e in spans]
    return out + [Candidate(s, e, text[s:e], False, "central_task", 2) for s, e in unquoted_task_spans(text)]


def dictum_candidates(text: str, quotes: Optional[ArticleQuotes] = None) -> List[Candidate]:
    """Statements of a principle inside a leader's or a central document's quoted words
    (现代化的最终目标是实现人自由而全面的发展; :mod:`baokan.annotators.language.dicta`)."""
    spans = (ArticleQuotes(text) if quotes is None else quotes).dicta_spans()
    return [Candidate(s, e, text[s:e], _is_quoted(text, s, e), "dictum", 2) for s, e in spans]


def list_candidates(text: str, lexical: Sequence[Candidate]) -> List[Candidate]:
    """Lists that open with an unquoted lexicon formula and elide its opening words in their later items
    (国家安全法治体系、战略体系、政策体系、风险防控体系; :mod:`baokan.annotators.language.slogan_lists`)."""
    forms = lexicon.forms_of("slogans")
    spans = [(c.start, c.end) for c in lexical if not c.quoted]
    return [
        Candidate(s, e, text[s:e], False, "list", 0)
        for s, e in slogan_lists.elided_lists(text, spans, forms.__contains__)
    ]


def choose(candidates: Iterable[Candidate], blocked: Sequence[Tuple[int, int]] = (), size: int = 0) -> List[Candidate]:
    """Non-overlapping candidates, longest first, then by rank; none strictly inside a
    blocked span (a police unit's name) unless quoted.

    Args:
        candidates (Iterable[Candidate]): Spans to choose from.
        blocked (Sequence[tuple]): ``(start, end)`` spans an unquoted slogan may not sit inside.
        size (int): The length of the text (the largest end offset when 0).
    """
    candidates = sorted(candidates, key=lambda c: (c.start - c.end, c.rank, c.start))
    size = max([size] + [c.end for c in candidates] + [e for _, e in blocked])
    # taken[i]: character i is covered by a chosen span (linear in the text, for long pages);
    # reach[k]: the furthest end of the first k + 1 blocked spans by start (a span's test is a bisection)
    taken = bytearray(size + 1)
    spans = sorted(blocked)
    starts = [s for s, _ in spans]
    reach = list(accumulate((e for _, e in spans), max))
    exact = set(blocked)
    chosen: List[Candidate] = []
    for c in candidates:
        if any(taken[c.start : c.end]):
            continue
        if not c.quoted and reach and _reach(starts, reach, c.start) >= c.end and (c.start, c.end) not in exact:
            continue
        chosen.append(c)
        taken[c.start : c.end] = b"\x01" * (c.end - c.start)
    return sorted(chosen, key=lambda c: c.start)


def _reach(starts: Sequence[int], reach: Sequence[int], at: int) -> int:
    """The furthest end of a blocked span that starts at or before ``at`` (0: none does)."""
    k = bisect.bisect_right(starts, at)
    return reach[k - 1] if k else 0


@annotator(
    "slogans",
    version="2",
    assigns=["entities.slogan"],
    requires=["articles"],
    after=["entities.place", "entities.police_unit"],
    default=True,
    options=[Option("quote_model", bool, False, "Judge quoted phrases by the fitted model, not the hand weights.")],
)
class Slogans:
    """Political formulations (提法) from the lexicon, templates and judged quoted phrases.

    Args:
        quote_model (bool): Judge quoted phrases by the logistic regression fitted on real pages
            (``quote_model.tsv``) instead of the hand-weighted :func:`~baokan.annotators.language.quoted.judge`.
            Defaults to False: leave-one-group-out over the fitting dates and sets 5-13 of other papers
            it did not beat the hand judgement through the annotator (docs/entities.md).
    """

    def __init__(self, *, quote_model: bool = False) -> None:
        self.quote_model = quote_model

    def __call__(self, doc: Document) -> Document:
        for index in range(len(doc.articles)):
            self.set_annotations(doc, index, self.match(doc, index))
        return doc

    def match(self, doc: Document, index: int) -> List[Candidate]:
        """The slogans of article ``index``."""
        text = doc.articles[index].text
        lexical = slogan_series.instrument_heads.extend(text, lexicon_candidates(doc, index))
        known = {text[c.start : c.end]: c.canonical for c in lexical}
        quotes = ArticleQuotes(text)  # found once; the readings of each quote kept for this article
        found = lexical + template_candidates(doc, index) + quote_candidates(text, known, quotes, self.quote_model)
        found += grammar_candidates(text) + frame_candidates(text) + task_candidates(text, quotes)
        found += dictum_candidates(text, quotes)
        found += list_candidates(text, lexical)
        found += [Candidate(s, e, text[s:e], _is_quoted(text, s, e), "echo", 1) for s, e in local_forms(text)]
        shaped = slogan_series.series_spans(text) + shared_verb_series.shared_verb_series(text)  # s12 R2
        found += [Candidate(s, e, text[s:e], _is_quoted(text, s, e), "shape", 1) for s, e in shaped]
        blocked = [(e.start, e.end) for e in entities_of(doc.articles[index], "police_unit")]
        chosen = choose(found, blocked, len(text))
        return choose(chosen + series_candidates(text, chosen, quotes.loose), blocked, len(text))

    def set_annotations(self, doc: Document, index: int, candidates: Sequence[Candidate]) -> None:
        article = doc.articles[index]
        # add_entity checks every entity for a duplicate, which is quadratic on a long page;
        # candidates never overlap, so only spans already tagged need skipping
        existing = {(e.start, e.end) for e in entities_of(article, "slogan")}
        for c in candidates:
            if (c.start, c.end) in existing:
                continue
            article.entities.append(
                Entity(
                    label="slogan",
                    start=c.start,
                    end=c.end,
                    text=article.text[c.start : c.end],
                    source=f"slogans.{c.rule}",
                    canonical=c.canonical,
                    quoted=c.quoted,
                )
            )
