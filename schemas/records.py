"""Record types: what `annotate` writes, one JSON line per article, document or entity.

Offsets are Unicode code points into the article's ``text``, end exclusive, so
``text[start:end] == entity.text`` holds for every entity and block. New fields
always get a default and go at the end (schema evolution), and every record
carries ``schema_version``.
"""

from __future__ import annotations

from typing import Annotated, Any, Dict, List, Literal, Optional

import msgspec
from msgspec import Meta as M

#: 2: ``continued_to`` and ``continued_from`` are page labels (strings such as ``"6"``, ``"A6"``), no longer ints.
SCHEMA_VERSION = 2

Offset = Annotated[int, M(ge=0, description="Code-point offset into the article text.")]
PageLabel = Annotated[
    str,
    M(
        min_length=1,
        pattern=r"^[A-Z]?[0-9]+$",
        description='A page as printed, normalised: "6" for 6, 06 or 第六版; "A6" for a lettered section\'s page.',
    ),
]
BlockKind = Literal[
    "page",
    "kicker",
    "headline",
    "subtitle",
    "byline",
    "dateline",
    "body",
    "subhead",
    "caption",
    "continuation",
    "note",
]


class Base(msgspec.Struct, omit_defaults=True, forbid_unknown_fields=True, kw_only=True):
    """Settings shared by every record type."""


class Block(Base):
    """A layout block of an article: headline, byline, a body paragraph, a caption …"""

    kind: BlockKind
    start: Offset
    end: Offset
    text: str


class Post(Base):
    """One post of an official: the title parsed into organisation and position."""

    position: str
    org: Optional[str] = None
    place: Optional[str] = None


class Entity(Base):
    """A labelled span of the article text, with the attributes of its label.

    official: name, title, posts. place: full_name, level, code, parent.
    police_unit: kind, place, parents. slogan: canonical, quoted.
    Annotators may add labels of their own (person, org) and put extra
    attributes in ``attrs``.
    """

    label: Annotated[str, M(min_length=1, pattern=r"^[a-z_]+$")]
    start: Offset
    end: Offset
    text: str
    source: Optional[str] = None
    # official
    name: Optional[str] = None
    title: Optional[str] = None
    posts: Optional[List[Post]] = None
    # place
    full_name: Optional[str] = None
    level: Optional[str] = None
    code: Optional[str] = None
    parent: Optional[str] = None
    # police_unit
    kind: Optional[str] = None
    place: Optional[str] = None
    parents: Optional[List[str]] = None
    # slogan
    canonical: Optional[str] = None
    quoted: Optional[bool] = None
    # anything else an annotator knows
    attrs: Optional[Dict[str, Any]] = None


class Person(Base):
    """A person named in a byline, with the role the byline gives them."""

    name: str
    role: Optional[str] = None


class Byline(Base, omit_defaults=False):
    """The byline as written and the people in it."""

    text: str
    people: List[Person] = []


class Dateline(Base):
    """A dateline such as 本报杭州9月10日电: who filed it, where and when."""

    text: str
    agency: Optional[str] = None
    place: Optional[str] = None
    date: Optional[str] = None


class Page(Base):
    """What a page header says: the paper, the date and the page number."""

    text: str
    paper: Optional[str] = None
    date: Optional[str] = None
    number: Optional[int] = None


class Meta(Base):
    """Provenance: the baokan version and each annotator's version."""

    baokan: str
    annotators: Dict[str, str] = {}
    schema_version: int = SCHEMA_VERSION
    models: Optional[Dict[str, str]] = None


# dict=True: annotators may keep working state on an article (add_entity's spans seen so far);
# only the fields are written.
class Article(Base, kw_only=True, omit_defaults=False, dict=True):
    """One article of a page: the unit `annotate` writes by default."""

    doc: str
    article: Annotated[int, M(ge=0)]
    kicker: Optional[str] = None
    headline: Optional[str] = None
    subtitles: List[str] = []
    byline: Optional[Byline] = None
    continued_to: Optional[PageLabel] = None
    continued_from: Optional[PageLabel] = None
    text: str
    blocks: List[Block] = []
    entities: List[Entity] = []
    meta: Optional[Meta] = None
    dateline: Optional[Dateline] = None
    page: Optional[Page] = None
    date: Optional[str] = None


class DocumentRecord(Base, omit_defaults=False):
    """One page with its articles nested (``--unit document``)."""

    doc: str
    articles: List[Article] = []
    page: Optional[Page] = None
    meta: Optional[Meta] = None
    date: Optional[str] = None


def _entity_record() -> type:
    """:class:`Entity`'s fields, in its order, between where it was found (``doc``, ``article``) and
    the article's ``headline`` and ``date``: a new field of Entity is an EntityRecord field too."""

    def spec(f: msgspec.structs.FieldInfo) -> tuple:
        if f.required:
            return (f.name, f.type)
        if f.default_factory is not msgspec.NODEFAULT:
            return (f.name, f.type, msgspec.field(default_factory=f.default_factory))
        return (f.name, f.type, f.default)

    fields = [
        ("doc", str),
        ("article", Annotated[int, M(ge=0)]),
        *(spec(f) for f in msgspec.structs.fields(Entity)),
        ("headline", Optional[str], None),
        ("date", Optional[str], None),
    ]
    return msgspec.defstruct(
        "EntityRecord",
        fields,
        bases=(Base,),
        kw_only=True,
        module=__name__,
        namespace={"__doc__": "One entity as a flat line (``--unit entity``), with where it was found."},
    )


#: One entity as a flat line (``--unit entity``), with where it was found.
EntityRecord = _entity_record()


UNITS = {"article": Article, "document": DocumentRecord, "entity": EntityRecord}


def _clean_descriptions(node: object) -> None:
    """Dedent every description in place: msgspec 0.23 cleans docstrings and earlier releases
    do not, so the committed schema files must not depend on which one is installed."""
    import inspect  # here only: a run that writes no schema needs none of it (ast, dis, tokenize)

    if isinstance(node, dict):
        for key, value in node.items():
            if key == "description" and isinstance(value, str):
                node[key] = inspect.cleandoc(value)
            else:
                _clean_descriptions(value)
    elif isinstance(node, list):
        for item in node:
            _clean_descriptions(item)


def json_schema(unit: str) -> dict:
    """The JSON Schema of one output unit, generated from its record type."""
    schema = msgspec.json.schema(UNITS[unit])
    _clean_descriptions(schema)
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = f"baokan {unit} record"
    return schema
