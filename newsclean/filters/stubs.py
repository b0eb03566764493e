"""Link and button stubs: ``Continue reading``, ``Weiterlesen``, ``Lire la suite``.

A scraper keeps a button's label after the button is gone; on its own line it says nothing.
"""

from __future__ import annotations

from ..document import Document
from ..options import Options
from ..vocab import fold, phrases

NAME = "stubs"
DESCRIPTION = "'continue reading' and other leftover link or button labels"


def apply(doc: Document, options: Options) -> None:
    labels = phrases("stubs", "exact")
    for block in doc.blocks:
        if block.kept and len(block.text) <= 60 and fold(block.text) in labels:
            block.remove(NAME, "link or button label")
