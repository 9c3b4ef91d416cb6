"""The role of each line of a page: page header, kicker, headline, subtitle, byline, body, marker.

Articles follow from the roles (:mod:`.segment`): an article starts where a
kicker or headline follows body text, and its header is the run of kicker,
headline and subtitle lines with the byline below them. The roles come from a
linear-chain CRF (python-crfsuite), ``data/line_roles.crfsuite``, trained by
``data/build/train_line_roles.py`` on real pages whose gold says where each
article starts; :func:`derive_roles` reads the roles off a gold file.

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

Decoding is python-crfsuite's model under our own Viterbi (:class:`Model`),
so that the roles that start an article can carry a bias. Rules of print
then correct the model where print is exact (:func:`exact`).
"""
from __future__ import annotations

import unicodedata
from collections import Counter
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Dict, List, Mapping, Optional, Sequence, Tuple

from baokan.annotators import bylines as bl, recache
from baokan.annotators.layout import COMMA, STOP, Layout, Line, end_of, kicker_shaped, makes_word

DATA_PACKAGE = "baokan.annotators.data"
MODEL_FILE = "line_roles.crfsuite"
META_FILE = "line_roles.meta.txt"

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
_SAYING = ("强调", "指出", "表示", "要求", "提出", "希望", "寄语", "呼吁", "宣布", "说", "称", "时", "致辞", "讲话", "部署")
#: A bracketed tag at the end of a headline: (新春走基层), （记者调查）, (经济新方位·农村消费观察).
_TAG_END = recache.compile(r"[（(〔【][^（）()〔〕【】，,。；;]{2,40}[)）〕】]$")
_TAG_START = recache.compile(r"^[（(〔【][^（）()〔〕【】，,。；;]{2,16}[)）〕】]")
_DECOR = set("■□●○◆◇▲△▼★☆◎•▪")
_LABEL = recache.compile(r"^【[^】]{1,8}】")
_DIGITS = recache.compile(r"[0-9０-９]")
_HAN = recache.compile(r"[\u4e00-\u9fff]")
_INNER_SPACE = recache.compile(r"\S(?:\s{2,}|\u3000)\S")
_PADDED_NAME = recache.compile(r"(?:^|\s)[\u4e00-\u9fff](?:\s{1,3}|\u3000)[\u4e00-\u9fff](?:\s|$)")


def _length(n: int) -> str:
    for limit in (3, 6, 9, 12, 16, 20, 25, 30, 40, 60, 100):
        if n <= limit:
            return str(limit)
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
        return "tag" if _TAG_END.search(t) else "rparen"
    if last in "”’」』\"'":
        return "quote-" + end
    return end


def own_features(layout: Layout, line: Line) -> List[str]:
    """What one line shows by itself.

    Lines of a heading's shape (short, no sentence inside: :meth:`.Layout.heading`)
    and lines of text get features of their own kind (``h:`` and ``t:``), so that a
    comma means one thing in a headline and another in a paragraph.
    """
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
    head = (layout.heading(line, loud=True) or (
        # a long headline that ends in a column tag: 美国……透析(深入学习贯彻习近平新时代中国特色社会主义思想)
        not line.dateline and len(t) <= LONG_HEAD_MAX and "。" not in t and bool(_TAG_END.search(t)))
    ) and not _LABEL.match(t)  # 【案情】, 【人物】某某: a section of a body, not a heading
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
    for mark, name in (("。", "stop"), ("，", "comma"), (",", "comma"), ("：", "colon"), (":", "colon"),
                       ("、", "pause"), ("“", "quote"), ("？", "ask"), ("！", "ask"), ("——", "dash")):
        if mark in inner:
            f.append(f"h:has={name}")
    if _TAG_END.search(t):
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
def _org_words() -> Tuple[str, ...]:
    """Organisation words of the shared ``org_prefixes`` table (委员会, 办公室, 公安局 …), for lines that name an organisation."""
    from baokan.annotators.lexicon import read_table

    words = {r["prefix"] for r in read_table("org_prefixes").rows if len(r.get("prefix", "")) >= 2}
    return tuple(sorted(words | set(_ORG_ENDS)))


#: Endings of organisations outside government that sign articles: institutes, universities, societies.
_ORG_ENDS = ("研究院", "研究所", "研究中心", "研究会", "大学", "学院", "协会", "学会", "基金会", "出版社", "编辑部",
             "评论部", "理论部", "委员会", "办公室")


#: The features of a line that its neighbours see: its shape, kind and how it ends, not its details.
_SEEN_FROM_AFAR = recache.compile(r"tok=|shape=|kind=|cont=|dateline$|byline_|boxed$|h:end=|t:end=|h:tag_end$|h:len=")


def _is_head(own: List[str]) -> bool:
    """A heading-shaped line that its own text does not already place (no kind, not a name line)."""
    return "shape=h" in own


def _is_text(line: Line, own: List[str]) -> bool:
    """A line of paragraph text: body whatever its neighbours are, so it needs no role of its own.

    Everything else (heading-shaped lines, bylines, name lines, markers, notes,
    long headlines with a column tag) is a candidate for a frame role.
    """
    if "shape=t" not in own:
        return False
    t = line.text
    if "。" in t[:-1] or len(t) > 70 or line.end == COMMA:
        return True
    return not (_TAG_END.search(t) or t.endswith(("——", "：", ":", "……")) or len(t) <= 30)


#: Features of any line of a run that every line of the run sees (a column tag, a kicker's dash).
_RUN_MARKS = frozenset({"h:tag_end", "h:saying", "h:end=dash", "h:end=colon", "h:start=dash", "h:inner_space", "h:end=ask"})


def tokens(layout: Layout, lines: Sequence[Line]) -> Tuple[List[List[int]], List[List[str]]]:
    """The page as a sequence of tokens: each candidate line alone, each run of text lines as one.

    Returns the line indices of each token and each token's own features. A
    run of paragraph text carries how its first line starts (a dateline?) and
    how its last line ends; a page of 60 lines becomes some 20 tokens, so that
    the model weighs what stands around a heading, not how many body lines
    there are.
    """
    own = [own_features(layout, line) for line in lines]
    groups: List[List[int]] = []
    feats: List[List[str]] = []
    text_open = False
    for i, line in enumerate(lines):
        if _is_text(line, own[i]):
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
        if len(g) > 1 or _is_text(first, own[g[0]]):
            feats.append(["tok=text", f"t:lines={min(len(g), 3)}", f"t:end={_end(last.text, last.end)}"]
                         + (["dateline"] if first.dateline else []) + (["boxed"] if layout.boxed(first) else []))
        else:
            feats.append(["tok=line"] + own[g[0]])
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
        before = "none" if i == 0 else _what(own[i - 1]) + "-" + next(
            (x.split("=")[1] for x in own[i - 1] if x.startswith(("t:end=", "h:end="))), "")
        after = "none" if j >= n else _what(own[j])
        then = "none" if j + 1 >= n else _what(own[j + 1])  # a photo's caption credit below one paragraph
        whole = sorted({x for k in range(i, j) for x in own[k] if x in _RUN_MARKS})
        for k in range(i, j):
            at = "first" if k == i else "last" if k == j - 1 else "mid"
            out[k] += [f"run={size}", f"run_at={at}", f"run_before={before}", f"run_after={after}",
                       f"run_after={after}@{at}", f"run_around={before}|{after}", f"run_then={after}>{then}"]
            out[k] += [f"run_has:{x}" for x in whole]
        i = j
    return out


def features(layout: Layout, lines: Sequence[Line]) -> Tuple[List[List[int]], List[List[str]]]:
    """The tokens of one page (:func:`tokens`) and the features of each, with its neighbours' (±2) and its run's."""
    groups, own = tokens(layout, lines)
    runs = _runs(own)
    n = len(own)
    far = [[x for x in o if _SEEN_FROM_AFAR.match(x)] for o in own]
    out: List[List[str]] = []
    for i in range(n):
        f = ["bias"] + own[i]
        for d in NEIGHBOURS:
            j = i + d
            if 0 <= j < n:
                f += [f"{d}:{x}" for x in far[j]]
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


# ---------------------------------------------------------------- the model


def _data_path(name: str) -> Path:
    return Path(str(resources.files(DATA_PACKAGE).joinpath(name)))


class Model:
    """The CRF's weights, read once, and a Viterbi decoder over them with a bias per role.

    python-crfsuite's own tagger gives the best sequence only; decoding here
    lets a role's score be raised by a constant (``bias``). Missing an article
    costs more than cutting one in two (all its checks against one), so the
    roles that start an article get a bias, chosen by cross-validation over the
    fitting dates and kept in the model's meta file.
    """

    def __init__(self, path: Path, bias: Optional[Mapping[str, float]] = None) -> None:
        import pycrfsuite

        tagger = pycrfsuite.Tagger()
        tagger.open(str(path))
        info = tagger.info()
        self.labels: List[str] = list(info.labels)
        self.state: Dict[str, List[Tuple[int, float]]] = {}  # attribute → (label index, weight), nonzero only
        for (attr, label), w in info.state_features.items():
            self.state.setdefault(attr, []).append((self.labels.index(label), w))
        self.trans = [[info.transitions.get((a, b), 0.0) for b in self.labels] for a in self.labels]
        self.bias = [float((bias or {}).get(label, 0.0)) for label in self.labels]

    def tag(self, feats: Sequence[Sequence[str]]) -> List[str]:
        """The best role sequence for the tokens' features."""
        k = len(self.labels)
        labels = range(k)
        scores = []
        for f in feats:
            row = list(self.bias)
            for attr in f:
                for j, w in self.state.get(attr, ()):
                    row[j] += w
            scores.append(row)
        into = [[self.trans[i][j] for i in labels] for j in labels]  # into[j][i]: from i to j
        best = scores[0]
        back: List[List[int]] = []
        for row in scores[1:]:
            step, ptr = [], []
            for j in labels:
                came = [b + t for b, t in zip(best, into[j])]
                i = came.index(max(came))
                step.append(came[i] + row[j])
                ptr.append(i)
            best = step
            back.append(ptr)
        j = best.index(max(best))
        path = [j]
        for ptr in reversed(back):
            j = ptr[j]
            path.append(j)
        return [self.labels[j] for j in reversed(path)]


def parse_bias(text: str) -> Dict[str, float]:
    """``"headline=1.5 kicker=1.5"`` → ``{"headline": 1.5, "kicker": 1.5}``."""
    out: Dict[str, float] = {}
    for item in text.split():
        role, _, value = item.partition("=")
        out[role] = float(value)
    return out


@lru_cache(maxsize=1)
def model() -> Model:
    """The shipped model, with the decoding bias its meta file names."""
    path = _data_path(MODEL_FILE)
    if not path.is_file():
        raise FileNotFoundError(f"{path}: the line-role model is missing; run annotators/data/build/train_line_roles.py")
    return Model(path, parse_bias(read_meta().get("decode_bias", "")))


def read_meta() -> Dict[str, str]:
    """The ``# key: value`` header of ``line_roles.meta.txt`` (empty if the file is absent)."""
    path = _data_path(META_FILE)
    out: Dict[str, str] = {}
    if path.is_file():
        for row in path.read_text(encoding="utf-8").splitlines():
            if row.startswith("# ") and ":" in row:
                key, _, value = row[2:].partition(":")
                out[key.strip()] = value.strip()
    return out


def tag(layout: Layout, lines: Sequence[Line], *, using: Optional[Model] = None) -> List[str]:
    """The role of every line of one page (see :data:`ROLES`), by the shipped model or ``using``."""
    if not lines:
        return []
    groups, feats = features(layout, lines)
    roles = line_roles(groups, (using or model()).tag(feats), len(lines))
    return exact(layout, lines, roles)


_SENTENCE_MARKS = recache.compile(r"[，,。；;！？!?]")
_WORD_END = recache.compile(r"[\u4e00-\u9fff0-9A-Za-z０-９]$")


def exact(layout: Layout, lines: Sequence[Line], roles: List[str]) -> List[str]:
    """The model's roles, corrected where the print settles them.

    By a line's own text: a continuation marker, a page header above the
    first article, a dateline (it opens a paragraph), a closing note or credit
    (they close one); a line with clauses in it is no byline, and a line that
    ends a sentence with 。 is no heading. By its place: a heading never starts
    below a paragraph cut mid-sentence (the lines there are a caption dropped
    into it); two or more heading lines between a finished paragraph and
    paragraph text are a heading group (a subhead stands alone), but a heading
    printed twice on the page labels sections; a heading over a few lines of
    text that end in a photo's credit heads a photo item; and a group
    reads kicker, headline, subtitles, where a kicker ends with a dash or a
    colon and a subtitle starts with a dash; a byline under it stays its byline
    when a photo's caption stands between them.
    """
    top = True
    for i, line in enumerate(lines):
        if line.kind == "continuation":
            roles[i] = "cont"
        elif line.kind == "page" and top:
            roles[i] = "page"
        elif line.dateline or line.kind in ("note", "footer", "caption"):
            roles[i] = "body"
        elif roles[i] == "byline" and line.kind != "byline" and _SENTENCE_MARKS.search(line.text):
            roles[i] = "body"  # 讲述人：… is a byline by its role word, and its kind says so
        elif roles[i] in HEAD and line.text.endswith("。"):
            roles[i] = "body"
        elif i and line.text.startswith(("——", "--")) and layout.heading(line, loud=True) \
                and _is_heading(layout, lines[i - 1]) and roles[i - 1] in HEAD + ("body",) \
                and (roles[i - 1] in HEAD or i < 2 or lines[i - 2].kind or lines[i - 2].end == STOP):
            roles[i] = "subtitle"  # a dash under a heading introduces its subtitle: the heading is a headline
            if roles[i - 1] == "body":
                roles[i - 1] = "headline"
        elif i and lines[i - 1].kind == "continuation" and lines[i - 1].cont == "from" and _is_heading(layout, line):
            roles[i] = "headline"  # a continued article's headline, printed again under (上接第1版)
        top = top and line.kind == "page"
    _top(layout, lines, roles)
    _mid_sentence(layout, lines, roles)
    _repeated(lines, roles)
    _pairs(layout, lines, roles)
    _photo_items(layout, lines, roles)
    _order(lines, roles)
    _signed(lines, roles)
    _byline_below_caption(lines, roles)
    return roles


def org_shaped(text: str) -> bool:
    """A line that names an organisation and nothing else (中央网络安全和信息化委员会办公室)."""
    return not _SENTENCE_MARKS.search(text) and not text.startswith(("——", "--")) and " " not in text \
        and text.endswith(_org_words())


def _signed(lines: Sequence[Line], roles: List[str]) -> None:
    """An organisation's name under a headline, above the text, signs the article: it is the byline.

    A line the model calls a byline that is neither a byline, names nor an
    organisation is a subtitle under a heading (李强蔡奇丁薛祥陪同考察) or body.
    """
    for i, line in enumerate(lines):
        nxt = roles[i + 1] if i + 1 < len(lines) else "body"
        if roles[i] in ("headline", "subtitle") and nxt == "body" and i and roles[i - 1] in HEAD \
                and not line.kind and org_shaped(line.text):
            roles[i] = "byline"
            if roles[i - 1] == "kicker":
                roles[i - 1] = "headline"
            elif roles[i - 1] == "subtitle" and "headline" not in roles[max(0, i - 4):i]:
                roles[i - 1] = "headline"
        elif roles[i] == "byline" and not line.kind and bl.parse_names(line.text, strict=False) is None \
                and not org_shaped(line.text):
            roles[i] = "subtitle" if i and roles[i - 1] in HEAD else "body"


def broken(above: str, below: str) -> bool:
    """Whether a heading goes on into the line below: the break falls inside a word or after an open mark."""
    return end_of(above) != STOP and not below.startswith(("——", "--")) and (
        above[-1] in "“‘（(《、，," or makes_word(above, below))


def _byline_below_caption(lines: Sequence[Line], roles: List[str]) -> None:
    """A byline under a heading group with a photo's caption between them is the article's byline."""
    for i in range(1, len(lines)):
        if roles[i - 1] not in HEAD or roles[i] in HEAD:
            continue
        k = i
        while k < len(lines) and lines[k].kind == "caption":
            k += 1
        if k > i and k < len(lines) and lines[k].kind == "byline" and lines[k].byline is not None \
                and lines[k].byline.people:
            roles[k] = "byline"


def _group_end(roles: Sequence[str], i: int) -> int:
    j = i
    while j < len(roles) and roles[j] in HEAD:
        j += 1
    return j


def _mid_sentence(layout: Layout, lines: Sequence[Line], roles: List[str]) -> None:
    """No heading group right below a paragraph that stops mid-sentence (a comma, or a word cut short)."""
    for i in range(1, len(lines)):
        if roles[i] not in HEAD or roles[i - 1] in HEAD:
            continue
        above = lines[i - 1]
        if roles[i - 1] != "body" or above.kind or layout.heading(above, loud=True):
            continue
        if above.end == COMMA or _WORD_END.search(above.text):
            j = _group_end(roles, i)
            while j < len(lines) and roles[j] == "byline" and lines[j].kind != "byline":
                j += 1
            for k in range(i, j):
                roles[k] = "body"


def _top(layout: Layout, lines: Sequence[Line], roles: List[str]) -> None:
    """A page whose first line is a heading starts with an article (one continued from elsewhere starts with
    a marker or mid-paragraph)."""
    i = 0
    while i < len(lines) and lines[i].kind == "page":
        i += 1
    if i < len(lines) and roles[i] == "body" and _is_heading(layout, lines[i]):
        roles[i] = "headline"


def _repeated(lines: Sequence[Line], roles: List[str]) -> None:
    """A heading printed more than once on a page labels a section (of a photo page, say), not an article."""
    seen = Counter(line.text for line, role in zip(lines, roles) if role in HEAD)
    for i, line in enumerate(lines):
        if roles[i] in HEAD and seen[line.text] > 1:
            roles[i] = "body"


def _is_heading(layout: Layout, line: Line) -> bool:
    return not line.kind and not line.dateline and layout.heading(line, loud=True) and bl.parse_names(line.text) is None


def _pairs(layout: Layout, lines: Sequence[Line], roles: List[str]) -> None:
    """Two or more heading lines between a caption, closing note or marker and text: a heading group.

    Inside a body, pairs of subheads are common (打开市场 / 从农特产到小爆款);
    below the caption or note that closes an article, a pair heads the next.
    """
    i, n = 1, len(lines)
    while i < n:
        if roles[i] != "body" or not _is_heading(layout, lines[i]):
            i += 1
            continue
        j = i
        while j < n and roles[j] == "body" and _is_heading(layout, lines[j]):
            j += 1
        above, below = lines[i - 1], lines[j] if j < n else None
        # a photo, a closing note in brackets, a 下转 marker end an article (an editor's ——编者 opens one)
        closed = above.kind == "caption" or (above.kind == "continuation" and above.cont == "to") or (
            above.kind == "note" and above.text[:1] in "（(")
        if j - i >= 2 and closed and roles[i - 1] in ("body", "cont") and below is not None \
                and not below.kind and not layout.heading(below, loud=True):
            for k in range(i, j):
                roles[k] = "subtitle"
            roles[i] = "kicker" if kicker_shaped(lines[i].text) else "headline"
            if roles[i] == "kicker":
                roles[i + 1] = "headline"
        i = max(j, i + 1)


#: Most lines of text a photo item holds between its heading and the photo's credit.
PHOTO_TEXT_MAX = 3


def _photo_items(layout: Layout, lines: Sequence[Line], roles: List[str]) -> None:
    """A heading over a few lines of text that end in a photo's credit heads a photo item (图片新闻).

    Its text is the photo's caption; the heading stands after a finished
    paragraph, and is printed once on the page (a label printed over several
    photos marks sections).
    """
    once = Counter(line.text for line in lines)
    for i in range(1, len(lines) - 2):
        line, above = lines[i], lines[i - 1]
        if roles[i] != "body" or once[line.text] > 1 or not _is_heading(layout, line) or roles[i - 1] in HEAD:
            continue
        if not (above.kind in ("caption", "note") or (not above.kind and above.end == STOP)):
            continue
        k = i + 1
        while k < len(lines) and k - i <= PHOTO_TEXT_MAX and not lines[k].kind and not lines[k].dateline \
                and not layout.heading(lines[k], loud=True):
            k += 1
        if k > i + 1 and k < len(lines) and lines[k].kind == "caption" and all(r == "body" for r in roles[i + 1:k]):
            roles[i] = "headline"


def _order(lines: Sequence[Line], roles: List[str]) -> None:
    """Each heading group in the order kicker, headline, subtitles, by the marks its lines carry.

    A line under the first that starts with a dash is a subtitle, and the
    headline stands above the first of them; a first line that ends with a dash
    or a colon is a kicker; the one line that carries a column tag is the
    headline; else the model's headline (or the first line after the kickers)
    is; the lines above it are kickers and the lines below it subtitles.
    """
    i, n = 0, len(lines)
    while i < n:
        if roles[i] not in HEAD:
            i += 1
            continue
        j = _group_end(roles, i)
        group = roles[i:j]
        texts = [line.text for line in lines[i:j]]
        dashes = [k for k in range(1, len(texts)) if texts[k].startswith(("——", "--"))]
        last = dashes[0] - 1 if dashes else len(texts) - 1  # the headline stands above the first dash
        if last > 0 and kicker_shaped(texts[0]):
            group[0] = "kicker"
        head = next((k for k in range(last + 1) if group[k] == "headline"), None)
        tagged = [k for k in range(last + 1) if _TAG_END.search(texts[k])]
        if len(tagged) == 1 and not kicker_shaped(texts[tagged[0]]):
            head = tagged[0]  # the column tag (新春走基层) goes with the headline
        if head is None:
            head = next((k for k in range(last + 1) if group[k] != "kicker"), last)
        while head and broken(texts[head - 1], texts[head]):
            head -= 1  # a headline broken over two lines starts on the first
        roles[i:j] = ["kicker"] * head + ["headline"] + ["subtitle"] * (len(group) - head - 1)
        i = j


# ---------------------------------------------------------------- roles from gold


class GoldMismatch(ValueError):
    """A gold file whose articles cannot be placed on the lines of its page."""


def _norm(s: Optional[str]) -> str:
    return unicodedata.normalize("NFKC", s or "").replace("\u3000", " ").strip()


def _squash(s: Optional[str]) -> str:
    return "".join(_norm(s).split())


def derive_roles(lines: Sequence[Line], gold: Mapping[str, Any]) -> List[str]:
    """The role of every line that a page's gold (``*.gold.json``) implies.

    Each gold article's kicker, headline and subtitles are whole lines, in
    order; the lines between them and the line where ``body_starts`` begins
    are the byline; from there to the next article's first heading line is
    body, and a continuation marker that ends it is a marker. Lines above the
    first article are page header lines.

    Args:
        lines (Sequence[Line]): The page's lines (:func:`.layout.read_lines`).
        gold (Mapping): The parsed gold file.

    Raises:
        GoldMismatch: when a heading is not a line of the page or the body start is not found below it.
    """
    roles: List[Optional[str]] = [None] * len(lines)
    cursor = 0
    firsts: List[int] = []
    body_at: List[int] = []
    for art in gold.get("articles", []):
        heads = [("kicker", art["kicker"])] if art.get("kicker") else []
        heads += [("headline", art["headline"])] + [("subtitle", s) for s in art.get("subtitles") or []]
        first = next((i for i in range(cursor, len(lines)) if _norm(lines[i].text) == _norm(heads[0][1])), None)
        if first is None:
            raise GoldMismatch(f"no line reads {heads[0][1]!r}")
        for k, (role, text) in enumerate(heads):
            if first + k >= len(lines) or _norm(lines[first + k].text) != _norm(text):
                raise GoldMismatch(f"the {role} {text!r} is not the line after the one above it")
            roles[first + k] = role
        below = first + len(heads)
        start = _body_start(lines, below, _squash(art.get("body_starts")))
        if start is None:
            raise GoldMismatch(f"the body of {art['headline']!r} does not start within a few lines of its heading")
        for i in range(below, start):
            roles[i] = "byline"
        firsts.append(first)
        body_at.append(start)
        cursor = start
    if not firsts:
        return ["body"] * len(lines)
    for start, end in zip(body_at, firsts[1:] + [len(lines)]):
        for i in range(start, end):
            roles[i] = "cont" if lines[i].kind == "continuation" else "body"
    for i in range(firsts[0]):
        roles[i] = "page"
    return [r or "body" for r in roles]


def _body_start(lines: Sequence[Line], at: int, head: str) -> Optional[int]:
    """The first line at or below ``at`` (within three) whose text, with the lines after it, starts with ``head``."""
    for i in range(at, min(at + 4, len(lines))):
        text = ""
        for line in lines[i:i + 4]:  # a column break may cut the first words short
            text += _squash(line.text)
            if len(text) >= len(head):
                break
        if text.startswith(head):
            return i
    return None
