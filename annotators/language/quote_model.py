"""A fitted quote judgement: logistic regression over the features of a quote and its context.

The hand-written judgement (:func:`baokan.annotators.language.quoted.judge`) adds weights chosen by
hand. This module scores the same quote with weights fitted on real text
(``annotators/training/train_quote_model.py``, on the fitting dates of issue 19's entity gold), in
plain Python: no fitting happens at run time. The weights are a data file,
``annotators/data/quote_model.tsv``, whose header names how they were made.

Features (:func:`features`), each 0 or 1 unless said otherwise:

- ``h:NAME``: a feature of the hand judgement fired (``speech_punct``, ``head``, ``series`` …);
- ``score``: the hand judgement's score, divided by 5 and clipped to ±4 (the *combined* model only);
- ``len:…``: the phrase's length in buckets (1, 2, 3, 4, 5–6, 7–8, 9–10, 11–16, 17+);
- ``has:…``: what the phrase holds: digits, Latin letters, 、, a comma, ``+``, 的, a numeral first;
- ``items:…``: how many 、-items it lists, and whether they have one length;
- ``before:C`` / ``after:C``: the character right before the opening mark and right after the closing one;
- ``first:C`` / ``last:C``: the phrase's first and last characters;
- ``again``: the phrase is quoted more than once in the article; ``bare``: it also stands unquoted there;
- ``lexicon``: the slogan lexicon holds the phrase (alone, or with the characters after the quote);
- ``run``: another quote closes right before it or opens right after it (“A”“B”).

Character features are kept only when the training data held them often enough (the weight file
lists the kept ones; any other is ignored), so rare characters do not carry one page's words.
"""

from __future__ import annotations

import math
from functools import lru_cache
from typing import Dict, Optional, Tuple

from baokan.annotators.core import lexicon
from baokan.annotators.language.numeral_formulas import NUMERALS

#: The name of the weights' table in ``annotators/data``.
TABLE = "quote_model"
_LENGTHS = ((1, "1"), (2, "2"), (3, "3"), (4, "4"), (6, "5-6"), (8, "7-8"), (10, "9-10"), (16, "11-16"))


def _length(n: int) -> str:
    for top, name in _LENGTHS:
        if n <= top:
            return name
    return "17+"


def features(
    text: str, start: int, end: int, fired: Dict[str, float], *, combined: bool = False, residual: bool = False
) -> Dict[str, float]:
    """The features of the quote ``text[start:end]`` (marks right around it) whose hand judgement fired ``fired``.

    Args:
        text (str): The article text.
        start (int): Offset of the phrase (just after the opening mark).
        end (int): End of the phrase (the closing mark's offset).
        fired (dict): The hand judgement's features (``Judgement.features``).
        combined (bool): Add the hand judgement's score as one feature.
        residual (bool): Add the hand judgement's margin (score minus its threshold, clipped to ±10) as
            ``(offset)``, whose weight is fixed at 1: the other weights fit corrections to it.
    """
    inner = text[start:end]
    n = len(inner)
    out: Dict[str, float] = {f"h:{name}": 1.0 for name in fired}
    if residual:
        from baokan.annotators.language.quoted import THRESHOLD

        out["(offset)"] = max(-10.0, min(10.0, sum(fired.values()) - THRESHOLD))
    if combined:
        out["score"] = max(-4.0, min(4.0, sum(fired.values()) / 5.0))
    out[f"len:{_length(n)}"] = 1.0
    if any(ch.isdigit() for ch in inner):
        out["has:digit"] = 1.0
    if any("a" <= ch.lower() <= "z" for ch in inner):
        out["has:latin"] = 1.0
    for mark, name in (("、", "dun"), ("，", "comma"), (",", "comma"), ("+", "plus"), ("＋", "plus"), ("的", "de")):
        if mark in inner:
            out[f"has:{name}"] = 1.0
    if inner[:1] in NUMERALS:
        out["has:numeral_first"] = 1.0
    items = inner.split("、")
    if len(items) > 1:
        out[f"items:{min(len(items), 5)}"] = 1.0
        if len({len(i) for i in items}) == 1:
            out["items:same_length"] = 1.0
    out[f"before:{text[start - 2 : start - 1] or '^'}"] = 1.0
    out[f"after:{text[end + 1 : end + 2] or '$'}"] = 1.0
    out[f"first:{inner[:1]}"] = 1.0
    out[f"last:{inner[-1:]}"] = 1.0
    if n >= 2:
        marked = text.count(inner)
        quoted_count = text.count("“" + inner + "”") + text.count('"' + inner + '"')
        if quoted_count > 1:
            out["again"] = 1.0
        if marked > quoted_count:
            out["bare"] = 1.0
    from baokan.annotators.language import quoted

    if quoted.lexicon_canonical(inner) or quoted.joined_canonical(inner, text[end + 1 : end + 5]):
        out["lexicon"] = 1.0
    if text[start - 2 : start - 1] in ("”", '"') or text[end + 1 : end + 2] in ("“", '"'):
        out["run"] = 1.0
    return out


class Model:
    """Weights by feature name and a bias; :meth:`probability` of a quote being a slogan."""

    def __init__(
        self,
        weights: Dict[str, float],
        bias: float,
        threshold: float = 0.5,
        combined: bool = False,
        residual: bool = False,
    ) -> None:
        self.weights = weights
        self.bias = bias
        self.threshold = threshold
        self.combined = combined
        self.residual = residual

    def probability(self, feats: Dict[str, float]) -> float:
        z = self.bias + sum(self.weights.get(k, 0.0) * v for k, v in feats.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def judge(self, text: str, start: int, end: int, fired: Dict[str, float]) -> Tuple[bool, float]:
        """Whether the quote is a slogan by the model, and its probability."""
        p = self.probability(features(text, start, end, fired, combined=self.combined, residual=self.residual))
        return p >= self.threshold, p


@lru_cache(maxsize=1)
def model() -> Optional[Model]:
    """The shipped model (``quote_model.tsv``), or None when the table is absent or empty."""
    table = lexicon.read_table(TABLE)
    if not table.rows:
        return None
    weights = {r["feature"]: float(r["weight"]) for r in table.rows}
    bias = weights.pop("(bias)", 0.0)
    threshold = float(table.header.get("threshold", "0.5"))
    head = table.header
    return Model(weights, bias, threshold, head.get("combined", "no") == "yes", head.get("residual", "no") == "yes")
