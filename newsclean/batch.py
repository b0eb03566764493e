"""Inputs to outputs: walking directories, naming outputs, writing them atomically."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

# Files a directory walk picks up; anything else in a scraped-data folder (images, archives,
# JSON sidecars) is not an article to clean. Markdown is left out: it is what newsclean writes.
# Any of these may be gzip-compressed (``page.html.gz``), as crawlers often store pages.
TEXT_SUFFIXES = frozenset({".txt", ".text", ".html", ".htm", ".xhtml", ""})


@dataclass(frozen=True, slots=True)
class Task:
    """One input to clean: a path (None for stdin) and where its output goes below ``-o DIR``."""

    source: Path | None
    relative: Path

    @property
    def name(self) -> str:
        return "<stdin>" if self.source is None else str(self.source)


def tasks(inputs: Iterable[str]) -> Iterator[Task]:
    """Expand inputs: ``-`` is stdin, a directory is walked (sorted, hidden files skipped)."""
    for raw in inputs:
        if raw == "-":
            yield Task(None, Path("stdin.md"))
            continue
        path = Path(raw)
        if path.is_dir():
            for file in sorted(_walk(path)):
                yield Task(file, _markdown_name(file.relative_to(path)))
        else:
            yield Task(path, _markdown_name(Path(path.name)))


def _markdown_name(path: Path) -> Path:
    """``a/story.html.gz`` and ``a/story.txt`` both become ``a/story.md``."""
    if path.suffix.lower() == ".gz":
        path = path.with_suffix("")
    return path.with_suffix(".md")


def _walk(root: Path) -> Iterator[Path]:
    for directory, subdirs, files in os.walk(root):
        subdirs[:] = [d for d in subdirs if not d.startswith(".")]
        for name in files:
            path = Path(directory, name)
            inner = path.with_suffix("") if path.suffix.lower() == ".gz" else path
            if not name.startswith(".") and inner.suffix.lower() in TEXT_SUFFIXES:
                yield path


def write_atomic(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` through a temporary file and a rename: never a partial file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as out:
            out.write(text)
        os.replace(temporary, path)
    except BaseException:
        os.unlink(temporary)
        raise
