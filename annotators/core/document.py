"""The Document an annotator works on: one page, its articles, and shared caches.

A Document starts as the raw text of a page. The ``articles`` layer (from
``segment``, or ``paragraphs`` when segmentation is off) turns it into
:class:`~baokan.schemas.Article` records; entity annotators then add
:class:`~baokan.schemas.Entity` spans to each article.
"""

from __future__ import annotations

from operator import attrgetter
from typing import Any, Callable, Dict, Iterable, List, NamedTuple, Optional, Sequence, Tuple

import msgspec

from baokan.annotators.core.errors import Errors
from baokan.annotators.language.span_index import SpanIndex as SpanIndex  # compiled where mypyc was at hand
from baokan.schemas import Article, Block, Entity, Page

_START_OF = attrgetter("start")


class NameCandidate(NamedTuple):
    """A name a statistical NER model proposes in an article; not an entity until an annotator accepts it.

    Attributes:
        start (int): Code-point offset into the article text, inclusive.
        end (int): Code-point offset, exclusive.
        label (str): ``person``, ``place`` or ``org``.
        source (str): The model that proposed it, e.g. ``hanlp``.
    """

    start: int
    end: int
    label: str
    source: str


class Document(msgspec.Struct):
    """One input page.

    Attributes:
        doc (str): Where it came from: a path, ``-``, or a corpus id.
        text (str): The page as read (line ends normalised to ``\\n``).
        page (Page, optional): The page header, when one was found.
        date (str, optional): ISO date of the page, from its header or the corpus.
        articles (list[Article]): Set by the ``articles`` layer.
        layers (set[str]): Layers assigned so far.
        extra (dict): Fields of a corpus line besides id and text.
        candidates (dict[int, list[NameCandidate]]): Names an NER model proposes, by article
            index (the ``entities.candidates`` layer); domain annotators may accept them.
        scratch (dict): Working state of annotators for this page, by annotator name (what
            one ``match`` computes for the whole page and the next reuses); never written,
            and cleared when the articles are set.
    """

    doc: str
    text: str
    page: Optional[Page] = None
    date: Optional[str] = None
    articles: List[Article] = msgspec.field(default_factory=list)
    layers: set = msgspec.field(default_factory=set)
    extra: Dict[str, Any] = msgspec.field(default_factory=dict)
    _hits: Dict[int, list] = msgspec.field(default_factory=dict)
    candidates: Dict[int, List[NameCandidate]] = msgspec.field(default_factory=dict)
    scratch: Dict[str, Any] = msgspec.field(default_factory=dict)

    def lexicon_hits(self, index: int) -> list:
        """Lexicon matches in article ``index``, computed once for all annotators."""
        hits = self._hits.get(index)
        if hits is None:
            from baokan.annotators.core.lexicon import lexicon

            hits = self._hits[index] = lexicon().find(self.articles[index].text)
        return hits

    def set_articles(self, articles: List[Article]) -> None:
        self.articles = articles
        self.release_caches()

    def release_caches(self) -> None:
        """Forget what annotators computed for later ones (lexicon hits, name candidates, scratch,
        each article's set of spans taken, which :func:`add_entity` rebuilds when it is gone)."""
        self._hits.clear()
        self.candidates.clear()
        self.scratch.clear()
        for article in self.articles:
            article.__dict__.pop("_seen", None)


def make_article(doc: str, index: int, parts: Sequence[Tuple[str, str]], **fields: Any) -> Article:
    """Build an article from ``(kind, text)`` blocks, joined by newlines.

    Offsets of each block are code points into the joined text.
    """
    blocks: List[Block] = []
    pieces: List[str] = []
    pos = 0
    for kind, text in parts:
        if pieces:
            pieces.append("\n")
            pos += 1
        blocks.append(Block(kind=kind, start=pos, end=pos + len(text), text=text))
        pieces.append(text)
        pos += len(text)
    return Article(doc=doc, article=index, text="".join(pieces), blocks=blocks, **fields)


def add_entity(article: Article, label: str, start: int, end: int, *, source: str, **attrs: Any) -> Optional[Entity]:
    """Add a span to ``article`` unless the same label already covers it; return the entity.

    Args:
        article (Article): The article to add to.
        label (str): ``official``, ``place``, ``police_unit``, ``slogan`` or a plugin's own.
        start (int): Code-point offset, inclusive.
        end (int): Code-point offset, exclusive.
        source (str): The annotator (and rule) that made it, e.g. ``places.gazetteer``.
        **attrs: Label attributes (``name``, ``title``, ``full_name`` …).
    """
    if not (0 <= start < end <= len(article.text)):
        raise ValueError(Errors.E007.format(name=source, detail=f"{start}:{end} of {len(article.text)}"))
    seen = _spans_of(article, remember=False)
    if (label, start, end) in seen:
        _remember(article, seen)
        return None
    ent = Entity(
        label=label,
        start=start,
        end=end,
        text=article.text[start:end],
        source=source,
        **{k: v for k, v in attrs.items() if v is not None},
    )
    article.entities.append(ent)
    seen.add((label, start, end))
    _remember(article, seen)
    return ent


def add_entities(article: Article, label: str, spans: Iterable[Tuple[int, int, str, Dict[str, Any]]]) -> None:
    """:func:`add_entity` for many ``(start, end, source, attrs)`` spans of one label; the set of spans
    taken is read once and kept once, not at each span."""
    seen: Optional[set] = None
    text, entities = article.text, article.entities
    for start, end, source, attrs in spans:
        if not (0 <= start < end <= len(text)):
            raise ValueError(Errors.E007.format(name=source, detail=f"{start}:{end} of {len(text)}"))
        if seen is None:
            seen = _spans_of(article, remember=False)
        if (label, start, end) in seen:
            continue
        entities.append(
            Entity(
                label=label,
                start=start,
                end=end,
                text=text[start:end],
                source=source,
                **{k: v for k, v in attrs.items() if v is not None},
            )
        )
        seen.add((label, start, end))
    if seen is not None:
        _remember(article, seen)


class _Seen(NamedTuple):
    """(label, start, end) of an article's entities, kept on the article (its ``_seen``) so that the
    duplicate check of add_entity stays constant-time on long pages. The entity list, its length and
    its last entity are kept to notice a replaced list, or entities removed or appended without
    add_entity; then the set is built again."""

    spans: set
    count: int
    entities: list
    last: Optional[Entity]


def _spans_of(article: Article, *, remember: bool = True) -> set:
    ents = article.entities
    got: Optional[_Seen] = getattr(article, "_seen", None)
    if (
        got is not None
        and got.entities is ents
        and got.count <= len(ents)
        and (got.count == 0 or ents[got.count - 1] is got.last)
    ):
        seen = got.spans
        if got.count < len(ents):  # entities appended without add_entity
            seen.update((e.label, e.start, e.end) for e in ents[got.count :])
    else:
        seen = {(e.label, e.start, e.end) for e in ents}
    if remember:
        _remember(article, seen)
    return seen


def _remember(article: Article, seen: set) -> None:
    ents = article.entities
    article._seen = _Seen(seen, len(ents), ents, ents[-1] if ents else None)  # type: ignore[attr-defined]


def _no_rank(span: Any) -> int:
    return 0


def _by_length(x: Any) -> Tuple[int, int]:
    return x.start - x.end, x.start


def non_overlapping(spans: Sequence[Any], *, rank: Callable[[Any], int] = _no_rank) -> List[Any]:
    """The spans (objects with ``start`` and ``end``) that do not overlap, chosen longest first.

    Ties of length go to the lower ``rank``, then to the earlier start; the
    result is in text order.
    """
    taken: List[Any] = []
    used: set = set()
    if rank is _no_rank:  # every rank the same: one call a span for its key, not two
        order = sorted(spans, key=_by_length)
    else:
        order = sorted(spans, key=lambda x: (-(x.end - x.start), rank(x), x.start))
    for span in order:
        cells = range(span.start, span.end)
        if used.isdisjoint(cells):  # any(i in used for i in cells), in C
            used.update(cells)
            taken.append(span)
    taken.sort(key=_START_OF)
    return taken


class WordFinder:
    """Where each of some words stands in a text, found in one pass over the text.

    Searching the text once per word costs time in proportion to words × text,
    and a long report names hundreds of officials and repeats as many phrases.

    Args:
        words (Iterable[str]): The words to look for (empty ones are ignored).
    """

    def __init__(self, words: Iterable[str]) -> None:
        import ahocorasick

        self.automaton = ahocorasick.Automaton()
        for word in words:
            if word:
                self.automaton.add_word(word, word)
        if len(self.automaton):
            self.automaton.make_automaton()

    def find(self, text: str) -> Dict[str, List[int]]:
        """The start offsets of each word found in ``text``: for each word, the ones that
        ``str.find`` (or ``re.finditer``) gives when each search starts where the last match
        ended, in order. Words not in the text are left out."""
        every: Dict[str, List[int]] = {}
        if len(self.automaton):
            for last, word in self.automaton.iter(text):
                every.setdefault(word, []).append(last + 1 - len(word))
        out: Dict[str, List[int]] = {}
        for word, starts in every.items():
            n = len(word)
            kept = out[word] = [starts[0]]
            for pos in starts[1:]:
                if pos >= kept[-1] + n:  # not inside the last match
                    kept.append(pos)
        return out


def entities_of(article: Article, label: str) -> List[Entity]:
    """The entities of one label in an article."""
    return [e for e in article.entities if e.label == label]


def sort_entities(article: Article) -> None:
    """Order entities by position, longer spans first."""
    article.entities.sort(key=lambda e: (e.start, -e.end, e.label))


def check_offsets(article: Article, name: str) -> None:
    """Refuse an article whose blocks or entities do not slice its text."""
    for span in list(article.blocks) + list(article.entities):
        if article.text[span.start : span.end] != span.text:
            raise ValueError(Errors.E007.format(name=name, detail=f"{span.start}:{span.end} {span.text!r}"))
