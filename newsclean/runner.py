"""Running a batch: tasks to worker processes, outcomes back in input order, stops on signals.

Workers read, clean and write on their own, so the main process hands out small jobs and
reports outcomes in input order: the output is the same whatever ``--jobs`` is. At most a few
jobs per worker are queued at a time, so a stop signal leaves little to cancel and memory
stays flat however many inputs (or JSON lines) there are.
"""

from __future__ import annotations

import os
import signal
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import FrameType
from typing import IO, TYPE_CHECKING, BinaryIO, Literal, NamedTuple, Protocol, TextIO, TypeVar

from . import CleanResult, clean_document, clean_html_document
from .batch import (
    HTML_SUFFIXES,
    Task,
    atomic_output,
    destination,
    is_up_to_date,
    remove_stale,
    write_atomic,
    write_text,
)
from .detect import looks_like_html, unpack
from .document import Document
from .inputs import Decoded, NotTextError, decode
from .learn import BoilerplateCounter
from .options import Options
from .parse import parse
from .progress import Reporter
from .report import Decision, Explainer, Failure, RunReport, Tally, decisions

if TYPE_CHECKING:
    # Only named in annotations: one input cleaned here never loads the pool machinery.
    from concurrent.futures import Executor, Future

ExplainMode = Literal["off", "alongside", "only"]
InputFormat = Literal["auto", "text", "html"]
# A JSON Lines chunk: enough lines to make a worker's round trip worthwhile, few enough bytes
# that the chunks in flight stay small.
_CHUNK_LINES = 256
_CHUNK_BYTES = 4 * 1024 * 1024
_QUEUED_PER_WORKER = 2
_MAX_FILES_PER_JOB = 16

J = TypeVar("J")
R = TypeVar("R")
R_co = TypeVar("R_co", covariant=True)


class JsonlFields(NamedTuple):
    """Where a JSON Lines record keeps its text, where the Markdown goes, and what to do with a
    line that cannot be cleaned."""

    text_field: str = "text"
    output_field: str = "text"
    on_error: Literal["pass", "skip"] = "pass"


class Settings(NamedTuple):
    """Everything about a run that is not how to clean (that is :class:`Options`)."""

    output_dir: Path | None = None
    jsonl: JsonlFields | None = None
    jobs: int = 1
    encoding: str | None = None
    skip_existing: bool = False
    explain: ExplainMode = "off"
    input_format: InputFormat = "auto"
    # On a cluster a task may run again after its worker died mid-write.
    remove_stale: bool = False


class Waitable(Protocol[R_co]):
    """A local or a cluster future."""

    def result(self) -> R_co: ...


class Interrupted(BaseException):
    """SIGINT or SIGTERM arrived while the main process was reading or cleaning itself."""


class StopSignals:
    """Turns SIGINT/SIGTERM into a stop: remembered, and raised as :class:`Interrupted` unless
    the main process is only waiting for workers (then the run stops taking new inputs)."""

    def __init__(self) -> None:
        self.signum: int | None = None
        self.deferred = False

    @contextmanager
    def installed(self) -> Iterator[StopSignals]:
        previous = {s: signal.signal(s, self._handle) for s in (signal.SIGINT, signal.SIGTERM)}
        try:
            yield self
        finally:
            for signum, handler in previous.items():
                signal.signal(signum, handler)

    def _handle(self, signum: int, frame: FrameType | None) -> None:
        self.signum = self.signum or signum
        if not self.deferred:
            raise Interrupted

    def wait(self, future: Waitable[R]) -> R:
        self.deferred = True
        try:
            return future.result()
        finally:
            self.deferred = False


def _ignore_stop_signals() -> None:
    # A terminal's Ctrl-C reaches the whole process group; only the main process decides.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)


def ordered(
    pool: Executor | None,
    work: Callable[[J], R],
    jobs: Iterable[J],
    stop: StopSignals,
    window: int,
    lost: Callable[[J, Exception], R],
) -> Iterator[R]:
    """``work`` over ``jobs``, a bounded number in flight, results in job order. After a stop
    signal no job is started; those already running finish and are reported. A job whose
    worker died (killed, out of memory, its machine gone) gives ``lost(job, error)``, so one
    bad input never ends the batch."""
    if pool is None:
        for job in jobs:
            yield work(job)
        return
    pending: deque[tuple[J, Future[R]]] = deque()

    def result(job: J, future: Future[R]) -> R:
        try:
            return stop.wait(future)
        except Exception as error:  # the pool's, not the job's: work() records its own
            return lost(job, error)

    try:
        for job in jobs:
            if stop.signum is not None:
                break
            try:
                pending.append((job, pool.submit(work, job)))
            except Exception as error:  # a pool whose workers died takes no more jobs
                yield lost(job, error)
                continue
            if len(pending) >= window:
                yield result(*pending.popleft())
        while pending:
            job, future = pending.popleft()
            if stop.signum is None or not future.cancel():
                yield result(job, future)
    finally:
        for _, future in pending:
            future.cancel()


class WorkerLost(RuntimeError):
    """The worker cleaning part of an input died: the input's output would be incomplete."""


def internal_error(error: Exception) -> str:
    """What to say of an input that newsclean itself failed on: a fault to report, which
    leaves the input untouched and writes nothing for it."""
    return f"newsclean failed on it ({type(error).__name__}: {error}); nothing was written for it"


def worker_lost(error: Exception) -> str:
    """What to say of an input whose worker died (or, on a cluster, died past its retries)."""
    return f"the worker cleaning it died ({type(error).__name__}: {error})"


def run(
    todo: list[Task],
    settings: Settings,
    options_for: Callable[[Task], Options],
    reporter: Reporter,
    explainer: Explainer | None,
    stdout: TextIO,
    learned: BoilerplateCounter | None = None,
) -> RunReport:
    """Clean every task; failures are recorded, never raised, so one bad input stops nothing.

    With ``learned`` (empty, or loaded from a profile), a first pass adds the batch's block
    counts to it and the cleaning pass removes the blocks it finds common.
    """
    report = RunReport()
    stop = StopSignals()
    stdin = Stdin(replayable=learned is not None)
    reporter.start(len(todo))
    with ExitStack() as stack:
        stack.enter_context(stop.installed())
        stack.callback(stdin.close)
        pool = None
        if settings.jobs > 1 or len(todo) > 1 or settings.jsonl is not None:
            _warm_up(todo, settings)
        if settings.jobs > 1:
            # The pool (and multiprocessing) costs start-up time that one input never needs.
            from .pool import RenewingPool

            pool = RenewingPool(settings.jobs, initializer=_ignore_stop_signals)
            stack.callback(pool.shutdown, wait=True, cancel_futures=True)
        try:
            if learned is not None:
                learned.merge(count(todo, settings, pool, stop, stdin))
                if stop.signum is not None:
                    raise Interrupted
                options_for = with_boilerplate(options_for, learned)
            if settings.jsonl is None:
                run_files(
                    todo,
                    settings,
                    options_for,
                    pool,
                    stop,
                    report,
                    reporter,
                    explainer,
                    stdout,
                    stdin,
                )
            else:
                _run_jsonl(
                    todo,
                    settings,
                    settings.jsonl,
                    options_for,
                    pool,
                    stop,
                    report,
                    reporter,
                    stdout,
                    stdin,
                )
        except Interrupted:
            pass
        report.signal = stop.signum
    reporter.finish(report)
    return report


_WARM_UP_TEXT = "Headline\n\nThe council met on Monday to discuss the budget for next year."


def _warm_up(todo: list[Task], settings: Settings) -> None:
    """Before a batch, compile the filters' patterns (and import trafilatura, when pages are
    HTML) and freeze all that for the garbage collector, which otherwise walks it again at
    every full collection of the run: 1.7% of the time a page takes. Workers forked from this
    process inherit it instead of each compiling again. Where workers start afresh instead of
    forking, this process cleans nothing and nothing is done."""
    import gc

    if settings.jobs > 1:
        import multiprocessing

        if multiprocessing.get_start_method() != "fork":
            return
    clean_document(_WARM_UP_TEXT)
    html = settings.input_format == "html" or (
        settings.input_format == "auto"
        and any(
            task.source is not None and HTML_SUFFIXES & set(task.source.suffixes) for task in todo
        )
    )
    if html:
        _quiet_trafilatura()
        clean_html_document(f"<html><body><article><p>{_WARM_UP_TEXT}</p></article></body></html>")
    gc.freeze()


def with_boilerplate(
    options_for: Callable[[Task], Options], learned: BoilerplateCounter
) -> Callable[[Task], Options]:
    """Each task's own options, plus the blocks the batch (and profile) found common."""
    common = learned.common()
    return lambda task: replace(options_for(task), boilerplate=common)


class Stdin:
    """Standard input, read once. A batch that learns reads its inputs twice, so stdin is
    then kept in a temporary file (memory stays flat for a JSON Lines stream)."""

    def __init__(self, replayable: bool) -> None:
        self._replayable = replayable
        self._data: bytes | None = None
        self._copy: IO[bytes] | None = None

    def read(self) -> bytes:
        if self._data is None:
            self._data = sys.stdin.buffer.read()
        return self._data

    def stream(self) -> BinaryIO:
        if not self._replayable:
            return sys.stdin.buffer
        if self._copy is None:
            from tempfile import TemporaryFile  # only a batch that learns replays stdin

            self._copy = TemporaryFile()
            while chunk := sys.stdin.buffer.read(1 << 20):
                self._copy.write(chunk)
        self._copy.seek(0)
        return self._copy  # type: ignore[return-value]

    def close(self) -> None:
        if self._copy is not None:
            self._copy.close()


# Learning: count the short blocks of every input that the cleaning pass will clean.


class CountJob(NamedTuple):
    settings: Settings
    files: list[FileJob]


def count_files(job: CountJob) -> BoilerplateCounter:
    """Count blocks in a few files (in a worker). Unreadable inputs are left to the cleaning
    pass, which reports them; inputs it will skip as up to date are not counted again."""
    counter = BoilerplateCounter()
    settings = job.settings
    for file in job.files:
        source = file.task.source
        try:
            if settings.output_dir is not None and settings.skip_existing:
                target = destination(settings.output_dir, file.task.relative)
                if is_up_to_date(source, target):
                    continue
            data = unpack((file.data if source is None else source.read_bytes()) or b"")
            counter.add_document(_blocks(data, settings))
        except (OSError, NotTextError, ValueError):
            continue
    return counter


def count_lines(job: LinesJob) -> BoilerplateCounter:
    """Count blocks in the text field of each JSON line; bad lines are the cleaning pass's."""
    import json  # JSON Lines only: one text file never loads it

    counter = BoilerplateCounter()
    for raw in job.lines:
        try:
            record = json.loads(decode(raw, job.encoding).text)
        except (NotTextError, ValueError):
            continue
        text = record.get(job.fields.text_field) if isinstance(record, dict) else None
        if isinstance(text, str):
            counter.add(text)
    return counter


def _no_counts(job: object, error: Exception) -> BoilerplateCounter:
    return BoilerplateCounter()


def count(
    todo: list[Task],
    settings: Settings,
    pool: Executor | None,
    stop: StopSignals,
    stdin: Stdin,
) -> BoilerplateCounter:
    """The learning pass, spread over the workers like the cleaning pass; their counters are
    merged here."""
    total = BoilerplateCounter()
    if settings.jsonl is None:
        size = _files_per_job(todo, settings)
        jobs = (
            CountJob(settings, [_file_job(task, Options(), stdin) for task in chunk])
            for chunk in _slices(todo, size)
        )
        # A job whose worker died counts nothing: learning is a tally, not an output.
        for counter in ordered(pool, count_files, jobs, stop, _window(settings), _no_counts):
            total.merge(counter)
        return total
    for task in todo:
        if stop.signum is not None:
            break
        if settings.output_dir is not None and settings.skip_existing:
            if is_up_to_date(task.source, destination(settings.output_dir, task.relative)):
                continue
        try:
            with ExitStack() as files:
                source = stdin.stream() if task.source is None else task.source.open("rb")
                if task.source is not None:
                    files.enter_context(source)
                lines = chunks(source, Options(), settings)
                window = _window(settings)
                for counter in ordered(pool, count_lines, lines, stop, window, _no_counts):
                    total.merge(counter)
        except (OSError, ValueError):
            continue
    return total


# Text files: one job per file, written by the worker.


class FileJob(NamedTuple):
    task: Task
    options: Options
    data: bytes | None = None  # stdin, read by the main process


class FilesJob(NamedTuple):
    """A few files per round trip: with thousands of small articles, one file per job would
    spend more time passing messages than cleaning."""

    settings: Settings
    files: list[FileJob]


@dataclass(slots=True)
class FileOutcome:
    name: str
    tally: Tally = field(default_factory=Tally)
    warnings: list[str] = field(default_factory=list)
    error: str | None = None
    skipped: bool = False
    markdown: str | None = None  # for stdout
    decisions: list[Decision] | None = None


def _file_job(task: Task, options: Options, stdin: Stdin) -> FileJob:
    return FileJob(task, options, None if task.source else stdin.read())


def _files_per_job(todo: list[Task], settings: Settings) -> int:
    return max(1, min(_MAX_FILES_PER_JOB, len(todo) // (_QUEUED_PER_WORKER * settings.jobs * 2)))


def _slices(todo: list[Task], size: int) -> Iterator[list[Task]]:
    for start in range(0, len(todo), size):
        yield todo[start : start + size]


def clean_files(job: FilesJob) -> list[FileOutcome]:
    """Read, clean and write files (in a worker): only small outcomes travel back."""
    return [clean_file(file, job.settings) for file in job.files]


def clean_file(job: FileJob, settings: Settings) -> FileOutcome:
    source = job.task.source
    outcome = FileOutcome(job.task.name)
    try:
        target = None
        if settings.output_dir is not None:
            target = destination(settings.output_dir, job.task.relative)
            if settings.skip_existing and is_up_to_date(source, target):
                outcome.skipped = True
                return outcome
        data = unpack((job.data if source is None else source.read_bytes()) or b"")
        decoded, result = _clean_input(data, job.options, settings)
        outcome.warnings = decoded.warnings
        outcome.tally.count(result.document, len(data or b""), result.markdown)
        if settings.explain != "off":
            outcome.decisions = decisions(result.document)
        if settings.explain != "only":
            if target is None:
                outcome.markdown = result.markdown
            else:
                if settings.remove_stale:
                    remove_stale(target)
                write_atomic(target, result.markdown)
    except (OSError, NotTextError, ValueError) as error:
        outcome.error = failure_reason(error)
    except Exception as error:  # a fault of the cleaner's own: this input fails, not its batch
        outcome.error = internal_error(error)
    return outcome


def _quiet_trafilatura() -> None:
    """trafilatura logs what it discards; newsclean reports each input in its own words."""
    import logging  # text inputs never log

    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)


def _is_html(data: bytes, settings: Settings) -> bool:
    fmt = settings.input_format
    if fmt == "html" or (fmt == "auto" and looks_like_html(data)):
        _quiet_trafilatura()
        return True
    return False


def _blocks(data: bytes, settings: Settings) -> Document:
    """An input's blocks as the cleaning pass will see them: a page's through trafilatura."""
    if _is_html(data, settings):
        from .html import decode_html, parse_html  # text inputs never load the HTML reader

        return parse_html(decode_html(data, settings.encoding).text)
    return parse(decode(data, settings.encoding).text)


def _clean_input(data: bytes, options: Options, settings: Settings) -> tuple[Decoded, CleanResult]:
    """Clean one input as text or, when it is HTML, through trafilatura."""
    if _is_html(data, settings):
        from .html import decode_html  # text inputs never load the HTML reader

        decoded = decode_html(data, settings.encoding)
        result = clean_html_document(decoded.text, options)
        if not result.markdown and decoded.text.strip():
            decoded.warnings.append("no article text found in the page")
        return decoded, result
    decoded = decode(data, settings.encoding)
    return decoded, clean_document(decoded.text, options)


def run_files(
    todo: list[Task],
    settings: Settings,
    options_for: Callable[[Task], Options],
    pool: Executor | None,
    stop: StopSignals,
    report: RunReport,
    reporter: Reporter,
    explainer: Explainer | None,
    stdout: TextIO,
    stdin: Stdin,
) -> None:
    size = _files_per_job(todo, settings)

    def jobs() -> Iterator[FilesJob]:
        for chunk in _slices(todo, size):
            yield FilesJob(settings, [_file_job(task, options_for(task), stdin) for task in chunk])

    def lost(job: FilesJob, error: Exception) -> list[FileOutcome]:
        return [FileOutcome(file.task.name, error=worker_lost(error)) for file in job.files]

    outcomes = ordered(pool, clean_files, jobs(), stop, _window(settings), lost)
    for outcome in (outcome for chunk in outcomes for outcome in chunk):
        for warning in outcome.warnings:
            reporter.warning(outcome.name, warning)
        if outcome.error is not None:
            report.failures.append(Failure(outcome.name, outcome.error))
            reporter.failure(outcome.name, outcome.error)
        elif outcome.skipped:
            report.skipped += 1
        report.tally.add(outcome.tally)
        if outcome.decisions is not None and explainer is not None:
            explainer.document(outcome.name, outcome.decisions)
        if outcome.markdown is not None:
            write_text(stdout, outcome.markdown)
        reporter.advance()


# JSON Lines: streamed in chunks of lines; the main process reads and writes, workers clean.


class LinesJob(NamedTuple):
    first_line: int
    lines: list[bytes]
    options: Options
    fields: JsonlFields
    encoding: str | None


@dataclass(slots=True)
class LinesOutcome:
    text: str = ""
    tally: Tally = field(default_factory=Tally)
    warnings: list[tuple[int, str]] = field(default_factory=list)
    failures: list[tuple[int, str]] = field(default_factory=list)


class _BadRecord(ValueError):
    """A JSON line newsclean cannot clean: not an object, or no string in the text field."""


def clean_lines(job: LinesJob) -> LinesOutcome:
    """Clean the text field of each JSON line; a bad line is reported and passed or skipped."""
    import json

    outcome = LinesOutcome()
    out: list[str] = []
    for number, raw in enumerate(job.lines, start=job.first_line):
        if not raw.strip():
            continue
        try:
            decoded = decode(raw, job.encoding)
            outcome.warnings.extend((number, warning) for warning in decoded.warnings)
            out.append(_clean_record(decoded.text, job, outcome.tally, len(raw)))
        except (_BadRecord, NotTextError, json.JSONDecodeError) as error:
            reason = (
                f"not JSON: {error.msg}" if isinstance(error, json.JSONDecodeError) else str(error)
            )
        except Exception as error:  # a fault of the cleaner's own: this line fails, not its file
            reason = internal_error(error)
        else:
            continue
        outcome.failures.append((number, reason))
        if job.fields.on_error == "pass":
            out.append(raw.decode("utf-8", errors="replace").rstrip("\r\n") + "\n")
    outcome.text = "".join(out)
    return outcome


def _clean_record(line: str, job: LinesJob, tally: Tally, size: int) -> str:
    import json

    record = json.loads(line)
    field_name = job.fields.text_field
    if not isinstance(record, dict):
        raise _BadRecord(f"not a JSON object but {type(record).__name__}")
    if field_name not in record:
        raise _BadRecord(f"no {field_name!r} field")
    text = record[field_name]
    if not isinstance(text, str):
        raise _BadRecord(f"field {field_name!r} is {type(text).__name__}, not a string")
    result = clean_document(text, job.options)
    tally.count(result.document, size, result.markdown)
    record[job.fields.output_field] = result.markdown
    cleaned = json.dumps(record, ensure_ascii=False)
    if not cleaned.isascii():
        try:
            cleaned.encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate escaped in the input: keep it escaped
            cleaned = json.dumps(record)
    return cleaned + "\n"


def chunks(lines: Iterable[bytes], options: Options, settings: Settings) -> Iterator[LinesJob]:
    """Lines in jobs of a bounded size, each knowing its first line's number (from 1)."""
    assert settings.jsonl is not None
    batch: list[bytes] = []
    size, first = 0, 1
    for number, raw in enumerate(lines, start=1):
        batch.append(raw)
        size += len(raw)
        if len(batch) >= _CHUNK_LINES or size >= _CHUNK_BYTES:
            yield LinesJob(first, batch, options, settings.jsonl, settings.encoding)
            batch, size, first = [], 0, number + 1
    if batch:
        yield LinesJob(first, batch, options, settings.jsonl, settings.encoding)


def _run_jsonl(
    todo: list[Task],
    settings: Settings,
    fields: JsonlFields,
    options_for: Callable[[Task], Options],
    pool: Executor | None,
    stop: StopSignals,
    report: RunReport,
    reporter: Reporter,
    stdout: TextIO,
    stdin: Stdin,
) -> None:
    for task in todo:
        if stop.signum is not None:
            return
        try:
            target = None
            if settings.output_dir is not None:
                target = destination(settings.output_dir, task.relative)
                if settings.skip_existing and is_up_to_date(task.source, target):
                    report.skipped += 1
                    reporter.advance()
                    continue
            with ExitStack() as files:
                source = stdin.stream() if task.source is None else task.source.open("rb")
                if task.source is not None:
                    files.enter_context(source)
                out = stdout if target is None else files.enter_context(atomic_output(target))
                jobs = chunks(source, options_for(task), settings)
                window = _window(settings)
                for outcome in ordered(pool, clean_lines, jobs, stop, window, _lines_lost):
                    write_text(out, outcome.text)
                    report.tally.add(outcome.tally)
                    for number, warning in outcome.warnings:
                        reporter.warning(f"{task.name}:{number}", warning)
                    for number, reason in outcome.failures:
                        report.failures.append(Failure(f"{task.name}:{number}", reason))
                        reporter.failure(f"{task.name}:{number}", reason)
                if stop.signum is not None:
                    raise Interrupted  # the output is incomplete: let atomic_output discard it
        except BrokenPipeError:
            raise  # stdout's reader went away: not this input's fault, and the run is over
        except (OSError, ValueError, WorkerLost) as error:
            report.failures.append(Failure(task.name, failure_reason(error)))
            reporter.failure(task.name, failure_reason(error))
        reporter.advance()


def _lines_lost(job: LinesJob, error: Exception) -> LinesOutcome:
    # Lines missing from the middle would corrupt the output: the whole input fails instead.
    raise WorkerLost(worker_lost(error)) from error


def _window(settings: Settings) -> int:
    return _QUEUED_PER_WORKER * settings.jobs


def failure_reason(error: Exception) -> str:
    if isinstance(error, OSError) and error.strerror:
        return error.strerror.lower()
    return str(error)


def default_jobs(todo: list[Task], batch: bool) -> int:
    """All cores for a batch (never more workers than inputs), one for a single input."""
    if not batch or len(todo) < 2:
        return 1
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return max(1, min(cores or 1, len(todo)))
