"""The command through Click's runner and as a real process fed through a pipe."""

from __future__ import annotations

import gzip
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

import newsclean
from conftest import SAMPLES, SEED
from newsclean.cli import main

EXPECTED = SEED.with_suffix(".md").read_text(encoding="utf-8")


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "newsclean", *args], input=stdin, capture_output=True, check=False
    )


def test_pipe_and_path_give_the_same_output() -> None:
    piped = run(stdin=SEED.read_bytes())
    by_path = run(str(SEED))
    dash = run("-", stdin=SEED.read_bytes())
    assert piped.returncode == by_path.returncode == dash.returncode == 0
    assert piped.stdout.decode() == by_path.stdout.decode() == dash.stdout.decode() == EXPECTED
    assert piped.stderr == b""


def test_output_fed_back_is_unchanged() -> None:
    assert run(stdin=EXPECTED.encode()).stdout.decode() == EXPECTED


@pytest.mark.parametrize("raw", sorted(SAMPLES.glob("*.txt")), ids=lambda p: p.stem)
def test_cli_and_library_agree(raw: Path) -> None:
    result = CliRunner().invoke(main, [str(raw)])
    assert result.exit_code == 0
    assert result.stdout == newsclean.clean(raw.read_text(encoding="utf-8"))


def test_captions_keep_option() -> None:
    result = CliRunner().invoke(main, ["--captions", "keep", str(SEED)])
    assert result.stdout == SEED.with_name("seed.captions-keep.md").read_text(encoding="utf-8")


def test_output_dir_mirrors_relative_paths(tmp_path: Path) -> None:
    source = tmp_path / "in"
    (source / "world").mkdir(parents=True)
    (source / "world" / "a.txt").write_bytes(SEED.read_bytes())
    (source / "b.txt").write_text("Just one paragraph of text.\n", encoding="utf-8")
    result = CliRunner().invoke(main, [str(source), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "out" / "world" / "a.md").read_text(encoding="utf-8") == EXPECTED
    assert (tmp_path / "out" / "b.md").read_text(
        encoding="utf-8"
    ) == "Just one paragraph of text.\n"


def test_failed_input_is_named_and_others_still_done(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_bytes(SEED.read_bytes())
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    missing = tmp_path / "missing.txt"
    result = run(str(missing), str(binary), str(good), "-o", str(tmp_path / "out"))
    assert result.returncode == 1
    err = result.stderr.decode()
    assert "missing.txt: no such file or directory" in err
    assert "image.txt: binary file (a PNG image)" in err
    assert "good.txt" not in err
    assert (tmp_path / "out" / "good.md").read_text(encoding="utf-8") == EXPECTED
    assert not (tmp_path / "out" / "image.md").exists()
    assert good.read_bytes() == SEED.read_bytes()


def test_legacy_8_bit_text_is_read_as_windows_1252_with_a_warning() -> None:
    result = run(stdin=b"Caf\xe9 society returns to the city centre \x96 at last.\n")
    assert result.returncode == 0
    assert (
        result.stdout.decode() == "Caf\u00e9 society returns to the city centre \u2013 at last.\n"
    )
    assert b"not valid utf-8: read as windows-1252" in result.stderr


def test_a_stray_byte_in_utf8_text_is_replaced_with_a_warning() -> None:
    result = run(stdin="Caf\u00e9 society returns ".encode() + b"\xff to the city centre.\n")
    assert result.returncode == 0
    assert result.stdout.decode() == "Caf\u00e9 society returns \ufffd to the city centre.\n"
    assert b"invalid utf-8 at byte 22" in result.stderr


def test_encoding_option() -> None:
    result = run("--encoding", "latin-1", stdin=b"Caf\xe9 society returns.\n")
    assert result.stdout.decode() == "Café society returns.\n" and result.stderr == b""


def test_empty_input_is_empty_output() -> None:
    result = run(stdin=b"")
    assert result.returncode == 0 and result.stdout == b""


def test_usage_errors_exit_2() -> None:
    assert run("--captions", "sometimes").returncode == 2
    assert run(str(SEED), str(SEED)).returncode == 2


def test_version_and_help() -> None:
    assert run("--version").stdout.decode().startswith("newsclean, version ")
    help_text = run("--help").stdout.decode()
    assert "newsclean < raw.txt > clean.md" in help_text


PAGE = (
    "<!DOCTYPE html><html><head><title>Council approves budget</title></head><body>"
    "<nav><a href='/'>Home</a></nav><article><h1>Council approves budget</h1>"
    "<p>The city council voted on Tuesday to approve a new budget for the coming year, after a "
    "debate that lasted well into the night and drew a crowd of residents to the town hall.</p>"
    "<h2>What it pays for</h2><ul><li>Two new libraries</li></ul></article></body></html>"
)
PAGE_MD = (
    "# Council approves budget\n\nThe city council voted on Tuesday to approve a new budget for "
    "the coming year, after a debate that lasted well into the night and drew a crowd of "
    "residents to the town hall.\n\n## What it pays for\n\n- Two new libraries\n"
)


def test_html_is_recognised_by_content() -> None:
    result = run(stdin=PAGE.encode())
    assert result.returncode == 0 and result.stderr == b""
    assert result.stdout.decode() == PAGE_MD
    assert run("--format", "html", stdin=PAGE.encode()).stdout.decode() == PAGE_MD


def test_format_text_reads_html_as_text() -> None:
    out = run("--format", "text", stdin=PAGE.encode()).stdout.decode()
    assert "\\<nav>" in out


def test_format_html_on_plain_text_is_best_effort() -> None:
    result = run("--format", "html", stdin=b"Just one line of plain text, no markup at all.")
    assert result.returncode == 0
    assert "Just one line of plain text" in result.stdout.decode()


def test_gzip_inputs_are_read_and_named_without_gz(tmp_path: Path) -> None:
    source = tmp_path / "in"
    source.mkdir()
    (source / "story.html.gz").write_bytes(gzip.compress(PAGE.encode()))
    (source / "seed.txt.gz").write_bytes(gzip.compress(SEED.read_bytes()))
    (source / "photo.jpg.gz").write_bytes(gzip.compress(b"\xff\xd8\xff"))
    result = run(str(source), "-o", str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["seed.md", "story.md"]
    assert (tmp_path / "out" / "story.md").read_text(encoding="utf-8") == PAGE_MD
    assert (tmp_path / "out" / "seed.md").read_text(encoding="utf-8") == EXPECTED


def test_bad_gzip_is_named_and_others_still_done(tmp_path: Path) -> None:
    bad = tmp_path / "bad.html.gz"
    bad.write_bytes(gzip.compress(PAGE.encode())[:40])
    good = tmp_path / "good.html"
    good.write_text(PAGE, encoding="utf-8")
    result = run(str(bad), str(good), "-o", str(tmp_path / "out"))
    assert result.returncode == 1
    assert "bad.html.gz: truncated gzip data" in result.stderr.decode()
    assert (tmp_path / "out" / "good.md").read_text(encoding="utf-8") == PAGE_MD


def test_page_without_an_article_warns() -> None:
    result = run("--format", "html", stdin=b"<html><body><div></div></body></html>")
    assert result.returncode == 0 and result.stdout == b""
    assert b"no article text found in the page" in result.stderr


def test_html_charset_warning_names_the_input(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_bytes(PAGE.encode().replace(b"Tuesday", "Tuesday \u00e9".encode() + b"\xff"))
    result = run(str(page))
    assert result.returncode == 0
    assert f"{page}: warning: invalid utf-8".encode() in result.stderr


def test_scope_option_reaches_the_core(tmp_path: Path) -> None:
    first = "The council voted on Monday to close the library on Sundays after a long debate."
    second = "Residents had collected three thousand signatures against the plan in one month."
    text = f"Gardens\n\nHarbour\n\n{first}\n\n{second}\n\nLighthouse"
    out = CliRunner().invoke(main, ["--scope", "page"], input=text).stdout
    assert out == f"# Gardens\n\n{first}\n\n{second}\n"  # the first line is the page's title
    assert "Gardens" in CliRunner().invoke(main, [], input=text).stdout


def test_one_input_on_stdin_loads_no_pool_progress_bar_or_cluster() -> None:
    # `newsclean < article.txt` starts once per article in a shell loop: it must not pay for
    # the process pool, rich, Dask or trafilatura, which only batches, terminals, clusters
    # and HTML pages use.
    code = (
        "import sys\n"
        "from newsclean.cli import main\n"
        "try:\n"
        "    main([], standalone_mode=False)\n"
        "except SystemExit as done:\n"
        "    assert done.code == 0\n"
        "heavy = {'concurrent', 'multiprocessing', 'rich', 'dask', 'distributed', 'trafilatura'}\n"
        "print(sorted(heavy & {name.split('.')[0] for name in sys.modules}), file=sys.stderr)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], input=SEED.read_bytes(), capture_output=True, check=True
    )
    assert result.stdout.decode() == EXPECTED
    assert result.stderr.decode().splitlines()[-1] == "[]"
