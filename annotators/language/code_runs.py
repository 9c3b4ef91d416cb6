"""Campaign code names in a run of quotes: 从“断卡”“断流”到“昆仑”“团圆”…… 一系列专项行动.

Police and procuratorial reports list the operations of a year by their code names, each in its own
quotation marks, side by side or joined by 、 和 到. The lexicon knows many operations by a written
form “X”行动 (“昆仑”行动, “团圆”行动); standing alone, a quoted 团圆 or 昆仑 is an everyday word, but
in a run beside another operation it is the operation's code name. A quote whose phrase is such a
code name counts when a quote next to it is a slogan already or another code name.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Dict, List, Optional, Sequence, Tuple

from baokan.annotators.core import lexicon, recache

#: A written form of an operation: its code name in quotation marks and the operation's head.
_CODE_FORM = recache.compile(r"^“([^“”]{2,6})”(?:专项)?行动$")
#: A quoted phrase of two to six characters (line breaks allowed: a loose quote).
MIN_NAME, MAX_NAME = 2, 6
_QUOTE = recache.compile(rf"“([^“”]{{{MIN_NAME},{MAX_NAME}}})”")
#: What may stand between two quotes of one run.
_JOINS = frozenset(("", "、", "和", "及", "到", "至", "，"))


@lru_cache(maxsize=1)
def code_names() -> Dict[str, str]:
    """Code name → the canonical form of its operation, from the lexicon's written forms “X”行动."""
    out: Dict[str, str] = {}
    rows = lexicon.read_table("slogans").rows  # two columns read, no row's dict made
    for canonical, variants in zip(rows.column("canonical"), rows.column("variants")):
        if "行动" not in variants:  # every written form ends so
            continue
        for form in variants.split(","):
            m = _CODE_FORM.match(form.strip())
            if m:
                out.setdefault(m.group(1), canonical)
    return out


def find(
    text: str, taken: Sequence[Tuple[int, int]], loose: Optional[Sequence[Tuple[int, int]]] = None
) -> List[Tuple[int, int, str]]:
    """``(start, end, canonical)`` of the code names in runs of quotes in ``text`` that no span of
    ``taken`` (the slogans chosen so far) covers; a code name counts beside a taken slogan or
    another code name. ``loose``: the article's loose quotes (:func:`quote_scan.scan_quotes`), when
    found already."""
    names = code_names()
    if "“" not in text or not names:
        return []
    if loose is None:
        quotes = [(m.start(1), m.end(1), m.group(1)) for m in _QUOTE.finditer(text)]
    else:
        quotes = [(s, e, text[s:e]) for s, e in loose if MIN_NAME <= e - s <= MAX_NAME]
    spans = set(taken)
    out: List[Tuple[int, int, str]] = []
    for i, (start, end, phrase) in enumerate(quotes):
        if phrase not in names or (start, end) in spans:
            continue
        neighbours = []
        if i > 0 and text[quotes[i - 1][1] + 1 : start - 1] in _JOINS:
            neighbours.append(quotes[i - 1])
        if i + 1 < len(quotes) and text[end + 1 : quotes[i + 1][0] - 1] in _JOINS:
            neighbours.append(quotes[i + 1])
        if any((s, e) in spans or p in names for s, e, p in neighbours):
            out.append((start, end, names[phrase]))
    return out
