"""Plain record classes (annotators/core/plain.py) behave as the dataclasses they replaced, and a
one-page run imports neither dataclasses nor inspect."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
from typing import List, Optional

import pytest

from baokan.annotators.core.plain import Frozen, Plain


class Span(Plain):
    _fields = ("start", "end", "tags")
    _hidden = ("tags",)

    def __init__(self, start: int, end: int, tags: Optional[List[str]] = None) -> None:
        self.start, self.end = start, end
        self.tags: List[str] = [] if tags is None else tags


@dataclasses.dataclass
class SpanDC:
    start: int
    end: int
    tags: List[str] = dataclasses.field(default_factory=list, repr=False)


class Mark(Frozen):
    _fields = ("start", "inner")

    def __init__(self, start: int, inner: str) -> None:
        self.start, self.inner = start, inner


@dataclasses.dataclass(frozen=True)
class MarkDC:
    start: int
    inner: str


def test_plain_is_the_dataclass():
    a, b, c = Span(1, 2), Span(1, 2), Span(1, 3, ["x"])
    da, db, dc = SpanDC(1, 2), SpanDC(1, 2), SpanDC(1, 3, ["x"])
    assert (a == b, a == c, a != c) == (da == db, da == dc, da != dc) == (True, False, True)
    assert repr(a).replace("Span", "SpanDC") == repr(da) and "tags" not in repr(c)
    assert a.__eq__(da) is NotImplemented and a != (1, 2, [])
    with pytest.raises(TypeError):
        hash(a)
    moved = c.replace(start=0)
    assert (moved.start, moved.end, moved.tags) == (0, 3, ["x"]) and moved.tags is c.tags
    assert Span(1, 2).tags is not Span(1, 2).tags


def test_frozen_hashes_by_its_fields():
    assert Mark(1, "甲") == Mark(1, "甲") and hash(Mark(1, "甲")) == hash(Mark(1, "甲"))
    assert (
        len({Mark(1, "甲"), Mark(1, "甲"), Mark(2, "甲")})
        == 2
        == len({MarkDC(1, "甲"), MarkDC(1, "甲"), MarkDC(2, "甲")})
    )
    assert repr(Mark(1, "甲")).replace("Mark", "MarkDC") == repr(MarkDC(1, "甲"))


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
