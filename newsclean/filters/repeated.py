"""Blocks that many documents of the batch share: a site's footer, blurb or menu.

The batch (or a saved profile) learns them with :mod:`newsclean.learn`; a single document
cleaned on its own has nothing to compare with, and this filter does nothing.
"""

from __future__ import annotations

from ..document import Document, Kind
from ..learn import MAX_WORDS
from ..options import Options
from ..vocab import fold

NAME = "repeated"
DESCRIPTION = "blocks that many documents of a batch share (learned per batch or profile)"


def apply(doc: Document, options: Options) -> None:
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
