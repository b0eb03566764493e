"""Bylines, datelines, update stamps and reading times around the head of the article.

``By Jane Doe``, ``Published 12 May 2024``, ``Aktualisiert: 05.02.2020, 14:03``,
``5 min read``: facts about the article, not part of it. They are taken out of the body at
the head (before the first paragraph of prose) and the tail (after the last one), where
pages print them, and kept in the document's metadata for ``--front-matter``. A date inside
the text, such as a timeline entry, stays. A blog engine's line about the post, a notice
of the article's age and an agency's signature (``aja/PAP``) go wherever they stand.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise

from ..document import Block, Document, Kind
from ..options import Options
from ..prose import prose_of
from ..vocab import fold, load, phrase_finder, phrases
from .comments import without_count

NAME = "metadata"
DESCRIPTION = (
    "bylines, dates, update stamps and reading times at the head or tail, notices of the "
    "article's age and agencies' signatures"
)

_MAX_WORDS = 14
_MAX_POST_META_WORDS = 60
_BIO_BLOCKS = 3
_MAX_NAME_WORDS = 4
_AUTHOR_WORDS = range(2, _MAX_NAME_WORDS + 1)
_NAME_WORD = re.compile(r"^(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.®-]*|and|und|et|y|e|i|&|de|van|von|der|da|del)$")
# What joins a byline's names to the date after them: "Written by Jane Doe on May 3, 2024".
_PARTS = re.compile(r"\s+[|·•⋅]\s+")
_DATE_JOINER = re.compile(r"(?:\s+(?:on|am|le|el|il|op|dnia)|\s*[|,·•–—-])\s*$", re.IGNORECASE)


@cache
def _date() -> re.Pattern[str]:
    months = sorted({m for ms in load("metadata")["month"].values() for m in ms}, key=len)
    month = "|".join(re.escape(m) for m in reversed(months))
    day_month_year = rf"\d{{1,2}}(?:\.?\s+(?:{month})\.?,?\s+|-(?:{month})-)\d{{2,4}}"
    month_day_year = rf"(?:{month})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{2,4}}"
    numeric = r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}"
    return re.compile(
        rf"(?:{day_month_year}|{month_day_year}|{numeric}|(?:{month})\s+\d{{4}})"
        r"(?:,?\s*(?:at|um|à|a las|-|\|)?\s*\d{1,2}[:.h]\d{2}(?::\d{2})?\s*"
        r"(?:[ap]\.?m\.?|uhr|h|cet|cest|gmt|utc|et|est|pst)?)?",
        re.IGNORECASE,
    )


@cache
def _trailing_reading_time() -> re.Pattern[str]:
    """A reading time the scraper ran onto the line before it: "... Feb 8, 2020 5 min read"."""
    words = sorted(phrases("metadata", "reading_time"), key=len, reverse=True)
    alternation = "|".join(r"\s+".join(map(re.escape, w.split())) for w in words)
    return re.compile(rf"[\s|·•⋅,–—-]*\b\d+\s?(?:{alternation})\.?$", re.IGNORECASE)


def _kind(block: Block) -> str | None:
    """What piece of metadata the block is, or None."""
    text = without_count(_unglued(block.text))
    folded = fold(text)
    words = folded.split()
    if not words:
        return None
    if len(words) > _MAX_WORDS:
        return "byline" if _byline_with_role(text) else None
    if text.endswith((".", "?", "!")) and len(words) > 6:
        return None
    reading = phrase_finder("metadata", "reading_time")
    if (re.match(r"^\d+\s", folded) and reading.match(folded.split(" ", 1)[1])) or (
        reading.match(folded) and any(w.isdigit() for w in words)
    ):
        return "reading time"
    # A byline first: one that ends with the date ("By Jane Doe | May 3, 2024") gives both.
    if byline_name(text) is not None:
        return "byline"
    label = phrase_finder("metadata", "date_label").match(folded)
    dates = list(_date().finditer(text)) if any(c.isdigit() for c in text) else []
    if not dates:
        return None
    rest = len(text) - (dates[0].end() - dates[0].start())
    # "Pubblicato il 19 Febbraio 2020 Ultima modifica 19 Febbraio 2020 12:02": a label's
    # stamp of both dates; two dates without a label may be an event's ("3 May to 5 May").
    both = len(text) - sum(d.end() - d.start() for d in dates)
    if rest <= 25 or (label and min(rest, both) <= 40):
        return "date"
    return None


# "Written byMadeline Puckette": a label glued to the name by a scraper that dropped a tag.
_GLUED_BY = re.compile(r"^((?:Written |Posted |Reviewed )?[Bb]y)(?=[A-Z][a-z])")


def _unglued(text: str) -> str:
    return _GLUED_BY.sub(r"\1 ", text) if "y" in text[:12] else text


def byline_name(text: str) -> str | None:
    """The name a byline gives (``By Jane Doe``, ``Written byMadeline Doe``), or None when
    ``text`` is no byline."""
    text = _unglued(text)
    if phrase_finder("metadata", "byline").match(fold(text)) is None:
        return None
    name = _name(text)
    return name if _names(name) else None


_MAX_ROLE_WORDS = 30
_FULL_NAME_WORDS = range(2, _MAX_NAME_WORDS + 1)


def _byline_with_role(text: str) -> bool:
    """``Reviewed by Toni Golen, MD, Editor in Chief, Harvard Women's Health Watch; ...``: a
    byline whose full name a role follows, too long for a name alone. (A sentence that opens
    so, "By Jane Doe, a teacher here for years, the town has changed.", is prose, which no
    metadata rule judges.)"""
    if len(text.split()) > _MAX_ROLE_WORDS:
        return False
    label = phrase_finder("metadata", "byline").match(fold(text))
    if label is None:
        return False
    name, comma, role = text.partition(",")
    name_words = name.split()[len(label.split()) :]
    return (
        bool(comma and role.strip())
        and len(name_words) in _FULL_NAME_WORDS
        and _names(" ".join(name_words))
    )


def _byline_of_people(text: str) -> bool:
    """``Von Tobias Kuske``, ``Von Fiona Bornhöft und Mariam Hofbeck``: a byline whose every
    name has a first name and a last. ``Von Risiken und Nebenwirkungen`` is a heading."""
    name = byline_name(text)
    if name is None:
        return False
    people = re.split(r"\s*(?:,|&|\band\b|\bund\b|\bet\b|\by\b)\s*", name)
    return all(len(person.split()) in _FULL_NAME_WORDS for person in people if person)


def _names(text: str) -> bool:
    """``Jane Doe``, ``Jane Doe, PhD``, ``Brian Smith, CFP®``, ``Anna und Tom Berg``."""
    words = [w for w in re.split(r"[\s,|]+", text) if w]
    return bool(words) and all(_NAME_WORD.match(w) for w in words)


def apply(doc: Document, options: Options) -> None:
    blocks = [b for b in doc.blocks if b.kept and b.kind is not Kind.TITLE]
    if not blocks:
        return
    # The first and last paragraphs of prose, looked for from either end: the blocks between
    # need no measuring.
    head = next((i for i, b in enumerate(blocks) if _prose(doc, b)), None)
    if head is None:
        first, last = len(blocks), -1
    else:
        first = head
        last = next(i for i in range(len(blocks) - 1, first - 1, -1) if _prose(doc, blocks[i]))
    _split_bylines(doc, [b for i, b in enumerate(blocks) if not first <= i <= last])
    # Below the standfirst, before the second paragraph of prose: where a page prints its
    # byline.
    second = next((i for i in range(first + 1, last + 1) if _prose(doc, blocks[i])), first)
    for i, block in enumerate(blocks):
        # A bare date or name between paragraphs may be the article's own (a timeline).
        inside = first <= i <= last
        folded = fold(block.text)
        kind = _kind(block) if not inside or _labelled(block.text, folded) else None
        if kind is None and first < i < second and _byline_of_people(block.text):
            kind = "byline"
        if kind is None and len(block.text.split()) <= _MAX_POST_META_WORDS:
            kind = "post details" if _post_meta(block.text, folded) else None
            if kind is None and _AGE_NOTICE.match(block.text):
                kind = "notice of the article's age"
            elif kind is None and _signature(block.text):
                kind = "agency's signature"
        if kind is None:
            continue
        block.remove(NAME, kind)
        if kind == "byline":
            doc.metadata.setdefault("author", _name(block.text))
            if (found := _date().search(block.text)) is not None:
                doc.metadata.setdefault("date", found.group(0))
        elif kind == "date":
            found = _date().search(block.text)
            doc.metadata.setdefault("date", found.group(0) if found else block.text)
    _drop_name_beside_byline(blocks)
    _drop_author_bio(doc, blocks)


def _drop_name_beside_byline(blocks: list[Block]) -> None:
    """The author's name on a line of its own next to the byline (an avatar's alt text above
    "By Jane Doe ⋅ Senior Analyst"): the byline says it already."""
    for i, byline in enumerate(blocks):
        if byline.removed_by != NAME or byline.reason != "byline":
            continue
        author = _name(byline.text)
        for name in blocks[max(0, i - 1) : i] + blocks[i + 1 : i + 2]:
            if name.kept and name.text == author and len(author.split()) in _AUTHOR_WORDS:
                name.remove(NAME, "byline")


def _split_bylines(doc: Document, outside: list[Block]) -> None:
    """A byline printed on two lines, ``Written by`` and then ``Jane Doe``: the label alone is
    no sentence, and the name after it says who wrote the article."""
    labels = phrases("metadata", "byline_alone")
    for label, name in pairwise(outside):
        if not (label.kept and name.kept) or fold(label.text) not in labels:
            continue
        if len(name.text.split()) <= _MAX_NAME_WORDS and _names(name.text):
            label.remove(NAME, "byline")
            name.remove(NAME, "byline")
            doc.metadata.setdefault("author", name.text)


def _prose(doc: Document, block: Block) -> bool:
    return prose_of(doc, block).is_prose


def _name(byline: str) -> str:
    """``By Jane Doe`` -> ``Jane Doe``, and without the date a byline may end with:
    ``Written by Jane Doe on May 3, 2024``."""
    byline = _unglued(byline)
    label = phrase_finder("metadata", "byline").match(fold(byline))
    text = _trailing_reading_time().sub("", byline.lstrip("-–— ").rstrip())
    date = _date().search(text) if any(c.isdigit() for c in text) else None
    if date is not None and date.end() == len(text):
        text = _DATE_JOINER.sub("", text[: date.start()])
    # "By Jane Doe | Updated on 19-Dec-2025 | Gardening": the parts after the name are short.
    name, *parts = _PARTS.split(text)
    if parts and all(len(part.split()) <= _MAX_NAME_WORDS + 1 for part in parts):
        text = name
    words = text.split()[len(label.split()) if label else 0 :]
    if len(words) > _MAX_WORDS:
        # A role after the name (_byline_with_role): the name is what comes before it.
        words = " ".join(words).partition(",")[0].split()
    return " ".join(words).strip(" :|,")


# The same labels with their colon, anywhere in the line ("... | Abgelegt unter: Fotografie").
_POST_META_LABEL = re.compile(
    r"\b(?:[Aa]bgelegt unter|[Ff]iled under|[Pp]osted in|[Pp]ublié dans):"
)


# "aja/PAP", "(dr/spot)", "erb/ots": the initials of the editor and the agency or service
# that signs a news item at its end. Units ("kg/ha") and "and/or" have no agency's name.
_SIGNATURE = re.compile(
    r"^(?P<open>\()?[a-z]{2,4}(?:\s?/\s?[a-z]{2,4})*\s?/\s?(?P<agency>[A-Z]{2,5}|[a-z]{2,4})"
    r"(?(open)\))$"
)


def _signature(text: str) -> bool:
    found = _SIGNATURE.match(text)
    if found is None:
        return False
    agency = found["agency"]
    return agency.isupper() or bool(found["open"]) or agency in phrases("metadata", "agency")


# "This article is more than 3 years old", "This post is over 3 years old. I've probably
# changed my mind since ...": what the page says of the article's date, wherever it stands.
_AGE_NOTICE = re.compile(
    r"^(?:This|Dieser|Cet) (?:article|post|entry|Artikel|Beitrag)\s(?:is|ist|a)\s"
    r"(?:more than|over|older than|mehr als|über|älter als|plus de)\s"
    r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|einem|zwei|drei|vier|fünf|"
    r"un|deux|trois|quatre|cinq)\s(?:years?|months?|Jahre|Jahr|Monate|ans|an|mois)\b"
)


def _post_meta(text: str, folded: str) -> bool:
    """A blog engine's line about the post: "This entry was posted in News and tagged ...",
    and "Posted in News, Politics" at its start ("The video, posted in March, shows ..." is
    the article's)."""
    if phrase_finder("metadata", "post_meta").search(folded) is not None:
        return True
    # The permalink that ends the line ("... Haarfarbe, Pflegespülung Permalink").
    if text.endswith("Permalink") or (":" in text and _POST_META_LABEL.search(text)):
        return True
    opening = phrase_finder("metadata", "post_meta_opening").match(folded)
    return opening is not None and not text.rstrip().endswith(".")


def _labelled(text: str, folded: str) -> bool:
    """``Published 12 May``, ``5 min read``: metadata that says what it is, anywhere; and
    ``By Jane Doe ⋅ Updated March 5, 2025``, a byline that carries its date (a standfirst
    may stand above it)."""
    # Longer, it is no metadata to _kind, labelled or not: its phrases need no looking for.
    if folded.count(" ") >= _MAX_WORDS:
        return False
    if phrase_finder("metadata", "date_label").match(folded) or phrase_finder(
        "metadata", "reading_time"
    ).ends_in(folded):
        return True
    return (
        phrase_finder("metadata", "byline").match(folded) is not None
        and any(c.isdigit() for c in text)
        and _date().search(text) is not None
    )


def _drop_author_bio(doc: Document, blocks: list[Block]) -> None:
    """The box under the article that introduces its author: it starts with the byline's
    name (``Jane Doe is a reporter ...``) and is among the last blocks."""
    name = " ".join(doc.metadata.get("author", "").split()[:2]).strip(" ,|")
    if len(name.split()) < 2:
        return
    kept = [b for b in blocks if b.kept]
    for block in kept[-_BIO_BLOCKS:]:
        if block.text.startswith(name) and len(block.text) > len(name) + 20:
            block.remove(NAME, "author bio")
