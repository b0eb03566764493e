"""Bylines, datelines, update stamps and reading times around the head of the article.

``By Jane Doe``, ``Published 12 May 2024``, ``Aktualisiert: 05.02.2020, 14:03``,
``5 min read``: facts about the article, not part of it. They are taken out of the body at
the head (before the first paragraph of prose) and the tail (after the last one), where
pages print them, and kept in the document's metadata for ``--front-matter``. A date inside
the text, such as a timeline entry, stays.
"""

from __future__ import annotations

import re
from functools import cache

from ..document import Block, Document, Kind
from ..options import Options
from ..prose import prose_of
from ..vocab import fold, load, prefix_pattern

NAME = "metadata"
DESCRIPTION = "bylines, dates, update stamps and reading times at the head or tail"

_MAX_WORDS = 14
_NAME_WORD = re.compile(r"^(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]*|and|und|et|y|e|i|&|de|van|von|der|da|del)$")


@cache
def _date() -> re.Pattern[str]:
    months = sorted({m for ms in load("metadata")["month"].values() for m in ms}, key=len)
    month = "|".join(re.escape(m) for m in reversed(months))
    day_month_year = rf"\d{{1,2}}\.?\s+(?:{month})\.?,?\s+\d{{2,4}}"
    month_day_year = rf"(?:{month})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{2,4}}"
    numeric = r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}"
    return re.compile(
        rf"(?:{day_month_year}|{month_day_year}|{numeric}|(?:{month})\s+\d{{4}})"
        r"(?:,?\s*(?:at|um|à|a las|-|\|)?\s*\d{1,2}[:.h]\d{2}\s*"
        r"(?:[ap]\.?m\.?|uhr|h|cet|cest|gmt|utc|et|est|pst)?)?",
        re.IGNORECASE,
    )


def _kind(block: Block) -> str | None:
    """What piece of metadata the block is, or None."""
    text = block.text
    folded = fold(text)
    words = folded.split()
    if not words or len(words) > _MAX_WORDS or (text.endswith((".", "?", "!")) and len(words) > 6):
        return None
    reading = prefix_pattern("metadata", "reading_time")
    if (re.match(r"^\d+\s", folded) and reading.match(folded.split(" ", 1)[1])) or (
        reading.match(folded) and any(w.isdigit() for w in words)
    ):
        return "reading time"
    label = prefix_pattern("metadata", "date_label").match(folded)
    date = _date().search(text)
    if date and (label or len(text) - (date.end() - date.start()) <= 25):
        return "date"
    byline = prefix_pattern("metadata", "byline").match(folded)
    if byline:
        label_words = len(byline.group(0).split())
        names = " ".join(text.lstrip("-–— ").split()[label_words:]).strip(" :|,")
        if names and all(_NAME_WORD.match(w) for w in re.split(r"[\s,|]+", names) if w):
            return "byline"
    return None


def apply(doc: Document, options: Options) -> None:
    blocks = [b for b in doc.blocks if b.kept and b.kind is not Kind.TITLE]
    if not blocks:
        return
    prose = [i for i, b in enumerate(blocks) if prose_of(doc, b).is_prose]
    first, last = (prose[0], prose[-1]) if prose else (len(blocks), -1)
    for i, block in enumerate(blocks):
        if first <= i <= last:
            continue
        kind = _kind(block)
        if kind is None:
            continue
        block.remove(NAME, kind)
        key = "author" if kind == "byline" else kind
        if key in ("author", "date"):
            doc.metadata.setdefault(key, block.text)
