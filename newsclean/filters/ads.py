"""Advertisement placeholders: ``ADVERTISEMENT``, ``- Anzeige -``, ``Story continues below ...``,
and the affiliate disclosures sites print with them (``we may earn a commission``).

Ad slots leave their label in scraped text once the ad itself is gone. Only blocks made of
nothing but such a label go; a sentence about an ad campaign is article text. A disclosure
is short, or says what it discloses (``affiliate links`` ... ``at no extra cost to you``): a
paragraph that explains how apps earn money through affiliate links is article text.
"""

from __future__ import annotations

import re
from functools import cache

from ..document import Block, Document, Kind
from ..options import Options
from ..prose import reports
from ..vocab import phrase_finder, phrases, short_blocks, trie_pattern

NAME = "ads"
DESCRIPTION = (
    "advertisement placeholders (ADVERTISEMENT, Anzeige, ...), ads under their label and "
    "affiliate disclosures"
)

_MAX_DISCLOSURE_WORDS = 60
_SHORT_DISCLOSURE_WORDS = 25
_MAX_LABELLED_WORDS = 25


@cache
def _ad_label() -> re.Pattern[str]:
    return re.compile(rf"^(?i:{trie_pattern(phrases('ads', 'label'))})(?P<sep>\s*[-–—:|])\s+\S")


def _labelled_ad(block: Block) -> bool:
    """An ad's short text under the slot's label: "ANZEIGE - Heute ...", "Anzeige: Jetzt ...".
    A label in small letters needs its colon: "Werbung – Sprache und Botschaft", in a list,
    is a chapter on advertising."""
    found = _ad_label().match(block.text) if block.text[:1].isalpha() else None
    if found is None or block.kind is Kind.LIST_ITEM:
        return False
    label = block.text[: found.start("sep")]
    return label.isupper() or found["sep"].strip() == ":"


def apply(doc: Document, options: Options) -> None:
    labels = phrases("ads", "placeholder", options.phrases(NAME))
    disclosure = phrase_finder("ads", "disclosure")
    support = phrase_finder("ads", "disclosure_support")
    for block, folded, words in short_blocks(doc, _MAX_DISCLOSURE_WORDS):
        if len(block.text) <= 80 and folded in labels:
            block.remove(NAME, "advertisement placeholder")
            continue
        if len(words) <= _MAX_LABELLED_WORDS and _labelled_ad(block):
            block.remove(NAME, "advertisement under its label")
            continue
        cues = set(disclosure.findall(folded))
        if not cues:
            continue
        if len(cues) >= 2 or (
            # "Amazon Associates earn a commission on each sale, according to the lawsuit."
            not reports(folded)
            and (len(words) <= _SHORT_DISCLOSURE_WORDS or support.search(folded))
        ):
            block.remove(NAME, "affiliate or sponsorship disclosure")
