"""The machinery of baokan: what a plugin author reads.

An annotator is a class declared with :func:`~baokan.annotators.core.registry.annotator`
that adds one layer (articles, or entities of some labels) to a
:class:`~baokan.annotators.core.document.Document`; a
:class:`~baokan.annotators.core.pipeline.Pipeline` runs the selected annotators in the
order of the layers they require and assign.

Modules: ``registry`` (declaring and finding annotators), ``pipeline``, ``document``
(the Document, span helpers), ``errors`` (the message catalogue), ``lexicon`` (the
tables of ``annotators/data``), ``cache`` (the disk cache) and ``recache`` (regular
expressions compiled once per installation).
"""
