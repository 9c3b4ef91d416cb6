"""Slogan candidates that a shape gives away, not the lexicon (used by :mod:`baokan.annotators.slogans`).

- role series of policing and of a division of labour (机关主战、基层主建; 党委主责、纪委主推),
  numbered sets (五个必须坚持), ``+`` formulas with a formula side (人工智能+制造) and programmes
  named after a launching verb (实施乡村建设行动), and the leader's named bodies of thought on a field
  (习近平总书记关于教育的重要论述, :mod:`baokan.annotators.language.named_theses`):
  :func:`grammar_candidates`;
- service-radius programmes (15分钟公共法律服务圈, 一刻钟便民生活圈): :func:`radius_candidates`, and unquoted
  compact lists framed as a goal or a principle (以甲乙、丙丁、戊己为基本思路, :mod:`framed_lists`);
- members of an unquoted 、-series of which two are already slogans, and campaign code names in a run of
  quotes beside another campaign (“断流”“昆仑”, :mod:`baokan.annotators.language.code_runs`):
  :func:`series_candidates`. (An unquoted series whose items only share a head or a tail, 好房子、好小区、
  好社区, is not read: tried, it found 8 gold strings against about 100 the gold does not list.)

Also the :class:`Candidate` record every source of slogan candidates produces.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Dict, Iterator, List, NamedTuple, Optional, Sequence, Tuple

from baokan.annotators.core import recache
from baokan.annotators.language import code_runs, framed_lists, named_theses, no_small_matters, quoted
from baokan.annotators.language.chars import HAN, HAN_CHAR
from baokan.annotators.language.occurrences import find_all, matches_from, spans_of
from baokan.annotators.language.quote_depth import QuoteDepth
from baokan.annotators.language.quote_lists import ROLE_CHARS

_CJK = HAN_CHAR


_SERIES = recache.compile(rf"[{HAN}]{{4}}(?:、[{HAN}]{{4}})+")


_PLUS_SIGN = "+＋"  # found with str.find (occurrences.spans_of): faster than a character class


#: Policing formulas of the shape X主战、Y主防: a unit (two to six characters) and 主 + its role; the
#: same shape divides the labour of discipline and grass-roots work (党委主责、系统主抓、纪委主推).
_ROLE_MEMBER = r"[" + HAN + r"]{2,6}主[" + ROLE_CHARS + "]"


_ROLES = recache.compile(rf"{_ROLE_MEMBER}(?:、{_ROLE_MEMBER})+")
#: What every match of _ROLES holds (its first role and the 、 after it), found by a fast literal scan:
#: a text without it is not searched for _ROLES, whose unit of two to six characters is tried everywhere.
_ROLES_GATE = recache.compile("主[" + ROLE_CHARS + "]、")


def _alternation(role: str) -> str:
    """The cue words of ``role`` (slogan_cues.tsv) as one alternation, longest first, ties in a fixed order."""
    words = sorted(quoted.cues().roles.get(role, ()), key=lambda w: (-len(w), w))  # one pattern every run: cached
    return "|".join(re.escape(w) for w in words) or "(?!)"


@lru_cache(maxsize=1)
def _launch_tails() -> Tuple[Tuple[str, Tuple[int, ...]], ...]:
    """The launching verbs (``launch``) by their last two characters, each with how far before those
    characters its verbs start (全面实施 and 实施: 实施, 2 and 0): one search per ending, not per verb."""
    backs: Dict[str, set] = {}
    for word in quoted.cues().roles.get("launch", ()):
        if word:
            backs.setdefault(word[-2:], set()).add(len(word) - len(word[-2:]))
    return tuple((tail, tuple(sorted(b))) for tail, b in sorted(backs.items()))


@lru_cache(maxsize=1)
def _shapes() -> Tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The numbered-set, programme and joined-programme expressions, built from the cue words,
    and the numbered sets' gate (what each holds, found fast).

    Numbered sets written without quotation marks: a numeral, 个, and a word such sets use
    (``numbered_head``: 两个确立, 五个必须坚持); a count of things (三个村) does not match.
    A programme: a launching verb (``launch``), then a run of Han characters without
    function words (a dash may join two names: 中国—东盟…) that ends in a ``programme_head``
    (实施乡村建设行动, 启动甲工程和乙计划);
    a generic opener (``programme_generic``: 专项, 联合, 系列) makes no name.
    """
    numbered = recache.compile(
        r"(?<![一二三四五六七八九十两零百千万0-9])(?:[两三四五六七八九]|十[一二三四五六七八九]?)个"
        rf"(?:{_alternation('numbered_head')})"
    )
    name = (
        rf"((?!{_alternation('programme_generic')})"
        r"(?:[^\W\d_的和与及等了在对把将为是有之其这那各该此一]|(?<=[" + HAN + r"])[—－-](?=[" + HAN + r"])){4,14}?"
        rf"(?:{_alternation('programme_head')}))"
        r"(?=[，。、；：！？,.;:!?）)\s]|和|等|$)"
    )
    # what every numbered set holds (个 and its word), found by a fast literal scan before the numeral is tried
    gate = recache.compile(rf"个(?:{_alternation('numbered_head')})")
    return numbered, recache.compile(rf"(?:{_alternation('launch')})" + name), recache.compile(r"[和、及]" + name), gate


class Candidate(NamedTuple):  # not a frozen Struct: mypyc compiles this module (setup.py)
    """A span that may become a slogan entity; ``rank``: lower wins among overlapping candidates of
    equal length."""

    start: int
    end: int
    canonical: str
    quoted: bool
    rule: str
    rank: int


def _at_word_edges(text: str, start: int, end: int) -> bool:
    """Whether jieba puts word boundaries at both ends of a short span (read in a small window)."""
    from baokan.annotators.language import words

    lo, hi = max(0, start - 6), min(len(text), end + 6)
    cuts = words.boundaries(text[lo:hi])
    return (start - lo) in cuts and (end - lo) in cuts


def _is_quoted(text: str, start: int, end: int) -> bool:
    return start > 0 and end < len(text) and text[start - 1] in quoted.PAIRS and text[end] in quoted.CLOSERS


def grammar_candidates(text: str) -> List[Candidate]:
    """Formulas that a shape gives away, not the lexicon: policing roles in series
    (机关主战、基层主建), numbered sets (五个必须坚持), + formulas with a formula side
    written without quotation marks (人工智能+制造, 非遗+旅游), and programmes named after
    a verb that launches them (实施乡村建设行动)."""
    out: List[Candidate] = []
    for m in _ROLES.finditer(text) if _ROLES_GATE.search(text) else ():
        if text[m.start() - 1 : m.start()] == "、" or text[m.end() : m.end() + 1] == "、":
            continue  # the middle of a longer list (县委统筹、纪委主抓、部门主责、镇街落实): not a series of its own
        # the first unit's left edge: a verb that introduces the formula is not part of it
        # (坚持机关主战 → 机关主战), and the unit starts at a word boundary (合成作战中心主战)
        first = m.group().split("、", 1)[0]
        unit_end = m.start() + len(first) - 2
        unit = first[:-2]
        verbs = quoted.cues().roles.get("before", frozenset()) | quoted.cues().roles.get("before_weak", frozenset())
        cut = max((unit.rfind(v) + len(v) for v in verbs if v in unit), default=0)
        start = m.start() + cut
        while unit_end - start > 2 and not _at_word_edges(text, start, unit_end):
            start += 1
        out.append(Candidate(start, m.end(), text[start : m.end()], False, "grammar", 1))
    numbered, programme, next_programme, numbered_gate = _shapes()
    for m in numbered.finditer(text) if numbered_gate.search(text) else ():
        out.append(Candidate(m.start(), m.end(), m.group(), _is_quoted(text, m.start(), m.end()), "grammar", 1))
    out.extend(_plus_candidates(text))
    out.extend(radius_candidates(text))
    out.extend(Candidate(s, e, text[s:e], False, "grammar", 1) for s, e in framed_lists.framed_lists(text))
    out.extend(Candidate(s, e, c, False, "grammar", 1) for s, e, c in named_theses.find(text))
    out.extend(Candidate(s, e, text[s:e], _is_quoted(text, s, e), "grammar", 1) for s, e in no_small_matters.find(text))
    # a programme opens with a launching verb: tried only where one can stand (what its finditer finds)
    starts = [q - back for tail, backs in _launch_tails() for q in find_all(text, tail) for back in backs]
    for launched in matches_from(programme, text, starts):
        run: Optional[re.Match[str]] = launched
        while run:
            out.append(Candidate(run.start(1), run.end(1), run.group(1), False, "grammar", 1))
            run = next_programme.match(text, run.end(1))
    return out


#: A service-radius programme: a walking time (15分钟, 十五分钟, 一刻钟), the service, and 圈 (15分钟生活圈 of the
#: Ministry of Commerce, 2021; 15分钟健身圈 of the national fitness plans; 15分钟公共法律服务圈 of the Ministry of
#: Justice; 15分钟社区(村)志愿服务圈): a family of national and local programmes named by their radius.
#: Graded radii share one name (2、4、6分钟警情处置圈: the whole set is the programme).
#: The service is two to twelve Han characters, a bracketed gloss allowed (社区(村)); no function word; 圈 not
#: the start of a longer word (圈子, 圈层).
_RADIUS = recache.compile(
    r"(?<![0-9０-９、])(?:一刻钟|(?:[0-9０-９]{1,2}(?:、[0-9０-９]{1,2}){0,3}|[一二三五十]{1,3})分钟)"
    r"((?:[^\W\d_的和与及了在是对把将为有这那各该此]|[(（][^\W\d_]{1,3}[)）]){2,12}?圈)(?![子层套])"
)


def radius_starts(text: str) -> List[int]:
    """Where a match of :data:`_RADIUS` may start: at 一刻钟, or within the 11 characters before 分钟 that
    its count of minutes takes at most (the pattern's own scan tries its opening at every character)."""
    return find_all(text, "一刻钟") + [at for m in find_all(text, "分钟") for at in range(max(0, m - 11), m)]


def radius_candidates(text: str) -> List[Candidate]:
    """Service-radius programmes (15分钟公共法律服务圈, 一刻钟便民生活圈), quoted or not: a walking time in
    minutes (15分钟, 一刻钟), the service of two to twelve characters and 圈, with no function word between
    (步行15分钟就能到达的朋友圈 is none). Hours make a region's travel or economic ring (5小时经济圈), a
    description of distance, not a programme."""
    if "圈" not in text or ("分钟" not in text and "一刻钟" not in text):
        return []
    out: List[Candidate] = []
    for m in matches_from(_RADIUS, text, radius_starts(text)):
        out.append(Candidate(m.start(), m.end(), m.group(), _is_quoted(text, m.start(), m.end()), "grammar", 1))
    return out


def _plus_candidates(text: str) -> List[Candidate]:
    """Unquoted ``X+`` / ``X+Y`` with X a ``plus_head`` cue (人工智能+, 非遗+旅游): Y is the next
    word of two to four characters unless it names the programme's kind (人工智能+行动)."""
    heads = quoted.cues().roles.get("plus_head", frozenset())
    out: List[Candidate] = []
    depth = QuoteDepth(text)
    for i in [s for s, _ in spans_of(text, _PLUS_SIGN) if s >= 1]:  # the plus signs only: a page has a handful
        head = next((h for h in sorted(heads, key=len, reverse=True) if text.endswith(h, 0, i)), None)
        if head is None or depth.inside(i):
            continue
        start, end = i - len(head), i + 1
        tail = text[end : end + 6]
        cuts = sorted(c for c in _word_cuts(tail) if 2 <= c <= 4 and all(_CJK.match(ch) for ch in tail[:c]))
        if cuts and _CJK.match(tail[:1]) and not quoted.cues().starts_with(tail, "after"):
            ends = [c for c in cuts if not _CJK.match(tail[c : c + 1])]  # a cut where the phrase ends
            # or the first cut before a generic word (人工智能+服务贸易|发展, 非遗+旅游|融合发展)
            ends = ends[-1:] or [c for c in cuts if quoted.cues().starts_with(tail[c:], "plus_after")][:1]
            end += ends[0] if ends else cuts[0]
        if start > 0 and _CJK.match(text[start - 1]) and not _at_word_edges(text, start, i):
            continue  # the head is the end of a longer word
        out.append(Candidate(start, end, text[start:end], False, "grammar", 1))
    return out


def _word_cuts(text: str) -> set:
    from baokan.annotators.language import words

    return words.boundaries(text)


def _series_matches(text: str) -> Iterator[re.Match[str]]:
    """``_SERIES.finditer(text)``, tried only where a 、 stands four characters in: every match
    has its first 、 there, so the leftmost match left to find starts at the next such place."""
    pos, find, match = 0, text.find, _SERIES.match
    q = find("、", 4)
    while q >= 0:
        if q - 4 >= pos:
            m = match(text, q - 4)
            if m:
                yield m
                pos = m.end()
        q = find("、", max(q + 1, pos + 4))


def series_candidates(
    text: str, chosen: Sequence[Candidate], loose: Optional[Sequence[Tuple[int, int]]] = None
) -> List[Candidate]:
    """Members of an unquoted 、-series of four-character phrases, two of which are already slogans, and
    campaign code names in runs of quotes (:func:`code_runs.find`; ``loose``: the article's loose quotes)."""
    known = {(c.start, c.end) for c in chosen}
    names = {text[c.start : c.end] for c in chosen}
    out: List[Candidate] = []
    for m in _series_matches(text):
        spans = []
        pos = m.start()
        for part in m.group().split("、"):
            spans.append((pos, pos + len(part)))
            pos += len(part) + 1
        hits = [sp for sp in spans if sp in known or text[sp[0] : sp[1]] in names]
        if len(hits) >= 2:
            out.extend(Candidate(s, e, text[s:e], False, "series", 4) for s, e in spans if (s, e) not in known)
    out.extend(Candidate(s, e, c, True, "series", 4) for s, e, c in code_runs.find(text, sorted(known), loose))
    return out
