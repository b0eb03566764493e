"""Render newsclean's Markdown with a real CommonMark parser and read back the visible text."""

from __future__ import annotations

from markdown_it import MarkdownIt

_MD = MarkdownIt("commonmark")
_BLOCK_OPEN = {
    "heading_open": "heading",
    "paragraph_open": "paragraph",
    "bullet_list_open": "list",
    "blockquote_open": "quote",
}
# Inline constructs the writer must never produce by accident.
_FORBIDDEN = {
    "html_inline",
    "html_block",
    "code_inline",
    "link_open",
    "image",
    "strong_open",
    "code_block",
    "fence",
    "hr",
    "ordered_list_open",
    "hardbreak",
}


def rendered_texts(markdown: str) -> list[tuple[str, str]]:
    """(kind, visible text) for each block: heading levels as h1/h2, italics as caption."""
    out: list[tuple[str, str]] = []
    tokens = _MD.parse(markdown)
    context: list[str] = []
    for token in tokens:
        assert token.type not in _FORBIDDEN, f"{token.type} in {markdown!r}"
        if token.type in _BLOCK_OPEN:
            context.append(token.tag if token.type == "heading_open" else _BLOCK_OPEN[token.type])
        elif token.type.endswith("_close") and token.type.replace("_close", "_open") in _BLOCK_OPEN:
            context.pop()
        elif token.type == "inline":
            children = token.children or []
            for child in children:
                assert child.type not in _FORBIDDEN, f"{child.type} in {markdown!r}"
            italic = (
                len(children) >= 3
                and children[0].type == "em_open"
                and children[-1].type == "em_close"
            )
            assert italic or not any(c.type == "em_open" for c in children), markdown
            text = "".join(c.content for c in children if c.type in ("text", "softbreak"))
            kind = (
                "caption"
                if italic
                else next((c for c in reversed(context) if c != "paragraph"), "paragraph")
            )
            out.append((kind, text))
    return out
