"""The writer's law: rendering its output with CommonMark shows exactly the kept text."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from markdown_render import rendered_texts
from newsclean import Block, Document, Kind
from newsclean.markdown import to_markdown
from newsclean.parse import normalise

TRICKY = [
    "1. not a list",
    "2) nor this",
    "# not a heading",
    "- not a bullet",
    "+ plus",
    "* star",
    "> not a quote",
    "---",
    "***",
    "___",
    "===",
    "~~~ fence",
    "```code```",
    "<b>bold</b>",
    "<script>alert(1)</script>",
    "a_b_c and *em* and **strong**",
    "[link](http://x.y)",
    "[ref]: http://x.y",
    "![img](x.png)",
    "&amp; &#169; &copy;",
    "back\\slash\\",
    "C# and F#",
    "<http://auto.link>",
    "trailing hashes ##",
    "12345678901. long number",
    "#",
    "-",
    "1.",
]


@pytest.mark.parametrize("text", TRICKY)
@pytest.mark.parametrize("kind", list(Kind))
def test_tricky_text_renders_as_itself(text: str, kind: Kind) -> None:
    doc = Document([Block("Intro", Kind.PARAGRAPH), Block(text, kind)])
    texts = [t for _, t in rendered_texts(to_markdown(doc))]
    assert texts == ["Intro", text]


def test_block_kinds_render_as_their_markdown() -> None:
    doc = Document(
        [
            Block("Head", Kind.TITLE),
            Block("Body", Kind.PARAGRAPH),
            Block("Sub", Kind.HEADING),
            Block("Item", Kind.LIST_ITEM),
            Block("Said", Kind.QUOTE),
            Block("Pic", Kind.CAPTION),
        ]
    )
    assert to_markdown(doc) == "# Head\n\nBody\n\n## Sub\n\n- Item\n\n> Said\n\n*Pic*\n"
    assert [k for k, _ in rendered_texts(to_markdown(doc))] == [
        "h1",
        "paragraph",
        "h2",
        "list",
        "quote",
        "caption",
    ]


def test_removed_blocks_are_not_written() -> None:
    gone = Block("Advertisement")
    gone.remove("ads", "advertisement placeholder")
    assert to_markdown(Document([Block("Text"), gone])) == "Text\n"


def test_empty_document_is_empty_output() -> None:
    assert to_markdown(Document([])) == ""


line_text = (
    st.text(
        st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp", "Zs", "Cf", "Co", "Cn"))
        | st.just(" "),
        min_size=1,
    )
    .map(lambda s: normalise(s).replace("\n", " ").strip())
    .filter(bool)
)


@given(st.lists(st.tuples(line_text, st.sampled_from(list(Kind))), min_size=1, max_size=6))
def test_any_text_renders_as_itself(blocks: list[tuple[str, Kind]]) -> None:
    doc = Document([Block(text, kind) for text, kind in blocks])
    rendered = [t for _, t in rendered_texts(to_markdown(doc))]
    expected = [t for t, _ in blocks]
    assert rendered == expected
