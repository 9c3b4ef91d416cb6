"""Police units the grammar finds in pieces, joined or dropped after it has run (issue 19, blind round 7).

The grammar of ``annotators/police.py`` reads a chain link by link and stops at a character no link
may hold. Three shapes of real police names cross such a character, and one bare national head is
the opening of a longer everyday word:

- two services named together as one bureau or corps, joined by 和 inside the name
  (``某市公安局边防和港航公安分局``, ``某市公安局城市轨道和公交总队反扒支队``): the grammar gives the bureau
  above and the second service's chain apart; they are one unit when the words between are a short
  name and 和, and the bureau above ends in a head (a ``…支队和…支队`` list stays two units);
- a city's force and a service of it (``某县公安`` + ``刑侦大队``): one unit, as ``某县公安特警`` is;
- ``公安部门`` (public-security departments, any of them): not the ministry ``公安部`` (the
  ``run_on`` words of ``police_edges.tsv``).

A chain's post word ``长`` (大队长) goes on only into a short name (公安局 + 长宁分局): a person's name
after a post and a verb (``刑侦大队长某某责令大队``) is no link (:func:`post_runs_on`).
"""

from __future__ import annotations

from typing import Callable, Dict, List, Optional, Sequence, Tuple

from baokan.annotators.language.chars import HAN_CHAR
from baokan.annotators.language.place_words import STOP
from baokan.annotators.language.police_words import STATIONS, Unit, edges, vocabulary

#: The longest name before 和 that a coordinated service may have (城市轨道和 …).
_MAX_COORDINATED = 5
#: Characters that join two services inside one unit's name.
_COORDINATORS = ("和",)
#: The last characters of a bureau's head, above which two services may be named together.
_BUREAUS = ("局", "厅", "处", "部")
#: The longest name that may follow a post's 长 and still be a link (长宁, 长寿区).
_MAX_AFTER_POST = 3


def join_pieces(
    text: str,
    units: Sequence[Unit],
    opens_service: Callable[[Unit], bool],
    place_ends: Optional[Dict[int, int]] = None,
) -> List[Unit]:
    """The units with the joined ones added and the run-on ones left out.

    Args:
        text (str): The article text.
        units (Sequence[Unit]): The units the grammar found (overlapping, before the choice).
        opens_service (Callable[[Unit], bool]): Whether a unit's first link is a service
            (a branch, or a head that is a service and a rank, as 刑侦大队).
        place_ends (Optional[Dict[int, int]]): The places by start (a place, a short name and 和
            before a service's unit name one bureau: 上海 + 边防和 + 港航公安分局).

    Returns:
        List[Unit]: ``units`` less the run-on ones, plus the joined units (the caller keeps the
        longest of overlapping ones).
    """
    kept = [u for u in units if not _runs_on(text, u)]
    by_start: Dict[int, List[Unit]] = {}
    for u in kept:
        by_start.setdefault(u.start, []).append(u)
    joined: List[Unit] = []
    for u in kept:
        if not u.links:
            continue
        if u.rule == "collective" and len(u.links) == 1:
            after = _longest_service(by_start.get(u.end, ()), opens_service)
            if after is not None:  # 某县公安 + 刑侦大队
                joined.append(Unit(u.start, after.end, u.links + after.links, u.place_end, rule="collective"))
            continue
        last = u.links[-1]
        if last[2] != "head" or not text[last[0] : last[1]].endswith(_BUREAUS):
            continue  # 刑侦支队和治安支队: two units
        station = _station_after(text, by_start.get(u.end, ()))
        if station is not None:  # 某机场公安局 + 北京某国际机场某航站区派出所: the bureau's own station
            links = u.links + [(station.start, station.links[0][1], "name")] + station.links[1:]
            joined.append(Unit(u.start, station.end, links, u.place_end, rule=u.rule))
            continue
        cut = _coordinated_name(text, u.end)
        if cut is None:
            continue
        after = _longest_service(by_start.get(cut, ()), opens_service)
        if after is not None:
            links = u.links + [(u.end, cut, "name")] + after.links
            joined.append(Unit(u.start, after.end, links, u.place_end, rule=u.rule))
    joined += _after_places(text, kept, opens_service, place_ends or {})
    joined += _below_force_branch(text, kept, by_start)
    joined += _named_again(text, kept + joined)
    return kept + joined


def _below_force_branch(text: str, units: Sequence[Unit], by_start: Dict[int, List[Unit]]) -> List[Unit]:
    """A force's district branch and the chain below it, read as two overlapping units (天津公安 +
    和平分局, and 和平分局 + 金街派出所 from the district's name): one chain (某市公安某某分局某某派出所)."""
    out: List[Unit] = []
    for u in units:
        if u.rule != "collective" or len(u.links) < 2 or not text.endswith("分局", 0, u.end):
            continue
        name_start = u.links[-1][0]
        below = [v for v in by_start.get(name_start, ()) if v.end > u.end and any(s == u.end for s, _e, _r in v.links)]
        if below:
            v = max(below, key=lambda v: v.end)
            links = u.links + [link for link in v.links if link[0] >= u.end]
            out.append(Unit(u.start, v.end, links, u.place_end, rule=u.rule))
    return out


def _named_again(text: str, units: Sequence[Unit]) -> List[Unit]:
    """A unit, or a chain's upper part, written in full once and met again where only its end is read
    (首都机场公安局 in a chain, then 首都机场公安局 where the place layer reads no 首都机场): the full name."""
    full = {text[u.start : e] for u in units for _s, e, _r in u.links}
    out: List[Unit] = []
    for u in units:
        short = text[u.start : u.end]
        for name in full:
            start = u.end - len(name)
            if len(name) > len(short) and start >= 0 and text.startswith(name, start):
                out.append(Unit(start, u.end, [(start, u.end, "name")], None, rule=u.rule))
    return out


def _after_places(
    text: str, units: Sequence[Unit], opens_service: Callable[[Unit], bool], place_ends: Dict[int, int]
) -> List[Unit]:
    """A place, a short name and 和, then a unit that opens with a service: one bureau (上海边防和港航公安分局)."""
    after_he = [u for u in units if u.start >= 2 and text[u.start - 1] in _COORDINATORS and u.place_end is None]
    if not after_he:  # (most articles: no place end is looked at)
        return []
    starts: Dict[int, int] = {}
    for start, end in place_ends.items():
        starts[end] = min(starts.get(end, start), start)
    out: List[Unit] = []
    for u in after_he:
        if not opens_service(u):
            continue
        for k in range(u.start - 2, max(-1, u.start - 2 - _MAX_COORDINATED), -1):
            if not HAN_CHAR.match(text[k]) or text[k] in STOP:
                break
            if k in starts:  # the place ends where the short name starts
                links = [(k, u.start, "name")] + u.links
                out.append(Unit(starts[k], u.end, links, k, rule=u.rule))
                break
    return out


def post_runs_on(text: str, link: Optional[Tuple[int, int, str]]) -> bool:
    """Whether ``link``, read right after a post's 长, is a person's name running on (大队长 + 张某…).

    Args:
        text (str): The article text.
        link (Optional[Tuple[int, int, str]]): The link the grammar reads at the 长, if any.

    Returns:
        bool: True where there is no link, or where it is a name longer than a short place name.
    """
    if link is None:
        return True
    start, end, role = link
    if role != "name":
        return False
    name_end = next((k for k in range(start + 1, end) if _police_word(text[k:end])), end)
    return name_end - start > _MAX_AFTER_POST or any(text[k] in STOP for k in range(start, end))


def _coordinated_name(text: str, pos: int) -> Optional[int]:
    """Where the second service starts after a short name and 和 at ``pos`` (边防 + 和 + 港航…)."""
    for k in range(pos, min(len(text), pos + _MAX_COORDINATED + 1)):
        ch = text[k]
        if ch in _COORDINATORS:
            name = text[pos:k]
            if not name:
                return None  # 刑侦支队 + 和 + 治安支队: a list of two units
            if all(HAN_CHAR.match(c) and c not in STOP for c in name):
                return k + 1
            return None
        if not HAN_CHAR.match(ch) or ch in STOP:
            return None
    return None


def _station_after(text: str, units: Sequence[Unit]) -> Optional[Unit]:
    """The longest of ``units`` (all starting right after a bureau) that is a station named by its place
    (北京某国际机场某航站区派出所): a station the bureau above runs, written on without a break."""
    best: Optional[Unit] = None
    for u in units:
        if u.place_end is not None and text.endswith(STATIONS, 0, u.end) and (best is None or u.end > best.end):
            if not text[u.links[0][0] : u.links[0][1]].endswith(_BUREAUS):
                best = u
    return best


def _longest_service(units: Sequence[Unit], opens_service: Callable[[Unit], bool]) -> Optional[Unit]:
    """The longest of ``units`` (all starting at one offset) that opens with a service."""
    best: Optional[Unit] = None
    for u in units:
        if u.place_end is None and opens_service(u) and (best is None or u.end > best.end):
            best = u
    return best


def _runs_on(text: str, unit: Unit) -> bool:
    """A unit that is the opening of a longer everyday word (公安部 in 公安部门)."""
    for word in edges().get("run_on", ()):
        if text.startswith(word, unit.start) and unit.start + len(word) > unit.end:
            return True
    return False


def drop_run_on(text: str, links: List[Tuple[int, int, str]]) -> List[Tuple[int, int, str]]:
    """``links`` less a last link that opens a longer everyday word (某省 + 公安部 in 公安部署: the province's
    force deploying, no ministry; the ``run_on`` words of ``police_edges.tsv``), or a post named only by its
    kind right after its station (某某派出所 + 警务站: s13 R6, the chain up to its last unit)."""
    if links and any(
        text.startswith(w, links[-1][0]) and links[-1][0] + len(w) > links[-1][1] for w in edges().get("run_on", ())
    ):
        return links[:-1]
    if len(links) > 1 and links[-2][1] == links[-1][0] and text[links[-1][0] : links[-1][1]] in _BARE_POSTS:
        if text.endswith(_POST_OWNERS, 0, links[-2][1]):
            return links[:-1]  # 某某派出所 + 警务站: a post named only by its kind is the station's place of duty
    return links


#: Posts named by their kind alone (s13 R6): after the station that runs them they are its place of duty.
_BARE_POSTS = frozenset(("警务站", "警务室", "警务工作站", "警务服务站"))
_POST_OWNERS = ("派出所",)


def _police_word(word: str) -> bool:
    """A head or rank, or a service and a head or rank (铁路 + 公安处): what ends a link after its name."""
    words = vocabulary()
    ends = words["head"] | words["rank"]
    return word in ends or any(word.startswith(b) and word[len(b) :] in ends for b in words["branch"])


def force_before_branch(text: str, start: int, first: Tuple[int, int, str]) -> int:
    """Where a unit whose place starts at ``start`` opens: two characters earlier where 公安 stands
    right before a district's branch bureau and opens a clause or follows a function word
    (``公安长安分局鸣犊派出所``: a city paper's name of its own force's district branch, the city
    left out, as ``贵阳公安南明分局`` writes it); ``start`` otherwise."""
    if start < 2 or not text.startswith("公安", start - 2) or not text.endswith("分局", 0, first[1]):
        return start
    before = text[start - 3] if start >= 3 else ""
    return start - 2 if not before or not HAN_CHAR.match(before) or before in _OPENING_CHARS else start


#: Function characters after which 公安 opens a unit's name (是|公安长安分局, 据|公安某分局).
_OPENING_CHARS = frozenset("是在据由向对与和及的到从经为被")
