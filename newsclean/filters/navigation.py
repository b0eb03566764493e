"""Site chrome: menu entries, skip links, account buttons, and breadcrumb trails.

A block that is exactly ``Home``, ``Menu``, ``Skip to content`` or ``Anmelden`` is never
article text. A breadcrumb (``Home > News > Politics``) is a run of short crumbs joined by
arrows or slashes, starting at the site's home, or any line that its label opens ("Sie
sind hier: ..."). An icon's name printed where the icon stands (``check-circle``) is chrome too.
"""

from __future__ import annotations

import re

from ..document import Block, Document, Kind
from ..options import Options
from ..vocab import fold, phrase_finder, phrases

NAME = "navigation"
DESCRIPTION = (
    "menu entries, skip links, account and close buttons, breadcrumb trails, links labelled "
    "'opens in a new window', icons' names and placeholders of content still loading"
)

_CRUMB_SEPARATOR = re.compile(r"\s*(?:[>»›/|→▸►]|::)\s*")
_MAX_CRUMB_WORDS = 6
# The last crumb may be the article's headline: "Home / Topics / The Many Types of Wine".
_MAX_LAST_CRUMB_WORDS = 25
_MAX_LABELLED_TRAIL_WORDS = 40
_ARROW = re.compile(r"[>»›→▸►]")
_CLOSE_GLYPHS = frozenset({"×", "✕", "✖", "X", "x"})
_TABLE_CELL = 3
# "- November (1)", "▼ 2019 (4)", "März 2021 (3)": a month or year of a blog's archive and
# its count of posts. Three in a row are the archive list.
_ARCHIVE_ENTRY = re.compile(r"^[\W_]*(?P<month>[^\W\d_]+)?\s*(?P<year>(?:19|20)\d{2})?\s*\(\d+\)$")
_ARCHIVE_RUN = 3
# "information-circle", "search-icon-close": an identifier, lower case, joined by hyphens.
_KEBAB = re.compile(r"^[a-z]+(?:-[a-z]+)+$")
_MAX_ICON_WORDS = 4


def _is_breadcrumb(block: Block) -> bool:
    label, colon, trail = block.text.partition(":")
    if colon and fold(label) in phrases("navigation", "breadcrumb_label"):
        # "Sie sind hier: Home » Europa » Emden": the label says what the line is, and
        # some sites print the crumbs without their separators.
        return 0 < len(trail.split()) <= _MAX_LABELLED_TRAIL_WORDS and not trail.endswith(".")
    crumbs = [c for c in _CRUMB_SEPARATOR.split(block.text) if c]
    if len(crumbs) < 2 or any(len(c.split()) > _MAX_CRUMB_WORDS for c in crumbs[:-1]):
        return False
    last = len(crumbs[-1].split())
    if last > _MAX_LAST_CRUMB_WORDS:
        return False
    if last > _MAX_CRUMB_WORDS and len(crumbs) < 3 and not _ARROW.search(block.text):
        # "Home / away: the record this season ...": a slash between two words of a sentence.
        return False
    if not _CRUMB_SEPARATOR.search(block.text) or block.text.rstrip().endswith("."):
        return False
    return fold(crumbs[0]) in phrases("navigation", "breadcrumb_root")


_MAX_LINK_WORDS = 14
# A sentence before the note: the link closes a paragraph that is the article's.
_SENTENCE_BREAK = re.compile(r"[.!?]\s")


def _new_window_link(text: str) -> bool:
    """``Parents this link opens in a new tab``: a link's label and what a screen reader
    says after it, which ends the line."""
    folded = fold(text)
    if not phrase_finder("navigation", "new_window").ends_with(folded):
        return False
    return folded.count(" ") < _MAX_LINK_WORDS and _SENTENCE_BREAK.search(text) is None


def _close_button(blocks: list[Block], i: int) -> bool:
    """A lone ``×`` or ``X`` closes a pop-up; beside other one-letter cells it is a table's mark."""
    if blocks[i].text.strip() not in _CLOSE_GLYPHS:
        return False
    neighbours = blocks[max(0, i - 1) : i] + blocks[i + 1 : i + 2]
    return all(len(b.text.strip()) > _TABLE_CELL for b in neighbours)


def _icon_name(text: str) -> bool:
    """``check-circle``, ``Icon Chevron``, ``icon external link svg``: the name of an icon,
    printed where it stands. An identifier that names no icon (``built-in``, a package's name in a
    list of them) is text."""
    if len(text) > 40:
        return False
    if _KEBAB.match(text):
        return any(part in phrases("navigation", "icon_part") for part in text.split("-"))
    # "Icon Magazine", "ICON • ICON Magazine" are a name: an icon's says what kind it is.
    words = text.split()
    return (
        1 < len(words) <= _MAX_ICON_WORDS
        and words[0] in ("Icon", "icon")
        and words[-1].lower() in phrases("navigation", "icon_part")
    )


def _archive_entry(text: str) -> bool:
    if len(text) > 40 or not text.endswith(")"):
        return False
    match = _ARCHIVE_ENTRY.match(text)
    if match is None:
        return False
    month = match.group("month")
    if month is None:
        return match.group("year") is not None
    return fold(month) in phrases("navigation", "archive_month")


_MAX_PLACEHOLDER_WORDS = 4


def _loading_placeholder(text: str) -> bool:
    """``Loading image...``, ``Laden…``: what a widget printed until its content came, which
    the scraper read before it did."""
    if not text.endswith(("...", "…")) or len(text.split()) > _MAX_PLACEHOLDER_WORDS:
        return False
    return phrase_finder("navigation", "loading").match(fold(text)) is not None


def _drop_archive(run: list[Block]) -> None:
    if len(run) >= _ARCHIVE_RUN:
        for block in run:
            block.remove(NAME, "entry of the blog's archive list")


def apply(doc: Document, options: Options) -> None:
    entries = phrases("navigation", "exact")
    archive: list[Block] = []
    for i, block in enumerate(doc.blocks):
        if not block.kept:
            continue
        if block.kind is not Kind.TITLE and _archive_entry(block.text):
            archive.append(block)
            continue
        _drop_archive(archive)
        archive = []
        if block.kind is Kind.TITLE or len(block.text) > 200:
            continue
        if len(block.text) <= 40 and fold(block.text) in entries:
            block.remove(NAME, "menu entry or site button")
        elif _new_window_link(block.text):
            block.remove(NAME, "link label with its 'opens in a new window' note")
        elif _loading_placeholder(block.text):
            block.remove(NAME, "placeholder of content still loading")
        elif _icon_name(block.text):
            block.remove(NAME, "an icon's name")
        elif _close_button(doc.blocks, i):
            block.remove(NAME, "close button")
        elif _is_breadcrumb(block):
            block.remove(NAME, "breadcrumb trail")
    _drop_archive(archive)
