"""spaCy DocBin (when spaCy is installed: ``pip install 'baokan[spacy]'``)."""

from __future__ import annotations

from typing import Iterable, List, Tuple

from baokan.cli.formats.example import Example, MissingDependency, Span, make_example


def require_spacy():
    """spaCy, or :class:`MissingDependency` with the install hint."""
    try:
        import spacy
    except ImportError:
        raise MissingDependency("--to spacy needs spaCy: pip install 'baokan[spacy]'") from None
    return spacy


def to_docbin(examples: Iterable[Example], *, spans_key: str = "sc") -> Tuple[bytes, int]:
    """A spaCy DocBin of the examples, and how many spans did not fall exactly on tokens.

    The Docs come from a blank Chinese pipeline, whose default segmenter makes
    one token per character, so every span falls on token bounds; spaCy's
    character offsets are code points, like ours. All spans go to
    ``doc.spans[spans_key]`` (they may nest); ``doc.ents`` gets the outermost
    ones. ``doc.user_data["baokan"]`` keeps doc, article and headline. A span
    that does not fall on token bounds (an edge inside a run of spaces) is
    expanded to them, or left out when no token is inside it; both are counted.
    """
    spacy = require_spacy()
    from spacy.tokens import DocBin
    from spacy.util import filter_spans

    nlp = spacy.blank("zh")
    bin_ = DocBin(store_user_data=True)
    skipped = 0
    for ex in examples:
        doc = nlp.make_doc(ex.text)
        spans = []
        for s in ex.spans:
            span = doc.char_span(s.start, s.end, label=s.label, alignment_mode="expand")
            if span is None or (span.start_char, span.end_char) != (s.start, s.end):
                skipped += 1
            if span is not None:
                spans.append(span)
        doc.spans[spans_key] = spans
        doc.ents = filter_spans(spans)
        doc.user_data["baokan"] = ex.meta()
        bin_.add(doc)
    return bin_.to_bytes(), skipped


def read_docbin(data: bytes, *, spans_key: str = "sc") -> List[Example]:
    """Examples from a DocBin's bytes: ``doc.spans[spans_key]`` when present, else ``doc.ents``."""
    spacy = require_spacy()
    from spacy.tokens import DocBin

    nlp = spacy.blank("zh")
    out = []
    for doc in DocBin().from_bytes(data).get_docs(nlp.vocab):
        found = doc.spans[spans_key] if spans_key in doc.spans else doc.ents
        spans = [Span(s.start_char, s.end_char, s.label_) for s in found]
        meta = doc.user_data.get("baokan") or {}
        out.append(make_example(doc.text, spans, meta))
    return out
