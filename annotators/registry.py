"""The annotator registry: built-ins and plugins, all through one entry-point group.

An annotator class is declared with :func:`annotator`, which records its
metadata (name, version, the layers it assigns and requires) on the class, in
the manner of spaCy's ``Language.factory``. Distributions expose annotators
through the entry-point group ``baokan.annotators``; the registry loads that
group lazily, once.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.metadata import entry_points
from typing import Any, Callable, Dict, Optional, Sequence, Tuple, Type, TypeVar

from baokan.annotators.errors import Errors

ENTRY_POINT_GROUP = "baokan.annotators"
_NAME = re.compile(r"^[a-z][a-z0-9_]*$")

T = TypeVar("T", bound=type)


@dataclass(frozen=True)
class AnnotatorMeta:
    """What the registry knows about one annotator."""

    name: str
    version: str
    assigns: Tuple[str, ...] = ()
    requires: Tuple[str, ...] = ()
    after: Tuple[str, ...] = ()
    default: bool = False
    default_config: Dict[str, Any] = field(default_factory=dict)
    description: str = ""
    distribution: Optional[str] = None

    def to_dict(self) -> Dict[str, Any]:
        return {
            "name": self.name,
            "version": self.version,
            "distribution": self.distribution,
            "assigns": list(self.assigns),
            "requires": list(self.requires),
            "after": list(self.after),
            "default": self.default,
            "description": self.description,
        }


def annotator(
    name: str,
    *,
    version: str,
    assigns: Sequence[str] = (),
    requires: Sequence[str] = (),
    after: Sequence[str] = (),
    default: bool = False,
    default_config: Optional[Dict[str, Any]] = None,
) -> Callable[[T], T]:
    """Declare an annotator class.

    Args:
        name (str): The name users pick it by (``--annotators NAME``).
        version (str): Bumped whenever its output changes; written to ``meta``.
        assigns (Sequence[str]): Layers it adds, e.g. ``"articles"``, ``"entities.place"``.
        requires (Sequence[str]): Layers that must exist before it runs.
        after (Sequence[str]): Layers it uses when present: it runs after whichever
            selected annotator assigns them, but does not need them.
        default (bool): Whether ``annotate`` runs it when no ``--annotators`` is given.
        default_config (dict, optional): Keyword arguments for its constructor.
    """
    if not _NAME.match(name):
        raise ValueError(Errors.E002.format(name=name))

    def wrap(cls: T) -> T:
        doc = (cls.__doc__ or "").strip().splitlines()
        cls.meta = AnnotatorMeta(  # type: ignore[attr-defined]
            name=name,
            version=str(version),
            assigns=tuple(assigns),
            requires=tuple(requires),
            after=tuple(after),
            default=default,
            default_config=dict(default_config or {}),
            description=doc[0] if doc else "",
        )
        return cls

    return wrap


@lru_cache(maxsize=1)
def available() -> Dict[str, Type]:
    """Every registered annotator class by name, loaded once from the entry points."""
    found: Dict[str, Type] = {}
    for ep in sorted(entry_points(group=ENTRY_POINT_GROUP), key=lambda e: e.name):
        dist = getattr(getattr(ep, "dist", None), "name", None)
        try:
            cls = ep.load()
        except Exception as err:  # a broken plugin must not break the others
            import sys

            print(Errors.E008.format(entry=ep.name, dist=dist, error=err), file=sys.stderr)
            continue
        meta = getattr(cls, "meta", None)
        if not isinstance(meta, AnnotatorMeta):
            continue
        if meta.name in found and found[meta.name] is not cls:
            raise ValueError(Errors.E003.format(name=meta.name, existing=found[meta.name].__module__))
        if meta.distribution is None:
            cls.meta = meta = AnnotatorMeta(**{**meta.__dict__, "distribution": dist})
        found[meta.name] = cls
    return found


def get(name: str) -> Type:
    """The annotator class registered under ``name``."""
    classes = available()
    if name not in classes:
        raise KeyError(Errors.E001.format(name=name, available=", ".join(sorted(classes)) or "none"))
    return classes[name]


def default_names() -> Tuple[str, ...]:
    """The annotators ``annotate`` runs when none are named."""
    return tuple(n for n, cls in available().items() if cls.meta.default)
