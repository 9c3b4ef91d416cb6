"""The record classes are msgspec Structs: what the code relies on of them (equality by fields, a hash
for the frozen ones, ``msgspec.structs.replace``, mutable defaults made afresh for each instance), and
a one-page run imports neither dataclasses nor inspect."""

from __future__ import annotations

import subprocess
import sys

import pytest
from msgspec.structs import replace

from baokan.annotators.core.document import Document
from baokan.annotators.language.place_candidates import Candidate
from baokan.annotators.language.quote_scan import Quote
from baokan.annotators.language.titles import Chain, Group
from baokan.annotators.officials import Found


def test_records_are_equal_by_their_fields_and_the_mutable_ones_unhashable():
    chain = Chain([Group(0, 2, 4)])
    assert Found(5, 7, "李四", chain, "officials.title") == Found(
        5, 7, "李四", Chain([Group(0, 2, 4)]), "officials.title"
    )
    assert Found(5, 7, "李四", chain, "a") != Found(5, 7, "李四", chain, "b")
    assert Group(0, 2, 4) != (0, 2, 4)
    with pytest.raises(TypeError):
        hash(Group(0, 2, 4))


def test_frozen_records_hash_by_their_fields():
    assert hash(Quote(1, 3, "平安")) == hash(Quote(1, 3, "平安"))
    assert len({Quote(1, 3, "平安"), Quote(1, 3, "平安"), Quote(2, 4, "平安")}) == 2
    with pytest.raises(AttributeError):
        Quote(1, 3, "平安").start = 0  # type: ignore[misc]


def test_replace_copies_the_other_fields():
    chain = Chain([Group(0, 2, 4)])
    found = Found(5, 8, "向苏珍", chain, "officials.title")
    moved = replace(found, start=6, name="苏珍")
    assert (moved.start, moved.end, moved.name, moved.source) == (6, 8, "苏珍", "officials.title")
    assert moved.chain is chain and found.name == "向苏珍"


def test_mutable_defaults_are_not_shared_and_fields_can_be_set():
    a, b = Document("a", "甲"), Document("b", "乙")
    a.layers.add("articles")
    a.scratch["x"] = 1
    assert b.layers == set() and b.scratch == {} and a.articles is not b.articles
    assert Chain().groups is not Chain().groups
    cand = Candidate(0, 2, "gazetteer")
    cand.accepted, cand.row = True, {"code": "110000"}
    assert (cand.accepted, cand.row, cand.rows, cand.length) == (True, {"code": "110000"}, (), 2)


def test_a_one_page_run_imports_no_dataclasses_nor_inspect(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text("本报北京1月5日电 记者张三报道：县委书记李四来到城关镇。\n", encoding="utf-8")
    code = (
        "import sys\n"
        "from baokan.cli.entry import annotate\n"
        f"sys.argv = ['annotate', {str(page)!r}, '-o', {str(tmp_path / 'out.jsonl')!r}]\n"
        "try:\n"
        "    annotate()\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(sorted({'dataclasses', 'inspect', 'orjson', 'json'} & set(sys.modules)))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.stdout.strip() == "[]", out.stderr[-2000:]
    assert (tmp_path / "out.jsonl").read_bytes().startswith(b'{"doc":')
