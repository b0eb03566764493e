"""The ordered list of filters, and the one place that runs them.

Order matters. The headline is looked for before captions, so that a headline printed twice
is not taken for a doubled caption; captions come last, because dropping them must leave no
two copies of a text side by side for a second run to find.
"""

from __future__ import annotations

from typing import Protocol

from .document import Document
from .filters import (
    ads,
    captions,
    comments,
    contents,
    cookies,
    core,
    footer,
    gallery,
    legal,
    metadata,
    navigation,
    newsletter,
    related,
    repeated,
    share,
    social,
    stubs,
    tail,
    title,
)
from .options import Options


class Filter(Protocol):
    NAME: str
    DESCRIPTION: str

    def apply(self, doc: Document, options: Options) -> None: ...


FILTERS: tuple[Filter, ...] = (
    ads,
    repeated,
    stubs,
    gallery,
    navigation,
    cookies,
    newsletter,
    social,
    legal,
    comments,
    related,
    footer,
    share,
    tail,
    metadata,
    title,
    captions,
    contents,
    core,
    # Once more over what the core kept: a headline it left standing above the article is
    # a repeat of the title, and what it dropped may have stood above the headline. A
    # second run over the output would find both, so this one does.
    title,
)
_MAX_SWEEPS = 3
_BLOCK_BY_BLOCK = frozenset(
    {
        "ads",
        "repeated",
        "stubs",
        "gallery",
        "navigation",
        "cookies",
        "newsletter",
        "social",
        "legal",
        "comments",
    }
)
FILTER_NAMES: tuple[str, ...] = tuple(dict.fromkeys(f.NAME for f in FILTERS))


def check_names(names: frozenset[str] | set[str]) -> None:
    """Refuse filter names that do not exist, so a typo never silently disables nothing."""
    unknown = sorted(set(names) - set(FILTER_NAMES))
    if unknown:
        raise ValueError(
            f"unknown filter {', '.join(unknown)}; known filters: {', '.join(FILTER_NAMES)}"
        )


def run(doc: Document, options: Options, sweeps: int = _MAX_SWEEPS) -> Document:
    """Let every enabled filter mark the document, in order, and again over what is left
    while a sweep still removes something (at most ``sweeps`` times): filters that judge a
    block by its place (head, tail, next to a caption) see the text as a second run over the
    output would."""
    steps = [step for step in FILTERS if options.enabled(step.NAME)]
    for _ in range(sweeps):
        before = sum(block.kept for block in doc.blocks)
        for step in steps:
            step.apply(doc, options)
        if sum(block.kept for block in doc.blocks) == before:
            break
        # Filters that judge each block by its own text alone decide the same the next time.
        steps = [step for step in steps if step.NAME not in _BLOCK_BY_BLOCK]
    return doc
