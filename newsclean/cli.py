"""The ``newsclean`` command: files, streams and exit codes around :func:`newsclean.clean`."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import click

from . import __version__, clean, clean_html
from .batch import Task, tasks, write_atomic
from .detect import looks_like_html, unpack
from .html import decode_html
from .inputs import Decoded, NotTextError, decode
from .options import Options

EPILOG = """\b
Examples:
  newsclean < raw.txt > clean.md
  newsclean scraped/ -o cleaned/
  newsclean --captions keep article.txt
  newsclean --format html page.html.gz

\b
Exit status: 0 all inputs cleaned, 1 some inputs failed (named on stderr,
every other output written), 2 usage error."""


@click.command(epilog=EPILOG, context_settings={"help_option_names": ["-h", "--help"]})
@click.argument("inputs", nargs=-1, type=click.Path(allow_dash=True))
@click.option(
    "-o",
    "--output-dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Write DIR/<name>.md per input (directories walked, relative paths kept).",
)
@click.option(
    "--captions",
    type=click.Choice(["drop", "keep"]),
    default="drop",
    show_default=True,
    help="Drop photo captions, or keep each once as an italic paragraph.",
)
@click.option("--encoding", help="Decode inputs with this encoding instead of UTF-8.")
@click.option(
    "--format",
    "input_format",
    type=click.Choice(["auto", "text", "html"]),
    default="auto",
    show_default=True,
    help="Input format; auto tells HTML from text by content.",
)
@click.version_option(__version__, prog_name="newsclean")
def main(
    inputs: tuple[str, ...],
    output_dir: Path | None,
    captions: str,
    encoding: str | None,
    input_format: str,
) -> None:
    """Clean scraped news text into Markdown: the title once, the article's paragraphs,
    and nothing else (ads, captions, share bars, ...).

    Reads INPUT files, directories or - (stdin, the default) and writes Markdown to
    stdout, or with -o to one file per input. HTML pages go through trafilatura
    first; gzip-compressed inputs are read as they are.
    """
    # trafilatura logs what it discards; newsclean reports each input in its own words.
    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    options = Options(captions="keep" if captions == "keep" else "drop")
    todo = list(tasks(inputs or ("-",)))
    if output_dir is None and (len(todo) != 1 or any(Path(i).is_dir() for i in inputs)):
        raise click.UsageError("several inputs need -o/--output-dir DIR")
    failed = 0
    for task in todo:
        try:
            markdown = _clean_one(task, options, encoding, input_format)
        except (OSError, NotTextError, ValueError) as error:
            failed += 1
            click.echo(f"newsclean: {task.name}: {_reason(error)}", err=True)
            continue
        if output_dir is None:
            sys.stdout.write(markdown)
        else:
            write_atomic(output_dir / task.relative, markdown)
    if failed:
        raise SystemExit(1)


def _clean_one(task: Task, options: Options, encoding: str | None, input_format: str) -> str:
    data = unpack(sys.stdin.buffer.read() if task.source is None else task.source.read_bytes())
    if input_format == "html" or (input_format == "auto" and looks_like_html(data)):
        decoded = decode_html(data, encoding)
        markdown = clean_html(decoded.text, options)
        if not markdown and decoded.text.strip():
            decoded.warnings.append("no article text found in the page")
        _warn(task, decoded)
        return markdown
    decoded = decode(data, encoding)
    _warn(task, decoded)
    return clean(decoded.text, options)


def _warn(task: Task, decoded: Decoded) -> None:
    for warning in decoded.warnings:
        click.echo(f"newsclean: {task.name}: warning: {warning}", err=True)


def _reason(error: Exception) -> str:
    if isinstance(error, OSError) and error.strerror:
        return error.strerror.lower()
    return str(error)
