"""Document to Markdown. Knows CommonMark, nothing about news.

Every kept block is escaped so that a CommonMark renderer shows exactly its text: a paragraph
that starts with ``1.`` or ``#`` stays a paragraph, ``*`` and ``_`` stay literal, and ``<b>``
in the input never becomes live HTML.
"""

from __future__ import annotations

import re

from .document import Block, Document, Kind

FRONT_MATTER_KEYS = ("title", "author", "date", "site")
_INLINE = re.compile(r"[\\`*_\[\]<]|&(?=#?\w+;)")
_LEADING = re.compile(r"^(?:[#>+~=-]|(\d{1,9})([.)]))")


def _escape_inline(text: str) -> str:
    return _INLINE.sub(lambda m: "\\" + m.group(0), text)


def escape(text: str) -> str:
    """Escape ``text`` so that it renders as itself at the start of a paragraph."""
    text = _escape_inline(text)
    match = _LEADING.match(text)
    if match:
        if match.group(1):
            text = f"{match.group(1)}\\{match.group(2)}{text[match.end() :]}"
        else:
            text = "\\" + text
    return text


def _render(block: Block) -> str:
    if block.kind in (Kind.TITLE, Kind.HEADING):
        marker = "# " if block.kind is Kind.TITLE else "## "
        return marker + _escape_inline(block.text).replace("#", "\\#")
    text = escape(block.text)
    if block.kind is Kind.LIST_ITEM:
        return "- " + text
    if block.kind is Kind.QUOTE:
        return "> " + text
    if block.kind is Kind.CAPTION:
        return f"*{text}*"
    return text


def to_markdown(doc: Document, front_matter: bool = False) -> str:
    """The kept blocks, one blank line apart, ending in one newline; with ``front_matter``,
    the title and what the filters learned about the article (author, date, site) above."""
    parts = [_render(block) for block in doc.blocks if block.kept]
    body = "\n\n".join(parts) + "\n" if parts else ""
    if not front_matter:
        return body
    return _front_matter(doc) + ("\n" + body if body else "")


def _front_matter(doc: Document) -> str:
    """YAML with every value double-quoted (JSON strings are valid YAML scalars)."""
    import json  # only --front-matter needs it

    fields = {"title": doc.title.text if doc.title else None}
    fields.update((key, doc.metadata.get(key)) for key in FRONT_MATTER_KEYS[1:])
    fields = {key: value for key, value in fields.items() if value}
    lines = [f"{key}: {json.dumps(value, ensure_ascii=False)}" for key, value in fields.items()]
    return "---\n" + "".join(line + "\n" for line in lines) + "---\n"
