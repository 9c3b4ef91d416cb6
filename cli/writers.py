"""Writers: Documents → JSON Lines, one line per article, document or entity.

Lines are written with msgspec's JSON encoder (UTF-8 kept as is), straight from the
records, and flushed per document, so an interrupted run leaves only complete lines.
(They were ``orjson.dumps`` of :func:`to_dict` before: the same bytes for every record
baokan's annotators make; the two differ only in a float of 1e16 or more, which orjson
writes ``1e+16`` and msgspec ``1e16``, and no record holds floats.)
"""

from __future__ import annotations

from enum import Enum
from typing import IO, Any, Dict, Iterator, List

import msgspec
import msgspec.json

from baokan.annotators.core.document import Document
from baokan.schemas import Article, DocumentRecord, EntityRecord


class Unit(str, Enum):
    article = "article"
    document = "document"
    entity = "entity"


def article_records(doc: Document) -> List[Article]:
    return list(doc.articles)


def document_record(doc: Document) -> DocumentRecord:
    meta = doc.articles[0].meta if doc.articles else None
    return DocumentRecord(doc=doc.doc, articles=list(doc.articles), page=doc.page, meta=meta, date=doc.date)


def entity_records(doc: Document) -> Iterator[EntityRecord]:
    for a in doc.articles:
        for e in a.entities:
            fields = msgspec.structs.asdict(e)
            yield EntityRecord(doc=doc.doc, article=a.article, headline=a.headline, date=a.date or doc.date, **fields)


def records(doc: Document, unit: Unit) -> Iterator[Any]:
    """The records of one document in the chosen unit."""
    if unit == Unit.document:
        yield document_record(doc)
    elif unit == Unit.entity:
        yield from entity_records(doc)
    else:
        yield from doc.articles


def to_dict(record: Any) -> Dict[str, Any]:
    return msgspec.to_builtins(record)


def dumps(record: Any) -> bytes:
    return msgspec.json.encode(record) + b"\n"


def write_document(out: IO[bytes], doc: Document, unit: Unit) -> int:
    """Write one document's lines in one write, then flush; return the number of lines."""
    lines = [dumps(r) for r in records(doc, unit)]
    if lines:
        out.write(b"".join(lines))
        out.flush()
    return len(lines)
