"""Would-be names that are everyday words: a surname that opens a word of another kind.

A title is often followed by a word, not a name: ``书记温馨提示``, ``县长步履匆匆``,
``书记高兴地说``. Each guard here sees the would-be name and the text around it and
says whether it is such a word. They rely on jieba's dictionary only, so they hold
on any paper's pages.
"""

from __future__ import annotations

from baokan.annotators.language import words
from baokan.annotators.language.chars import surnames
from baokan.annotators.language.given_names import AFTER_FLAGS

#: jieba dictionary frequency from which a word is an everyday one (群众 in 向群众).
COMMON_WORD = 2000
#: How common a word must be for a would-be given name to cut into it (参会: 112 in jieba's dictionary).
RUN_ON_WORD = 100
#: jieba frequency from which a word after a rare surname that is a verb is the verb's object (令 + 全县).
VERB_OBJECT_WORD = 500
#: The particle that turns an adjective into an adverb (高兴 + 地 + 说).
ADVERB_PARTICLE = "地"
#: Pronouns that stand as a verb's object right after it (查到 + 其, 找到 + 他): they end no given name here.
OBJECT_PRONOUNS = frozenset("其他她它")


def function_word_opens(text: str, pos: int, end: int, ls: int) -> bool:
    """Whether a would-be name is a function word and an everyday word (和 + 责任,
    从 + 坚持, 那 + 阵子): a rare surname (``ls`` long) that jieba reads as a preposition,
    conjunction or pronoun, before a word of its own; or, two characters long, whose given
    name opens a common word that runs on past it (民警向 + 参会代表)."""
    tag = words.word_tag(text[pos])
    if ls == 1 and end - pos == 3 and tag.startswith("v") and not surnames().get(text[pos]):
        return verb_and_object(text, pos, end)
    if ls == 1 and end - pos == 2 and tag.startswith("v") and not surnames().get(text[pos]):
        # a rare surname that is a verb, a character and a figure: a measure (占 + 比 + 84.8%, 增 + 长 + 3%)
        return text[end : end + 1].isdigit()
    if ls != 1 or end - pos < 2 or not tag.startswith(("p", "c", "r", "u", "d")):
        return False
    if end - pos == 2 and tag.startswith(("p", "c")) and _surname_post(text, pos + 1, end):
        return True  # 陈书记 + 和 + 陈部长: a conjunction, then a surname and a post, no name 和陈
    if end - pos == 2:  # 向 + 参|会代表: the given name would cut a word that runs on past it
        return words.freq(text[pos + 1 : end + 1]) >= RUN_ON_WORD and not words.word_tag(text[pos:end]).startswith("nr")
    given = text[pos + 1 : end]
    # a common surname (向) needs a common word after it (向 + 群众), a rare one (和) any word
    return words.freq(given) >= COMMON_WORD if surnames().get(text[pos]) else words.is_word(given)


def verb_and_object(text: str, pos: int, end: int) -> bool:
    """Whether a three-character would-be name is a rare surname that jieba reads as a verb and a frequent
    word after it, the verb's object (令 + 全县, 接 + 旅客, 市领导 + 有 + 开会): no given name (管 + 海峰 is one:
    海峰 is no frequent word). A common surname (rank in surnames.tsv) is a surname whatever follows."""
    if end - pos != 3 or surnames().get(text[pos]) or not words.word_tag(text[pos]).startswith("v"):
        return False
    return text[pos] in surnames() and words.freq(text[pos + 1 : end]) >= VERB_OBJECT_WORD


def adverb_before(text: str, pos: int, end: int) -> bool:
    """Whether ``text[pos:end]`` is an adjective made an adverb (高兴地, 坚定地): a dictionary
    word and the particle 地, which ends no given name."""
    return end - pos >= 3 and text[end - 1] == ADVERB_PARTICLE and words.is_word(text[pos : end - 1])


def verb_and_pronoun(text: str, pos: int, end: int) -> bool:
    """Whether a three-character would-be name is a verb of jieba's dictionary and a pronoun, its object
    (民警 + 查到其已…, 找到他): a surname that opens a verb (查 of 查到) and a given name that ends in 其 or 他."""
    return end - pos == 3 and text[end - 1] in OBJECT_PRONOUNS and words.word_tag(text[pos : pos + 2]).startswith("v")


def dictionary_word_run_on(
    text: str, pos: int, end: int, next_flag: str, *, clean_end: bool, named_elsewhere: bool
) -> bool:
    """Whether a two-character would-be name is a word jieba's dictionary lists (温馨, 步履,
    华丽) that runs on into the sentence (温馨提示, 步履匆匆): no stop word or punctuation
    after it, and no mention of it as a name elsewhere in the text. Names that are dictionary
    words (汪洋, 高峰) stand before a verb of saying or acting, 在, 是, punctuation, or an adverb,
    a time word or a preposition (``next_flag``, jieba's flag of the word after it: 洪森 + 曾)."""
    if end - pos != 2 or clean_end or named_elsewhere or next_flag.startswith(AFTER_FLAGS):
        return False
    return words.is_word(text[pos:end])


def _surname_post(text: str, pos: int, end: int) -> bool:
    """Whether ``text[pos:end]`` is a surname that a post follows (陈 + 部长): a surname-and-post mention."""
    from baokan.annotators.language.titles import is_title  # (titles imports names, which imports this)

    return surnames().get(text[pos:end]) is not None and any(is_title(text[end : end + k]) for k in (2, 3))
