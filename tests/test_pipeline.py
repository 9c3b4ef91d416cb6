"""The pipeline: ordering by layers, refusals, and a third-party plugin found by entry point."""

from __future__ import annotations

import pytest
from conftest import SEED, parse_jsonl, run_cli, validate

from baokan.annotators.core import registry
from baokan.annotators.core.document import Document, add_entity
from baokan.annotators.core.pipeline import Pipeline, _order
from baokan.annotators.core.registry import annotator


def make(name, assigns=(), requires=()):
    @annotator(name, version="1", assigns=assigns, requires=requires)
    class A:
        def __call__(self, doc):
            return doc

    registry.unregister(name)  # only ordered here, never run by name
    return A


def test_order_follows_requires():
    classes = {"b": make("b", ["x"], ["articles"]), "c": make("c", [], ["x"]), "a": make("a", ["articles"])}
    assert _order({"c": classes["c"], "b": classes["b"], "a": classes["a"]}) == ["a", "b", "c"]


def test_cycle_is_refused():
    with pytest.raises(ValueError, match="cycle"):
        _order({"a": make("a", ["x"], ["y"]), "b": make("b", ["y"], ["x"])})


def test_missing_layer_is_refused_with_a_hint():
    with pytest.raises(ValueError, match="requires the layer 'zzz'"):
        _order({"a": make("a", [], ["zzz"])})


def test_bad_names_are_refused():
    with pytest.raises(ValueError, match="not valid"):
        make("my.annotator")


def test_annotator_must_return_the_document():
    @annotator("broken", version="1", assigns=["x"])
    class Broken:
        def __call__(self, doc):
            return None

    try:
        from baokan.annotators.core.pipeline import AnnotatorError

        with pytest.raises(AnnotatorError, match="E006"):
            Pipeline(["broken"])(Document(doc="d", text="一段文字。"))
    finally:
        registry.unregister("broken")


def test_annotator_registers_and_refuses_a_second_class_under_one_name():
    @annotator("twice", version="1", assigns=["x"])
    class First:
        def __call__(self, doc):
            return doc

    try:
        assert registry.get("twice") is First and "twice" in registry.available()
        with pytest.raises(ValueError, match="E003"):

            @annotator("twice", version="1", assigns=["x"])
            class Second:
                def __call__(self, doc):
                    return doc

    finally:
        registry.unregister("twice")
    assert "twice" not in registry.available()


def test_add_entity_refuses_bad_offsets():
    pipe = Pipeline(["paragraphs"])
    doc = pipe(Document(doc="d", text="浙江杭州"))
    art = doc.articles[0]
    assert add_entity(art, "place", 0, 2, source="t").text == "浙江"
    assert add_entity(art, "place", 0, 2, source="t") is None  # no duplicates
    with pytest.raises(ValueError):
        add_entity(art, "place", 3, 9, source="t")


PLUGIN = '''
"""A third-party annotator: tags every 4-digit year as a `year` entity."""
import re
from baokan.annotators import annotator
from baokan.annotators.core.document import add_entity

@annotator("years", version="0.3", assigns=["entities.year"], requires=["articles"])
class Years:
    """Four-digit years."""
    def __call__(self, doc):
        for art in doc.articles:
            for m in re.finditer(r"(?<!\\d)(19|20)\\d\\d(?=年)", art.text):
                add_entity(art, "year", m.start(), m.end(), source="years")
        return doc
'''


def test_third_party_plugin_runs_from_the_cli_by_name(tmp_path):
    """A real distribution (dist-info with entry_points.txt) on the path registers an annotator."""
    site = tmp_path / "site"
    site.mkdir()
    (site / "baokan_years.py").write_text(PLUGIN, encoding="utf-8")
    info = site / "baokan_years-0.3.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: baokan-years\nVersion: 0.3\n", encoding="utf-8")
    (info / "entry_points.txt").write_text("[baokan.annotators]\nyears = baokan_years:Years\n", encoding="utf-8")
    env = {"PYTHONPATH": str(site)}
    listed = run_cli(["--list-annotators"], env=env)
    import orjson

    meta = {a["name"]: a for a in orjson.loads(listed.stdout)}
    assert meta["years"]["distribution"] == "baokan-years" and meta["years"]["version"] == "0.3"
    res = run_cli(["--annotators", "years", str(SEED)], env=env)
    assert res.returncode == 0, res.stderr
    records = validate(parse_jsonl(res.stdout))
    years = [e["text"] for r in records for e in r["entities"] if e["label"] == "year"]
    assert "2019" in years and "2021" in years
    assert records[0]["meta"]["annotators"]["years"] == "0.3"


def test_after_orders_without_requiring():
    @annotator("late", version="1", assigns=["y"], requires=["articles"], after=["x"])
    class Late:
        def __call__(self, doc):
            return doc

    registry.unregister("late")
    early = make("early", ["x"], ["articles"])
    layout = make("layout", ["articles"])
    assert _order({"late": Late, "early": early, "layout": layout}) == ["layout", "early", "late"]
    assert _order({"late": Late, "layout": layout}) == ["layout", "late"]


def test_add_entity_dedup_survives_direct_edits():
    """The constant-time duplicate check notices entities appended, removed or replaced directly."""
    doc = Pipeline(["paragraphs"])(Document(doc="d", text="浙江杭州义乌"))
    art = doc.articles[0]
    first = add_entity(art, "place", 0, 2, source="t")
    assert add_entity(art, "place", 0, 2, source="t") is None
    art.entities.remove(first)  # removed without add_entity: may be added again
    assert add_entity(art, "place", 0, 2, source="t") is not None
    art.entities = []  # a new list
    assert add_entity(art, "place", 0, 2, source="t") is not None
    art.entities.append(art.entities[0].__copy__() if hasattr(art.entities[0], "__copy__") else art.entities[0])
    assert add_entity(art, "place", 2, 4, source="t") is not None
    assert add_entity(art, "place", 2, 4, source="t") is None
    assert len(art.entities) == 3


def test_pipe_annotates_in_order_and_batches_for_annotators_that_pipe():
    """pipe() gives the same documents as calling the pipeline on each, and hands batches to a pipe()."""
    texts = [f"第{i}段。浙江杭州{i}。" for i in range(7)]
    pipe = Pipeline(["paragraphs"])
    one_by_one = [pipe(Document(doc=str(i), text=t)) for i, t in enumerate(texts)]
    piped = list(pipe.pipe((Document(doc=str(i), text=t) for i, t in enumerate(texts)), batch_size=3))
    assert [d.doc for d in piped] == [str(i) for i in range(7)]
    assert [[a.text for a in d.articles] for d in piped] == [[a.text for a in d.articles] for d in one_by_one]

    seen = []

    @annotator("batched", version="1", assigns=["z"], requires=["articles"])
    class Batched:
        def __call__(self, doc):
            raise AssertionError("a batch annotator is called per batch")

        def pipe(self, docs):
            seen.append(len(docs))
            return docs

    try:
        batched = Pipeline(["paragraphs", "batched"])
        out = list(batched.pipe((Document(doc=str(i), text=t) for i, t in enumerate(texts)), batch_size=3))
    finally:
        registry.unregister("batched")
    assert seen == [3, 3, 1] and all("z" in d.layers for d in out)
    with pytest.raises(ValueError):
        list(pipe.pipe([], batch_size=0))
