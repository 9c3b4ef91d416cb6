"""The division rows a surface may mean, as the places annotator keeps them per surface.

A module of its own, left as Python (setup.py's ``PYTHON_ONLY``): :class:`Divisions` is a tuple
subclass with a ``__dict__``, which mypyc does not compile, while :mod:`.place_resolve`, which
works with it on every candidate, is compiled.
"""

from __future__ import annotations


class Divisions(tuple):
    """The division rows a surface may mean (a tuple of row dicts). Its ``__dict__`` keeps what
    :mod:`.place_resolve` works out of them that does not depend on the page (the rows are the
    same object at every hit of the surface)."""
