"""Statements of a principle quoted from a leader or a central document (docs/labels.md, slogan, batch 5).

A leader's speech or a central document is often quoted at length, and the quote judgement
(:mod:`quoted`) rightly takes such a passage for speech. Inside it, a sentence that states a
principle or a thesis — ``X是Y`` (现代化的最终目标是实现人的全面发展), ``只有…才…``, ``…是…的必然要求`` —
is a dictum and a slogan as quoted, like any dictum; the rest of the passage is not.

Three things make such a dictum:

- the quote's source (:func:`sourced`): a leader's title (``leader`` words of ``central_tasks.tsv``:
  总书记, 主席) and a verb of saying in the sentence before the quote (总书记在考察时指出：“),
  a central meeting's or document's cue (:func:`central_tasks.cued`), a document of any issuer named by
  its 《》 title as the subject of a verb of saying (:func:`by_document`: 《若干举措》提出，“…”; not a law's
  or a regulation's article, ``law_head`` words), or a word after the quote that
  calls it a thesis (“…”的鲜明论断, “…”。这一重要论述);
- the unit: the quote's first sentence (split at 。！？；: a passage opens with its thesis), when it
  is one statement or two statements joined by a comma (甲是乙的重点，核心问题是丙); a statement that
  opens a longer sentence (甲是乙，要找到丙，让丁……) is too often a description's first clause. A
  longer sentence, up to :data:`LONG_LEN` characters, counts when it is two or three statements
  (财政是甲，科学的财税体制是乙) or a topic and its copula clause (:func:`topic_copula`: 构建甲，是乙的必然选择;
  高质量发展，就是甲的发展): a leader's thesis runs long, a description's sentence seldom keeps that shape;
  so does one of two or three clauses with one statement among plain clauses, or a paired frame
  (既…，也…; 越…越…), with no directive, speech or narration (:mod:`thesis_frames`); and a statement the
  next clause of which opens a directive (甲本身就是乙，要丙): the statement alone;
- the shape of a statement (:func:`statement`): 是 after a subject of two characters or more and
  before a predicate of two or more, :data:`MIN_LEN` to :data:`MAX_LEN` characters, no
  demonstrative at its start (这是), no pronoun of speaker or listener (我, 你, 咱; 我国 and 我党 name the
  country and the Party, not the speaker), no counted
  predicate (是一项系统工程: a description), no aspect particle 了 and no question; or a pair of
  clauses 只有…，才…

A leader's short saying quoted whole (总书记强调“以实干成就伟业”: one clause, or two joined by 、, of
five to sixteen characters, :func:`short_dictum`) is a dictum as well; a directive (要…, 必须…) is not.
A quote written right after a sourced one (“甲”“乙”。这些重要论述……) shares its source. The words
are data: ``annotators/data/central_tasks.tsv`` (``leader``, ``cue_verb``, ``thesis_after``).
"""

from __future__ import annotations

from functools import lru_cache
from typing import List, Optional, Sequence, Tuple

from baokan.annotators.core import lexicon, recache
from baokan.annotators.language import central_tasks, thesis_frames

#: The shortest and the longest statement taken (a subject, 是 and a predicate; a sentence, not a passage).
MIN_LEN = 8
MAX_LEN = 40
#: The longest sentence of two or three statements, or of a topic and its copula clause, taken whole.
LONG_LEN = 64
#: The longest quote read (a leader's passage runs long; longer ones are documents' paragraphs).
MAX_QUOTE = 200
#: How far before the opening mark the leader and the verb of saying are looked for, in the same sentence
#: (a run of a leader's sayings names him once: 总书记在甲会上强调“…”，在乙会上强调“…”).
WINDOW = 160

#: A plain quote: “, no other “ or ” and no line break, ” (:func:`quote_scan.scan_quotes` finds the same).
_PLAIN_QUOTE = recache.compile(r"“([^“”\n]*)”")
_SENTENCES = recache.compile(r"[^。！？；!?;]+")
_CLAUSE = recache.compile(r"[^，,：:]+")
#: 是 in words that are no copula of a statement (是否, 还是, 但是 …).
_NOT_COPULA = recache.compile(r"是否|是不是|还是|但是|于是|总是|凡是|要是|若是|只是|可是|硬是|倒是|算是|像是")
#: Words that open speech or a description, not a statement of principle.
_SPEECH_START = tuple("这那它他她")
#: Pronouns of the speaker and the listener: speech wherever they stand (给我印象最深的是……).
_SPEECH_PERSON = recache.compile(r"[我你咱您]")
#: 我国 and 我党: the country and the Party, not the speaker.
_NATIONAL_WE = recache.compile(r"我国|我党")
#: 是 and a counted noun: a description (改革是一项系统工程), not a principle.
_COUNTED = recache.compile(r"是一[个项种场条件部份次支门]")


def _speech(clause: str) -> bool:
    """Whether a clause reads as speech or a question: a pronoun of speaker or listener (not 我国, 我党),
    an aspect particle 了, a question particle, or a quotation or title mark inside."""
    if "了" in clause or "吗" in clause or "呢" in clause or "“" in clause or "‘" in clause or "《" in clause:
        return True
    return bool(_SPEECH_PERSON.search(_NATIONAL_WE.sub("", clause)))


def statement(clause: str, longest: int = MAX_LEN, *, counted: bool = False) -> bool:
    """Whether a clause states a principle: ``X是Y`` with a subject of two characters or more and a
    predicate of two or more, of :data:`MIN_LEN` to ``longest`` characters; ``counted``: a counted
    predicate (是一项系统工程) is allowed, as the thesis of :func:`counted_thesis`."""
    if not (MIN_LEN <= len(clause) <= longest) or clause.startswith(_SPEECH_START):
        return False
    if _speech(clause) or (not counted and _COUNTED.search(clause)):
        return False
    plain = _NOT_COPULA.sub("", clause)
    at = plain.find("是")
    return 2 <= at <= len(plain) - 3


def topic_copula(first: str, second: str) -> bool:
    """Whether two clauses are a topic and its copula (构建新发展格局，是适应新阶段要求的必然选择;
    高质量发展，就是满足人民需要的发展): the first of four characters or more with no 是 of its own and no
    directive's or demonstrative's opening, the second opening with 是 or 就是 and six characters or more,
    neither reading as speech, the second no counted description (，是一项系统工程)."""
    if len(first) < 4 or len(second) < 6 or not second.startswith(("是", "就是")):
        return False
    if first.startswith(_SPEECH_START) or first.startswith(_DIRECTIVE) or "是" in _NOT_COPULA.sub("", first):
        return False
    return not (_speech(first) or _speech(second) or _COUNTED.search(second))


def dictum_units(inner: str) -> List[Tuple[int, int]]:
    """Offsets in ``inner`` of its statement of principle: its first sentence (a passage opens with
    its thesis), when that is one statement, two statements joined by a comma or 只有…，才…; or, up to
    :data:`LONG_LEN` characters, two or three statements or a topic and its copula clause; else none."""
    if not _SHAPE_WORDS.search(inner):
        return []  # every shape holds 是, 只有…，才… or a paired frame (既…也…, 越…越…, 甲，也乙)
    sentence = _SENTENCES.search(inner)
    if not sentence:
        return []
    clauses = [(m.start(), m.end()) for m in _CLAUSE.finditer(inner, sentence.start(), sentence.end())]
    texts = [inner[s:e] for s, e in clauses]
    whole = (clauses[0][0], clauses[-1][1]) if clauses else (0, 0)
    if not clauses or whole[1] - whole[0] > LONG_LEN:
        return []
    if whole[1] - whole[0] <= MAX_LEN:
        if len(clauses) == 2 and texts[0].startswith("只有") and texts[1].startswith("才"):
            return [whole]
        if len(clauses) <= 2 and all(statement(t) for t in texts):
            return [whole]
    if len(clauses) == 2 and topic_copula(*texts):
        return [whole]
    if 2 <= len(clauses) <= 3 and all(statement(t, LONG_LEN) for t in texts):
        return [whole]
    if 2 <= len(clauses) <= 3 and counted_thesis(texts):
        return [whole]
    if not _COLON.search(inner, whole[0], whole[1]) and thesis_frames.loose_thesis(
        texts, is_statement=_long_statement, is_speech=_speech, directives=_DIRECTIVE
    ):
        return [whole]
    if thesis_frames.thesis_then_directive(texts, is_statement=statement, directives=_DIRECTIVE):
        return [clauses[0]]
    return []


_COLON = recache.compile(r"[：:]")
_SHAPE_WORDS = recache.compile(r"是|只有|既|越|也")


def _long_statement(clause: str) -> bool:
    return statement(clause, LONG_LEN)


def counted_thesis(clauses: Sequence[str]) -> bool:
    """Whether a sentence of two or three clauses is a thesis whose subject is named a kind of thing and
    then explained (改革是一项系统工程，需要处理好方方面面的关系; 改革是一个破旧立新的过程，破是手段，立是目的):
    the first clause a statement with a counted predicate (是一个, 是一项), the others neither speech nor a
    directive (要, 必须). Alone, ``X是一项Y`` reads as a description (:func:`statement`); a leader's or a
    document's sentence that opens so and goes on to explain it states the principle."""
    if not _COUNTED.search(clauses[0]) or not statement(clauses[0], LONG_LEN, counted=True):
        return False
    return not any(_speech(c) or c.startswith(_DIRECTIVE) for c in clauses[1:])


@lru_cache(maxsize=1)
def thesis_after() -> Tuple[str, ...]:
    """The ``thesis_after`` words of ``central_tasks.tsv``, longest first."""
    words = {
        r.get("word", "").strip() for r in lexicon.read_table("central_tasks").rows if r.get("role") == "thesis_after"
    }
    return tuple(sorted((w for w in words if w), key=len, reverse=True))


def _sentence_before(text: str, start: int) -> str:
    """The sentence before the quote at ``start``, in its own line (:func:`central_tasks.sentence_before`)."""
    return central_tasks.sentence_before(text, start, WINDOW, across_breaks=False)


def by_leader(text: str, start: int) -> bool:
    """Whether a leader's title and a verb of saying stand in the sentence before the quote at ``start``."""
    return _leader_in(_sentence_before(text, start))


def _leader_in(before: str) -> bool:
    cue = central_tasks.task_cues()
    return any(word in before for word in cue.leaders) and bool(cue.verb_tail_at_end(before))


#: A 《》 title in the sentence before a quote.
_TITLE = recache.compile(r"《([^《》\n]{2,60})》")


@lru_cache(maxsize=1)
def law_heads() -> Tuple[str, ...]:
    """The ``law_head`` words of ``central_tasks.tsv``: the heads of laws' and regulations' titles."""
    rows = lexicon.read_table("central_tasks").rows
    return tuple(sorted({r.get("word", "").strip() for r in rows if r.get("role") == "law_head"} - {""}))


def by_document(text: str, start: int) -> bool:
    """Whether a document named by its 《》 title is the subject of a verb of saying that ends the sentence
    before the quote at ``start`` (《若干举措》提出，“…”), the title no law's or regulation's (…法, …条例:
    their articles state rules, not principles)."""
    return _document_in(_sentence_before(text, start))


def _document_in(before: str) -> bool:
    if "》" not in before:
        return False
    tail = central_tasks.task_cues().verb_tail_at_end(before)
    if not tail:
        return False
    titles = _TITLE.findall(before, 0, tail.start())
    return bool(titles) and not titles[-1].endswith(law_heads())


def short_dictum(inner: str) -> bool:
    """Whether a quoted phrase is a short saying as a whole (以实干成就伟业, 自觉为人民出政绩、以实干出政绩):
    :data:`SHORT_MIN` to :data:`SHORT_MAX` characters, no clause mark but 、, no pronoun of speech, no
    directive's opening (要, 必须), no 了 and no question."""
    if not (SHORT_MIN <= len(inner) <= SHORT_MAX) or _CLAUSE_MARKS.search(inner):
        return False
    if inner.startswith(_SPEECH_START) or inner.startswith(_DIRECTIVE) or _SPEECH_PERSON.search(inner):
        return False
    return not any(ch in inner for ch in "了吗呢“”《》")


def sourced(text: str, start: int, end: int, *, is_cued: central_tasks.QuoteTest = central_tasks.cued) -> bool:
    """Whether the quote ``text[start:end]`` is a leader's, a central document's or a named document's
    words, or the text calls it a thesis right after it (``thesis_after`` words: 的鲜明论断, 这一重要论述).
    ``is_cued``: :func:`central_tasks.cued`, or a reader's that keeps its answers per quote."""
    before = _sentence_before(text, start)
    if _leader_in(before) or _document_in(before):
        return True
    after = text[end + 1 : end + 12].lstrip("，,。")
    if after.startswith(thesis_after()):
        return True
    return is_cued(text, start, end)


#: Words that open a directive (要加强某某, 必须坚持某某): a leader's instruction, neutral as a whole
#: (labels.md, batch 5), not a saying.
_DIRECTIVE = ("要", "必须", "应当", "应该", "务必")
#: The shortest and the longest short saying of a leader taken whole (:func:`short_dictum`).
SHORT_MIN = 5
SHORT_MAX = 16
_CLAUSE_MARKS = recache.compile(r"[，,。；;：:！？!?…—\s]")
_RUN = recache.compile(r"\A[、，,和与及]?\Z")


def dicta_spans(
    text: str,
    plain: Optional[Sequence[Tuple[int, int]]] = None,
    is_sourced: central_tasks.QuoteTest = sourced,
) -> List[Tuple[int, int]]:
    """The statements of principle inside the sourced quotes of ``text``, as offsets into ``text``.

    Args:
        text (str): The article text.
        plain (sequence, optional): Its plain quotes (:func:`quote_scan.scan_quotes`), when found already.
        is_sourced (callable): :func:`sourced`, or a reader's that keeps its answers per quote.
    """
    if plain is None:
        plain = [(m.start(1), m.end(1)) for m in _PLAIN_QUOTE.finditer(text)]
    quotes = [(s, e) for s, e in plain if MIN_LEN <= e - s <= MAX_QUOTE]
    units = [dictum_units(text[s:e]) for s, e in quotes]
    # a quote's source is asked only where it has a statement, or the next quote, run after it, needs it
    needed = [bool(u) for u in units]
    joined = [False] * len(quotes)  # run after the quote before it (“甲”“乙”, “甲”、“乙”)
    for k in range(len(quotes) - 1, 0, -1):
        if needed[k] and _RUN.match(text[quotes[k - 1][1] + 1 : quotes[k][0] - 1]):
            joined[k] = needed[k - 1] = True
    out: List[Tuple[int, int]] = []
    source = False  # the last needed quote's: the one right before when a quote is joined to it
    for k, (start, end) in enumerate(quotes):
        if needed[k]:
            source = (joined[k] and source) or is_sourced(text, start, end)
            if units[k] and source:
                out += [(start + s, start + e) for s, e in units[k]]
    for start, end in plain:  # a leader's short saying, whole
        if SHORT_MIN <= end - start <= SHORT_MAX and short_dictum(text[start:end]) and by_leader(text, start):
            out.append((start, end))
    return out
