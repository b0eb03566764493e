"""Advertisement placeholders: ``ADVERTISEMENT``, ``- Anzeige -``, ``Story continues below ...``,
and the affiliate disclosures sites print with them (``we may earn a commission``).

Ad slots leave their label in scraped text once the ad itself is gone. Only blocks made of
nothing but such a label go; a sentence about an ad campaign is article text.
"""

from __future__ import annotations

from ..document import Document
from ..options import Options
from ..vocab import contains_pattern, fold, phrases

NAME = "ads"
DESCRIPTION = "advertisement placeholders (ADVERTISEMENT, Anzeige, ...) and affiliate disclosures"

_MAX_DISCLOSURE_WORDS = 60


def apply(doc: Document, options: Options) -> None:
    labels = phrases("ads", "placeholder", options.phrases(NAME))
    disclosure = contains_pattern("ads", "disclosure")
    for block in doc.blocks:
        if not block.kept:
            continue
        if len(block.text) <= 80 and fold(block.text) in labels:
            block.remove(NAME, "advertisement placeholder")
        elif len(block.text.split()) <= _MAX_DISCLOSURE_WORDS and disclosure.search(
            fold(block.text)
        ):
            block.remove(NAME, "affiliate or sponsorship disclosure")
