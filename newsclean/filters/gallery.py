"""Image-gallery chrome: ``3 / 12``, ``Bild 3 von 12``, ``Next slide``, ``Zur Bildergalerie``."""

from __future__ import annotations

import re
from functools import cache

from ..document import Document
from ..options import Options
from ..vocab import fold, load, phrases

NAME = "gallery"
DESCRIPTION = "image-gallery counters and slideshow controls"


@cache
def _counter() -> re.Pattern[str]:
    words = {w for ws in load("gallery")["counter_word"].values() for w in ws}
    alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(
        rf"^(?:(?:{alternation}) )?\d{{1,3}} ?(?:/|(?:{alternation}) )\s?\d{{1,3}}$"
        r"|^\(?\d{1,3} (?:bilder|fotos|photos|images|imágenes|immagini|zdjęć|zdjęcia)\)?$",
        re.IGNORECASE,
    )


def _numbered(folded: str, controls: frozenset[str]) -> bool:
    """``go to slide 3``: a control's label and the number of the slide it shows."""
    label, _, number = folded.rpartition(" ")
    return number.isdigit() and label in controls


def apply(doc: Document, options: Options) -> None:
    controls = phrases("gallery", "exact")
    numbered = phrases("gallery", "numbered_control")
    counter = _counter()
    for block in doc.blocks:
        if not block.kept or len(block.text) > 40:
            continue
        folded = fold(block.text)
        if folded in controls or _numbered(folded, numbered):
            block.remove(NAME, "slideshow control")
        elif counter.match(block.text):
            block.remove(NAME, "image counter")
