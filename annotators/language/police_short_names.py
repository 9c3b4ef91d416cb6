"""Police units a page names short or by two duties (issue 19, session 11).

County and police papers name a station once in full (``某县公安局城关派出所``) and then by its clipped
name: the station's own name and ``所`` (``城关所民警``), with an ordinal for a second or third station
of the same town (``城关二所``). The short form alone is no unit (``研究所``, ``事务所``; ``一所学校`` is a
count of schools): the full station earlier in the article vouches for it. A numbered team written
alone (``二大队大队长``) keeps its number in the body of its head's post. A police paper heads a service
unit with its bureau's short name (``县局刑侦大队``), and names a brigade by two duties joined by 和
(``…交通管理支队事故预防处理和事故鉴定大队``).
"""

from __future__ import annotations

from typing import Any, Iterable, List, Optional, Set, Tuple

from baokan.annotators.core import recache
from baokan.annotators.language.chars import HAN, HAN_CHAR
from baokan.annotators.language.occurrences import find_all
from baokan.annotators.language.place_grammar import CJK_CHAR, STOP, Boundaries
from baokan.annotators.language.police_words import PLURAL, Tokens, edges

Span = Tuple[int, int]

#: The full station heads whose short form is ``所`` (城关派出所 → 城关所).
_FULL_STATIONS = ("公安派出所", "派出所")
#: A township's level word, left off its station's own name (城关镇派出所 → 城关所).
_LEVELS = ("镇", "乡")
#: An ordinal between a station's name and 所 or a station head (城关二所, 城关第二派出所).
_ORDINALS = "一二三四五六七八九十"
#: A station's own name: two to four Han characters (城关, 水头, 大河口), an ordinal after it allowed.
_OWN_NAME = recache.compile(rf"^(.{{2,4}}?)(?:第?([{_ORDINALS}]))?$")
#: Characters before a short form that glue it to another word (研究所 … of 城关研究): a short form
#: stands after punctuation, the text's start or one of these function characters.
OPENERS = frozenset("在于从到向至和与及的、，。；：“”（）()")
#: What after 所 makes the short form a count or a post: 所长 (城关所长 reads as 城关 + 所长) and the
#: institutions a count of ``一所`` names (一所学校, 一所医院).
_NOT_AFTER = ("长", "学校", "小学", "中学", "大学", "学院", "医院", "卫生院", "幼儿园", "养老院", "房子", "住宅")
#: The police teams an ordinal numbers (二大队).
_TEAMS = ("大队", "中队", "分队", "支队")
#: A police rank after an ordinal (二 + 大队): a numbered team.
_NUMBERED_RANK = recache.compile(rf"[{_ORDINALS}]{{1,2}}(?:{'|'.join(_TEAMS)})")


def _own_names(text: str, units: Iterable[Any]) -> Set[str]:
    """The own names of the stations ``units`` end in (城关派出所 → 城关, 城关第二派出所 → 城关): the
    station's name link, or where a place names the station (鳌江 + 派出所) the last two to four
    characters of the place, less a township's level word (城关镇 → 城关)."""
    out: Set[str] = set()
    for unit in units:
        s, e, role = unit.links[-1]
        head = next((h for h in _FULL_STATIONS if text.endswith(h, s, e)), None)
        if head is None:
            continue
        if role == "name":
            names = [text[s : e - len(head)]]
        elif role == "head" and e - s == len(head) and unit.place_end == s:
            names = [text[k:s] for k in range(max(unit.start, s - 4), s - 1)]
        else:
            continue
        for name in names:
            m = _OWN_NAME.match(name)
            if m is None:
                continue
            own = m.group(1)
            if own.endswith(_LEVELS) and len(own) > 2:
                own = own[:-1]
            if all(HAN_CHAR.match(c) for c in own):
                out.add(own)
    return out


def short_stations(text: str, units: Iterable[Any]) -> List[Span]:
    """Spans of the short forms (``城关所``, ``城关二所``) of stations the article names in full.

    A short form counts after the full name's first mention, standing as a word of its own, with no
    ``长`` or an institution a count names after it, and outside every unit found.

    Args:
        text (str): The article text.
        units (Iterable): Found units, each with ``start``, ``end`` and ``links`` ((start, end, role) each).

    Returns:
        List[Span]: (start, end) of each short form.
    """
    units = list(units)
    owns = _own_names(text, units)
    if not owns:
        return []
    covered = [(u.start, u.end) for u in units]
    first = min(u.start for u in units)
    out: List[Span] = []
    for q in find_all(text, "所"):  # (one pass over the text's 所, whatever the number of stations)
        end = q + 1
        k = q - 1 if q > 0 and text[q - 1] in _ORDINALS else q  # 城关 + 二 + 所: the town's second station
        at = next((k - n for n in (4, 3, 2) if k - n >= first and text[k - n : k] in owns), None)
        if at is None or any(s <= at < e for s, e in covered):
            continue
        if at > 0 and HAN_CHAR.match(text[at - 1]) and text[at - 1] not in OPENERS:
            continue
        if text.startswith(_NOT_AFTER, end):
            continue
        out.append((at, end))
    return out


def numbered_ranks(text: str, orgs: Iterable[Span]) -> List[Span]:
    """Organisation spans widened by the ordinal before a police rank (二 + 大队 → 二大队), so that a
    numbered team written alone is the body of its head's post (二大队大队长, not 大队大队长)."""
    out: List[Span] = []
    if not any(team in text for team in _TEAMS):  # most articles name none: no regex scan, no set
        return out
    ends = {(s, e) for s, e in orgs}
    for m in _NUMBERED_RANK.finditer(text):
        rank_start = m.start() + next(i for i, c in enumerate(m.group()) if c not in _ORDINALS)
        if (rank_start, m.end()) in ends and (m.start(), m.end()) not in ends:
            out.append((m.start(), m.end()))
    return out


#: A character of a link's name (as the police grammar reads one).
_NAME_CHAR = recache.compile(rf"[{HAN}0-9０-９]")
#: The last characters of an office or unit's own name (事故科, 指挥室): no duty of a unit named by two.
_OFFICE_ENDS = frozenset("科室处队所组股站局")


def short_bureau(text: str, start: int, bounds: Boundaries) -> Optional[int]:
    """县局, 市局, 省厅: the short name of a level's public-security bureau right before a service unit
    at ``start`` (县局 + 刑侦大队), standing as a word of its own (not 全县 + 局, 税务 + 局); its start, or
    None. The words are the ``short_bureau`` ones of ``police_edges.tsv``."""
    word = next((w for w in edges().get("short_bureau", ()) if text.endswith(w, 0, start)), None)
    if word is None:
        return None
    at = start - len(word)
    if at > 0 and CJK_CHAR.match(text[at - 1]) and (text[at - 1] in PLURAL or not bounds.starts_word(at)):
        return None
    return at


def paired_duties(text: str, pos: int, tokens: Tokens, longest: int) -> Optional[Tuple[int, int, str]]:
    """A link inside a chain named by two duties joined by 和 before its rank (交通管理支队 +
    事故预防处理和事故鉴定 + 大队): each side two to ``longest`` Han characters with no stop character and
    no police word of its own (not 刑侦支队和治安支队, two units), the rank right after the second; the
    link as ``(start, end, "name")``, or None."""
    for mid in range(pos + 2, min(len(text), pos + longest + 1)):
        if text[mid] != "和":
            if not _NAME_CHAR.match(text[mid]) or text[mid] in STOP:
                return None
            continue
        if text[mid - 1] in _OFFICE_ENDS:
            return None  # 交警支队事故科 + 和 + 城区中队: an office of its own, then another unit
        for end in range(mid + 3, min(len(text), mid + 1 + longest) + 1):
            if not _NAME_CHAR.match(text[end - 1]) or text[end - 1] in STOP:
                return None
            after = tokens.longest(end, "rank")
            if after is not None:
                if any(tokens.longest(s, "head", "rank", "branch") for s in range(pos, end)):
                    return None  # (刑侦支队和治安支队: a unit of its own inside; 事故 a sub-unit's name is fine)
                return (pos, after, "name")
        return None
    return None
