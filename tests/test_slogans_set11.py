"""Slogan classes from set 11's misses and the rest of sets 5-10 (session 14, issue 19), on made-up text
in the style of local papers.

- A place's form of the modernisation goal printed with the national formula's verb keeps the verb
  (全面建设社会主义现代化新某省, like 全面建设社会主义现代化国家: docs/labels.md, s7 R2); another verb does not.
"""

from __future__ import annotations

from conftest import slogan_forms

# ---------------------------------------------------------------- the national verb before a place's goal


def test_the_national_verb_stays_with_a_places_goal(slogan_pipe):
    text = "全会强调，要团结带领全省人民，为全面建设社会主义现代化新吉林而不懈奋斗。"
    got = slogan_forms(slogan_pipe, text)
    assert "全面建设社会主义现代化新吉林" in got
    assert "社会主义现代化新吉林" not in got


def test_another_verb_stays_out(slogan_pipe):
    text = "大会提出，加快建设社会主义现代化新湖南，奋力谱写新篇章。"
    got = slogan_forms(slogan_pipe, text)
    assert "社会主义现代化新湖南" in got
    assert not any(g.startswith("加快") for g in got)


def test_a_provinces_goal_with_its_own_qualities(slogan_pipe):
    text = "省政协委员表示，将为全面建设社会主义现代化幸福美好新甘肃贡献智慧和力量。"
    got = slogan_forms(slogan_pipe, text)
    assert "全面建设社会主义现代化幸福美好新甘肃" in got
