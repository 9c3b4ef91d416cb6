"""The disk cache: data derived from files (parsed tables, the compiled lexicon, the plugin list), kept between runs.

A cache file is named ``KIND-DIGEST.EXT``; the digest hashes whatever the data
was derived from (file sizes and modification times, baokan's version,
:data:`FORMAT`), so a changed source misses the cache and the data is rebuilt.
Writing a file deletes the older files of its kind but one, so stale versions
do not pile up, and two installs that share the folder do not evict each other.
The cache is an optimisation only: a folder that cannot be written costs time,
never a result, and says so once per process.

Some cached values are unpickled (the lexicon automaton, the CRF's gazetteer), and
unpickling runs code. So a file is read only when the user running baokan owns it
and nobody else may write it (:func:`read`); any other file is ignored as a miss,
with one warning line per process, and rebuilt.
"""

from __future__ import annotations

import gc
import marshal
import os
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator, Optional, Sequence

try:  # CPython's built-in module: hashlib would load OpenSSL first, ~3 ms of every start-up
    from _blake2 import blake2b
except ImportError:  # pragma: no cover
    from hashlib import blake2b

#: Bumped whenever the layout of anything cached changes.
FORMAT = 1
#: Files of one kind kept besides the one just written.
KEEP_OLDER = 1
_DIGEST = 16  # hex characters of a digest in a file name

_warned = False
_distrusted = False


def cache_dir() -> Path:
    """Where baokan's caches live (``BAOKAN_CACHE`` overrides)."""
    root = os.environ.get("BAOKAN_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"), "baokan"
    )
    return Path(root)


def digest(*parts: object) -> str:
    """A short hash of ``parts`` (their repr), for a file name."""
    return blake2b(repr((FORMAT, parts)).encode(), digest_size=_DIGEST // 2).hexdigest()


def stamp(path: Path) -> tuple:
    """What identifies a source file's content cheaply: its path, size and modification time."""
    st = path.stat()
    return str(path), st.st_size, st.st_mtime_ns


def path_for(kind: str, key: str, ext: str = "marshal") -> Path:
    return cache_dir() / f"{kind}-{key}.{ext}"


def trusted(st: os.stat_result) -> bool:
    """Whether a cache file with this status can be read: owned by this user, writable by no one else."""
    getuid = getattr(os, "getuid", None)
    if getuid is None:  # Windows: no owners to compare; the folder is the user's own profile
        return True
    return st.st_uid == getuid() and not st.st_mode & 0o022


def read(path: Path) -> Optional[bytes]:
    """The bytes of cache file ``path``, or None when it is missing, unreadable or not trusted."""
    global _distrusted
    try:
        with open(path, "rb") as f:
            if not trusted(os.fstat(f.fileno())):  # the open file itself: no swap after the check
                if not _distrusted:
                    _distrusted = True
                    print(
                        f"baokan: warning: ignoring cache file {path}: it is not yours, or others may write it",
                        file=sys.stderr,
                    )
                return None
            return f.read()
    except OSError:
        return None


def load(path: Path) -> Optional[Any]:
    """The marshalled value in ``path``, or None when it is missing, damaged or not trusted."""
    data = read(path)
    if data is None:
        return None
    with paused_gc():  # marshal makes no cycles; collecting while it builds many containers doubles the time
        try:
            return marshal.loads(data)
        except (EOFError, ValueError, TypeError):
            return None


@contextmanager
def paused_gc() -> Iterator[None]:
    """Pause Python's cycle collector for the block, while building many long-lived containers
    that make no garbage cycles; it resumes as it was (a collector already paused stays paused)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def store(path: Path, value: Any, *, stale: Sequence[str] = ()) -> None:
    """Write ``value`` (marshal) to ``path`` atomically, then prune its kind (see :func:`prune`)."""
    write(path, marshal.dumps(value), stale=stale)


def write(path: Path, data: bytes, *, stale: Sequence[str] = ()) -> None:
    """Write ``data`` to ``path`` atomically (readers never see half a file), then prune its kind."""
    import tempfile  # only here: a run that finds its caches needs none of it

    global _warned
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(data)
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
    except OSError as err:
        if not _warned:  # one line per process, however many files could not be cached
            _warned = True
            print(f"baokan: warning: cannot cache in {path.parent}: {err.strerror or err}", file=sys.stderr)
        return
    prune(path, stale=stale)


def prune(path: Path, *, stale: Sequence[str] = ()) -> None:
    """Delete the files of ``path``'s kind (``KIND-DIGEST.EXT``, any digest) but ``path`` and the
    newest :data:`KEEP_OLDER` others, and every one whose extension is in ``stale`` (an old format)."""
    kind, _, rest = path.name.rpartition("-")
    pattern = f"{kind}-{'?' * _DIGEST}."
    older = []
    for p in path.parent.glob(pattern + rest.partition(".")[2]):
        try:
            older.append((p.stat().st_mtime_ns, p))
        except OSError:  # another process pruned it first
            pass
    older.sort(reverse=True)
    doomed = [p for _, p in older if p != path][KEEP_OLDER:]
    for ext in stale:
        doomed.extend(path.parent.glob(pattern + ext))
    for p in doomed:
        try:
            p.unlink()
        except OSError:
            pass
