"""Plain value classes: what ``@dataclass`` made of baokan's small record classes, written once.

``dataclasses`` writes each class's ``__init__``, ``__repr__`` and ``__eq__`` as source
text and compiles it when the module is imported (2-4 M instructions a class, the
frozen ones most), and imports ``inspect`` with ``ast``, ``dis`` and ``tokenize``: for
the twenty-odd classes a one-page run meets, about a sixth of its start-up. A class
here names its fields in ``_fields`` and writes its own ``__init__``; :class:`Plain`
gives it the rest as ``@dataclass`` did: equal when of the same class with equal fields
(compared in order, as tuples), unhashable, a ``Name(field=value, ...)`` repr, and
:meth:`Plain.replace` for ``dataclasses.replace``. :class:`Frozen` is for the classes
that were ``frozen=True``: hashed by their fields. Nothing stops a frozen one being
changed after ``__init__``; none is.
"""

from __future__ import annotations

from operator import attrgetter
from typing import Any, Callable, ClassVar, Tuple


class Plain:
    """A record class: ``_fields`` in ``__init__``'s order, the rest from them."""

    __slots__ = ()
    _fields: ClassVar[Tuple[str, ...]] = ()
    #: the fields left out of the repr (``field(repr=False)``)
    _hidden: ClassVar[Tuple[str, ...]] = ()
    _values: ClassVar[Callable[[Any], Any]]

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        fields = cls._fields
        cls._values = staticmethod(
            attrgetter(*fields) if len(fields) > 1 else lambda self: tuple(getattr(self, f) for f in fields)
        )  # type: ignore[assignment]

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return self._values(self) == self._values(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]  # as a dataclass that is not frozen

    def __repr__(self) -> str:
        shown = ", ".join(f"{f}={getattr(self, f)!r}" for f in self._fields if f not in self._hidden)
        return f"{type(self).__qualname__}({shown})"

    def replace(self, **changes: Any) -> Any:
        """A copy with ``changes`` (``dataclasses.replace``)."""
        return type(self)(**{**{f: getattr(self, f) for f in self._fields}, **changes})


class Frozen(Plain):
    """A record class that is never changed after ``__init__``, hashed by its fields."""

    __slots__ = ()

    def __hash__(self) -> int:
        return hash(self._values(self))
