"""The small grammars of a print page's frame: bylines, datelines, page headers, continuations.

Each parser takes one line (or the head of a paragraph) and returns a record
of :mod:`baokan.schemas` or ``None``; none of them looks at other lines. The
role words of bylines come from data tables (``byline_roles.tsv`` and the
``byline`` rows of ``person_words.tsv``), surnames from ``surnames.tsv``; the
rest is print-layout grammar.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import List, NamedTuple, Optional, Tuple

from baokan.annotators.core import recache
from baokan.annotators.core.lexicon import read_table
from baokan.annotators.language import chars
from baokan.annotators.language.chars import HAN
from baokan.schemas import Byline, Dateline, Page, Person

DIGIT = "0-9\uff10-\uff19"
CN_NUM = "〇零一二三四五六七八九十百"
#: A newspaper, agency, site or news app that may stand before a role (本报记者, 新华社记者, 浙江日报记者,
#: 某某新闻记者).
ORG = (
    rf"(?:本报|本台|本刊|[{HAN}]{{2,8}}?(?:日报社|日报|晚报|早报|时报|商报|报社|报|通讯社|社|网|电视台|台|客户端|新闻))"
)
#: Decorations set before or after a byline (■ 本报记者 …, 文/…).
DECOR = "■□●○◆◇▲△▼★☆◎•·▪—-_~～*＊"


class Roles(NamedTuple):
    """The byline role words, compiled."""

    prefix: re.Pattern[str]  # a role that stands before names, with an optional paper
    suffix: re.Pattern[str]  # a role that stands after names (摄, 报道)
    any: re.Pattern[str]  # any role word anywhere (a cheap first test)
    kinds: dict


#: Role words of person_words.tsv that are not bylines' (datelines) or that the splitter takes apart.
_NOT_ROLE = recache.compile(r"[讯电]$|/")
_SUFFIX_END = ("摄", "供图", "整理", "报道")


@lru_cache(maxsize=1)
def roles() -> Roles:
    """The byline role words as compiled patterns (longest first).

    ``byline_roles.tsv`` says where each word stands and whether a paper may
    precede it; the ``byline`` rows of the shared ``person_words.tsv`` add their
    words (those ending in 摄 or 供图 after the names, the rest before them).
    """
    rows = list(read_table("byline_roles").rows)
    known = {(r["role"], r["position"]) for r in rows}
    for r in read_table("person_words").rows:
        word = r.get("word", "")
        if r.get("role") != "byline" or not word or _NOT_ROLE.search(word):
            continue
        position = "suffix" if word.endswith(_SUFFIX_END) else "prefix"
        if (word, position) not in known:
            rows.append({"role": word, "kind": "", "position": position, "org": "no"})
            known.add((word, position))

    def words(position: str, org: Optional[bool] = None) -> List[str]:
        found = (r["role"] for r in rows if r["position"] == position and (org is None or (r["org"] == "yes") == org))
        return sorted(found, key=len, reverse=True)  # longest first: 首席记者 before 记者

    with_org, plain, suffix = words("prefix", True), words("prefix", False), words("suffix")
    alt = lambda words: "|".join(map(re.escape, words)) or "(?!)"  # noqa: E731
    # a paper's app may print its brand with a plus (某某快报+记者)
    prefix = recache.compile(rf"(?:{ORG}\+?(?:驻[{HAN}]{{1,6}}?)?)?(?:{alt(with_org)})|(?:{alt(plain)})")
    kinds = {r["role"]: r["kind"] for r in rows}
    return Roles(
        prefix, recache.compile(rf"(?:{alt(suffix)})$"), recache.compile(alt(with_org + plain + suffix)), kinds
    )


def surnames() -> Tuple[frozenset, frozenset]:
    """Single and compound surnames (both empty if ``surnames.tsv`` is not installed)."""
    return chars.single_surnames(), chars.compound_surnames()


@lru_cache(maxsize=1)
def common_surnames() -> frozenset:
    """The hundred most common single surnames (the ranked rows of ``surnames.tsv``)."""
    return frozenset(r["surname"] for r in read_table("surnames").rows if r.get("rank") and len(r["surname"]) == 1)


#: Role kinds that credit the page's making, not the article's reporting.
EDITORIAL = frozenset({"editor", "graphics", "planner"})


def is_editorial(byline: Byline) -> bool:
    """Whether every person of a byline is an editor, proofreader or designer (a page's credits)."""
    kinds = roles().kinds
    return bool(byline.people) and all(kinds.get(p.role or "") in EDITORIAL for p in byline.people)


_PAD = recache.compile(r"[\s\u3000]+")
_SPLIT = recache.compile(r"[\s\u3000、，,/／|｜;；:：]+")
_NAME = recache.compile(rf"[{HAN}]{{1,4}}|[{HAN}]{{1,6}}[·•．][{HAN}]{{1,8}}")
#: Punctuation that never stands in a byline.
_NOT_BYLINE = recache.compile(r"[。！？!?“”\"《》（）()【】\[\]…%％0-9０-９]")


def _is_name(s: str) -> bool:
    """Two to four Han characters (or a name with ·) that start with a surname, when surnames are known.

    Used where a name is glued to a role word, so that its start must be told
    apart from a word (记者节来临).
    """
    if not _NAME.fullmatch(s):
        return False
    single, compound = surnames()
    if not single or len(s) == 1 or "·" in s or "•" in s:
        return True
    return s[0] in single or s[:2] in compound


def parse_byline(text: str, *, strict: bool = True) -> Optional[Byline]:
    """Parse a byline such as ``本报记者 李洁 通讯员 王姚丹`` into people with roles.

    Names padded to the width of three characters (``程  焕``) are joined. A
    byline may name nobody (``新华社记者``, ``本报评论员``).

    Args:
        text (str): One line, as printed.
        strict (bool, optional): Refuse a role glued to a short role word
            (``记者节来临`` is a headline, not a byline). Defaults to True; the
            inside of a dateline's brackets is parsed with ``strict=False``.

    Returns:
        Byline, optional: The byline as written and its people, or None when the
        line is not a byline.
    """
    core = text.strip().strip(DECOR).strip()
    if not core or len(core) > 60 or _NOT_BYLINE.search(core):
        return None
    rx = roles()
    if not rx.any.search(core) and not rx.any.search(_PAD.sub("", core)):  # 记  者 is padded like a name
        return None
    tokens: List[Tuple[str, str]] = []  # ("role" | "suffix" | "name", text)
    for chunk in _SPLIT.split(core):
        chunk = chunk.strip(DECOR)
        if not chunk or chunk.startswith("发自"):  # 发自北京: where it was filed, not a name
            continue
        if len(chunk) == 1 and tokens and tokens[-1][0] == "name" and len(tokens[-1][1]) == 1:
            tokens.append(("name", chunk))  # the second half of a padded name (付  文), even if a role word
            continue
        if rx.prefix.fullmatch(chunk):
            tokens.append(("role", chunk))
            continue
        if rx.suffix.fullmatch(chunk):
            tokens.append(("suffix", chunk))
            continue
        glued = _glued(chunk, strict=strict)
        if glued is None:
            return None
        tokens += glued
    merged = _merge_padded(tokens)
    if merged is None or not any(kind != "name" for kind, _ in merged):
        return None
    people: List[Person] = []
    role: Optional[str] = None
    group: List[Person] = []  # names since the last prefix role
    for kind, value in merged:
        if kind == "role":
            role, group = value, []
        elif kind == "name":
            person = Person(name=value, role=role)
            people.append(person)
            group.append(person)
        else:  # a suffix role names the people just before it, unless a prefix role did
            for person in group:
                if person.role is None:
                    person.role = value
    return Byline(text=text.strip(), people=people)


def parse_names(text: str, *, strict: bool = True) -> Optional[Byline]:
    """A byline of names alone (``王  浩``, ``周  欢  宋新阳``, ``爱德华多·雷加拉多``), or None.

    Commentaries and signed articles print the author's name on the line under
    the headline without a role word. Names padded to three characters are
    joined; every piece must be a name of two to four Han characters (or a
    transliterated name with ``·``). Whether such a line is a byline is the
    page's call, not this function's: ``江  南`` may be a name or a word.

    Args:
        text (str): One line, as printed.
        strict (bool, optional): A single name written without padding must start
            with a known surname. Defaults to True; a line known to be a byline
            is read with ``strict=False``.
    """
    if len(text) > 40 and not (text[0].isspace() or text[0] in _MARKS or text[-1].isspace()):
        return None  # nothing to strip, so the core is the whole line: too long (most lines of a page)
    core = text.strip().lstrip(_MARKS).strip()
    if not core or len(core) > 40 or _NOT_BYLINE.search(core) or "—" in core or "-" in core:
        return None
    rx = roles()
    tokens = [("name", t) for t in core.split()]
    merged = _merge_padded(tokens)
    if not merged or len(merged) > 8:
        return None
    names = [v for _, v in merged]
    if any(rx.prefix.fullmatch(v) or rx.suffix.fullmatch(v) for v in names):
        return None
    if not all(_NAME.fullmatch(v) and len(v) >= 2 for v in names):
        return None
    if strict and any(_glued_word(v, tokens) for v in names):
        return None
    return Byline(text=text.strip(), people=[Person(name=v) for v in names])


#: Marks set before a byline (■ 王浩); dashes are not among them: ``——编  者`` signs a lead-in.
_MARKS = "■□●○◆◇▲△▼★☆◎•▪"


def _glued_word(name: str, tokens: List[Tuple[str, str]]) -> bool:
    """Whether an unpadded "name" reads more like a word or a credit: no known surname,
    four characters without a compound surname (种植药材), or a role glued to its end (张三摄)."""
    if name not in [v for _, v in tokens] or "·" in name:
        return False  # padded names (王  浩) and transliterations are names by their shape
    single, compound = surnames()
    if roles().suffix.search(name):
        return True
    if len(name) == 4:
        return name[:2] not in compound
    return bool(single) and name[0] not in single


def read_byline(text: str) -> Byline:
    """The people of a line known to be a byline, however it is written.

    A byline with role words (:func:`parse_byline`), names alone
    (:func:`parse_names`), or a description with the name last
    (``讲述人：某村第一任村级河长  吴满棠``); an organisation or anything else
    names nobody.
    """
    found = parse_byline(text) or parse_names(text, strict=False)
    if found is None:
        core = text.strip()
        tail = core.split()[-1] if core.split() else ""
        last = parse_names(tail, strict=False) if tail != core else None
        found = Byline(text=core, people=last.people if last is not None else [])
    return found


def _glued(chunk: str, *, strict: bool) -> Optional[List[Tuple[str, str]]]:
    """A chunk of role, name and suffix written without spaces (本报记者张三报道, 张三摄), or None."""
    rx = roles()
    m = rx.prefix.match(chunk)
    role = chunk[: m.end()] if m and m.end() < len(chunk) else ""
    if role and strict and len(role) < 3:  # 记者节来临 is a headline
        return None
    rest = chunk[len(role) :]
    if role and not strict:  # 记者刘丹实习记者王柏峰: roles and names run together, in brackets after a paragraph
        for k in range(2, min(len(rest) - 1, 5)):
            if rx.prefix.match(rest, k) and _is_name(rest[:k]):
                more = _glued(rest[k:], strict=strict)
                if more is not None:
                    return [("role", role), ("name", rest[:k])] + more
    s = rx.suffix.search(rest)
    suffix = rest[s.start() :] if s and s.start() >= 2 else ""
    name = rest[: len(rest) - len(suffix)]
    if not (role or suffix):  # a name set apart by spaces: its shape is enough (次仁, 阿西木呷)
        return [("name", name)] if _NAME.fullmatch(name) else None
    if not _is_name(name) or (role and len(name) < 2):
        return None
    if (role or suffix) and len(name) == 4 and name[:2] not in surnames()[1]:
        return None  # glued, four characters are a name and a word (张天培采访整理), not a name
    return ([("role", role)] if role else []) + [("name", name)] + ([("suffix", suffix)] if suffix else [])


def _merge_padded(tokens: List[Tuple[str, str]]) -> Optional[List[Tuple[str, str]]]:
    """Join single characters set apart by padding (``程  焕`` → 程焕, ``记  者`` → a role); None if one is
    left alone."""
    out: List[Tuple[str, str]] = []
    i = 0
    while i < len(tokens):
        kind, value = tokens[i]
        if kind == "name" and len(value) == 1:
            if i + 1 < len(tokens) and tokens[i + 1][0] == "name" and len(tokens[i + 1][1]) == 1:
                joined = value + tokens[i + 1][1]  # a role word is padded like a name (记  者：张  三)
                out.append(("role" if roles().prefix.fullmatch(joined) else "name", joined))
                i += 2
                continue
            return None
        out.append((kind, value))
        i += 1
    return out


# ---------------------------------------------------------------- datelines

AGENCY = rf"(?:本报|新华社|中新社|中通社|人民网|新华网|央视网|央广网|中新网|{ORG})"
_DATE = rf"(?:(?P<y>[{DIGIT}]{{4}})年)?(?P<m>[{DIGIT}]{{1,2}})月(?P<d>[{DIGIT}]{{1,2}})日"
_DATELINE = recache.compile(
    rf"^据?(?P<agency>{AGENCY})(?:驻[{HAN}]{{1,6}}?记者)?(?P<place>[{HAN}·]{{1,10}}?)?{_DATE}(?:专|综合)?[电讯]"
)
_NEWS = recache.compile(rf"^据?(?P<agency>{AGENCY})(?P<place>[{HAN}]{{1,6}}?)?(?:讯|消息)")
#: Who filed it, right after the dateline: 电（记者 张三） / 电 记者张三报道： / 讯 记者张三 正文.
_WHO = (
    recache.compile(r"\s*[（(](?P<who>[^（）()]{1,60})[)）]"),
    recache.compile(r"\s*(?P<who>[^，。：:（）()“”]{2,40}?)报道[：:]?"),
    recache.compile(
        rf"\s*(?P<who>(?:(?:本报)?(?:记者|通讯员|实习生)\s*(?:[{HAN}]\s{{1,3}}[{HAN}]|[{HAN}·]{{2,4}})\s+)+)"
    ),
)


_FULLWIDTH = str.maketrans("０１２３４５６７８９", "0123456789")


def _int(s: str) -> int:
    return int(s.translate(_FULLWIDTH))


def parse_dateline(
    text: str, *, year: Optional[int] = None, month: Optional[int] = None
) -> Tuple[Optional[Dateline], Optional[Byline]]:
    """Parse the dateline at the head of a paragraph (``新华社北京1月13日电（记者 张三）``).

    Args:
        text (str): The paragraph.
        year (int, optional): The page's year, for dates written without one.
        month (int, optional): The page's month: a report dated in a later month
            than its page was filed the year before (12月31日电 on a January page).

    Returns:
        tuple: The dateline (agency, place, ISO date; ``--MM-DD`` when the year
        is unknown) and the byline of the reporters it names, each None when absent.
    """
    if "电" not in text[:40] and "讯" not in text[:24] and "消息" not in text[:24]:  # cheap refusal of most paragraphs
        return None, None
    m = _DATELINE.match(text) or _NEWS.match(text)
    if not m:
        return None, None
    place = m.group("place")
    if place and ("记者" in place or "通讯员" in place):
        return None, None
    date = None
    if "m" in m.groupdict() and m.group("m"):
        y = _int(m.group("y")) if m.group("y") else year
        if y and not m.group("y") and month and _int(m.group("m")) > month:
            y -= 1
        mo, d = _int(m.group("m")), _int(m.group("d"))
        if not (1 <= mo <= 12 and 1 <= d <= 31):
            return None, None
        date = f"{y:04d}-{mo:02d}-{d:02d}" if y else f"--{mo:02d}-{d:02d}"
    end, byline = m.end(), None
    for rx in _WHO:
        w = rx.match(text, end)
        byline = parse_byline(w.group("who"), strict=False) if w else None
        if byline is None and w is not None and rx is _WHO[0]:
            byline = parse_names(w.group("who"))  # 本报讯（赵叶舟）: the reporter's name alone in the brackets
        if byline is not None and w is not None:
            end = w.end()
            break
    dateline = Dateline(text=text[:end].rstrip(), agency=m.group("agency"), place=place or None, date=date)
    return dateline, byline


_TRAILING = recache.compile(r"[（(](?P<who>[^（）()]{2,40})[)）]$")


def trailing_byline(text: str) -> Optional[Byline]:
    """The reporters named in brackets at the end of a paragraph (``……求助。（记者 孙  宁）``)."""
    found = _trailing(text)
    return found[1] if found is not None else None


def signed_sentence(text: str) -> bool:
    """A sentence closed by its reporters in brackets (``……下降18%。（记者 某某）``): a paragraph, no heading."""
    if not text.endswith(("）", ")")):
        return False
    found = _trailing(text)
    return found is not None and text.endswith(("。", "！", "？"), 0, found[0])


def _trailing(text: str) -> Optional[Tuple[int, Byline]]:
    """Where the bracketed reporters at the end of ``text`` start, and their byline; None without them."""
    tail = text[-42:]
    m = _TRAILING.search(tail)
    if not m:
        return None
    byline = parse_byline(m.group("who"), strict=False)
    if byline is None or not byline.people:
        return None
    return len(text) - len(tail) + m.start(), byline


# ---------------------------------------------------------------- page headers

_PH_DATE = recache.compile(
    rf"(?P<y>(?:19|20)[{DIGIT}]{{2}})\s*[年\-./]\s*(?P<m>[{DIGIT}]{{1,2}})\s*[月\-./]\s*(?P<d>[{DIGIT}]{{1,2}})\s*日?"
)
_PH_NUM = recache.compile(
    rf"第\s*[A-Za-z]?\s*(?P<n>[{DIGIT}]+|[{CN_NUM}]+)\s*版"  # 第06版, 第 A3 版, 第十二版
    rf"|(?<![{DIGIT}])[A-Za-z]?(?P<n2>[{DIGIT}]{{1,3}})\s*版"  # A05版, （ 2024年09月11日 01 版）
)
#: A page label without a date, as e-paper and database dumps print it above each page or article:
#: 第3版(), 第5版(国内专页(教科文)), 第A05版：要闻 PDF版, 01版：要闻, A3版 社会.
_PH_LABEL = recache.compile(
    rf"(?:第\s*[A-Za-z]?\s*(?:[{DIGIT}]{{1,3}}|[{CN_NUM}]{{1,3}})|[A-Za-z]?[{DIGIT}]{{1,3}})\s*版"
    rf"\s*(?:[:：]\s*[{HAN}·]{{1,10}}|[（(][^（）()]{{0,12}}(?:[（(][^（）()]{{0,12}}[)）])?[^（）()]{{0,4}}[)）]|\s[{HAN}·]{{2,10}})?"
    r"(?:\s*PDF版)?"
)
_PAPER = recache.compile(rf"[{HAN}]{{1,10}}(?:报|刊)")
#: A line holding a date and nothing else but the weekday or the time of posting (17:38).
_DATE_LINE = recache.compile(
    _PH_DATE.pattern
    + r"\s*(?:(?:星期|周|礼拜)[一二三四五六日天])?\s*(?:[0-9０-９]{1,2}[:：][0-9０-９]{2}(?:[:：][0-9０-９]{2})?)?"
)
_SENTENCE = recache.compile(r"[。，,！？!?“”]")


def cn_number(s: str) -> Optional[int]:
    """``06``, ``６`` or ``十二`` as an int; None if it is not a number."""
    s = s.strip()
    if not s:
        return None
    if s[0] in "0123456789０１２３４５６７８９":
        return _int(s)
    digits = {c: i for i, c in enumerate("零一二三四五六七八九")}
    digits["〇"] = 0
    total, cur = 0, 0
    for c in s:
        if c in digits:
            cur = digits[c]
        elif c == "十":
            total += (cur or 1) * 10
            cur = 0
        elif c == "百":
            total += (cur or 1) * 100
            cur = 0
        else:
            return None
    return total + cur


def _iso(date: re.Match) -> Optional[str]:
    """A header's date as YYYY-MM-DD (None when the month or day is out of range)."""
    y, mo, d = _int(date.group("y")), _int(date.group("m")), _int(date.group("d"))
    return f"{y:04d}-{mo:02d}-{d:02d}" if 1 <= mo <= 12 and 1 <= d <= 31 else None


def parse_page_header(text: str) -> Optional[Page]:
    """Parse a page header such as ``人民日报 2025年1月10日 第06版``.

    A header names the page number and usually the date and the paper (a
    label alone, 第3版() or 01版：要闻, is one too), or is a date alone; a line
    with sentence punctuation or more than 60 characters is never one.
    """
    s = text.strip()
    if not s or len(s) > 60 or _SENTENCE.search(s):
        return None
    date = _PH_DATE.search(s)
    num = _PH_NUM.search(s) if "版" in s else None
    if not num:
        if date and _DATE_LINE.fullmatch(s):  # 2024年02月03日 星期六: the date alone heads an e-paper page
            return Page(text=s, date=_iso(date))
        return None
    if (
        not date
        and not re.fullmatch(rf"第\s*\S{{1,4}}\s*版\s*[:：]?\s*[{HAN}·\s]{{0,10}}", s)
        and not _PH_LABEL.fullmatch(s)
    ):
        return None
    number = cn_number(num.group("n") or num.group("n2"))
    iso = _iso(date) if date else None
    if date and iso is None:
        return None
    rest = _PH_DATE.sub(" ", _PH_NUM.sub(" ", s))
    paper = _PAPER.search(rest)
    if paper is None:
        before = re.match(rf"\W*([{HAN}]{{2,10}})", s[: date.start()] if date else "")
        name = before.group(1) if before else None
    else:
        name = paper.group(0)
    return Page(text=s, paper=name, date=iso, number=number)
