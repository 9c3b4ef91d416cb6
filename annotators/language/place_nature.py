"""Natural features and named traditional villages that no table holds, read from the words that
only such a place takes (``landform_cues.tsv``, by the reader of :mod:`place_landforms` with this
module's reading, :data:`NATURE`): 横跨|北盘江|段, 锦州湾|畔, 岷山|主峰|雪宝顶, 流经|某溪; rivers listed
after one so read; 某某瀑布, 某某传统村落, ranges and gorges; and a geographic name of the tables that
jieba glues to 畔 (洞庭湖畔).

A name is taken when jieba's dictionary knows the whole of it, head and all, as a place (北盘江,
花江, 岷山: then one character before the head is enough), or when two or three characters before
the head start a word, hold no function word, open with no verb and are no everyday word (梧垵|溪)."""

from __future__ import annotations

from typing import List, Optional, Sequence, Tuple

from baokan.annotators.core import recache
from baokan.annotators.language import words
from baokan.annotators.language.place_grammar import GrammarName, Known
from baokan.annotators.language.place_landforms import HEAD_KINDS, Reading, cues, find_cued, place_word_inside
from baokan.annotators.language.place_words import CJK_CHAR, CJK_RUN, STOP, STOP_FIRST, Boundaries, everyday, place_word

#: One character before a head that makes a common word of jieba's, not a name (山溪, 河山, 高山湖).
_GENERIC_ONE = frozenset("山水江河湖海溪高大小上下前后东西南北中内外")
#: Suffixes of named things the reader takes with two or three characters before them.
_WATERFALL = "瀑布"
_OLD_VILLAGE = "传统村落"
_NAMED_RE = recache.compile(f"{_WATERFALL}|{_OLD_VILLAGE}")
#: A mountain range (大巴山|脉) and a gorge (屏山|峡谷, 金口河|大峡谷) after the name.
_RANGE_GORGE = recache.compile("山脉|大峡谷|峡谷")
#: What after a gorge's name makes it part of a facility's or a site's name (某某峡谷|大桥).
_GORGE_FACILITY = ("大桥", "桥", "隧道", "电站", "水电站", "景区", "风景区", "公园", "漂流")
#: What joins the items of a list of rivers (大柳河、曲亭河).
_LIST_JOIN = ("、", "和", "及")
#: A place word of jieba's this frequent is a common word too (高山 1,202).
_COMMON_PLACE_WORD = 500


def glued_shore(text: str, end: int, geo_kind: str) -> bool:
    """Whether a geographic name of the tables ending at ``end`` is followed by a word only a water
    takes that jieba writes with it as one word (洞庭湖|畔)."""
    if geo_kind not in ("river", "lake", "bay", "sea", "reservoir"):
        return False
    head = text[end - 1 : end]
    return any(head in heads and text.startswith(w, end) for w, heads in cues().get("glued", ()))


def _plain_name(bounds: Boundaries, start: int, end: int) -> bool:
    """Two or three characters that may be a name: they start a word, hold no function word, open
    with no verb and are no everyday word."""
    text = bounds.text
    name = text[start:end]
    if CJK_RUN.fullmatch(name) is None or name[0] in STOP_FIRST or not STOP.isdisjoint(name):
        return False
    if not bounds.starts_word(start) or everyday(name) or bounds.all_everyday(start, end):
        return False
    return not any(
        words.word_tag(text[ws:we]).startswith(("v", "t"))
        for ws, we in bounds.words_over(start, end)
        if ws >= start and we <= end
    )


def _known_whole(bounds: Boundaries, start: int, end: int) -> bool:
    """Whether jieba's dictionary holds ``text[start:end]`` as a place name and it stands as a word
    (北盘江, 花江), with no generic character alone before the head (not 山溪, 河山)."""
    name = bounds.text[start:end]
    if end - start == 2 and (name[0] in _GENERIC_ONE or name[0] in STOP_FIRST):
        return False  # (沿河|两岸: along the river, though jieba knows 沿河 as a county)
    return place_word(name) and bounds.starts_word(start) and bounds.starts_word(end)


def _nature_name(bounds: Boundaries, known: Known, start: int, s0: int, s1: int) -> Optional[GrammarName]:
    """The fifth round's test: one character right after a known place (南阳|渔溪, with it as the
    anchor), a name jieba knows whole (北盘江), two or three characters that may be a name (梧垵|溪),
    or a peak's name after 主峰 (雪宝|顶); a known place may lie inside the name, not cut into it."""
    text = bounds.text
    head = text[s0:s1]
    if known.overlaps(start, s1, inside_ok=True):
        return None
    if s0 - start == 1 and _after_place(text, start, s0, known):
        return GrammarName(start, s1, kind=HEAD_KINDS[head], anchor=known.start_at.get(start))
    if _known_whole(bounds, start, s1) or (
        s0 - start >= 2
        and head not in "峰顶"
        and not known.overlaps(start, s0)
        and _plain_name(bounds, start, s0)
        and not place_word_inside(bounds, start, s1)  # 取|辽河: the shorter name, jieba's place word, is it
    ):
        return GrammarName(start, s1, kind=HEAD_KINDS[head])
    if head in "峰顶" and s0 - start >= 2 and text.endswith("主峰", 0, start) and _peak(bounds, start, s1):
        return GrammarName(start, s1, kind="mountain")
    return None


#: The fifth round: rivers, streams, lakes, seas, bays, mountains and peaks, a name of one to three
#: characters.
NATURE = Reading(("江", "河", "溪", "湖", "湾", "海", "山", "岭", "峰", "顶"), (3, 2, 1), _nature_name)


def find_nature(bounds: Boundaries, places: Sequence[Tuple[int, int]]) -> List[GrammarName]:
    """Rivers, lakes, bays, mountains and peaks beside a cue word, waterfalls and traditional villages.

    Args:
        bounds (Boundaries): The text and its word boundaries.
        places (Sequence[Tuple[int, int]]): Spans of places already known (a name does not cut into one).
    """
    text = bounds.text
    known = Known(places)
    out = find_cued(bounds, known, NATURE)
    out += _listed_after(bounds, out, known)
    out += _ranges_and_gorges(bounds, known)
    named = _NAMED_RE.finditer(text) if _WATERFALL in text or _OLD_VILLAGE in text else ()  # str.find first
    for m in named:
        s0, s1 = m.start(), m.end()
        for start in (s0 - 3, s0 - 2):
            if start < 0 or known.overlaps(start, s1) or not _plain_name(bounds, start, s0):
                continue
            if start > 0 and text[start - 1] == "的":
                break  # 知名的|钙华瀑布, 典型的|某某村落: a kind described, not a name
            if m.group() == _OLD_VILLAGE:
                out.append(GrammarName(start, s1, level="village", anchor=known.start_at.get(start)))
            else:
                out.append(GrammarName(start, s1, kind="waterfall"))
            break
    return out


def _peak(bounds: Boundaries, start: int, end: int) -> bool:
    """A peak's name after 主峰: the characters before 顶 or 峰 are no everyday word and hold no
    function word (雪宝|顶)."""
    name = bounds.text[start : end - 1]
    return not (not STOP.isdisjoint(name) or everyday(name) or everyday(bounds.text[start:end]))


def _after_place(text: str, start: int, s0: int, known: Known) -> bool:
    """Whether the one character before the head at ``s0`` follows a known place (南阳|渔溪) and can
    be a name: no function word, no generic character (not 某镇|大河)."""
    ch = text[start:s0]
    return start in known.start_at and CJK_CHAR.match(ch) is not None and ch not in STOP and ch not in _GENERIC_ONE


def _listed_after(bounds: Boundaries, found: Sequence[GrammarName], known: Known) -> List[GrammarName]:
    """Rivers listed right after one the reader took (大柳河、曲亭河): two or three characters and the
    same head after 、, 和 or 及, a name by the same test."""
    text = bounds.text
    out: List[GrammarName] = []
    for g in found:
        if g.kind != "river":
            continue
        head, pos = text[g.end - 1], g.end
        while text.startswith(_LIST_JOIN, pos):
            nxt = pos + 1
            end = next((nxt + n + 1 for n in (3, 2) if text.startswith(head, nxt + n)), None)
            if end is None or known.overlaps(nxt, end) or not _plain_name(bounds, nxt, end - 1):
                break
            out.append(GrammarName(nxt, end, kind="river"))
            pos = end
    return out


def _ranges_and_gorges(bounds: Boundaries, known: Known) -> List[GrammarName]:
    """Mountain ranges and gorges: a known place or a mountain of the tables, or a name by the
    reader's test, right before 山脉, 峡谷 or 大峡谷 (大巴山|脉, 屏山|峡谷), not before a facility."""
    text = bounds.text
    out: List[GrammarName] = []
    if "峡谷" not in text and "山脉" not in text:
        return out  # a substring test is cheaper than the pattern's scan
    for m in _RANGE_GORGE.finditer(text):
        s0, s1 = m.start(), m.end()
        if m.group() != "山脉" and text.startswith(_GORGE_FACILITY, s1):
            continue
        name_end = s0 + 1 if m.group() == "山脉" else s0  # 大巴山 + 脉
        start = next((s for s, e in known.spans if e == name_end), None) if name_end in known.ends else None
        if start is None:  # no place known before it: a plain name, and before 峡谷 only one jieba knows as
            # a place and not as a common word (not 高山|峡谷, 秘境|峡谷)
            start = next((s for s in (name_end - 3, name_end - 2) if s >= 0 and _plain_name(bounds, s, name_end)), None)
            if start is not None and m.group() != "山脉" and not _rare_place_word(text[start:name_end]):
                start = None
        if start is not None and not (m.group() == "山脉" and start == s0):
            out.append(GrammarName(start, s1, kind="mountain" if m.group() == "山脉" else "gorge"))
    return out


def _rare_place_word(name: str) -> bool:
    """A place name of jieba's dictionary that is no common word (not 高山)."""
    return place_word(name) and words.freq(name) < _COMMON_PLACE_WORD
