"""Names written between a body and its post: ``市人民检察院王某检察长``, ``县公安局李某局长``.

County, city, court and procuratorate papers often put the name inside the title, after the body
and before the position (``镇党委黄某书记``, ``省高院张某院长``). The title is the body and the position
as one post (``市人民检察院检察长``); the name between them needs no help from jieba, which often cuts
such a name apart or reads its given name as a place (建平, 卫东, 立新: counties and towns). The frame
decides: a public body the text names just before (its head in ``interposed_bodies.tsv``: 委, 检察院,
局, 镇 …), a surname and one or two characters, then the position.

A body whose head is a company's, a hospital's, a university's or a research institute's (``中科院物理所王某所长``,
``县人民医院李某院长``) makes no official of the name: its head's post is no public one (docs/labels.md), so the
name is refused, not read with the bare post (``所长``). Refused too: a body that only holds such a word
(``某协会王某会长``: the title is not read with it); a run that is a dictionary
word other than a name (``政法委常务副书记``, ``县人大常委会副主任``), one that ends with an organisation
head (``县政协文史委主任``), one a function word opens (``相关企业和单位负责人``) or a word runs into
(``连连向民警``), an anonymised name (``王某``); and a position whose chain already has a body of its
own (``县公安局局长``).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any, Collection, Dict, Iterable, List, NamedTuple, Optional, Sequence, Tuple

from baokan.annotators.core.document import SpanIndex
from baokan.annotators.core.lexicon import read_table
from baokan.annotators.language import names, words
from baokan.annotators.language.post_breakdown import PlaceSpans
from baokan.annotators.language.private_bodies import bodies_in, non_official_bodies, university_opens
from baokan.annotators.language.titles import Chain, Group, ends_with_org_head, org_start
from baokan.schemas import Post

Span = Tuple[int, int]


#: jieba flags of a dictionary word that may still be a person's name.
_NAME_FLAGS = ("nr",)
#: jieba flags of a lone first character that make it a function word, not a surname
#: (企业 + 和 + 单位负责人, 连连 + 向 + 民警).
_FUNCTION_FLAGS = ("p", "c", "u", "d", "r", "v")


class Interposed(NamedTuple):
    """A name between a body and its post: where the body and the name are, and whether the body is a
    private one (a company's, an institute's: the name is then no official)."""

    body: int
    start: int
    end: int
    private: bool = False


class BodyEnds:
    """The ends of the bodies an article names (organisations, places, police units), end → earliest
    start: made once per article, and only when a bare position is first asked about."""

    def __init__(self, orgs: Sequence[Span]) -> None:
        self._orgs = orgs
        self._by_end: Optional[Dict[int, int]] = None

    @property
    def by_end(self) -> Dict[int, int]:
        if self._by_end is None:
            self._by_end = {e: s for s, e in sorted(self._orgs, reverse=True)}
        return self._by_end


def _name_between(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` reads as a surname and a given name of one or two characters."""
    ls = names.surname_at(text, start)
    if not ls or not 1 <= end - start - ls <= 2:
        return False
    name = text[start:end]
    if not all("\u4e00" <= c <= "\u9fff" for c in name) or "某" in name or name.endswith("姓"):
        return False
    if ends_with_org_head(name):  # 县政协 + 文史委 + 主任: an office, not a name
        return False
    if words.is_word(name) and not (words.word_tag(name) or "").startswith(_NAME_FLAGS):
        return False  # 政法委 + 常务 + 副书记, 县人大 + 常委会 + 副主任
    first, flag = names.tag(text[start : end + 2])[0]
    if len(first) == 1 and flag.startswith(_FUNCTION_FLAGS):
        return False  # 相关企业 + 和单位 + 负责人: a conjunction, not the surname 和
    lo = max(0, start - 2)  # a word runs across the body's end into the name (连连 + 向民警)
    # (jieba's guesses glue a body's last character to a name it does not know, 发改委 + 张伟 → 委张伟: the
    # dictionary alone says whether a word runs across)
    return (start - lo) in words.boundaries(text[lo : start + 3], hmm=False)


@lru_cache(maxsize=1)
def public_heads() -> Tuple[str, ...]:
    """The heads of public bodies of ``interposed_bodies.tsv`` (委, 检察院, 局, 镇 …)."""
    return tuple(r["word"] for r in read_table("interposed_bodies").rows if r.get("word"))


@lru_cache(maxsize=1)
def _heads() -> Tuple[str, ...]:
    """The heads of public bodies (:func:`public_heads`) and of private ones (公司, 医院, 物理所 …)."""
    return public_heads() + non_official_bodies()


def _private_head(body: str) -> bool:
    """Whether ``body`` ends with a private body's word (某某公司, 县人民医院, 中科院物理所) or a university's
    short form opens it (清华合肥院): the body is that company, hospital, institute or university, not a
    public body that merely holds such a word (县中小企业服务中心)."""
    return body.endswith(non_official_bodies()) or university_opens(body)


def _private_body(body: str) -> bool:
    """Whether a body names a company, school, hospital, association, institute or university (the
    ``non_official_org`` words of official_cues.tsv, academic_bodies.tsv): its head's post makes no official."""
    return bodies_in().search(body) is not None or university_opens(body)


def interposed_name(
    text: str, chain: Chain, read: Optional[int], bodies: BodyEnds, blocked: SpanIndex, limit: int
) -> Optional[Interposed]:
    """The body and the name of ``body + name + position`` at the head of ``chain``.

    Asked only where the chain has no body or a one- or two-character one (王 + 建平检察长), and where
    the name read before the chain (``read``, if any) has a body's head right before it or one
    character before it (镇政府 + 孙某 + 镇长, 镇党委 + 章 + 海涛书记): most names before a bare post stand
    alone (习近平总书记).

    Args:
        text (str): The article text.
        chain (Chain): A title chain; its first position is the one asked about.
        read (int | None): The start of the name read right before the chain, if any.
        bodies (BodyEnds): The article's organisations, places and police units.
        blocked (SpanIndex): Titles and blocking words no name may overlap (places may: 建平 of 王建平).
        limit (int): No body reaches left of this offset (the last name found).

    Returns:
        Interposed | None: The body's start and the name's span, the name ending where the position
        starts, with ``private`` set where the body is a company's, a hospital's, an institute's or a
        university's (no official); None where the frame does not hold.
    """
    first = chain.groups[0]
    if first.head - first.start > 2:
        return None
    if read is not None and not any(  # (海涛 read where 章 + 海涛 is the name: its surname cut off)
        text.endswith(_heads(), max(limit, at - 5), at) for at in (read, read - 1)
    ):
        return None
    pos = first.head
    for size in (4, 3, 2):
        start = pos - size
        if start <= limit or start > first.start:  # the chain's own body reaches past the name
            continue
        if not names.surname_at(text, start) or not text.endswith(_heads(), max(limit, start - 5), start):
            continue  # (the cheap tests first: most bare posts have no body and name before them)
        if not _name_between(text, start, pos) or blocked.overlaps(start, pos):
            continue
        by_end = bodies.by_end
        body = org_start(text, start, by_end, limit)
        if body < start - 1 and _private_head(text[body:start]):  # 中科院物理所 + 王某 + 所长: a scientist
            return Interposed(body, start, pos, private=True)
        if body < start - 1 and not _private_body(text[body:start]):  # (连 + 连向 + 民警: a lone head is none)
            return Interposed(body, start, pos)
    return None


def name_over_body(text: str, chain: Chain, titled: Collection[str], found: Iterable[Any]) -> Optional[int]:
    """The start of a name whose given name ``chain`` took for its body (李 + 立新局长: 立新 is a
    township, but 李立新 the person), or None.

    The chain's body is one or two characters, a surname stands right before it at the opening of a
    clause, and the surname and the body read as a name: the page names that person already, or the
    name is written again elsewhere, or jieba reads the few characters there as one name.

    Args:
        text (str): The article text.
        chain (Chain): A title chain whose body is asked about.
        titled (Collection[str]): The names of the page's titled officials so far.
        found (Iterable): The article's titled mentions so far (with a ``name``).
    """
    body = chain.head - chain.start
    if not 1 <= body <= 2:
        return None
    for ls in (1, 2):
        start = chain.start - ls
        if start < 0 or names.surname_at(text, start) != ls or ls + body > 3 + (ls == 2):
            continue
        if start > 0 and ("\u4e00" <= text[start - 1] <= "\u9fff"):
            continue  # (向美国总统, 会见 + 韩国总统: no clause opens at the surname)
        name = text[start : chain.head]
        if not _name_between(text, start, chain.head):
            continue
        if (
            name in titled
            or any(f.name == name for f in found)
            or text.count(name) > 1
            or names.name_at(text, start) == chain.head
        ):
            return start
    return None


def from_head(chain: Chain) -> Chain:
    """``chain`` without the body its first post read inside the name (建平 of 王建平 + 检察长)."""
    first = chain.groups[0]
    return Chain([Group(first.head, first.head, first.end)] + chain.groups[1:])


def with_body(
    text: str, body: Span, title: Optional[str], posts: List[Post], places: PlaceSpans
) -> Tuple[str, List[Post]]:
    """The title and posts of an interposed name: the body as written, then the position
    (市人民检察院检察长); the body goes into the first post's organisation, and a place inside it
    becomes that post's place where it has none."""
    written = text[body[0] : body[1]]
    if not posts:
        return written + (title or ""), posts
    first = posts[0]
    inside = places.first_inside(*body)
    where = first.place or (text[inside[0] : inside[1]] if inside else None)
    return written + (title or ""), [
        Post(position=first.position, org=written + (first.org or ""), place=where)
    ] + list(posts[1:])
