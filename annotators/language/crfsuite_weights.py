"""A crfsuite model's weights as Python lists, read through python-crfsuite once and then from the disk cache.

Reading a model's weights through python-crfsuite (``Tagger.info()``) and sorting
them into lists costs a one-page run some 20 ms; the same lists load from a marshal
file in the cache (:mod:`baokan.annotators.core.cache`, keyed by the model file's
size and modification time) in a tenth of that, without importing python-crfsuite.
"""

from __future__ import annotations

from pathlib import Path
from typing import Dict, List, Tuple

from baokan.annotators.core import cache

#: labels; nonzero state weights by attribute, as (label index, weight); transitions[from][to]
Weights = Tuple[List[str], Dict[str, List[Tuple[int, float]]], List[List[float]]]


def read(path: Path) -> Weights:
    """The labels, state weights and transitions of the crfsuite model in ``path``."""
    cached = cache.path_for("crf-weights", cache.digest(cache.stamp(path)))
    found = cache.load(cached)
    if isinstance(found, tuple) and len(found) == 3:
        return found
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    info = tagger.info()
    labels: List[str] = list(info.labels)
    state: Dict[str, List[Tuple[int, float]]] = {}
    for (attr, label), w in info.state_features.items():
        state.setdefault(attr, []).append((labels.index(label), w))
    trans = [[info.transitions.get((a, b), 0.0) for b in labels] for a in labels]
    cache.store(cached, (labels, state, trans))
    return labels, state, trans
