"""Invitations to follow the site on social networks: ``Follow us on Twitter``, ``Síguenos``."""

from __future__ import annotations

import re

from ..document import Document
from ..options import Options
from ..vocab import phrase_finder, phrases, short_blocks

NAME = "social"
DESCRIPTION = "'follow us' lines and bare lists of social networks"

_MAX_WORDS = 25
_MAX_HANDLES_WORDS = 60
# "@JamaicaGleaner": an account's handle, which a longer invitation names for each network.
_HANDLE = re.compile(r"(?<![\w.])@\w{2,}")


def apply(doc: Document, options: Options) -> None:
    follow = phrase_finder("social", "prefix")
    network = phrase_finder("social", "network")
    networks = phrases("social", "network")
    for block, folded, words in short_blocks(doc, _MAX_HANDLES_WORDS):
        short = len(words) <= _MAX_WORDS
        if follow.match(folded):
            # Longer, it names its accounts: "Follow The Daily on Twitter @TheDaily and on
            # Facebook @DailyNews. Send us a message on WhatsApp ..."
            accounts = len(set(network.findall(folded))) >= 2 and _HANDLE.search(block.text)
            if (short and (len(words) <= 4 or network.search(folded))) or accounts:
                block.remove(NAME, "invitation to follow on social media")
        elif short and len(set(words)) >= 2 and all(word in networks for word in words):
            # Two networks or more: "X X X" is a grid of marks in a puzzle or a table.
            block.remove(NAME, "list of social networks")
