"""Link and button stubs: ``Continue reading``, ``Weiterlesen``, ``Lire la suite``,
``Hier geht es zur Anmeldung``, a product card's ``4.8 out of 5 stars``.

A scraper keeps a button's label after the button is gone; on its own line it says nothing.
Nor does an error message that the site's software printed into the page (``Warning: ... in
/var/www/.../file.php on line 407``), or the code of an embed (``<iframe src="..." ...>``) or
a blog's shortcode (``[convertkit form=1630175]``) left as text where the player or form
would stand.
"""

from __future__ import annotations

import re

from ..document import Document, Kind
from ..options import Options
from ..vocab import fold, phrase_finder, phrases

NAME = "stubs"
DESCRIPTION = (
    "'continue reading', shopping buttons, rating widgets and other leftover link or button "
    "labels, server error messages, and embed codes and shortcodes left as text"
)


_MAX_SHOP_WORDS = 4
_MAX_LINK_WORDS = 10
# "$120 at Walgreens", "£89.99 from Argos": a price that links to a shop.
_PRICE_AT = re.compile(rf"^[$€£¥][\d.,]+(?:\s\w+)?\s(?:at|from)(?:\s\S+){{1,{_MAX_SHOP_WORDS}}}$")

# "4.8 out of 5 stars", "4,7 von 5,0", "5 von 5 Sternen (193)", "4.5 out of 5 stars(2,574)2574
# total reviews": a rating widget's text, its count in brackets or after a space ("4 von 50
# Teilnehmern" is no rating). A sentence that gives a rating has words before it ("We rate
# it 4.5 out of 5").
_RATING = re.compile(
    r"^\d(?:[.,]\d)?\s(?:out of|von|sur|de|su|z)\s5(?:[.,]0)?"
    r"(?:\s(?:stars?|sternen?|étoiles?|estrellas?|stelle|gwiazdek))?"
    r"(?:(?:\s\(?[\d.,]+\)?|\([\d.,]+\))(?:\s?[^.!?]{0,60})?)?$",
    re.IGNORECASE,
)

# PHP's messages: a level, then the message, then the script's path.
_SERVER_ERROR = re.compile(
    r"^(?:PHP )?(?:Warning|Notice|Deprecated|Strict Standards|Fatal error|Parse error):\s"
    r"[^\n]{1,400}?\sin\s/\S+\.php\b"
)


# A line that is one embedding tag and nothing else: ``<iframe src="..." width="476">
# </iframe>``. A tag named in a sentence has words around it.
_EMBED = re.compile(
    r"^<(?P<tag>iframe|embed|object|video|audio|script|img|source)"
    r"(?:\s+[\w:-]+(?:=(?:\"[^\"]*\"|'[^']*'|[^\s>]+))?)+\s*/?>(?:\s*</(?P=tag)>)?$",
    re.IGNORECASE,
)
# A shortcode with its attributes and nothing else: ``[audio src="..." /]``. One with text
# after it (``[sourcecode language="bash"]#!/bin/bash``) opens code the article shows.
_SHORTCODE = re.compile(
    r"^\[[a-z][\w-]*(?:\s+[\w-]+=(?:\"[^\"]*\"|[“”][^“”]*[“”]|'[^']*'|[^\s\]]+))+\s*/?\]$"
)


def _shop(text: str) -> bool:
    """A shopping button: its label alone, or the label and a shop's name after ``at``."""
    if _PRICE_AT.match(text):
        return True
    folded = fold(text)
    label = phrase_finder("stubs", "shop").match(folded)
    if label is None:
        return False
    rest = folded[len(label) :].split()
    return not rest or (rest[0] in phrases("stubs", "shop_at") and len(rest) <= _MAX_SHOP_WORDS + 1)


def apply(doc: Document, options: Options) -> None:
    labels = phrases("stubs", "exact")
    for block in doc.blocks:
        if not block.kept:
            continue
        if _SERVER_ERROR.match(block.text):
            block.remove(NAME, "server error message")
            continue
        if _RATING.match(block.text):
            block.remove(NAME, "rating widget")
            continue
        if block.text.startswith(("<", "[")) and (
            _EMBED.match(block.text) or _SHORTCODE.match(block.text)
        ):
            block.remove(NAME, "embed code or shortcode left as text")
            continue
        if len(block.text) > 60 or block.kind is Kind.HEADING:
            # A heading is no button: "Get it" and "More information" head a section.
            continue
        folded = fold(block.text)
        if folded in labels:
            block.remove(NAME, "link or button label")
        elif (
            phrase_finder("stubs", "link_prefix").match(folded)
            and len(folded.split()) <= _MAX_LINK_WORDS
        ):
            block.remove(NAME, "link that says where it leads")
        # An item of a list says what a product does ("Buy on Google listings").
        elif block.kind is not Kind.LIST_ITEM and _shop(block.text):
            block.remove(NAME, "shopping button")
