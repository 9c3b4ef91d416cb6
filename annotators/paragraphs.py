"""``paragraphs``: the page as one article whose blocks are its paragraphs.

This is the ``articles`` layer when article segmentation is not run: every
non-empty line is a body block, with only its surrounding layout white space
removed.
"""

from __future__ import annotations

from baokan.annotators.core.document import Document, make_article
from baokan.annotators.core.registry import annotator


@annotator("paragraphs", version="1", assigns=["articles"])
class Paragraphs:
    """The page as one article, one body block per non-empty line."""

    def __call__(self, doc: Document) -> Document:
        lines = [line.strip() for line in doc.text.split("\n")]
        parts = [("body", line) for line in lines if line]
        doc.set_articles([make_article(doc.doc, 0, parts)])
        return doc
