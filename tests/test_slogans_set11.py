"""Slogan classes from set 11's misses and the rest of sets 5-10 (session 14, issue 19), on made-up text
in the style of local papers.

- A place's form of the modernisation goal printed with the national formula's verb keeps the verb
  (全面建设社会主义现代化新某省, like 全面建设社会主义现代化国家: docs/labels.md, s7 R2); another verb does not.
- Named formulas of the public record behind the misses, each document swept (news work of 2016, the
  procuratorate, grass-roots party and police work, 湖南 and 安徽 strategies of 2013-2024).
- A verb that confers a title confers every title of the run it opens (命名为“甲”和首批“乙”): each is an honour.
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


# ---------------------------------------------------------------- lexicon rows from the public record


def test_news_work_and_grass_roots_formulas(slogan_pipe):
    text = (
        "会议要求，要坚持党媒姓党，牢固树立监督者更要接受监督的意识，坚持把抓基层、打基础作为长远之计，"
        "推动农村基层党组织全面进步、全面过硬。"
    )
    got = slogan_forms(slogan_pipe, text)
    assert {"党媒姓党", "监督者更要接受监督", "抓基层、打基础", "全面进步、全面过硬"} <= set(got)


def test_policing_formulas(slogan_pipe):
    text = "该局以实战、实用、实效为导向，建设信息主导警务，群众记住了“有困难，找警察”这句话。"
    got = slogan_forms(slogan_pipe, text)
    assert {"实战、实用、实效", "信息主导警务"} <= set(got)
    assert any(g.startswith("有困难") for g in got)


def test_provincial_strategies(slogan_pipe):
    text = "全省上下深入实施创新引领、开放崛起战略，坚持科技打头阵，推进深层次改革和高水平开放。"
    got = slogan_forms(slogan_pipe, text)
    assert "科技打头阵" in got  # 深层次改革 and 高水平开放 stay out: ordinary prose on the corpus fit pages
    assert any(g.startswith("创新引领、开放崛起") for g in got)


# ---------------------------------------------------------------- a run of conferred titles


def test_a_later_title_of_one_conferred_run_is_an_honour(slogan_pipe):
    text = "该所先后被公安部命名为“全国公安楷模”和首批“枫桥式公安派出所”，所长多次受到表彰。"
    assert "枫桥式公安派出所" not in slogan_forms(slogan_pipe, text)


def test_a_title_after_other_words_is_still_the_campaign(slogan_pipe):
    text = "全市深入开展“枫桥式公安派出所”创建活动，推动警力下沉。"
    assert any(g.startswith("枫桥式公安派出所") for g in slogan_forms(slogan_pipe, text))
