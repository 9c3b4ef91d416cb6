"""Person names in news text: where one starts or ends, and whose it is.

Chinese names are found next to a title (``省委书记易炼红``, ``习近平总书记``),
so the question here is always local: does a name start (or end) at this
offset, and how long is it? A name is 2–4 characters opening with a surname
from ``surnames.tsv`` (compound surnames such as 欧阳 included), cut where
jieba's part-of-speech tagger ends its name guess (``易炼红出席`` → 易炼红),
or a transliterated name joined by a middle dot (``居麦·阿卜力孜``) or a dash, or
written without one in the characters of ``transliteration.tsv`` (``米尔济约耶夫``,
``扎西次仁``). jieba only ever sees a few characters around the offset; where it
and the name's other mentions in the article disagree about a third character,
the other mentions decide (``韩永新要去`` / ``韩永新的``).

``person_words.tsv`` supplies the words that make a mention a private person
(``村民``, ``先生``) and the byline roles (``记者``, ``通讯员``).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Dict, FrozenSet, Optional, Tuple

from baokan.annotators.core import recache
from baokan.annotators.core.lexicon import read_table
from baokan.annotators.language import words
from baokan.annotators.language.chars import HAN, HAN_CHAR, HAN_RUN, surnames  # noqa: F401  (HAN: its old home)
from baokan.annotators.language.given_names import given_tail, guessed_adverb_tail
from baokan.annotators.language.list_items import item_cut, mid_list_item
from baokan.annotators.language.name_conjunctions import joint_at, opens_coordinate
from baokan.annotators.language.name_guards import (
    adverb_before,
    dictionary_word_run_on,
    function_word_opens,
    verb_and_pronoun,
)
from baokan.annotators.language.name_words import (  # noqa: F401  (flags, tag, person_words: their old home)
    EVERYDAY_FLAGS,
    GIVEN_NOT_FLAGS,
    LIST_LAST,
    LIST_SEPARATORS,
    NAME_FLAGS,
    NOT_NAME_FLAGS,
    RARE_CHAR,
    WORD_NAME_FLAGS,
    all_person_words,
    first_tag,
    head_tags,
    person_word_tuple,
    person_words,
    tag,
)
from baokan.annotators.language.occurrences import find_all
from baokan.annotators.language.syllables import (  # noqa: F401  (looks_transliterated, transliteration_chars: their old home)
    inside_syllables,
    looks_transliterated,
    transliteration_chars,
)
from baokan.annotators.language.yi_names import yi_name_before, yi_name_end

#: Middle dots that join the parts of a transliterated name (居麦·阿卜力孜).
DOTS = "·•‧・･"
#: Dashes that join the parts of a transliterated name (阿库福—阿多).
NAME_DASHES = "—－-"
_DOT_NAME = recache.compile(rf"[{HAN}]{{1,7}}(?:[{DOTS}][{HAN}]{{1,9}})+")
_DOT_NAME_BACK = recache.compile(rf"(?:[{HAN}]{{1,7}}[{DOTS}])+[{HAN}]{{1,9}}$")
_HAN_CHAR = HAN_CHAR
#: Sentence punctuation, which no byline holds.
_SENTENCE_MARK = recache.compile("[，。；！？,;!?]")
_A_DOT = recache.compile(rf"[{DOTS}]")  # any of DOTS: one search, not a generator over them


def surname_at(text: str, pos: int) -> int:
    """Length of the surname starting at ``pos``: 2 for a compound one, 1, or 0 for none."""
    table = surnames()
    if text[pos : pos + 2] in table and len(text) > pos + 2 and _HAN_CHAR.match(text[pos + 2]):
        return 2
    return 1 if text[pos : pos + 1] in table else 0


_HAN_OR_DOT_RUN = recache.compile(rf"[{HAN}{DOTS}]*")


def _clause_end(text: str, pos: int, limit: int) -> int:
    """The end of the run of Han characters and dots from ``pos``, at most ``limit`` long (one match,
    not one per character)."""
    stop = min(len(text), pos + limit)
    if pos >= stop:
        return pos
    run = _HAN_OR_DOT_RUN.match(text, pos, stop)
    return run.end() if run else pos  # the pattern matches the empty string: always a match


def _delimited(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a whole list item: a separator or a line end after it."""
    if end >= len(text):
        return True
    if text[end] in LIST_SEPARATORS + '。；;：:\n（(“”"）)' or text[end].isspace():
        return True
    return any(text.startswith(w, end) for w in ("等",) + LIST_LAST)


@lru_cache(maxsize=1)
def _name_ends() -> FrozenSet[str]:
    """Words a transliterated name stops before: verbs of saying and acting, and the
    ``name_end`` words of official_cues.tsv (在, 是, 会 …)."""
    ends = {r.get("word", "") for r in read_table("official_cues").rows if r.get("kind") == "name_end"}
    return frozenset(w for w in ends | person_words("say", "speech", "action") if w)


@lru_cache(maxsize=1)
def _name_ends_tuple() -> Tuple[str, ...]:
    """:func:`_name_ends` as a tuple, for ``str.startswith`` (all of them in one call)."""
    return tuple(sorted(_name_ends()))


def dot_name_at(text: str, pos: int) -> Optional[int]:
    """End of a transliterated name joined by middle dots starting at ``pos`` (居麦·阿卜力孜).

    jieba knows few such names, so the last part ends before the first word of
    saying, acting or function (``买买提·艾力会说`` → 买买提·艾力), or before a
    verb of two or more characters jieba finds there; it is at most 6 characters.
    """
    m = _DOT_NAME.match(text, pos)
    if not m:
        return None
    tail_start = pos + max(m.group().rfind(d) for d in DOTS) + 1
    tail = text[tail_start : m.end()]
    cut = min(len(tail), 6)
    stops = _name_ends_tuple()
    for i in range(1, cut):
        doubled = tail[i] in LIST_LAST and tail[i + 1 : i + 2] == tail[i]  # 孟和 + 和: the first is the name's
        if tail.startswith(stops, i) and not inside_syllables(tail, i, LIST_LAST) and not doubled:
            cut = i
            break
    off = 0
    for word, flag in tag(tail[: cut + 2]):
        verb = len(word) >= 2 and flag.startswith("v")
        if off >= 2 and verb and not inside_syllables(tail, off + len(word) - 1, LIST_LAST):  # 热合 of 热合曼
            cut = min(cut, off)
            break
        off += len(word)
    end = tail_start + cut if cut else None
    return end if end and looks_transliterated(text[pos:end]) else None


def _rare(char: str) -> bool:
    """Whether jieba's dictionary counts ``char`` as a rare word: a name's character
    (惹, 呷), not a common verb or adverb (来, 又), which are hundreds of times commoner."""
    return words.freq(char) < RARE_CHAR


def _stop_at(text: str, pos: int) -> bool:
    """Whether a name may end at ``pos``: punctuation, the text's end, or a stop word."""
    return pos >= len(text) or not _HAN_CHAR.match(text[pos]) or text.startswith(_name_ends_tuple(), pos)


def _end_before_stop(text: str, pos: int, ls: int) -> Optional[int]:
    """The end of a name of ``ls`` surname characters plus 2 (or 1) more that a verb of
    saying or acting, a list word or punctuation follows (``欧阳晓明说``, ``高兴夫出席``)."""
    stops = _name_ends_tuple() + LIST_LAST
    for given in (2, 1):
        end = pos + ls + given
        if end > len(text) or HAN_RUN.fullmatch(text[pos + ls : end]) is None:
            continue
        if any(text.startswith(stops, pos + ls + i) for i in range(given)):
            continue
        if end == len(text) or not _HAN_CHAR.match(text[end]) or text.startswith(stops, end):
            return end
    return None


def name_at(text: str, pos: int) -> Optional[int]:
    """The end of a person's name starting at ``pos``, or None.

    The guess from the few characters around ``pos`` is settled by the name's
    other mentions in ``text`` where they disagree about a third character:
    ``韩永新要去`` is 韩永新 when ``韩永新的`` is written elsewhere, and
    ``李锐刚来`` is 李锐 when ``李锐更`` is.

    Args:
        text (str): The article text.
        pos (int): Where the name would start (just after a title).

    Returns:
        Optional[int]: The exclusive end offset of the name.
    """
    end = _name_at_here(text, pos)
    ls = surname_at(text, pos) if pos < len(text) else 0
    if not ls or (end is not None and _A_DOT.search(text, pos, end) is not None):
        return end
    short, long = pos + ls + 1, pos + ls + 2
    if long > len(text) or HAN_RUN.fullmatch(text[pos:long]) is None:
        return end
    if (
        end in (None, short)
        and not _stop_at(text, short)
        and _confirmed(text, pos, long, whole=True)
        and not _everyday_three(text[pos:long])
    ):
        return long
    # (the shorter name must be no everyday word: 高兴 in 高兴地说 says nothing of 高兴夫)
    if (
        end == long
        and not words.is_word(text[pos:short])
        and not _confirmed(text, pos, long, whole=True)
        and _confirmed(text, pos, short, whole=False)
    ):
        return short
    return end


def _clean_end(text: str, end: int) -> bool:
    """Whether a name may end at ``end``: punctuation, the text's end, a stop word,
    a list word or 的 after it."""
    return _stop_at(text, end) or text.startswith(("的",) + LIST_LAST, end)


def _confirmed(text: str, pos: int, end: int, *, whole: bool) -> bool:
    """Whether ``text[pos:end]`` is written as a whole name somewhere else in ``text``.

    ``whole``: the other mention must end cleanly (:func:`_clean_end`); else it is
    enough that jieba ends a word there and the next character differs from the
    one after ``end`` here (李锐 in 李锐更 against 李锐刚).
    """
    whole_at, loose_by_next = _mentions(text, text[pos:end])
    if whole:
        return len(whole_at) > (pos in whole_at)
    mine = text[end : end + 1]
    return any(n and next_char != mine for next_char, n in loose_by_next.items())


@lru_cache(maxsize=1024)
def _mentions(text: str, name: str) -> Tuple[FrozenSet[int], Dict[str, int]]:
    """Where ``name`` stands as a word in ``text``: the starts of the mentions that end cleanly, and
    the number of mentions that end a word, by the character after them. Worked out once per text and
    name (a text's hash is computed once), so that a name met again and again costs its mentions once."""
    whole_at = set()
    loose_by_next: Dict[str, int] = {}
    for i in find_all(text, name):
        j = i + len(name)
        if _starts_word(text, i):
            clean = _clean_end(text, j)
            if clean:
                whole_at.add(i)
            if j < len(text) and (clean or (len(name) in words.boundaries(text[i : j + 3]) and not _rare(text[j]))):
                loose_by_next[text[j]] = loose_by_next.get(text[j], 0) + 1
    return frozenset(whole_at), loose_by_next


def _starts_word(text: str, i: int) -> bool:
    """Whether a word starts at ``i`` (not 张志 inside 扩张志向)."""
    if i == 0 or not _HAN_CHAR.match(text[i - 1]):
        return True
    lo = max(0, i - 2)
    return (i - lo) in words.boundaries(text[lo : i + 3])


def transliterated_at(text: str, pos: int) -> Optional[int]:
    """The end of a transliterated name starting at ``pos`` (米尔济约耶夫, 阿库福—阿多, 扎西次仁).

    The name is a run of transliteration characters (parts joined by a dash allowed),
    three or more long, or two that jieba takes for a name; it stops before a word
    of saying or acting or a function word, and must end where a word ends.
    """
    chars = transliteration_chars()
    end = pos
    while end < len(text) and end - pos < 12:
        if text[end] in chars:
            end += 1
        elif text[end] in NAME_DASHES and end > pos and text[end + 1 : end + 2] in chars and text[end + 1 : end + 2]:
            end += 1
        else:
            break
    for i in range(pos + 2, end):  # 巴特尔说: a stop word inside the run, unless the name goes on (阿不都热依木)
        if (
            text[i] not in NAME_DASHES
            and _stop_at(text, i)
            and not (text[i] in chars and (end - i >= 3 or _verb_after(text, end)))
        ):
            end = i
            break
    size = end - pos - sum(text[i] in NAME_DASHES for i in range(pos, end))
    if size < 2 or (size == 2 and first_tag(text[pos : end + 2]) != (text[pos:end], "nrt") and not joint_at(text, end)):
        return None
    if not (_clean_end(text, end) or joint_at(text, end) or (2 in words.boundaries(text[end - 2 : end + 3]))):
        return None
    return end


def _verb_after(text: str, pos: int) -> bool:
    """Whether a verb or punctuation follows ``pos``: 和 of 巴图孟和带领 (and of 巴图孟和出席会议) ends the name,
    while 和 of 巴特尔和书记某某 joins two people, as does 和 of 格桑和 + 有关部门 (a coordinate opens)."""
    if pos >= len(text) or not _HAN_CHAR.match(text[pos]):
        return True
    verb = first_tag(text[pos : pos + 4])[1].startswith("v") or words.word_tag(text[pos : pos + 2]).startswith("v")
    return verb and not opens_coordinate(text, pos)  # (出席会议 is one idiom to jieba: its 出席 a verb)


def _everyday_three(word: str) -> bool:
    """Whether a three-character run is a common everyday word (接待日), never a name."""
    return words.word_tag(word) in EVERYDAY_FLAGS and words.freq(word) >= 100


#: List words that transliterated names may open with (和 of Mongolian and Naxi names).
_JOINERS = frozenset("和与及")


def _plain_word(word: str) -> bool:
    """Whether ``word`` is a dictionary word that jieba does not tag as a name (列席, not 丽萍)."""
    return words.is_word(word) and not words.word_tag(word).startswith("nr")


def _name_at_here(text: str, pos: int) -> Optional[int]:
    """:func:`name_at` from the few characters around ``pos`` only."""
    if pos >= len(text) or not _HAN_CHAR.match(text[pos]):
        return None
    foreign = transliterated_at(text, pos)
    yi = yi_name_end(text, pos, foreign)  # 阿石拉比: a Yi clan and given name (language/yi_names.py)
    if yi:
        return yi
    native = _native_name_at(text, pos)
    if native == pos + 2 and (words.word_tag(text[pos:native]) in EVERYDAY_FLAGS or text[pos] == text[pos + 1]):
        native = None  # 特警方阵: surname 方 + 阵 is the everyday word 方阵, no name; nor 殷殷 (嘱托)
    if native == pos + 3 and (_everyday_three(text[pos:native]) or verb_and_pronoun(text, pos, native)):
        native = None  # 县长 + 接待日: a common word of three characters, no name; 民警 + 查到其: a verb and its object
    if (
        native is not None
        and (function_word_opens(text, pos, native, surname_at(text, pos)) or adverb_before(text, pos, native))
        and not mid_list_item(text, pos, text[pos:native], surname_at(text, pos))
    ):
        native = None  # 和 + 责任; 高兴 + 地 (说)
    if foreign and text[pos] in _JOINERS and _plain_word(text[pos + 1 : foreign]):
        foreign = None  # 委员 + 和 + 列席会议: a list's 和 before a word, no transliterated name
    if foreign and (native is None or (foreign > native and (foreign - pos >= 4 or _clean_end(text, foreign)))):
        return foreign
    return native


def _native_name_at(text: str, pos: int) -> Optional[int]:
    """A name that opens with a Han surname (or joined by middle dots) at ``pos``."""
    limit = _clause_end(text, pos, 12)
    if _A_DOT.search(text, pos, limit) is not None:
        end = dot_name_at(text, pos)
        if end:
            return end
    ls = surname_at(text, pos)
    if not ls:
        return None
    window = text[pos : min(limit, pos + 8)]
    if len(window) < 2:
        return None
    tagged = head_tags(window)  # (the first three words are all it reads)
    first, flag = tagged[0]
    in_list = text[pos - 1 : pos] == "、" or any(text.endswith(w, 0, pos) for w in LIST_LAST)
    # An item of a list of names (…、高兴夫、…) needs no guess beyond its length when its surname is a common one.
    item = len(window) <= 4 and len(window) > ls and _delimited(text, pos, pos + len(window))
    if item and (text[pos + len(window) : pos + len(window) + 1] == "、" or text[pos - 1 : pos] == "、"):
        if (
            surnames().get(text[pos : pos + ls])
            or ls == 2
            or (flag in NAME_FLAGS and len(first) == len(window))
            or mid_list_item(text, pos, window, ls)  # 、尚德山、: a rare surname jieba reads as an adverb
        ):
            # …but not an honorific or a verb after it (何维同志、)
            after = text[pos + len(window) : pos + len(window) + 1]  # (韦新和、: 和 is the name's)
            return pos + item_cut(window, ls + 1, _name_ends_tuple(), LIST_LAST, after)
    if flag in NAME_FLAGS and ls < len(first) <= 4 and not (len(first) - ls == 3 and words.is_word(first)):  # 毛遂自荐
        end = pos + len(first)
        # ...glued to the first character of a verb of saying (曹兵认 + 为, 贺旭说), unless a verb
        # starts right after it too (王志强 + 调研: 强调 is one, but so is 调研)
        if end - pos > ls + 1 and says_at(text, end - 1) and not says_at(text, end):
            return end - 1
        nxt, nflag = tagged[1] if len(tagged) > 1 else ("", "")
        stops = _name_ends()
        # jieba sometimes leaves the last character of a name apart: 欧阳明 + 辉, or a
        # rare character before a verb (吉木拉 + 惹 + 正带领), or glued to a verb (周德 + 明说).
        if (
            len(nxt) == 1
            and len(first) < 4
            and (
                (nflag in NAME_FLAGS and len(first) < ls + 2)
                or (_rare(nxt) and nxt not in stops and _stop_at(text, end + 1))
            )
            or (len(first) == ls + 1 and given_tail(nxt, nflag, _stop_at(text, end + 1), (tagged + (("", ""),) * 2)[2]))
            or (len(first) == ls + 1 and guessed_adverb_tail(nxt, nflag, says_at(text, end + 1)))
        ):
            return end + 1
        if (
            len(nxt) >= 2
            and len(first) < ls + 2
            and nxt[0] not in stops
            and text.startswith(_name_ends_tuple(), end + 1)  # 周德 + 明说, 林祥 + 国作 + 工作报告
            and not says_at(text, end)  # 曹兵 + 认为 is no 周德 + 明说
        ):
            return end + 1
        # ...or cut a verb apart: 童德 + 发 + 表示, where 发表 is a word and 表示 a verb of saying.
        if (
            len(nxt) == 1
            and len(first) < ls + 2
            and nxt not in stops
            and says_at(text, end + 1)
            and words.is_word(text[end : end + 2])
        ):
            return end + 1
        clean, elsewhere = _clean_end(text, end), _confirmed(text, pos, end, whole=True)
        return (
            None if dictionary_word_run_on(text, pos, end, nflag, clean_end=clean, named_elsewhere=elsewhere) else end
        )
    # A name that is also a word (黄河, 高山) after a common surname, with a verb after it.
    if (
        ls < len(first) <= 3
        and flag in WORD_NAME_FLAGS
        and surnames().get(text[pos : pos + ls])
        # a verb after it (会见 tagged n: a stop word), or no dictionary word: jieba's guess (陶力 + 深有体会)
        and (
            (len(tagged) > 1 and tagged[1][1].startswith("v"))
            or _stop_at(text, pos + len(first))
            or not words.is_word(first)
        )
        and first not in all_person_words()
    ):
        return pos + len(first)
    if len(first) == ls or in_list:
        end = _end_before_stop(text, pos, ls)
        if end:
            return end
    if len(first) == ls and len(tagged) > 1:
        given, gflag = tagged[1]
        # jieba took the surname as a name of its own: what follows is the given name
        # unless it is a verb, a preposition or a particle (立新 tagged as an adverb is fine).
        stop_flags = NOT_NAME_FLAGS if flag not in NAME_FLAGS else GIVEN_NOT_FLAGS
        place_like = gflag in ("ns", "nt") and flag not in NAME_FLAGS  # 吴 + 长江 is a name
        if 1 <= len(given) <= 2 and not gflag.startswith(stop_flags) and not place_like and given not in _name_ends():
            return pos + ls + len(given)
    # jieba made no name of it (房素 + 平 + 介绍): surname and two characters before a verb of saying or acting,
    # unless they are one everyday word.
    end = _end_before_stop(text, pos, ls)
    if (
        end
        and end - pos == ls + 2
        and says_at(text, end)
        and not (len(first) == end - pos and not flag.startswith(NAME_FLAGS + WORD_NAME_FLAGS))
    ):
        return end
    return None


def says_at(text: str, pos: int) -> bool:
    """Whether a verb of saying or acting (``表示``, ``介绍``, ``出席``) starts at ``pos``."""
    return text.startswith(person_word_tuple("say"), pos)


def name_before(text: str, end: int) -> Optional[int]:
    """The start of a person's name that ends at ``end`` (``习近平`` in ``习近平总书记``), or None."""
    start = end
    while start > 0 and end - start < 12 and (_HAN_CHAR.match(text[start - 1]) or text[start - 1] in DOTS):
        start -= 1
    if start == end:
        return None
    piece = text[start:end]
    if (yi := yi_name_before(text, end)) is not None:
        return yi  # 阿石拉比 + 书记: no Han surname opens it
    if _A_DOT.search(piece) is not None:
        m = _DOT_NAME_BACK.search(piece)
        return start + m.start() if m and looks_transliterated(m.group()) else None
    # The name is 2-4 characters from a surname: without one there, spare jieba the window.
    if not any(surname_at(text, s) for s in range(max(start, end - 4), end - 1)):
        return None
    window = text[max(start, end - 6) : end]
    tagged = tag(window)
    last, flag = tagged[-1]
    s = end - len(last)
    # jieba cut the surname off as a name of its own (赵 + 志强, 周 + 海燕: both tagged as names)
    if len(tagged) > 1 and flag in NAME_FLAGS and len(last) <= 2:
        first, first_flag = tagged[-2]
        if first_flag in NAME_FLAGS and surname_at(text, s - len(first)) == len(first):
            return s - len(first)
    if flag in NAME_FLAGS and 2 <= len(last) <= 4 and surname_at(text, s):
        return s
    return None


def is_private(text: str, start: int, end: int, *, left: int = 0) -> bool:
    """Whether the person at ``text[start:end]`` is named as a private person.

    ``村民老徐``, ``张先生``, ``小吴`` and ``老王`` are private people: a
    private-person word just before or after the name, or a familiar
    老/小 + surname form. A word before the name counts only from ``left`` on:
    a title right before a name may end like one (总工程师 holds 工程师).
    """
    name = text[start:end]
    if len(name) == 2 and name[0] in person_words("prefix") and name[1] in surnames():
        return True
    private = person_words("private")
    if len(name) > 2 and name[surname_at(text, start) or 1 :] in private:
        return True  # 民警 + 接 + 旅客: a verb before a private person's word, no surname and given name
    for n in (4, 3, 2, 1):
        if (start - n >= left and text[start - n : start] in private) or text[end : end + n] in private:
            return True
    return False
