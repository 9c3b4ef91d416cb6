"""One definition of a Han character and one surname table, shared by every annotator."""

from __future__ import annotations

from baokan.annotators.language import bylines as bl
from baokan.annotators.language import chars, crf, names, place_grammar


def test_han_character_is_one_definition():
    han = ["中", "㐀", "䶵", "𠮷", "𪚥", "豈"]  # basic block, Extension A, Extension B, compatibility
    not_han = ["䷀", "a", "1", "，", "ア", "가", " "]  # a Yijing hexagram, Latin, digit, punctuation, kana, hangul
    for ch in han:
        assert chars.is_han(ch) and chars.HAN_CHAR.fullmatch(ch), ch
        assert crf.char_class(ch) == "H", ch
        assert place_grammar.CJK_CHAR.fullmatch(ch), ch
    for ch in not_han:
        assert not chars.is_han(ch) and not chars.HAN_CHAR.fullmatch(ch), ch
        assert crf.char_class(ch) != "H", ch
        assert not place_grammar.CJK_CHAR.fullmatch(ch), ch


def test_surnames_are_one_table_seen_the_same_everywhere():
    table = chars.surnames()
    if not table:  # the lexicon is not installed: nothing to compare
        assert not chars.single_surnames() and not chars.compound_surnames()
        return
    assert table["王"] == 1 and "欧阳" in table
    assert chars.single_surnames() | chars.compound_surnames() == set(table)
    assert bl.surnames() == (chars.single_surnames(), chars.compound_surnames())
    assert place_grammar.surnames() == chars.single_surnames()
    assert names.surnames() is table
    gazetteer = crf.load_gazetteer(("surnames",))
    assert gazetteer.surnames1 == chars.single_surnames()
    assert gazetteer.surnames2 == {s for s in table if len(s) == 2}


def test_han_run_start_reads_back_over_han_characters_only_and_at_most_as_far_as_asked():
    han_run_start = chars.han_run_start
    text = "会上，王立新、李明说"
    comma = text.index("、")
    assert han_run_start(text, comma, 10) == text.index("王")  # stops after the full-width comma
    assert han_run_start(text, comma, 2) == comma - 2  # no further than asked
    assert han_run_start(text, 3, 5) == 3  # a mark right before: an empty run
    assert han_run_start(text, 2, 5) == 0  # the text's start
