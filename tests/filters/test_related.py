from __future__ import annotations

from helpers import PARAGRAPH, kept, removed, run_filter
from newsclean import Document, Options
from newsclean.filters import related, stubs
from newsclean.parse import parse

P1 = PARAGRAPH
TEASERS = "Ein Roadtrip entlang der Küste\n\nHerbstlicher Ausflug in die Berge"


def test_a_link_label_with_a_colon_opens_the_list_below_it() -> None:
    doc = run_filter(stubs, f"{P1}\n\nWeiterlesen:\n\n{TEASERS}")
    related.apply(doc, Options())
    assert kept(doc) == [P1]
    assert doc.blocks[2].reason == "headline in a related-articles list"


def test_a_link_button_without_a_colon_opens_no_list() -> None:
    # A "Weiterlesen" button closes a teaser; the heading below it starts the next section.
    doc = run_filter(stubs, f"{P1}\n\nWeiterlesen\n\nDie neue Bibliothek\n\n{P1}")
    related.apply(doc, Options())
    assert removed(doc) == ["Weiterlesen"]


def test_headlines_that_ask_are_listed_when_another_headline_follows() -> None:
    listing = "Recent Articles\n\nTime for a check-up?\n\nHow we make memories\n\nAre you at risk?"
    doc = related_run(f"{listing}\n\nNew findings\n\n{P1}")
    assert kept(doc) == [P1]


def test_a_question_above_a_paragraph_is_the_article_s_subheading() -> None:
    doc = related_run(f"Recent Articles\n\nHow we make memories\n\nWhat did they find?\n\n{P1}")
    assert kept(doc) == ["What did they find?", P1]


def test_a_list_above_the_article_stops_at_its_headline() -> None:
    text = (
        "Cutting tomatoes the right way - Kitchen Site\n\nRecent Articles\n\nBaking bread"
        f"\n\nCutting tomatoes the right way\n\nThe trick with the stalk\n\n{P1}"
    )
    doc = related_run(text)
    assert removed(doc) == ["Recent Articles", "Baking bread"]


def related_run(text: str) -> Document:
    doc = parse(text)
    related.apply(doc, Options())
    return doc
