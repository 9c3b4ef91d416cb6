"""Natural features and named traditional villages that no table holds, read from the words that
only such a place takes (``landform_cues.tsv``): 横跨|北盘江|段, 锦州湾|畔, 岷山|主峰|雪宝顶, 流经|某溪,
某某瀑布, 某某传统村落; and a geographic name of the tables that jieba glues to 畔 (洞庭湖畔).

A name is taken when jieba's dictionary knows the whole of it, head and all, as a place (北盘江,
花江, 岷山: then one character before the head is enough), or when two or three characters before
the head start a word, hold no function word, open with no verb and are no everyday word (梧垵|溪).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Dict, List, Sequence, Tuple

from baokan.annotators.core import lexicon, recache
from baokan.annotators.language import words
from baokan.annotators.language.place_grammar import GrammarName, Known
from baokan.annotators.language.place_words import CJK_CHAR, STOP, STOP_FIRST, Boundaries, everyday, place_word

#: The last character of a landform's name, and its kind.
_HEADS: Dict[str, str] = {
    "江": "river",
    "河": "river",
    "溪": "river",
    "湖": "lake",
    "湾": "bay",
    "海": "lake",
    "山": "mountain",
    "岭": "mountain",
    "峰": "mountain",
    "顶": "mountain",
}
_HEAD_RE = recache.compile("[" + "".join(_HEADS) + "]")
#: One character before a head that makes a common word of jieba's, not a name (山溪, 河山, 高山湖).
_GENERIC_ONE = frozenset("山水江河湖海溪高大小上下前后东西南北中内外")
#: Suffixes of named things the reader takes with two or three characters before them.
_WATERFALL = "瀑布"
_OLD_VILLAGE = "传统村落"
_NAMED_RE = recache.compile(f"{_WATERFALL}|{_OLD_VILLAGE}")


@lru_cache(maxsize=1)
def cues() -> Dict[str, Tuple[Tuple[str, str], ...]]:
    """``landform_cues.tsv`` by side: (word, heads) pairs, longest words first."""
    out: Dict[str, List[Tuple[str, str]]] = {}
    for r in lexicon.read_table("landform_cues").rows:
        out.setdefault(r["side"], []).append((r["word"], r["heads"]))
    return {side: tuple(sorted(pairs, key=lambda p: -len(p[0]))) for side, pairs in out.items()}


def _cued(text: str, start: int, end: int, head: str) -> bool:
    """Whether a cue word for ``head`` stands right before ``start`` or right after ``end``."""
    c = cues()
    if any(head in heads and text.startswith(w, end) for w, heads in c.get("after", ())):
        return True
    return any(head in heads and text.endswith(w, 0, start) for w, heads in c.get("before", ()))


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
    if not all(CJK_CHAR.match(ch) for ch in name) or name[0] in STOP_FIRST or any(ch in STOP for ch in name):
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
    if end - start == 2 and name[0] in _GENERIC_ONE:
        return False
    return place_word(name) and bounds.starts_word(start) and bounds.starts_word(end)


def find_nature(bounds: Boundaries, places: Sequence[Tuple[int, int]]) -> List[GrammarName]:
    """Rivers, lakes, bays, mountains and peaks beside a cue word, waterfalls and traditional villages.

    Args:
        bounds (Boundaries): The text and its word boundaries.
        places (Sequence[Tuple[int, int]]): Spans of places already known (a name does not cut into one).
    """
    text = bounds.text
    known = Known(places)
    out: List[GrammarName] = []
    for m in _HEAD_RE.finditer(text):
        s0, s1, head = m.start(), m.end(), m.group()
        if known.overlaps(s0, s1):
            continue
        for start in (s0 - 3, s0 - 2, s0 - 1):
            if start < 0 or not _cued(text, start, s1, head) or known.overlaps(start, s1, inside_ok=True):
                continue
            if _known_whole(bounds, start, s1) or (
                s0 - start >= 2
                and head not in "峰顶"
                and not known.overlaps(start, s0)
                and _plain_name(bounds, start, s0)
            ):
                out.append(GrammarName(start, s1, kind=_HEADS[head]))
                break
            if head in "峰顶" and s0 - start >= 2 and text.endswith("主峰", 0, start) and _peak(bounds, start, s1):
                out.append(GrammarName(start, s1, kind="mountain"))
                break
    for m in _NAMED_RE.finditer(text):
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
    return not (any(ch in STOP for ch in name) or everyday(name) or everyday(bounds.text[start:end]))
