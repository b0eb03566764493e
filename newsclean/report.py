"""What a run did, for people and for monitoring: per-block decisions (``--explain``), counts
(``--stats``) and the one exit code.

Every decision is recorded on the blocks, so explaining is rendering them and stats are
counting them; both read the same blocks and so always agree. Rich is imported only when
drawing to a terminal, so a cron run never pays for it.
"""

from __future__ import annotations

import signal
from collections import Counter
from dataclasses import dataclass, field
from itertools import cycle
from typing import Any, NamedTuple, TextIO

from .batch import write_text
from .document import Document
from .pipeline import FILTER_NAMES

# One colour per filter on a terminal (in pipeline order); removed text is also dimmed and
# struck through. Green is left for kept text.
_PALETTE = (
    "red",
    "magenta",
    "cyan",
    "yellow",
    "blue",
    "bright_red",
    "bright_magenta",
    "bright_cyan",
    "bright_yellow",
    "bright_blue",
    "dark_orange",
    "purple",
    "turquoise2",
    "gold1",
    "deep_pink3",
    "orchid",
    "steel_blue1",
    "salmon1",
)
_FILTER_STYLES = dict(zip(FILTER_NAMES, cycle(_PALETTE), strict=False))


class Decision(NamedTuple):
    """One block's verdict as ``--explain`` prints it."""

    verdict: str
    filter: str
    reason: str
    text: str


def decisions(document: Document) -> list[Decision]:
    return [
        Decision("kept", block.trimmed_by or "-", block.reason or "-", block.text)
        if block.kept
        else Decision("removed", block.removed_by or "-", block.reason or "-", block.text)
        for block in document.blocks
    ]


@dataclass(slots=True)
class Tally:
    """Counts over cleaned documents; workers fill one each, the run adds them up."""

    documents: int = 0
    bytes_in: int = 0
    bytes_out: int = 0
    blocks_kept: int = 0
    removed: Counter[str] = field(default_factory=Counter)

    def count(self, document: Document, bytes_in: int, markdown: str) -> None:
        self.documents += 1
        self.bytes_in += bytes_in
        self.bytes_out += len(markdown.encode("utf-8"))
        for block in document.blocks:
            if block.removed_by is None:
                self.blocks_kept += 1
            else:
                self.removed[block.removed_by] += 1

    def add(self, other: Tally) -> None:
        self.documents += other.documents
        self.bytes_in += other.bytes_in
        self.bytes_out += other.bytes_out
        self.blocks_kept += other.blocks_kept
        self.removed.update(other.removed)


class Failure(NamedTuple):
    input: str
    reason: str


@dataclass(slots=True)
class RunReport:
    """Everything a run learned; it alone decides the exit code."""

    tally: Tally = field(default_factory=Tally)
    failures: list[Failure] = field(default_factory=list)
    skipped: int = 0
    signal: int | None = None

    @property
    def exit_code(self) -> int:
        """0 all good, 1 some inputs failed, 128 + N when stopped by signal N (130, 143)."""
        if self.signal is not None:
            return 128 + self.signal
        return 1 if self.failures else 0

    def stats(self) -> dict[str, Any]:
        removed = {name: self.tally.removed.get(name, 0) for name in FILTER_NAMES}
        return {
            "documents": self.tally.documents,
            "bytes_in": self.tally.bytes_in,
            "bytes_out": self.tally.bytes_out,
            "blocks_kept": self.tally.blocks_kept,
            "blocks_removed": removed,
            "skipped": self.skipped,
            "failures": [failure._asdict() for failure in self.failures],
            "interrupted_by": signal.Signals(self.signal).name if self.signal else None,
        }

    def summary(self) -> str:
        """One terse line for logs."""
        parts = [f"{self.tally.documents} cleaned", f"{len(self.failures)} failed"]
        if self.skipped:
            parts.insert(1, f"{self.skipped} skipped (up to date)")
        if self.signal is not None:
            parts.append(f"stopped by {signal.Signals(self.signal).name}")
        return ", ".join(parts)


def write_stats(report: RunReport, stream: TextIO) -> None:
    """The stats as JSON, or as a table when ``stream`` is a terminal a person reads."""
    if not stream.isatty():
        import json  # only --stats needs it

        stream.write(json.dumps(report.stats(), indent=2, ensure_ascii=False) + "\n")
        return
    from rich.console import Console
    from rich.table import Table

    stats = report.stats()
    table = Table(title="newsclean stats", show_header=False)
    for key in ("documents", "bytes_in", "bytes_out", "blocks_kept", "skipped"):
        table.add_row(key.replace("_", " "), str(stats[key]))
    for name, count in stats["blocks_removed"].items():
        table.add_row(f"removed by {name}", str(count), style=_FILTER_STYLES.get(name))
    for failure in report.failures:
        table.add_row("failed", f"{failure.input}: {failure.reason}", style="bold red")
    Console(file=stream).print(table)


class Explainer:
    """Writes each document's decisions: tab-separated lines for ``grep``/``cut`` when piped,
    coloured lines (a style per filter, removed text dimmed and struck) on a terminal."""

    def __init__(self, stream: TextIO, several: bool) -> None:
        self._stream = stream
        self._several = several
        self._console: Any = None
        if stream.isatty():
            from rich.console import Console

            self._console = Console(file=stream, highlight=False)

    def document(self, name: str, rows: list[Decision]) -> None:
        if self._console is not None:
            self._rich(name, rows)
            return
        if self._several:
            self._stream.write(f"==> {name} <==\n")
        for row in rows:
            write_text(self._stream, "\t".join(row) + "\n")

    def _rich(self, name: str, rows: list[Decision]) -> None:
        from rich.text import Text

        if self._several:
            self._console.print(Text(f"==> {name} <==", style="bold"))
        for row in rows:
            if row.verdict == "kept":
                trimmed = ("", "") if row.filter == "-" else (f"  ({row.reason})", "dim")
                self._console.print(Text.assemble(("kept     ", "green"), row.text, trimmed))
                continue
            colour = _FILTER_STYLES.get(row.filter, "blue")
            label = Text(f"{row.filter:<9}", style=f"bold {colour}")
            reason = Text(f"{row.reason}: ", style=colour)
            self._console.print(Text.assemble(label, reason, (row.text, "dim strike")))
