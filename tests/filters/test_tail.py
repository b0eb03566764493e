from __future__ import annotations

from helpers import kept, removed, run_filter
from newsclean.filters import tail

P1 = (
    "The council voted on Monday to close the library on Sundays, saving an estimated forty "
    "thousand pounds a year, after a debate that lasted for most of the evening session."
)
P2 = (
    "Residents had collected more than three thousand signatures against the plan, and the "
    "opposition said it would ask for the decision to be reviewed by the full council in May."
)
COMMENT = "I think this is a terrible decision and the council should be ashamed of itself today."


def test_comment_section_after_the_article_is_trimmed() -> None:
    doc = run_filter(tail, f"{P1}\n\n{P2}\n\nComments\n\n{COMMENT}\n\nReply")
    assert kept(doc) == [P1, P2]
    assert doc.blocks[2].reason == "opens the comment section below the article"


def test_related_list_at_the_end_is_trimmed() -> None:
    teasers = "Library opening hours to change\n\nNew parking fees from May"
    doc = run_filter(tail, f"{P1}\n\n{P2}\n\nRelated articles\n\n{teasers}")
    assert kept(doc) == [P1, P2]


def test_related_box_in_the_middle_is_not_an_end() -> None:
    doc = run_filter(tail, f"{P1}\n\nMehr zum Thema\n\nBibliothek schließt\n\n{P2}")
    assert removed(doc) == []


def test_heading_before_any_article_text_is_not_an_end() -> None:
    doc = run_filter(tail, f"Comments\n\n{P1}\n\n{P2}")
    assert removed(doc) == []
