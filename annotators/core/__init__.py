"""The machinery of baokan: all a plugin author needs to read.

Modules: :mod:`~baokan.annotators.core.registry` (declaring and finding annotators),
:mod:`~baokan.annotators.core.pipeline` (running them in order),
:mod:`~baokan.annotators.core.document` (the page, its articles, adding entities),
:mod:`~baokan.annotators.core.errors` (the exceptions and messages),
:mod:`~baokan.annotators.core.lexicon` (the tables of ``annotators/data``),
:mod:`~baokan.annotators.core.cache` (the disk cache) and
:mod:`~baokan.annotators.core.recache` (regular expressions compiled once per installation).

The annotator protocol
----------------------

An annotator is a class declared with ``@annotator(name, version=..., assigns=[...],
requires=[...])``, which registers it under ``name`` (spaCy's ``Language.factory`` is
the model); a distribution makes its annotators known through the entry-point group
``baokan.annotators``. The :class:`~baokan.annotators.core.pipeline.Pipeline` builds
each selected class with its ``default_config`` (and the user's ``--set``) as keyword
arguments, orders them by the layers they require and assign, and calls them::

    @annotator("years", version="1", assigns=["entities.year"], requires=["articles"])
    class Years:
        def __call__(self, doc: Document) -> Document:
            for index in range(len(doc.articles)):
                self.set_annotations(doc, index, self.match(doc, index))
            return doc

        def match(self, doc: Document, index: int) -> List[Tuple[int, int]]:
            '''What article ``index`` holds; reads the document, changes nothing.'''
            return [m.span() for m in YEAR.finditer(doc.articles[index].text)]

        def set_annotations(self, doc: Document, index: int, found: List[Tuple[int, int]]) -> None:
            '''Writes what ``match`` found into article ``index``.'''
            for start, end in found:
                add_entity(doc.articles[index], "year", start, end, source="years")

- ``__call__(doc) -> doc``: the whole of an annotator's work on one page; the pipeline
  calls nothing else (an optional ``pipe(docs)`` is given batches by ``Pipeline.pipe``).
- ``match(doc, index) -> found``: what article ``index`` holds, of any type the
  annotator likes; it reads the document and changes nothing in it. What the page as a
  whole decides (the context of short place names, the officials a page has titled) is
  worked out once, at the first article asked, and kept in ``doc.scratch``.
- ``set_annotations(doc, index, found)``: writes ``found`` into article ``index``, with
  :func:`~baokan.annotators.core.document.add_entity` or into ``doc.candidates``.

The annotators that make the articles (``segment``, ``paragraphs``) have no article to
index yet: ``__call__`` is their whole protocol, and sets ``doc.articles``.
"""
