"""The pipeline: annotators in dependency order, each adding a layer to a Document."""

from __future__ import annotations

from typing import Any, Callable, Dict, Iterable, Iterator, List, Optional, Sequence

from baokan.annotators.core import registry
from baokan.annotators.core.document import Document, check_offsets, sort_entities
from baokan.annotators.core.errors import AnnotatorError, Errors, ModelUnavailable
from baokan.annotators.core.registry import baokan_version
from baokan.schemas import Meta

__all__ = ["ARTICLES", "FALLBACK_LAYOUT", "AnnotatorError", "ModelUnavailable", "Pipeline"]

#: The layer every entity annotator builds on, and who assigns it when no
#: selected annotator does.
ARTICLES = "articles"
FALLBACK_LAYOUT = "paragraphs"


def raise_error(name: str, doc: Document, err: Exception) -> None:
    raise AnnotatorError(Errors.E010.format(name=name, doc=doc.doc, error=err)) from err


class Pipeline:
    """Annotators ordered by the layers they require and assign.

    Args:
        names (Sequence[str], optional): Annotators to run; the default set when omitted.
        config (dict, optional): Per-annotator keyword arguments, ``{name: {...}}``.
        error_handler (callable, optional): Called as ``handler(name, doc, error)``
            when an annotator raises; the default re-raises as :class:`AnnotatorError`.
    """

    def __init__(
        self,
        names: Optional[Sequence[str]] = None,
        *,
        config: Optional[Dict[str, Dict[str, Any]]] = None,
        error_handler: Callable[[str, Document, Exception], None] = raise_error,
    ) -> None:
        names = list(dict.fromkeys(names if names is not None else registry.default_names()))
        classes = {n: registry.get(n) for n in names}
        assigned = {layer for cls in classes.values() for layer in cls.meta.assigns}
        if ARTICLES not in assigned:  # every record needs articles: the page as paragraphs
            classes = {FALLBACK_LAYOUT: registry.get(FALLBACK_LAYOUT), **classes}
        self.order = _order(classes)
        config = config or {}
        self.annotators = [
            (n, classes[n](**{**classes[n].meta.default_config, **config.get(n, {})})) for n in self.order
        ]
        self.error_handler = error_handler
        self.meta = Meta(
            baokan=baokan_version(),
            annotators={n: classes[n].meta.version for n in self.order},
            models=_models(self.annotators),
        )

    @property
    def names(self) -> List[str]:
        return list(self.order)

    def __call__(self, doc: Document) -> Document:
        for name, component in self.annotators:
            doc = self._run(name, component, doc)
        return self._finish(doc)

    def pipe(self, docs: Iterable[Document], batch_size: int = 64) -> Iterator[Document]:
        """Annotate a stream of documents lazily, ``batch_size`` at a time.

        An annotator with a ``pipe(docs)`` method of its own is given each batch
        whole (a model runs faster on many sentences at once); the others are
        called one document at a time. Documents come back in the order given.
        """
        if batch_size < 1:
            raise ValueError(f"batch_size must be at least 1, not {batch_size}")
        batch: List[Document] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) == batch_size:
                yield from self._batch(batch)
                batch = []
        if batch:
            yield from self._batch(batch)

    def _batch(self, docs: List[Document]) -> List[Document]:
        if not any(callable(getattr(component, "pipe", None)) for _, component in self.annotators):
            return [self(doc) for doc in docs]  # the common case: nothing gains from a batch
        for name, component in self.annotators:
            docs = self._run_batch(name, component, docs)
        return [self._finish(doc) for doc in docs]

    def _run_batch(self, name: str, component: Any, docs: List[Document]) -> List[Document]:
        batch_pipe = getattr(component, "pipe", None)
        if not callable(batch_pipe):
            return [self._run(name, component, doc) for doc in docs]
        try:
            results = list(batch_pipe(docs))
            bad = next((r for r in results if not isinstance(r, Document)), None)
            if bad is not None or len(results) != len(docs):
                got = type(bad).__name__ if bad is not None else "a batch of another length"
                raise TypeError(Errors.E006.format(name=name, got=got))
        except Exception as err:  # the batch failed as a whole: each of its documents says so
            for doc in docs:
                self.error_handler(name, doc, err)
            return docs
        for doc in results:
            doc.layers.update(component.meta.assigns)
        return results

    def _run(self, name: str, component: Any, doc: Document) -> Document:
        """One annotator on one document; a failure goes to the error handler, and ``doc`` goes on to the next."""
        try:
            result = component(doc)
            if not isinstance(result, Document):
                raise TypeError(Errors.E006.format(name=name, got=type(result).__name__))
        except Exception as err:
            self.error_handler(name, doc, err)
            return doc
        result.layers.update(component.meta.assigns)
        return result

    def _finish(self, doc: Document) -> Document:
        """Entities sorted and checked, each article stamped with the run's meta, page and date, and
        the annotators' working caches dropped: on a document of millions of characters the lexicon
        hits and name candidates held to the end cost as much memory as the record itself."""
        doc.release_caches()
        for article in doc.articles:
            sort_entities(article)
            check_offsets(article, "pipeline")
            article.meta = self.meta
            article.page = article.page or doc.page
            article.date = article.date or doc.date
        return doc


def _models(annotators: Sequence[tuple]) -> Optional[Dict[str, str]]:
    """The models the annotators name through an optional ``model_info()`` (for ``meta.models``)."""
    models: Dict[str, str] = {}
    for _, component in annotators:
        info = getattr(component, "model_info", None)
        if callable(info):
            models.update(info())
    return models or None


def _order(classes: Dict[str, type]) -> List[str]:
    """Topological order by requires → assigns; refuses missing layers and cycles."""
    providers: Dict[str, List[str]] = {}
    for n, cls in classes.items():
        for layer in cls.meta.assigns:
            providers.setdefault(layer, []).append(n)
    deps: Dict[str, set] = {}
    for n, cls in classes.items():
        deps[n] = set()
        for layer in cls.meta.requires:
            if layer not in providers:
                who = [m for m, c in registry.available().items() if layer in c.meta.assigns]
                hint = f"; add {' or '.join(repr(w) for w in who)} to --annotators" if who else ""
                raise ValueError(Errors.E004.format(name=n, layer=layer, hint=hint))
            deps[n].update(p for p in providers[layer] if p != n)
        for layer in cls.meta.after:
            deps[n].update(p for p in providers.get(layer, ()) if p != n)
    order: List[str] = []
    done: set = set()
    pending = list(classes)
    while pending:
        ready = [n for n in pending if deps[n] <= done]
        if not ready:
            raise ValueError(Errors.E005.format(names=", ".join(sorted(pending))))
        for n in ready:
            order.append(n)
            done.add(n)
            pending.remove(n)
    return order
