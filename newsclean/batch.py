"""Inputs to outputs: expanding paths and globs, naming outputs, writing them atomically."""

from __future__ import annotations

import glob
import io
import os
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from itertools import takewhile
from pathlib import Path
from typing import NamedTuple, TextIO

# Files a directory walk picks up; anything else in a scraped-data folder (images, archives,
# JSON sidecars) is not an article to clean. Markdown is left out: it is what newsclean writes.
# Any of these may be gzip-compressed (``page.html.gz``), as crawlers often store pages.
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
TEXT_SUFFIXES = frozenset({".txt", ".text", ""}) | HTML_SUFFIXES
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
_GLOB_CHARS = frozenset("*?[")
# Characters per write: at most 4 bytes each, so a piece always fits the stream's buffer.
_PIECE = io.DEFAULT_BUFFER_SIZE // 4


class UnsafeOutputError(ValueError):
    """An output path that would land outside the output directory."""


class Task(NamedTuple):
    """One input to clean: a path (None for stdin) and where its output goes below ``-o DIR``."""

    source: Path | None
    relative: Path

    @property
    def name(self) -> str:
        return "<stdin>" if self.source is None else str(self.source)

    @property
    def pattern_name(self) -> str:
        """The name per-source config rules match: the path as given, ``-`` for stdin."""
        return "-" if self.source is None else str(self.source)


def tasks(
    inputs: Iterable[str], suffixes: frozenset[str] = TEXT_SUFFIXES, output_suffix: str = ".md"
) -> Iterator[Task]:
    """Expand inputs: ``-`` is stdin, a directory is walked (sorted, hidden files skipped), and
    a glob no file is named after is expanded here too, so a quoted ``'in/**/*.txt'`` works."""
    for raw in inputs:
        if raw == "-":
            yield Task(None, Path("stdin").with_suffix(output_suffix))
            continue
        path = Path(raw)
        if not path.exists() and _GLOB_CHARS & set(raw):
            matches = sorted(glob.glob(raw, recursive=True))
            base = _glob_base(raw)
            for match in (Path(m) for m in matches):
                yield from _expand(match, match.relative_to(base), suffixes, output_suffix)
            if matches:
                continue
        # A directory's files keep their paths below it; a file given by name keeps its name.
        yield from _expand(
            path, Path() if path.is_dir() else Path(path.name), suffixes, output_suffix
        )


def _expand(path: Path, relative: Path, suffixes: frozenset[str], suffix: str) -> Iterator[Task]:
    if path.is_dir():
        for file in sorted(_walk(path, suffixes)):
            yield Task(file, _output_name(relative / file.relative_to(path), suffix))
    else:
        yield Task(path, _output_name(relative, suffix))


def _output_name(path: Path, suffix: str) -> Path:
    """``a/story.html.gz`` and ``a/story.txt`` both become ``a/story.md``."""
    return _unpacked(path).with_suffix(suffix)


def _unpacked(path: Path) -> Path:
    """The name a gzip-compressed file has inside: ``story.html`` for ``story.html.gz``."""
    return path.with_suffix("") if path.suffix.lower() == ".gz" else path


def _glob_base(pattern: str) -> Path:
    """The directory part of a glob before its first wildcard: outputs mirror paths below it."""
    fixed = takewhile(lambda part: not _GLOB_CHARS & set(part), Path(pattern).parts)
    return Path(*fixed)


def _walk(root: Path, suffixes: frozenset[str]) -> Iterator[Path]:
    for directory, subdirs, files in os.walk(root):
        subdirs[:] = [d for d in subdirs if not d.startswith(".")]
        for name in files:
            path = Path(directory, name)
            if not name.startswith(".") and _unpacked(path).suffix.lower() in suffixes:
                yield path


def destination(output_dir: Path, relative: Path) -> Path:
    """Where an output goes, refusing any path that leaves ``output_dir``: a ``..`` part, or a
    directory below it that is a symlink to elsewhere."""
    if relative.is_absolute() or ".." in relative.parts:
        raise UnsafeOutputError(f"output path {relative} would leave the output directory")
    path = output_dir / relative
    if not path.parent.resolve().is_relative_to(output_dir.resolve()):
        raise UnsafeOutputError(f"{path.parent} leads outside the output directory (a symlink)")
    return path


def is_up_to_date(source: Path | None, output: Path) -> bool:
    """Whether ``output`` exists and is not older than ``source``: a resumed run skips it."""
    if source is None:
        return False
    try:
        return output.stat().st_mtime >= source.stat().st_mtime
    except OSError:
        return False


@contextmanager
def atomic_output(path: Path) -> Iterator[TextIO]:
    """A file that appears at ``path`` complete or not at all: written to a temporary file in
    the same directory and renamed on success, removed on any error or interruption."""
    import tempfile  # not loaded when writing to stdout only

    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        # mkstemp makes the file private (0600); an output is an ordinary file.
        os.fchmod(fd, 0o666 & ~_umask())
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as out:
            yield out
        os.replace(temporary, path)
    except BaseException:
        os.unlink(temporary)
        raise


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def remove_stale(path: Path) -> None:
    """Remove the temporaries of ``path`` that a killed writer left behind (a lost cluster
    worker): its task is run again, and nothing partial may stay in the output directory."""
    for stale in path.parent.glob(f".{glob.escape(path.name)}.*.tmp"):
        stale.unlink(missing_ok=True)


def write_atomic(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` through a temporary file and a rename: never a partial file."""
    with atomic_output(path) as out:
        write_text(out, text)


def write_text(stream: TextIO, text: str) -> None:
    """Write ``text`` in pieces that fit the buffer. CPython's buffered writer can lose the
    error of one large write cut short partway (a pipe whose reader left after the first
    64 KiB): the write returns as if complete and the data is gone. Small writes raise."""
    for start in range(0, len(text), _PIECE):
        stream.write(text[start : start + _PIECE])
