"""A verb before a bare station is no station's name (issue 19, set 5).

A station is named by the word before it (``魏塘派出所``, ``城关警务室``). When that word is a verb whose
subject stands right before it (``记者探访派出所``, ``安置点设置警务室``), the station is the verb's object
and has no name of its own. Stations that are named after a verb-like word (``解放派出所``,
``前进派出所``) stand after a verb, a preposition or punctuation (``来到解放派出所``, ``，前进派出所``), or
after a place that heads their chain, and keep their name.
"""

from __future__ import annotations

from baokan.annotators.language import words
from baokan.annotators.language.place_grammar import CJK_CHAR

#: jieba's tags of a verb (``v``) and a verbal noun (``vn``).
_VERB_TAGS = frozenset({"v", "vn"})
#: jieba's tags of a word that can be a verb's subject: nouns of any kind, pronouns, numerals and measures.
_SUBJECT_TAGS = ("n", "r", "m", "q")
#: How far back the subject is looked for (记者, 安置点).
_REACH = 4


def verb_before_station(text: str, start: int, pos: int) -> bool:
    """Whether ``text[start:pos]``, the would-be name before a station at ``pos``, is a clause's verb.

    True when the name's last word is a verb and either a word of its own stands before that verb
    inside the name (``点`` + ``设置``) or the word right before the name is a noun, pronoun or
    measure (``记者`` + ``探访``).
    """
    tagged = words.tag(text[start:pos])
    last, flag = tagged[-1]
    if flag not in _VERB_TAGS or len(last) < 2:
        return False
    if len(tagged) > 1:
        return True  # 点 + 设置 + 警务室: a subject and its verb, not a name
    if start == 0 or not CJK_CHAR.match(text[start - 1]):
        return False  # a station at a clause's start keeps a verb-like name (，前进派出所)
    before = words.tag(text[max(0, start - _REACH) : start])
    return bool(before) and before[-1][1].startswith(_SUBJECT_TAGS)


#: What opens a description of where a station lies, never its name: the superlative 最 (最西端, 最偏远).
_SUPERLATIVE = "最"


def superlative_before_station(text: str, start: int) -> bool:
    """Whether the would-be name of a station at ``start`` opens with the superlative ``最``
    (``某市最西端派出所``: the westernmost station, a description; issue 19, set 14)."""
    return text.startswith(_SUPERLATIVE, start)
