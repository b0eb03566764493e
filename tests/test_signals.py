"""SIGINT and SIGTERM in the middle of a run: stop taking inputs, keep every finished output
whole, leave no partial file, print the summary, exit 130 or 143."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

PARAGRAPH = "Just one paragraph of text.\n"


def _wait_for(path: Path) -> None:
    """Poll until the run has reached ``path`` (a bound, not a timing assertion)."""
    deadline = time.monotonic() + 30
    while not path.exists():
        assert time.monotonic() < deadline, f"{path} never appeared"
        time.sleep(0.05)


@pytest.mark.parametrize(("signum", "code"), [(signal.SIGTERM, 143), (signal.SIGINT, 130)])
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_signal_stops_the_batch_and_keeps_finished_outputs(
    tmp_path: Path, signum: int, code: int, jobs: str
) -> None:
    source, out = tmp_path / "in", tmp_path / "out"
    source.mkdir()
    (source / "a.txt").write_text(PARAGRAPH, encoding="utf-8")
    # A FIFO nobody writes to: reading it blocks, so the run is mid-batch when signalled.
    os.mkfifo(source / "b")
    (source / "c.txt").write_text(PARAGRAPH, encoding="utf-8")
    process = subprocess.Popen(
        [sys.executable, "-m", "newsclean", str(source), "-o", str(out), "--jobs", jobs],
        stderr=subprocess.PIPE,
    )
    _wait_for(out / "a.md")
    time.sleep(0.2)  # let the run reach the FIFO (the outcome is the same if it has not)
    process.send_signal(signum)
    if jobs == "2":  # a worker blocks on the FIFO until it is opened and closed
        with open(source / "b", "wb"):
            pass
    _, err = process.communicate(timeout=60)
    assert process.returncode == code
    assert f"stopped by {signal.Signals(signum).name}" in err.decode()
    assert (out / "a.md").read_text(encoding="utf-8") == PARAGRAPH
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]


def test_sigterm_on_a_jsonl_stream_exits_143_with_what_was_done(tmp_path: Path) -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "newsclean", "--format", "jsonl"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdin is not None
    process.stdin.write(b'{"text": "One."}\n')
    process.stdin.flush()
    time.sleep(0.5)  # the reader is now blocked waiting for more lines
    process.send_signal(signal.SIGTERM)
    _, err = process.communicate(timeout=60)
    assert process.returncode == 143
    assert "stopped by SIGTERM" in err.decode()
