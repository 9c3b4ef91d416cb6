"""jieba.posseg's Viterbi over its character states, faster, with the same result
(:func:`baokan.annotators.language.words.tag` guesses names with it)."""

from __future__ import annotations

from operator import itemgetter
from typing import Collection, Dict, Final, FrozenSet, List, Optional, Set, Tuple

State = Tuple[str, str]
# The tables below are Final (filled in place, never rebound): compiled, each is read as a C
# global rather than looked up in the module's dict, some sixty thousand reads on a page.

_MIN_FLOAT: Final = -3.14e100  # jieba's score for a character a state never emits
_NEG_INF: Final = float("-inf")
#: The states as numbers, in the states' own order (so that ties go to the same state as in jieba's
#: ``max`` over ``(score, state)`` pairs): a number hashes and compares in a step, a tuple in several.
_STATES: Final[List[State]] = []
_NUMBER: Final[Dict[State, int]] = {}
_INTO: Final[List[Dict[int, float]]] = []  # by state: the states that lead into it, and the step's score
_FROM: Final[List[FrozenSet[int]]] = []  # by state: the states that lead into it
_TRANS: Final[List[Dict[int, float]]] = []  # by state: the states it leads to, and the step's score
_LEADS: Final[List[bool]] = []  # by state: whether it leads anywhere
_TOP: Final[List[float]] = []  # by state: the likeliest step into it
#: By state: whether every state that leads into it ends a word (E, S): true of a word's first
#: character (B, S), whose many ways in are weighed best first over the previous states that end a word.
_FROM_ENDS: Final[List[bool]] = []
_ENDS: Final[Set[int]] = set()  # the states that lead into a word's first character
_EMIT: Final[List[Dict[str, float]]] = []  # by state: jieba's emission scores (where they are plain dicts)
#: jieba's emission scores by character (jieba_tables.Emission.by_char), where the table has them so
_BY_CHAR: Final[List] = []
_ROWS: Final[Dict[str, Dict[int, float]]] = {}  # by character: its score in each state that emits it, by number
_START: Final[List[float]] = []  # by state: jieba's start scores
_CHAR_STATES: Final[Dict[str, List[int]]] = {}  # by character: its states (jieba's char_state_tab), as numbers
_STARTS: Final[Dict[str, Dict[int, float]]] = {}  # the first character's scores, by character
_STARTS_KEPT: Final = 1024  # characters kept in _STARTS (and in _CHAR_STATES, 4,096)


#: A ``(state, score)`` pair's score, the key of the best-first order (in C: no call per item)
_SCORE: Final = itemgetter(1)


def _build(start_p, trans_p, emit_p) -> None:
    _STATES.extend(sorted(set(trans_p) | set(start_p) | set(emit_p)))
    _NUMBER.update((y, i) for i, y in enumerate(_STATES))
    for y in _STATES:
        _INTO.append({})
        _TRANS.append({_NUMBER[z]: p for z, p in trans_p.get(y, {}).items()})
        _START.append(start_p.get(y, _NEG_INF))
    by_char = getattr(emit_p, "by_char", None)
    if by_char is not None:
        _BY_CHAR.append(by_char)
    else:
        _EMIT.extend(emit_p.get(y, {}) for y in _STATES)
    for i, nxt in enumerate(_TRANS):
        for z, p in nxt.items():
            _INTO[z][i] = p
    _LEADS.extend(bool(nxt) for nxt in _TRANS)
    _TOP.extend(max(into.values()) if into else _NEG_INF for into in _INTO)
    _FROM.extend(frozenset(into) for into in _INTO)
    _ENDS.update(i for i, nxt in enumerate(_TRANS) if any(_STATES[z][0] in "BS" for z in nxt))
    _FROM_ENDS.extend(into <= _ENDS for into in _FROM)


def _states_of(ch: str, states, trans_p) -> List[int]:
    """The character's states (all of ``trans_p``'s where jieba's table has none), as numbers."""
    found = _CHAR_STATES.get(ch)
    if found is None:
        found = [_NUMBER[y] for y in states.get(ch, trans_p.keys())]
        if len(_CHAR_STATES) < 4 * _STARTS_KEPT:
            _CHAR_STATES[ch] = found
    return found


def _emission(ch: str) -> Dict[int, float]:
    """The character's emission score in each state that emits it (jieba's ``emit_p[y][ch]``), by
    state number: read once per character, from the table by character where there is one."""
    row = _ROWS.get(ch)
    if row is None:
        if _BY_CHAR:
            row = {_NUMBER[y]: p for y, p in (_BY_CHAR[0].get(ch) or {}).items()}
        else:
            row = {y: emit[ch] for y, emit in enumerate(_EMIT) if ch in emit}
        if len(_ROWS) < 4 * _STARTS_KEPT:
            _ROWS[ch] = row
    return row


def _expect(prev: Dict[int, float]) -> Set[int]:
    """Every state some state of ``prev`` leads to (jieba's ``expect``)."""
    return set().union(*[_TRANS[x].keys() for x in prev if _LEADS[x]])


def viterbi(obs: str, states, start_p, trans_p, emit_p):
    """``jieba.posseg.viterbi.viterbi``, about ten times faster, with the same result.

    jieba weighs every state of the previous character against every state of
    this one, though each state is reached from only some; this looks up the
    states that lead into each one (built once from ``trans_p``), weighs them
    best first and stops where no later one can reach the best, and adds the
    same three numbers in the same order, so scores and ties come out exactly
    as jieba's (``tests/test_words.py`` compares the two): the best is the
    highest score, of equal scores the greatest previous state, as jieba's
    ``max`` over ``(score, state)`` pairs gives it.
    """
    if not _STATES:
        _build(start_p, trans_p, emit_p)
    first = _STARTS.get(obs[0])
    if first is None:  # the first character's scores are the same every time
        ch = obs[0]
        emits = _emission(ch)
        first = {y: _START[y] + emits.get(y, _MIN_FLOAT) for y in _states_of(ch, states, trans_p)}
        if len(_STARTS) < _STARTS_KEPT:
            _STARTS[ch] = first
    scores, paths = [first], [dict.fromkeys(first, -1)]
    for t in range(1, len(obs)):
        prev = scores[-1]
        ahead = prev.keys()
        ch = obs[t]
        emits = _emission(ch)
        # jieba's ``set(states) & expect``: the character's states that some state of ``prev`` leads
        # to, each asked of its own predecessors (two set-likes: the shorter side is walked)
        here: Collection[int] = [y for y in _states_of(ch, states, trans_p) if not ahead.isdisjoint(_FROM[y])]
        if not here:
            here = _expect(prev) or range(len(_STATES))
        now: Dict[int, float] = {}
        back: Dict[int, int] = {}
        ranked: Optional[List[Tuple[int, float]]] = (
            None  # prev's states best score first (all, and those that end a word): asked lazily
        )
        ends: Optional[List[Tuple[int, float]]] = None
        for y in here:
            em = emits.get(y, _MIN_FLOAT)
            into = _INTO[y]
            best: Optional[float] = None
            by0 = -1
            if len(into) < len(prev):
                for y0, p in into.items():
                    v = prev.get(y0)
                    if v is not None:
                        s = v + p + em
                        if best is None or s > best or (s == best and y0 > by0):
                            best, by0 = s, y0
            else:  # many lead here (a word's first character): best previous scores first, and
                # stop where even the likeliest step into ``y`` cannot reach the best so far
                # (sums round monotonically, so nothing later can beat or tie it)
                if ranked is None:
                    ranked = sorted(prev.items(), key=_SCORE, reverse=True)
                if _FROM_ENDS[y]:
                    if ends is None:
                        ends = [item for item in ranked if item[0] in _ENDS]
                    order = ends
                else:
                    order = ranked
                top = _TOP[y]
                for y0, score in order:
                    if best is not None and score + top + em < best:
                        break
                    step = into.get(y0)
                    if step is not None:
                        s = score + step + em
                        if best is None or s > best or (s == best and y0 > by0):
                            best, by0 = s, y0
            if best is None:  # nothing leads here: jieba's own arithmetic (minus infinity) decides
                best, by0 = max([(prev[y0] + _TRANS[y0].get(y, _NEG_INF) + em, y0) for y0 in prev if _LEADS[y0]])
            now[y] = best
            back[y] = by0
        scores.append(now)
        paths.append(back)
    prob, state = max((scores[-1][y], y) for y in paths[-1])
    route: List = [None] * len(obs)
    for i in range(len(obs) - 1, -1, -1):
        route[i] = _STATES[state]
        state = paths[i][state]
    return prob, route
