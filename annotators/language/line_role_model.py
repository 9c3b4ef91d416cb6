"""The line-role CRF's model: its weights read from ``data/line_roles.crfsuite``, a Viterbi decoder
over them with a bias per role (:class:`Model`), and the meta file that names the bias.

Separate from :mod:`baokan.annotators.language.line_roles`, which makes the features the model
sees; ``line_roles`` re-exports what its callers and tests ask of it (``Model``, ``model``,
``read_meta``, ``MODEL_FILE``, ``_data_path``).
"""

from __future__ import annotations

from functools import lru_cache
from importlib import import_module
from pathlib import Path
from typing import Dict, List, Mapping, Optional, Sequence, Tuple

from baokan.annotators.language import crfsuite_weights

DATA_PACKAGE = "baokan.annotators.data"
MODEL_FILE = "line_roles.crfsuite"
META_FILE = "line_roles.meta.txt"


def _data_path(name: str) -> Path:
    # the package's folder, without importlib.resources and its zip readers (5 ms of a one-page run)
    file = import_module(DATA_PACKAGE).__file__
    assert file is not None  # a package of files, never a namespace package
    return Path(file).parent / name


class Model:
    """The CRF's weights, read once, and a Viterbi decoder over them with a bias per role.

    python-crfsuite's own tagger gives the best sequence only; decoding here
    lets a role's score be raised by a constant (``bias``). Missing an article
    costs more than cutting one in two (all its checks against one), so the
    roles that start an article get a bias, chosen by cross-validation over the
    fitting dates and kept in the model's meta file.
    """

    def __init__(self, path: Path, bias: Optional[Mapping[str, float]] = None) -> None:
        # state: attribute → (label index, weight), nonzero only
        self.labels, self.state, self.trans = crfsuite_weights.read(Path(path))
        self.bias = [float((bias or {}).get(label, 0.0)) for label in self.labels]
        labels = range(len(self.labels))
        self._into = [[self.trans[i][j] for i in labels] for j in labels]  # into[j][i]: from i to j
        self._scored: Dict[Tuple[str, ...], List[float]] = {}  # each token's scores by its features

    def tag(self, feats: Sequence[Sequence[str]]) -> List[str]:
        """The best role sequence for the tokens' features."""
        scores = [self._scores(f) for f in feats]
        # Viterbi, written as plain loops over typed lists: compiled, every sum and comparison is a
        # machine one (max() and map() were calls through Python, some 40 a token)
        n = len(self.labels)
        into = self._into
        best = scores[0]
        back: List[List[int]] = []
        for row in scores[1:]:
            step: List[float] = []
            ptr: List[int] = []
            for j in range(n):
                # the first of the highest sums into j, as max() and list.index() would find it
                to_j = into[j]
                top = best[0] + to_j[0]
                came = 0
                for i in range(1, n):
                    came_i = best[i] + to_j[i]
                    if came_i > top:
                        top, came = came_i, i
                step.append(top + row[j])
                ptr.append(came)
            best = step
            back.append(ptr)
        j = best.index(max(best))
        path = [j]
        for ptr in reversed(back):
            j = ptr[j]
            path.append(j)
        return [self.labels[j] for j in reversed(path)]

    def _scores(self, feats: Sequence[str]) -> List[float]:
        """One token's score for each role: the bias plus its features' weights."""
        key = tuple(feats)  # the same features come back on page after page (three tokens in five)
        known = self._scored.get(key)
        if known is not None:
            return known
        row = self.bias[:]
        for attr in feats:
            found = self.state.get(attr)
            if found:  # most attributes have no weight
                for j, w in found:
                    row[j] = row[j] + w  # (a typed sum: ``+=`` on a list item is a call through Python compiled)
        if len(self._scored) < 1 << 13:  # some 1.4 kB each: a bound of some 11 MB
            self._scored[key] = row
        return row


def parse_bias(text: str) -> Dict[str, float]:
    """``"headline=1.5 kicker=1.5"`` → ``{"headline": 1.5, "kicker": 1.5}``."""
    out: Dict[str, float] = {}
    for item in text.split():
        role, _, value = item.partition("=")
        out[role] = float(value)
    return out


@lru_cache(maxsize=1)
def model() -> Model:
    """The shipped model, with the decoding bias its meta file names."""
    path = _data_path(MODEL_FILE)
    if not path.is_file():
        raise FileNotFoundError(f"{path}: the line-role model is missing; run annotators/training/train_line_roles.py")
    return Model(path, parse_bias(read_meta().get("decode_bias", "")))


def read_meta() -> Dict[str, str]:
    """The ``# key: value`` header of ``line_roles.meta.txt`` (empty if the file is absent)."""
    path = _data_path(META_FILE)
    out: Dict[str, str] = {}
    if path.is_file():
        for row in path.read_text(encoding="utf-8").splitlines():
            if row.startswith("# ") and ":" in row:
                key, _, value = row[2:].partition(":")
                out[key.strip()] = value.strip()
    return out
