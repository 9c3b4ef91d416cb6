"""The head of a campaign right after a quote: the quote is the campaign's code name.

A campaign head of the ``code_follow`` cues (专项行动, 行动, 战役) after a quote names it a campaign
(“净网”专项行动). Police and county papers put the kind of the campaign between the two: a verb of
policing or clean-up of two to four characters (“铁拳护城”打防行动, “清风”集中整治行动, “雷霆”打击整治专项行动).
Such a verb is one dictionary word that jieba tags a verb (v, vn: 打防, 清查, 严打) or two of them
(集中|整治), or a verb of the ``campaign_verb`` cues that jieba's dictionary tags otherwise (整治 n).
The same head after a run of quotes closed by 等 makes them code names, not examples
(“清风”“断链”等打击整治行动: :func:`quote_lists.in_examples`).

What is no such head: a launching verb (开展, 部署: 围绕“…”开展行动 launches an action, the quote is
its theme), a verb that the dictionary holds with the head as one word (采取行动, 付诸行动: a verb and
its object), and any verb after a quote that 把 or 将 puts before it (把“…”变成行动: the quote is the
verb's object, not a name).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from baokan.annotators.language import words

if TYPE_CHECKING:  # (quoted imports this module)
    from baokan.annotators.language.quoted import Cues

#: jieba tags of verbs.
_VERB_TAGS = ("v", "vn")
#: The lengths a campaign's verb may have.
_VERB_SIZES = (4, 3, 2)
#: Disposal markers: the quote after them is the object of the verb that follows it (把“…”变成行动).
_DISPOSAL = ("把", "将")


def _verb_word(word: str, cue: Cues) -> bool:
    """One dictionary word that is a verb, or a verb of the ``campaign_verb`` cues."""
    if word in cue.roles.get("campaign_verb", ()):
        return True
    return bool(words.freq(word)) and words.word_tag(word) in _VERB_TAGS


def _campaign_verb(verb: str, cue: Cues) -> bool:
    """Whether ``verb`` is a verb of two to four characters that may name a campaign's kind."""
    if verb in cue.roles.get("launch", ()):
        return False  # 开展行动: the verb launches the action
    if _verb_word(verb, cue):
        return True
    return len(verb) == 4 and _verb_word(verb[:2], cue) and _verb_word(verb[2:], cue)  # 集中|整治


def verb_campaign(after: str, before: str, cue: Cues) -> Optional[str]:
    """The verb and campaign head that ``after`` (the text right after a closing quote) opens with
    (打防行动, 集中整治行动), or None; ``before``: the clause right before the opening quote."""
    if before.endswith(_DISPOSAL):
        return None  # 把“…”变成行动
    for k in _VERB_SIZES:
        head = cue.starts_with(after[k:], "code_follow")
        if head is None:
            continue
        verb = after[:k]
        if not _campaign_verb(verb, cue):
            continue
        if words.freq(verb + head):
            continue  # 采取行动, 付诸行动: the dictionary's verb and object
        return verb + head
    return None
