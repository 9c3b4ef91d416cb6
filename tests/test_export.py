"""``baokan export``: each target's shape, offsets outside the BMP, and round trips back through the readers."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from typing import Dict, List, Tuple

import orjson
import pytest
from conftest import SEED, parse_jsonl, run_here, validate
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from baokan.cli.formats import (
    Example,
    ExportError,
    Span,
    Utf16,
    from_brat,
    from_doccano,
    from_label_studio,
    from_prodigy,
    from_utf16,
    read_conll,
    read_spans,
    record_examples,
    to_brat,
    to_conll,
    to_doccano,
    to_label_studio,
    to_prodigy,
    to_utf16,
)

HAS_SPACY = importlib.util.find_spec("spacy") is not None
TEXT_FORMATS = ["prodigy", "doccano", "label-studio", "brat", "conll"]

# ---------------------------------------------------------------- a record of our own, over real text

HEADLINE = "省委书记易炼红在杭州市公安局调研"
TEXT = (
    HEADLINE + "\n"
    "本报讯 10日,省委书记易炼红到杭州市公安局调研,𠮷祥同志陪同。他强调,要坚持和发展新时代“枫桥经验”。\n"
    "嘉善魏塘派出所民警张三介绍了“乡里访亲”做法。"
)


def span_at(label: str, needle: str, nth: int = 0, **attrs) -> Dict:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(needle, start + 1)
    return {"label": label, "start": start, "end": start + len(needle), "text": needle, **attrs}


ENTITIES = [
    span_at("official", "易炼红", 0, name="易炼红", title="省委书记"),
    span_at("place", "杭州", 0),
    span_at("police_unit", "杭州市公安局", 0),
    span_at("official", "易炼红", 1, name="易炼红", title="省委书记"),
    span_at("police_unit", "杭州市公安局", 1),
    span_at("place", "杭州", 1),
    span_at("official", "𠮷祥", 0, name="𠮷祥"),
    span_at("slogan", "枫桥经验", 0, quoted=True, canonical="枫桥经验"),
    span_at("police_unit", "嘉善魏塘派出所", 0),
    span_at("place", "嘉善", 0),
    span_at("place", "魏塘", 0),
    span_at("official", "张三", 0, name="张三", title="嘉善魏塘派出所民警"),
    span_at("slogan", "乡里访亲", 0, quoted=True),
]
RECORD = {
    "doc": "pages/2024-09-11/zjrb-01.txt",
    "article": 2,
    "kicker": None,
    "headline": HEADLINE,
    "subtitles": [],
    "byline": None,
    "continued_to": None,
    "continued_from": None,
    "text": TEXT,
    "blocks": [{"kind": "headline", "start": 0, "end": len(HEADLINE), "text": HEADLINE}],
    "entities": ENTITIES,
    "meta": {"baokan": "0.1.0", "annotators": {"test": "1"}, "schema_version": 1},
}
validate([RECORD])


def spans_of(record: Dict, labels=None) -> List[Tuple[int, int, str]]:
    return sorted(
        {(e["start"], e["end"], e["label"]) for e in record["entities"] if labels is None or e["label"] in labels}
    )


def got(items: List[Dict]) -> List[Tuple[int, int, str]]:
    return sorted((s["start"], s["end"], s["label"]) for s in items)


def outermost(spans):
    """BIO's rule as the docs state it: the longest span wins, then the first; overlapping ones go."""
    kept = []
    for s in sorted(spans, key=lambda s: (s[0] - s[1], s[0], s[2])):
        if all(s[1] <= k[0] or k[1] <= s[0] for k in kept):
            kept.append(s)
    return sorted(kept)


@pytest.fixture(scope="module")
def own_jsonl(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("export") / "own.jsonl"
    path.write_bytes(orjson.dumps(RECORD) + b"\n")
    return path


@pytest.fixture(scope="module")
def sample_jsonl(tmp_path_factory) -> Path:
    """annotate's real output of the sample page."""
    res = run_here([str(SEED)])
    assert res.returncode == 0, res.stderr
    validate(parse_jsonl(res.stdout))
    path = tmp_path_factory.mktemp("export") / "sample.jsonl"
    path.write_bytes(res.stdout)
    return path


def export_to(fmt: str, source: Path, tmp_path: Path, *extra: str):
    """Run ``baokan export``; return the process and the path its output went to."""
    if fmt == "brat":
        out = tmp_path / "brat"
        res = run_here(["export", "--to", fmt, "--output-dir", str(out), *extra, str(source)], prog="baokan")
    else:
        out = tmp_path / f"out.{fmt}"
        res = run_here(["export", "--to", fmt, "-o", str(out), *extra, str(source)], prog="baokan")
    return res, out


# ---------------------------------------------------------------- round trips through the CLI and files


@pytest.mark.parametrize("fmt", TEXT_FORMATS)
def test_own_record_round_trips(fmt, own_jsonl, tmp_path):
    res, out = export_to(fmt, own_jsonl, tmp_path)
    assert res.returncode == 0, res.stderr
    (back,) = read_spans(out, fmt)
    assert back["text"] == TEXT
    want = spans_of(RECORD)
    if fmt == "conll":  # 杭州 in 杭州市公安局, 嘉善/魏塘 in 嘉善魏塘派出所: nested, so the outer one only
        want = outermost(want)
        assert b"4 nested or crossing spans left out" in res.stderr
    else:
        assert res.stderr == b""
    assert got(back["spans"]) == want
    if fmt in ("prodigy", "doccano", "label-studio"):
        assert (back["doc"], back["article"]) == (RECORD["doc"], RECORD["article"])


@pytest.mark.parametrize("fmt", TEXT_FORMATS)
def test_sample_page_round_trips(fmt, sample_jsonl, tmp_path):
    records = parse_jsonl(sample_jsonl.read_bytes())
    res, out = export_to(fmt, sample_jsonl, tmp_path)
    assert res.returncode == 0, res.stderr
    back = read_spans(out, fmt)
    assert [b["text"] for b in back] == [r["text"] for r in records]
    for b, r in zip(back, records):
        want = outermost(spans_of(r)) if fmt == "conll" else spans_of(r)
        assert got(b["spans"]) == want


def test_document_unit_is_flattened(tmp_path, own_jsonl):
    doc_line = {"doc": RECORD["doc"], "articles": [RECORD, {**RECORD, "article": 3}], "page": None, "meta": None}
    validate([doc_line], "document")
    src = tmp_path / "doc.jsonl"
    src.write_bytes(orjson.dumps(doc_line) + b"\n")
    res = run_here(["export", "--to", "prodigy", str(src)], prog="baokan")
    assert res.returncode == 0, res.stderr
    tasks = parse_jsonl(res.stdout)
    assert [t["meta"]["article"] for t in tasks] == [2, 3]
    assert all(got(t["spans"]) == spans_of(RECORD) for t in tasks)


def test_stdin_and_labels_filter(own_jsonl):
    res = run_here(
        ["export", "--to", "doccano", "--labels", "official,place"], input=own_jsonl.read_bytes(), prog="baokan"
    )
    assert res.returncode == 0, res.stderr
    (line,) = parse_jsonl(res.stdout)
    assert {lab for _, _, lab in line["label"]} == {"official", "place"}
    assert len(line["label"]) == len(spans_of(RECORD, {"official", "place"}))
    assert (line["doc"], line["article"], line["headline"]) == (RECORD["doc"], 2, HEADLINE)


def test_export_function_without_typer():
    """export() is a plain function: bytes in, bytes out; Label Studio gets one valid JSON array."""
    import io

    from baokan.cli.export import Target, export

    two = orjson.dumps({"doc": RECORD["doc"], "articles": [RECORD, {**RECORD, "article": 3}]}) + b"\n"
    out = io.BytesIO()
    assert export(["-"], to=Target.label_studio, out=out, stdin=io.BytesIO(two)) == 0
    tasks = json.loads(out.getvalue())
    assert [t["data"]["article"] for t in tasks] == [2, 3]
    empty = io.BytesIO()
    assert export(["-"], to=Target.label_studio, out=empty, stdin=io.BytesIO(b"")) == 0
    assert json.loads(empty.getvalue()) == []


# ---------------------------------------------------------------- each target's shape


def test_prodigy_shape():
    (ex,) = record_examples(RECORD)
    task = to_prodigy(ex)
    assert task["meta"] == {"doc": RECORD["doc"], "article": 2, "headline": HEADLINE}
    for s in task["spans"]:
        assert TEXT[s["start"] : s["end"]] == s["text"]
        assert "token_start" not in s  # Prodigy tokenizes on load and aligns character spans itself
    # a rejected answer is not gold
    assert from_prodigy({**task, "answer": "reject"}) is None
    assert from_prodigy({**task, "answer": "accept"}).spans == ex.spans


def js_slice(text: str, start: int, end: int) -> str:
    """What JavaScript's text.slice(start, end) gives: UTF-16 code units."""
    return text.encode("utf-16-le")[2 * start : 2 * end].decode("utf-16-le")


def test_label_studio_counts_utf16_outside_the_bmp():
    (ex,) = record_examples(RECORD)
    task = to_label_studio(ex)
    assert task["data"]["text"] == TEXT and task["data"]["doc"] == RECORD["doc"]
    (pred,) = task["predictions"]
    regions = pred["result"]
    assert len(regions) == len(ENTITIES) and len({r["id"] for r in regions}) == len(regions)
    for r in regions:
        assert (r["from_name"], r["to_name"], r["type"]) == ("label", "text", "labels")
        v = r["value"]
        assert js_slice(TEXT, v["start"], v["end"]) == v["text"]
    ji = next(r["value"] for r in regions if r["value"]["text"] == "𠮷祥")
    cp = TEXT.index("𠮷祥")
    assert (ji["start"], ji["end"]) == (cp, cp + 3)  # 𠮷 is two UTF-16 units
    after = next(r["value"] for r in regions if r["value"]["text"] == "枫桥经验")
    assert after["start"] == TEXT.index("枫桥经验") + 1  # everything after 𠮷 shifts by one
    assert from_label_studio(task).spans == ex.spans
    plain = to_label_studio(ex, offsets="codepoints")
    assert from_label_studio(plain, offsets="codepoints").spans == ex.spans


def test_label_studio_reads_annotations_before_predictions():
    (ex,) = record_examples(RECORD)
    task = to_label_studio(ex)
    one = task["predictions"][0]["result"][:1]
    exported = {**task, "annotations": [{"was_cancelled": True, "result": []}, {"result": one}]}
    assert [(s.start, s.end) for s in from_label_studio(exported).spans] == [(ex.spans[0].start, ex.spans[0].end)]


def test_label_studio_value_text_decides_the_unit():
    text = "𠮷祥在杭州"
    region = {"type": "labels", "value": {"start": 3, "end": 5, "text": "杭州", "labels": ["place"]}}
    task = {"data": {"text": text}, "annotations": [{"result": [region]}]}
    # code points 3:5 are 杭州 and UTF-16 3:5 would be 在杭: the text shown decides
    assert from_label_studio(task).spans == [Span(3, 5, "place")]
    utf16 = {"type": "labels", "value": {"start": 4, "end": 6, "text": "杭州", "labels": ["place"]}}
    assert from_label_studio({"data": {"text": text}, "predictions": [{"result": [utf16]}]}).spans == [
        Span(3, 5, "place")
    ]


def test_doccano_offsets(own_jsonl):
    (ex,) = record_examples(RECORD)
    line = to_doccano(ex)
    assert line["text"] == TEXT and line["headline"] == HEADLINE
    for start, _end, label in line["label"]:
        assert isinstance(start, int) and isinstance(label, str)
    ji = TEXT.index("𠮷祥")
    assert [ji, ji + 3, "official"] in line["label"]
    assert [ji, ji + 2, "official"] in to_doccano(ex, offsets="codepoints")["label"]
    assert from_doccano(line).spans == ex.spans
    assert from_doccano(to_doccano(ex, offsets="codepoints"), offsets="codepoints").spans == ex.spans
    # doccano's newer export shape
    newer = {"text": TEXT, "entities": [{"id": 1, "label": "official", "start_offset": ji, "end_offset": ji + 3}]}
    assert from_doccano(newer).spans == [Span(ji, ji + 2, "official")]
    res = run_here(["export", "--to", "doccano", "--offsets", "codepoints", str(own_jsonl)], prog="baokan")
    assert [ji, ji + 2, "official"] in parse_jsonl(res.stdout)[0]["label"]


def test_utf16_conversion():
    text = "a𠮷b😀"
    assert [to_utf16(text, i) for i in range(len(text) + 1)] == [0, 1, 3, 4, 6]
    assert [from_utf16(text, u) for u in (0, 1, 3, 4, 6)] == [0, 1, 2, 3, 4]
    with pytest.raises(ExportError, match="splits a character"):
        from_utf16(text, 2)
    with pytest.raises(ExportError):
        Utf16("abc").to_points(4)


def test_brat_files(own_jsonl, tmp_path):
    res, out = export_to("brat", own_jsonl, tmp_path)
    assert res.returncode == 0, res.stderr
    assert sorted(p.name for p in out.iterdir()) == ["annotation.conf", "zjrb-01-002.ann", "zjrb-01-002.txt"]
    assert (out / "zjrb-01-002.txt").read_bytes() == TEXT.encode("utf-8")
    conf = (out / "annotation.conf").read_text(encoding="utf-8")
    assert "[entities]\nofficial\nplace\npolice_unit\nslogan\n" in conf
    lines = (out / "zjrb-01-002.ann").read_text(encoding="utf-8").splitlines()
    assert len(lines) == len(ENTITIES)
    ji = TEXT.index("𠮷祥")
    assert f"official {ji} {ji + 2}\t𠮷祥" in "\n".join(lines)  # code points, as brat's Python counts
    for i, line in enumerate(lines, 1):
        tid, head, shown = line.split("\t")
        label, start, end = head.split(" ")
        assert tid == f"T{i}" and TEXT[int(start) : int(end)] == shown


def test_brat_splits_a_span_at_line_breaks():
    ex = Example(text="浙江\n杭州", spans=[Span(0, 5, "place"), Span(2, 3, "place")])
    text, ann, skipped = to_brat(ex)
    assert ann == "T1\tplace 0 2;3 5\t浙江 杭州\n" and skipped == 1  # a span of a line break only
    assert from_brat(text, ann).spans == [Span(0, 5, "place")]


def test_conll_lines_and_nesting():
    ex = Example(
        text="嘉善魏塘派出所\n民警 张三\\",
        spans=[Span(0, 7, "police_unit"), Span(0, 2, "place"), Span(2, 4, "place"), Span(11, 13, "official")],
    )
    lines, skipped = to_conll(ex)
    assert skipped == 2
    rows = lines.split("\n")
    assert rows[:3] == ["嘉\tB-police_unit", "善\tI-police_unit", "魏\tI-police_unit"]
    assert rows[7] == "\\n\tO" and rows[10] == " \tO" and rows[13] == "\\\\\tO"
    assert lines.endswith("\\\\\tO\n\n")  # a blank line ends the article
    (back,) = read_conll(lines + lines)[:1]
    assert back.text == ex.text and back.spans == [Span(0, 7, "police_unit"), Span(11, 13, "official")]
    assert len(read_conll(lines + lines)) == 2


def test_conll_reads_bioes_and_spaces():
    data = "-DOCSTART- -X- O\n\n杭 S-place\n张 B-official\n三 E-official\n在 O\n"
    (ex,) = read_conll(data)
    assert ex.text == "杭张三在" and ex.spans == [Span(0, 1, "place"), Span(1, 3, "official")]
    with pytest.raises(ExportError, match="conll:1: tag .X-place."):
        read_conll("杭\tX-place\n")


# ---------------------------------------------------------------- errors


def test_entity_unit_and_bad_lines_are_reported(tmp_path, own_jsonl):
    src = tmp_path / "mixed.jsonl"
    entity_line = {"doc": "x", "article": 0, "label": "place", "start": 0, "end": 2, "text": "浙江"}
    bad_offsets = {**RECORD, "entities": [{"label": "place", "start": 1, "end": 3, "text": "浙江"}]}
    src.write_bytes(
        b"{not json\n" + orjson.dumps(entity_line) + b"\n" + orjson.dumps(bad_offsets) + b"\n" + own_jsonl.read_bytes()
    )
    res = run_here(["export", "--to", "prodigy", str(src), str(tmp_path / "missing.jsonl")], prog="baokan")
    assert res.returncode == 1
    assert len(parse_jsonl(res.stdout)) == 1  # the good line still comes out
    errors = res.stderr.decode().splitlines()
    assert len(errors) == 4 and all(e.startswith("baokan: error: ") for e in errors)
    assert "mixed.jsonl:1: not valid JSON" in errors[0]
    assert "mixed.jsonl:2: an entity record (--unit entity)" in errors[1]
    assert "mixed.jsonl:3: article 2: entity 0 1:3 does not slice" in errors[2]
    assert "missing.jsonl" in errors[3]
    assert b"Traceback" not in res.stderr


@pytest.mark.parametrize(
    "args, message",
    [
        (["--to", "brat"], "give --output-dir"),
        (["--to", "brat", "-o", "x.ann"], "use --output-dir DIR, not --output"),
        (["--to", "conll", "--output-dir", "x"], "--output-dir is for --to brat"),
        (["--to", "brat", "--output-dir", "x", "--offsets", "utf16"], "--offsets is for doccano and label-studio"),
    ],
)
def test_usage_errors(args, message, own_jsonl):
    res = run_here(["export", *args, str(own_jsonl)], prog="baokan")
    assert res.returncode == 2
    assert message in res.stderr.decode() and len(res.stderr.splitlines()) == 1


@pytest.mark.skipif(HAS_SPACY, reason="spaCy is installed")
def test_spacy_missing_is_one_line(own_jsonl, tmp_path):
    out = tmp_path / "out.spacy"
    res = run_here(["export", "--to", "spacy", "-o", str(out), str(own_jsonl)], prog="baokan")
    assert res.returncode == 1
    assert res.stderr.decode().splitlines() == ["baokan: error: --to spacy needs spaCy: pip install 'baokan[spacy]'"]
    assert not out.exists()


def test_read_spans_errors(tmp_path):
    with pytest.raises(ExportError, match="unknown format"):
        read_spans(tmp_path, "xml")
    with pytest.raises(ExportError, match="missing"):
        read_spans(tmp_path / "missing.jsonl", "prodigy")
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "浙江", "label": [[0, 3, "place"]]}\n', encoding="utf-8")
    with pytest.raises(ExportError, match="bad.jsonl:1"):
        read_spans(bad, "doccano")


# ---------------------------------------------------------------- spaCy, when installed


def test_spacy_docbin_round_trip(own_jsonl, tmp_path):
    spacy = pytest.importorskip("spacy")
    from spacy.tokens import DocBin

    res, out = export_to("spacy", own_jsonl, tmp_path)
    assert res.returncode == 0, res.stderr
    (doc,) = DocBin().from_disk(out).get_docs(spacy.blank("zh").vocab)
    assert doc.text == TEXT
    assert sorted((s.start_char, s.end_char, s.label_) for s in doc.spans["sc"]) == spans_of(RECORD)
    assert sorted((e.start_char, e.end_char, e.label_) for e in doc.ents) == outermost(spans_of(RECORD))
    assert any(e.text == "𠮷祥" for e in doc.ents)
    assert doc.user_data["baokan"]["article"] == 2
    (back,) = read_spans(out, "spacy")
    assert got(back["spans"]) == spans_of(RECORD) and back["doc"] == RECORD["doc"]


# ---------------------------------------------------------------- property: any text, astral characters included

ALPHABET = st.sampled_from(list("浙江杭州公安局派出所民警张三ab1 \u3000\n\t\\“”") + ["𠮷", "😀", "𪚥", "\u2028", "\r"])


@st.composite
def examples(draw) -> Example:
    text = draw(st.text(alphabet=ALPHABET, min_size=1, max_size=40))
    pairs = draw(st.lists(st.tuples(st.integers(0, len(text) - 1), st.integers(1, len(text))), max_size=6))
    labels = draw(
        st.lists(
            st.sampled_from(["official", "place", "police_unit", "slogan"]), min_size=len(pairs), max_size=len(pairs)
        )
    )
    spans = {Span(min(a, b), max(a, b), lab) for (a, b), lab in zip(pairs, labels) if a != b}
    return Example(text=text, spans=sorted(spans, key=lambda s: (s.start, -s.end, s.label)), doc="d.txt", article=0)


def through_json(obj):
    return json.loads(json.dumps(obj, ensure_ascii=False))


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(examples())
def test_property_round_trips(ex):
    assert from_prodigy(through_json(to_prodigy(ex))).spans == ex.spans
    for unit in ("utf16", "codepoints"):
        assert from_doccano(through_json(to_doccano(ex, offsets=unit)), offsets=unit).spans == ex.spans
        assert from_label_studio(through_json(to_label_studio(ex, offsets=unit)), offsets=unit).spans == ex.spans
    # brat: a span edged by line breaks comes back trimmed to its fragments; one of line breaks only is left out
    text, ann, skipped = to_brat(ex)
    breaks = "\n\r\u2028"
    trimmed = set()
    for s in ex.spans:
        inner = [i for i in range(s.start, s.end) if ex.text[i] not in breaks]
        if inner:
            trimmed.add(Span(inner[0], inner[-1] + 1, s.label))
    assert set(from_brat(text, ann).spans) == trimmed
    assert skipped == sum(1 for s in ex.spans if all(ch in breaks for ch in ex.text[s.start : s.end]))
    # CoNLL: the text comes back exactly; the spans are the outermost ones
    lines, skipped = to_conll(ex)
    (back,) = read_conll(lines)
    assert back.text == ex.text
    want = outermost([(s.start, s.end, s.label) for s in ex.spans])
    assert [(s.start, s.end, s.label) for s in back.spans] == want
    assert skipped == len(ex.spans) - len(want)


# ---------------------------------------------------------------- read_spans feeds baokan eval


@pytest.mark.parametrize("fmt", ["doccano", "label-studio", "brat"])
def test_read_spans_scores_perfectly_in_eval(fmt, own_jsonl, tmp_path):
    """What a tool gives back, read by read_spans, is span gold that baokan eval scores."""
    from baokan.annotators.evaluation import parse_span_gold, score_spans

    res, out = export_to(fmt, own_jsonl, tmp_path)
    assert res.returncode == 0, res.stderr
    lines = [json.dumps(item, ensure_ascii=False) for item in read_spans(out, fmt)]
    score = score_spans(parse_span_gold(lines), [RECORD])
    for label, counts in score.labels.items():
        assert (counts.tp, counts.fp, counts.gold) == (counts.gold, 0, len(spans_of(RECORD, {label}))), label
