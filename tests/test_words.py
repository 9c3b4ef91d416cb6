"""baokan's word layer gives what jieba itself gives: the same cuts, counts, tags and name guesses.

baokan reaches jieba's dictionary through rjieba (cuts) and a marisa trie
(counts, tags), because jieba's own start-up costs more than a page; these
tests hold the two routes to jieba's answers on real news text.
"""

from __future__ import annotations

import logging
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import DATA, SEED, word_across_plainly

from baokan.annotators.language import words


def _pages():
    return [SEED.read_text(encoding="utf-8")] + [p.read_text(encoding="utf-8") for p in sorted(DATA.rglob("*.txt"))[:8]]


@pytest.fixture(scope="module")
def jieba_tk():
    import jieba

    jieba.setLogLevel(logging.WARNING)
    tk = jieba.Tokenizer()
    tk.tmp_dir = os.environ.get("BAOKAN_CACHE")
    tk.initialize()
    return tk


@pytest.fixture(params=["python", "rjieba"])
def engine(request, monkeypatch):
    """Each of the two cutters: jieba's Python code over the trie (the first pages), then rjieba."""
    monkeypatch.setattr(words, "_python_left", [10**9 if request.param == "python" else 0])
    return request.param


def test_cuts_equal_jiebas_on_news_pages(jieba_tk, engine):
    for page in _pages():
        assert words.cut(page) == jieba_tk.lcut(page)
        assert words.cut(page, hmm=False) == jieba_tk.lcut(page, HMM=False)
        for clause in re.split(r"[，。！？；：\n]", page)[:200]:
            want = [(s, e) for _, s, e in jieba_tk.tokenize(clause, HMM=False)]
            assert words.word_spans(clause, hmm=False) == want
            assert words.long_word_spans(clause, 7) == [(7 + s, 7 + e) for s, e in want if e - s > 1]
            assert words.word_spans(clause) == [(s, e) for _, s, e in jieba_tk.tokenize(clause)]


def test_boundaries_hold_both_edges_of_every_word():
    text = "浙江省杭州市公安局西湖区分局"
    cuts = words.boundaries(text)
    assert {0, 3, 6, 9, len(text)} <= cuts
    assert 1 not in cuts  # inside 浙江省


def test_counts_and_prefixes_equal_jiebas_dictionary(jieba_tk):
    freq = jieba_tk.FREQ
    sample = sorted(freq)[::97]  # words and mere word starts, spread over the dictionary
    assert len(sample) > 3000
    for w in sample:
        assert words.freq(w) == (freq.get(w) or 0), w
        assert words.starts_a_word(w) == (w in freq), w
    assert words.is_word("安康") and not words.is_word("阖家安")
    assert words.freq("来") > 100_000 > words.freq("惹")


def test_word_tags_come_from_the_dictionary():
    assert words.word_tag("安康") == "nr"  # why 安康 in 阖家安康 needs care
    assert words.word_tag("北京").startswith("ns")
    assert words.word_tag("阖家安") == ""


def test_name_guesses_equal_jieba_posseg_in_a_fresh_process():
    # A fresh process, so that baokan imports jieba.posseg first (with its table read
    # from the trie) and jieba.posseg's own default tagger is then checked as well.
    code = (
        "import sys, jieba, logging\n"
        "jieba.setLogLevel(logging.WARNING)\n"
        "from baokan.annotators.language import words\n"
        "text = open(sys.argv[1], encoding='utf-8').read()\n"
        "ours = words.tag(text)\n"
        "import jieba.posseg\n"
        "theirs = [(p.word, p.flag) for p in jieba.posseg.cut(text)]\n"
        "assert ours == theirs, [(a, b) for a, b in zip(ours, theirs) if a != b][:5]\n"
        "assert ('易炼红', 'nr') in ours\n"
        "print(len(ours))\n"
    )
    done = subprocess.run([sys.executable, "-c", code, str(SEED)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert int(done.stdout) > 1000


def test_a_read_only_cache_folder_still_gives_words(tmp_path: Path):
    cache = tmp_path / "ro"
    cache.mkdir()
    cache.chmod(0o500)
    code = "from baokan.annotators.language import words; print(words.freq('中国'), words.cut('在北京市朝阳区'))"
    env = {**os.environ, "BAOKAN_CACHE": str(cache / "sub")}
    if os.geteuid() == 0:  # root writes anywhere: point the cache at a file instead
        (tmp_path / "file").write_text("x")
        env["BAOKAN_CACHE"] = str(tmp_path / "file" / "sub")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("129470 ['在', '北京市', '朝阳区']")
    assert done.stderr.count("warning: cannot cache") == 1


def test_name_guesses_from_rjiebas_route_equal_jiebas_own(monkeypatch):
    # once rjieba is loaded, the tagger takes its word route over runs of Han characters from it
    windows = [page[i : i + 12] for page in _pages() for i in range(0, len(page) - 12, 2)]
    windows += ["做B超声检查", "侵华日军南京大屠杀遇难同胞纪念馆", "县长江峰介绍说", "𠀀的人", "2025年"]
    assert len(windows) > 2500
    monkeypatch.setattr(words, "_python_left", [10**12])
    plain = [words.tag(w) for w in windows]
    monkeypatch.setattr(words, "_python_left", [0])
    assert [words.tag(w) for w in windows] == plain


def test_the_first_tagged_words_equal_the_taggers_first(monkeypatch):
    windows = [page[i : i + n] for page in _pages() for i in range(0, len(page) - 8, 3) for n in (2, 4, 6, 8)]
    windows += ["县长张三说话", "尕让乡尕让河", "一二三四五六", "2025年市长", "张", "A股"]
    for python_left in (0, 10**12):  # rjieba's route, then the tagger alone
        monkeypatch.setattr(words, "_python_left", [python_left])
        assert [words.first_tag(w) for w in windows] == [words.tag(w)[0] for w in windows]
        for k in (1, 2, 3):  # a prefix of the tagger's pairs, at least k long (or all of them)
            for w in windows:
                head, full = words.head_tags(w, k), words.tag(w)
                assert head == full[: len(head)] and len(head) >= min(k, len(full)), (w, k)


def test_the_word_across_an_offset_equals_the_taggers(monkeypatch):
    windows = [page[i : i + 8] for page in _pages() for i in range(0, len(page) - 8, 3)]
    windows += ["县长张三说话", "书记李四同志", "各展所长的人", "2025年市长"]
    for python_left in (0, 10**12):  # rjieba's route, then the tagger alone
        monkeypatch.setattr(words, "_python_left", [python_left])
        for w in windows:
            for k in range(1, len(w)):
                assert words.word_across(w, k, words.tag) == word_across_plainly(words.tag, w, k), (w, k)


def test_the_faster_viterbi_equals_jiebas_on_news_text():
    words.posseg()
    import jieba.posseg as module  # the module baokan's tagger was made from
    from jieba.posseg.viterbi import viterbi as jiebas

    tables = (module.char_state_tab_P, module.start_P, module.trans_P, module.emit_P)
    runs = [m.group() for page in _pages() for m in re.finditer(r"[\u4e00-\u9fd5]{1,14}", page)][::2]
    runs += ["易炼红", "居麦阿卜力孜", "刀林荫", "斯蒂芬森", "巴音郭楞"]
    assert len(runs) > 300
    for run in runs:
        assert words.viterbi(run, *tables) == jiebas(run, *tables), run


def test_the_word_graph_from_the_trie_equals_jiebas(jieba_tk):
    tokenizer = words.posseg().tokenizer
    clauses = [c for page in _pages() for c in re.split(r"[^\u4e00-\u9fd5a-zA-Z0-9]+", page) if c]
    clauses += ["侵华日军南京大屠杀遇难同胞纪念馆", "阖家安康", "在北京市朝阳区", "做B超声检查", "𠀀的", "a"]
    assert len(clauses) > 500
    for clause in clauses:
        dag = tokenizer.get_DAG(clause)
        assert dag == jieba_tk.get_DAG(clause), clause
        ours, theirs = {}, {}
        tokenizer.calc(clause, dag, ours)
        jieba_tk.calc(clause, dag, theirs)
        assert ours == theirs, clause


def test_no_dictionary_word_is_longer_than_the_graph_looks(jieba_tk):
    assert max(map(len, jieba_tk.FREQ)) <= words.LONGEST_WORD


def test_jiebas_tables_from_the_cache_equal_its_own_modules(tmp_path: Path):
    # fresh processes: the first fills the cache (and places jieba's dicts), the second reads it (and
    # places the large tables by character); both must see jieba's own tables, and jieba's Viterbis
    # and baokan's must give the same over them as over jieba's own
    code = (
        "import sys\n"
        "from baokan.annotators.language import jieba_tables, words\n"
        "placed = jieba_tables.preload()\n"
        "words.posseg()\n"
        "files = jieba_tables._files()\n"
        "own = {name: jieba_tables._run(name, files[name]).P for name in jieba_tables.MODULES}\n"
        "for name in jieba_tables.MODULES:\n"
        "    assert sys.modules[name].P == own[name], name\n"
        "import jieba.finalseg, jieba.posseg\n"
        "from jieba.posseg.viterbi import viterbi\n"
        "assert jieba.posseg.emit_P is sys.modules['jieba.posseg.prob_emit'].P\n"
        "assert jieba.finalseg.emit_P is sys.modules['jieba.finalseg.prob_emit'].P\n"
        "tagger = ['jieba.posseg.' + n for n in ('char_state_tab', 'prob_start', 'prob_trans', 'prob_emit')]\n"
        "placed_tables = [sys.modules[n].P for n in tagger]\n"
        "for text in sys.argv[1:]:\n"
        "    assert words.viterbi(text, *placed_tables) == viterbi(text, *[own[n] for n in tagger]), text\n"
        "    assert viterbi(text, *placed_tables) == viterbi(text, *[own[n] for n in tagger]), text\n"
        "    finalseg = [own['jieba.finalseg.prob_' + n] for n in ('start', 'trans', 'emit')]\n"
        "    assert jieba.finalseg.viterbi(text, 'BMES', *finalseg) == jieba.finalseg.viterbi(\n"
        "        text, 'BMES', jieba.finalseg.start_P, jieba.finalseg.trans_P, jieba.finalseg.emit_P), text\n"
        "print(len(placed), type(jieba.posseg.emit_P).__name__, type(jieba.posseg.char_state_tab_P).__name__)\n"
    )
    texts = ["易炼红同志说", "居麦阿卜力孜", "刀林荫和斯蒂芬森", "巴音郭楞蒙古自治州", "𠀀的a"]
    env = {**os.environ, "BAOKAN_CACHE": str(tmp_path)}
    runs = [
        subprocess.run([sys.executable, "-c", code, *texts], capture_output=True, text=True, env=env) for _ in range(2)
    ]
    assert [r.returncode for r in runs] == [0, 0], runs[-1].stderr[-2000:]
    assert [r.stdout.split() for r in runs] == [["7", "dict", "dict"], ["7", "Emission", "ByChar"]]
    assert len(list(tmp_path.glob("jieba-tables-*.marshal"))) == 1


def test_the_word_ids_trie_gives_every_words_count(tmp_path: Path, monkeypatch):
    monkeypatch.setenv("BAOKAN_CACHE", str(tmp_path))
    words.word_ids.cache_clear()
    try:
        built = words.word_ids()  # a miss: built from the record trie, then cached
        words.word_ids.cache_clear()
        loaded = words.word_ids()  # memory-mapped from the cache
    finally:
        words.word_ids.cache_clear()
    assert loaded is not built and len(loaded[0]) == len(built[0]) > 300_000
    records = words.dictionary()
    for word in list(records.keys())[::997] + ["中国", "易炼红"]:
        found = records.get(word)
        expect = found[0][0] if found and word != words._TOTAL else None
        for trie, counts in (built, loaded):
            assert (counts[trie[word]] if word in trie else None) == expect, word


def test_jieba_imported_with_stand_ins_for_its_initialize_only_modules():
    """hashlib, tempfile and shutil are not imported with jieba (jieba_tables.deferred); what jieba
    took from them still works, and importing them afterwards gives the real modules."""
    code = """
import sys
from baokan.annotators.language import words
jieba = words._jieba()
assert not {"hashlib", "tempfile", "shutil"} & set(sys.modules), sorted(sys.modules)
assert jieba.md5(b"x").hexdigest() == "9dd4e461268c8034f5c8564e155c67a6"
assert jieba.tempfile.gettempdir()
import hashlib, shutil, tempfile
assert hashlib.md5(b"x").hexdigest() == "9dd4e461268c8034f5c8564e155c67a6"
assert type(tempfile).__name__ == "module" and hasattr(shutil, "move") and hasattr(tempfile, "mkstemp")
print("ok")
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.stdout.strip() == "ok", out.stderr
