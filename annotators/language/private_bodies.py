"""Bodies before a post whose posts make no official (LABELS.md; docs/labels.md): companies, workshops,
universities and research institutes (issue 19, session 18).

Four ways a body is read as one:

- a ``non_official_org`` word of official_cues.tsv (公司, 车间, 研究院) or a research institute's short form
  of academic_bodies.tsv (物理所, 新疆生地所, 大连化物所) anywhere in its name;
- a university's short form of academic_bodies.tsv (清华, 浙大) opening it as a word of its own
  (``清华合肥院院长``), unless a division opens it there (清华镇, 南开区: a township's or a district's name);
- a council's chair (理事长, 副理事长) in a chain that names no people's organisation led by a council
  (``某某交流中心副理事长``: a think tank's; ``中国残联理事长`` stays), official_cues.tsv's ``council_post`` and
  ``council_body`` words;
- a department (部) the lexicon knows as no public body's (no ministry, party, army or police
  department) that a name the lexicon does not know either opens or runs into (``锦里古街市场推广部负责人``,
  ``大唐不夜城文化创意部负责人``: the department of the company that runs a venue). A department after a body
  the lexicon knows (某某管委会经济发展部) is that body's; one alone, or after a verb, a preposition or
  punctuation (由 + 指挥部 + 指挥长, ，+ 政治工作部主任), is left alone.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Dict, Tuple

from baokan.annotators.core import recache
from baokan.annotators.core.lexicon import lexicon, read_table
from baokan.annotators.language import names, words
from baokan.annotators.language.chars import HAN_CHAR
from baokan.annotators.language.title_words import cues, ends_with_org_head

#: jieba flags of the words a venue's or firm's name is made of: names of places and things (ns, nz),
#: idioms and set phrases (不夜城 is an idiom to jieba).
_NAME_FLAGS = ("ns", "nz", "i", "l")
#: Marks of an anonymised or numbered body (某部, 一部): an army unit's, never a firm's department.
_NUMBERED = recache.compile(r"[某0-9一二三四五六七八九十]")


@lru_cache(maxsize=1)
def _academic() -> Dict[str, Tuple[str, ...]]:
    """The words of academic_bodies.tsv by kind (``institute``, ``university``)."""
    out: Dict[str, list] = {}
    for row in read_table("academic_bodies").rows:
        if row.get("word"):
            out.setdefault(row.get("kind", ""), []).append(row["word"])
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in out.items()}


@lru_cache(maxsize=1)
def non_official_bodies() -> Tuple[str, ...]:
    """The ``non_official_org`` words of official_cues.tsv (公司, 车间, 研究院 …) and the research
    institutes' short forms of academic_bodies.tsv (物理所, 生地所 …)."""
    own = tuple(
        r["word"] for r in read_table("official_cues").rows if r.get("kind") == "non_official_org" and r.get("word")
    )
    return own + _academic().get("institute", ())


@lru_cache(maxsize=1)
def bodies_in() -> re.Pattern[str]:
    """Any of :func:`non_official_bodies` anywhere in a string."""
    return recache.compile("|".join(map(re.escape, non_official_bodies())) or "(?!)")


def university_opens(org: str) -> bool:
    """Whether a university's short form opens ``org`` as a word of its own (清华 + 合肥院, 浙大 + 城市学院),
    not as the start of a longer word (清华园街道, 北大荒) or of a division's name (清华镇, 南开区委)."""
    shorts = _academic().get("university", ())
    if not org.startswith(shorts):  # (one call for the whole tuple: most bodies open with none)
        return False
    short = next(w for w in shorts if org.startswith(w))
    n = len(short)
    if len(org) == n or n not in words.boundaries(org[: n + 4]):
        return False
    return not any(
        name == "divisions" for k in range(n + 1, min(len(org), n + 3) + 1) for name, _ in lexicon().lookup(org[:k])
    )


def council_of_no_public_body(text: str, start: int, head: int, end: int) -> bool:
    """Whether the post ``text[head:end]`` of a chain starting at ``start`` is a council's chair or deputy
    chair (``council_post`` of official_cues.tsv: 理事长, 副理事长) and no ``council_body`` (残联, 理事会 …)
    stands in the chain before it: the council of a society, a foundation or a think tank
    (某某交流中心副理事长), not of a people's organisation (中国残联党组书记、理事长)."""
    posts, bodies = _councils()
    return text.endswith(posts, head, end) and not any(b in text[start:head] for b in bodies)


@lru_cache(maxsize=1)
def _councils() -> Tuple[Tuple[str, ...], Tuple[str, ...]]:
    """The ``council_post`` and ``council_body`` words of official_cues.tsv."""
    return tuple(cues().get("council_post", ())), tuple(cues().get("council_body", ()))


def private_department(text: str, start: int, org: str) -> bool:
    """Whether ``org`` (at ``start`` in ``text``) is a department the lexicon knows as no public body's,
    opened by a name it does not know either (锦里古街 + 市场推广部) or run into by one (大唐不夜城 +
    文化创意部, where the body's name read from the post stops at the idiom): a company's department."""
    if len(org) < 3 or not org.endswith("部") or _NUMBERED.search(org) is not None or _known_body(org):
        return False
    own = names.tag(org)
    if len(own) > 1 and _a_name(*own[0]):
        return True
    if start < 1 or not HAN_CHAR.match(text[start - 1]):
        return False
    before = names.tag(text[max(0, start - 6) : start])
    return bool(before) and _a_name(*before[-1]) and not _known_body(before[-1][0])


def _a_name(word: str, flag: str) -> bool:
    """Whether jieba tags ``word`` as a place's or a thing's name, an idiom or a set phrase (锦里, 大唐,
    不夜城): what a venue's or a firm's name is made of (a person's name, nr, is none)."""
    return bool(word) and flag.startswith(_NAME_FLAGS)


def _known_body(surface: str) -> bool:
    """Whether ``surface`` ends with a body's head (委, 局, 管委会 …) or holds a body the lexicon knows
    (组织部, 县委, 公安局) or a division above a township (浙江, 青川县): a township's short form is often an
    everyday word (文化, 发展, 市场), which says nothing of the body."""
    if ends_with_org_head(surface) and not surface.endswith("部"):
        return True
    for hit in lexicon().find(surface):
        if (hit.has("org_prefixes") and len(hit.surface) > 1) or hit.has("police_units"):
            return True
        if any(row.get("level") != "township" for row in hit.rows("divisions")):
            return True
    return False
