"""Link and button stubs: ``Continue reading``, ``Weiterlesen``, ``Lire la suite``.

A scraper keeps a button's label after the button is gone; on its own line it says nothing.
"""

from __future__ import annotations

import re
from functools import cache

from ..document import Document
from ..options import Options
from ..vocab import fold, phrases

NAME = "stubs"
DESCRIPTION = "'continue reading', shopping buttons and other leftover link or button labels"


_MAX_SHOP_WORDS = 4
# "$120 at Walgreens", "£89.99 from Argos": a price that links to a shop.
_PRICE_AT = re.compile(rf"^[$€£¥][\d.,]+(?:\s\w+)?\s(?:at|from)(?:\s\S+){{1,{_MAX_SHOP_WORDS}}}$")


@cache
def _shop_button() -> re.Pattern[str]:
    """A shopping button, on the folded text: the label, then at most a shop's name."""
    label = "|".join(re.escape(p) for p in sorted(phrases("stubs", "shop"), key=len, reverse=True))
    at = "|".join(re.escape(p) for p in sorted(phrases("stubs", "shop_at")))
    return re.compile(rf"^(?:{label})(?: (?:{at})(?: \S+){{1,{_MAX_SHOP_WORDS}}})?$")


def _shop(text: str) -> bool:
    return bool(_shop_button().match(fold(text)) or _PRICE_AT.match(text))


def apply(doc: Document, options: Options) -> None:
    labels = phrases("stubs", "exact")
    for block in doc.blocks:
        if not block.kept or len(block.text) > 60:
            continue
        if fold(block.text) in labels:
            block.remove(NAME, "link or button label")
        elif _shop(block.text):
            block.remove(NAME, "shopping button")
