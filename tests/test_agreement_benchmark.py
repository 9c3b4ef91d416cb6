"""benchmarks/agreement.py scores each annotation pass like the tool: made-up gold, no page text needed."""

from __future__ import annotations

import json
import sys

from conftest import ROOT, load_script


def _benchmark():
    sys.path.insert(0, str(ROOT / "benchmarks"))
    return load_script(ROOT / "benchmarks" / "agreement.py", "agreement_benchmark")


def _span(start, text, label, status, title=None):
    span = {"start": start, "end": start + len(text), "label": label, "text": text, "status": status}
    return {**span, "title": title} if title else span


def _write(folder, stem, spans, passes):
    lines = [{"source": f"{stem}.txt", "sha256": "0" * 64}] + spans
    (folder / f"{stem}.spans.jsonl").write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines))
    for name, entities in passes.items():
        (folder / "passes" / name).mkdir(parents=True, exist_ok=True)
        judged = {"source": f"{stem}.txt", "entities": entities}
        (folder / "passes" / name / f"{stem}.json").write_text(json.dumps(judged, ensure_ascii=False))


def test_a_pass_is_scored_by_the_tool_rules(tmp_path):
    spans = [
        _span(0, "李明", "official", "must", title="青山县委书记"),
        _span(10, "青山县", "place", "must"),
        _span(20, "白水镇", "place", "must"),
        _span(30, "共同富裕", "slogan", "must"),
        _span(40, "高质量发展", "slogan", "neutral"),
    ]
    passes = {
        # the right official with a wrong title, one place of two, a neutral slogan and a false one
        "pass1": {
            "official": {"must": {"李明": "县长"}},
            "place": {"must": ["青山县"]},
            "slogan": {"must": ["高质量发展", "乡村旅游"]},
        },
        "pass2": {
            "official": {"must": {"李明": "青山县委书记"}},
            "place": {"must": ["青山县", "白水镇"]},
            "slogan": {"must": ["共同富裕"]},
        },
    }
    _write(tmp_path, "rmrb_20250422_p01", spans, passes)  # a held-out date
    rep = _benchmark().agreement(tmp_path)
    one, two = rep["passes"]["pass1"]["heldout"], rep["passes"]["pass2"]["heldout"]
    assert (one["official"]["tp"], one["place"]["tp"], one["place"]["gold"]) == (0, 1, 2)
    assert (one["slogan"]["tp"], one["slogan"]["fp"]) == (0, 1)
    assert all(two[label]["f1"] == 1.0 for label in ("official", "place", "slogan"))
    assert "fit" not in rep["passes"]["pass1"]


def test_the_benchmark_skips_without_passes(tmp_path, capsys):
    assert _benchmark().main(["--gold", str(tmp_path)]) == 0
    assert "skipped" in capsys.readouterr().err
