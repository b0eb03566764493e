"""A reader that stops early (``| head -1``): newsclean stops quietly, as Unix tools do."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

SENTENCE = "Paragraph {n} tells how the council voted on the plan for roads and schools."


@pytest.mark.parametrize("form", ["text", "explain", "jsonl"])
def test_a_reader_that_goes_away_gets_no_traceback(tmp_path: Path, form: str) -> None:
    # Far more than a pipe holds, so newsclean is still writing when the reader leaves.
    paragraphs = [SENTENCE.format(n=n) for n in range(5000)]
    if form == "jsonl":
        big = tmp_path / "big.jsonl"
        big.write_text("".join(json.dumps({"text": p}) + "\n" for p in paragraphs))
        args = ["--format", "jsonl", str(big)]
    else:
        big = tmp_path / "big.txt"
        big.write_text("\n\n".join(paragraphs), encoding="utf-8")
        args = ["--explain-only", str(big)] if form == "explain" else [str(big)]
    process = subprocess.Popen(
        [sys.executable, "-m", "newsclean", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None and process.stderr is not None
    assert b"Paragraph 0 " in process.stdout.readline()
    process.stdout.close()
    err = process.stderr.read()
    assert process.wait(timeout=60) == 141
    assert err == b""
