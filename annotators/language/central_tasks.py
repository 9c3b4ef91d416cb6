"""Tasks quoted word for word from a central meeting or document (docs/labels.md, slogan, batch 3).

Papers quote the tasks a plenum, a conference or a central document sets in its own words:
党的二十届四中全会提出“加快构建新发展格局”, 会议强调，要“有序推进老旧街区更新”, 《建议》明确要求
“扎实推进全体人民共同富裕”. Such a quote is a canonical formula: it keeps its verb and is a slogan as
quoted (an inner lexicon core, 新发展格局, is then inside it: one mention, one extent). A quote of two
task clauses (“统筹城市空间布局，提升城市的通达性”) is a paired formula: each clause is a slogan, the
whole is not.

Two things make such a quote:

- the cue before it (:func:`cued`): a central meeting's or document's name as the subject (会议,
  全会, 中央经济工作会议, 党中央, 国务院, 规划建议, a 《》 title headed 建议, 决定, 纲要 …), an adverb or
  two (明确, 首次), a verb (提出, 强调, 要求, 部署 …), then 了 or 的, a comma or a colon and 要 at
  most; or 对“…”作出部署 after the subject. A quote written right after another that such a cue
  introduces (提出“A”“B”, 要“A”，“B”) shares its cue. A local body before the subject (县委, 市政府)
  makes the meeting no central one; a leader's speech (总书记强调“…”) has no such subject and is
  judged as speech is.
- the shape of a task (:func:`task_clauses`): one clause or two split by a comma, each opening with a
  policy verb or adverb (坚持, 加快, 推进, 统筹, 有序, 着力 …) or a preposition of a document's list
  (以甲引领乙, 在甲中乙, 由甲乙), of four to :data:`MAX_CLAUSE` characters, with no pronoun of speech
  (我, 你, 咱), no aspect particle 了, no quotation or title marks. A sentence's full stop at the end
  of the quote is left out of the clause. A clause that quotes a name inside (开展‘人工智能+’行动)
  needs no policy verb and is no slogan itself (the gold cannot write a slogan with marks inside,
  labels.md batch 4): it neither makes nor breaks the quote, whose other clauses are judged as usual.

The words are data: ``annotators/data/central_tasks.tsv``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable, FrozenSet, List, Optional, Sequence, Tuple

from baokan.annotators.core import lexicon, recache

#: The longest task clause (the quote judgement's own limit, ``too_long``); longer quotes are passages
#: of a document, not its formulas.
MAX_CLAUSE = 24
#: The shortest task clause (a verb and a two-character object).
MIN_CLAUSE = 4
#: The most task clauses one quote is split into (labels.md, consistency pass: three or four split
#: like two; a longer passage of a document is not split).
MAX_CLAUSES = 4
#: How far before the opening mark the cue is looked for, and the longest quote of a run.
WINDOW = 60
MAX_QUOTE = 60
#: How far before the opening mark a sentence is read for its subject when the cue verb stands alone
#: before the quote (a document's sentence that lists several quoted tasks runs long).
SENTENCE = 160
#: How far before the opening mark a name of the centre makes a meeting or document the centre's.
CONTEXT = 200
#: Clause marks a task quote may be split at, and the marks that end the sentence a cue is read in
#: (found by ``str.rfind``: a regular expression's scan of the whole window cost more).
_CLAUSE_SPLIT = recache.compile(r"[，,；;。]")
SENTENCE_MARKS = "。！？!?"
#: Marks a task clause never holds: quotation and title marks, sentence marks, digits' units aside.
_NOT_IN_CLAUSE = set("“”‘’「」『』\"'《》：:。！？!?…—（）()·")
#: A quote too long for :func:`quoted.find_quotes` that a document's passage of task clauses fills.
LONG_MIN, LONG_MAX = 61, 200
_LONG_QUOTE = recache.compile(rf"“([^“”\n]{{{LONG_MIN},{LONG_MAX}}})”")
_OPENERS = '“‘「『"'
_CLOSERS = '”’」』"'
_SPACES = recache.compile(r"[ \u3000\t]+")
_PARAGRAPH = recache.compile(r"\n[ \u3000\t]+")


class TaskCues:
    """The words of ``central_tasks.tsv`` by role, and the cue expressions built from them (a plain class,
    not a frozen Struct, so that mypyc compiles this module: never changed after :func:`task_cues`)."""

    opens: FrozenSet[str]
    open_sizes: Tuple[int, ...]  # the openers' lengths, longest first
    open_firsts: FrozenSet[str]  # their first characters: most clauses fail on the first
    doc_heads: FrozenSet[str]
    local_bodies: FrozenSet[str]
    central_markers: FrozenSet[str]
    pronouns: FrozenSet[str]
    cue: re.Pattern[str]
    verb_tail: re.Pattern[str]
    subject: re.Pattern[str]
    leaders: FrozenSet[str]
    central_titles: FrozenSet[str]
    after_quote: re.Pattern[str]
    joiner: re.Pattern[str]
    cue_reach: int  # the longest text ``cue`` can match (and a final line break its $ may stand before)
    tail_reach: int  # the same for ``verb_tail``

    def __init__(
        self,
        *,
        opens: FrozenSet[str],
        open_sizes: Tuple[int, ...],
        open_firsts: FrozenSet[str],
        doc_heads: FrozenSet[str],
        local_bodies: FrozenSet[str],
        central_markers: FrozenSet[str],
        pronouns: FrozenSet[str],
        cue: re.Pattern[str],
        verb_tail: re.Pattern[str],
        subject: re.Pattern[str],
        leaders: FrozenSet[str],
        central_titles: FrozenSet[str],
        after_quote: re.Pattern[str],
        joiner: re.Pattern[str],
        cue_reach: int = 0,
        tail_reach: int = 0,
    ) -> None:
        self.opens, self.open_sizes, self.open_firsts = opens, open_sizes, open_firsts
        self.doc_heads, self.local_bodies, self.central_markers = doc_heads, local_bodies, central_markers
        self.pronouns, self.cue, self.verb_tail, self.subject = pronouns, cue, verb_tail, subject
        self.leaders, self.central_titles, self.after_quote, self.joiner = leaders, central_titles, after_quote, joiner
        self.cue_reach, self.tail_reach = cue_reach, tail_reach

    def cue_at_end(self, before: str) -> Optional[re.Match[str]]:
        """``cue.search(before)``, started where a match that ends the text can start at the earliest
        (the pattern ends in $ and no match is longer than :attr:`cue_reach`): the same match."""
        return self.cue.search(before, max(0, len(before) - self.cue_reach))

    def verb_tail_at_end(self, before: str) -> Optional[re.Match[str]]:
        """``verb_tail.search(before)``, started as late as a match may start (see :meth:`cue_at_end`)."""
        return self.verb_tail.search(before, max(0, len(before) - self.tail_reach))


def _alternation(words) -> str:
    """The words as one alternation, longest first, ties in code-point order: the same pattern in
    every process (a set's order changes with string hashing, and recache keeps patterns by text)."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


@lru_cache(maxsize=1)
def task_cues() -> TaskCues:
    """The cue words of ``central_tasks.tsv``, with the expressions of a cue."""
    by_role: dict = {}
    for row in lexicon.read_table("central_tasks").rows:
        word = row.get("word", "").strip()
        if word:
            by_role.setdefault(row.get("role", "").strip(), set()).add(word)
    opens = by_role.get("task_open", set())
    subject = rf"(?P<subject>{_alternation(by_role.get('cue_subject', ()))}|《[^《》\n]{{1,40}}》)"
    adverbs = rf"(?:{_alternation(by_role.get('cue_adverb', ()))})"
    verbs = rf"(?:{_alternation(by_role.get('cue_verb', ()))})"
    # 会议提出“, 全会首次提出了“, 会议强调，要“, 《建议》明确要求：“, 中央城市工作会议，首次提出了“ — and 《建议》对“
    cue = recache.compile(rf"{subject}[，,]?(?:(?:{adverbs}){{0,2}}{verbs}[了的]?[，,：:]?要?|{adverbs}?[对把])$")
    # 《建议》提出了……原则，其中包括“, 对“…”作出系统部署，提出“: the verb ends the text, its subject
    # opens the same sentence
    verb_tail = recache.compile(rf"[，,；;]?(?:{adverbs}){{0,2}}{verbs}[了的]?[，,：:]?要?$")
    # 对“…”作出部署; 把“…”列为重点任务 / 摆在突出位置
    after_quote = recache.compile(
        r"^(?:(?:作出|做出|进行|提出)了?[^，。；]{0,4}?(?:部署|安排|要求)|列为|列入|作为|摆在|放在)"
    )
    joiner = recache.compile(rf"[{re.escape(_CLOSERS)}](?:{_alternation(by_role.get('list_joiner', ()))})?$")
    longest = {
        role: max(map(len, by_role.get(role, ())), default=0) for role in ("cue_adverb", "cue_verb", "cue_subject")
    }
    verb_run = 2 * longest["cue_adverb"] + longest["cue_verb"] + 3  # adverbs, verb, 了, colon, 要
    return TaskCues(
        cue_reach=max(longest["cue_subject"], 42) + 1 + max(verb_run, longest["cue_adverb"] + 1) + 1,
        tail_reach=1 + verb_run + 1,
        opens=frozenset(opens),
        open_sizes=tuple(sorted({len(w) for w in opens}, reverse=True)),
        open_firsts=frozenset(w[0] for w in opens),
        doc_heads=frozenset(by_role.get("doc_head", ())),
        local_bodies=frozenset(by_role.get("local_body", ())),
        central_markers=frozenset(by_role.get("central_marker", ())),
        pronouns=frozenset(by_role.get("speech_pronoun", ())),
        cue=cue,
        verb_tail=verb_tail,
        subject=recache.compile(subject),
        leaders=frozenset(by_role.get("leader", ())),
        central_titles=frozenset(by_role.get("central_title", ())),
        after_quote=after_quote,
        joiner=joiner,
    )


def _flat(raw: str) -> str:
    """``raw`` as running text: a paragraph's indent ends a sentence, other line breaks and layout
    spaces are the printer's (“十五五”规划⏎⏎建议明确提出)."""
    return _SPACES.sub("", _PARAGRAPH.sub("。", raw).replace("\n", ""))


def sentence_before(text: str, start: int, window: int, *, across_breaks: bool) -> str:
    """The text of the sentence before the opening mark at ``start - 1``, at most ``window`` characters
    back (after the last of :data:`SENTENCE_MARKS`).

    With ``across_breaks`` the text is read past print line breaks as running text (:func:`_flat`: a page
    breaks lines inside names, 《…第十五个五年规划⏎的建议》提出; a paragraph's indent ends the sentence and
    layout spaces go): a cue's subject may stand a line before its verb. Without, it stops at the line
    break before the quote and keeps the text as printed: a leader's saying is read in its own line.
    """
    before = text[max(0, start - 1 - window) : max(0, start - 1)]
    before = _flat(before) if across_breaks else before[before.rfind("\n") + 1 :]
    return before[max(before.rfind(mark) for mark in SENTENCE_MARKS) + 1 :]


def _central(text: str, start: int, head: str, cue: TaskCues) -> bool:
    """Whether the meeting or document of a cue is the centre's: no local body names it in its own
    sentence (``head``: the text before the subject), and the centre is named shortly before the
    quote (中央经济工作会议提出; 中共中央政治局召开会议……会议强调; “十五五”规划建议提出)."""
    if any(body in head for body in cue.local_bodies):
        return False
    window = _flat(text[max(0, start - 1 - CONTEXT) : max(0, start - 1)])
    return any(marker in window for marker in cue.central_markers)


def _central_title(subject: str, cue: TaskCues) -> bool:
    """Whether a 《》 subject names a document the Party centre and the State Council issued
    (《数字中国建设整体布局规划》): such a page often names no issuer near the quote."""
    if not subject.startswith("《"):
        return False
    return re.sub(r"[（(][^（）()]*[）)]$", "", subject[1:-1]) in cue.central_titles


def _title_is_document(title: str, cue: TaskCues) -> bool:
    """《建议》, 《…规划纲要（2024—2035年）》: a title headed by a document word, not a law's."""
    name = re.sub(r"[（(][^（）()]*[）)]$", "", title[1:-1])
    return any(name.endswith(head) for head in cue.doc_heads)


def _opening_of_previous(text: str, close: int) -> int:
    """The offset just after the opening mark of the quote that closes at ``close``, or -1."""
    opener = _OPENERS[_CLOSERS.index(text[close])]
    at = text.rfind(opener, max(0, close - 1 - MAX_QUOTE), close)
    return -1 if at < 0 or "\n" in text[at:close] else at + 1


def cued(text: str, start: int, end: int, *, depth: int = 0) -> bool:
    """Whether the quote ``text[start:end]`` (its marks right around it) is introduced by a central
    meeting's or document's cue, directly or as the next of a run of quotes after one."""
    cue = task_cues()
    before = sentence_before(text, start, WINDOW, across_breaks=True)
    m = cue.cue_at_end(before)
    if m:
        subject = m.group("subject")
        if subject.startswith("《") and not _title_is_document(subject, cue):
            return False
        if m.group().endswith(("对", "把")) and not cue.after_quote.match(_flat(text[end + 1 : end + 16])):
            return False  # 对“…”, 把“…”: only where the document 作出部署 on it or 列为 a task
        return _central_title(subject, cue) or _central(text, start, before[: m.start()], cue)
    if _sentence_subject(text, start, end, cue):
        return True
    if depth < 8:  # “A”“B”, “A”、“B”, “A”，“B”: the previous quote's cue
        lo = max(0, start - 1 - 8)
        raw = text[lo : start - 1].rstrip(" \u3000")
        j = cue.joiner.search(raw)
        if j:
            close = lo + j.start()
            opening = _opening_of_previous(text, close)
            if opening > 0:
                return cued(text, opening, close, depth=depth + 1)
    return False


#: A test of a quote ``text[start:end]``: :func:`cued`, or a reader's that keeps its answers per quote.
QuoteTest = Callable[[str, int, int], bool]


def _sentence_subject(text: str, start: int, end: int, cue: TaskCues) -> bool:
    """Whether a cue verb ends the sentence before the quote and a central meeting or document is the
    subject earlier in that sentence, with no leader named in it (a leader's speech at a meeting is
    judged as speech): 《建议》提出了……重要原则，其中包括“…”，要求“…”；对“…”作出系统部署，提出“…”."""
    before = sentence_before(text, start, SENTENCE, across_breaks=True)
    tail = cue.verb_tail_at_end(before)
    if not tail and before.endswith(("对", "把")) and cue.after_quote.match(_flat(text[end + 1 : end + 16])):
        tail = re.search(r"[，,；;]?[对把]$", before)
    if not tail:
        return False
    head = before[: tail.start()]
    if any(word in head for word in cue.leaders):
        return False
    for m in cue.subject.finditer(head):
        subject = m.group("subject")
        if subject.startswith("《") and not _title_is_document(subject, cue):
            continue
        return _central_title(subject, cue) or _central(text, start, head[: m.start()], cue)
    return False


#: Inner quotation marks a task clause may hold (开展‘人工智能+’行动): the clause is then left out of the slogans.
_INNER_MARKS = frozenset("‘’")


def _inner_marked(text: str) -> bool:
    """Whether ``text`` holds an inner quotation mark (two substring tests: no set built, no hashing)."""
    return "‘" in text or "’" in text


def clause_marks(text: str) -> int:
    """How many commas, semicolons and full stops (the characters of :data:`_CLAUSE_SPLIT`) ``text`` holds,
    counted by ``str.count`` (cheaper than the pattern's findall on a short quote)."""
    return text.count("，") + text.count(",") + text.count("；") + text.count(";") + text.count("。")


def is_task_clause(clause: str) -> bool:
    """Whether ``clause`` has the shape of a task clause (a policy verb or adverb opening it, four to
    :data:`MAX_CLAUSE` characters, no marks, no pronoun of speech, no 了)."""
    return _is_task_clause(clause, task_cues())


def plain_clause(clause: str) -> bool:
    """Whether ``clause`` could be a clause of a task passage whatever opens it: of task length, with no
    marks, no pronoun of speech and no 了 (a clause of a parallel list whose cadence shows the task)."""
    cue = task_cues()
    if not (MIN_CLAUSE <= len(clause) <= MAX_CLAUSE) or _NOT_IN_CLAUSE & set(clause):
        return False
    return "了" not in clause and not any(p in clause for p in cue.pronouns)


def _quoting_clause(clause: str, cue: TaskCues) -> bool:
    """Whether ``clause`` quotes a name inside (开展‘人工智能+’行动) and is otherwise a clause of a task
    passage: of task length once the marks are out, with no other marks, no pronoun of speech, no 了."""
    if not _inner_marked(clause):
        return False
    bare = "".join(ch for ch in clause if ch not in _INNER_MARKS)
    if not (MIN_CLAUSE <= len(bare) <= MAX_CLAUSE) or _NOT_IN_CLAUSE & set(bare):
        return False
    return "了" not in bare and not any(p in bare for p in cue.pronouns)


def _is_task_clause(clause: str, cue: TaskCues) -> bool:
    if not (MIN_CLAUSE <= len(clause) <= MAX_CLAUSE) or _NOT_IN_CLAUSE & set(clause):
        return False
    if "了" in clause or any(p in clause for p in cue.pronouns):
        return False
    opener = next((n for n in cue.open_sizes if clause[:n] in cue.opens), 0)
    return bool(opener) and len(clause) >= opener + 2


def task_clauses(inner: str) -> List[Tuple[int, int]]:
    """Offsets in ``inner`` of its task clauses (see :func:`_task_clauses`); the quote judgement and
    the slogan candidates both ask for every quote, so the answer is kept per quote."""
    return list(_task_clauses(inner))


@lru_cache(maxsize=1024)
def _task_clauses(inner: str) -> Tuple[Tuple[int, int], ...]:
    """Offsets in ``inner`` of its task clauses: the whole (a final full stop left out) when it is
    one task clause, each clause when it is two to :data:`MAX_CLAUSES` split by commas, semicolons
    or full stops (a document's passage of short task sentences), else none. A clause with a quoted
    name inside is left out of the offsets. A passage of three clauses or more may hold one that no
    policy verb opens (抓住甲的关键环节) where the others are task clauses; a 要 that opens a passage is the
    cue's (强调：“要甲，乙”), not the clause's; a task clause of two tasks joined by 、 (大力甲、提高乙)
    gives each."""
    cue = task_cues()
    body = inner[:-1] if inner.endswith(("。", ".")) else inner
    if len(body) > MAX_CLAUSES * (MAX_CLAUSE + 3):
        return ()  # longer than any passage of task clauses (a quoting clause holds two marks more)
    marks = clause_marks(body)
    if marks >= MAX_CLAUSES:
        return ()
    if inner[:1] not in cue.open_firsts and marks < 2 and not inner.startswith("要") and not _inner_marked(inner):
        return ()  # a quote no policy verb opens is one only as a passage of three clauses or more
    lead = 1 if body.startswith("要") and marks else 0
    parts = _CLAUSE_SPLIT.split(body[lead:])
    tasks, odd = [], 0  # odd: clauses neither a task nor quoting a name (one at most, in a passage of three)
    for part in parts:
        tasks.append(_is_task_clause(part, cue))
        if not tasks[-1] and not _quoting_clause(part, cue):
            odd += 1
            if odd > 1 or len(parts) < 3:
                return ()
    loose = len(parts) >= 3 and sum(tasks) >= len(parts) - 1  # one clause of a passage may open otherwise
    kinds = [t or _quoting_clause(p, cue) or (loose and plain_clause(p)) for t, p in zip(tasks, parts)]
    if not any(tasks) or not all(kinds):
        return ()
    spans, pos = [], lead
    for part, task in zip(parts, tasks):
        if task or (loose and not _inner_marked(part)):
            spans += _paired_tasks(part, pos, cue)
        pos += len(part) + 1
    return tuple(spans)


def _paired_tasks(clause: str, pos: int, cue: TaskCues) -> List[Tuple[int, int]]:
    """``clause`` at ``pos`` as offsets: each of its 、-parts when every part is a task clause
    (大力提振甲、提高乙效益), else the whole."""
    parts = clause.split("、")
    if len(parts) < 2 or not all(_is_task_clause(p, cue) for p in parts):
        return [(pos, pos + len(clause))]
    out, at = [], pos
    for part in parts:
        out.append((at, at + len(part)))
        at += len(part) + 1
    return out


def task_spans(text: str, start: int, end: int, *, is_cued: QuoteTest = cued) -> List[Tuple[int, int]]:
    """The task clauses of the quote ``text[start:end]`` as offsets into ``text``, when a central cue
    introduces it (``is_cued``: :func:`cued`, or a reader's that keeps its answers); else none. A clause
    that frames a lexicon formula (加快构建|新发展格局) is kept with its verb: the fitting gold of batch 5
    has the quoted clause must and the formula must where it also stands alone on the page (the lexicon
    finds it there), one mention, one extent."""
    inner = text[start:end]
    clauses = task_clauses(inner)
    if not clauses or not is_cued(text, start, end):
        return []
    return [(start + s, start + e) for s, e in clauses]


def long_quotes(text: str, plain: Optional[Sequence[Tuple[int, int]]] = None) -> List[Tuple[int, int]]:
    """The quotes of ``text`` longer than the quote finder reads (61 to 200 characters, on one line),
    as offsets of their inner text: a document's passage of several task clauses. ``plain``: the
    article's plain quotes (:func:`quote_scan.scan_quotes`), when found already."""
    if plain is None:
        return [(m.start(1), m.end(1)) for m in _LONG_QUOTE.finditer(text)]
    return [(s, e) for s, e in plain if LONG_MIN <= e - s <= LONG_MAX]


def single_task(text: str, start: int, end: int) -> bool:
    """Whether the whole quote ``text[start:end]`` is one task clause of a central cue (what the
    quote judgement reads: a canonical formula, verb and all)."""
    return task_spans(text, start, end) == [(start, end)]
