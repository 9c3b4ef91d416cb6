"""People listed with their birth and their post, a clause each: the profiles court, procuratorate and
party papers print before a feature or in a notice of appointment (issue 19, session 14).

    张某某，1966年7月生，某县人民法院某某人民法庭庭长；
    李某（女），1970年3月出生，某市公安局某某分局副局长。
    王某某，男，汉族，1975年6月生，研究生学历，现任某县委副书记、县长，拟任……

The name opens its line, or follows a list's ``；`` or a lead-in's ``：``; the birth clause comes right
after it (sex and nationality may stand between). The person's post is the first title chain after the
birth, in the same sentence, that fills its clause (``现任`` before it is no part of it); a post the
person held before (``曾任``, ``历任``) or is to take (``拟任``) is not the post.
"""

from __future__ import annotations

import re
from typing import List, Optional, Sequence, Tuple

from baokan.annotators.core import recache
from baokan.annotators.core.document import SpanIndex
from baokan.annotators.language import names
from baokan.annotators.language.bylines import DIGIT
from baokan.annotators.language.chars import HAN
from baokan.annotators.language.titles import Chain, Group, Span, find_chains

_PROFILE = recache.compile(
    rf"(?:^|(?<=[；;：:\n]))[ \u3000]*(?P<name>[{HAN}]{{2,4}}|[{HAN}]{{1,6}}·[{HAN}]{{1,8}})"
    rf"(?:[（(][男女][)）])?[，,](?:[男女][，,])?(?:[{HAN}]{{1,6}}族[，,])?"
    rf"[{DIGIT}]{{4}}年[{DIGIT}]{{1,2}}月(?:出)?生(?:于[{HAN}]{{1,12}})?[，,]",
    re.M,
)
#: What ends a profile's sentence.
_SENTENCE_END = recache.compile(r"[；;。\n]")
#: What ends a clause.
_CLAUSE_ENDS = "，,；;。\n"
#: What may open the clause of the post now held.
_NOW = ("", "现任", "任", "现为", "系")


def profiles(text: str) -> List[Tuple[int, int, int, int]]:
    """``(name start, name end, clauses start, clauses end)`` of each profile in ``text``."""
    if "月生" not in text and "月出生" not in text:  # the birth clause holds one of them
        return []
    out: List[Tuple[int, int, int, int]] = []
    for m in _PROFILE.finditer(text):
        end = _SENTENCE_END.search(text, m.end())
        out.append((m.start("name"), m.end("name"), m.end(), end.start() if end else len(text)))
    return out


def profile_post(text: str, start: int, end: int, chains: Sequence[Tuple[int, int]]) -> Optional[Tuple[int, int]]:
    """The span of the first chain in ``text[start:end]`` that fills its clause, opened at most by
    ``现任``; None when the first such chain is a post held before or to come, or there is none.

    Args:
        chains: ``(start, end)`` of the article's title chains, in text order.
    """
    for s, e in chains:
        if s < start or e > end:
            continue
        if e < len(text) and text[e] not in _CLAUSE_ENDS:
            continue  # a post inside a clause about something else
        opening = max(text.rfind(c, start, s) for c in _CLAUSE_ENDS) + 1
        opening = max(opening, start)
        if text[opening:s] in _NOW:
            return s, e
    return None


def profiled(text: str, titles: List[Span], orgs: List[Span], taken: SpanIndex) -> List[Tuple[int, int, Chain]]:
    """The people of the profiles in ``text`` that no span of ``taken`` overlaps, each with the title chain
    of the post its profile gives: ``(name start, name end, chain)``.

    Args:
        titles: Spans of positions (titles.tsv hits), as :func:`titles.find_chains` takes them.
        orgs: Spans of organisations, places and police units.
    """
    listed = profiles(text)
    if not listed:
        return []
    chains = find_chains(text, titles, orgs)
    spans = [(c.start, c.end) for c in chains]
    out: List[Tuple[int, int, Chain]] = []
    for ns, ne, cs, ce in listed:
        post = profile_post(text, cs, ce, spans)
        if post is None or taken.overlaps(ns, ne):
            continue
        if "·" not in text[ns:ne] and names.name_at(text, ns) != ne:
            continue
        chain = chains[spans.index(post)]
        if text.startswith(("现任", "现为"), chain.start) and chain.groups[0].head > chain.start + 2:
            first = chain.groups[0]  # the post now held, without the word that says so
            chain = Chain([Group(first.start + 2, first.head, first.end)] + chain.groups[1:])
        out.append((ns, ne, chain))
    return out
