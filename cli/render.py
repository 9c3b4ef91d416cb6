"""Terminal rendering with rich: an article's header, its body with entities coloured, and an entity table.

Works on plain record dicts (as read back from JSONL), so ``baokan show``
renders anything ``annotate`` wrote, in any unit.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from typing import Any, Dict, Iterable, List, Optional, Tuple

from rich.cells import cell_len
from rich.console import Console, ConsoleOptions, RenderResult
from rich.rule import Rule
from rich.table import Table
from rich.text import Text
from rich.theme import Theme

#: One theme style per label; plugins' labels fall back to ``baokan.entity``.
THEME = Theme(
    {
        "baokan.official": "bold magenta",
        "baokan.place": "green",
        "baokan.police_unit": "bold blue",
        "baokan.slogan": "yellow",
        "baokan.entity": "cyan",
        "baokan.kicker": "italic",
        "baokan.headline": "bold",
        "baokan.subtitle": "",
        "baokan.byline": "dim",
        "baokan.subhead": "bold underline",
        "baokan.caption": "dim italic",
        "baokan.continuation": "dim",
        "baokan.doc": "dim",
    }
)
HEADER_KINDS = {"kicker", "headline", "subtitle", "byline", "page"}
#: The widest articles are rendered by default: longer lines of Chinese are hard to read.
READING_WIDTH = 100


def label_style(label: str) -> str:
    return f"baokan.{label}" if f"baokan.{label}" in THEME.styles else "baokan.entity"


def make_console(
    *,
    color: str = "auto",
    stderr: bool = False,
    file=None,
    width: Optional[int] = None,
    max_width: Optional[int] = None,
    trim: bool = False,
) -> Console:
    """A console honouring ``--color`` (auto|always|never), NO_COLOR and FORCE_COLOR.

    Args:
        width (int, optional): Render at this many columns. Defaults to the terminal's (80 when not one).
        max_width (int, optional): At most this many columns when ``width`` is not given.
        trim (bool): Leave out the spaces at the end of lines (tables pad their cells). Defaults to False.
    """
    kwargs: Dict[str, Any] = {"theme": THEME, "stderr": stderr, "highlight": False}
    if file is not None or trim:
        target = file if file is not None else (sys.stderr if stderr else sys.stdout)
        kwargs["file"] = TrimmedLines(target) if trim else target
    if width:
        kwargs["width"] = width
    if color == "always":
        kwargs["force_terminal"] = True
        kwargs["no_color"] = False
    elif color == "never":
        kwargs["no_color"] = True
        kwargs["color_system"] = None
    console = Console(**kwargs)
    if not width and max_width and console.width > max_width:
        console.width = max_width
    return console


class Utf8Out:
    """Text written as UTF-8 to a binary stream that stays open (a TextIOWrapper would close it when collected)."""

    def __init__(self, stream: Any) -> None:
        self.stream = stream

    def write(self, text: str) -> int:
        self.stream.write(text.encode("utf-8"))
        return len(text)

    def flush(self) -> None:
        self.stream.flush()

    def isatty(self) -> bool:
        return self.stream.isatty()

    def fileno(self) -> int:
        return self.stream.fileno()


class TrimmedLines:
    """A text stream that drops the spaces at the end of each line written to it (before any colour codes)."""

    _TRAILING = re.compile(r" +((?:\x1b\[[0-9;]*m)*)\n")

    def __init__(self, stream: Any) -> None:
        self.stream = stream
        self._pending = ""

    def write(self, text: str) -> int:
        text = self._pending + text
        cut = text.rfind("\n") + 1
        self._pending = text[cut:]
        if cut:
            self.stream.write(self._TRAILING.sub(r"\1\n", text[:cut]))
        return len(text)

    def flush(self) -> None:
        if self._pending.strip(" "):
            self.stream.write(self._pending)
            self._pending = ""
        self.stream.flush()

    def isatty(self) -> bool:
        return self.stream.isatty()

    def fileno(self) -> int:
        return self.stream.fileno()

    def __getattr__(self, name: str) -> Any:
        return getattr(self.stream, name)


#: Characters no line may start with (行首禁则): closing marks and sentence-ending punctuation.
NO_LINE_START = frozenset("。，、；：？！…‥）」』】〕〉》〗〙”’．,.;:?!)]}%")
#: Characters no line may end with (行尾禁则): opening marks.
NO_LINE_END = frozenset("（「『【〔〈《〖〘“‘([{")
_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9.,%/:+-]*|\s|.", re.S)


def line_starts(text: str, width: int) -> List[int]:
    """Where lines after the first start when ``text`` is wrapped at ``width`` cells, by the rules of
    Chinese line breaking: no line starts with closing punctuation or ends with an opening mark
    (a character is carried down with it instead), a run of Latin letters and digits stays whole
    where it fits, and a space at a break is left out.
    """
    units = []  # (start, end, cells) of the unbreakable pieces
    for m in _WORD.finditer(text):
        cells = cell_len(m.group())
        if cells > width and len(m.group()) > 1:  # longer than a line: break it anywhere
            units += [(i, i + 1, cell_len(text[i])) for i in range(m.start(), m.end())]
        else:
            units.append((m.start(), m.end(), cells))
    starts: List[int] = []
    first, used, k = 0, 0, 0
    while k < len(units):
        if k == first or used + units[k][2] <= width:
            used += units[k][2]
            k += 1
            continue
        b = k  # break before unit k, or earlier to keep the rules
        while b > first + 1 and (text[units[b][0]] in NO_LINE_START or text[units[b - 1][1] - 1] in NO_LINE_END):
            b -= 1
        while b < k and text[units[b][0]].isspace():  # a space at the break is dropped, not carried down
            b += 1
        starts.append(units[b][0])
        first, used = b, sum(u[2] for u in units[b:k])
    return starts


class Wrapped:
    """A Text wrapped by :func:`line_starts`, each line ``indent`` cells in and without trailing spaces."""

    def __init__(self, text: Text, *, indent: int = 0) -> None:
        self.text = text
        self.indent = indent

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        width = max(4, options.max_width - self.indent)
        plain = self.text.plain
        for line in self.text.divide(line_starts(plain, width)):
            lead = len(line.plain) - len(line.plain.lstrip())
            line = line[lead:] if lead else line
            line.rstrip()
            line.no_wrap, line.overflow, line.end = True, "ignore", "\n"
            yield Text(" " * self.indent) + line if self.indent else line


def describe(entity: Dict[str, Any]) -> str:
    """The attributes of an entity worth showing, in one short line."""
    label = entity.get("label")
    parts: List[str] = []
    if label == "official":
        parts.append(entity.get("title") or "—")
    elif label == "place":
        parts += [entity.get(k) for k in ("full_name", "level", "code") if entity.get(k)]
    elif label == "police_unit":
        parts += [entity.get("kind") or ""]
        if entity.get("parents"):
            parts.append("< " + " < ".join(entity["parents"]))
    elif label == "slogan":
        if entity.get("canonical") and entity.get("canonical") != entity.get("text"):
            parts.append("→ " + entity["canonical"])
        if entity.get("quoted"):
            parts.append("quoted")
    return " ".join(p for p in parts if p)


def _key(entity: Dict[str, Any]) -> Tuple[str, str]:
    label = entity.get("label", "")
    return label, (entity.get("name") if label == "official" else None) or entity.get("text", "")


class EntityTable:
    """Entities of one or more articles, counted per label and value."""

    def __init__(self, entities: Iterable[Dict[str, Any]], *, title: Optional[str] = None) -> None:
        self.entities = list(entities)
        self.title = title

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        if not self.entities:
            yield Text("no entities", style="dim")
            return
        counts = Counter(_key(e) for e in self.entities)
        first: Dict[Tuple[str, str], Dict[str, Any]] = {}
        for e in self.entities:
            k = _key(e)
            # keep the most informative mention (an official's titled one)
            if k not in first or (not first[k].get("title") and e.get("title")):
                first[k] = e
        table = Table(title=self.title, expand=False, show_edge=False, pad_edge=False, box=None, header_style="bold")
        table.add_column("label", no_wrap=True)
        table.add_column("entity", overflow="fold", ratio=2)
        table.add_column("attributes", overflow="fold", ratio=3)
        table.add_column("n", justify="right", no_wrap=True)
        order = sorted(first, key=lambda k: (k[0], -counts[k], k[1]))
        for k in order:
            e = first[k]
            table.add_row(Text(k[0], style=label_style(k[0])), k[1], describe(e), str(counts[k]))
        yield table


def _body_text(text: str, entities: List[Dict[str, Any]]) -> Text:
    body = Text(text)
    # wider spans first, so a nested place inside a police unit keeps its own colour
    for e in sorted(entities, key=lambda e: -(e["end"] - e["start"])):
        body.stylize(label_style(e.get("label", "")), e["start"], e["end"])
    return body


class ArticleView:
    """One article: header (kicker, headline, subtitles, byline), body, entity table."""

    def __init__(self, record: Dict[str, Any], *, table: bool = True) -> None:
        self.record = record
        self.table = table

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        r = self.record
        where = f"{r.get('doc', '')} · article {r.get('article', 0)}"
        if r.get("continued_from"):
            where += f" · from page {r['continued_from']}"
        yield Rule(Text(where, style="baokan.doc"), align="left")
        if r.get("kicker"):
            yield Wrapped(Text(r["kicker"], style="baokan.kicker"))
        if r.get("headline"):
            yield Wrapped(Text(r["headline"], style="baokan.headline"))
        for sub in r.get("subtitles") or []:
            yield Wrapped(Text(sub, style="baokan.subtitle"))
        if r.get("byline"):
            people = ", ".join(
                f"{p['name']} ({p['role']})" if p.get("role") else p["name"] for p in r["byline"].get("people") or []
            )
            yield Wrapped(Text(r["byline"]["text"] + (f"  [{people}]" if people else ""), style="baokan.byline"))
        text = r.get("text", "")
        entities = r.get("entities") or []
        blocks = r.get("blocks") or [{"kind": "body", "start": 0, "end": len(text)}]
        body = [b for b in blocks if b.get("kind") not in HEADER_KINDS]
        if body:
            yield Text("")
        for b in body:
            inner = [
                {**e, "start": e["start"] - b["start"], "end": e["end"] - b["start"]}
                for e in entities
                if e["start"] >= b["start"] and e["end"] <= b["end"]
            ]
            t = _body_text(text[b["start"] : b["end"]], inner)
            kind = b.get("kind")
            if kind in ("subhead", "caption", "continuation"):
                t.stylize(f"baokan.{kind}")
                if kind == "caption":
                    t = Text("▣ ", style="baokan.caption") + t
            yield Wrapped(t, indent=0 if kind == "subhead" else 2)
        if r.get("continued_to"):
            yield Wrapped(Text(f"(continued on page {r['continued_to']})", style="baokan.continuation"))
        if self.table:
            yield Text("")
            yield EntityTable(entities)
        yield Text("")


class EntityLines:
    """Records of ``--unit entity``, shown as one table."""

    def __init__(self, records: List[Dict[str, Any]]) -> None:
        self.records = records

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        yield EntityTable(self.records)


def views(records: Iterable[Dict[str, Any]]):
    """Renderables for records of any unit."""
    pending_entities: List[Dict[str, Any]] = []
    for r in records:
        if "articles" in r and "text" not in r:
            for a in r["articles"]:
                yield ArticleView(a)
        elif "label" in r and "blocks" not in r:
            pending_entities.append(r)
        else:
            yield ArticleView(r)
    if pending_entities:
        yield EntityLines(pending_entities)


def render(records: Iterable[Dict[str, Any]], console: Console) -> None:
    for v in views(records):
        console.print(v)
