from __future__ import annotations

import pytest

import newsclean
from helpers import removed, run_filter
from newsclean import Kind
from newsclean.filters import title


def test_repeated_headline_is_kept_once_as_title() -> None:
    doc = run_filter(title, "Big news today\n\nBig news today\n\nThe story begins here.")
    assert doc.blocks[0].kind is Kind.TITLE
    assert removed(doc) == ["Big news today"]
    assert doc.blocks[1].reason == "repeats the headline"


def test_repeat_compared_ignoring_case_spacing_and_punctuation() -> None:
    doc = run_filter(title, "Big News:  Today!\n\nbig news today\n\nThe story.")
    assert removed(doc) == ["big news today"]


def test_short_line_without_full_stop_is_a_headline() -> None:
    doc = run_filter(title, "Council closes library\n\nThe council voted on Monday.")
    assert doc.blocks[0].kind is Kind.TITLE


def test_paragraph_first_gets_no_invented_title() -> None:
    doc = run_filter(title, "The council voted on Monday to close it.\n\nMore text.")
    assert all(b.kind is not Kind.TITLE for b in doc.blocks)


def test_caption_first_gets_no_title() -> None:
    # Captions are judged before the title, so this goes through the whole pipeline.
    text = "Firefighters at the scene (Getty Images)\n\nThe fire started at 6pm."
    doc = newsclean.clean_document(text).document
    assert all(b.kind is not Kind.TITLE for b in doc.blocks)


def test_headline_after_a_caption_is_the_title() -> None:
    text = "Firefighters at the scene (Getty Images)\n\nWarehouse fire\n\nThe fire started."
    assert newsclean.clean(text).startswith("# Warehouse fire\n")


def test_page_title_with_site_name_gives_way_to_the_headline() -> None:
    doc = run_filter(
        title, "Storm hits coast | Daily Coast\n\nBy Anna\n\nStorm hits coast\n\nText."
    )
    assert doc.blocks[0].kind is Kind.TITLE and doc.blocks[0].text == "Storm hits coast"
    assert removed(doc) == ["Storm hits coast"]
    assert doc.metadata["site"] == "Daily Coast"


def test_site_name_before_a_colon() -> None:
    doc = run_filter(title, "Daily Coast: Storm hits coast\n\nStorm hits coast\n\nText.")
    assert doc.title is not None and doc.title.text == "Storm hits coast"


def test_pipe_site_name_is_dropped_without_a_repeat() -> None:
    doc = run_filter(title, "Storm hits the south coast | Daily Coast\n\nText follows here.")
    assert doc.title is not None and doc.title.text == "Storm hits the south coast"


def test_headline_word_in_the_body_is_not_a_repeat() -> None:
    text = "Storm hits coast\n\nStorm hits coast, the Met Office said on Monday, in a warning."
    assert removed(run_filter(title, text)) == []


def test_a_site_name_printed_twice_is_taken_off_twice() -> None:
    doc = run_filter(title, "Best tutors in 2025 | Bold.org | Bold.org\n\nThe story begins here.")
    assert doc.blocks[0].text == "Best tutors in 2025"
    assert doc.metadata["site"] == "Bold.org"


def test_a_dashed_site_name_the_page_prints_again_is_taken_off() -> None:
    footer = "© 2025 Left Brain Buddha"
    text = f"How to start a meditation practice - Left Brain Buddha\n\nThe text.\n\n{footer}"
    doc = run_filter(title, text)
    assert doc.blocks[0].text == "How to start a meditation practice"
    assert doc.metadata["site"] == "Left Brain Buddha"


@pytest.mark.parametrize(
    ("line", "below"),
    [
        ("Healthy air fryer recipes - Lillie Eats and Tells", "Photo: www.lillieeatsandtells.com"),
        ("Jobless figures for 2022 - Agency for Work", "© 2022 Agency for Work"),
    ],
)
def test_a_dashed_name_printed_as_the_site_s_address_or_with_small_words_comes_off(
    line: str, below: str
) -> None:
    doc = run_filter(title, f"{line}\n\nThe text.\n\n{below}")
    assert doc.blocks[0].text == line.rpartition(" - ")[0]


def test_a_dashed_part_printed_only_with_the_headline_is_the_headline_s_own() -> None:
    line = "Signa in trouble - Financial Data and Advisers"
    doc = run_filter(
        title, f"{line}\n\nProperty crisis Signa in trouble – Financial Data and Advisers"
    )
    assert doc.blocks[0].text == line


@pytest.mark.parametrize(
    "line",
    ["Storm hits the coast - Daily Coast", "The Best Smart Home Lamps - Talk Android"],
)
def test_a_plain_name_after_a_dash_is_the_site_s_without_more_evidence(line: str) -> None:
    doc = run_filter(title, f"{line}\n\nThe story begins here.")
    assert doc.blocks[0].text == line.rpartition(" - ")[0]
    assert doc.metadata["site"] == line.rpartition(" - ")[2]


def test_a_domain_after_a_dash_is_taken_off_and_so_is_the_name_before_it() -> None:
    text = "Schools safe amidst surge – Nation News — nationnews.com\n\nNation News reports."
    assert run_filter(title, text).blocks[0].text == "Schools safe amidst surge"


def test_the_site_name_printed_as_its_logo_below_leaves_the_headline_before_its_dash() -> None:
    line = "20 Clever Ideas for your Small Nursery - The Postpartum Party"
    doc = run_filter(title, f"{line}\n\nThe Postpartum Party\n\nThe story begins here.")
    assert doc.blocks[0].text == "20 Clever Ideas for your Small Nursery"
    assert doc.metadata["site"] == "The Postpartum Party"
    assert not doc.blocks[1].kept


def test_a_headline_after_the_dash_printed_below_is_no_logo() -> None:
    line = "BMFSFJ - Bundeskabinett legt Schwerpunkte der Präsidentschaft fest"
    below = "Bundeskabinett legt Schwerpunkte der Präsidentschaft fest"
    doc = run_filter(title, f"{line}\n\n{below}\n\nThe story begins here.")
    assert doc.blocks[0].text == below


def test_an_address_in_brackets_after_the_headline_is_the_site_s() -> None:
    line = "Mietenstreik in den USA: »Kein Geld mehr für die Miete« (neues-deutschland.de)"
    doc = run_filter(title, f"{line}\n\nThe story begins here.")
    assert doc.blocks[0].text == "Mietenstreik in den USA: »Kein Geld mehr für die Miete«"
    assert doc.metadata["site"] == "neues-deutschland.de"
    # A file's name in brackets is the headline's own.
    line = "Where Python finds its settings (setup.cfg)"
    assert run_filter(title, f"{line}\n\nThe story begins here.").blocks[0].text == line


def test_each_hyphen_dashed_site_part_comes_off_after_a_dashed_headline() -> None:
    text = "Kreatives Basteln mit Kids – für Eltern - Dussmann - Das Kulturkaufhaus\n\nText."
    assert run_filter(title, text).blocks[0].text == "Kreatives Basteln mit Kids – für Eltern"


def test_a_part_left_as_the_headline_printed_below_stays() -> None:
    headline = "Neue Hochzeitslokation in Rödermark – Geheimtipp"
    menu = "\n\n".join(f"Menu entry {n}" for n in range(20))  # past where repeats are sought
    text = f"{headline} - rent-a-pastor.com\n\n{menu}\n\n{headline}\n\nThe story begins here."
    assert run_filter(title, text).blocks[0].text == headline


@pytest.mark.parametrize(
    "line",
    [
        # The part after the dash is the headline's own: not a name, or a name with the small
        # words or the article of a headline's second part, never printed again.
        "Zero Waste - a beginner's guide to less rubbish",
        "Zero Waste - A Beginner's Guide",
        "Python in a weekend - The Complete Guide",
        "Barcamp Graz 2015 – Politcamp Call for Action",
        "Best bread machines - My Favorites!",
        "Storm hits the coast - Coast Guard Rescues Five Sailors",
        # Quoted, it stays whole: the quote's closing mark is not a separator.
        "Näßler: «Liebe kennt keine Pause – Gegen Homophobie»",
    ],
)
def test_a_dash_without_evidence_of_a_site_keeps_the_headline_whole(line: str) -> None:
    doc = run_filter(title, f"{line}\n\nThe story begins here, and Gegen Homophobie is a phrase.")
    assert doc.blocks[0].text == line


def test_the_site_name_printed_below_is_not_taken_for_the_headline() -> None:
    # The logo's text stands above the headline; it is the part the pipe set off.
    text = "Storm hits the coast | Daily Coast\n\nDaily Coast\n\nStorm hits the coast\n\nText."
    doc = run_filter(title, text)
    assert doc.blocks[0].text == "Storm hits the coast"
    assert doc.metadata["site"] == "Daily Coast"


def test_each_part_after_a_pipe_comes_off() -> None:
    doc = run_filter(title, "Healthy eating tips | Nutrition | Health Agency\n\nThe text.")
    assert doc.blocks[0].text == "Healthy eating tips"
    assert doc.metadata["site"] == "Health Agency"


def test_a_short_part_before_the_pipe_is_the_site_or_its_section() -> None:
    for line in ["Frommers | The 10 Best Airfare Search Sites", "Opinion | Why the city must act"]:
        doc = run_filter(title, f"{line}\n\nThe text.")
        assert doc.blocks[0].text == line.partition(" | ")[2]
        assert doc.metadata["site"] == line.partition(" | ")[0]


@pytest.mark.parametrize(
    ("line", "headline", "site"),
    [
        ("Wurmkiste | selbst.de", "Wurmkiste", "selbst.de"),
        ("Der Holländerholzhandel - waldwissen.net", "Der Holländerholzhandel", "waldwissen.net"),
        ("energieverbraucher.de | Gaspreise", "Gaspreise", "energieverbraucher.de"),
    ],
)
def test_an_address_beside_a_short_headline_is_the_site(
    line: str, headline: str, site: str
) -> None:
    doc = run_filter(title, f"{line}\n\nThe story begins here.")
    assert doc.blocks[0].text == headline
    assert doc.metadata["site"] == site


def test_a_short_headline_keeps_a_name_after_its_pipe() -> None:
    doc = run_filter(title, "Joghurt | MinusL\n\nThe story begins here.")
    assert doc.blocks[0].text == "Joghurt | MinusL"


def test_an_empty_part_between_pipes_leaves_no_pipe_behind() -> None:
    doc = run_filter(title, "Knitted blanket with a name | | Shop®\n\nThe text.")
    assert doc.blocks[0].text == "Knitted blanket with a name"


def test_a_site_name_s_full_stop_does_not_make_the_page_title_a_sentence() -> None:
    text = "Portfolios that sell - Envy Design Co.\n\nThe text.\n\n© 2025 Envy Design Co."
    doc = run_filter(title, text)
    assert doc.blocks[0].kind is Kind.TITLE
    assert doc.blocks[0].text == "Portfolios that sell"


def test_a_part_with_a_number_after_a_dash_is_no_site_name() -> None:
    # "Seite 34", "Teil 2": the page prints them again, but a name has no number.
    text = "Windows update arrives for everyone - Seite 34\n\nThe text.\n\nWeiter zu Seite 34"
    assert (
        run_filter(title, text).blocks[0].text == "Windows update arrives for everyone - Seite 34"
    )


def test_of_the_title_s_parts_printed_below_the_longest_is_the_headline() -> None:
    text = "Storm hits the coast - Daily Coast\n\nDaily Coast\n\nStorm hits the coast\n\nText."
    doc = run_filter(title, text)
    assert doc.blocks[0].text == "Storm hits the coast"
    assert removed(doc) == ["Daily Coast", "Storm hits the coast"]


def test_the_headline_below_a_long_menu_is_a_repeat() -> None:
    menu = "\n\n".join(f"Section {n}" for n in range(20))
    text = f"Storm hits the coast | Daily Coast\n\n{menu}\n\nStorm hits the coast\n\nText."
    doc = run_filter(title, text)
    assert doc.blocks[0].text == "Storm hits the coast"
    assert removed(doc)[-1] == "Storm hits the coast"


def test_the_headline_s_words_heading_a_section_of_the_article_stay() -> None:
    # Below the article's first paragraph, the headline's words head one of its sections.
    paragraph = (
        "Project management software ranges from free tools for small teams to platforms "
        "that cost thousands a year, and the price depends on what a team needs."
    )
    sections = "\n\n".join(f"Section {n}\n\n{paragraph}" for n in range(10))
    line = "How Much Does Project Management Software Cost?"
    doc = run_filter(title, f"{line} | Example\n\n{sections}\n\n{line}\n\n{paragraph}")
    assert removed(doc) == []


def test_a_column_s_name_printed_below_is_not_the_headline() -> None:
    line = "Column: Queer Royal – On drag queens and drag kings on and off the stage"
    doc = run_filter(title, f"{line}\n\nColumn: Queer Royal\n\nText.")
    assert doc.blocks[0].text == line


def test_a_question_after_the_headline_is_not_a_site_s_name() -> None:
    line = "Coinbase vs. Coinbase Pro: How do they compare?"
    doc = run_filter(title, f"{line}\n\nCoinbase vs. Coinbase Pro\n\nText.")
    assert doc.blocks[0].text == line


_STORM = "The storm reached the coast on Monday night and cut power to ten thousand homes."
_ARTICLE = "\n\n".join([_STORM] * 20)


@pytest.mark.parametrize(
    "stamp", ["Storm hits the coast - dailycoast.com", "Daily Coast | Storm hits the coast"]
)
def test_the_headline_stamped_with_the_site_s_name_is_an_image_s_alt_text(stamp: str) -> None:
    text = f"Storm hits the coast | Daily Coast\n\n{_ARTICLE}\n\n{stamp}\n\n{_STORM}"
    doc = run_filter(title, text)
    assert removed(doc) == [stamp]
    assert doc.blocks[-2].reason == "the headline with the site's name: an image's alt text"


def test_the_headline_with_another_part_below_the_article_s_start_stays() -> None:
    line = "Storm hits the coast - what residents should know"
    doc = run_filter(title, f"Storm hits the coast | Daily Coast\n\n{_ARTICLE}\n\n{line}")
    assert removed(doc) == []


def test_a_title_without_words_stamps_nothing() -> None:
    line = "*** - example.com"
    doc = run_filter(title, f"# \\*\\*\\*\n\n{_ARTICLE}\n\n{line}")
    assert line not in removed(doc)


def test_headline_reworded_below_the_page_title_goes() -> None:
    text = (
        "How To Start A Vegetable Garden: Step-by-Step Guide\n\nBy Mary Lee\n\n"
        "How To Start A Vegetable Garden: A Step-by-Step Guide\n\n"
        "Growing up on a farm, I thought everyone had an acre or two set aside as a garden. "
        "It was not until I owned my first home that I had to start one from scratch."
    )
    doc = run_filter(title, text)
    assert removed(doc) == ["How To Start A Vegetable Garden: A Step-by-Step Guide"]
    assert doc.title is not None and doc.title.text.endswith(": Step-by-Step Guide")
    assert doc.blocks[2].reason.startswith("the headline reworded")


def test_headline_reworded_below_the_first_paragraph_heads_a_section() -> None:
    text = (
        "How to Care for Hydrangeas\n\n"
        "Hydrangeas may be just about everywhere, but these pretty flowers take a little "
        "care to grow into the big blooms you know and love.\n\n"
        "How to Care for Hydrangeas in Vases\n\nExamine the blooms first."
    )
    assert removed(run_filter(title, text)) == []


def test_a_line_sharing_some_of_the_headline_words_is_no_rewording() -> None:
    text = (
        "Council closes the old library on Main Street\n\n"
        "Council closes three schools\n\nThe council voted on Monday."
    )
    assert removed(run_filter(title, text)) == []
