"""Numeral formulas: 三农, 两个维护, 四议两公开, 一村一警, 十四五 — and the numeral phrases that are not.

A numeral opens many formulations of Chinese politics, and as many times, ages, amounts,
idioms and everyday words (五年, 三岁, 十字路口, 三角). The quote judgement (:mod:`quoted`)
asks these two questions of a quoted phrase that opens with a numeral.
"""

from __future__ import annotations

from baokan.annotators.core import recache
from baokan.annotators.language.chars import HAN_CHAR
from baokan.annotators.language.quote_shape import one_window

NUMERALS = "一二三四五六七八九十两双百千万零"
#: After a numeral these make a time, age or amount, not a formula (五年, 三岁, 十次), or a count of
#: a headline's moves (“三招连环”, 五招破解).
COUNT_UNITS = set("年月日天周岁次倍成元人名户家号点分秒招")
MEASURES = set("个项大支条类种张化心")
#: A count and 节 names festivals that fall together (两节: New Year and Spring Festival; 双节): a season of
#: the calendar, not a formula (“两节”安保 is the holiday period's security work).
FESTIVALS = set("节")
#: Counts before 零 that make a target set (三零 creation of villages without petitions, accidents
#: and cases; 五零), not a number (二零二五 is a year, 五零后 a generation and no two-character quote).
ZERO_COUNTS = set("两三四五六七八九")
DIGITS = recache.compile(r"^[0-9０-９]{2,5}$")
#: A count of one or two Arabic digits before a measure word of numbered sets (7个专项行动, 3大工程).
COUNTED_DIGITS = recache.compile(r"^([1-9１-９][0-9０-９]?)[个项大条类种支]")
#: jieba's count above which a two-character numeral phrase is an everyday word (三角 613,
#: 两头 606), not a short formula that the dictionary happens to hold (三农 86, 三北 35).
COMMON_WORD = 300
_CJK = HAN_CHAR


def is_numeral_formula(inner: str) -> bool:
    """三支队伍, 两个维护, 两队一室, 四议两公开, 五水共治, 双减, 三零 — not 五年, 三岁."""
    if DIGITS.match(inner):
        return not inner.endswith("00")  # 141, 1612 — not an amount (8000)
    counted = COUNTED_DIGITS.match(inner)
    if counted:  # “7个专项行动”, “3大工程”: a count in Arabic digits, read as one in Han numerals
        return is_numeral_formula("三" + inner[counted.end(1) :])
    if not inner or inner[0] not in NUMERALS or inner[0] == "零" or len(inner) > 10:
        return False  # 零 opens claims and targets (零甲醛, 零门槛), not formulas
    rest = inner.lstrip(NUMERALS)
    if not rest:  # 十四五, 十三五: a plan period; other numerals alone are dates (五一, 九一八)
        # a count of zeros is a safety-creation target (三零: 零上访、零事故、零案件; 五零)
        return (
            (len(inner) in (3, 4) and inner[0] == "十" and inner[-1] == "五")
            or (len(inner) == 2 and inner[1] == "零" and inner[0] in ZERO_COUNTS)
            or magnitude_ladder(inner)
        )
    if rest[0] in COUNT_UNITS and not (len(inner) == 4 and inner[2] == inner[0] and inner[3] not in COUNT_UNITS):
        return False  # a unit repeated with its numeral is a frame: 一户一策, 一人一档
    if inner[0] in "一双" and not any(ch in NUMERALS for ch in inner[1:]):
        # 一 and 双 open everyday words (一以贯之, 一键直达, 双轨并行): without a second
        # numeral only a short 双 formula counts (双减, 双循环)
        return (inner[0] == "双" and len(inner) <= 3 and bool(_CJK.fullmatch(inner[-1]))) or one_window(inner)
    if rest[0] in MEASURES or (len(inner) in (2, 4) and len(inner) - len(rest) == 1):
        return True  # 三农, 五水共治; not 千万游客, where the numerals are an amount
    if len(inner) == 3 and inner[0] in ACTION_COUNTS and counted_action(inner):
        return True  # 五落实, 三到位, 四统一: a count of what a body must carry out
    return any(ch in NUMERALS for ch in rest[1:])  # a second numeral: 四议两公开, 一村一警


#: Numerals that count the actions of a requirement (五落实: plan, textbook, hours, teachers and funds all carried out);
#: 一 and 双 open everyday words instead.
ACTION_COUNTS = frozenset("两三四五六七八九十")
#: jieba's count from which the two characters after the numeral are a word of their own (落实 2219, 到位 852).
ACTION_WORD = 100


def counted_action(inner: str) -> bool:
    """Whether a numeral and two characters count actions (五落实, 三到位, 四统一): the two are a common word of
    their own and no noun (三兄弟, 三方面 count things), and the three are no word of the dictionary that the numeral
    belongs to (三明治; 四合院 has no word after 四)."""
    from baokan.annotators.language import words

    rest = inner[1:]
    if len(rest) != 2 or words.freq(rest) < ACTION_WORD or words.is_word(inner):
        return False
    word, flag = words.first_tag(rest)
    return word == rest and not (flag.startswith("n") or flag in ("m", "q", "t", "r"))


def short_formula(inner: str) -> bool:
    """Whether a numeral formula is a numeral and one or two characters (三包, 双刃剑, 双减), as often a word as a
    formula; a count of actions (五落实: :func:`counted_action`) is no word."""
    short = len(inner) <= 3 and inner[1:2] not in MEASURES and not any(ch in NUMERALS for ch in inner[1:])
    return short and not (len(inner) == 3 and counted_action(inner))


#: Orders of magnitude, rising: a tiered programme names its tiers by them (百千万工程: a hundred towns, a
#: thousand villages, ten thousand households).
MAGNITUDES = "十百千万"


def magnitude_ladder(inner: str) -> bool:
    """Three or four orders of magnitude, rising, and nothing else (百千万, 十百千万): a tiered programme's name,
    not an amount or an idiom (千千万万 repeats, 万千 falls)."""
    at = [MAGNITUDES.find(ch) for ch in inner]
    return len(inner) >= 3 and min(at) >= 0 and all(a < b for a, b in zip(at, at[1:]))


def numeral_word(inner: str, dict_word=None) -> bool:
    """Whether a phrase that opens with a numeral is an everyday word or saying, not a formula.

    An idiom with numerals (十字路口, 五湖四海) or a saying built on one (一草一木皆…); of two
    characters only a frequent word (三角, 两头), as a short formula is often in the dictionary
    too but rarely written (三农); of three, also a frequent word and one more character
    (双腿走), unless the second character counts (两个…)."""
    from baokan.annotators.language import words

    if magnitude_ladder(inner):
        return False
    common = words.freq(inner[:2]) >= COMMON_WORD and inner[1:2] not in MEASURES
    if len(inner) == 2:
        return common or inner[1] in FESTIVALS
    said = len(inner) >= 5 and words.is_word(inner[:4])
    return (dict_word or words.is_word)(inner) or (len(inner) == 3 and common) or said
