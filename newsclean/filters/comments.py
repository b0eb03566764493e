"""Comment sections: their headings, each comment's author line, timestamp and buttons, and
the fields of the form below them, and reviews signed with a first name and an initial.

The comments themselves are prose; the tail filter trims them together with the heading
that opens them at the end of the article. This filter removes the widget chrome wherever
it stands: ``Reply``, ``Jane says:``, ``March 3, 2024 at 8:47 am``, ``3 days ago``, and the
comments that chrome frames when no heading opens them.
"""

from __future__ import annotations

import re

from ..document import Block, Document, Kind, runs
from ..options import Options
from ..vocab import fold, phrase_finder, phrases, short_blocks

NAME = "comments"
DESCRIPTION = (
    "comment headings, authors, timestamps, buttons, forms, the comments they frame, and "
    "signed testimonials"
)

_COUNT_WORDS = (
    r"comments?|kommentare?|commentaires?|comentarios?|commenti|comentários"
    r"|reacties|komentarz[ey]?|responses|replies|antworten"
)
_COUNT_HEADING = re.compile(rf"^\(?\d+\)?\s+(?:{_COUNT_WORDS})\b", re.IGNORECASE)
# "July 24, 2019 by Amy Motroni 5 Comments": the count a byline or dateline ends with.
_TRAILING_COUNT = re.compile(rf"\s+(?:[|·•–—-]\s+)?\(?\d+\)?\s+(?:{_COUNT_WORDS})$", re.IGNORECASE)
# A count inside a folded heading: "Vos réactions (11)", "Comentar este artículo 1 comentario".
_FOLDED_COUNT = re.compile(rf"(?:^| )\d+(?: (?:{_COUNT_WORDS}))?(?= |$)")
_MAX_JOINED_HEADING = 80
_AUTHOR_LINE = re.compile(
    r"^[\w .'’@-]{1,40}\s(?:says|said|wrote|sagt|schreibt|schrieb|dit|a écrit|dice|escribió"
    r"|dice:|scrive|disse|schreef|napisał|napisała)\s?:?$",
    re.IGNORECASE,
)
_TIMESTAMP = re.compile(
    r"^(?:\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago"
    r"|vor\s+\d+\s+(?:sekunden|minuten|stunden|tagen|wochen|monaten|jahren)"
    r"|il y a\s+\d+\s+\w+|hace\s+\d+\s+\w+"
    r"|.{4,40}\b(?:at|um|à|a las)\s+\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?|uhr|h)?)$",
    re.IGNORECASE,
)


_MIN_FORM_FIELDS = 2
_MAX_NOTICE_WORDS = 30


def apply(doc: Document, options: Options) -> None:
    _fields(doc)
    _form_notices(doc)
    buttons = phrases("comments", "exact")
    for block in doc.blocks:
        if not block.kept or block.kind is Kind.TITLE or len(block.text) > 80:
            continue
        folded = fold(block.text)
        if folded in buttons:
            block.remove(NAME, "comment button")
        elif is_heading(block.text):
            block.remove(NAME, "comment-section heading")
        elif _AUTHOR_LINE.match(block.text):
            block.remove(NAME, _AUTHOR_REASON)
        elif _TIMESTAMP.match(block.text):
            block.remove(NAME, _TIMESTAMP_REASON)
    _threads(doc)
    _testimonials(doc)


_AUTHOR_REASON = "comment author line"
_TIMESTAMP_REASON = "comment timestamp"
_MAX_COMMENT_BLOCKS = 20
_MIN_THREAD = 2


def _threads(doc: Document) -> None:
    """Comments without a heading above them (a page of comments, or a thread the scraper
    cut from its heading): the text between a comment's author line or timestamp and its
    reply button, two such comments or more. Article text never stands in that frame."""
    reply = phrases("comments", "reply")
    blocks = [b for b in doc.blocks if b.kind is not Kind.TITLE and b.removed_by in (None, NAME)]
    bodies: list[list[Block]] = []
    opened: int | None = None
    for i, block in enumerate(blocks):
        if block.removed_by == NAME and block.reason in (_AUTHOR_REASON, _TIMESTAMP_REASON):
            opened = i
        elif block.removed_by == NAME and opened is not None:
            body = blocks[opened + 1 : i]
            if body and len(body) <= _MAX_COMMENT_BLOCKS and fold(block.text) in reply:
                bodies.append(body)
            opened = None
    if len(bodies) >= _MIN_THREAD:
        for body in bodies:
            for block in body:
                block.remove(NAME, "a comment's text, between its author line and reply button")


# "Anna K.", "- Jane D., Texas", "Familie W.": a first name (or two) and an initial.
_SIGNATURE = re.compile(
    r"^[–—-]?\s?(?:[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]+\s){1,2}[A-ZÀ-ÖØ-Þ]\.(?:,\s[A-Z][\w .]{1,30})?$"
)
_MIN_TESTIMONIALS = 3
_MAX_TESTIMONIAL_BLOCKS = 3


def _testimonials(doc: Document) -> None:
    """Short texts each signed on the line below with a first name and an initial, three or
    more in a row: a business's testimonials or a guest book, not the article. A reporter
    names the people quoted in the sentence."""
    kept = [b for b in doc.blocks if b.kept and b.kind is not Kind.TITLE]
    signed = [i for i, b in enumerate(kept) if _SIGNATURE.match(b.text)]
    chains: list[list[int]] = []
    for i in signed:
        if chains and 1 < i - chains[-1][-1] <= _MAX_TESTIMONIAL_BLOCKS + 1:
            chains[-1].append(i)
        else:
            chains.append([i])
    for chain in chains:
        if len(chain) >= _MIN_TESTIMONIALS:
            for block in kept[max(0, chain[0] - 1) : chain[-1] + 1]:
                block.remove(NAME, "testimonial, signed with a first name and an initial")


def _form_notices(doc: Document) -> None:
    """The note under a comment form on how comments are filtered for spam and processed."""
    notice = phrase_finder("comments", "form_notice")
    for block, folded, _ in short_blocks(doc, _MAX_NOTICE_WORDS):
        if (found := notice.search(folded)) is not None:
            block.remove(NAME, f"comment form's notice ({found!r})")


def is_heading(text: str) -> bool:
    """Whether ``text`` opens a comment section (the tail filter cuts there)."""
    folded = fold(text)
    if folded in phrases("comments", "heading") or _COUNT_HEADING.match(text):
        return True
    # Joined headings take in what is_count finds besides "124 Comments" (a heading with its
    # count), so they are looked for once.
    return len(text) <= _MAX_JOINED_HEADING and _joined_headings(folded)


def _joined_headings(folded: str) -> bool:
    """Headings run together, or with their count: a theme's heading and the form's cancel
    link (``Leave a Comment! Antworten abbrechen``), ``Keine Kommentare Kommentare sind
    geschlossen``, ``Vos réactions (11)``. Any other word makes it text."""
    headings = phrase_finder("comments", "heading")
    if not headings.may_hold(folded):
        return False  # most blocks, before any rewriting
    rest = " ".join(_FOLDED_COUNT.sub(" ", folded).split())
    found = headings.findall(rest)
    return bool(found) and " ".join(found) == rest


def without_count(text: str) -> str:
    """``text`` without the comment count at its end, if it has one."""
    return _TRAILING_COUNT.sub("", text)


def is_count(text: str) -> bool:
    """Whether ``text`` is a comment count (``124 Comments``, ``Comments: 37``), which also
    sits under a byline."""
    if _COUNT_HEADING.match(text):
        return True
    folded = fold(text)
    return (
        len(text) <= _MAX_JOINED_HEADING
        and _FOLDED_COUNT.search(folded) is not None
        and _joined_headings(folded)
    )


def _fields(doc: Document) -> None:
    """The labels of a comment or contact form's fields, two or more in a row: ``Name *``,
    ``E-Mail *``, ``Website``. One such word alone may be a heading or a table cell."""
    kept = (b for b in doc.blocks if b.kept)
    for run in runs(kept, lambda b: b.kind is not Kind.TITLE and _field_label(b.text)):
        if len(run) >= _MIN_FORM_FIELDS:
            for field in run:
                field.remove(NAME, "form field")


def _field_label(text: str) -> bool:
    if len(text) > 40:
        return False
    words = fold(text).split()
    while words and words[-1] in phrases("comments", "form_marker"):
        words.pop()
    return " ".join(words) in phrases("comments", "form_field")
