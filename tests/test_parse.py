from __future__ import annotations

import newsclean
from newsclean import Kind
from newsclean.parse import normalise, one_line, parse


def test_line_ends_bom_and_invisible_characters() -> None:
    assert normalise("\ufeffa\r\nb\rc\u200b") == "a\nb\nc"


def test_whitespace_only_lines_become_blank_and_trailing_spaces_go() -> None:
    assert normalise("a  \n\u00a0\n \t \nb\u00a0 ") == "a\n\n\nb"


def test_runs_of_spaces_fold_to_one() -> None:
    assert normalise("a \u00a0  b\tc") == "a b c"


def test_nul_and_control_bytes_are_dropped() -> None:
    assert normalise("a\x00b\x07c") == "abc"


def test_mojibake_is_repaired_without_straightening_quotes() -> None:
    assert normalise("It\u00e2\u20ac\u2122s \u201cfine\u201d") == "It\u2019s \u201cfine\u201d"


def test_utf8_read_as_latin1_is_repaired_too() -> None:
    # The quote's bytes read as Latin-1 leave C1 controls after the "â": "youâ\x80\x99ve".
    assert normalise("you\u00e2\u0080\u0099ve \u2014 headsets\u00e2\u0080\u0094driven") == (
        "you\u2019ve \u2014 headsets\u2014driven"
    )
    assert one_line("you\u00e2\u0080\u0099ve") == "you\u2019ve"


def test_each_line_is_a_block() -> None:
    doc = parse("One.\nTwo.\n\n\nThree.")
    assert [b.text for b in doc.blocks] == ["One.", "Two.", "Three."]
    assert [b.line for b in doc.blocks] == [1, 2, 5]


def test_hard_wrapped_sentence_is_joined() -> None:
    doc = parse("The minister said that the\nbudget would be balanced.")
    assert [b.text for b in doc.blocks] == ["The minister said that the budget would be balanced."]


def test_a_short_line_is_not_continued_by_a_lower_case_line() -> None:
    # A label over an image's alt text, a list's items: neither wrapped a sentence.
    doc = parse("About the Author\nphoto of Jane Doe\nnicht düngen\nim Sommer gießen")
    assert [b.text for b in doc.blocks] == [
        "About the Author",
        "photo of Jane Doe",
        "nicht düngen",
        "im Sommer gießen",
    ]


def test_a_drop_cap_joins_its_word() -> None:
    rest = "urkey and Poland have been added to the list of places that travellers avoid."
    assert [b.text for b in parse(f"T\n\n{rest}").blocks] == ["T" + rest]


def test_a_letter_above_a_label_is_no_drop_cap() -> None:
    # A table's or a menu's letter above a word, not a magazine's first letter.
    assert [b.text for b in parse("E\n\nempfehlen\n\nX\n\nlinkedin").blocks] == [
        "E",
        "empfehlen",
        "X",
        "linkedin",
    ]


def test_own_markdown_is_read_back() -> None:
    doc = parse("# Title\n\n## Section\n\n- item\n\n> quoted\n\n*caption*\n\n1\\. not a list")
    assert [(b.kind, b.text) for b in doc.blocks] == [
        (Kind.TITLE, "Title"),
        (Kind.HEADING, "Section"),
        (Kind.LIST_ITEM, "item"),
        (Kind.QUOTE, "quoted"),
        (Kind.CAPTION, "caption"),
        (Kind.PARAGRAPH, "1. not a list"),
    ]


def test_hashtags_and_arrows_are_plain_text() -> None:
    doc = parse("#MeToo trended\n\n>> reply")
    assert [b.kind for b in doc.blocks] == [Kind.PARAGRAPH, Kind.PARAGRAPH]


def test_a_section_break_is_no_list_item() -> None:
    doc = parse("* * *\n\n- - -\n\n* item")
    assert [(b.kind, b.text) for b in doc.blocks] == [
        (Kind.PARAGRAPH, "* * *"),
        (Kind.PARAGRAPH, "- - -"),
        (Kind.LIST_ITEM, "item"),
    ]
    out = newsclean.clean("Story of the day.\n\n* * *\n\nMore of the story.")
    assert "\\* \\* \\*" in out and newsclean.clean(out) == out
