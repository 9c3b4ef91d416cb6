"""A name right after a post whose first characters are a place's short form (issue 19, blind round 6).

``县人大常委会主任高明哲，…``: 高明 is a district's short form, ``村第一书记邵东山正在…``: 邵东 is a
county-level city's. A place or organisation where the name would start usually means no name
follows the post (``局长杭州市…``), but a place that stops short of the name's last character is
the opening of a three-character name: one of the common surnames and a given name that jieba
reads as one (a rare surname there is more often a word: 太湖 + 石).
"""

from __future__ import annotations

from typing import List, Sequence, Tuple

from baokan.annotators.core.document import SpanIndex
from baokan.annotators.language import names
from baokan.annotators.language.name_conjunctions import crosses_joined_name, joiner_near, joint_at
from baokan.annotators.language.titles import is_title
from baokan.schemas import Article

#: Names of a surname and two characters: the only length whose opening a place short form may be.
NAME_SIZE = 3


def name_past_place(text: str, blocked: SpanIndex, pos: int, end: int, *, listed: bool = False) -> bool:
    """Whether the name ``[pos, end)`` runs past every place or organisation that starts with it (高明 +
    哲): three characters opening with a common surname, none of those spans reaching its last one.
    ``listed``: the name is an item between two separators of a list of names (…、宁国庆、…: 宁国 a
    county-level city's short form), where any surname of the table will do."""
    if end - pos != NAME_SIZE or blocked.starts_at(pos, end):
        return False
    if listed:
        return names.surname_at(text, pos) == 1 and text[end : end + 1] in LIST_MARKS
    return bool(names.surnames().get(text[pos]))


def places_past_joined_names(
    text: str, places: Sequence[Tuple[int, int]], titles: Sequence[Tuple[int, int]]
) -> List[Tuple[int, int]]:
    """``places`` less those that start inside a name read right after a post and run over the 和 after it
    that opens the next coordinate (县委书记 + 扎西 + 和 + 县人大常委会主任: no 西和县 there, which would
    block the name). Only posts followed by a transliteration character are asked (few)."""
    chars = names.transliteration_chars()
    cuts: List[Tuple[int, int]] = []
    for _, t in titles:
        if t < len(text) and text[t] in chars and joiner_near(text, t + 2, t + 13):  # (a name of 2-12 before it)
            end = names.name_at(text, t)
            if end is not None and joint_at(text, end):
                cuts.append((t, end))
    if not cuts:
        return list(places)
    return [p for p in places if not any(crosses_joined_name(c, p) for c in cuts)]


#: What closes a list item (、), or the list (a verb of attending follows the last item, never a mark).
LIST_MARKS = ("、",)


def drop_named_places(article: Article, named: Sequence[Tuple[int, int]]) -> None:
    """Remove from ``article`` the places that are exactly a name the officials layer read next to a post
    (``副院长吕梁主持``: 吕梁 is the deputy president's name, no city there; a place that only opens a name,
    as 高明 of 高明哲, is no such span and stays for the layers that read it), and those that open inside the
    post and end inside the name (``县长沙建国``: no 长沙 there)."""
    spans = set(named)
    # ...nor a place of such a name and the level that opens the post after it (格桑 + 镇长: no 格桑镇 there)
    spans |= {(s, e + 1) for s, e in named if any(is_title(article.text[e : e + k]) for k in (2, 3))}
    if spans and any(e.label == "place" and (e.start, e.end) in spans for e in article.entities):
        article.entities = [e for e in article.entities if e.label != "place" or (e.start, e.end) not in spans]
    # 县长|沙建国: a place that opens inside the post and ends inside the name after it (长沙) is none
    # (names by their start, and a place asks only the few characters inside it: linear in the page)
    name_ends = {s: t for s, t in named}
    crossing = {
        id(e)
        for e in article.entities
        if e.label == "place" and any(e.end <= name_ends.get(k, -1) for k in range(e.start + 1, e.end))
    }
    if crossing:
        article.entities = [e for e in article.entities if id(e) not in crossing]
    # 扎西 + 和 + 县人大常委会主任: a place that starts inside such a name and runs over its joiner is none
    joined = [n for n in named if joint_at(article.text, n[1])]  # (few: most names have no joiner after them)
    places = [e for e in article.entities if e.label == "place"] if joined else []
    crossed = {id(e) for e in places for n in joined if crosses_joined_name(n, (e.start, e.end))}
    if crossed:
        article.entities = [e for e in article.entities if id(e) not in crossed]
