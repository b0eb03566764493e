#!/usr/bin/env python3
"""Quality on the development corpus: cleans each folder with the CLI and scores the outputs.

    python tests/evaluate.py                 # every track
    python tests/evaluate.py region wcxb     # some tracks
    python tests/evaluate.py --keep OUT      # keep the outputs in OUT/<track>/

Run on demand (not in CI): it needs ../shared/corpus beside the project. Prints precision,
recall and F1 per track, as the corpus's own scorers compute them (on the gold pages also
how often the ``# Title`` is the page's headline), and the CPU time per page
of the whole run (a fresh process, start-up included; CPU time rather than wall time, so that
other work on the machine does not blur the comparison). The HTML tracks also run trafilatura alone
(``extract(output_format="markdown")``, default settings) on the same pages, the same way: one
process each, so newsclean runs them with one job (a pool of workers would add each worker's
start-up and import of trafilatura to the CPU time, not work on the pages), and the two take
turns twice, each keeping its lower time.
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"


@dataclass(frozen=True)
class Track:
    name: str
    source: Path
    scorer: Path
    what: str
    html: bool = False


TRACKS = {
    "region": Track("region", CORPUS / "region", CORPUS / "score.py", "labelled, article region"),
    "page": Track("page", CORPUS / "page", CORPUS / "score.py", "labelled, whole page"),
    "wcxb": Track("wcxb", CORPUS / "wcxb" / "raw", CORPUS / "wcxb" / "score.py", "gold, raw text"),
    "html": Track("html", CORPUS / "html", CORPUS / "score.py", "labelled, HTML", html=True),
    "wcxb-html": Track(
        "wcxb-html", CORPUS / "wcxb" / "html", CORPUS / "wcxb" / "score.py", "gold, HTML", True
    ),
}

HTML_ROUNDS = 2
_FIGURE = re.compile(r"(?:^|\s)(precision|recall|F1|P|R|f1)=([0-9.]+)")


def score(track: Track, out: Path) -> dict[str, str]:
    """Run the track's scorer; keep its last line's figures (and wcxb's boilerplate line)."""
    lines = subprocess.run(
        [sys.executable, str(track.scorer), str(out)], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    figures: dict[str, str] = {}
    if track.scorer.parent.name == "wcxb":
        shingles = next(line for line in lines if line.startswith("4-token shingles"))
        found = dict(_FIGURE.findall(shingles))
        figures = {"precision": found["precision"], "recall": found["recall"], "F1": found["f1"]}
        boiler = next((line for line in lines if line.startswith("known boilerplate")), "")
        match = re.search(r"surviving: ([0-9.]+) of (\d+)", boiler)
        if match:
            figures["boilerplate"] = f"{float(match.group(1)):.1%} of {match.group(2)}"
    else:
        found = dict(_FIGURE.findall(lines[-1]))
        figures = {"precision": found["precision"], "recall": found["recall"], "F1": found["F1"]}
    return figures


_WORD = re.compile(r"\w+")


def titles_right(out: Path) -> int:
    """Outputs whose first line is ``# Title`` with the words of the page's headline (the
    ``title`` of the gold pages' ``docs.jsonl``), in order, case aside."""
    right = 0
    with (CORPUS / "wcxb" / "docs.jsonl").open(encoding="utf-8") as docs:
        headlines = {doc["id"]: doc["title"] for doc in map(json.loads, docs)}
    for name, headline in headlines.items():
        output = out / f"{name}.md"
        first = output.read_text(encoding="utf-8").partition("\n")[0] if output.exists() else ""
        title = first[2:] if first.startswith("# ") else ""
        right += bool(title) and _words(title) == _words(headline)
    return right


def _words(text: str) -> list[str]:
    return _WORD.findall(text.replace("\\", "").lower())


def clean_folder(track: Track, out: Path, method: str) -> float:
    """Clean every page of the track into ``out`` in one process; the CPU seconds it took."""
    if method == "newsclean":
        command = [sys.executable, "-m", "newsclean", str(track.source), "-o", str(out)]
        if track.html:
            command += ["--jobs", "1"]
    else:
        command = [sys.executable, __file__, "--trafilatura", str(track.source), str(out)]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(command, check=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime


def trafilatura_folder(source: Path, out: Path) -> None:
    """trafilatura alone, default settings, Markdown: the baseline the HTML mode must beat."""
    import gzip
    import logging

    import trafilatura

    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    out.mkdir(parents=True, exist_ok=True)
    for page in sorted(source.glob("*.html.gz")):
        markdown = trafilatura.extract(gzip.decompress(page.read_bytes()), output_format="markdown")
        name = page.name.removesuffix(".html.gz") + ".md"
        (out / name).write_text(markdown or "", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("tracks", nargs="*", help=f"some of: {', '.join(TRACKS)}")
    parser.add_argument("--keep", type=Path, help="keep outputs in this folder")
    parser.add_argument("--trafilatura", nargs=2, type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.trafilatura:
        trafilatura_folder(*args.trafilatura)
        return
    if not CORPUS.is_dir():
        sys.exit(f"evaluate: no corpus at {CORPUS}")
    base = args.keep or Path(tempfile.mkdtemp(prefix="newsclean-eval-"))
    unknown = set(args.tracks) - set(TRACKS)
    if unknown:
        parser.error(f"unknown track(s) {', '.join(sorted(unknown))}; known: {', '.join(TRACKS)}")
    print(
        f"{'track':<10} {'method':<12} {'precision':>9} {'recall':>7} {'F1':>6}"
        f"  {'CPU ms/page':>11}  extra"
    )
    for name in args.tracks or list(TRACKS):
        track = TRACKS[name]
        pages = sum(1 for _ in track.source.iterdir())
        methods = ("newsclean", "trafilatura") if track.html else ("newsclean",)
        outs = {m: base / name if m == "newsclean" else base / f"{name}-{m}" for m in methods}
        # The HTML tracks are timed against each other: the two sides take turns, twice, and
        # each keeps its lower time. Run one after the other once, their ratio moved by a
        # tenth as the machine's speed drifted between them.
        times: dict[str, list[float]] = {m: [] for m in methods}
        for _ in range(HTML_ROUNDS if track.html else 1):
            for m in methods:
                times[m].append(clean_folder(track, outs[m], m))
        seconds = {m: min(times[m]) for m in methods}
        for method in methods:
            out = outs[method]
            figures = score(track, out)
            boiler = figures.get("boilerplate")
            extra = f"boilerplate surviving {boiler}" if boiler else ""
            if track.scorer.parent.name == "wcxb" and method == "newsclean":
                extra += f"; # Title is the headline in {titles_right(out)} of {pages}"
            print(
                f"{name:<10} {method:<12} {figures['precision']:>9} {figures['recall']:>7}"
                f" {figures['F1']:>6}  {seconds[method] / pages * 1000:>11.1f}  {extra}",
                flush=True,
            )


if __name__ == "__main__":
    main()
