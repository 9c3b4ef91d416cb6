"""The disk cache of parsed tables, the lexicon automaton and the plugin list: hits, misses, pruning,
read-only folders."""

from __future__ import annotations

import os
import sys
import uuid
from pathlib import Path

import pytest
from conftest import SEED

from baokan.annotators.core import cache, lexicon, registry

TSV = "# name: t\n# source: a test\nword\tkind\n浙江\tplace\n杭州\tplace\n"


@pytest.fixture
def data(tmp_path, monkeypatch):
    """A fresh data package holding ``t.tsv``, and an empty cache folder; yields (package, tsv path)."""
    name = f"bk_tables_{uuid.uuid4().hex[:8]}"
    pkg = tmp_path / "site" / name
    pkg.mkdir(parents=True)
    (pkg / "__init__.py").write_text("", encoding="utf-8")
    (pkg / "t.tsv").write_text(TSV, encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path / "site"))
    monkeypatch.setenv("BAOKAN_CACHE", str(tmp_path / "cache"))
    monkeypatch.setattr(cache, "_warned", False)
    lexicon.read_table.cache_clear()
    yield name, pkg / "t.tsv"
    lexicon.read_table.cache_clear()
    sys.modules.pop(name, None)


def cached_tables(package: str):
    return sorted(cache.cache_dir().glob(f"table-{package}.t-*.marshal"))


def test_a_table_is_parsed_once_then_loaded_from_the_cache(data, monkeypatch):
    package, _ = data
    first = lexicon.read_table("t", package)
    assert [r["word"] for r in first.rows] == ["浙江", "杭州"] and first.header["source"] == "a test"
    assert len(cached_tables(package)) == 1
    lexicon.read_table.cache_clear()
    monkeypatch.setattr(lexicon, "parse_table", lambda *a: pytest.fail("parsed again despite the cache"))
    assert lexicon.read_table("t", package) == first


def test_a_changed_table_misses_the_cache(data):
    package, tsv = data
    lexicon.read_table("t", package)
    tsv.write_text(TSV.replace("杭州", "宁波"), encoding="utf-8")  # same size: only the time tells
    st = tsv.stat()
    os.utime(tsv, ns=(st.st_atime_ns, st.st_mtime_ns + 10**9))
    lexicon.read_table.cache_clear()
    assert [r["word"] for r in lexicon.read_table("t", package).rows] == ["浙江", "宁波"]
    assert len(cached_tables(package)) == 2  # the older file is kept as the one spare


def test_stale_files_of_a_kind_are_pruned_to_one_spare(tmp_path, monkeypatch):
    monkeypatch.setenv("BAOKAN_CACHE", str(tmp_path))
    old = []
    for i in range(4):
        p = cache.path_for("table-x", f"{i:016x}")
        p.write_bytes(b"")
        os.utime(p, ns=(10**18 + i * 10**9, 10**18 + i * 10**9))
        old.append(p)
    other_kind = cache.path_for("table-x-y", "f" * 16)  # a table whose name extends this one's
    other_kind.write_bytes(b"")
    pickle = tmp_path / f"table-x-{'e' * 16}.pickle"
    pickle.write_bytes(b"")
    new = cache.path_for("table-x", "a" * 16)
    cache.store(new, ("h", ["c"], []), stale=("pickle",))
    assert sorted(tmp_path.iterdir()) == sorted([new, old[3], other_kind])
    assert cache.load(new) == ("h", ["c"], [])


def test_a_read_only_cache_folder_still_works_and_warns_once(data, tmp_path, monkeypatch, capsys):
    package, _ = data
    (tmp_path / "file").write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("BAOKAN_CACHE", str(tmp_path / "file" / "sub"))
    for _ in range(2):
        lexicon.read_table.cache_clear()
        assert len(lexicon.read_table("t", package).rows) == 2
    cache.store(cache.path_for("other", "0" * 16), [1])
    err = capsys.readouterr().err
    assert err.count("warning") == 1 and "cannot cache" in err


def test_a_damaged_cache_file_is_rebuilt(data):
    package, _ = data
    lexicon.read_table("t", package)
    (path,) = cached_tables(package)
    path.write_bytes(b"\x00garbage")
    lexicon.read_table.cache_clear()
    assert len(lexicon.read_table("t", package).rows) == 2
    assert cache.load(path)[1] == ["word", "kind"]


def test_the_cached_automaton_finds_what_a_fresh_one_does(tmp_path, monkeypatch):
    monkeypatch.setenv("BAOKAN_CACHE", str(tmp_path))
    stale = tmp_path / f"lexicon-{'0' * 16}.pickle"  # an automaton of an earlier version
    stale.write_bytes(b"")
    text = SEED.read_text(encoding="utf-8")
    lexicon.lexicon.cache_clear()
    try:
        built = lexicon.lexicon()
        assert not stale.exists() and len(list(tmp_path.glob("lexicon-*.marshal"))) == 1
        lexicon.lexicon.cache_clear()
        loaded = lexicon.lexicon()
        assert loaded is not built
    finally:
        lexicon.lexicon.cache_clear()
    hits = loaded.find(text)
    assert hits == built.find(text) == lexicon.build_lexicon().find(text) and len(hits) > 100
    assert all(text[h.start : h.end] == h.surface for h in hits)
    assert loaded.lookup("杭州市") and ("divisions", 0) in loaded.lookup(
        lexicon.read_table("divisions").rows[0]["name"]
    )
    assert loaded.lookup("不是地名的词") == ()


def test_the_plugin_list_follows_entry_point_files(tmp_path, monkeypatch):
    info = tmp_path / "baokan_x-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: baokan-x\nVersion: 1.0\n", encoding="utf-8")
    eps = info / "entry_points.txt"
    eps.write_text("[baokan.annotators]\nx = baokan_x:X\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    before = registry._site_stamp()
    assert any(str(tmp_path) == s[0] for s in before)
    eps.write_text("[baokan.annotators]\nxy = baokan_x:XY\n", encoding="utf-8")  # rewritten in place
    assert registry._site_stamp() != before
    monkeypatch.setenv("BAOKAN_CACHE", str(tmp_path / "cache"))
    registry.installed.cache_clear()
    try:
        assert ("xy", "baokan_x:XY", "baokan-x") in registry.installed().entry_points
        assert registry.installed().version == registry._scan().version
    finally:
        registry.installed.cache_clear()


def test_a_table_is_loaded_once_however_it_is_asked_for():
    """Hit.rows passes the package, most callers do not: both must share one copy of divisions."""
    assert lexicon.read_table("divisions") is lexicon.read_table("divisions", lexicon.DATA_PACKAGE)
    assert lexicon.read_table("titles") is lexicon.read_table(table="titles", package=lexicon.DATA_PACKAGE)


def test_cached_regular_expressions_are_the_patterns_re_compiles(tmp_path, monkeypatch):
    import re

    from baokan.annotators import officials, police, slogans
    from baokan.annotators.core import recache
    from baokan.annotators.language import bylines, layout, names, place_grammar, place_roads, quoted, titles

    modules = (bylines, layout, names, officials, place_grammar, place_roads, police, quoted, slogans, titles)
    patterns = {(v.pattern, v.flags) for m in modules for v in vars(m).values() if isinstance(v, re.Pattern)}
    patterns.add((r"(?P<agency>本报|新华社)(?P<place>[\u3400-\u4dbf\u4e00-\u9fff]{1,6}?)讯", re.I))
    assert len(patterns) > 20
    monkeypatch.setenv("BAOKAN_CACHE", str(tmp_path))
    for name, value in (("_known", None), ("_used", {}), ("_missed", False)):
        monkeypatch.setattr(recache, name, value)
    saved = []
    monkeypatch.setattr(recache.atexit, "register", saved.append)
    fresh = {key: recache.compile(*key) for key in patterns}
    assert saved == [recache._save]
    recache._save()
    monkeypatch.setattr(recache, "_known", None)
    monkeypatch.setattr(recache, "_entry", lambda *a: pytest.fail("compiled again despite the cache"))
    for key in patterns:
        cached = recache.compile(*key)
        assert cached == fresh[key] == re.compile(*key)  # Pattern equality compares the compiled code
        assert cached.groupindex == re.compile(*key).groupindex
    match = recache.compile(r"(?P<agency>本报|新华社)(?P<place>[\u3400-\u4dbf\u4e00-\u9fff]{1,6}?)讯", re.I).search(
        "新华社北京讯"
    )
    assert match and match.group("place") == "北京"
    monkeypatch.setattr(recache, "_sre", None)  # no re internals: the plain way
    assert recache.compile(r"[\u3400-\u9fff]+") == re.compile(r"[\u3400-\u9fff]+")


def test_re_compile_goes_through_the_cache_only_within_for_imports(tmp_path, monkeypatch):
    import re

    from baokan.annotators.core import recache

    monkeypatch.setenv("BAOKAN_CACHE", str(tmp_path))
    monkeypatch.setattr(recache, "_known", None)
    plain = re.compile
    with recache.for_imports():
        assert re.compile is recache.compile
        inside = re.compile(r"([\u4E00-\u9FD5a-zA-Z0-9+#&\._%\-]+)", re.U)
        assert re.compile(b"[a-z]+") == plain(b"[a-z]+")  # bytes: the plain way, no recursion
    assert re.compile is plain
    assert inside == plain(r"([\u4E00-\u9FD5a-zA-Z0-9+#&\._%\-]+)", re.U)
    with pytest.raises(ImportError), recache.for_imports():
        import baokan_no_such_module  # noqa: F401
    assert re.compile is plain  # put back however the block ends


class _Planted:
    """Unpickling this creates a marker file: a stand-in for code someone planted."""

    def __init__(self, marker):
        self.marker = Path(marker)

    def __reduce__(self):
        return (Path.touch, (self.marker,))  # (not open(): its file object would never be closed)


def _plant_lexicon(marker) -> os.PathLike:
    import marshal
    import pickle

    path = cache.path_for("lexicon", lexicon._fingerprint())
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(marshal.dumps(("pyahocorasick", pickle.dumps(_Planted(marker)), (), b"", b"")))
    return path


@pytest.mark.parametrize("foreign", ["others may write it", "another user owns it"])
def test_a_cache_file_someone_else_could_have_written_is_never_unpickled(foreign, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("BAOKAN_CACHE", str(tmp_path / "cache"))
    monkeypatch.setattr(cache, "_distrusted", False)
    # daachorse's automaton loads from plain bytes; pyahocorasick's, the fallback, is unpickled
    monkeypatch.setattr(lexicon, "engine", lambda: lexicon._Pyahocorasick)
    marker = tmp_path / "planted-code-ran"

    # The user's own file is read (and its payload runs: what a foreign file must never do)
    path = _plant_lexicon(marker)
    path.chmod(0o600)
    lexicon.lexicon.cache_clear()
    try:
        lexicon.lexicon()
        assert marker.exists()
        marker.unlink()

        path = _plant_lexicon(marker)
        if foreign == "others may write it":
            path.chmod(0o666)
        else:
            if not hasattr(os, "chown") or os.geteuid() != 0:
                pytest.skip("planting a file of another owner needs root")
            os.chown(path, 4242, 4242)
        lexicon.lexicon.cache_clear()
        found = lexicon.lexicon().find("浙江省杭州市")
    finally:
        lexicon.lexicon.cache_clear()
    assert not marker.exists()
    assert found  # the automaton was rebuilt from the tables instead
    assert "ignoring cache file" in capsys.readouterr().err
    assert cache.trusted(path.stat())  # and the rebuilt file, written by this user, replaced it
