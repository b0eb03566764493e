"""Telling the operator how a run goes, on standard error: a progress bar and a summary table
on a terminal, terse lines in a log, nothing but failures with ``--quiet``."""

from __future__ import annotations

import signal
import time
from typing import Any, Protocol, TextIO

from .report import RunReport


class Reporter(Protocol):
    def start(self, total: int) -> None: ...
    def warning(self, name: str, message: str) -> None: ...
    def failure(self, name: str, reason: str) -> None: ...
    def advance(self) -> None: ...
    def finish(self, report: RunReport) -> None: ...


class PlainReporter:
    """One line per problem, and for a batch one summary line: what a cron mail should hold.
    Failures are always named; ``quiet`` drops warnings and the summary."""

    def __init__(self, stream: TextIO, quiet: bool, batch: bool) -> None:
        self._stream = stream
        self._quiet = quiet
        self._batch = batch

    def start(self, total: int) -> None:
        pass

    def warning(self, name: str, message: str) -> None:
        if not self._quiet:
            self._line(f"{name}: warning: {message}")

    def failure(self, name: str, reason: str) -> None:
        self._line(f"{name}: {reason}")

    def advance(self) -> None:
        pass

    def finish(self, report: RunReport) -> None:
        if report.signal is not None or (self._batch and not self._quiet):
            self._line(report.summary())

    def _line(self, text: str) -> None:
        self._stream.write(f"newsclean: {text}\n")
        self._stream.flush()


class RichReporter:
    """A live progress bar, problems printed above it, and a summary table at the end."""

    def __init__(self, stream: TextIO) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

        self._console = Console(file=stream, highlight=False)
        self._progress = Progress(
            "[progress.description]{task.description}",
            BarColumn(),
            MofNCompleteColumn(),
            TimeRemainingColumn(),
            console=self._console,
            transient=True,
        )
        self._task: Any = None
        self._started = time.monotonic()

    def start(self, total: int) -> None:
        self._started = time.monotonic()
        self._progress.start()
        self._task = self._progress.add_task("cleaning", total=total)

    def warning(self, name: str, message: str) -> None:
        self._say("warning", "yellow", f"{name}: {message}")

    def failure(self, name: str, reason: str) -> None:
        self._say("failed", "bold red", f"{name}: {reason}")

    def _say(self, label: str, style: str, text: str) -> None:
        from rich.text import Text

        # Text, not markup: a file name with brackets must print as itself.
        self._console.print(Text.assemble((label, style), " ", text))

    def advance(self) -> None:
        self._progress.advance(self._task)

    def finish(self, report: RunReport) -> None:
        from rich.table import Table

        self._progress.stop()
        table = Table(title="newsclean", show_header=False)
        table.add_row("cleaned", str(report.tally.documents), style="green")
        table.add_row("skipped (up to date)", str(report.skipped))
        table.add_row("failed", str(len(report.failures)), style="red" if report.failures else "")
        table.add_row("seconds", f"{time.monotonic() - self._started:.1f}")
        if report.signal is not None:
            table.add_row("stopped by", signal.Signals(report.signal).name, style="bold red")
        self._console.print(table)
