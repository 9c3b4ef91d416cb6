"""The role of each line of a page: page header, kicker, headline, subtitle, byline, body, marker.

Articles follow from the roles (:mod:`.segment`): an article starts where a
kicker or headline follows body text, and its header is the run of kicker,
headline and subtitle lines with the byline below them. The roles come from a
linear-chain CRF (python-crfsuite), ``data/line_roles.crfsuite``, trained by
``data/build/train_line_roles.py`` on real pages whose gold says where each
article starts; :func:`~.line_roles_gold.derive_roles` reads the roles off a gold file.

The model sees a page as tokens (:func:`tokens`): every line that could be a
heading, byline or marker stands alone, every run of paragraph lines is one
token, so that what surrounds a heading weighs more than how long the body
is. The features describe shapes, never words, so that they hold on papers
the model has not seen: length, how a line starts and ends, a column tag in
brackets at the end, a verb of saying at the end, digits, double spaces, a
line of names alone, an organisation's name, a byline, a dateline, blank
lines, position; the same for the neighbours; and the run of heading-shaped
lines a line stands in: what is above the run (a finished paragraph, a
closing note) and below it (a byline, a dateline, text, a photo's credit).

Decoding is python-crfsuite's model under our own Viterbi (:class:`Model`,
in :mod:`.line_role_model`), so that the roles that start an article can carry
a bias. Rules of print then correct the model where print is exact
(:func:`.line_rules.exact`).
"""

from __future__ import annotations

from functools import lru_cache
from typing import List, Optional, Sequence, Tuple

from baokan.annotators.core import recache
from baokan.annotators.language import bylines as bl
from baokan.annotators.language.chars import HAN
from baokan.annotators.language.endings import Endings
from baokan.annotators.language.layout import COMMA, Layout, Line
from baokan.annotators.language.line_role_model import MODEL_FILE as MODEL_FILE
from baokan.annotators.language.line_role_model import Model, model
from baokan.annotators.language.line_role_model import _data_path as _data_path
from baokan.annotators.language.line_role_model import read_meta as read_meta

#: The roles a line can take. Subheads, captions, credits and closing notes are ``body``
#: here: the body's own rules (:mod:`.segment`) tell them apart.
ROLES = ("page", "kicker", "headline", "subtitle", "byline", "body", "cont")
#: Roles of an article's heading group.
HEAD = ("kicker", "headline", "subtitle")
#: The neighbours whose own features a line sees.
NEIGHBOURS = (-2, -1, 1, 2)

#: Longest headline that ends in a column tag (the tag can be as long as the headline).
LONG_HEAD_MAX = 70
#: Verbs of saying that end a kicker which is a sentence (某某在某会议上强调).
_SAYING = tuple("强调 指出 表示 要求 提出 希望 寄语 呼吁 宣布 说 称 时 致辞 讲话 部署".split())
#: A bracketed tag at the end of a headline: (新春走基层), （记者调查）, (经济新方位·农村消费观察).
_TAG_END = recache.compile(r"[（(〔【][^（）()〔〕【】，,。；;]{2,40}[)）〕】]$")
_TAG_START = recache.compile(r"^[（(〔【][^（）()〔〕【】，,。；;]{2,16}[)）〕】]")
_TAG_CLOSERS = (")", "）", "〕", "】", "\n")  # how a line _TAG_END finds anything in ends ($: before a "\n" too)


def tag_end(t: str) -> bool:
    """``_TAG_END.search(t)``, most lines refused by their last character first."""
    return t.endswith(_TAG_CLOSERS) and _TAG_END.search(t) is not None


_DECOR = set("■□●○◆◇▲△▼★☆◎•▪")
_LABEL = recache.compile(r"^【[^】]{1,8}】")
_DIGITS = recache.compile(r"[0-9０-９]")
_HAN = recache.compile(r"[" + HAN + r"]")
_INNER_SPACE = recache.compile(r"\S(?:\s{2,}|\u3000)\S")
_PADDED_NAME = recache.compile(r"(?:^|\s)[" + HAN + r"](?:\s{1,3}|\u3000)[" + HAN + r"](?:\s|$)")


_LENGTH_LIMITS = (3, 6, 9, 12, 16, 20, 25, 30, 40, 60, 100)
#: The bucket of every length up to the last limit, looked up rather than found (asked of every line).
_LENGTHS = [str(next(limit for limit in _LENGTH_LIMITS if n <= limit)) for n in range(_LENGTH_LIMITS[-1] + 1)]


def _length(n: int) -> str:
    if n <= _LENGTH_LIMITS[-1]:
        return _LENGTHS[n] if n >= 0 else _LENGTHS[0]
    return "long"


def _start(t: str) -> str:
    c = t[0]
    if c in _DECOR:
        return "decor"
    if t.startswith(("——", "--", "—")):
        return "dash"
    if c in "（(〔【[［":
        return "bracket"
    if c in "“‘「『\"'《":
        return "quote"
    if c.isdigit():
        return "digit"
    if c.isascii() and c.isalpha():
        return "latin"
    return "han" if _HAN.match(c) else "other"


def _end(t: str, end: str) -> str:
    """How a line ends, finer than :func:`.layout.end_of`: a dash or colon (kickers), ? and ! (headlines)."""
    if t.endswith(("——", "—", "--")):
        return "dash"
    last = t[-1]
    if last in "：:":
        return "colon"
    if last in "？！?!":
        return "ask"
    if last in "）)〕】":
        return "tag" if tag_end(t) else "rparen"
    if last in "”’」』\"'":
        return "quote-" + end
    return end


def own_features(layout: Layout, line: Line) -> List[str]:
    """What one line shows by itself.

    Lines of a heading's shape (short, no sentence inside: :meth:`.Layout.heading`)
    and lines of text get features of their own kind (``h:`` and ``t:``), so that a
    comma means one thing in a headline and another in a paragraph.
    """
    f = _own(layout, line, False)
    assert f is not None  # (only asked to leave out text lines' features)
    return f


def _own(layout: Layout, line: Line, skip_text: bool) -> Optional[List[str]]:
    """:func:`own_features`; with ``skip_text``, ``None`` for a line of paragraph text
    (:func:`_is_text`), whose own features no token carries (most of the lines of a page or article)."""
    t = line.text
    names = None if line.kind else bl.parse_names(t)
    if line.kind or names is not None:  # the line's own text places it: its kind, and where it stands
        f = [f"kind={line.kind or 'names'}"]
        if line.kind == "continuation":
            f.append(f"cont={line.cont}")
        if line.kind == "byline" and line.byline is not None:
            f.append("byline_people" if line.byline.people else "byline_nobody")
        if names is not None and all(p.name[0] in bl.common_surnames() for p in names.people):
            f.append("names_common")
        if layout.boxed(line):
            f.append("boxed")
        return f
    head = (
        layout.heading(line, loud=True)
        or (
            # a long headline that ends in a column tag: 美国……透析(深入学习贯彻习近平新时代中国特色社会主义思想)
            not line.dateline and len(t) <= LONG_HEAD_MAX and "。" not in t and tag_end(t)
        )
    ) and not _LABEL.match(t)  # 【案情】, 【人物】某某: a section of a body, not a heading
    if skip_text and not head and _plain_text(line):
        return None  # body text whatever else it shows: :func:`tokens` asks no more of it
    shape = "h" if head else "t"
    f = [f"shape={shape}", f"{shape}:len={_length(len(t))}", f"{shape}:end={_end(t, line.end)}"]
    if head:
        f.append(f"h:start={_start(t)}")
    if line.dateline:
        f.append("dateline")
    # No indentation feature: the corpus indents subheads with the paragraphs, print often does not.
    if layout.boxed(line):
        f.append("boxed")
    if layout.full(line):
        f.append("full")
    if not head:
        return f
    inner = t[:-1]
    for mark, name in (
        ("。", "stop"),
        ("，", "comma"),
        (",", "comma"),
        ("：", "colon"),
        (":", "colon"),
        ("、", "pause"),
        ("“", "quote"),
        ("？", "ask"),
        ("！", "ask"),
        ("——", "dash"),
    ):
        if mark in inner:
            f.append(f"h:has={name}")
    if tag_end(t):
        f.append("h:tag_end")
    if _TAG_START.match(t):
        f.append("h:tag_start")
    if t.endswith(_SAYING) or t.rstrip("：:").endswith(_SAYING):
        f.append("h:saying")
    if _INNER_SPACE.search(t):
        f.append("h:inner_space")
    if _DIGITS.search(t):
        f.append("h:digits")
    if _PADDED_NAME.search(t):
        f.append("h:padded_name")
    if bl.parse_names(t, strict=False) is not None:
        f.append("h:names_loose")  # names of an unlisted surname (漆袁雯), or a short phrase
    if org_shaped(t):
        f.append("h:org")  # an organisation signs it: 中央网络安全和信息化委员会办公室
    return f


@lru_cache(maxsize=1)
def _org_words() -> Endings:
    """Organisation words of the shared ``org_prefixes`` table (委员会, 办公室, 公安局 …),
    for lines that name an organisation (by their last character: some thousands of words)."""
    from baokan.annotators.core.lexicon import read_table

    words = {r["prefix"] for r in read_table("org_prefixes").rows if len(r.get("prefix", "")) >= 2}
    return Endings(sorted(words | set(_ORG_ENDS)))


#: Endings of organisations outside government that sign articles: institutes, universities, societies.
_ORG_ENDS = (
    "研究院",
    "研究所",
    "研究中心",
    "研究会",
    "大学",
    "学院",
    "协会",
    "学会",
    "基金会",
    "出版社",
    "编辑部",
    "评论部",
    "理论部",
    "委员会",
    "办公室",
)


#: The features of a line that its neighbours see: its shape, kind and how it ends, not its details.
_SEEN_FROM_AFAR = recache.compile(r"tok=|shape=|kind=|cont=|dateline$|byline_|boxed$|h:end=|t:end=|h:tag_end$|h:len=")
_FAR_OPENINGS = ("tok=", "shape=", "kind=", "cont=", "byline_", "h:end=", "t:end=", "h:len=")
_FAR_WHOLE = frozenset(w + end for w in ("dateline", "boxed", "h:tag_end") for end in ("", "\n"))


def _seen_from_afar(feature: str) -> bool:
    """``_SEEN_FROM_AFAR.match(feature)`` by string tests (asked of every feature of every line)."""
    return feature.startswith(_FAR_OPENINGS) or feature in _FAR_WHOLE


class _Far(dict):
    """What each neighbour (``-2:``, ``-1:``, ``1:``, ``2:``) sees of a feature: the feature behind
    its offset when :func:`_seen_from_afar`, else nothing; made once per feature (the features of a
    page come back on page after page, a few hundred kinds in all)."""

    def __missing__(self, feature: str) -> Tuple[str, ...]:
        seen = tuple(f"{d}:{feature}" for d in NEIGHBOURS) if _seen_from_afar(feature) else ()
        if len(self) < 1 << 14:
            self[feature] = seen
        return seen


_FAR = _Far()


def _is_head(own: List[str]) -> bool:
    """A heading-shaped line that its own text does not already place (no kind, not a name line)."""
    return "shape=h" in own


def _is_text(line: Line, own: List[str]) -> bool:
    """A line of paragraph text: body whatever its neighbours are, so it needs no role of its own.

    Everything else (heading-shaped lines, bylines, name lines, markers, notes,
    long headlines with a column tag) is a candidate for a frame role.
    """
    return "shape=t" in own and _plain_text(line)


def _plain_text(line: Line) -> bool:
    """:func:`_is_text` for a line of text shape: a sentence inside, long, or broken at a comma,
    and no kicker's or headline's ending."""
    t = line.text
    if "。" in t[:-1] or len(t) > 70 or line.end == COMMA:
        return True
    return not (tag_end(t) or t.endswith(("——", "：", ":", "……")) or len(t) <= 30)


#: Features of any line of a run that every line of the run sees (a column tag, a kicker's dash).
_RUN_MARKS = frozenset(
    {"h:tag_end", "h:saying", "h:end=dash", "h:end=colon", "h:start=dash", "h:inner_space", "h:end=ask"}
)


def tokens(layout: Layout, lines: Sequence[Line]) -> Tuple[List[List[int]], List[List[str]]]:
    """The page as a sequence of tokens: each candidate line alone, each run of text lines as one.

    Returns the line indices of each token and each token's own features. A
    run of paragraph text carries how its first line starts (a dateline?) and
    how its last line ends; a page of 60 lines becomes some 20 tokens, so that
    the model weighs what stands around a heading, not how many body lines
    there are.
    """
    own = [_own(layout, line, True) for line in lines]  # None: a line of text (:func:`_is_text`)
    groups: List[List[int]] = []
    feats: List[List[str]] = []
    text_open = False
    for i, mine in enumerate(own):
        if mine is None:
            if text_open:
                groups[-1].append(i)
                continue
            groups.append([i])
            text_open = True
            continue
        groups.append([i])
        text_open = False
    for g in groups:
        first, last = lines[g[0]], lines[g[-1]]
        first_own = own[g[0]]
        if len(g) > 1 or first_own is None:
            feats.append(
                ["tok=text", f"t:lines={min(len(g), 3)}", f"t:end={_end(last.text, last.end)}"]
                + (["dateline"] if first.dateline else [])
                + (["boxed"] if layout.boxed(first) else [])
            )
        else:
            feats.append(["tok=line"] + first_own)
    return groups, feats


def _what(own: List[str]) -> str:
    for x in own:
        if x.startswith("kind="):
            return x[5:]
    if "dateline" in own:
        return "dateline"
    return "head" if "shape=h" in own else "text"


def _runs(own: List[List[str]]) -> List[List[str]]:
    """Per token, where it stands in its run of heading-shaped lines and what stands around the run.

    A run between a finished paragraph and a byline or dateline is a new
    article's heading group; a run between two paragraphs is a pair of
    subheads, or the heading of an article without a byline.
    """
    n = len(own)
    out: List[List[str]] = [[] for _ in own]
    i = 0
    while i < n:
        if not _is_head(own[i]):
            out[i].append("run=none")
            i += 1
            continue
        j = i
        while j < n and _is_head(own[j]):
            j += 1
        size = min(j - i, 4)
        before = (
            "none"
            if i == 0
            else _what(own[i - 1])
            + "-"
            + next((x.split("=")[1] for x in own[i - 1] if x.startswith(("t:end=", "h:end="))), "")
        )
        after = "none" if j >= n else _what(own[j])
        then = "none" if j + 1 >= n else _what(own[j + 1])  # a photo's caption credit below one paragraph
        whole = sorted({x for k in range(i, j) for x in own[k] if x in _RUN_MARKS})
        for k in range(i, j):
            at = "first" if k == i else "last" if k == j - 1 else "mid"
            out[k] += [
                f"run={size}",
                f"run_at={at}",
                f"run_before={before}",
                f"run_after={after}",
                f"run_after={after}@{at}",
                f"run_around={before}|{after}",
                f"run_then={after}>{then}",
            ]
            out[k] += [f"run_has:{x}" for x in whole]
        i = j
    return out


def features(layout: Layout, lines: Sequence[Line]) -> Tuple[List[List[int]], List[List[str]]]:
    """The tokens of one page (:func:`tokens`) and the features of each, with its neighbours' (±2) and its run's."""
    groups, own = tokens(layout, lines)
    runs = _runs(own)
    n = len(own)
    seen = _FAR
    far = [[seen[x] for x in o] for o in own]  # per token, per feature: what each neighbour sees of it
    out: List[List[str]] = []
    for i in range(n):
        f = ["bias"] + own[i]
        for k, d in enumerate(NEIGHBOURS):
            j = i + d
            if 0 <= j < n:
                f += [s[k] for s in far[j] if s]
            else:
                f.append(f"{d}:none")
        f.append(f"pos={min(i, 4)}")
        if i == n - 1:
            f.append("last")
        f += runs[i]
        out.append(f)
    return groups, out


def token_roles(groups: Sequence[Sequence[int]], roles: Sequence[str]) -> List[str]:
    """Line roles as token roles: a token takes its first line's role (text runs are body)."""
    return [roles[g[0]] for g in groups]


def line_roles(groups: Sequence[Sequence[int]], roles: Sequence[str], n: int) -> List[str]:
    """Token roles spread back over the lines."""
    out = ["body"] * n
    for g, role in zip(groups, roles):
        for i in g:
            out[i] = role
    return out


_SENTENCE_MARKS = recache.compile(r"[，,。；;！？!?]")


def org_shaped(text: str) -> bool:
    """A line that names an organisation and nothing else (中央网络安全和信息化委员会办公室)."""
    return (
        not _SENTENCE_MARKS.search(text)
        and not text.startswith(("——", "--"))
        and " " not in text
        and _org_words().ends(text)
    )


def tag(layout: Layout, lines: Sequence[Line], *, using: Optional[Model] = None) -> List[str]:
    """The role of every line of one page (see :data:`ROLES`), by the shipped model or ``using``."""
    if not lines:
        return []
    groups, feats = features(layout, lines)
    roles = line_roles(groups, (using or model()).tag(feats), len(lines))
    from baokan.annotators.language.line_rules import exact  # the rules import this module's features
    from baokan.annotators.language.running_subheads import keep_running

    return keep_running(layout, lines, exact(layout, lines, roles))
