"""The benchmark command still runs against the CLI it measures (tiny sizes, no targets)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from conftest import ROOT

SCRIPT = ROOT / "tests" / "benchmarks" / "run.py"
CORPUS = ROOT.parent / "shared" / "corpus"


@pytest.mark.skipif(not CORPUS.is_dir(), reason="needs ../shared/corpus")
def test_benchmark_smoke() -> None:
    result = subprocess.run(
        [
            sys.executable,
            str(SCRIPT),
            *"--text-mb 0.2 --jsonl-mb 0.2 --runs 1 --html-pages 2".split(),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "neither trafilatura nor rich" in result.stdout
    for row in (
        "text, 1 job",
        "--jobs 2",
        "start-up overhead",
        "text mode imports",
        "peak RSS",
        "html, per page",
    ):
        assert row in result.stdout
