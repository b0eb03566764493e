"""Share bars wherever they stand: ``Share``, ``Share on Facebook Share on X``, ``Tweet``.

The footer filter trims the share bar that closes an article; pages also print one under the
headline or between sections. A block made of nothing but share phrases is such a bar. Words
that are also plain words (``Email``, ``Print``, ``X``) count only beside another marker or
beside other page chrome.
"""

from __future__ import annotations

import re
from functools import cache

from ..document import Block, Document, Kind
from ..options import Options
from ..vocab import fold, phrases

NAME = "share"
DESCRIPTION = "share bars and buttons anywhere in the text"

# Blocks removed by these filters are page chrome: a plain word such as "Email" beside them
# is a button of the same widget (a sign-up form, a share bar).
_CHROME = frozenset({"share", "newsletter", "social", "navigation", "cookies", "comments", "stubs"})


@cache
def _only_markers() -> re.Pattern[str]:
    markers = sorted(phrases("share", "marker"), key=len, reverse=True)
    alternation = "|".join(re.escape(m) for m in markers)
    return re.compile(rf"(?:(?>{alternation})(?: |$))++")


@cache
def _marker_words() -> frozenset[str]:
    """Every word of a marker: a block with any other word is not a bar, and needs no regex."""
    return frozenset(word for marker in phrases("share", "marker") for word in marker.split())


def _marker(block: Block) -> bool:
    folded = fold(block.text)
    return (
        bool(folded)
        and len(block.text) <= 200
        and _marker_words().issuperset(folded.split(" "))
        and _only_markers().fullmatch(folded) is not None
    )


def _ambiguous(block: Block) -> bool:
    return fold(block.text) in phrases("share", "ambiguous")


def apply(doc: Document, options: Options) -> None:
    blocks = [b for b in doc.blocks if b.kind is not Kind.TITLE]
    chrome = [(b.removed_by in _CHROME) or (b.kept and _marker(b)) for b in blocks]
    for i, block in enumerate(blocks):
        if not block.kept or not _marker(block):
            continue
        beside = (i > 0 and chrome[i - 1]) or (i + 1 < len(blocks) and chrome[i + 1])
        if beside or not _ambiguous(block):
            block.remove(NAME, "share bar")
