"""JSON Lines: one record a line, the text field cleaned, every other field kept, bad lines
reported by number and passed through or skipped."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import SEED, run_newsclean

EXPECTED = SEED.with_suffix(".md").read_text(encoding="utf-8")
RAW = SEED.read_text(encoding="utf-8")


def _lines(*records: object) -> bytes:
    return b"".join(
        (r if isinstance(r, bytes) else json.dumps(r).encode()) + b"\n" for r in records
    )


def test_text_field_is_cleaned_and_other_fields_kept() -> None:
    stdin = _lines({"id": 1, "text": RAW, "url": "https://x.test/a"}, {"text": "", "id": 2})
    result = run_newsclean("--format", "jsonl", stdin=stdin)
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert records == [
        {"id": 1, "text": EXPECTED, "url": "https://x.test/a"},
        {"text": "", "id": 2},
    ]


def test_named_fields_and_non_ascii_kept_readable() -> None:
    stdin = _lines({"body": "Éditorial du jour.\n\nPublicité\n\nLa suite."})
    result = run_newsclean(
        "--format", "jsonl", "--text-field", "body", "--output-field", "md", stdin=stdin
    )
    line = result.stdout.decode()
    assert json.loads(line) == {
        "body": "Éditorial du jour.\n\nPublicité\n\nLa suite.",
        "md": "Éditorial du jour.\n\nLa suite.\n",
    }
    assert "Éditorial" in line  # not \u-escaped


def test_bad_lines_are_named_and_passed_through_or_skipped() -> None:
    bad = [b"{not json", {"title": "no text field"}, {"text": 42}, b"[1, 2]"]
    stdin = _lines({"text": "First."}, *bad, {"text": "Last."})
    passed = run_newsclean("--format", "jsonl", stdin=stdin)
    assert passed.returncode == 1
    assert passed.stderr.decode().splitlines() == [
        "newsclean: <stdin>:2: not JSON: Expecting property name enclosed in double quotes",
        "newsclean: <stdin>:3: no 'text' field",
        "newsclean: <stdin>:4: field 'text' is int, not a string",
        "newsclean: <stdin>:5: not a JSON object but list",
    ]
    out = passed.stdout.decode().splitlines()
    assert out[1:5] == [line.decode() for line in _lines(*bad).splitlines()]
    assert [json.loads(out[0])["text"], json.loads(out[5])["text"]] == ["First.\n", "Last.\n"]

    skipped = run_newsclean("--format", "jsonl", "--on-error", "skip", stdin=stdin)
    assert skipped.returncode == 1
    assert [json.loads(x)["text"] for x in skipped.stdout.decode().splitlines()] == [
        "First.\n",
        "Last.\n",
    ]


def test_parallel_chunks_keep_order_and_line_numbers(tmp_path: Path) -> None:
    records = [{"n": i, "text": f"Paragraph number {i}."} for i in range(2000)]
    records[1500] = {"n": 1500}
    data = tmp_path / "big.jsonl"
    data.write_bytes(_lines(*records))
    one = run_newsclean("--format", "jsonl", str(data), "--jobs", "1")
    three = run_newsclean("--format", "jsonl", str(data), "--jobs", "3")
    assert one.stdout == three.stdout and one.stderr == three.stderr
    assert three.stderr.decode() == f"newsclean: {data}:1501: no 'text' field\n"
    assert [json.loads(x)["n"] for x in three.stdout.decode().splitlines()] == list(range(2000))


def test_output_dir_gets_jsonl_files_and_skip_existing(tmp_path: Path) -> None:
    source = tmp_path / "in"
    source.mkdir()
    (source / "a.jsonl").write_bytes(_lines({"text": "One."}))
    (source / "notes.txt").write_text("not JSON Lines", encoding="utf-8")
    out = tmp_path / "out"
    assert run_newsclean("--format", "jsonl", str(source), "-o", str(out)).returncode == 0
    assert sorted(p.name for p in out.iterdir()) == ["a.jsonl"]
    assert json.loads((out / "a.jsonl").read_text(encoding="utf-8")) == {"text": "One.\n"}
    again = run_newsclean("--format", "jsonl", str(source), "-o", str(out), "--skip-existing")
    assert again.returncode == 0 and "1 skipped" in again.stderr.decode()


def test_a_legacy_8_bit_line_is_read_as_windows_1252_with_a_warning() -> None:
    result = run_newsclean("--format", "jsonl", stdin=b'{"text": "Caf\xe9 society."}\n')
    assert result.returncode == 0
    assert json.loads(result.stdout) == {"text": "Caf\u00e9 society.\n"}
    assert "<stdin>:1: warning: not valid utf-8: read as windows-1252" in result.stderr.decode()
