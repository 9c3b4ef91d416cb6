"""A crfsuite model's weights from the disk cache are the weights python-crfsuite reads from the model."""

from __future__ import annotations

import os

from baokan.annotators.core import cache
from baokan.annotators.language import crfsuite_weights, line_roles


def test_cached_weights_equal_the_models_own(tmp_path, monkeypatch):
    monkeypatch.setenv("BAOKAN_CACHE", str(tmp_path))
    path = line_roles._data_path(line_roles.MODEL_FILE)
    first = crfsuite_weights.read(path)  # a miss: read through python-crfsuite, then cached
    assert len(list(tmp_path.glob("crf-weights-*.marshal"))) == 1
    monkeypatch.setattr(cache, "store", lambda *a, **k: None)
    again = crfsuite_weights.read(path)  # a hit
    assert again == first
    labels, state, trans = again
    assert "headline" in labels and len(trans) == len(labels) == len(trans[0])
    assert all(0 <= j < len(labels) for weights in state.values() for j, _ in weights)


def test_a_changed_model_misses_the_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("BAOKAN_CACHE", str(tmp_path / "cache"))
    model = tmp_path / "m.crfsuite"
    model.write_bytes(line_roles._data_path(line_roles.MODEL_FILE).read_bytes())
    crfsuite_weights.read(model)
    os.utime(model, ns=(1, 1))  # the same bytes with another modification time: another key
    crfsuite_weights.read(model)
    assert len(list((tmp_path / "cache").glob("crf-weights-*.marshal"))) == 2
