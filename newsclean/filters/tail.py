"""What pages print below the article: comments, related lists, author boxes.

A heading that opens one of these (``Comments``, ``Related articles``, ``About the author``)
ends the article when it comes after the article's text: everything from there on goes. A
related-list heading in the middle of the text (a box between paragraphs) is not an end: the
cut is made only when no paragraph of prose follows that is longer than a teaser.
"""

from __future__ import annotations

from ..document import Block, Document, Kind
from ..options import Options
from ..prose import prose_of
from ..vocab import fold, phrases
from . import comments, related

NAME = "tail"
DESCRIPTION = "comments, related-article lists and author boxes below the article"

_MIN_ARTICLE = 300
_TEASER = 300
_COMMENT_CHROME_WINDOW = 10


def _boundary(block: Block) -> str | None:
    if len(block.text) > 60:
        return None
    if comments.is_heading(block.text):
        return "comment section"
    if related.is_heading(block.text):
        return "related-articles list"
    if fold(block.text) in phrases("tail", "author_heading"):
        return "author box"
    return None


def _header_counter(doc: Document, after: list[Block], before: int) -> bool:
    """"124 Comments" under a byline links to the comments: more prose follows than came
    before, and none of the next blocks is a comment's author line, timestamp or button."""
    if any(b.removed_by == comments.NAME for b in after[:_COMMENT_CHROME_WINDOW]):
        return False
    return sum(len(b.text) for b in after if b.kept and prose_of(doc, b).is_prose) > before


def apply(doc: Document, options: Options) -> None:
    blocks = [b for b in doc.blocks if b.kind is not Kind.TITLE]
    boundaries = {i: what for i, b in enumerate(blocks) if (what := _boundary(b)) is not None}
    if not boundaries:
        return  # most pages: nothing to measure
    before = 0
    for i, block in enumerate(blocks):
        if block.kept and prose_of(doc, block).is_prose:
            before += len(block.text)
        what = boundaries.get(i)
        if what is None or before < _MIN_ARTICLE:
            continue
        after = [b for b in blocks[i + 1 :] if b.kept]
        if what == "related-articles list" and any(
            len(b.text) > _TEASER and prose_of(doc, b).is_prose for b in after
        ):
            continue
        if comments.is_count(block.text) and _header_counter(doc, blocks[i + 1 :], before):
            continue
        block.remove(NAME, f"opens the {what} below the article")
        for later in after:
            later.remove(NAME, f"in the {what} below the article")
        return
