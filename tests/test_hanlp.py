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
from typing import List, Optional, Set, Tuple

import pytest
from conftest import BIN, SEED, parse_jsonl, run_cli, validate
from hypothesis import given, settings
from hypothesis import strategies as st

from baokan.annotators.core.document import Document, NameCandidate, add_entity, make_article
from baokan.annotators.hanlp import HanlpNer, _decode_tags, chunk_positions
from baokan.annotators.hanlp_entities import HanlpEntities

pytestmark = pytest.mark.hanlp

HAVE_HANLP = importlib.util.find_spec("hanlp") is not None and importlib.util.find_spec("torch") is not None
needs_hanlp = pytest.mark.skipif(not HAVE_HANLP, reason="the hanlp extra is not installed")

#: Nothing listens on port 9 (discard): a connection there is refused at once.
NO_NETWORK = {
    "HANLP_URL": "http://127.0.0.1:9/hanlp/",
    "HTTP_PROXY": "http://127.0.0.1:9",
    "HTTPS_PROXY": "http://127.0.0.1:9",
    "http_proxy": "http://127.0.0.1:9",
    "https_proxy": "http://127.0.0.1:9",
    "NO_PROXY": "",
    "no_proxy": "",
}


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
            spans = [(s[i : i + 3], self.person, i, i + 3) for i, ch in enumerate(s) if ch in "王李"]
            spans += [("杭州", self.place, i, i + 2) for i in range(len(s)) if s.startswith("杭州", i)]
            spans.append((s[:1], "DATE", 0, 1))  # a type baokan does not map: dropped
            out.append(spans)
        return out


@pytest.mark.parametrize("label_set", [("NR", "NS"), ("nr", "ns"), ("PERSON", "GPE")])
def test_spans_map_back_to_the_text_across_spaces_and_label_sets(label_set):
    text = "杭州 市委书记\u3000王建国说。\n村民 李 小明在杭州。"
    found = HanlpNer(model="x").match_texts(FakeTagger(label_set), [text])[0][0]
    assert {(text[c.start : c.end], c.label) for c in found} == {
        ("杭州", "place"),
        ("王建国", "person"),
        ("李 小明", "person"),
    }
    assert all(c.source == "hanlp" for c in found)


class FailingTagger(FakeTagger):
    """A FakeTagger that fails on any batch holding a sentence with 炸 (as a model may fail on odd input)."""

    def __init__(self) -> None:
        super().__init__(("NR", "NS"))
        self.calls = 0

    def __call__(self, batch: List[List[str]], batch_size: int = 32):
        self.calls += 1
        if any("炸" in tokens for tokens in batch):
            raise RuntimeError("the model broke on this one")
        return super().__call__(batch, batch_size)


def _page(text: str) -> Document:
    doc = Document(doc="p", text=text)
    doc.set_articles([make_article("p", 0, [("body", text)])])
    return doc


def test_a_sentence_the_model_fails_on_loses_only_its_own_candidates(capsys):
    text = "王建国在杭州。炸李小明说。村民李小娜在杭州。炸王芳。"
    ner = HanlpNer(model="x", batch_size=3)
    ner._tagger = tagger = FailingTagger()
    doc = ner(_page(text))
    found = {(text[c.start : c.end], c.label) for c in doc.candidates[0]}
    assert found == {("王建国", "person"), ("杭州", "place"), ("李小娜", "person")}
    # one line for the page, with the count: not one per sentence, and no error
    (line,) = capsys.readouterr().err.splitlines()
    assert line.startswith("baokan: warning: [W002]") and "2 of 4 sentences" in line and "'p'" in line
    assert "RuntimeError: the model broke on this one" in line
    assert tagger.calls == 2 + 3 + 1  # two batches; the failing one again sentence by sentence


def test_a_model_that_fails_on_every_sentence_fails_the_page(capsys):
    ner = HanlpNer(model="x")
    ner._tagger = FailingTagger()
    with pytest.raises(RuntimeError, match="broke"):
        ner(_page("炸王建国。炸杭州。"))
    assert capsys.readouterr().err == ""


def test_an_answer_for_fewer_sentences_is_a_failure_not_shifted_spans():
    def short(batch, batch_size=32):  # loses the first sentence of a batch of several
        return FakeTagger(("NR", "NS"))(batch[1:] if len(batch) > 1 else batch, batch_size)

    texts = ["王建国说。", "好。李小娜说。"]
    found, failures = HanlpNer(model="x").match_texts(short, texts)
    assert [[t[c.start : c.end] for c in cs] for t, cs in zip(texts, found)] == [["王建国"], ["李小娜"]]
    assert not failures.errors  # one sentence at a time, each was answered


# ---------------------------------------------------------------- decoding tags


@pytest.mark.parametrize(
    "tags, spans",
    [
        # well-formed, one per scheme
        (["B-NR", "I-NR", "O", "B-NS"], [("NR", 0, 2), ("NS", 3, 4)]),  # BIO
        (["S-NR", "B-NT", "I-NT", "E-NT", "O"], [("NR", 0, 1), ("NT", 1, 4)]),  # BIOES / IOBES
        (["U-PER", "B-ORG", "L-ORG"], [("PER", 0, 1), ("ORG", 1, 3)]),  # BIOUL
        (["B-NS", "M-NS", "E-NS", "S-NS"], [("NS", 0, 3), ("NS", 3, 4)]),  # BMES
        (["I-NR", "I-NR", "B-NR", "I-NS"], [("NR", 0, 2), ("NR", 2, 3), ("NS", 3, 4)]),  # IOB1 reads the same
        # ill-formed: what a small CRF emits
        (["B-NT", "I-NT", "O"], [("NT", 0, 2)]),  # no end tag: the run is the span
        (["O", "B-NT", "I-NT"], [("NT", 1, 3)]),  # ... also at the end of the sentence
        (["O", "I-NR", "E-NR", "O"], [("NR", 1, 3)]),  # an orphan I starts a span
        (["E-NS", "O", "E-NS"], [("NS", 0, 1), ("NS", 2, 3)]),  # an orphan E is a span of its own
        (["B-NR", "E-NS"], [("NR", 0, 1), ("NS", 1, 2)]),  # a type change ends the span
        (["B-NR", "B-NR", "S-NR", "M-NR"], [("NR", 0, 1), ("NR", 1, 2), ("NR", 2, 3), ("NR", 3, 4)]),
        (["B-NT", "I-NT", "S-NR", "L-NT"], [("NT", 0, 2), ("NR", 2, 3), ("NT", 3, 4)]),
        # tags of no scheme count as O; bare letters are spans without a type
        (["<pad>", "", "X-NR", "NR", "B-NR", "I-NR"], [("NR", 4, 6)]),
        (["B", "E", "S"], [("", 0, 2), ("", 2, 3)]),
        ([], []),
    ],
)
def test_tags_decode_leniently_by_hand(tags, spans):
    assert _decode_tags(tags) == spans


TAGS = st.sampled_from(
    [
        "O",
        "B-NR",
        "I-NR",
        "E-NR",
        "S-NR",
        "M-NS",
        "L-NT",
        "U-NT",
        "B-NS",
        "I-NT",
        "E-NT",
        "B",
        "I",
        "<pad>",
        "",
        "-",
        "B-",
        "I-B-NR",
    ]
) | st.text(max_size=4)


@settings(max_examples=300, deadline=None)
@given(st.lists(TAGS, max_size=40))
def test_any_tag_sequence_decodes_to_spans_in_bounds_that_do_not_overlap(tags):
    spans = _decode_tags(tags)
    ends = 0
    for _, start, end in spans:
        assert ends <= start < end <= len(tags)
        ends = end
    # every token tagged as part of a name (position letter and a dash, or alone) lies in a span
    inside = {k for _, start, end in spans for k in range(start, end)}
    assert {k for k, t in enumerate(tags) if t and t[0] in "BIMELSU" and t[1:2] in ("", "-")} == inside


#: A sentence as chunks: ``None`` an O token, ``(type, length)`` a name.
CHUNKS = st.lists(st.none() | st.tuples(st.sampled_from(["NR", "NS", "NT"]), st.integers(1, 4)), max_size=12)

#: Letters of each scheme: begin, inside, end, single.
SCHEMES = {"BIO": "BIIB", "IOBES": "BIES", "BIOUL": "BILU", "BMES": "BMES"}


def _encode(chunks: List[Optional[Tuple[str, int]]], scheme: str) -> Tuple[List[str], List[Tuple[str, int, int]]]:
    """Well-formed tags of ``chunks`` in ``scheme``, and the spans they mean."""
    begin, inside, end, single = SCHEMES[scheme]
    tags: List[str] = []
    spans = []
    for chunk in chunks:
        if chunk is None:
            tags.append("O")
            continue
        kind, n = chunk
        spans.append((kind, len(tags), len(tags) + n))
        letters = [single] if n == 1 else [begin] + [inside] * (n - 2) + [end]
        tags += [f"{x}-{kind}" for x in letters]
    return tags, spans


def _strict(tags: List[str], scheme: str) -> List[Tuple[str, int, int]]:
    """hanlp 2.1.5's own reading of well-formed tags (spans inclusive there)."""
    from hanlp.utils import span_util

    decode = {
        "BIO": span_util.bio_tags_to_spans,
        "IOBES": span_util.iobes_tags_to_spans,
        "BIOUL": span_util.bioul_tags_to_spans,
        "BMES": span_util.bmes_tags_to_spans,
    }[scheme]
    # bmes_tags_to_spans also makes spans of O tokens, with the type ""
    return sorted([(kind, b, e + 1) for kind, (b, e) in decode(tags) if kind], key=lambda span: span[1])


@settings(max_examples=200, deadline=None)
@given(CHUNKS, st.sampled_from(sorted(SCHEMES)))
def test_well_formed_tags_decode_as_the_strict_reading(chunks, scheme):
    tags, spans = _encode(chunks, scheme)
    assert _decode_tags(tags) == spans
    if HAVE_HANLP:
        assert _strict(tags, scheme) == spans


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
    doc.candidates[0] = [
        NameCandidate(text.index(w), text.index(w) + len(w), label, "hanlp") for label, w in candidates
    ]
    doc.layers.update(layers)
    return doc


def test_only_candidates_no_domain_annotator_covered_become_entities(monkeypatch):
    monkeypatch.setattr("baokan.annotators.hanlp_entities.in_gazetteer", lambda name: name == "杭州")
    doc = _doc_with(
        entities=[("official", "王建国"), ("place", "杭州"), ("police_unit", "杭州市公安局")],
        candidates=[
            ("person", "王建国"),
            ("person", "李娜"),
            ("place", "杭州"),
            ("place", "魏塘"),
            ("org", "杭州市公安局"),
        ],
    )
    HanlpEntities()(doc)
    mine = {(e.label, e.text) for e in doc.articles[0].entities if e.source == "hanlp"}
    assert mine == {("person", "李娜"), ("place", "魏塘")}


def test_gazetteer_places_wait_for_the_places_annotator_only_when_it_ran(monkeypatch):
    monkeypatch.setattr("baokan.annotators.hanlp_entities.in_gazetteer", lambda name: True)
    ran = _doc_with([], [("place", "魏塘")])
    skipped = _doc_with([], [("place", "魏塘")], layers=("articles",))
    assert not [e for e in HanlpEntities()(ran).articles[0].entities if e.source == "hanlp"]
    assert [e.text for e in HanlpEntities()(skipped).articles[0].entities] == ["魏塘"]


@pytest.mark.parametrize(
    "args, message",
    [
        (["--ner", "hanlp"], b"--hanlp-model"),
        (["--ner", "hanlp", "--hanlp-model", "x", "--jobs", "2"], b"--jobs"),
        (["--hanlp-model", "x"], b"--ner hanlp"),
    ],
)
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
    res = subprocess.run(
        [
            str(BIN / "python"),
            "-m",
            "baokan.annotators.training.hanlp_train",
            str(model),
            "--sentences",
            "300",
            "--epochs",
            "8",
        ],
        capture_output=True,
        timeout=600,
    )
    assert res.returncode == 0, res.stderr[-2000:]
    assert (model / "config.json").is_file()
    return model


def _held_out_page(tmp_path: Path) -> Tuple[Path, Set[Tuple[str, int, int]]]:
    """New sentences from the templates (a seed training never saw) and their gold spans."""
    from baokan.annotators.training.hanlp_train import example_sentences

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
    res = run_cli(
        ["--ner", "hanlp", "--hanlp-model", "MSRA_NER_ELECTRA_SMALL_ZH", "--hanlp-home", str(tmp_path), str(SEED)],
        env=NO_NETWORK,
    )
    elapsed = time.monotonic() - started
    assert res.returncode == 3, res.stderr
    (line,) = res.stderr.decode().splitlines()
    assert line.startswith("annotate: error: hanlp model MSRA_NER_ELECTRA_SMALL_ZH must be downloaded")
    assert "127.0.0.1:9" in line and "--hanlp-model PATH" in line
    assert res.stdout == b""
    assert elapsed < 60  # hanlp's own downloader retries for about half a minute, then prints a traceback
    assert not list(tmp_path.rglob("*.zip*"))  # nothing was downloaded


# ---------------------------------------------------------------- a model that emits ill-formed tags


@pytest.fixture(scope="module")
def bioes_model(tmp_path_factory) -> Path:
    """A BIOES BiLSTM-CRF stopped after one epoch (10 steps), on purpose: its unconstrained CRF emits
    sequences like ``I-NT I-NT O``, on which hanlp 2.1.5's own decoder raises."""
    model = tmp_path_factory.mktemp("hanlp") / "bioes_ner"
    res = subprocess.run(
        [
            str(BIN / "python"),
            "-m",
            "baokan.annotators.training.hanlp_train",
            str(model),
            "--scheme",
            "BIOES",
            "--sentences",
            "300",
            "--epochs",
            "1",
        ],
        capture_output=True,
        timeout=600,
    )
    assert res.returncode == 0, res.stderr[-2000:]
    assert '"tagging_scheme": "IOBES"' in (model / "config.json").read_text()
    return model


@pytest.fixture(scope="module")
def bioes_tagger(bioes_model):
    from baokan.annotators.hanlp import load_model

    return load_model(str(bioes_model))


def _seed_sentences() -> List[List[int]]:
    return list(chunk_positions(SEED.read_text(encoding="utf-8")))


@needs_hanlp
def test_the_bioes_model_emits_tags_hanlp_cannot_decode(bioes_tagger):
    from hanlp.utils.span_util import InvalidTagSequence, iobes_tags_to_spans

    from baokan.annotators.hanlp import _raw_tags

    text = SEED.read_text(encoding="utf-8")
    sentences = [[text[p] for p in positions] for positions in _seed_sentences()]
    invalid = 0
    for tags in _raw_tags(bioes_tagger, sentences, 32):
        try:
            iobes_tags_to_spans(tags)
        except InvalidTagSequence:
            invalid += 1
    assert invalid >= 5, "the model learnt too well to test lenient decoding: train it less"
    with pytest.raises(InvalidTagSequence):  # what `annotate` called before, for the whole page
        bioes_tagger(sentences)


@needs_hanlp
def test_a_model_that_emits_ill_formed_tags_annotates_the_sample_page(bioes_model):
    res = run_cli(["--ner", "hanlp", "--hanlp-model", str(bioes_model), str(SEED)])
    assert res.returncode == 0, res.stderr[-2000:]
    assert b"warning" not in res.stderr  # the model failed on no sentence: its tags were only ill-formed
    records = validate(parse_jsonl(res.stdout))
    ours = [e for r in records for e in r["entities"] if e["source"] == "hanlp"]
    assert len(ours) >= 5 and {e["label"] for e in ours} <= {"person", "org", "place"}


@needs_hanlp
def test_a_sentence_the_real_model_fails_on_gets_no_candidates(bioes_tagger, monkeypatch, capsys):
    text = SEED.read_text(encoding="utf-8")
    ner = HanlpNer(model="x")
    ner._tagger = bioes_tagger
    (before,), _ = ner.match_texts(bioes_tagger, [text])
    # the sentence with the most candidates is the one the model now fails on
    sentences = _seed_sentences()
    bad = max(sentences, key=lambda ps: sum(ps[0] <= c.start <= ps[-1] for c in before))
    bad_tokens = [text[p] for p in bad]
    feed = bioes_tagger.feed_batch

    def failing_feed(batch):
        if bad_tokens in batch["token"]:
            raise RuntimeError("CUDA out of memory (as it were)")
        return feed(batch)

    monkeypatch.setattr(bioes_tagger, "feed_batch", failing_feed)
    after = ner(_page(text)).candidates[0]
    assert after == [c for c in before if not bad[0] <= c.start <= bad[-1]] != before
    (line,) = capsys.readouterr().err.splitlines()
    assert f"failed on 1 of {len(sentences)} sentences" in line and "out of memory" in line
