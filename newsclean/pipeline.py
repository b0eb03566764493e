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
    core,
    # Once more over what the core kept: a headline it left standing above the article is
    # a repeat of the title, and what it dropped may have stood above the headline. A
    # second run over the output would find both, so this one does.
    title,
)
FILTER_NAMES: tuple[str, ...] = tuple(dict.fromkeys(f.NAME for f in FILTERS))


def check_names(names: frozenset[str] | set[str]) -> None:
    """Refuse filter names that do not exist, so a typo never silently disables nothing."""
    unknown = sorted(set(names) - set(FILTER_NAMES))
    if unknown:
        raise ValueError(
            f"unknown filter {', '.join(unknown)}; known filters: {', '.join(FILTER_NAMES)}"
        )


def run(doc: Document, options: Options) -> Document:
    """Let every enabled filter mark the document, in order."""
    for step in FILTERS:
        if options.enabled(step.NAME):
            step.apply(doc, options)
    return doc
