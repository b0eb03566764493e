"""Raw text to a Document: normalise what scrapers leave behind, then split into blocks.

A block is a line that stands alone. Scrapers write one block a line (html-text, most
readability ports) or separate blocks by blank lines; both give the same blocks here. A line
that starts in lower case after a line without closing punctuation continues it (hard-wrapped
text, a ``<br>`` inside a sentence) and is joined to it, unless that line is too short to
have been wrapped: a heading or a label above an image's lower-case alt text ("About the
Author" over "photo of Jane Doe"), a table's cells, a list's items.

The parser also reads the Markdown that newsclean itself writes (``# Title``, ``## Heading``,
``- item``, ``> quote``, ``*caption*`` and backslash escapes), so that cleaning an output again
gives the same output.
"""

from __future__ import annotations

import re

from .document import Block, Document, Kind
from .markdown import FRONT_MATTER_KEYS

# Dropped in one pass: control characters other than tab and newline (NUL included), never
# text; and characters with no visible width that scrapers copy from the page: zero-width
# spaces and joiners, word joiner, BOM, and the bidi marks around mixed-script text. Soft
# hyphens stay: they are part of the text (hyphenation points) and invisible when rendered.
_INVISIBLE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f"
    "\u200b\u200c\u200d\u2060\ufeff\u200e\u200f\u202a-\u202e\u2066-\u2069]"
)
# CRLF, CR, and the Unicode line and paragraph separators (NEL, U+2028, U+2029).
_LINE_BREAK = re.compile("\r\n?|[\x85\u2028\u2029]")
_LINE_BREAK_CHARS = ("\r", "\x85", "\u2028", "\u2029")
# Spaces other than U+0020 become one; then runs of U+0020 fold. Two simple patterns scan
# faster than one class of all spaces, which would also match every single space.
_OTHER_SPACE = re.compile("[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_SPACE_RUN = re.compile(" {2,}")
# After folding, the only white space left around a line is one space on either side.
_LINE_EDGES = re.compile(" \n ?|\n ")
# UTF-8 read as cp1252 ("â€™"), or as Latin-1, which leaves C1 controls after the "â" of a
# quote or dash ("â\x80\x99"): text never holds those.
_MOJIBAKE = re.compile("[\u00c2\u00c3][\u0080-\u00bf]|\u00e2[\u20ac\u0080-\u009f]")

_ESCAPED = re.compile(r"\\([!-/:-@\[-`{-~])")
_HEADING = re.compile(r"^(#{1,6}) +(.*?)(?: +#+)?$")
_BULLET = re.compile(r"^[-*•·▪►] +(?=\S)")
# "* * *", "- - -": a break between a story's sections, not a list item with "* *" in it.
_SECTION_BREAK = re.compile(r"^([-*_•·])(?: *\1){2,} *$")
_EMPHASIS_LINE = re.compile(r"^\*(?=\S)(.*\S)\*$")
_CLOSING = frozenset('.!?:;…"”’»)')
# First characters of the block markers above: a line starting otherwise is a paragraph.
_MARKER_START = frozenset("#-*•·▪►>")
_DROP_CAP_PARAGRAPH = 60
# Shorter lines are labels, cells or items, not the start of a wrapped sentence.
_WRAPPED = 20


def normalise(text: str) -> str:
    """Unify line ends and invisible characters; fold runs of spaces; drop trailing spaces."""
    text = _tidy(text)
    if not text.isascii() and _MOJIBAKE.search(text):
        text = _tidy(_fix_mojibake(text))
    return text


def one_line(text: str) -> str:
    """``text`` normalised onto one line (an HTML element's text). Splitting at white space
    does what :func:`normalise` does to spaces and line ends, so only invisible characters and
    mojibake are left to it: text without mojibake takes one pass."""
    line = " ".join(_INVISIBLE.sub("", text).split())
    if line.isascii() or not _MOJIBAKE.search(line):
        return line
    return " ".join(normalise(text).split())


def _tidy(text: str) -> str:
    """Whole-text passes, not one per line: a page has thousands of short lines."""
    if any(char in text for char in _LINE_BREAK_CHARS):
        text = _LINE_BREAK.sub("\n", text)
    text = _INVISIBLE.sub("", text)
    text = _SPACE_RUN.sub(" ", _OTHER_SPACE.sub(" ", text))
    return _LINE_EDGES.sub("\n", text).strip(" ")


def _fix_mojibake(text: str) -> str:
    """Undo UTF-8 read as Latin-1/cp1252 (``â€™`` for ``'``), leaving quotes and all else alone."""
    import ftfy  # only pages that show mojibake pay for the import

    fixed: str = ftfy.fix_encoding(text)
    return fixed


def parse(text: str) -> Document:
    """Split normalised text into blocks, one per stand-alone line."""
    blocks: list[Block] = []
    previous_blank = True
    previous_line = ""
    lines = normalise(text).split("\n")
    metadata, start = _front_matter(lines)
    for number, line in enumerate(lines[start:], start=start + 1):
        if not line:
            previous_blank = True
            continue
        block = _block(line, number)
        if blocks and _drop_cap(blocks[-1], block):
            blocks[-1].text += block.text
        elif (
            not previous_blank
            and blocks
            and block.kind is Kind.PARAGRAPH
            and blocks[-1].kind is Kind.PARAGRAPH
            and _continues(previous_line, block.text)
        ):
            blocks[-1].text = f"{blocks[-1].text} {block.text}"
        else:
            blocks.append(block)
        previous_blank = False
        previous_line = block.text
    return Document(blocks, metadata)


def _front_matter(lines: list[str]) -> tuple[dict[str, str], int]:
    """The ``--front-matter`` block newsclean writes (``key: "json string"`` lines between
    ``---`` lines), read back so that cleaning such an output again keeps it."""
    if len(lines) < 3 or lines[0] != "---":
        return {}, 0
    import json  # only texts that start with front matter need it

    fields: dict[str, str] = {}
    for end, line in enumerate(lines[1:], start=1):
        if line == "---":
            return fields, end + 1
        key, sep, value = line.partition(": ")
        if not sep or key not in FRONT_MATTER_KEYS:
            return {}, 0
        try:
            decoded = json.loads(value)
        except ValueError:
            return {}, 0
        if not isinstance(decoded, str):
            return {}, 0
        if key != "title":
            fields[key] = decoded
    return {}, 0


def _drop_cap(previous: Block, block: Block) -> bool:
    """``T`` above ``urkey, Poland and ...``: a magazine's large first letter, set apart from
    its word. A paragraph, not a label, has to follow it."""
    letter = previous.text
    return (
        len(letter) == 1
        and letter.isupper()
        and previous.kind is Kind.PARAGRAPH
        and block.kind is Kind.PARAGRAPH
        and len(block.text) >= _DROP_CAP_PARAGRAPH
        and block.text[0].islower()
    )


def _continues(previous: str, line: str) -> bool:
    return len(previous) >= _WRAPPED and line[0].islower() and previous[-1] not in _CLOSING


def _block(line: str, number: int) -> Block:
    if line[0] not in _MARKER_START:
        return Block(_unescape(line), Kind.PARAGRAPH, number)
    heading = _HEADING.match(line)
    if heading and heading.group(2):
        kind = Kind.TITLE if len(heading.group(1)) == 1 else Kind.HEADING
        return Block(_unescape(heading.group(2)), kind, number)
    bullet = _BULLET.match(line)
    if bullet and not _SECTION_BREAK.match(line):
        return Block(_unescape(line[bullet.end() :]), Kind.LIST_ITEM, number)
    if line.startswith("> "):
        return Block(_unescape(line[2:]), Kind.QUOTE, number)
    emphasis = _EMPHASIS_LINE.match(line)
    if emphasis and "*" not in emphasis.group(1).replace("\\*", ""):
        return Block(_unescape(emphasis.group(1)), Kind.CAPTION, number)
    return Block(_unescape(line), Kind.PARAGRAPH, number)


def _unescape(text: str) -> str:
    return _ESCAPED.sub(r"\1", text) if "\\" in text else text
