"""newsclean: clean scraped news text into Markdown.

>>> import newsclean
>>> print(newsclean.clean("Headline\\n\\nHeadline\\n\\nADVERTISEMENT\\n\\nThe story."), end="")
# Headline
<BLANKLINE>
The story.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from .document import Block, Document, Kind
from .markdown import to_markdown
from .options import Options
from .parse import parse
from .pipeline import FILTER_NAMES, check_names, run

__all__ = [
    "FILTER_NAMES",
    "Block",
    "CleanResult",
    "Document",
    "Kind",
    "Options",
    "clean",
    "clean_document",
    "clean_html",
    "clean_html_document",
]
__version__ = "0.1.0"


@dataclass(frozen=True, slots=True)
class CleanResult:
    """A cleaned document: every block with its decision, and the Markdown of the kept ones."""

    document: Document
    markdown: str


def _options(options: Options | None, overrides: dict[str, Any]) -> Options:
    chosen = replace(options or Options(), **overrides)
    if not isinstance(chosen.disabled, frozenset):
        chosen = replace(chosen, disabled=frozenset(chosen.disabled))
    check_names(chosen.disabled)
    return chosen


def clean_document(text: str, options: Options | None = None, **overrides: Any) -> CleanResult:
    """Clean ``text`` and keep every decision: what was removed, by which filter, and why."""
    chosen = _options(options, overrides)
    doc = run(parse(text), chosen)
    return CleanResult(doc, to_markdown(doc, chosen.front_matter))


def clean(text: str, options: Options | None = None, **overrides: Any) -> str:
    """Clean scraped article text into Markdown.

    ``overrides`` are fields of :class:`Options`, e.g. ``clean(text, captions="keep")``.
    """
    return clean_document(text, options, **overrides).markdown


def clean_html_document(
    html: str | bytes, options: Options | None = None, **overrides: Any
) -> CleanResult:
    """Extract the article of an HTML page with trafilatura, then clean it as text is cleaned.

    ``html`` may be bytes (gzip-compressed or not; decoded by BOM, UTF-8, the page's declared
    charset, else windows-1252) or an already decoded string.
    """
    from .html import DONE_BY_TRAFILATURA, REGION_FILTERS, SWEEPS, parse_html  # not in text runs

    chosen = _options(options, overrides)
    chosen = replace(chosen, disabled=chosen.disabled | REGION_FILTERS | DONE_BY_TRAFILATURA)
    doc = run(parse_html(html), chosen, SWEEPS)
    return CleanResult(doc, to_markdown(doc, chosen.front_matter))


def clean_html(html: str | bytes, options: Options | None = None, **overrides: Any) -> str:
    """Clean an HTML page into Markdown: its article, with headings, lists and quotes kept."""
    return clean_html_document(html, options, **overrides).markdown
