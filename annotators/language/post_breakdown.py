"""The posts a title names (``省委副书记、杭州市委书记`` → 省委 + 副书记, 杭州市委 + 书记), with
the place each belongs to where the article or the paper's own name tells it."""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache
from typing import Iterable, List, Optional, Sequence, Tuple, Union

from baokan.annotators.core.lexicon import lexicon
from baokan.annotators.language.titles import Chain, Span, split_post, without_duty_clause
from baokan.schemas import Post


class PlaceSpans:
    """Place spans sorted once by start, longer first, for :func:`posts` to ask about many titles.

    Sorting them for every title cost time in proportion to officials × places.
    """

    def __init__(self, spans: Iterable[Span]) -> None:
        self.spans: List[Span] = sorted(spans, key=lambda p: (p[0], -p[1]))

    def first_inside(self, start: int, end: int) -> Optional[Span]:
        """The first span (by start, then longest) that starts at or after ``start`` and ends by ``end``."""
        spans = self.spans
        for i in range(bisect_left(spans, (start, 0)), bisect_left(spans, (end, 0))):
            if spans[i][1] <= end:
                return spans[i]
        return None


def posts(
    text: str, chain: Chain, places: Union[Sequence[Span], PlaceSpans], paper_place: Optional[Tuple[str, str]] = None
) -> List[Post]:
    """The posts a title names, with the place each belongs to where known.

    Args:
        text (str): The article text.
        chain (Chain): The title.
        places (Sequence[Span] | PlaceSpans): Spans of places (tagged or division names);
            a :class:`PlaceSpans` when one article's titles are asked about in turn.
        paper_place (tuple, optional): ``(place, level character)`` of the paper's own
            region, e.g. ``("浙江", "省")`` for 浙江日报: 省委 there is 浙江's.

    Returns:
        list[Post]: One per post.
    """
    out: List[Post] = []
    index = places if isinstance(places, PlaceSpans) else PlaceSpans(places)
    for g in chain.groups:
        org, position = split_post(without_duty_clause(text[g.start : g.head]), text[g.head : g.end])
        inside = index.first_inside(g.start, g.head)
        place = text[inside[0] : inside[1]] if inside else None
        if place is None and paper_place and (org or position).startswith(paper_place[1]):
            place = paper_place[0]
        out.append(Post(position=position, org=org or None, place=place))
    return out


@lru_cache(maxsize=256)
def paper_place(paper: Optional[str]) -> Optional[Tuple[str, str]]:
    """The region a paper is named after and the character its own bodies start with.

    ``浙江日报`` → (浙江, 省); ``北京日报`` → (北京, 市); ``杭州日报`` → (杭州, 市).
    National papers (人民日报, 法治日报) have none.
    """
    if not paper:
        return None
    for hit in lexicon().find(paper):
        if hit.start != 0:
            break
        for row in hit.rows("divisions"):
            if row.get("level") in ("province", "city"):
                return hit.surface, row["name"][-1]
    return None
