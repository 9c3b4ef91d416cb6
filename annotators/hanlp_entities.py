"""``hanlp_entities``: the names a HanLP model proposed (the ``hanlp`` annotator's
``entities.candidates``) that no domain annotator covered, made visible as ``person``,
``org`` and ``place`` entities with ``source: "hanlp"``; see :mod:`baokan.annotators.hanlp`.
"""

from __future__ import annotations

from typing import Dict, List, Tuple

from baokan.annotators.core.document import Document, NameCandidate, add_entity
from baokan.annotators.core.registry import annotator
from baokan.annotators.hanlp import SOURCE
from baokan.schemas import Article

#: Which entity labels already cover a candidate of each label (any overlap counts).
COVERED_BY: Dict[str, Tuple[str, ...]] = {
    "person": ("person", "official"),
    "org": ("org", "police_unit", "slogan"),
    "place": ("place",),
}
#: Gazetteer tables whose names the ``places`` annotator judges itself.
GAZETTEERS = ("divisions", "geo_names")


@annotator(
    "hanlp_entities",
    version="1",
    # Its place entities are not declared as a layer: ``entities.place`` here would
    # order police and officials (which run after places) after this annotator,
    # which itself must run after them: a cycle.
    assigns=["entities.person", "entities.org"],
    requires=["entities.candidates"],
    after=["entities.place", "entities.police_unit", "entities.official", "entities.slogan"],
    default=False,
)
class HanlpEntities:
    """HanLP's names that no domain annotator covered, as person, org and place entities."""

    def __call__(self, doc: Document) -> Document:
        for index in range(len(doc.articles)):
            self.set_annotations(doc, index, self.match(doc, index))
        return doc

    def match(self, doc: Document, index: int) -> List[NameCandidate]:
        """HanLP's candidates of article ``index`` that may become entities, in order."""
        # A place the gazetteer knows was already judged by ``places``: it found it or refused it.
        places_ran = "entities.place" in doc.layers
        text = doc.articles[index].text
        return [
            c
            for c in doc.candidates.get(index, ())
            if c.source == SOURCE and not (c.label == "place" and places_ran and in_gazetteer(text[c.start : c.end]))
        ]

    def set_annotations(self, doc: Document, index: int, found: List[NameCandidate]) -> None:
        """Add each candidate no entity covers yet (those added here included)."""
        article = doc.articles[index]
        coverage = Coverage(article)
        for c in found:
            if not coverage.covers(c):
                add_entity(article, c.label, c.start, c.end, source=SOURCE)


class Coverage:
    """The characters of an article that each label's entities cover, for :meth:`covers`.

    Entities added to the article between questions are taken into account.
    Asking each candidate about every entity cost candidates × entities.
    """

    def __init__(self, article: Article) -> None:
        self.article = article
        self.cells: Dict[str, bytearray] = {}  # by label: 1 where an entity of that label is
        self.seen = 0  # entities marked so far
        self.bylines = [(b.start, b.end) for b in article.blocks if b.kind == "byline"]

    def covers(self, c: NameCandidate) -> bool:
        """Whether an entity that covers candidates of this label overlaps it, or it names a byline's person."""
        entities = self.article.entities
        for e in entities[self.seen :]:
            cells = self.cells.get(e.label)
            if cells is None:
                cells = self.cells[e.label] = bytearray(len(self.article.text))
            cells[e.start : e.end] = b"\1" * (e.end - e.start)
        self.seen = len(entities)
        for label in COVERED_BY.get(c.label, (c.label,)):
            cells = self.cells.get(label)
            if cells is not None and cells.find(1, c.start, c.end) >= 0:
                return True
        if c.label == "person" and self.article.byline is not None:  # reporters belong to the byline
            return any(s <= c.start and c.end <= e for s, e in self.bylines)
        return False


def covered(article: Article, c: NameCandidate) -> bool:
    """Whether an entity that covers candidates of this label overlaps it, or it names a byline's person."""
    return Coverage(article).covers(c)


def in_gazetteer(name: str) -> bool:
    """Whether ``name`` is a form in the divisions or geo_names gazetteer."""
    from baokan.annotators.core.lexicon import lexicon

    return any(table in GAZETTEERS for table, _ in lexicon().lookup(name))
