#!/usr/bin/env python3
"""Quality on the development corpus: cleans each folder with the CLI and scores the outputs.

    python tests/evaluate.py                 # every track
    python tests/evaluate.py region wcxb     # some tracks
    python tests/evaluate.py --keep OUT      # keep the outputs in OUT/<track>/

Run on demand (not in CI): it needs ../shared/corpus beside the project. Prints precision,
recall and F1 per track, as the corpus's own scorers compute them.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
import time
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


TRACKS = {
    "region": Track("region", CORPUS / "region", CORPUS / "score.py", "labelled, article region"),
    "page": Track("page", CORPUS / "page", CORPUS / "score.py", "labelled, whole page"),
    "wcxb": Track("wcxb", CORPUS / "wcxb" / "raw", CORPUS / "wcxb" / "score.py", "gold, raw text"),
}

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


def clean_folder(track: Track, out: Path) -> float:
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "newsclean", str(track.source), "-o", str(out)], check=True
    )
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("tracks", nargs="*", help=f"some of: {', '.join(TRACKS)}")
    parser.add_argument("--keep", type=Path, help="keep outputs in this folder")
    args = parser.parse_args()
    if not CORPUS.is_dir():
        sys.exit(f"evaluate: no corpus at {CORPUS}")
    base = args.keep or Path(tempfile.mkdtemp(prefix="newsclean-eval-"))
    print(f"{'track':<8} {'precision':>9} {'recall':>7} {'F1':>6}  {'seconds':>7}  extra")
    unknown = set(args.tracks) - set(TRACKS)
    if unknown:
        parser.error(f"unknown track(s) {', '.join(sorted(unknown))}; known: {', '.join(TRACKS)}")
    for name in args.tracks or list(TRACKS):
        track = TRACKS[name]
        out = base / name
        seconds = clean_folder(track, out)
        figures = score(track, out)
        boiler = figures.get("boilerplate")
        extra = f"boilerplate surviving {boiler}" if boiler else ""
        print(
            f"{name:<8} {figures['precision']:>9} {figures['recall']:>7} {figures['F1']:>6}"
            f"  {seconds:>7.1f}  {extra}",
            flush=True,
        )


if __name__ == "__main__":
    main()
