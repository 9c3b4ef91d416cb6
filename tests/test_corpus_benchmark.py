"""benchmarks/corpus.py on made-up pages: two sets' pages of one file name are run and scored together."""

from __future__ import annotations

import hashlib
import json

from conftest import ROOT, load_script

NAME = "rmrb_20250105_p01"  # one file name in both folders (a fitting date, so the split is "fit")
PAGES = {
    "a": (
        "省委常委会召开会议",
        "李洁",
        "9月10日，省委常委会在杭州召开会议，研究部署下一阶段工作。",
        "会议强调，要抓好各项任务落实。",
    ),
    "b": (
        "全市秋粮收购进展顺利",
        "王浩",
        "连日来，宁波各地粮食收购工作有序推进，农民售粮积极性较高。",
        "目前全市已收购秋粮三十万吨。",
    ),
}
PLACE = {"a": "杭州", "b": "宁波"}


def _benchmark():
    return load_script(ROOT / "benchmarks" / "corpus.py", "corpus_benchmark")


def _make_set(folder, key):
    """A page, its article gold and its entity span gold (in ``folder/entities``)."""
    headline, person, first, last = PAGES[key]
    text = f"{headline}\n本报记者  {person}\n  {first}\n  {last}\n"
    folder.mkdir()
    (folder / f"{NAME}.txt").write_text(text, encoding="utf-8")
    article = {
        "kicker": None,
        "headline": headline,
        "subtitles": [],
        "byline_people": [person],
        "subheads": [],
        "captions": [],
        "body_starts": first,
        "body_ends": last,
        "continued_to": None,
    }
    gold = {"source": f"{NAME}.txt", "articles": [article], "joins": []}
    (folder / f"{NAME}.gold.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    start = text.index(PLACE[key])
    header = {"source": f"{NAME}.txt", "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest()}
    span = {"start": start, "end": start + len(PLACE[key]), "label": "place", "text": PLACE[key], "status": "must"}
    (folder / "entities").mkdir()
    lines = [json.dumps(header, ensure_ascii=False), json.dumps(span, ensure_ascii=False)]
    (folder / "entities" / f"{NAME}.spans.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_pages_of_one_name_in_two_folders_keep_their_own_records(tmp_path):
    bench = _benchmark()
    for key in PAGES:
        _make_set(tmp_path / key, key)
    pages = [pair for key in PAGES for pair in bench.find_pages(tmp_path / key, None)]
    assert [page.name for page, _ in pages] == [f"{NAME}.txt"] * 2
    records, _ = bench.run(pages, segment_only=False)
    assert len(records) == 2
    rep = bench.report(pages, records)
    fit = rep["splits"]["fit"]
    assert fit["pages"] == 2 and fit["ok"] == fit["all"] and fit["kinds"]["headline"] == [2, 2], rep["misses"]
    for key in PAGES:  # each set's entity gold is scored on its own page's records
        ents = bench.entity_report(records, tmp_path / key, tmp_path / key / "entities")
        place = ents["splits"]["fit"]["place"]
        assert (place["tp"], place["fp"], place["gold"]) == (1, 0, 1), (key, place)
