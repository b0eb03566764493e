from __future__ import annotations

import pytest

from helpers import kept, removed, run_filter
from newsclean.filters import footer

BODY = "The council voted on Monday.\n\nResidents objected to the plan."


def test_share_bar_and_keyword_line_at_the_end_are_removed() -> None:
    doc = run_filter(footer, f"{BODY}\n\nShare this article:\n\nPresident Trump ISIS Syria troops")
    assert removed(doc) == ["Share this article:", "President Trump ISIS Syria troops"]
    assert doc.blocks[-1].reason == "keyword line after the share bar"


def test_run_of_social_buttons_and_tags() -> None:
    tail = "Share\n\nFacebook\n\nTwitter\n\nEmail\n\nPrint\n\nTags: council, library"
    doc = run_filter(footer, f"{BODY}\n\n{tail}")
    assert kept(doc) == BODY.split("\n\n")
    assert len(removed(doc)) == 6


def test_share_words_in_the_middle_stay() -> None:
    text = f"Share\n\nFacebook\n\n{BODY}"
    assert removed(run_filter(footer, text)) == []


def test_article_ending_with_a_short_unpunctuated_line_keeps_it() -> None:
    text = f"{BODY}\n\nThe end of an era\n\nShare this article"
    assert kept(run_filter(footer, text)) == [*BODY.split("\n\n"), "The end of an era"]


def test_sentence_after_the_share_bar_stops_the_trim() -> None:
    text = f"{BODY}\n\nShare\n\nThe vote will be repeated next week."
    assert removed(run_filter(footer, text)) == []


def test_a_blog_s_like_box_closes_the_share_bar() -> None:
    text = f"{BODY}\n\nTeilen mit:\n\nFacebook\n\n%d Bloggern gefällt das:"
    assert kept(run_filter(footer, text)) == BODY.split("\n\n")


def test_like_this_in_the_middle_stays() -> None:
    text = f"Like this:\n\n{BODY}"
    assert removed(run_filter(footer, text)) == []


@pytest.mark.parametrize(
    "line",
    [
        "In Camera Reviews Tags best mirrorless cameras, best cameras for beginners",
        "Categories Buyer's Guides, Product Reviews Tags best espresso machine, budget espresso",
        "Kategorien Gesellschaft & Kultur • Tags Frankenstein, Geister, Spuk",
    ],
)
def test_a_theme_s_categories_and_tags_without_colons_close_the_article(line: str) -> None:
    doc = run_filter(footer, f"{BODY}\n\n{line}\n\nThe best lenses of the year")
    assert kept(doc) == BODY.split("\n\n")
    assert doc.blocks[2].reason == "tag line at the end of the article"


def test_a_heading_that_opens_with_in_at_the_end_stays() -> None:
    text = f"{BODY}\n\nIn Other News, the Topics We Cover"
    assert removed(run_filter(footer, text)) == []


def test_a_tag_label_without_its_colon_before_capitalised_keywords_closes_the_article() -> None:
    line = "Tags FuelCell Laufen Laufschuh New Balance Running"
    doc = run_filter(footer, f"{BODY}\n\n{line}")
    assert removed(doc) == [line]
    assert doc.blocks[2].reason == "tag line at the end of the article"
    # Keywords in lower case after the bare label read as a sentence's words.
    assert removed(run_filter(footer, f"{BODY}\n\nTags are what the editors use")) == []
