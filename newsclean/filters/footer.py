"""The share footer: ``Share this article:``, ``Tweet``, ``Email``, then a line of keywords,
or a ``Tags:`` line on its own.

Only the trailing run of the article is touched: a share word in the middle of the text is
either article prose or a bar that another filter judges. The run starts at the first share
marker after which nothing but markers and short keyword-like lines follow.
"""

from __future__ import annotations

from ..document import Block, Document, Kind
from ..options import Options
from ..prose import ends_sentence
from ..vocab import fold, phrase_finder, phrases

NAME = "footer"
DESCRIPTION = "share bars and the keyword line after them at the end of the article"

_MAX_TAG_WORDS = 40
_MIN_BARE_TAG_WORDS = 3
_SENTENCE_END = (".", "!", "?", "…", '."', ".”")


def is_share_marker(block: Block, extra: frozenset[str] = frozenset()) -> bool:
    return len(block.text) <= 60 and fold(block.text) in phrases("share", "marker", extra)


def has_tag_label(block: Block) -> bool:
    """``Tags: ...``, ``Schlagworte: ...``: a labelled keyword line."""
    labelled = phrase_finder("share", "tag_label").match(fold(block.text))
    if labelled is not None and (":" in block.text[:40] or _capitalised_tags(block.text)):
        return True
    return _categories_and_tags(block.text, labelled is not None)


def _capitalised_tags(text: str) -> bool:
    """``Tags FuelCell Laufen Laufschuh New Balance Running``: the label without its colon,
    then keywords each capitalised, not a sentence."""
    words = text.split()
    return (
        len(words) >= _MIN_BARE_TAG_WORDS
        and not ends_sentence(text)
        and all(w[0].isupper() or w[0].isdigit() for w in words[1:])
    )


def _categories_and_tags(text: str, labelled: bool) -> bool:
    """``In Reviews Tags best cameras, lenses``, ``Categories Guides Tags espresso``: a blog
    theme's two labels without their colons, the post's categories and then its tags, a list."""
    words = text.split()
    if ":" in text or ends_sentence(text) or not (labelled or fold(words[0]) == "in"):
        return False
    labels = phrases("share", "tag_label")
    return any(
        word[0].isupper() and fold(word) in labels and "," in " ".join(words[index:])
        for index, word in enumerate(words[2:-1], start=2)
    )


def is_tag_line(block: Block) -> bool:
    """A line of keywords: a ``Tags:`` label, or short text that is not a sentence."""
    if has_tag_label(block):
        return True
    words = len(fold(block.text).split())
    return words <= _MAX_TAG_WORDS and not block.text.rstrip().endswith(_SENTENCE_END)


def apply(doc: Document, options: Options) -> None:
    extra = options.phrases(NAME)
    kept = [block for block in doc.kept() if block.kind is not Kind.TITLE]
    start = len(kept)
    while start > 0 and (is_share_marker(kept[start - 1], extra) or is_tag_line(kept[start - 1])):
        start -= 1
    tail = kept[start:]
    first_marker = next(
        (i for i, b in enumerate(tail) if is_share_marker(b, extra) or has_tag_label(b)),
        None,
    )
    if first_marker is None:
        return
    for block in tail[first_marker:]:
        if is_share_marker(block, extra):
            block.remove(NAME, "share bar at the end of the article")
        elif has_tag_label(block):
            block.remove(NAME, "tag line at the end of the article")
        else:
            block.remove(NAME, "keyword line after the share bar")
