"""What a body sets as its goal in the frame 把…作为…目标 (used by :mod:`baokan.annotators.language.slogan_series`).

``把甲作为奋斗目标`` (始终把人民对美好生活的向往作为奋斗目标; 要把扩大某某规模作为重要政策目标) names 甲 a goal: the
grammar makes it a formulation, quoted or not (docs/labels.md: fixed formulas standing alone are must; *session 11*:
a phrase its sentence frames as a goal). Read:

- ``把`` and an object of :data:`MIN_GOAL` to :data:`MAX_GOAL` Han characters;
- ``作为``, ``列为`` or ``当作``, at most :data:`GAP` Han characters (奋斗, 重要政策, 经济社会发展) and ``目标``;
- not an object opened by an adverb of pace or degree (不断, 进一步, 逐步 …): the modifier never makes the must extent
  (labels.md, batch 5), and the bare goal, with the modifier, is the writer's paraphrase.
"""

from __future__ import annotations

from typing import List, Tuple

from baokan.annotators.core import recache
from baokan.annotators.language.chars import HAN

MIN_GOAL = 4
MAX_GOAL = 18
GAP = 8
#: Adverbs of pace or degree that may open the object (不断扩大甲): no goal's own words.
_PACE = ("不断", "进一步", "逐步", "持续", "加快", "努力", "更好", "切实")
_GOAL = recache.compile(rf"把([{HAN}]{{{MIN_GOAL},{MAX_GOAL}}}?)(?:作为|列为|当作)[{HAN}]{{0,{GAP}}}?目标")


def goal_frames(text: str) -> List[Tuple[int, int]]:
    """``(start, end)`` of every goal ``text`` frames with 把…作为…目标 (see the module's notes)."""
    if "把" not in text or "目标" not in text:
        return []
    return [m.span(1) for m in _GOAL.finditer(text) if not m.group(1).startswith(_PACE)]
