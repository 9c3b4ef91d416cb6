"""How the cost of ``annotate`` grows with the length of one document (issue 14).

Each figure is the CPU time (user + system) of a whole ``annotate`` process
on a JSONL file of one document (for sizes under 200,000 characters, of as
many documents of that size as make 200,000), less the CPU time of the same
process on 1,000 characters of the same kind of text (start-up, imports and
first loads; the median of three runs after one untimed run), divided by the
number of characters. Kinds of text:

* ``paragraphs``: the body paragraphs of the sample page
  (``seeds/000_734f440ba246c07d.txt``), repeated, one paragraph a line: one article;
* ``line``: the same paragraphs as one line;
* ``officials``: ``省委书记易炼红在杭州调研。`` repeated (the issue's official-dense text);
* ``roster``: one official after another, each a new name with a title and a
  place, each named once more a few sentences later without one, and now and
  then a surname with a post (``王局长说``).

The table gives µs per character at each size and its ratio to the smallest
size. The target of issue 14: the ratio at 640,000 characters at most 1.5 on
every kind, and 2,000,000 characters on one line (about 6 MB) in under 30 s.

``--check`` is the quick mode that CI runs: one document of about 100,000 and one of
about 300,000 characters of each kind, annotated in this process (each kind warmed
first on a short document), CPU time per character; the larger may cost at most
:data:`CHECK_RATIO` times the smaller per character. A run over that is repeated and
the faster of the two runs of each size counts; the exit status is 1, with a line
naming the kind, when a kind still fails. A quadratic path that call counts miss (a
scan of all the names, or a search back over the whole text, for every mention) shows
here long before it shows on real pages.

usage: python benchmarks/scaling.py [--sizes 20000,160000,640000,2000000]
       [--kinds paragraphs,line,officials,roster] [--repeat 1] [--timeout 300] [--json OUT]
       python benchmarks/scaling.py --check [--kinds ...]
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
from pathlib import Path
from typing import Dict, Iterator, List, Optional

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SEED = ROOT / "seeds" / "000_734f440ba246c07d.txt"
BIN = Path(sys.executable).parent

KINDS = ("paragraphs", "line", "officials", "roster")
SIZES = (20_000, 160_000, 640_000, 2_000_000)
#: The size whose run stands for start-up, imports and the first document's loads.
STARTUP_CHARS = 1_000
#: Each size is timed on at least this many characters: a shorter document as several
#: documents of its size, cut one after another from one text of its kind, so that the
#: noise of start-up (a tenth of a second from run to run) weighs little.
MIN_CHARS = 200_000
#: Children run as a user's would: with their bytecode cached.
CHILD_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}

OFFICIAL = "省委书记易炼红在杭州调研。"
#: For the roster: titles, places and name characters to combine (common surnames, and
#: given-name characters that make no word with what follows them).
ROSTER_TITLES = ("省委书记", "市长", "县委副书记", "区公安分局局长", "镇党委书记", "市委常委、宣传部部长")
ROSTER_PLACES = ("杭州", "宁波", "温州", "嘉兴", "湖州", "绍兴", "金华", "衢州", "舟山", "台州", "丽水")
ROSTER_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余杜叶程魏苏吕丁沈任姚卢姜崔钟谭陆汪范金石廖贾夏韦傅方邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严"  # noqa: E501 (a string of data)
ROSTER_GIVEN = "炼浩捷振昌飞员夫玖佳兴启岚锋涛彬霖琳瑶璐珂珺昊晗晟皓翔瑜瑾璋铭睿琦嘉轩柏桦梓楠烨煜熠灿炜"


def body_paragraphs() -> List[str]:
    """The body paragraphs of the sample page, as ``segment`` finds them."""
    from baokan.annotators.core.document import Document
    from baokan.annotators.core.pipeline import Pipeline

    doc = Pipeline(["segment"])(Document("seed", SEED.read_text(encoding="utf-8")))
    return [b.text for a in doc.articles for b in a.blocks if b.kind == "body"]


def roster_names() -> Iterator[str]:
    """Distinct three-character names, in a fixed order."""
    for g2 in ROSTER_GIVEN:
        for g1 in ROSTER_GIVEN:
            for s in ROSTER_SURNAMES:
                if g1 != g2:
                    yield s + g1 + g2


def make_text(kind: str, chars: int) -> str:
    """``chars`` characters of one kind of text (see the module's docstring)."""
    if kind == "officials":
        return (OFFICIAL * (chars // len(OFFICIAL) + 1))[:chars]
    pieces: List[str] = []
    size = 0
    if kind == "roster":
        earlier: List[str] = []
        for i, name in enumerate(roster_names()):
            title, place = ROSTER_TITLES[i % len(ROSTER_TITLES)], ROSTER_PLACES[i % len(ROSTER_PLACES)]
            sentence = f"{title}{name}在{place}调研。"
            if len(earlier) >= 3:
                sentence += f"{earlier[-3]}陪同。"  # a later mention, without a title
            if i % 4 == 3:
                sentence += f"{earlier[-2][0]}局长说。"  # a surname and a post (汪主任), to link to a name
            earlier.append(name)
            pieces.append(sentence)
            size += len(sentence)
            if size >= chars:
                break
        else:
            raise ValueError(f"the roster has too few names for {chars} characters")
        return "".join(pieces)[:chars]
    if kind not in ("paragraphs", "line"):
        raise ValueError(f"unknown kind {kind!r} (expected one of {', '.join(KINDS)})")
    paragraphs = body_paragraphs()
    sep = "\n" if kind == "paragraphs" else ""
    while size < chars:
        text = paragraphs[len(pieces) % len(paragraphs)]
        pieces.append(text)
        size += len(text) + len(sep)
    return sep.join(pieces)[:chars]


def cpu_of(path: Path, timeout: float) -> Optional[float]:
    """CPU seconds (user + system, from wait4) of one ``annotate`` process on a JSONL file;
    None when it ran past ``timeout`` seconds of wall time and was killed."""
    cmd = [str(BIN / "annotate"), "--quiet", "--input-format", "jsonl", str(path), "-o", os.devnull]
    with tempfile.TemporaryFile() as errf:
        proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=errf, env=CHILD_ENV)
        timer = threading.Timer(timeout, proc.kill)
        timer.start()
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        finally:
            timer.cancel()
        proc.returncode = code = os.waitstatus_to_exitcode(status)
        if code == -signal.SIGKILL:
            return None
        if code != 0:
            errf.seek(0)
            raise RuntimeError(f"annotate exited with {code}: {errf.read().decode(errors='replace')[-2000:]}")
    return usage.ru_utime + usage.ru_stime


def measure(kind: str, chars: int, work: Path, *, copies: int = 1, repeat: int, timeout: float) -> Optional[float]:
    """The median CPU seconds of ``repeat`` runs on ``copies`` documents of ``chars`` characters of
    ``kind`` (consecutive pieces of one text, so no two are the same); None past ``timeout``."""
    path = work / f"{kind}_{chars}.jsonl"
    text = make_text(kind, chars * copies)
    with open(path, "w", encoding="utf-8") as f:
        for k in range(copies):
            piece = text[k * chars : (k + 1) * chars]
            f.write(json.dumps({"id": f"{kind}_{chars}_{k}", "text": piece}, ensure_ascii=False) + "\n")
    runs = []
    for _ in range(repeat):
        cpu = cpu_of(path, timeout)
        if cpu is None:
            return None
        runs.append(cpu)
    path.unlink()
    return statistics.median(runs)


#: ``--check``: the two sizes, and how much dearer per character the larger may be.
CHECK_SIZES = (100_000, 300_000)
CHECK_RATIO = 2.0
#: A run of the larger size is stopped at this many times the CPU time the limit allows it.
CHECK_STOP = 1.5
#: ... and one of the smaller size at this many CPU seconds (five times the slowest kind's).
CHECK_SMALL_BUDGET = 15.0


class _OverBudget(BaseException):  # not Exception: the pipeline turns those into error lines
    """A document of the check ran past its CPU allowance."""


def _over_budget(signum, frame) -> None:
    raise _OverBudget


def _cpu_per_char(pipeline, kind: str, text: str, budget: float = 0.0) -> float:
    """CPU seconds per character of annotating ``text`` as one document (records written too);
    with a ``budget`` (CPU seconds), a run past it is stopped there and reads as that budget
    (a quadratic path would otherwise take minutes to say so)."""
    import signal
    import time

    from baokan.annotators.core.document import Document
    from baokan.cli.runner import annotate_one
    from baokan.cli.writers import Unit

    if budget:
        signal.signal(signal.SIGPROF, _over_budget)
        signal.setitimer(signal.ITIMER_PROF, budget)
    t0 = time.process_time()
    try:
        done = annotate_one(pipeline, Document(doc=f"{kind}_{len(text)}", text=text), Unit.article)
    except _OverBudget:
        return budget / len(text)
    finally:
        if budget:
            signal.setitimer(signal.ITIMER_PROF, 0)
    cpu = time.process_time() - t0
    if done.error:
        raise RuntimeError(f"{kind}: {done.error}")
    return cpu / len(text)


def check(kinds: List[str]) -> int:
    """The quick scaling check (``--check``): 0 when every kind stays under :data:`CHECK_RATIO`, else 1."""
    import time

    from baokan.annotators.core.pipeline import Pipeline
    from baokan.annotators.language import words

    words.expect_long_input()  # as the command line does for inputs of this size
    pipeline = Pipeline()
    small, large = CHECK_SIZES
    failed = []
    t0 = time.perf_counter()
    for kind in kinds:
        texts = {n: make_text(kind, n) for n in CHECK_SIZES}
        _cpu_per_char(pipeline, kind, make_text(kind, 2_000))  # tables, automaton and caches loaded
        per = {small: _cpu_per_char(pipeline, kind, texts[small], CHECK_SMALL_BUDGET)}
        if per[small] * small >= CHECK_SMALL_BUDGET * 0.999:
            print(f"{kind:11} FAILED: {small:,} characters took over {CHECK_SMALL_BUDGET:g} CPU s; a quadratic path?")
            failed.append(kind)
            continue
        budget = CHECK_STOP * CHECK_RATIO * per[small] * large  # past this, the ratio is well over the limit
        per[large] = _cpu_per_char(pipeline, kind, texts[large], budget)
        ratio = per[large] / per[small]
        runs = 1
        if ratio >= CHECK_RATIO:  # noise or a real fault: the faster of two runs of each size decides
            per[small] = min(per[small], _cpu_per_char(pipeline, kind, texts[small], CHECK_SMALL_BUDGET))
            per[large] = min(per[large], _cpu_per_char(pipeline, kind, texts[large], budget))
            ratio, runs = per[large] / per[small], 2
        line = (
            f"{kind:11} {per[small] * 1e6:6.2f} µs/char at {small:,}, {per[large] * 1e6:6.2f} at {large:,}: "
            f"ratio {ratio:.2f} (best of {runs})"
        )
        if ratio >= CHECK_RATIO:
            over = " or more" if per[large] * large >= budget * 0.999 else ""
            line += f"  FAILED: {kind} costs {ratio:.2f}x{over} more per character at {large:,} characters than at"
            line += f" {small:,} (limit {CHECK_RATIO:g}); a quadratic path?"
            failed.append(kind)
        print(line, flush=True)
    took = time.perf_counter() - t0
    if failed:
        print(f"scaling check FAILED for {', '.join(failed)} ({took:.0f} s)", flush=True)
        return 1
    print(f"scaling check passed: per-character cost at {large:,} within {CHECK_RATIO:g}x of {small:,} ({took:.0f} s)")
    return 0


def main(argv: Optional[List[str]] = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "--sizes",
        default=",".join(map(str, SIZES)),
        help="Characters, comma-separated; the first is the base of the ratios.",
    )
    ap.add_argument("--kinds", default=",".join(KINDS), help=f"Kinds of text, comma-separated ({', '.join(KINDS)}).")
    ap.add_argument("--repeat", type=int, default=1, help="Runs of each; the median counts (default 1).")
    ap.add_argument(
        "--timeout", type=float, default=300, help="Give up on a run after this many seconds (default 300)."
    )
    ap.add_argument("--json", type=Path, help="Also write the figures to this file.")
    ap.add_argument(
        "--check",
        action="store_true",
        help=f"Quick check for CI: {CHECK_SIZES[0]:,} and {CHECK_SIZES[1]:,} characters of each kind in this process; "
        f"exit status 1 when the larger costs {CHECK_RATIO:g}x or more per character.",
    )
    ap.add_argument(
        "--results",
        type=Path,
        default=Path(__file__).resolve().parent / "RESULTS.md",
        help="Write the table into this Markdown file's scaling section (default benchmarks/RESULTS.md; '' for none).",
    )
    args = ap.parse_args(argv)
    if args.results == Path(""):
        args.results = None
    table: List[str] = []
    sizes = [int(s.replace("_", "")) for s in args.sizes.split(",")]
    kinds = [k.strip() for k in args.kinds.split(",")]
    for k in kinds:
        if k not in KINDS:
            ap.error(f"unknown kind {k!r} in --kinds (expected some of {', '.join(KINDS)})")
    if args.check:
        raise SystemExit(check(kinds))
    rows: Dict[str, Dict[int, Optional[float]]] = {}
    say = _printer(table)
    say(f"{'kind':11} {'characters':>10} {'CPU s':>8} {'µs/char':>8} {'ratio':>6}")
    with tempfile.TemporaryDirectory(prefix="baokan-scaling-") as tmp:
        work = Path(tmp)
        for kind in kinds:
            # one run untimed: the first after an install or an upgrade fills the disk cache
            measure(kind, STARTUP_CHARS, work, repeat=1, timeout=args.timeout)
            start = measure(kind, STARTUP_CHARS, work, repeat=max(3, args.repeat), timeout=args.timeout)
            say(f"{kind:11} {'start-up':>10} {start:8.2f}")
            rows[kind] = {}
            for n in sizes:
                if any(rows[kind].get(m, 0) is None for m in sizes if m < n):
                    rows[kind][n] = None
                    say(f"{kind:11} {n:>10,} {'-':>8}  (not run: a smaller size ran past --timeout)")
                    continue
                copies = -(-MIN_CHARS // n)  # a short document is timed as several, against start-up's noise
                cpu = measure(kind, n, work, copies=copies, repeat=args.repeat, timeout=args.timeout)
                if cpu is None:
                    rows[kind][n] = None
                    say(f"{kind:11} {n:>10,} {'-':>8}  (killed after {args.timeout:g} s of wall time)")
                    continue
                per = max(cpu - start, 0.0) / (n * copies) * 1e6
                rows[kind][n] = per
                base = rows[kind].get(sizes[0])
                ratio = f"{per / base:6.2f}" if base else f"{'':6}"
                times = f"  ({copies} documents)" if copies > 1 else ""
                say(f"{kind:11} {n:>10,} {cpu:8.2f} {per:8.2f} {ratio}{times}")
    if args.json:
        args.json.write_text(json.dumps({k: {str(n): v for n, v in r.items()} for k, r in rows.items()}, indent=1))
    if args.results:
        import subprocess
        import sys
        import time

        sys.path.insert(0, str(Path(__file__).resolve().parent))
        from speed import write_section  # noqa: E402 - a sibling script

        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
        write_section(
            args.results,
            "scaling.py",
            "\n".join(
                [
                    "<!-- scaling.py -->",
                    f"## Scaling: `python benchmarks/scaling.py --sizes {args.sizes}`",
                    "",
                    f"Measured {time.strftime('%Y-%m-%d %H:%M %Z')} at commit {commit or '?'}, load "
                    f"{os.getloadavg()[0]:.1f}: CPU µs per character, start-up taken out, and the ratio to the "
                    "smallest size (target: at most 1.5 at 640,000 characters; 2,000,000 on one line in under 30 s).",
                    "",
                    "```",
                    *table,
                    "```",
                    "<!-- /scaling.py -->",
                ]
            ),
        )


def _printer(lines: List[str]):
    """print, flushed, and kept for RESULTS.md."""

    def say(line: str) -> None:
        print(line, flush=True)
        lines.append(line)

    return say


if __name__ == "__main__":
    main()
