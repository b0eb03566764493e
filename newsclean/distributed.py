"""Running a batch on a Dask cluster: the same tasks as a local run, on many machines.

Workers read the inputs and write the outputs themselves, on a filesystem they share with the
client; only small outcomes travel back, and the client reports them in input order, so the
messages, the summary and the exit code are those of a local run. Text files go out a few per
task through the same code as local workers. A JSON Lines file is cut into byte ranges that end
on line boundaries; each range is cleaned into a part, and a last task joins the parts into
the output. Every file appears atomically, and a task that runs again after its worker died
first removes what the dead attempt left.

Dask is an optional extra: this module is imported only when ``--scheduler`` is given.
"""

from __future__ import annotations

import logging
import shutil
import uuid
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any, BinaryIO, NamedTuple, TextIO

from .batch import Task, atomic_output, destination, is_up_to_date, remove_stale, write_text
from .learn import BoilerplateCounter
from .options import Options
from .progress import Reporter
from .report import Explainer, Failure, RunReport, Tally
from .runner import (
    Interrupted,
    LinesOutcome,
    Settings,
    Stdin,
    StopSignals,
    chunks,
    clean_lines,
    count,
    count_lines,
    failure_reason,
    run_files,
    with_boilerplate,
    worker_lost,
)

INSTALL = "pip install 'newsclean[dask]'"
# A JSON Lines range: large enough that a task is worth scheduling, small enough that a
# big file keeps every worker busy.
_MIN_RANGE_BYTES = 256 * 1024
_MAX_RANGE_BYTES = 64 * 1024 * 1024
_RANGES_PER_WORKER = 2


class SchedulerError(Exception):
    """Dask is not installed, or the scheduler cannot be reached: a usage error."""


def check_installed() -> None:
    """Fail before any work when the extra is missing, saying how to install it."""
    try:
        import distributed  # noqa: F401
    except ImportError as error:
        raise SchedulerError(f"--scheduler needs Dask: {INSTALL}") from error


def run(
    scheduler: str,
    todo: list[Task],
    settings: Settings,
    options_for: Callable[[Task], Options],
    reporter: Reporter,
    explainer: Explainer | None,
    stdout: TextIO,
    learned: BoilerplateCounter | None = None,
) -> RunReport:
    """Clean every task on the cluster at ``scheduler`` (an address, or ``local`` for a
    cluster of ``settings.jobs`` processes on this machine), as :func:`newsclean.runner.run`
    does locally."""
    check_installed()
    report = RunReport()
    stop = StopSignals()
    with ExitStack() as stack:
        client = _connect(scheduler, settings.jobs, stack)
        threads = sum(w["nthreads"] for w in client.scheduler_info()["workers"].values())
        settings = settings._replace(jobs=max(1, threads), remove_stale=True)
        reporter.start(len(todo))
        stack.enter_context(stop.installed())
        # Closing the client (on the way out) releases its tasks; a stop cancels what waits.
        executor = client.get_executor(pure=False)
        try:
            if learned is not None:
                if settings.jsonl is None:
                    learned.merge(count(todo, settings, executor, stop, Stdin(False)))
                else:
                    learned.merge(_count_jsonl(client, todo, settings, stop))
                if stop.signum is not None:
                    raise Interrupted
                options_for = with_boilerplate(options_for, learned)
            if settings.jsonl is None:
                run_files(
                    todo,
                    settings,
                    options_for,
                    executor,
                    stop,
                    report,
                    reporter,
                    explainer,
                    stdout,
                    Stdin(False),
                )
            else:
                _run_jsonl(client, todo, settings, options_for, stop, report, reporter)
        except Interrupted:
            pass
        report.signal = stop.signum
    reporter.finish(report)
    return report


def _connect(scheduler: str, workers: int, stack: ExitStack) -> Any:
    from distributed import Client, LocalCluster

    try:
        if scheduler == "local":
            cluster = LocalCluster(
                n_workers=workers,
                threads_per_worker=1,
                processes=True,
                dashboard_address=":0",  # never clash with a dashboard already running
                silence_logs=logging.ERROR,
            )
            stack.callback(cluster.close)
            client = Client(cluster)
        else:
            client = Client(scheduler, timeout="30s")
    except (OSError, TimeoutError) as error:
        raise SchedulerError(f"cannot reach the Dask scheduler at {scheduler}: {error}") from error
    stack.callback(client.close)
    return client


# JSON Lines: byte ranges cleaned into parts, parts joined into the output.


class RangeJob(NamedTuple):
    """The lines of ``source`` that start in ``[start, end)``; cleaned into ``part``."""

    source: Path
    start: int
    end: int
    settings: Settings
    options: Options
    part: Path | None = None  # None when counting


@dataclass(slots=True)
class RangeOutcome:
    lines: int = 0
    cleaned: LinesOutcome = field(default_factory=LinesOutcome)
    error: str | None = None


def ranges(size: int, workers: int) -> list[tuple[int, int]]:
    """Cut ``size`` bytes into ranges so that each worker gets a few of them."""
    wanted = size // (workers * _RANGES_PER_WORKER) + 1
    step = min(_MAX_RANGE_BYTES, max(_MIN_RANGE_BYTES, wanted))
    return [(start, min(start + step, size)) for start in range(0, max(size, 1), step)]


def _lines_in(stream: BinaryIO, start: int, end: int) -> Iterator[bytes]:
    """The lines that start at an offset in ``[start, end)``: a line crossing ``start`` is the
    previous range's, so every line is read by exactly one range whatever the cut."""
    position = start
    if start > 0:
        stream.seek(start - 1)
        position += len(stream.readline()) - 1
    while position < end:
        line = stream.readline()
        if not line:
            return
        position += len(line)
        yield line


def clean_range(job: RangeJob) -> RangeOutcome:
    """Clean one range into its part file (in a worker)."""
    assert job.part is not None
    outcome = RangeOutcome()
    try:
        remove_stale(job.part)
        with job.source.open("rb") as stream, atomic_output(job.part) as out:
            lines = _Counted(_lines_in(stream, job.start, job.end))
            for chunk in chunks(lines, job.options, job.settings):
                cleaned = clean_lines(chunk)
                write_text(out, cleaned.text)
                outcome.cleaned.tally.add(cleaned.tally)
                outcome.cleaned.warnings.extend(cleaned.warnings)
                outcome.cleaned.failures.extend(cleaned.failures)
            outcome.lines = lines.count
    except (OSError, ValueError) as error:
        outcome.error = failure_reason(error)
    return outcome


def count_range(job: RangeJob) -> BoilerplateCounter:
    """Count blocks in one range (in a worker); unreadable input is the cleaning pass's."""
    counter = BoilerplateCounter()
    try:
        with job.source.open("rb") as stream:
            for chunk in chunks(_lines_in(stream, job.start, job.end), job.options, job.settings):
                counter.merge(count_lines(chunk))
    except (OSError, ValueError):
        pass
    return counter


def join_parts(target: Path, parts: list[Path], *_ranges: RangeOutcome) -> str | None:
    """Join the parts into ``target`` atomically, then remove them (in a worker). The range
    outcomes are passed only so that the cluster runs this after the ranges."""
    try:
        remove_stale(target)
        with atomic_output(target) as out:
            for part in parts:
                with part.open(encoding="utf-8", newline="") as piece:
                    shutil.copyfileobj(piece, out)
        for part in parts:
            part.unlink(missing_ok=True)
    except (OSError, ValueError) as error:
        return failure_reason(error)
    return None


class _Counted:
    """Passes lines through and counts them: a range's failures are numbered from its first
    line, and the client adds the lines of the ranges before it."""

    def __init__(self, lines: Iterator[bytes]) -> None:
        self._lines = lines
        self.count = 0

    def __iter__(self) -> Iterator[bytes]:
        for line in self._lines:
            self.count += 1
            yield line


def _count_jsonl(
    client: Any, todo: list[Task], settings: Settings, stop: StopSignals
) -> BoilerplateCounter:
    """The learning pass over JSON Lines ranges; inputs the cleaning pass skips are left out."""
    assert settings.output_dir is not None
    jobs = []
    for task in todo:
        assert task.source is not None
        try:
            target = destination(settings.output_dir, task.relative)
        except ValueError:
            continue
        if not (settings.skip_existing and is_up_to_date(task.source, target)):
            for start, end in ranges(_size(task.source), settings.jobs):
                jobs.append(RangeJob(task.source, start, end, settings, Options()))
    total = BoilerplateCounter()
    futures = client.map(count_range, jobs, pure=False)
    for future in futures:
        try:
            total.merge(stop.wait(future))
        except Exception:  # its workers died past the retries: learning is a tally, go on
            pass
        if stop.signum is not None:
            client.cancel(futures)
            break
    return total


def _run_jsonl(
    client: Any,
    todo: list[Task],
    settings: Settings,
    options_for: Callable[[Task], Options],
    stop: StopSignals,
    report: RunReport,
    reporter: Reporter,
) -> None:
    """Each file's ranges and join are submitted a few files ahead; outcomes are reported in
    input order, with line numbers counted from the start of the file."""
    assert settings.output_dir is not None
    parts_dir = settings.output_dir / f".newsclean-parts-{uuid.uuid4().hex}"
    pending: deque[Callable[[], None]] = deque()
    submitted: list[Any] = []
    try:
        for task in todo:
            if stop.signum is not None:
                break
            assert task.source is not None
            try:
                target = destination(settings.output_dir, task.relative)
            except ValueError as error:
                pending.append(
                    partial(_report_failure, task, failure_reason(error), report, reporter)
                )
                continue
            if settings.skip_existing and is_up_to_date(task.source, target):
                pending.append(partial(_report_skipped, report, reporter))
                continue
            jobs = []
            for index, (start, end) in enumerate(ranges(_size(task.source), settings.jobs)):
                part = parts_dir / task.relative.parent / f"{task.relative.name}.{index}"
                jobs.append(RangeJob(task.source, start, end, settings, options_for(task), part))
            range_futures = client.map(clean_range, jobs, pure=False)
            joined = client.submit(
                join_parts, target, [job.part for job in jobs], *range_futures, pure=False
            )
            submitted.extend((*range_futures, joined))
            pending.append(
                partial(_report_jsonl, task, range_futures, joined, stop, report, reporter)
            )
            while len(pending) > settings.jobs:
                pending.popleft()()
        while pending and stop.signum is None:
            pending.popleft()()
    finally:
        client.cancel(submitted)
        shutil.rmtree(parts_dir, ignore_errors=True)


def _report_jsonl(
    task: Task,
    range_futures: list[Any],
    joined: Any,
    stop: StopSignals,
    report: RunReport,
    reporter: Reporter,
) -> None:
    offset = 0
    errors: list[str] = []
    tally = Tally()
    for future in range_futures:
        try:
            outcome: RangeOutcome = stop.wait(future)
        except Exception as lost:  # its workers died past the retries: the file fails whole
            errors.append(worker_lost(lost))
            continue
        if outcome.error is not None:
            errors.append(outcome.error)
        tally.add(outcome.cleaned.tally)
        for number, warning in outcome.cleaned.warnings:
            reporter.warning(f"{task.name}:{number + offset}", warning)
        for number, why in outcome.cleaned.failures:
            report.failures.append(Failure(f"{task.name}:{number + offset}", why))
            reporter.failure(f"{task.name}:{number + offset}", why)
        offset += outcome.lines
    error = errors[0] if errors else _joined(joined, stop)
    if error is None:
        report.tally.add(tally)
        reporter.advance()
    else:
        _report_failure(task, error, report, reporter)


def _joined(joined: Any, stop: StopSignals) -> str | None:
    """The join task's error, if any; a join whose workers all died is one too."""
    try:
        result: str | None = stop.wait(joined)
    except Exception as error:
        return worker_lost(error)
    return result


def _report_failure(task: Task, error: str, report: RunReport, reporter: Reporter) -> None:
    report.failures.append(Failure(task.name, error))
    reporter.failure(task.name, error)
    reporter.advance()


def _report_skipped(report: RunReport, reporter: Reporter) -> None:
    report.skipped += 1
    reporter.advance()


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0  # one range: its task reports why the file cannot be read
