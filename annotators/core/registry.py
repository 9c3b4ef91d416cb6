"""The annotator registry: built-ins and plugins, all through one entry-point group.

An annotator class is declared with :func:`annotator`, which records its
metadata (name, version, the layers it assigns and requires) on the class and
registers it under its name, in the manner of spaCy's ``Language.factory``: a
class declared in a script or a test is usable by name at once. Distributions
expose annotators through the entry-point group ``baokan.annotators``, which
only says which modules to import; the registry imports them lazily, once, and
their ``@annotator`` registers them. Scanning the installed distributions for it (and for
baokan's version) means importing ``importlib.metadata`` and reading every
distribution's metadata, a good part of a one-page run's start-up, so the
result is kept in the disk cache until the import path changes.
"""

from __future__ import annotations

import importlib
import os
import sys
from functools import lru_cache
from typing import Any, Callable, Dict, List, NamedTuple, Optional, Sequence, Tuple, Type, TypeVar

import msgspec

from baokan.annotators.core import recache
from baokan.annotators.core.errors import Errors

ENTRY_POINT_GROUP = "baokan.annotators"
_NAME = recache.compile(r"^[a-z][a-z0-9_]*$")

T = TypeVar("T", bound=type)

#: name -> class, filled by @annotator as modules are imported
_REGISTERED: Dict[str, Type] = {}


class Option(msgspec.Struct, frozen=True):
    """One option of an annotator: a keyword argument of its constructor, as ``--set NAME.OPTION=VALUE`` sets it.

    Args:
        name (str): The keyword argument.
        type (type): ``bool``, ``int``, ``float`` or ``str``; a ``None`` default also allows ``None``.
        default (Any): Its value when not set.
        help (str): One line for ``baokan annotators``.
    """

    name: str
    type: type
    default: Any = None
    help: str = ""

    def to_dict(self) -> Dict[str, Any]:
        return {"name": self.name, "type": self.type.__name__, "default": self.default, "help": self.help}


class AnnotatorMeta(msgspec.Struct, frozen=True):
    """What the registry knows about one annotator."""

    name: str
    version: str
    assigns: Tuple[str, ...] = ()
    requires: Tuple[str, ...] = ()
    after: Tuple[str, ...] = ()
    default: bool = False
    default_config: Dict[str, Any] = msgspec.field(default_factory=dict)
    description: str = ""
    distribution: Optional[str] = None
    options: Tuple[Option, ...] = ()

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
            "options": [o.to_dict() for o in self.options],
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
    options: Sequence[Option] = (),
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
        options (Sequence[Option]): The constructor's options users may set, with their
            defaults (which join ``default_config``); an undeclared ``default_config`` key
            is an option typed by its default.
    """
    if not _NAME.match(name):
        raise ValueError(Errors.E002.format(name=name))

    config = {**{o.name: o.default for o in options}, **(default_config or {})}
    declared = {o.name: o for o in options}
    opts = tuple(declared.get(k) or Option(k, str if v is None else type(v), v) for k, v in config.items())

    def wrap(cls: T) -> T:
        doc = (cls.__doc__ or "").strip().splitlines()
        cls.meta = AnnotatorMeta(  # type: ignore[attr-defined]
            name=name,
            version=str(version),
            assigns=tuple(assigns),
            requires=tuple(requires),
            after=tuple(after),
            default=default,
            default_config=config,
            description=doc[0] if doc else "",
            options=opts,
        )
        return register(cls)

    return wrap


def register(cls: T) -> T:
    """Register a class that carries an :class:`AnnotatorMeta` under its name (``@annotator`` does this).

    Raises:
        ValueError: Another class has the name (the same class declared again, as when a
            module is reloaded, replaces the old one).
    """
    name = cls.meta.name  # type: ignore[attr-defined]
    old = _REGISTERED.get(name)
    if old is not None and (old.__module__, old.__qualname__) != (cls.__module__, cls.__qualname__):
        raise ValueError(Errors.E003.format(name=name, existing=f"{old.__module__}.{old.__qualname__}"))
    _REGISTERED[name] = cls
    return cls


def unregister(name: str) -> None:
    """Forget the annotator ``name`` (for tests and interactive sessions); no error when it is not there."""
    _REGISTERED.pop(name, None)


class Installed(NamedTuple):
    """What the installed distributions tell baokan: its version, and the entry points of its group."""

    version: str
    #: (name, "module:attribute", distribution) of each entry point in ENTRY_POINT_GROUP
    entry_points: Tuple[Tuple[str, str, Optional[str]], ...]


def _scan() -> Installed:
    from importlib.metadata import PackageNotFoundError, entry_points, version

    try:
        found = version("baokan")
    except PackageNotFoundError:  # pragma: no cover - running from a source tree
        found = "0+unknown"
    eps = entry_points(group=ENTRY_POINT_GROUP)
    return Installed(found, tuple((ep.name, ep.value, getattr(getattr(ep, "dist", None), "name", None)) for ep in eps))


def _site_stamp() -> List[tuple]:
    """What :func:`_scan` depends on: where on the import path distributions' metadata lies, and
    the entry-point and metadata files in it (which some installs rewrite in place). Folders
    without any, such as a script's own, are left out: they would only split the cache."""
    stamp: List[tuple] = []
    for entry in sys.path:
        where = os.path.abspath(entry or os.curdir)
        try:
            names = sorted(n for n in os.listdir(where) if n.endswith((".dist-info", ".egg-info")))
        except NotADirectoryError:  # a zip file
            stamp.append((where, os.stat(where).st_mtime_ns))
            continue
        except OSError:  # not there
            continue
        for name in names:  # a dist-info folder's name holds the version; an egg-info's PKG-INFO does
            files = ("", "entry_points.txt", "PKG-INFO") if name.endswith(".egg-info") else ("", "entry_points.txt")
            for file in files:
                try:
                    st = os.stat(os.path.join(where, name, file))
                except OSError:
                    continue
                stamp.append((where, name, file, st.st_size, st.st_mtime_ns))
    return stamp


@lru_cache(maxsize=1)
def installed() -> Installed:
    """The installed distributions' word on baokan, from the disk cache while the import path is unchanged."""
    from baokan.annotators.core import cache

    path = cache.path_for("plugins", cache.digest(_site_stamp()))
    try:
        version, eps = cache.load(path)
        return Installed(version, tuple(tuple(ep) for ep in eps))
    except (TypeError, ValueError):  # a miss (None), or a file of another shape
        pass
    found = _scan()
    cache.store(path, tuple(found))
    return found


def baokan_version() -> str:
    """The installed baokan's version (written to every record's ``meta``)."""
    return installed().version


def _load(value: str) -> Any:
    """The object an entry point names, ``module:attr.attr [extras]``, as ``EntryPoint.load`` finds it."""
    module, _, attrs = value.partition("[")[0].partition(":")
    obj = importlib.import_module(module.strip())
    for attr in filter(None, attrs.strip().split(".")):
        obj = getattr(obj, attr)
    return obj


@lru_cache(maxsize=1)
def _import_entry_points() -> None:
    """Import the module of every entry point once; their ``@annotator`` registers the classes."""
    for name, value, dist in sorted(installed().entry_points, key=lambda ep: ep[0]):
        try:
            cls = _load(value)
        except Exception as err:  # a broken plugin must not break the others
            print(Errors.E008.format(entry=name, dist=dist, error=err), file=sys.stderr)
            continue
        meta = getattr(cls, "meta", None)
        if not isinstance(meta, AnnotatorMeta):
            continue
        if meta.distribution is None:
            cls.meta = meta = msgspec.structs.replace(meta, distribution=dist)
        register(cls)


def available() -> Dict[str, Type]:
    """Every registered annotator class by name (in name order), the entry points' imported first."""
    _import_entry_points()
    return {name: _REGISTERED[name] for name in sorted(_REGISTERED)}


def get(name: str) -> Type:
    """The annotator class registered under ``name``."""
    classes = available()
    if name not in classes:
        raise KeyError(Errors.E001.format(name=name, available=", ".join(sorted(classes)) or "none"))
    return classes[name]


def default_names() -> Tuple[str, ...]:
    """The annotators ``annotate`` runs when none are named."""
    return tuple(n for n, cls in available().items() if cls.meta.default)
