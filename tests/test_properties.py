"""Properties that hold for any text: never raises, idempotent, output words come from the input."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

import newsclean
from markdown_render import rendered_texts
from newsclean.parse import parse

WORD = re.compile(r"\w+")

# Text shaped like scraped pages: real marker words, punctuation and Markdown-significant
# characters mixed with random unicode, in short lines and blank-line runs.
pieces = st.sampled_from(
    [
        "ADVERTISEMENT",
        "Share this article:",
        "Tweet",
        "Email",
        "(Getty)",
        "REUTERS/Jane Doe",
        "Photo: Max",
        "# ",
        "- ",
        "> ",
        "1. ",
        "*",
        "_",
        "`",
        "<b>",
        "\\",
        "|",
        " ",
        "\u00a0",
        "\n",
        "\n\n",
        "\r\n",
        "The minister said.",
        "Headline here",
        "Tags: a, b",
        "é",
        "ß",
        "\t",
    ]
)
scraped = st.lists(pieces | st.text(max_size=12), max_size=40).map("".join)


@given(scraped)
def test_never_raises_and_is_idempotent(text: str) -> None:
    once = newsclean.clean(text)
    assert newsclean.clean(once) == once


@given(scraped)
def test_idempotent_with_captions_kept(text: str) -> None:
    once = newsclean.clean(text, captions="keep")
    assert newsclean.clean(once, captions="keep") == once


@given(scraped)
def test_every_output_word_occurs_in_the_input(text: str) -> None:
    # The input as the parser reads it: Markdown escapes undone, markers taken off.
    source = set(WORD.findall(" ".join(block.text for block in parse(text).blocks)))
    visible = " ".join(t for _, t in rendered_texts(newsclean.clean(text)))
    assert set(WORD.findall(visible)) <= source


@given(st.text())
def test_any_unicode_is_safe(text: str) -> None:
    out = newsclean.clean(text)
    assert out == "" or out.endswith("\n")
    assert "\n\n\n" not in out
