"""The page-wide steps of the officials annotator, after every article is read: a surname and a
title (``汪主任``) linked to the one titled official of that surname, and every other mention
of a titled name with its title carried over.

A mixin of :class:`baokan.annotators.officials.Officials`, separate so that the annotator's
reading of one article fits in one module; the methods use nothing of the instance.
"""

from __future__ import annotations

from typing import Dict, List, Optional, Sequence, Tuple

from mypy_extensions import mypyc_attr

from baokan.annotators.core.document import Document, WordFinder, add_entity, entities_of
from baokan.annotators.language.official_bylines import byline_names, bylines
from baokan.annotators.language.official_words import _whole_name
from baokan.annotators.language.titles import Chain, Span
from baokan.schemas import Post

#: The longest surname a ``汪主任`` mention may hold (欧阳, 司马; 3 for safety).
_SURNAME_MAX = 3


@mypyc_attr(native_class=False)  # the officials annotator, a decorated (so plain) class, is made from it
class OfficialMentions:
    """Surname + title mentions and later mentions of the page's titled officials."""

    def link_surnames(
        self,
        doc: Document,
        pending: Sequence[Tuple[int, int, int, Chain]],
        titled: Dict[str, Tuple[Optional[str], List[Post]]],
    ) -> None:
        """``汪主任`` is 汪发林 when he is the page's only titled official named 汪."""
        by_prefix: Dict[str, List[str]] = {}  # the longer names by each short prefix, in page order
        for n in titled:
            for k in range(1, min(len(n), _SURNAME_MAX + 1)):
                by_prefix.setdefault(n[:k], []).append(n)
        for index, start, end, chain in pending:
            surname = doc.articles[index].text[start : chain.start]
            if not surname:
                who = list(titled)
            elif len(surname) <= _SURNAME_MAX:
                who = by_prefix.get(surname, [])
            else:
                who = [n for n in titled if n.startswith(surname) and len(n) > len(surname)]
            if len(who) != 1:
                continue
            title, ps = titled[who[0]]  # the title the page gives him, as for any later mention
            add_entity(
                doc.articles[index],
                "official",
                start,
                end,
                source="officials.surname",
                name=who[0],
                title=title,
                posts=ps,
            )

    def mentions(
        self,
        doc: Document,
        titled: Dict[str, Tuple[Optional[str], List[Post]]],
        skips: Optional[List[List[Span]]] = None,
    ) -> None:
        """Every other mention of a titled official's name on the page, title carried over
        (``skips``: each article's :func:`bylines`, when already known)."""
        if not titled:
            return
        finder = WordFinder(titled)
        rank = {name: k for k, name in enumerate(titled)}
        for i, article in enumerate(doc.articles):
            text = article.text
            taken = bytearray(len(text))  # 1 where an official or a byline already is
            for s, e in (bylines(article) if skips is None else skips[i]) + [
                (e.start, e.end) for e in entities_of(article, "official")
            ]:
                taken[s:e] = b"\1" * (e - s)
            reporters = byline_names(article)
            found = finder.find(text)
            for name in sorted(found, key=rank.__getitem__):  # in page order: an earlier name's mention is taken
                if name in reporters:
                    continue
                title, ps = titled[name]
                for pos in found[name]:
                    end = pos + len(name)
                    if not any(taken[pos:end]) and _whole_name(text, pos, end):
                        add_entity(
                            article, "official", pos, end, source="officials.mention", name=name, title=title, posts=ps
                        )
                        taken[pos:end] = b"\1" * (end - pos)
