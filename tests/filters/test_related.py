from __future__ import annotations

import pytest

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


INVITATIONS = (
    "See how high-intensity workouts can help you get fit fast\n\n"
    "Find out ways to improve your flexibility for better health"
)


def test_links_inviting_the_reader_on_go_two_in_a_row() -> None:
    doc = related_run(f"{P1}\n\n{INVITATIONS}\n\n{P1}")
    assert kept(doc) == [P1, P1]
    assert doc.blocks[1].reason == "in a box of links inviting the reader on"


def test_one_invitation_alone_may_be_the_article_s_subheading() -> None:
    doc = related_run(f"{P1}\n\nLearn more about index funds\n\n{P1}")
    assert kept(doc) == [P1, "Learn more about index funds", P1]


def test_an_invitation_that_ends_in_a_sentence_is_the_article_s() -> None:
    sentences = "\n\n".join(f"{line}." for line in INVITATIONS.split("\n\n"))
    doc = related_run(f"{P1}\n\n{sentences}\n\n{P1}")
    assert removed(doc) == []


def test_one_invitation_naming_the_piece_it_links_to_goes() -> None:
    doc = related_run(f"{P1}\n\nRead our full Blink Mini 2 review\n\n{P1}")
    assert kept(doc) == [P1, P1]
    assert doc.blocks[1].reason == "link inviting the reader on to another piece"


def test_one_invitation_between_a_paragraph_and_the_next_heading_goes() -> None:
    link = "Find out if weight loss medications can help you lose weight"
    doc = related_run(f"{P1}\n\n{link}\n\n2. Stick to a meal pattern\n\n{P1}")
    assert removed(doc) == [link]
    assert doc.blocks[1].reason == "link inviting the reader on, between two sections"


def test_an_invitation_to_learn_between_two_sections_may_head_one() -> None:
    text = f"{P1}\n\nLearn more about index funds\n\nBenefits of index funds\n\n{P1}"
    assert removed(related_run(text)) == []


def test_an_invitation_in_each_of_a_grid_of_cards_goes() -> None:
    cards = [
        ("Dry mouth", "Having dry mouth is uncomfortable.", "See how dry mouth is treated."),
        ("People with HIV", "Oral health matters with HIV.", "Learn ways to care for your teeth."),
        ("Nutrition", "Healthy food keeps teeth well.", "Find out how nutrition affects them."),
    ]
    text = "\n\n".join(line for card in cards for line in card)
    doc = related_run(f"{P1}\n\n{text}")
    assert removed(doc) == [link for _, _, link in cards]
    assert {b.reason for b in doc.blocks if not b.kept} == {
        "link inviting the reader on, one in each of a grid of cards"
    }
    # Twice, the article may simply invite the reader on.
    assert removed(related_run(f"{P1}\n\n" + "\n\n".join(cards[0] + cards[1]))) == []


def test_a_line_saying_what_might_interest_the_reader_heads_a_list() -> None:
    assert related.is_heading("This might be interesting to you:")
    assert not related.is_heading("This might be interesting to you, if you cook.")


@pytest.mark.parametrize(
    "heading",
    [
        "Related articles that may interest you",
        "You’ll Also Love...",
        "Recently by Jane Doe",
        "Further reading about creativity",
        "From Our Archives",
        "Explore More Franchise Opportunities",
        "Más sobre La Tercera AM",
        "Top-Themen bei FIT FOR FUN",
        "Weitere aktuelle Themen aus der Arbeitswelt",
    ],
)
def test_a_related_list_s_heading_may_say_more_after_its_label(heading: str) -> None:
    assert related.is_heading(heading)


def test_a_related_label_opening_a_long_line_heads_no_list() -> None:
    # Seven words or more after such a label: a subheading or a sentence, not a list's label.
    assert not related.is_heading("You may also want to ask your landlord about the deposit")
