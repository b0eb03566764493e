"""Invitations to follow the site on social networks: ``Follow us on Twitter``, ``Síguenos``."""

from __future__ import annotations

from ..document import Document
from ..options import Options
from ..vocab import contains_pattern, phrases, prefix_pattern, short_blocks

NAME = "social"
DESCRIPTION = "'follow us' lines and bare lists of social networks"

_MAX_WORDS = 25


def apply(doc: Document, options: Options) -> None:
    follow = prefix_pattern("social", "prefix")
    network = contains_pattern("social", "network")
    networks = phrases("social", "network")
    for block, folded, words in short_blocks(doc, _MAX_WORDS):
        if follow.match(folded) and (len(words) <= 4 or network.search(folded)):
            block.remove(NAME, "invitation to follow on social media")
        elif len(words) >= 2 and all(word in networks for word in words):
            block.remove(NAME, "list of social networks")
