"""Advertisement placeholders: ``ADVERTISEMENT``, ``- Anzeige -``, ``Story continues below ...``.

Ad slots leave their label in scraped text once the ad itself is gone. Only blocks made of
nothing but such a label go; a sentence about an ad campaign is article text.
"""

from __future__ import annotations

from ..document import Document
from ..options import Options
from ..vocab import fold, phrases

NAME = "ads"
DESCRIPTION = "advertisement placeholders (ADVERTISEMENT, Anzeige, Publicité, ...)"


def apply(doc: Document, options: Options) -> None:
    labels = phrases("ads", "placeholder", options.phrases(NAME))
    for block in doc.blocks:
        if block.kept and len(block.text) <= 80 and fold(block.text) in labels:
            block.remove(NAME, "advertisement placeholder")
