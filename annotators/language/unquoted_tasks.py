"""Tasks of a central meeting or document printed without quotation marks (used by :mod:`baokan.annotators.slogans`).

:mod:`central_tasks` reads a central document's tasks where the paper quotes them (《建议》提出“加快甲”). Papers
print the same words without marks in two places the grammar still gives away (docs/labels.md, slogan, batch 3):

- **reported tasks**: the cue of :func:`central_tasks.cued` (a central meeting's or document's name, a verb of
  saying) and a comma or a colon, then the task sentence to its full stop: 党的二十届三中全会《决定》提出，构建同
  甲相适应的乙体制。 The cue's own sentence must name the document (a 《》 title or a central marker such as 中央,
  党的, “十五五”: a bare 会议要求，要… is too often a local meeting's report). The sentence must hold no quotation
  mark (a quote is :mod:`central_tasks`' own) and split into task clauses as a quote does
  (:func:`central_tasks.task_clauses`: each opening with a policy verb);
- **epigraphs**: a paragraph followed by a line ``——摘自`` and a central document (``central_marker`` words of
  ``central_tasks.tsv``: “十五五”规划建议): labels.md counts it as quoted, and its task clauses are each a slogan.
"""

from __future__ import annotations

from typing import List, Tuple

from baokan.annotators.core import recache
from baokan.annotators.language import central_tasks

#: How far back the cue's sentence is read for the document's name.
NAMED = 80
#: The verbs of saying that report a document's task.
_SAYING = ("提出", "强调", "要求", "指出", "明确", "部署")
#: A verb of saying, a comma or a colon, and an unquoted sentence up to its full stop (or a line's end).
_REPORTED = recache.compile(rf"(?:{'|'.join(_SAYING)})[，,：:]([^“”‘’\"。！？\n]{{4,120}})(?=[。；;\n])")
#: A paragraph, then (after blank lines) a line opening with ——摘自 and the source's name.
_EPIGRAPH = recache.compile(r"([^\n“”]{6,200})\n+[ \u3000]*——[ \u3000]*摘自([^\n]{2,40})")


def unquoted_task_spans(text: str) -> List[Tuple[int, int]]:
    """``(start, end)`` of the task clauses of central documents that ``text`` prints without quotation marks."""
    out: List[Tuple[int, int]] = []
    markers = central_tasks.task_cues().central_markers
    if any(verb in text for verb in _SAYING):
        for m in _REPORTED.finditer(text):
            start, end = m.span(1)
            before = central_tasks.sentence_before(text, start, NAMED, across_breaks=True)
            if "》" not in before and not any(marker in before for marker in markers):
                continue  # 会议要求，要甲: a meeting the sentence does not name, too often a local body's
            if central_tasks.cued(text, start, end):
                out += [(start + s, start + e) for s, e in central_tasks.task_clauses(text[start:end])]
    if "摘自" in text:
        for m in _EPIGRAPH.finditer(text):
            if not any(marker in m.group(2) for marker in markers):
                continue
            raw = m.group(1)
            inner = raw.strip(" \u3000")
            start = m.start(1) + raw.index(inner)
            out += [(start + s, start + e) for s, e in central_tasks.task_clauses(inner)]
    return out
