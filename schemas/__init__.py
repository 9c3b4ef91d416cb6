"""The record contract of baokan: record types and their JSON Schemas.

The JSON Schema files beside this module (``article.schema.json``,
``document.schema.json``, ``entity.schema.json``) are generated from the types
in :mod:`baokan.schemas.records` by ``python -m baokan.schemas``; a test fails
when they drift.
"""

from baokan.schemas.records import (
    SCHEMA_VERSION,
    Article,
    Block,
    Byline,
    Dateline,
    DocumentRecord,
    Entity,
    EntityRecord,
    Meta,
    Page,
    Person,
    Post,
)

__all__ = [
    "SCHEMA_VERSION",
    "Article",
    "Block",
    "Byline",
    "Dateline",
    "DocumentRecord",
    "Entity",
    "EntityRecord",
    "Meta",
    "Page",
    "Person",
    "Post",
]
