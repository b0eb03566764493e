"""Blocks that many documents of the batch share: a site's footer, blurb or menu.

The batch (or a saved profile) learns them with :mod:`newsclean.learn`; a single document
cleaned on its own has nothing to compare with, and this filter does nothing.
"""

from __future__ import annotations

import re
from collections import Counter

from ..document import Document, Kind
from ..learn import MAX_WORDS
from ..options import Options
from ..vocab import fold

_MIN_REPEATS = 3
_MAX_LABEL_WORDS = 4
_DIGIT = re.compile(r"\d")


def _within(doc: Document) -> None:
    """A label printed three times or more in one page is chrome (``Share``, ``By``, ``blog
    image 1``, the author's name in every teaser); a label with figures is a table cell."""
    labels = [
        b
        for b in doc.blocks
        if b.kept
        and b.kind is not Kind.TITLE
        and len(b.text.split()) <= _MAX_LABEL_WORDS
        and not _DIGIT.search(b.text)
        and not b.text.rstrip().endswith((".", "!", "?"))
    ]
    counts = Counter(fold(b.text) for b in labels)
    for block in labels:
        if counts[fold(block.text)] >= _MIN_REPEATS:
            block.remove(NAME, "label repeated across the page")


NAME = "repeated"
DESCRIPTION = "labels repeated across the page, and blocks many documents of a batch share"


def apply(doc: Document, options: Options) -> None:
    _within(doc)
    if not options.boilerplate:
        return
    for block in doc.blocks:
        if (
            block.kept
            and block.kind is not Kind.TITLE
            and len(block.text.split()) <= MAX_WORDS
            and fold(block.text) in options.boilerplate
        ):
            block.remove(NAME, "repeats across many documents of the batch")
