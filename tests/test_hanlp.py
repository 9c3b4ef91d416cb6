"""HanLP as an optional NER backend: a tiny model trained here, loaded by path through the CLI.

Tests that need hanlp are skipped when it is not installed; the others check
the wiring (label mapping, which candidates become entities, usage errors) and
that ``annotate`` without ``--ner`` never imports torch or hanlp.
"""
from __future__ import annotations

import importlib.util
import subprocess
import sys
import time
from pathlib import Path
from typing import List, Set, Tuple

import pytest

from conftest import BIN, SEED, parse_jsonl, run_cli, validate

from baokan.annotators.document import Document, NameCandidate, add_entity, make_article
from baokan.annotators.hanlp_ner import HanlpEntities, HanlpNer, chunk_positions

pytestmark = pytest.mark.hanlp

HAVE_HANLP = importlib.util.find_spec("hanlp") is not None and importlib.util.find_spec("torch") is not None
needs_hanlp = pytest.mark.skipif(not HAVE_HANLP, reason="the hanlp extra is not installed")

#: Nothing listens on port 9 (discard): a connection there is refused at once.
NO_NETWORK = {"HANLP_URL": "http://127.0.0.1:9/hanlp/", "HTTP_PROXY": "http://127.0.0.1:9",
              "HTTPS_PROXY": "http://127.0.0.1:9", "http_proxy": "http://127.0.0.1:9",
              "https_proxy": "http://127.0.0.1:9", "NO_PROXY": "", "no_proxy": ""}


# ---------------------------------------------------------------- without hanlp

def test_annotate_without_ner_imports_neither_torch_nor_hanlp():
    script = (
        "import sys\n"
        "from baokan.cli.main import annotate_entry\n"
        "for argv in (['annotate', '--list-annotators'], ['annotate', sys.argv[1]]):\n"
        "    sys.argv = argv\n"
        "    try:\n"
        "        annotate_entry()\n"
        "    except SystemExit as e:\n"
        "        assert not e.code, e.code\n"
        "heavy = sorted(m for m in ('torch', 'hanlp', 'transformers') if m in sys.modules)\n"
        "print('IMPORTED', heavy, file=sys.stderr)\n"
    )
    res = subprocess.run([sys.executable, "-c", script, str(SEED)], capture_output=True, timeout=120)
    assert res.returncode == 0, res.stderr
    assert res.stderr.decode().strip().splitlines()[-1] == "IMPORTED []"
    assert b'"hanlp"' in res.stdout  # the annotator is registered all the same


class FakeTagger:
    """Stands in for a HanLP component: tags every 王/李 name (3 chars) and every 杭州."""

    def __init__(self, label_set: Tuple[str, str]) -> None:
        self.person, self.place = label_set

    def __call__(self, batch: List[List[str]], batch_size: int = 32):
        out = []
        for tokens in batch:
            s = "".join(tokens)
            spans = [(s[i:i + 3], self.person, i, i + 3) for i, ch in enumerate(s) if ch in "王李"]
            spans += [("杭州", self.place, i, i + 2) for i in range(len(s)) if s.startswith("杭州", i)]
            spans.append((s[:1], "DATE", 0, 1))  # a type baokan does not map: dropped
            out.append(spans)
        return out


@pytest.mark.parametrize("label_set", [("NR", "NS"), ("nr", "ns"), ("PERSON", "GPE")])
def test_spans_map_back_to_the_text_across_spaces_and_label_sets(label_set):
    text = "杭州 市委书记\u3000王建国说。\n村民 李 小明在杭州。"
    found = HanlpNer(model="x").match(FakeTagger(label_set), [text])[0]
    assert {(text[c.start:c.end], c.label) for c in found} == {
        ("杭州", "place"), ("王建国", "person"), ("李 小明", "person")}
    assert all(c.source == "hanlp" for c in found)


def test_long_sentences_are_cut_for_the_model():
    text = "好" * 450 + "。"
    assert [len(p) for p in chunk_positions(text)] == [200, 200, 51]
    assert list(chunk_positions(" \n ")) == []


def _doc_with(entities, candidates, layers=("articles", "entities.place")) -> Document:
    text = "省委书记王建国在杭州和魏塘调研，杭州市公安局民警李娜陪同。"
    doc = Document(doc="t", text=text)
    doc.set_articles([make_article("t", 0, [("body", text)])])
    article = doc.articles[0]
    for label, surface in entities:
        s = text.index(surface)
        add_entity(article, label, s, s + len(surface), source="domain")
    doc.candidates[0] = [NameCandidate(text.index(w), text.index(w) + len(w), label, "hanlp") for label, w in candidates]
    doc.layers.update(layers)
    return doc


def test_only_candidates_no_domain_annotator_covered_become_entities(monkeypatch):
    monkeypatch.setattr("baokan.annotators.hanlp_ner.in_gazetteer", lambda name: name == "杭州")
    doc = _doc_with(
        entities=[("official", "王建国"), ("place", "杭州"), ("police_unit", "杭州市公安局")],
        candidates=[("person", "王建国"), ("person", "李娜"), ("place", "杭州"), ("place", "魏塘"),
                    ("org", "杭州市公安局")],
    )
    HanlpEntities()(doc)
    mine = {(e.label, e.text) for e in doc.articles[0].entities if e.source == "hanlp"}
    assert mine == {("person", "李娜"), ("place", "魏塘")}


def test_gazetteer_places_wait_for_the_places_annotator_only_when_it_ran(monkeypatch):
    monkeypatch.setattr("baokan.annotators.hanlp_ner.in_gazetteer", lambda name: True)
    ran = _doc_with([], [("place", "魏塘")])
    skipped = _doc_with([], [("place", "魏塘")], layers=("articles",))
    assert not [e for e in HanlpEntities()(ran).articles[0].entities if e.source == "hanlp"]
    assert [e.text for e in HanlpEntities()(skipped).articles[0].entities] == ["魏塘"]


@pytest.mark.parametrize("args, message", [
    (["--ner", "hanlp"], b"--hanlp-model"),
    (["--ner", "hanlp", "--hanlp-model", "x", "--jobs", "2"], b"--jobs"),
    (["--hanlp-model", "x"], b"--ner hanlp"),
])
def test_usage_errors_are_one_line(args, message):
    res = run_cli(args + [str(SEED)])
    assert res.returncode == 2
    assert len(res.stderr.splitlines()) == 1 and message in res.stderr
    assert res.stdout == b""


def test_a_missing_model_directory_is_one_line_and_exit_3(tmp_path):
    res = run_cli(["--ner", "hanlp", "--hanlp-model", str(tmp_path / "nope"), str(SEED)])
    assert res.returncode == 3, res.stderr
    assert res.stderr.splitlines() == [f"annotate: error: hanlp model {tmp_path / 'nope'}: no such directory".encode()]
    assert res.stdout == b""


# ---------------------------------------------------------------- with hanlp

@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory) -> Path:
    """A BiLSTM-CRF trained from scratch on 300 template sentences (offline, CPU, about half a minute)."""
    model = tmp_path_factory.mktemp("hanlp") / "tiny_ner"
    res = subprocess.run([str(BIN / "python"), "-m", "baokan.annotators.hanlp_train", str(model),
                          "--sentences", "300", "--epochs", "8"], capture_output=True, timeout=600)
    assert res.returncode == 0, res.stderr[-2000:]
    assert (model / "config.json").is_file()
    return model


def _held_out_page(tmp_path: Path) -> Tuple[Path, Set[Tuple[str, int, int]]]:
    """New sentences from the templates (a seed training never saw) and their gold spans."""
    from baokan.annotators.hanlp_train import example_sentences

    labels = {"NR": "person", "NS": "place", "NT": "org"}
    lines, gold, offset = [], set(), 0
    for sentence in example_sentences(12, seed=4242):
        start = None
        for k, (_, tag) in enumerate(sentence + [("", "O")]):
            if start is not None and not tag.startswith("I-"):
                gold.add((labels[sentence[start][1][2:]], offset + start, offset + k))
                start = None
            if tag.startswith("B-"):
                start = k
        lines.append("".join(ch for ch, _ in sentence))
        offset += len(lines[-1]) + 1  # the paragraphs layout joins lines with "\n"
    page = tmp_path / "page.txt"
    page.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return page, gold


@needs_hanlp
def test_trained_model_spans_reach_the_output_by_path(tiny_model, tmp_path):
    page, gold = _held_out_page(tmp_path)
    res = run_cli(["--annotators", "paragraphs", "--ner", "hanlp", "--hanlp-model", str(tiny_model), str(page)])
    assert res.returncode == 0, res.stderr
    (record,) = validate(parse_jsonl(res.stdout))
    assert record["meta"]["models"] == {"hanlp": str(tiny_model.resolve())}
    assert {"hanlp", "hanlp_entities"} <= set(record["meta"]["annotators"])
    found = {(e["label"], e["start"], e["end"]) for e in record["entities"]}
    assert all(e["source"] == "hanlp" for e in record["entities"])
    # a model whose CRF was left broken finds next to nothing; the fixed one learns the templates
    assert len(found & gold) >= 0.7 * len(gold), (sorted(gold - found), sorted(found - gold))


@needs_hanlp
def test_with_the_domain_annotators_hanlp_adds_only_what_they_left(tiny_model, tmp_path):
    page, _ = _held_out_page(tmp_path)
    res = run_cli(["--unit", "entity", "--ner", "hanlp", "--hanlp-model", str(tiny_model), str(page)])
    assert res.returncode == 0, res.stderr
    entities = validate(parse_jsonl(res.stdout), "entity")
    ours = [e for e in entities if e["source"] == "hanlp"]
    assert ours and {e["label"] for e in ours} <= {"person", "org", "place"}
    officials = [e for e in entities if e["label"] == "official"]
    for p in (e for e in ours if e["label"] == "person"):
        assert not any(o["start"] < p["end"] and p["start"] < o["end"] for o in officials), p


@needs_hanlp
def test_an_identifier_without_network_fails_fast_in_one_line(tmp_path):
    started = time.monotonic()
    res = run_cli(["--ner", "hanlp", "--hanlp-model", "MSRA_NER_ELECTRA_SMALL_ZH", "--hanlp-home", str(tmp_path),
                   str(SEED)], env=NO_NETWORK)
    elapsed = time.monotonic() - started
    assert res.returncode == 3, res.stderr
    (line,) = res.stderr.decode().splitlines()
    assert line.startswith("annotate: error: hanlp model MSRA_NER_ELECTRA_SMALL_ZH must be downloaded")
    assert "127.0.0.1:9" in line and "--hanlp-model PATH" in line
    assert res.stdout == b""
    assert elapsed < 60  # hanlp's own downloader retries for about half a minute, then prints a traceback
    assert not list(tmp_path.rglob("*.zip*"))  # nothing was downloaded
