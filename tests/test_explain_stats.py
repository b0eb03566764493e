"""--explain and --stats read the same recorded decisions, so they always agree."""

from __future__ import annotations

import io
import json
import os
import pty
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

import newsclean
from conftest import SAMPLES, SEED, run_newsclean
from newsclean.cli import main
from newsclean.report import Explainer, decisions

EXPECTED = SEED.with_suffix(".md").read_text(encoding="utf-8")


def _removed_rows(tsv: str) -> list[list[str]]:
    return [line.split("\t") for line in tsv.splitlines() if line.startswith("removed\t")]


def test_explain_names_the_filter_of_every_removed_block() -> None:
    result = run_newsclean("--explain", str(SEED))
    assert result.returncode == 0
    assert result.stdout.decode() == EXPECTED  # the Markdown is unchanged on stdout
    rows = [line.split("\t") for line in result.stderr.decode().splitlines()]
    document = newsclean.clean_document(SEED.read_text(encoding="utf-8")).document
    assert len(rows) == len(document.blocks)
    for row, block in zip(rows, document.blocks, strict=True):
        assert len(row) == 4 and row[3] == block.text
        if block.kept:
            assert row[:3] == ["kept", "-", "-"]
        else:
            assert row[0] == "removed" and row[1] in newsclean.FILTER_NAMES and row[2]
    # The seed has ads, a repeated headline, doubled captions and a share footer.
    assert {"ads", "title", "captions", "footer"} <= {r[1] for r in rows if r[0] == "removed"}


def test_explain_only_writes_decisions_to_stdout_and_no_markdown(tmp_path: Path) -> None:
    result = run_newsclean("--explain-only", str(SEED), "-o", str(tmp_path / "out"))
    assert result.returncode == 0
    assert _removed_rows(result.stdout.decode())
    assert not (tmp_path / "out").exists()


def test_stats_counts_match_explain(tmp_path: Path) -> None:
    stats_file = tmp_path / "stats.json"
    explained = run_newsclean("--explain-only", str(SEED))
    result = run_newsclean(str(SEED), "--stats", str(stats_file))
    assert result.returncode == 0 and result.stdout.decode() == EXPECTED
    stats = json.loads(stats_file.read_text(encoding="utf-8"))
    counts = Counter(row[1] for row in _removed_rows(explained.stdout.decode()))
    assert stats["blocks_removed"] == {name: counts[name] for name in newsclean.FILTER_NAMES}
    kept = sum(1 for line in explained.stdout.decode().splitlines() if line.startswith("kept\t"))
    assert stats["blocks_kept"] == kept
    assert stats["documents"] == 1
    assert stats["bytes_in"] == SEED.stat().st_size
    assert stats["bytes_out"] == len(EXPECTED.encode())
    assert stats["failures"] == []


def test_stats_without_a_file_goes_to_stderr_and_names_failures(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_bytes(SEED.read_bytes())
    (tmp_path / "in" / "b.txt").write_bytes(b"GIF89a" + bytes(64))
    result = run_newsclean(str(tmp_path / "in"), "-o", str(tmp_path / "out"), "-q", "--stats")
    assert result.returncode == 1
    err = result.stderr.decode()
    stats = json.loads(err[err.index("{") :])
    assert stats["documents"] == 1
    assert stats["failures"] == [
        {"input": str(tmp_path / "in" / "b.txt"), "reason": "binary file (a GIF image), not text"}
    ]


def test_stats_followed_by_an_input_reads_it_as_an_input() -> None:
    result = CliRunner().invoke(main, ["--stats", str(SEED)])
    assert result.exit_code == 0
    assert result.stdout == EXPECTED
    assert json.loads(result.stderr)["documents"] == 1


def test_several_documents_are_headed_by_their_names() -> None:
    inputs = [str(p) for p in sorted(SAMPLES.glob("*.txt"))[:2]]
    result = CliRunner().invoke(main, ["--explain-only", *inputs])
    assert [line for line in result.stdout.splitlines() if line.startswith("==> ")] == [
        f"==> {name} <==" for name in inputs
    ]


def test_terminal_explain_colours_each_filter_and_strikes_removed_text(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    stream = Terminal()
    document = newsclean.clean_document(SEED.read_text(encoding="utf-8")).document
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm-256color")
    Explainer(stream, several=False).document("seed", decisions(document))
    shown = stream.getvalue()
    assert 9 in _codes(shown)  # struck through
    assert len(_colours(shown)) >= 5  # four filters act on the seed, and kept text is green
    assert "ads" in shown and "\t" not in shown


def _on_a_terminal(*args: str, env: dict[str, str]) -> str:
    """Run with stderr on a pseudo-terminal, as a person at a shell sees it."""
    leader, follower = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "newsclean", *args],
        stdout=subprocess.DEVNULL,
        stderr=follower,
        env={**os.environ, "TERM": "xterm-256color", "COLUMNS": "100", **env},
    )
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:
            break
        if not chunk:
            break
        chunks.append(chunk)
    process.wait(timeout=60)
    os.close(leader)
    return b"".join(chunks).decode()


def test_terminal_gets_a_summary_table_and_no_colour_with_no_color(tmp_path: Path) -> None:
    args = (str(SAMPLES), "-o", str(tmp_path / "out"))
    coloured = _on_a_terminal(*args, env={})
    assert "cleaned" in coloured and "\x1b[" in coloured
    env = {"NO_COLOR": "1"}
    plain = _on_a_terminal(*args, "--skip-existing", env=env)
    assert "skipped (up to date)" in plain
    assert _colours(coloured) and not _colours(plain)


def _codes(text: str) -> set[int]:
    """The parameters of the terminal's SGR (style) sequences."""
    sequences = re.findall(r"\x1b\[([0-9;]*)m", text)
    return {int(c) for params in sequences for c in params.split(";") if c}


def _colours(text: str) -> set[tuple[int, ...]]:
    """The distinct colours the terminal is asked for: basic, 256-colour and true colour."""
    found: set[tuple[int, ...]] = set()
    for params in re.findall(r"\x1b\[([0-9;]*)m", text):
        codes = [int(c) for c in params.split(";") if c]
        i = 0
        while i < len(codes):
            if codes[i] in (38, 48):
                width = 3 if codes[i + 1] == 5 else 5
                found.add(tuple(codes[i : i + width]))
                i += width
                continue
            if 30 <= codes[i] <= 47 or 90 <= codes[i] <= 107:
                found.add((codes[i],))
            i += 1
    return found


def test_piped_batch_prints_one_terse_summary_line(tmp_path: Path) -> None:
    result = run_newsclean(str(SAMPLES), "-o", str(tmp_path / "out"))
    count = len(list(SAMPLES.glob("*.txt")))
    assert result.stderr.decode() == f"newsclean: {count} cleaned, 0 failed\n"
    quiet = run_newsclean(str(SAMPLES), "-o", str(tmp_path / "out"), "--quiet")
    assert quiet.stderr == b""


def test_explain_says_what_the_title_lost() -> None:
    document = newsclean.clean_document("Storm hits coast | Daily Coast\n\nThe story.").document
    assert decisions(document)[0] == (
        "kept",
        "title",
        "the site name off the page title 'Storm hits coast | Daily Coast'",
        "Storm hits coast",
    )
    assert decisions(document)[1] == ("kept", "-", "-", "The story.")
