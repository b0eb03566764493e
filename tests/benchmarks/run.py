#!/usr/bin/env python3
"""Performance of the newsclean command, measured through the real CLI against its targets.

    python tests/benchmarks/run.py            # full sizes: 100 MB of text, 1 GB of JSON Lines
    python tests/benchmarks/run.py --quick    # a smoke test in well under a minute

Run on demand (not in CI): it needs ../shared/corpus beside the project. Inputs are built from
the corpus's raw pages in a temporary directory, deleted afterwards. Every figure is measured
against a baseline taken in the same run (one job, a bare interpreter, trafilatura alone), so
that a loaded or slower machine shifts both sides alike. Throughput per core and the HTML
ratio are judged on CPU time, which other processes on the machine do not inflate; the
speed-up of two jobs and the start-up are judged on wall time, which is what they are about.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import resource
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "corpus"
MB = 1_000_000
# An installed newsclean runs from bytecode compiled once. Under PYTHONDONTWRITEBYTECODE the
# warm-up run would write none, and every timed run of a checkout would compile the package
# again (about 25 ms of "start-up" that no installed copy pays).
_ENV = {
    **{key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"},
    "LC_ALL": "C.UTF-8",
}

# Targets of the issue: lower bounds for rates, upper bounds for times and memory.
TEXT_MB_S = 20.0
JOBS_SPEEDUP = 1.8
STARTUP_MS = 80.0
STREAM_RSS_MB = 100.0
HTML_RATIO = 1.1
HTML_ROUNDS = 5
_SLOW_IMPORTS = ("trafilatura", "rich")

# trafilatura alone, as the HTML mode's baseline: default settings, Markdown out, one process
# over the same pages (``argv[1]``), so that both sides pay one start-up and one import, and
# each page's Markdown written to a file (``argv[2]``), as newsclean writes its outputs.
_TRAFILATURA = """
import gzip, logging, sys
from pathlib import Path
import trafilatura
logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
out = Path(sys.argv[2])
out.mkdir(exist_ok=True)
for page in sorted(Path(sys.argv[1]).glob("*.html.gz")):
    markdown = trafilatura.extract(gzip.decompress(page.read_bytes()), output_format="markdown")
    (out / page.name.replace(".html.gz", ".md")).write_text(markdown or "", encoding="utf-8")
"""


@dataclass(frozen=True)
class Sizes:
    text_bytes: int
    jsonl_bytes: int
    runs: int
    html_pages: int


FULL = Sizes(100 * MB, 1000 * MB, 21, 200)
QUICK = Sizes(2 * MB, 10 * MB, 5, 20)


@dataclass(frozen=True)
class Row:
    name: str
    figure: str
    target: str
    passed: bool | None  # None: not measurable here

    def cells(self) -> tuple[str, str, str, str]:
        verdict = "n/a" if self.passed is None else "PASS" if self.passed else "FAIL"
        return self.name, self.figure, self.target, verdict


def newsclean_command() -> list[str]:
    """The installed entry point beside this interpreter, as a shell user runs it."""
    script = Path(sys.executable).with_name("newsclean")
    if not script.exists():
        sys.exit(f"benchmark: no newsclean entry point beside {sys.executable}")
    return [str(script)]


def corpus_texts() -> list[tuple[str, bytes]]:
    """The raw page and region texts, named, in a fixed order."""
    files = sorted((CORPUS / "page").glob("*.txt")) + sorted((CORPUS / "region").glob("*.txt"))
    return [(f"{f.parent.name}-{f.stem}", f.read_bytes()) for f in files]


def build_text_dir(texts: list[tuple[str, bytes]], target: int, folder: Path) -> int:
    """Copies of the corpus texts, one file each, until ``target`` bytes; returns the bytes."""
    total, copy = 0, 0
    while total < target:
        sub = folder / f"copy{copy:03d}"
        sub.mkdir(parents=True)
        for name, data in texts:
            (sub / f"{name}.txt").write_bytes(data)
            total += len(data)
            if total >= target:
                break
        copy += 1
    return total


def build_jsonl(texts: list[tuple[str, bytes]], target: int, path: Path) -> int:
    """One record per corpus text (id, source, text), repeated until ``target`` bytes."""
    total, copy = 0, 0
    with path.open("wb") as out:
        while total < target:
            for name, data in texts:
                record = {"id": f"{copy}-{name}", "source": "corpus", "text": data.decode()}
                line = json.dumps(record, ensure_ascii=False).encode() + b"\n"
                out.write(line)
                total += len(line)
                if total >= target:
                    break
            copy += 1
    return total


class Timing(NamedTuple):
    wall: float
    cpu: float  # user + system seconds of the command and its workers


def timed(command: Sequence[str], stdin: Path | None = None) -> Timing:
    """Wall and CPU time of one run of ``command``; output discarded, failure fatal. CPU time
    does not grow when other processes share the cores, so ratios of it stay fair on a busy
    machine where wall-time ratios do not."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    with open(stdin or os.devnull, "rb") as source:
        start = time.perf_counter()
        subprocess.run(command, stdin=source, stdout=subprocess.DEVNULL, check=True, env=_ENV)
        wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return Timing(wall, cpu)


def median_ms(command: Sequence[str], runs: int, stdin: Path | None = None) -> float:
    timed(command, stdin)  # warm the page cache and the bytecode cache
    return statistics.median(timed(command, stdin).wall for _ in range(runs)) * 1000


def _tree_rss(root: int) -> int:
    """Resident bytes of ``root`` and all its descendants (workers included), from /proc."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            status = Path(f"/proc/{entry}/status").read_text()
        except OSError:
            continue
        ppid = re.search(r"^PPid:\s+(\d+)", status, re.MULTILINE)
        vmrss = re.search(r"^VmRSS:\s+(\d+) kB", status, re.MULTILINE)
        if ppid:
            parents[int(entry)] = int(ppid.group(1))
            rss[int(entry)] = int(vmrss.group(1)) * 1024 if vmrss else 0
    children: dict[int, list[int]] = {}
    for pid, parent in parents.items():
        children.setdefault(parent, []).append(pid)
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        total += rss.get(pid, 0)
        todo += children.get(pid, [])
    return total


def streamed_rss(command: Sequence[str], stdin: Path) -> tuple[float, int, int]:
    """(seconds, peak RSS of the largest process, peak summed RSS of the process tree)."""
    peak_sum = 0
    done = threading.Event()
    with open(stdin, "rb") as source:
        start = time.perf_counter()
        process = subprocess.Popen(command, stdin=source, stdout=subprocess.DEVNULL, env=_ENV)

        def sample() -> None:
            nonlocal peak_sum
            while not done.wait(0.1):
                peak_sum = max(peak_sum, _tree_rss(process.pid))

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - start
        done.set()
        sampler.join()
        process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode:
        raise subprocess.CalledProcessError(process.returncode, command)
    return seconds, usage.ru_maxrss * 1024, peak_sum


def imports(command: Sequence[str], stdin: Path) -> list[tuple[str, int, int]]:
    """(module, self µs, cumulative µs) of every import ``command`` makes, from -X importtime."""
    with stdin.open("rb") as source:
        result = subprocess.run(
            [sys.executable, "-X", "importtime", *command],
            stdin=source,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            check=True,
            env=_ENV,
        )
    found = []
    for line in result.stderr.splitlines():
        match = re.match(r"import time:\s+(\d+) \|\s+(\d+) \| (.*)$", line)
        if match:
            found.append((match.group(3), int(match.group(1)), int(match.group(2))))
    return found


def html_available(command: Sequence[str]) -> bool:
    """Whether this newsclean has an HTML input mode (``--format html``)."""
    help_text = subprocess.run(
        [*command, "--help"], capture_output=True, text=True, check=True, env=_ENV
    ).stdout
    return re.search(r"--format \[[^\]]*\bhtml\b", help_text) is not None


def bench_text(
    command: list[str], sizes: Sizes, work: Path, say: Callable[[str], None]
) -> list[Row]:
    texts = corpus_texts()
    folder = work / "text"
    size = build_text_dir(texts, sizes.text_bytes, folder)
    say(f"text: {size / MB:.1f} MB in {sum(1 for _ in folder.rglob('*.txt'))} files")
    one = timed([*command, str(folder), "-o", str(work / "out1"), "-j", "1", "-q"])
    shutil.rmtree(work / "out1")
    two = timed([*command, str(folder), "-o", str(work / "out2"), "-j", "2", "-q"])
    shutil.rmtree(work / "out2")
    bare = timed(
        [*command, str(folder), "-o", str(work / "out0"), "-j", "1", "-q", *no_filters(command)]
    )
    shutil.rmtree(work / "out0")
    shutil.rmtree(folder)
    rate, per_core, speedup = size / MB / one.wall, size / MB / one.cpu, one.wall / two.wall
    return [
        Row(
            "text, 1 job, per core",
            f"{per_core:.2f} MB per CPU-second ({rate:.2f} MB/s, {one.wall:.0f} s)",
            f">= {TEXT_MB_S:g} MB/s/core",
            per_core >= TEXT_MB_S,
        ),
        Row(
            "text, 1 job, every filter off",
            f"{size / MB / bare.cpu:.2f} MB per CPU-second: reading, blocks and Markdown alone",
            "(what the filters add to)",
            None,
        ),
        Row(
            "text, --jobs 2 over 1 job",
            f"{speedup:.2f}x ({two.wall:.0f} s; CPU {two.cpu / one.cpu:.2f}x one job's)",
            f">= {JOBS_SPEEDUP:g}x",
            speedup >= JOBS_SPEEDUP,
        ),
    ]


def no_filters(command: list[str]) -> list[str]:
    """``--disable`` for every filter the CLI lists: what a run costs before any filter."""
    listed = subprocess.run(
        [*command, "--list-filters"], capture_output=True, text=True, check=True, env=_ENV
    ).stdout
    return [
        arg
        for line in listed.splitlines()
        if line.strip()
        for arg in ("--disable", line.split()[0])
    ]


def small_article(work: Path) -> Path:
    """The region text of median size: a typical single article."""
    files = sorted((CORPUS / "region").glob("*.txt"), key=lambda f: (f.stat().st_size, f.name))
    article = work / "article.txt"
    shutil.copyfile(files[len(files) // 2], article)
    return article


def bench_startup(command: list[str], sizes: Sizes, work: Path) -> tuple[list[Row], list[str]]:
    article = small_article(work)
    bare = median_ms([sys.executable, "-c", "pass"], sizes.runs)
    full = median_ms(command, sizes.runs, article)
    overhead = full - bare
    found = imports(["-m", "newsclean"], article)
    slow = sorted({name.strip().split(".")[0] for name, _, _ in found} & set(_SLOW_IMPORTS))
    rows = [
        Row(
            "start-up overhead",
            f"{overhead:.0f} ms ({full:.0f} - {bare:.0f} ms, median of {sizes.runs})",
            f"<= {STARTUP_MS:g} ms",
            overhead <= STARTUP_MS,
        ),
        Row(
            "text mode imports",
            ", ".join(slow) or f"neither {' nor '.join(_SLOW_IMPORTS)}",
            f"no {', '.join(_SLOW_IMPORTS)}",
            not slow,
        ),
    ]
    # Self time summed per top-level package: what each dependency costs at start-up.
    per_package: dict[str, int] = {}
    for name, own, _ in found:
        package = name.strip().split(".")[0]
        per_package[package] = per_package.get(package, 0) + own
    total = sum(per_package.values())
    breakdown = [f"{total / 1000:7.1f} ms  all imports (-X importtime inflates them)"] + [
        f"{own / 1000:7.1f} ms  {package}"
        for package, own in sorted(per_package.items(), key=lambda item: -item[1])[:12]
    ]
    return rows, breakdown


def bench_stream(
    command: list[str], sizes: Sizes, work: Path, say: Callable[[str], None]
) -> list[Row]:
    path = work / "records.jsonl"
    size = build_jsonl(corpus_texts(), sizes.jsonl_bytes, path)
    say(f"jsonl: {size / MB:.1f} MB")
    seconds, largest, tree = streamed_rss([*command, "--format", "jsonl", "-q"], path)
    path.unlink()
    return [
        Row(
            "jsonl stream, peak RSS",
            f"{largest / MB:.0f} MB, all processes {tree / MB:.0f} MB "
            f"({size / MB:.1f} MB in {seconds:.1f} s, {size / MB / seconds:.2f} MB/s)",
            f"<= {STREAM_RSS_MB:g} MB",
            largest <= STREAM_RSS_MB * MB and tree <= STREAM_RSS_MB * MB,
        ),
    ]


def bench_html(command: list[str], sizes: Sizes, work: Path) -> list[Row]:
    if not html_available(command):
        return [
            Row(
                "html, per page vs trafilatura",
                "not available (no --format html)",
                f"<= {HTML_RATIO:g}x",
                None,
            )
        ]
    pages = work / "html"
    pages.mkdir()
    for page in sorted((CORPUS / "html").glob("*.html.gz"))[: sizes.html_pages]:
        shutil.copyfile(page, pages / page.name)
    count = sum(1 for _ in pages.iterdir())
    ours_command = [*command, "--format", "html", str(pages), "-o", str(work / "html-out")]
    ours_command += ["-j", "1", "-q"]
    theirs_command = [sys.executable, "-c", _TRAFILATURA, str(pages), str(work / "html-alone")]
    # The two sides take turns, and the median of the rounds' ratios is reported: one round's
    # ratio moved by a tenth with whatever else the machine was doing at the time.
    rounds = []
    for _ in range(HTML_ROUNDS):
        shutil.rmtree(work / "html-out", ignore_errors=True)
        shutil.rmtree(work / "html-alone", ignore_errors=True)
        rounds.append((timed(ours_command), timed(theirs_command)))
    produced = sum(1 for _ in (work / "html-out").rglob("*.md"))
    if produced != count:
        sys.exit(f"benchmark: newsclean wrote {produced} of {count} HTML pages")
    rounds.sort(key=lambda pair: pair[0].cpu / pair[1].cpu)
    ours, theirs = rounds[len(rounds) // 2]  # the median round (an odd number of them)
    ratio = ours.cpu / theirs.cpu
    return [
        Row(
            "html, per page vs trafilatura",
            f"{ratio:.2f}x CPU ({ours.cpu / count * 1000:.0f} vs {theirs.cpu / count * 1000:.0f}"
            f" ms/page; wall {ours.wall / count * 1000:.0f} vs {theirs.wall / count * 1000:.0f};"
            f" {count} pages, median of {HTML_ROUNDS} rounds)",
            f"<= {HTML_RATIO:g}x",
            ratio <= HTML_RATIO,
        ),
    ]


def machine() -> str:
    model = "unknown CPU"
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            model = line.split(":", 1)[1].strip()
            break
    # Other processes share the cores: the load at the start says how far to trust the figures.
    load = os.getloadavg()[0]
    return (
        f"{os.cpu_count()} cores, {model}, Python {platform.python_version()}, "
        f"load average {load:.1f} at start"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small sizes, for a smoke test")
    parser.add_argument("--text-mb", type=float, help="MB of text files (default 100)")
    parser.add_argument("--jsonl-mb", type=float, help="MB of JSON Lines (default 1000)")
    parser.add_argument("--runs", type=int, help="start-up runs for each median (default 21)")
    parser.add_argument("--html-pages", type=int, help="HTML pages to time (default 200)")
    args = parser.parse_args()
    if not CORPUS.is_dir():
        sys.exit(f"benchmark: no corpus at {CORPUS}")
    base = QUICK if args.quick else FULL
    sizes = Sizes(
        int(args.text_mb * MB) if args.text_mb else base.text_bytes,
        int(args.jsonl_mb * MB) if args.jsonl_mb else base.jsonl_bytes,
        args.runs or base.runs,
        args.html_pages or base.html_pages,
    )
    command = newsclean_command()

    def say(text: str) -> None:
        print(f"  {text}", file=sys.stderr, flush=True)

    print(f"machine: {machine()}", flush=True)
    work = Path(tempfile.mkdtemp(prefix="newsclean-bench-"))
    # A stop (Ctrl-C or SIGTERM) still deletes the gigabyte of inputs.
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(128 + signum))
    rows: list[Row] = []

    def add(measured: list[Row]) -> None:
        for row in measured:
            say(" | ".join(row.cells()))  # seen at once: a full run takes long
            rows.append(row)

    try:
        startup, breakdown = bench_startup(command, sizes, work)
        add(startup)
        add(bench_text(command, sizes, work, say))
        add(bench_stream(command, sizes, work, say))
        add(bench_html(command, sizes, work))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    cells = [row.cells() for row in rows]
    widths = [max(len(text) for text in column) for column in zip(*cells, strict=True)]
    for cell in cells:
        print(
            "  ".join(text.ljust(width) for text, width in zip(cell, widths, strict=True)).rstrip()
        )
    print("start-up imports, self time per package:")
    for line in breakdown:
        print(f"  {line}")


if __name__ == "__main__":
    main()
