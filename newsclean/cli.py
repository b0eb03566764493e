"""The ``newsclean`` command: options to one :class:`Options` value and run settings, inputs to
:mod:`newsclean.runner`, and the run's report to one exit code."""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path
from typing import NoReturn

import click

from . import __version__, config
from .batch import JSONL_SUFFIXES, TEXT_SUFFIXES, Task, atomic_output, tasks
from .learn import BoilerplateCounter
from .options import Options
from .pipeline import FILTER_NAMES, FILTERS
from .progress import PlainReporter, Reporter, RichReporter
from .report import Explainer, write_stats
from .runner import ExplainMode, JsonlFields, Settings, default_jobs, run

EPILOG = """\b
Examples:
  newsclean < raw.txt > clean.md
  newsclean scraped/ -o cleaned/ --skip-existing --stats run.json
  newsclean --explain-only article.txt | grep ^removed
  newsclean --format jsonl --text-field body < pages.jsonl > clean.jsonl
  newsclean --format html page.html.gz > clean.md
  newsclean scraped/ -o cleaned/ --profile site.json   # learn a site's footer

\b
Exit status: 0 all inputs cleaned, 1 some inputs failed (named on stderr,
every other output written), 2 usage or config error, 130/143 stopped by
SIGINT/SIGTERM, 141 the reader of stdout went away (| head)."""


class ConfigFileError(click.ClickException):
    """A bad config or profile file is a usage error: exit 2, one line, no traceback."""

    exit_code = 2


class SchedulerUnavailable(click.ClickException):
    """No Dask, or no scheduler at the address: the run cannot start (exit 2)."""

    exit_code = 2


def _list_filters(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    if value:
        width = max(len(name) for name in FILTER_NAMES) + 2
        described = {step.NAME: step.DESCRIPTION for step in FILTERS}
        for name in FILTER_NAMES:
            click.echo(f"{name:<{width}}{described[name]}")
        ctx.exit()


@click.command(epilog=EPILOG, context_settings={"help_option_names": ["-h", "--help"]})
@click.argument("inputs", nargs=-1, type=click.Path(allow_dash=True))
@click.option(
    "-o",
    "--output-dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Write DIR/<path>.md per input, mirroring paths below directories and globs.",
)
@click.option(
    "--format",
    "input_format",
    type=click.Choice(["auto", "text", "html", "jsonl"]),
    default="auto",
    show_default=True,
    help="Input is text or HTML files (auto: told apart by content), or JSON Lines records.",
)
@click.option(
    "--text-field",
    default="text",
    show_default=True,
    help="JSON Lines: the field holding the text to clean.",
)
@click.option(
    "--output-field", help="JSON Lines: the field for the Markdown [default: TEXT_FIELD]."
)
@click.option(
    "--on-error",
    type=click.Choice(["pass", "skip"]),
    default="pass",
    show_default=True,
    help="JSON Lines: pass a bad line through unchanged, or leave it out.",
)
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=1),
    help="Worker processes [default: all cores for a batch, 1 for one input].",
)
@click.option(
    "--skip-existing",
    is_flag=True,
    help="Skip inputs whose output exists and is not older than the input.",
)
@click.option(
    "--captions",
    type=click.Choice(["drop", "keep"]),
    help="Drop photo captions, or keep each once in italics [default: drop].",
)
@click.option(
    "--scope",
    type=click.Choice(["auto", "region", "page"]),
    help="Input is the article's region, or a whole page with menus and footers "
    "[default: auto, told apart by the text].",
)
@click.option(
    "--front-matter",
    is_flag=True,
    default=None,
    help="Write title, author, date and site as YAML front matter above the body.",
)
@click.option(
    "--enable",
    multiple=True,
    type=click.Choice(FILTER_NAMES),
    metavar="NAME",
    help="Turn a filter on (over the config file). Repeatable.",
)
@click.option(
    "--disable",
    multiple=True,
    type=click.Choice(FILTER_NAMES),
    metavar="NAME",
    help="Turn a filter off. Repeatable.",
)
@click.option(
    "--config",
    "config_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help=f"TOML config [default: ./{config.FILE_NAME}, else the user config dir].",
)
@click.option(
    "--learn",
    is_flag=True,
    help="First count blocks over all inputs, then remove those many documents share.",
)
@click.option(
    "--profile",
    type=click.Path(dir_okay=False, path_type=Path),
    metavar="FILE",
    help="Like --learn, adding counts saved in FILE by earlier runs; save them back to FILE.",
)
@click.option(
    "--scheduler",
    metavar="ADDRESS",
    help="Run on a Dask cluster (tcp://host:8786, or 'local' for one of --jobs processes "
    "here); needs -o on a filesystem the workers share, and pip install 'newsclean[dask]'.",
)
@click.option("--encoding", help="Decode inputs with this encoding instead of UTF-8.")
@click.option(
    "--explain",
    is_flag=True,
    help="Also show each block's decision (kept, or removed by which filter and why).",
)
@click.option(
    "--explain-only", is_flag=True, help="Show the decisions on stdout instead of writing Markdown."
)
@click.option(
    "--stats",
    is_flag=False,
    flag_value="",
    metavar="[FILE.json]",
    help="Write a JSON summary (counts per filter, failures) to FILE.json or stderr.",
)
@click.option(
    "-q", "--quiet", is_flag=True, help="No warnings, progress or summary; failures only."
)
@click.option(
    "--list-filters",
    is_flag=True,
    is_eager=True,
    expose_value=False,
    callback=_list_filters,
    help="List the filters with what each removes, and exit.",
)
@click.version_option(__version__, prog_name="newsclean")
def main(
    inputs: tuple[str, ...],
    output_dir: Path | None,
    input_format: str,
    text_field: str,
    output_field: str | None,
    on_error: str,
    jobs: int | None,
    skip_existing: bool,
    captions: str | None,
    scope: str | None,
    front_matter: bool | None,
    enable: tuple[str, ...],
    disable: tuple[str, ...],
    config_path: Path | None,
    learn: bool,
    profile: Path | None,
    scheduler: str | None,
    encoding: str | None,
    explain: bool,
    explain_only: bool,
    stats: str | None,
    quiet: bool,
) -> None:
    """Clean scraped news text into Markdown: the title once, the article's paragraphs,
    and nothing else (ads, captions, share bars, ...).

    Reads INPUT files, directories, globs or - (stdin, the default) and writes Markdown to
    stdout, or with -o to one file per input. HTML pages go through trafilatura first;
    gzip-compressed files are read as they are.
    """
    if stats and not stats.endswith(".json"):
        inputs, stats = (stats, *inputs), ""  # `--stats article.txt`: the word is an input
    both = sorted(set(enable) & set(disable))
    if both:
        raise click.UsageError(f"filter {both[0]} is both enabled and disabled")
    try:
        settings_file = config.load(config.find(config_path))
    except config.ConfigError as error:
        raise ConfigFileError(str(error)) from error
    command_line = config.Layer(
        "keep" if captions == "keep" else "drop" if captions else None,
        tuple((name, True) for name in enable) + tuple((name, False) for name in disable),
        front_matter=front_matter,
        scope="region" if scope == "region" else "page" if scope == "page" else None,
    )
    jsonl = input_format == "jsonl"
    mode: ExplainMode = "only" if explain_only else "alongside" if explain else "off"
    if jsonl and mode != "off":
        raise click.UsageError("--explain works on text input, not --format jsonl")
    todo = list(
        tasks(
            inputs or ("-",),
            JSONL_SUFFIXES if jsonl else TEXT_SUFFIXES,
            ".jsonl" if jsonl else ".md",
        )
    )
    batch = output_dir is not None or len(todo) != 1 or any(os.path.isdir(i) for i in inputs)
    if output_dir is None and batch and not jsonl and mode != "only":
        raise click.UsageError("several inputs need -o/--output-dir DIR")
    if output_dir is not None:
        _check_unique_outputs(todo, output_dir)
    if scheduler is not None:
        _check_cluster_run(todo, output_dir)
    settings = Settings(
        output_dir,
        JsonlFields(
            text_field, output_field or text_field, "skip" if on_error == "skip" else "pass"
        )
        if jsonl
        else None,
        jobs or default_jobs(todo, batch),
        encoding,
        skip_existing,
        mode,
        "html" if input_format == "html" else "text" if input_format == "text" else "auto",
    )
    explainer = None
    if mode != "off":
        explainer = Explainer(sys.stdout if mode == "only" else sys.stderr, len(todo) > 1)
    learned = _load_profile(profile) if profile else BoilerplateCounter() if learn else None
    reporter = _reporter(batch, quiet, explain_on_stderr=mode == "alongside")

    def options_for(task: Task) -> Options:
        return settings_file.options_for(task, command_line)

    try:
        if scheduler is None:
            report = run(todo, settings, options_for, reporter, explainer, sys.stdout, learned)
        else:
            from . import distributed

            try:
                report = distributed.run(
                    scheduler, todo, settings, options_for, reporter, explainer, sys.stdout, learned
                )
            except distributed.SchedulerError as error:
                raise SchedulerUnavailable(str(error)) from error
        sys.stdout.flush()
    except BrokenPipeError:
        _reader_gone()
    if profile and learned is not None and report.signal is None:
        learned.save(profile)  # a stopped run's counts may be partial: keep the old profile
    if stats == "":
        write_stats(report, sys.stderr)
    elif stats:
        with atomic_output(Path(stats)) as out:
            write_stats(report, out)
    sys.exit(report.exit_code)


def _check_cluster_run(todo: list[Task], output_dir: Path | None) -> None:
    """Cluster workers read inputs and write outputs themselves: they need paths, not
    streams, and Dask must be there before anything starts."""
    if output_dir is None:
        raise click.UsageError("--scheduler needs -o/--output-dir DIR (shared with the workers)")
    if any(task.source is None for task in todo):
        raise click.UsageError("--scheduler reads files, not standard input")
    from . import distributed

    try:
        distributed.check_installed()
    except distributed.SchedulerError as error:
        raise SchedulerUnavailable(str(error)) from error


def _reader_gone() -> NoReturn:
    """``newsclean big.txt | head -1``: the reader has what it wanted. Stop quietly with the
    status of a process killed by SIGPIPE, as other Unix tools do, and keep the interpreter's
    last flush of stdout from complaining."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    sys.exit(128 + signal.SIGPIPE)


def _load_profile(path: Path) -> BoilerplateCounter:
    """The counts earlier runs saved; none yet on a cron job's first run."""
    if not path.exists():
        return BoilerplateCounter()
    try:
        return BoilerplateCounter.load(path)
    except (OSError, ValueError) as error:
        raise ConfigFileError(f"profile {path}: {error}") from error


def _reporter(batch: bool, quiet: bool, explain_on_stderr: bool) -> Reporter:
    """A progress bar only for a person watching a batch on a terminal; log lines otherwise."""
    if batch and not quiet and not explain_on_stderr and sys.stderr.isatty():
        return RichReporter(sys.stderr)
    return PlainReporter(sys.stderr, quiet, batch)


def _check_unique_outputs(todo: list[Task], output_dir: Path) -> None:
    """Two inputs named alike (``a/x.txt b/x.txt``) must not overwrite each other's output."""
    seen: dict[Path, str] = {}
    for task in todo:
        if task.relative in seen:
            raise click.UsageError(
                f"{seen[task.relative]} and {task.name} would both write "
                f"{output_dir / task.relative}"
            )
        seen[task.relative] = task.name
