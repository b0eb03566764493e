"""Batches as cron runs them: directories, globs, parallel jobs, resuming, and bad inputs."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import SAMPLES, SEED, run_newsclean
from helpers import holders, kill, open_writer, wait
from newsclean import CleanResult, runner
from newsclean.cli import main

EXPECTED = SEED.with_suffix(".md").read_text(encoding="utf-8")
PARAGRAPH = "Just one paragraph of text.\n"


def _tree(root: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()
    }


def _mixed_folder(root: Path) -> Path:
    source = root / "in"
    (source / "world").mkdir(parents=True)
    (source / "world" / "seed.txt").write_bytes(SEED.read_bytes())
    (source / "plain.txt").write_text(PARAGRAPH, encoding="utf-8")
    (source / "world" / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    (source / "broken.txt").symlink_to(root / "nowhere.txt")
    return source


def test_good_and_bad_inputs_then_a_resumed_run_writes_nothing(tmp_path: Path) -> None:
    source, out = _mixed_folder(tmp_path), tmp_path / "out"
    first = run_newsclean(str(source), "-o", str(out))
    assert first.returncode == 1
    err = first.stderr.decode()
    assert "photo.txt: binary file (a PNG image), not text" in err
    assert "broken.txt: no such file or directory" in err
    assert "seed.txt" not in err and "plain.txt" not in err
    assert _tree(out) == {"world/seed.md": EXPECTED.encode(), "plain.md": PARAGRAPH.encode()}

    stamps = {p: p.stat().st_mtime_ns for p in out.rglob("*.md")}
    again = run_newsclean(str(source), "-o", str(out), "--skip-existing")
    assert again.returncode == 1  # the bad inputs are still bad
    assert "2 skipped" in again.stderr.decode()
    assert {p: p.stat().st_mtime_ns for p in out.rglob("*.md")} == stamps
    assert not [p for p in out.rglob("*") if p.name.endswith(".tmp")]


def test_skip_existing_redoes_an_input_newer_than_its_output(tmp_path: Path) -> None:
    source, out = tmp_path / "in", tmp_path / "out"
    source.mkdir()
    (source / "a.txt").write_text(PARAGRAPH, encoding="utf-8")
    assert run_newsclean(str(source), "-o", str(out)).returncode == 0
    os.utime(out / "a.md", (1, 1))
    (source / "a.txt").write_text("A changed paragraph.\n", encoding="utf-8")
    assert run_newsclean(str(source), "-o", str(out), "--skip-existing").returncode == 0
    assert (out / "a.md").read_text(encoding="utf-8") == "A changed paragraph.\n"


def test_parallel_jobs_give_the_same_outputs_and_messages(tmp_path: Path) -> None:
    source = tmp_path / "in"
    source.mkdir()
    for raw in sorted(SAMPLES.glob("*.txt")):
        (source / raw.name).write_bytes(raw.read_bytes())
    (source / "bad.txt").write_bytes(b"%PDF-1.4\n" + bytes(300))
    one = run_newsclean(str(source), "-o", str(tmp_path / "one"), "--jobs", "1")
    four = run_newsclean(str(source), "-o", str(tmp_path / "four"), "--jobs", "4")
    assert one.returncode == four.returncode == 1
    assert one.stderr == four.stderr
    assert _tree(tmp_path / "one") == _tree(tmp_path / "four")
    assert len(_tree(tmp_path / "one")) == len(list(SAMPLES.glob("*.txt")))


def test_ten_thousand_files_with_one_bad_names_only_it(tmp_path: Path) -> None:
    source = tmp_path / "in"
    for group in range(10):
        folder = source / f"g{group}"
        folder.mkdir(parents=True)
        for i in range(1000):
            (folder / f"{i}.txt").write_text(f"Story {group} {i}.\n", encoding="utf-8")
    (source / "g7" / "500.txt").write_bytes(b"\x7fELF" + bytes(100))
    result = run_newsclean(str(source), "-o", str(tmp_path / "out"), "--quiet")
    assert result.returncode == 1
    assert result.stderr.decode().splitlines() == [
        f"newsclean: {source / 'g7' / '500.txt'}: binary file (an executable), not text"
    ]
    written = list((tmp_path / "out").rglob("*.md"))
    assert len(written) == 9999
    assert (tmp_path / "out" / "g3" / "42.md").read_text(encoding="utf-8") == "Story 3 42.\n"


def test_quoted_glob_is_expanded_and_mirrors_paths_below_it(tmp_path: Path) -> None:
    (tmp_path / "in" / "a").mkdir(parents=True)
    (tmp_path / "in" / "a" / "x.txt").write_text(PARAGRAPH, encoding="utf-8")
    (tmp_path / "in" / "y.txt").write_text(PARAGRAPH, encoding="utf-8")
    (tmp_path / "in" / "notes.md").write_text("# Not an input\n", encoding="utf-8")
    result = run_newsclean("in/**/*.txt", "-o", "out", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert sorted(_tree(tmp_path / "out")) == ["a/x.md", "y.md"]


def test_a_glob_matching_nothing_is_a_named_failure(tmp_path: Path) -> None:
    result = run_newsclean("nothing*.txt", "-o", "out", cwd=tmp_path)
    assert result.returncode == 1
    assert "nothing*.txt: no such file or directory" in result.stderr.decode()


def test_never_writes_through_a_symlink_out_of_the_output_dir(tmp_path: Path) -> None:
    source, out, elsewhere = tmp_path / "in", tmp_path / "out", tmp_path / "elsewhere"
    (source / "world").mkdir(parents=True)
    (source / "world" / "a.txt").write_text(PARAGRAPH, encoding="utf-8")
    (source / "b.txt").write_text(PARAGRAPH, encoding="utf-8")
    elsewhere.mkdir()
    out.mkdir()
    (out / "world").symlink_to(elsewhere)
    result = run_newsclean(str(source), "-o", str(out))
    assert result.returncode == 1
    assert "leads outside the output directory" in result.stderr.decode()
    assert list(elsewhere.iterdir()) == []
    assert (out / "b.md").read_text(encoding="utf-8") == PARAGRAPH


def test_two_inputs_with_one_output_name_are_a_usage_error(tmp_path: Path) -> None:
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "x.txt").write_text(PARAGRAPH, encoding="utf-8")
    result = run_newsclean("a/x.txt", "b/x.txt", "-o", "out", cwd=tmp_path)
    assert result.returncode == 2
    assert "a/x.txt and b/x.txt would both write out/x.md" in result.stderr.decode()


def test_outputs_are_ordinary_files(tmp_path: Path) -> None:
    assert run_newsclean(str(SEED), "-o", str(tmp_path)).returncode == 0
    assert (tmp_path / "seed.md").stat().st_mode & 0o044 == 0o044


# Bad input, each through the real command.


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (b"", ""),
        (b"First line.\rSecond line.\rThird.\r", "First line.\n\nSecond line.\n\nThird.\n"),
        (b"\xef\xbb\xbfWith a BOM.\n", "With a BOM.\n"),
        (b"\xff\xfe" + "UTF-16 text.\n".encode("utf-16-le"), "UTF-16 text.\n"),
        (b"Some\x00 NUL\x00 bytes in text.\n", "Some NUL bytes in text.\n"),
    ],
    ids=["empty", "cr-only", "bom", "utf16", "nul"],
)
def test_awkward_bytes_clean_without_error(tmp_path: Path, raw: bytes, expected: str) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_bytes(raw)
    result = run_newsclean(str(tmp_path / "in"), "-o", str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "out" / "a.md").read_text(encoding="utf-8") == expected


def test_invalid_utf8_in_a_batch_warns_and_quiet_silences_it(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_bytes(b"Caf\xe9 society returns.\n")
    loud = run_newsclean(str(tmp_path / "in"), "-o", str(tmp_path / "out"))
    assert loud.returncode == 0
    assert "a.txt: warning: not valid utf-8: read as windows-1252" in loud.stderr.decode()
    assert (tmp_path / "out" / "a.md").read_text(encoding="utf-8") == "Caf\u00e9 society returns.\n"
    quiet = run_newsclean(str(tmp_path / "in"), "-o", str(tmp_path / "out"), "-q")
    assert quiet.returncode == 0 and quiet.stderr == b""
    latin = run_newsclean(str(tmp_path / "in" / "a.txt"), "--encoding", "latin-1")
    assert latin.stdout.decode() == "Café society returns.\n" and latin.stderr == b""


def test_unreadable_path_is_named(tmp_path: Path) -> None:
    locked = tmp_path / "locked.txt"
    locked.write_text(PARAGRAPH, encoding="utf-8")
    locked.chmod(0)
    if os.access(locked, os.R_OK):
        pytest.skip("running as a user that reads any file")
    result = run_newsclean(str(locked))
    assert result.returncode == 1
    assert result.stderr.decode() == f"newsclean: {locked}: permission denied\n"


def test_a_directory_where_a_file_is_expected_is_named(tmp_path: Path) -> None:
    (tmp_path / "a.txt").mkdir()
    result = CliRunner().invoke(main, [str(tmp_path / "a.txt"), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0  # a directory is walked, not read: here it is empty
    result = run_newsclean("--encoding", "no-such-codec", str(SEED))
    assert result.returncode == 1
    assert "unknown encoding 'no-such-codec'" in result.stderr.decode()


@pytest.mark.slow
def test_a_50_mb_single_line(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(b"word " * 10_000_000)
    result = run_newsclean(str(big), "-o", str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "out" / "big.md").stat().st_size == 50_000_000 - 1 + 1


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    assert run_newsclean("--jobs", "0", str(SEED)).returncode == 2
    assert run_newsclean(str(SEED), str(SEED)).returncode == 2
    assert run_newsclean(str(SAMPLES)).returncode == 2  # a directory needs -o
    (tmp_path / "file").write_text("", encoding="utf-8")
    assert run_newsclean(str(SEED), "-o", str(tmp_path / "file")).returncode == 2


@pytest.mark.skipif(not hasattr(os, "pidfd_open"), reason="needs Linux (/proc, pidfd)")
def test_a_worker_killed_mid_file_fails_its_inputs_not_the_batch(tmp_path: Path) -> None:
    source, out, plain = tmp_path / "in", tmp_path / "out", tmp_path / "plain"
    for folder in (source, out, plain):
        folder.mkdir()
    names = [f"c{n:02}.txt" for n in range(20)]
    for name in names:
        (source / name).write_text(f"Story {name}.\n", encoding="utf-8")
        (plain / name).write_text(f"Story {name}.\n", encoding="utf-8")
    # The worker that reads the FIFO waits there, so the kill lands while it cleans "b".
    fifo = source / "b"
    os.mkfifo(fifo)
    process = subprocess.Popen(
        [sys.executable, "-m", "newsclean", str(source), "-o", str(out), "-j", "2"],
        stderr=subprocess.PIPE,
    )
    try:
        with wait(lambda: open_writer(fifo), "the worker reading the FIFO"):
            [reader] = wait(lambda: holders(fifo), "the worker's process")
            assert reader != process.pid  # a pool worker, not the main process
            kill(reader)
        _, err = process.communicate(timeout=120)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode == 1
    assert b"Traceback" not in err
    assert b"b: the worker cleaning it died" in err
    assert run_newsclean(str(plain), "-o", str(tmp_path / "expected")).returncode == 0
    expected, written = _tree(tmp_path / "expected"), _tree(out)
    assert "b.md" not in written and not any(name.startswith(".") for name in written)
    assert all(written[name] == expected[name] for name in written)
    # Inputs queued after the kill are cleaned by new workers.
    assert written["c19.md"] == expected["c19.md"]


def _fails_on_boom(monkeypatch: pytest.MonkeyPatch) -> None:
    """A fault in the cleaner itself, on the inputs that say BOOM (forked workers inherit it)."""
    real = runner.clean_document

    def faulty(text: str, *args: object, **kwargs: object) -> CleanResult:
        if "BOOM" in text:
            raise IndexError("list index out of range")
        return real(text, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(runner, "clean_document", faulty)


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_fault_of_the_cleaner_fails_its_input_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, jobs: str
) -> None:
    source, out = tmp_path / "in", tmp_path / "out"
    source.mkdir()
    # Forty files: a worker gets several at a time, and the others in its share go on.
    names = [f"s{n:02}" for n in range(40)]
    for name in names:
        (source / f"{name}.txt").write_text(f"Story {name}.\n", encoding="utf-8")
    (source / "s17.txt").write_text("BOOM\n", encoding="utf-8")
    _fails_on_boom(monkeypatch)
    result = CliRunner().invoke(main, [str(source), "-o", str(out), "-j", jobs])
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"newsclean: {source / 's17.txt'}: newsclean failed on it (IndexError: list index out "
        "of range); nothing was written for it",
        "newsclean: 39 cleaned, 1 failed",
    ]
    assert sorted(p.stem for p in out.iterdir()) == [n for n in names if n != "s17"]
    assert (source / "s17.txt").read_text(encoding="utf-8") == "BOOM\n"


def test_a_fault_of_the_cleaner_fails_its_json_line_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    lines = "".join(json.dumps({"text": text}) + "\n" for text in ["One.", "BOOM", "Three."])
    _fails_on_boom(monkeypatch)
    result = CliRunner().invoke(main, ["--format", "jsonl"], input=lines)
    assert result.exit_code == 1
    assert "<stdin>:2: newsclean failed on it (IndexError" in result.stderr
    out = result.stdout.splitlines()
    assert [json.loads(line)["text"] for line in out] == ["One.\n", "BOOM", "Three.\n"]
