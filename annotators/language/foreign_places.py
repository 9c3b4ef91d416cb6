"""Foreign places written by sound, found right after their country (乌兹别克斯坦西部努库斯)."""

from __future__ import annotations

from functools import lru_cache
from typing import Dict, FrozenSet, List, Optional, Sequence, Tuple

from baokan.annotators.core import lexicon, recache
from baokan.annotators.language.place_grammar import GrammarName
from baokan.annotators.language.place_sound_edges import verb_follows
from baokan.annotators.language.place_words import CJK_CHAR, STOP, Boundaries, place_word

# ---------------------------------------------------------------- foreign names


#: Characters that say what a foreign name is, not how it sounds.
_NOT_SOUND = frozenset("国州市城山岛港湾河海湖江中大新东西南北金日本人民共和联合部首都的群")
#: Words between a country and a place in it: 乌兹别克斯坦|西部|努库斯, 某国|南部小城|某某.
_FOREIGN_LEAD = recache.compile(
    "(?:首都|首府|(?:东南部|西南部|东北部|西北部|东部|西部|南部|北部|中部)?"
    "(?:港口城市|海滨城市|边境城市|城市|港城|小城|小镇|古城|名城)?)?"
)
_FOREIGN_SUFFIX = "州市省港"
#: The level word of a foreign first-level region (大区: the regions of Chile, Peru, Italy and France).
_FOREIGN_REGION = "大区"
#: What may follow a foreign name: punctuation or a function word (努库斯|的).
_FOREIGN_AFTER = frozenset("的是和与及等在")
#: Facilities a foreign place names (汉班托塔|机场): the name ends where they begin.
_FACILITIES = ("机场", "港口", "码头", "火车站", "大桥", "工业园", "经济特区")


@lru_cache(maxsize=1)
def sound_chars() -> FrozenSet[str]:
    """Characters of transliterated names: ``sound_chars.tsv`` (from jieba's transliterated names)
    and those in three or more foreign names of ``geo_names.tsv``, less those that say what a
    place is (州, 城, 岛)."""
    seen: Dict[str, int] = {}
    geo = lexicon.read_table("geo_names").rows  # by column: no row's dict is made
    for name, kind in zip(geo.column("name"), geo.column("kind")):
        if kind in ("country", "foreign_city", "foreign_region"):
            for ch in set(name):
                seen[ch] = seen.get(ch, 0) + 1
    chars = {ch for ch, n in seen.items() if n >= 3} | set(lexicon.read_table("sound_chars").rows.column("char"))
    return frozenset(chars - _NOT_SOUND)


def _foreign_name(text: str, pos: int) -> Optional[Tuple[int, bool]]:
    """End of a transliterated name at ``pos`` (2 to 6 sound characters, one other allowed
    before a suffix), and whether it ends in a suffix (纳沃伊州, 泽拉夫善市)."""
    sounds = sound_chars()
    end = pos
    odd: List[int] = []  # offsets of characters no foreign name has
    while end < len(text) and end - pos < 7 and CJK_CHAR.match(text[end]):
        ch = text[end]
        if end - pos >= 2 and text.startswith(_FACILITIES, end):
            # a facility vouches for a name as a suffix does (汉班托塔|机场)
            sounded = sum(1 for c in text[pos:end] if c in sounds) >= 2
            return (end, False) if sounded and len(odd) <= min(2, (end - pos) // 2) else None
        if end - pos >= 2 and text.startswith(_FOREIGN_REGION, end):
            # a region's level word vouches as a suffix does (圣地亚哥|大区: Chile's, Peru's, Italy's regions)
            return (end + len(_FOREIGN_REGION), True) if len(odd) <= min(2, (end - pos) // 2) else None
        if ch in _FOREIGN_SUFFIX and end - pos >= 2:
            # a suffix vouches for up to two characters no foreign name has (泽拉夫善市)
            return (end + 1, True) if len(odd) <= min(2, (end - pos) // 2) else None
        if ch not in sounds:
            if len(odd) == 2 or ch in STOP or ch in _NOT_SOUND:
                break
            odd.append(end)
        end += 1
    if odd:  # without a suffix, one such character at most, and not the last (阿克套 but not 巴黎举)
        end = odd[1] if len(odd) > 1 else end
        if end == odd[0] + 1 and text[odd[0]] not in sounds:
            end = odd[0]
    if end - pos < 2 or sum(1 for ch in text[pos:end] if ch in sounds) < 2:
        return None
    if (
        end < len(text)
        and CJK_CHAR.match(text[end])
        and text[end] not in _FOREIGN_AFTER
        and not verb_follows(text, end)
    ):
        return None  # the run goes on into other words (but 阿巴坎|发出: a verb closes it)
    return end, False


def find_foreign(text: str, countries: Sequence[Tuple[int, int]]) -> List[GrammarName]:
    """Places of a foreign country written right after it, by sound: 乌兹别克斯坦|西部|努库斯,
    乌兹别克斯坦|中部|纳沃伊州|泽拉夫善市; or right before it as its place (阿克套|是|哈萨克斯坦的).

    Args:
        text (str): The article text.
        countries (Sequence[Tuple[int, int]]): Spans of foreign country names.
    """
    out: List[GrammarName] = []
    for _, cend in countries:
        lead = _FOREIGN_LEAD.match(text, cend)  # all optional: always a match
        pos = lead.end() if lead else cend
        while True:
            found = _foreign_name(text, pos)
            if found is None:
                break
            end, suffixed = found
            out.append(GrammarName(pos, end, kind="foreign"))
            if not suffixed:
                break
            pos = end  # 纳沃伊州 + 泽拉夫善市
            if text.startswith("、", end):  # a list of its cities, each with its suffix (A市、B市、C市)
                listed = _foreign_name(text, end + 1)
                if listed is None or not listed[1]:
                    break
                pos = end + 1
    return out + _introduced(text, countries)


#: What a place is called after its country (…的能源重镇, 第二大城市, 首都, 港口城市), not a person (…人, 总统).
_PLACE_NOUN = recache.compile("的[^，。；：！？、,.;:!?\\n]{0,8}?(?:城市|重镇|城|镇|首都|首府|港口|港|州|省|地区|门户)")


def _introduced(text: str, countries: Sequence[Tuple[int, int]]) -> List[GrammarName]:
    """A place written by sound and introduced as its country's town, port or region: 阿克套|是|哈萨克斯坦的
    能源重镇 (three or more transliteration characters, opened by a function word or punctuation)."""
    sounds = sound_chars()
    out: List[GrammarName] = []
    for cstart, cend in countries:
        end = cstart - 1
        if end < 3 or text[end] != "是" or not _PLACE_NOUN.match(text, cend):
            continue  # 伊兹巴萨罗夫是哈萨克斯坦人: a person, not a place
        last = text[end - 1]  # the country vouches for one last character no foreign name has (阿克|套)
        if not CJK_CHAR.match(last) or last in STOP or last in _NOT_SOUND:
            continue
        start = end - 1
        while start > 0 and text[start - 1] in sounds and end - start < 6:
            start -= 1
        opened = start == 0 or text[start - 1] in STOP or not CJK_CHAR.match(text[start - 1])
        if end - start >= 3 and opened:
            out.append(GrammarName(start, end, kind="foreign"))
    return out


#: Kinds of landform a foreign name written by sound may end in (图尔马莱山口, 阿姆河).
_LANDFORMS = recache.compile("山口|山脉|海峡|半岛|河|湖|湾")


def find_landforms(text: str) -> List[GrammarName]:
    """Foreign mountains, passes, rivers and lakes written by sound, with no country before them:
    three or more transliteration characters and a landform (图尔马莱山口)."""
    sounds = sound_chars()
    out: List[GrammarName] = []
    for m in _LANDFORMS.finditer(text):
        start = m.start()
        while start > 0 and text[start - 1] in sounds and m.start() - start < 6:
            start -= 1
        # the run opens after a function word or punctuation, not inside a name (喜|马拉雅山脉)
        if m.start() - start >= 3 and (start == 0 or text[start - 1] in STOP or not CJK_CHAR.match(text[start - 1])):
            out.append(GrammarName(start, m.end(), kind="foreign"))
    return out


def named_after_country(bounds: Boundaries, countries: Sequence[Tuple[int, int]]) -> List[GrammarName]:
    """Capitals named after their country (巴拿马城, 危地马拉城): the country and 城, which jieba's
    dictionary holds as one place name."""
    out: List[GrammarName] = []
    for start, end in countries:
        if bounds.text.startswith("城", end) and (start, end + 1) in bounds.words_over(start, end + 1):
            if place_word(bounds.text[start : end + 1]):
                out.append(GrammarName(start, end + 1, kind="foreign"))
    return out
