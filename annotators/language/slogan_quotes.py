"""Quoted phrases judged slogans, and their other mentions (used by :mod:`baokan.annotators.slogans`).

Every quoted phrase of an article is judged by :func:`baokan.annotators.language.quoted.judge` (or, on
request, by the fitted :mod:`baokan.annotators.language.quote_model`): :func:`judged_quotes`. A phrase judged
a slogan is a candidate with the lexicon's canonical form where the lexicon knows it, and its other
mentions in the article, quoted or not, are candidates too: :func:`quote_candidates`.
"""

from __future__ import annotations

from typing import Dict, List, Optional, Tuple

from baokan.annotators.core.document import WordFinder
from baokan.annotators.language import quote_model, quote_runs, quoted
from baokan.annotators.language.article_quotes import ArticleQuotes
from baokan.annotators.language.slogan_grammar import Candidate, _is_quoted


def _canonical_of_quote(text: str, q: quoted.Quote, known: Dict[str, str]) -> str:
    """A quoted phrase's canonical form: the lexicon's, also when the quote splits a
    lexicon form (“八五”普法 → 八五普法, “两山”理念 → 两山理念); else the phrase."""
    if q.inner in known:
        return known[q.inner]
    return quoted.joined_canonical(q.inner, text[q.end + 1 : q.end + 5]) or quoted.lexicon_canonical(q.inner) or q.inner


def _a_number(inner: str) -> bool:
    """Whether a quoted phrase is a special-service number of the national numbering plan, three digits from 1
    (“110”、“119”、“120”、“122”): it names a telephone line, never a formulation, whatever verdict its siblings share
    (“110”、“122”、“119”实现“三台合一”). A numbered work formula of four digits or more (“1234”工作法) is judged as
    any quote is."""
    return len(inner) == 3 and inner.isascii() and inner.isdigit() and inner[0] == "1"


def judged_quotes(
    text: str, quotes: Optional[ArticleQuotes] = None, model: bool = False
) -> List[Tuple[quoted.Quote, quoted.Judgement]]:
    """Every quoted phrase of ``text`` with its judgement (what :func:`quote_candidates` takes
    from, and what ``benchmarks/quoted_judgement.py`` measures).

    A quoted list (“A、B、C”) is judged as one phrase: a fixed list is one formulation
    (“文化强省、旅游强省”), and members of a loose list (“包吃包住、报销机票”) are not slogans
    one by one; members the lexicon knows are found by the lexicon. With ``model`` the fitted
    judgement (:mod:`baokan.annotators.language.quote_model`, off by default) gives the verdict.
    Quotes written side by side share the verdict of one taken (:mod:`baokan.annotators.language.quote_runs`).
    ``quotes``: the article's quotes and readings (:class:`ArticleQuotes`), when the caller holds them.
    """
    quotes = ArticleQuotes(text) if quotes is None else quotes
    series = quoted.parallel(text, quotes.quotes)
    single = quotes.single_task
    judged = [
        (q, quoted.judge(text, q.start, q.end, in_series=i in series, task=single(q.start, q.end)))
        for i, q in enumerate(quotes.quotes)
    ]
    fitted = quote_model.model() if model else None
    if fitted is not None:
        for q, verdict in judged:
            verdict.verdict = fitted.judge(text, q.start, q.end, verdict.features)[0]
    quote_runs.agree(text, judged)  # “农业+旅游”“农业+文创”等: siblings share the verdict
    return judged


def quote_candidates(
    text: str, known: Dict[str, str], quotes: Optional[ArticleQuotes] = None, model: bool = False
) -> List[Candidate]:
    """Quoted phrases judged slogans, and their other mentions in the text.

    Args:
        text (str): The article text.
        known (dict): Surface → canonical of lexicon slogans, so a quoted variant keeps its canonical form.
        quotes (ArticleQuotes, optional): The quotes of ``text`` and their readings, when found already.
        model (bool): Judge quotes by the fitted model (:mod:`baokan.annotators.language.quote_model`).
    """
    out: List[Candidate] = []
    found: Dict[str, str] = {}
    missed: List[quoted.Quote] = []
    for q, verdict in judged_quotes(text, quotes, model):
        if verdict.slogan and not _a_number(q.inner):
            canonical = _canonical_of_quote(text, q, known)
            out.append(Candidate(q.start, q.end, canonical, True, "quoted", 2))
            found[q.inner] = canonical
        else:
            missed.append(q)
    for q in missed:  # a phrase judged a slogan elsewhere in the article is one here too
        if q.inner in found:
            out.append(Candidate(q.start, q.end, found[q.inner], True, "quoted.again", 3))
    again = {phrase: canonical for phrase, canonical in found.items() if len(phrase) >= 4}
    at = WordFinder(again).find(text) if again else {}  # one pass for all the phrases
    for phrase, canonical in again.items():
        for start in at.get(phrase, ()):
            end = start + len(phrase)
            if not _is_quoted(text, start, end):
                out.append(Candidate(start, end, canonical, False, "quoted.again", 3))
    return out
