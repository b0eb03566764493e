from __future__ import annotations

import pytest

from helpers import PARAGRAPH, kept, removed, run_filter
from newsclean import Options
from newsclean.filters import comments, stubs, tail

P1 = PARAGRAPH
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


EXCERPT = (
    "Our team spent a year rebuilding the booking system from scratch, and the new version "
    "is faster, simpler to set up and easier to extend with add-ons than anything before it, "
    "which is why we are retiring the two older plugins at the end of the year. Customers who "
    "still use them will get a free upgrade and help with moving their bookings across."
)


def test_a_card_s_excerpt_does_not_keep_a_related_list_open() -> None:
    # Each card: its headline, the excerpt, and a link on by the same headline.
    card = f"Retiring Our Legacy Plugins\n\n{EXCERPT}\n\nRead More Retiring Our Legacy Plugins"
    doc = run_filter(tail, f"{P1}\n\n{P2}\n\nYou might also like\n\n{card}")
    assert kept(doc) == [P1, P2]


def test_a_paragraph_before_a_teaser_for_another_article_keeps_the_list_open() -> None:
    # The link names an article the text did not print above it: the paragraph is article text.
    text = f"{P1}\n\nRelated articles\n\nNew parking fees\n\n{EXCERPT}\n\nRead more: Bus fares rise"
    doc = run_filter(tail, text)
    assert EXCERPT in kept(doc)


def test_author_box_heading_cuts_a_short_text_below_the_article() -> None:
    bio = "Jane Doe covers local politics and has reported on the council for ten years."
    doc = run_filter(tail, f"{P1}\n\n{P2}\n\nAbout the author\n\n{bio}")
    assert kept(doc) == [P1, P2]


def test_an_about_link_in_the_menu_above_a_longer_article_is_not_an_end() -> None:
    # A whole-page scrape: the menu's product blurbs, its "About us" link, then the article,
    # more than twice as long as the prose above the link.
    menu = f"{P2}\n\n{P2}\n\nAbout us\n\nCareers"
    article = "\n\n".join([P1, EXCERPT, P1, EXCERPT])
    doc = run_filter(tail, f"{menu}\n\n{article}")
    assert removed(doc) == []


def test_heading_before_any_article_text_is_not_an_end() -> None:
    doc = run_filter(tail, f"Comments\n\n{P1}\n\n{P2}")
    assert removed(doc) == []


P3 = (
    "The library opened in 1904 with money from a local mill owner, and for most of the last "
    "century it stayed open seven days a week, even through two world wars and a flood."
)


def test_a_comment_count_under_the_byline_is_not_an_end() -> None:
    # "124 Comments" links to the comments from the top: the article goes on after it.
    text = f"{P1}\n\n{P2}\n\n124 Comments\n\n{P3}\n\n{P1.upper()}\n\n{P2.upper()}"
    assert removed(run_filter(tail, text)) == []


@pytest.mark.parametrize("count", ["Comments: 37", "Kommentare (3)"])
def test_a_count_after_the_heading_word_under_the_byline_is_not_an_end(count: str) -> None:
    text = f"{P1}\n\n{P2}\n\n{count}\n\n{P3}\n\n{P1.upper()}\n\n{P2.upper()}"
    assert removed(run_filter(tail, text)) == []


def test_headings_run_together_open_the_comment_section() -> None:
    doc = run_filter(tail, f"{P1}\n\n{P2}\n\nLeave a Comment! Antworten abbrechen\n\n{COMMENT}")
    assert kept(doc) == [P1, P2]


def test_a_comment_count_over_comments_still_opens_the_section() -> None:
    longer = " ".join([COMMENT] * 6)
    text = f"{P1}\n\n{P2}\n\n2 Comments\n\nJane says:\n\n{longer}\n\nTom says:\n\n{longer}"
    doc = run_filter(comments, text)
    tail.apply(doc, Options())
    assert kept(doc) == [P1, P2]


@pytest.mark.parametrize(
    "bio",
    [
        "Jane Doe is a freelance writer based in Leeds who covers housing and local politics.",
        "Brian Becker is the co-founder of FlowCandy, a consultancy for lifecycle marketing.",
        "Jane Doe is a fee-only financial advisor with a practice in Denver since 2000.",
        "Anna Berg ist Professorin für Stadtplanung in Zürich und forscht zu Wohnungsbau.",
        "Tom Lee is a registered dietitian who writes about family meals on a budget.",
        "Manoj Jain is adjunct faculty at Emory University and a physician based in Memphis.",
        "Dieter Veldsman is the site's Chief HR Scientist, and a professor of practice.",
        # What the author does, then a role or where the work has appeared.
        "Lauren has written for the Example blog since 2018. She is a writer and editor.",
        "Jane Doe manages all laptop coverage for the Daily. Her work has appeared in Wired.",
        "About the author: Jane Doe is a freelance photographer based in Eastern Europe.",
    ],
)
def test_an_author_s_bio_below_the_article_goes(bio: str) -> None:
    doc = run_filter(tail, f"{P1}\n\n{P2}\n\n{P3}\n\n{bio}")
    assert removed(doc) == [bio]
    assert doc.blocks[3].reason == "author's bio below the article"


def test_a_bio_under_its_heading_goes_wherever_it_stands_below_the_article() -> None:
    bio = "About the Author Jane Doe is a writer at the Daily, where she covers housing."
    promo = "Want to win more jobs with less effort? Try our software for free today."
    doc = run_filter(tail, "\n\n".join([P1, P2, P3, bio, promo, promo, promo]))
    assert removed(doc) == [bio]
    assert doc.blocks[3].reason == "author's bio under its heading"


def test_a_heading_glued_to_no_bio_stays() -> None:
    line = "About the Author Index of this edition: Jane Doe compiled it over many years."
    doc = run_filter(tail, "\n\n".join([P1, P2, P3, line, P1]))
    assert removed(doc) == []


def test_what_a_person_does_closing_the_article_without_a_role_stays() -> None:
    ending = "Jane Doe manages the shelter now, and she plans to open a second one next spring."
    assert removed(run_filter(tail, f"{P1}\n\n{P2}\n\n{P3}\n\n{ending}")) == []


def test_a_name_above_a_role_closing_the_page_is_an_author_s_box() -> None:
    box = ["Jane Doe", "Executive Editor at the Daily. Technology journalist since 2008."]
    doc = run_filter(tail, "\n\n".join([P1, P2, P3, *box]))
    assert kept(doc) == [P1, P2, P3]
    assert doc.blocks[-1].reason == "author's box below the article"


@pytest.mark.parametrize("byline", ["Written by Jane Doe", "Written byJane Doe", "By Jane Doe"])
def test_a_byline_above_a_role_closing_the_page_is_an_author_s_box(byline: str) -> None:
    box = [byline, "Award-winning author and teacher. I started this blog to help readers."]
    doc = run_filter(tail, "\n\n".join([P1, P2, P3, *box, *box]))
    assert kept(doc) == [P1, P2, P3]


def test_a_byline_above_a_paragraph_closing_the_article_stays() -> None:
    ending = ["By Jane Doe", "The council will meet again in March to vote on the plans."]
    assert removed(run_filter(tail, "\n\n".join([P1, P2, P3, *ending]))) == []


def test_a_name_above_a_paragraph_closing_the_article_stays() -> None:
    ending = ["Jane Doe", "The council will meet again in March to vote on the plans."]
    assert removed(run_filter(tail, "\n\n".join([P1, P2, P3, *ending]))) == []


def test_a_bio_is_no_article_above_itself() -> None:
    # The page's only long text: there is no article for it to stand below.
    bio = f"Sara Harberson is a freelance writer in Boston. {P1} {P2}"
    assert removed(run_filter(tail, f"Short line\n\n{bio}")) == []


ADMISSIONS_BIO = (
    "Sara Harberson is the founder of Application Nation, which advises college applicants."
    " She is the former dean of admissions at Franklin & Marshall College."
)


def test_a_bio_alone_below_an_article_s_headline_goes() -> None:
    # The scraper kept the author's box and lost the article the headline names.
    doc = run_filter(tail, f"My Secret Tip for Writing a College Essay\n\n{ADMISSIONS_BIO}")
    assert removed(doc) == [ADMISSIONS_BIO]
    assert doc.blocks[1].reason == (
        "author's bio, the page's only text: the article above it is missing"
    )


@pytest.mark.parametrize(
    "text",
    [
        # A profile page: its title names the bio's person.
        f"Meet Sara Harberson, the Expert Behind Application Nation\n\n{ADMISSIONS_BIO}",
        # A title of a few words may be the page's own.
        f"About Our Founder\n\n{ADMISSIONS_BIO}",
        # Something else stands on the page besides its title line.
        f"My Secret Tip for Writing a College Essay\n\nShort line\n\n{ADMISSIONS_BIO}",
        # A first line that ends a sentence is no title line.
        f"Here is my secret tip for writing a college essay.\n\n{ADMISSIONS_BIO}",
    ],
)
def test_a_bio_alone_on_its_own_page_stays(text: str) -> None:
    assert removed(run_filter(tail, text)) == []


def test_a_person_described_inside_the_article_stays() -> None:
    profile = "Maria Lopez is a reporter who spent ten years covering the council before retiring."
    doc = run_filter(tail, f"{P1}\n\n{profile}\n\n{P2}\n\n{P3}\n\n{P1.upper()}")
    assert removed(doc) == []


BIO = "Coach and teacher in Freiburg | writes now and then about learning and leading schools"


def test_an_author_s_box_goes_from_the_name_line_to_the_link() -> None:
    text = f"{P1}\n\n{P2}\n\nÜber Jane Doe\n\n{BIO}\n\nZeige alle Beiträge von Jane Doe →"
    doc = run_filter(tail, text)
    assert kept(doc) == [P1, P2]
    assert doc.blocks[2].reason == "author's box below the article"


def test_a_post_count_heads_the_box_below_it() -> None:
    doc = run_filter(tail, f"{P1}\n\n{P2}\n\nJane Doe 300 posts\n\n{BIO}")
    assert kept(doc) == [P1, P2]


def test_without_a_name_line_only_the_link_goes() -> None:
    # "Conclusion" names no author: the paragraph under it is the article's last.
    text = f"{P1}\n\nConclusion\n\n{P2}\n\nLatest posts by Jane Doe (see all)"
    assert removed(run_filter(tail, text)) == ["Latest posts by Jane Doe (see all)"]


def test_a_sentence_about_all_posts_by_someone_is_no_link() -> None:
    last = "The platform deleted all posts by Jane Doe."
    assert removed(run_filter(tail, f"{P1}\n\n{P2}\n\n{last}")) == []


def test_a_bio_in_the_first_person_under_about_its_author_goes() -> None:
    bio = "Hallo, ich bin Foodbloggerin, Backbuchautorin und seit meiner Kindheit Bäckerin."
    doc = run_filter(tail, f"{P1}\n\n{P2}\n\nÜber Kathrin\n\n{bio}")
    assert kept(doc) == [P1, P2]
    assert doc.blocks[2].reason == "author's bio below the article"


def test_about_an_institution_over_its_own_paragraph_stays() -> None:
    about = "The Example University Medical Center is a research centre with three schools."
    text = f"{P1}\n\n{P2}\n\nAbout Example University Medical Center\n\n{about}"
    assert removed(run_filter(tail, text)) == []


def test_an_author_s_box_goes_wherever_it_stands() -> None:
    box = [
        "About Jane Doe",
        "Senior Contributor",
        "Jane is a freelance writer based in Leeds who covers housing and local politics.",
    ]
    doc = run_filter(tail, "\n\n".join([*box, P1, P2]))
    assert kept(doc) == [P1, P2]
    assert {b.reason for b in doc.blocks if not b.kept} == {"author box"}


def test_a_bio_of_several_sentences_still_closes_an_author_s_box() -> None:
    bio = (
        "Jane Doe is a writer and editor who covers gardening, food and the home. Before she "
        "turned to lifestyle writing she spent eight years as a health reporter for regional "
        "papers, and she brings the same habits of research and fact-checking to her work. "
        "Her stories have appeared in several national magazines and newspapers. She lives "
        "in Leeds with her family, two cats and a vegetable garden that is never quite done, "
        "and she is working on her first book, about growing food in small urban spaces. "
        "She also teaches an evening class on writing about science for general readers, "
        "and edits the newsletter of the city's allotment society."
    )
    assert 600 < len(bio) <= 800
    doc = run_filter(tail, "\n\n".join([P1, P2, "Jane Doe", "Contributing Writer", bio]))
    assert kept(doc) == [P1, P2]


def test_an_author_s_box_may_give_the_role_on_a_line_of_its_own() -> None:
    box = [
        "Jane Lee Doe",
        "SEO Content Writer at Example Media",
        "Jane is a communicator with a storyteller's instinct and a strategist's eye.",
    ]
    doc = run_filter(tail, "\n\n".join([P1, P2, *box]))
    assert kept(doc) == [P1, P2]
    assert {b.reason for b in doc.blocks if not b.kept} == {"author box"}


def test_a_first_name_under_by_heads_a_box_with_the_name_printed_above() -> None:
    bio = "Jane has written for the blog since 2018. She is a writer and editor."
    box = ["Jane", "By", "Jane", bio]
    doc = run_filter(tail, "\n\n".join([P1, P2, *box, *box, P3]))
    assert kept(doc) == [P1, P2, P3]
    assert {b.reason for b in doc.blocks if not b.kept} == {"author box"}


def test_a_first_name_alone_above_a_paragraph_about_the_person_stays() -> None:
    profile = ["Jane", "Jane has written for the blog since 2018. She is a writer and editor."]
    assert removed(run_filter(tail, "\n\n".join([P1, *profile, P2, P3, P1]))) == []


def test_people_an_article_introduces_by_name_are_not_author_boxes() -> None:
    bio = "Jane Doe is a reporter at the Daily Coast whose series changed the law."
    profile = f"Jane Doe\n\n{bio}"
    text = f"{P1}\n\n{profile}\n\n{P2}\n\n{P3}\n\n{P1}\n\n{P2}"
    assert removed(run_filter(tail, text)) == []
    # Under a byline label, or closing the page, the same lines are the author's box.
    labelled = f"{P1}\n\n{P2}\n\nBy\n\n{profile}\n\n{P3}\n\n{P1}"
    assert removed(run_filter(tail, labelled)) == ["By", "Jane Doe", bio]
    assert removed(run_filter(tail, f"{P1}\n\n{P2}\n\n{P3}\n\n{profile}")) == ["Jane Doe", bio]


def test_a_profile_in_the_article_is_not_an_author_s_box() -> None:
    # A name above a bio without an author's role, or a bio whose name was not printed above it.
    profile = "Jane Doe\n\nJane Doe is the mayor of Leeds and has led the council since 2019."
    writer = "Jane Doe is a freelance writer who lives in Leeds, and she spoke at the meeting."
    for middle in (profile, f"Speakers\n\n{writer}"):
        text = f"{P1}\n\n{middle}\n\n{P2}\n\n{P1}\n\n{P2}"
        assert removed(run_filter(tail, text)) == []


@pytest.mark.parametrize("label", ["Bildquelle:", "Date Last Reviewed:", "Update:"])
def test_a_label_introducing_nothing_at_the_end_goes(label: str) -> None:
    doc = run_filter(tail, f"{P1}\n\n{P2}\n\n{label}")
    assert kept(doc) == [P1, P2]
    assert doc.blocks[2].reason == "a label introducing nothing at the end of the text"


@pytest.mark.parametrize(
    "sentence",
    [
        "Contact us by email:",
        "That is all:",
        "As usual, StackOverflow knows the answer. In short:",
        "Buy it from one of the many retail partners of the company in your area:",
    ],
)
def test_a_sentence_announcing_what_is_gone_stays(sentence: str) -> None:
    assert removed(run_filter(tail, f"{P1}\n\n{P2}\n\n{sentence}")) == []


def test_a_label_that_introduces_a_list_stays() -> None:
    text = f"{P1}\n\nZutaten:\n\nMehl\n\n{P2}"
    assert removed(run_filter(tail, text)) == []


def test_links_a_template_wrote_closing_the_page_go() -> None:
    cities = ["Austin", "Boston", "Chicago", "Denver", "El Paso Texas", "Fresno California"]
    links = [f"Average Costs for Cleaning Services in {city}" for city in cities]
    doc = run_filter(tail, "\n\n".join([P1, P2, P3, *links, "Jane Doe"]))
    assert kept(doc) == [P1, P2, P3, "Jane Doe"]
    assert doc.blocks[3].reason == "links a site's template wrote below the article"


def test_an_article_s_closing_list_that_varies_its_words_stays() -> None:
    steps = [
        "Add the flour and stir",
        "Add the sugar and stir",
        "Add the milk slowly",
        "Add the eggs one by one",
        "Bake for twenty minutes",
    ]
    assert removed(run_filter(tail, "\n\n".join([P1, P2, P3, *steps]))) == []


def test_four_templated_links_are_not_enough() -> None:
    links = [f"Average Costs for Cleaning Services in {city}" for city in "ABCD"]
    assert removed(run_filter(tail, "\n\n".join([P1, P2, P3, *links]))) == []


@pytest.mark.parametrize("text", ["", "# A headline alone"])
def test_a_document_without_text_below_its_title_is_left_alone(text: str) -> None:
    assert removed(run_filter(tail, text)) == []


def _after_stubs(text: str) -> list[str]:
    doc = run_filter(stubs, text)
    tail.apply(doc, Options())
    return kept(doc)


TEASER = "Interior details new security measures for the capital"


def test_a_read_more_button_inside_the_article_cuts_nothing() -> None:
    # "Leer más" under a linked headline between the article's paragraphs.
    text = "\n\n".join([P1, P2, TEASER, "Read more", P3, TEASER, "Read more", P1])
    assert _after_stubs(text) == [P1, P2, TEASER, P3, TEASER, P1]


def test_a_read_more_button_above_a_list_of_links_still_cuts_it() -> None:
    links = ["Ten ways to save on heating", "Why the bus fares rise again", "Best parks in town"]
    text = "\n\n".join([P1, P2, P3, TEASER, "Read more", *links])
    assert _after_stubs(text) == [P1, P2, P3, TEASER]


def test_a_read_more_label_with_its_colon_heads_the_list_below_it() -> None:
    excerpt = "The council approved the plans for the new library on Monday evening."
    text = "\n\n".join([P1, P2, P3, "Read more:", TEASER, excerpt])
    assert _after_stubs(text) == [P1, P2, P3]
