from __future__ import annotations

from helpers import kept, run_filter
from newsclean import Options
from newsclean.filters import core
from newsclean.parse import parse

P = (
    "The council voted on Monday to close the library on Sundays, saving an estimated forty "
    "thousand pounds a year, after a debate that lasted for most of the evening."
)
MENU = "\n\n".join(["News", "Sport", "Weather", "Culture", "Travel", "Opinion", "Video", "Live"])


def test_menus_around_the_article_go() -> None:
    doc = run_filter(core, f"{MENU}\n\n{P}\n\n{P}\n\nSubheading here\n\n{P}\n\n{MENU}")
    assert kept(doc) == [P, P, "Subheading here", P]
    assert doc.blocks[0].reason == "before the article's main text"


def test_text_without_any_prose_is_left_alone() -> None:
    doc = run_filter(core, MENU)
    assert len(kept(doc)) == 8


def test_a_whole_page_of_labels_without_a_sentence_goes() -> None:
    page = f"{MENU}\n\nRobust cloud platform for startups and enterprises\n\n{MENU}"
    doc = run_filter(core, page)
    assert kept(doc) == []
    assert doc.blocks[0].reason == "a page of labels without article text"


def test_short_lines_of_running_text_are_no_page_of_labels() -> None:
    # A poem or a list set line by line: no sentence ends, but the function words of text.
    lines = [
        "I walked along the road", "and saw the trees", "the wind was in my hair",
        "and all the birds", "were singing in the rain", "I turned to go",
        "back to the house", "where you were waiting", "in the dark for me",
        "and then the night", "came down on us", "like a blanket",
    ]  # fmt: skip
    assert kept(run_filter(core, "\n\n".join(lines))) == lines


def test_a_page_of_labels_keeps_its_one_sentence() -> None:
    sentence = "The library closes on Sundays."
    assert kept(run_filter(core, f"{MENU}\n\n{sentence}\n\n{MENU}")) == [sentence]


def test_a_page_of_labels_with_one_long_text_is_left_alone() -> None:
    # Forty words without a sentence end or stop words: text in a script or encoding that
    # the prose measure cannot read, not a label.
    doc = run_filter(core, f"{MENU}\n\n{' '.join(['wort'] * 40)}\n\n{MENU}")
    assert len(kept(doc)) == 17


def test_densest_run_prefers_the_larger_block_of_prose() -> None:
    assert core.densest_run([-30, 200, -30, 150, -30, -30, -30, -30, 40]) == (1, 3, 320)


def test_menu_inside_a_page_goes_but_a_list_with_figures_stays() -> None:
    nav = "\n\n".join(["Home", "Shop", "Jobs"])
    table = "\n\n".join(["Week 1: 3 km", "Week 2: 5 km", "Week 3: 8 km"])
    text = f"{MENU}\n\n{P}\n\n{nav}\n\n{P}\n\n{table}\n\n{P}\n\n{MENU}"
    doc = run_filter(core, text)
    assert kept(doc) == [P, P, *table.split("\n\n"), P]
    assert {b.reason for b in doc.blocks if b.text == "Shop"} == {"menu inside the page"}


def test_a_list_a_colon_introduces_is_no_menu() -> None:
    items = "\n\n".join(["Stress", "Depression", "Emotional concerns"])
    intro = "The study describes poor mental health as:"
    text = f"{MENU}\n\n{P}\n\n{intro}\n\n{items}\n\n{P}\n\n{MENU}"
    assert kept(run_filter(core, text)) == [P, intro, *items.split("\n\n"), P]


def test_scope_overrides_the_guess() -> None:
    text = f"Gardens\n\nHarbour\n\n{P}\n\n{P}\n\nPier\n\nLighthouse"  # too short for a page
    assert len(kept(run_filter(core, text))) == 6
    assert kept(run_filter(core, text, Options(scope="page"))) == [P, P]
    page = f"{MENU}\n\n{P}\n\n{MENU}"
    assert kept(run_filter(core, page, Options(scope="region"))) == page.split("\n\n")


def test_a_page_whose_menus_other_filters_took_is_still_a_page() -> None:
    teasers = "\n\n".join(["Storm hits the coast at dawn", "Ferry services cancelled until Friday"])
    doc = parse(f"{MENU}\n\n{MENU}\n\n{teasers}\n\n{P}\n\n{P}\n\n{P}")
    for block in doc.blocks[:16]:
        block.remove("navigation", "menu entry or site button")
    core.apply(doc, Options())
    assert kept(doc) == [P, P, P]
    # Judged on what was kept alone, six blocks are a region and the teasers would stay.
    assert kept(run_filter(core, f"{teasers}\n\n{P}\n\n{P}\n\n{P}")) == [
        *teasers.split("\n\n"),
        P,
        P,
        P,
    ]


def test_a_long_text_whose_chrome_other_filters_took_is_a_page() -> None:
    notice = "We use cookies to improve your experience and to show you relevant offers."
    teasers = "\n\n".join(["Storm hits the coast at dawn", "Ferry services cancelled until Friday"])
    paragraphs = "\n\n".join([P] * 16)

    def cleaned(notices: int) -> list[str]:
        doc = parse("\n\n".join([notice] * notices + [teasers, paragraphs]))
        for block in doc.blocks[:notices]:
            block.remove("cookies", "cookie or consent notice")
        core.apply(doc, Options())
        return kept(doc)

    # Twelve of thirty blocks taken by other filters: a whole page, whose teasers go.
    assert cleaned(12) == [P] * 16
    # Five of twenty-three: an article's region, where two short lines may be the article's.
    assert cleaned(5) == [*teasers.split("\n\n"), *[P] * 16]


FIRST_NAMES = (
    "Anna Ben Cleo Dan Eva Finn Gail Hugo Ida Jon Kim Lars Mia Ned Ola Pia Rob Sam".split()
)


def test_a_numbered_list_below_the_article_s_prose_stays_with_it() -> None:
    names = "\n\n".join(f"{n:02d}. {first} Plant" for n, first in enumerate(FIRST_NAMES, 1))
    doc = run_filter(core, f"{MENU}\n\n{P}\n\nHere is the full list.\n\n{names}\n\n{MENU}")
    assert kept(doc)[0] == P
    assert f"{len(FIRST_NAMES)}. Sam Plant" in kept(doc) and "News" not in kept(doc)


def test_numbers_that_do_not_count_on_are_no_list() -> None:
    # Prices, years and a countdown: not one item after the number before it.
    lines = "\n\n".join(["3. Weather", "7. Video", "12. Live", "2. Travel", "9. Opinion"])
    doc = run_filter(core, f"{MENU}\n\n{P}\n\n{lines}\n\n{MENU}")
    assert kept(doc) == [P]


CHECKLIST = [
    "Set a realistic budget",
    "Break your total budget into categories:",
    "Venue",
    "Catering",
    "Photography",
    "Attire",
    "Always allocate a tenth for the unexpected.",
    "Draft your guest list",
    "Even a rough headcount helps you choose the venue.",
    "Book your venue early",
    "Popular venues are booked a year in advance.",
]


def test_a_checklist_between_paragraphs_stays_with_them() -> None:
    # The short lines cost more than the last paragraph earns, so the densest run ends
    # above them; more than a fifth of them are sentences.
    doc = run_filter(core, "\n\n".join([MENU, P, P, P, *CHECKLIST, P, MENU]))
    assert kept(doc) == [P, P, P, *CHECKLIST, P]


def test_a_box_of_links_between_paragraphs_still_goes() -> None:
    links = [line.rstrip(".:") for line in CHECKLIST]
    doc = run_filter(core, "\n\n".join([MENU, P, P, P, *links, P, MENU]))
    assert kept(doc) == [P, P, P, P]
    reasons = {b.reason for b in doc.blocks if b.text in links}
    assert reasons == {"between parts of the article's main text"}
    assert doc.blocks[-1].reason == "after the article's main text"


def test_a_few_paragraphs_between_two_long_lists_of_links_stay() -> None:
    # A section of three paragraphs, far shorter than the article's longest run, set between
    # two long boxes of links: between two runs of the article, it is the article's.
    links = "\n\n".join([MENU] * 3)
    section = [P.replace("Monday", day) for day in ("Friday", "Sunday", "Tuesday")]
    doc = run_filter(core, "\n\n".join([MENU, *[P] * 30, links, *section, links, *[P] * 5]))
    assert kept(doc) == [*[P] * 30, *section, *[P] * 5]


def test_an_archive_list_between_two_boxes_of_links_still_goes() -> None:
    # Dated entries with two paragraphs among them: a list, not a section of the article.
    links = "\n\n".join([MENU] * 3)
    entries = [P.replace("Monday", "Friday"), P.replace("Monday", "Sunday")]
    entries += [
        f"May {d}, 2016 The council meets the mayor about the library May {d}, 2016"
        for d in range(1, 8)
    ]
    doc = run_filter(core, "\n\n".join([MENU, *[P] * 30, links, *entries, links, *[P] * 5]))
    assert kept(doc) == [*[P] * 35]


def test_a_review_s_pros_and_cons_are_no_menu() -> None:
    lists = ["Pros", "Fast cycle times", "It dries dishes", "Cons", "Controls can be finicky"]
    doc = run_filter(core, "\n\n".join([MENU, P, P, *lists, P, P, MENU]))
    assert kept(doc) == [P, P, *lists, P, P]


def test_an_icon_s_label_before_each_item_of_a_list_goes() -> None:
    items = ["Pros", "pro", "No upfront deposit", "pro", "Wide availability", "pro", "Shuttles"]
    doc = run_filter(core, "\n\n".join([MENU, P, P, *items, P, P, MENU]))
    assert kept(doc) == [P, P, "Pros", "No upfront deposit", "Wide availability", "Shuttles", P, P]
    assert {b.reason for b in doc.blocks if b.text == "pro"} == {
        "icon's label before each item of a list"
    }


def test_a_recipe_s_ingredients_between_its_paragraphs_stay() -> None:
    ingredients = ["Zutaten", "Mehl", "Eier", "Zucker", "Butter", "Zimt", "Milch"]
    doc = run_filter(core, "\n\n".join([MENU, P, P, P, *ingredients, P, MENU]))
    assert kept(doc) == [P, P, P, *ingredients, P]


NAV = ["Financial Wellness", "Applying for a Loan", "Managing Debt", "Budgeting", "Saving Money"]


def test_a_menu_above_an_article_s_region_goes() -> None:
    doc = run_filter(core, "\n\n".join([*NAV, P, P]))
    assert kept(doc) == [P, P]
    assert doc.blocks[0].reason == "menu above the article"


def test_a_list_or_a_poem_above_an_article_s_region_stays() -> None:
    introduced = ["You will need:", "Flour", "Eggs", "Sugar", "Butter"]
    poem = ["I walked along the road", "and saw the trees", "the wind was in my hair", "and all"]
    for head in (introduced, ["Zutaten", "Mehl", "Eier", "Zucker", "Butter"], poem, NAV[:3]):
        assert kept(run_filter(core, "\n\n".join([*head, P, P]))) == [*head, P, P]


def test_a_lone_separator_goes_and_still_counts_against_its_menu() -> None:
    # Each separator weighs on the menu as its labels do, so the menu stays apart from the
    # article; then the separators go from the article's region too.
    crumbs = "\n\n/\n\n".join(["News", "Sport", "Weather", "Culture"])
    doc = run_filter(core, f"{crumbs}\n\n{P}\n\n|\n\n{P}\n\n* * *\n\n{P}\n\n{MENU}")
    assert kept(doc) == [P, P, "* * *", P]
    assert doc.blocks[1].reason == "separator left between menu entries"
    region = run_filter(core, f"{P}\n\n»\n\n{P}")
    assert kept(region) == [P, P]


def test_a_recipe_s_ingredients_above_its_steps_are_the_article_s() -> None:
    intro = "Mirror, mirror on the wall: this is the finest cake in the land, and it is easy."
    items = ["Ingredients", "350 g sugar", "500 ml milk", "Salt", "5 eggs", "200 g cream"]
    steps = "\n\n".join([P, P.replace("Monday", "Tuesday"), P.replace("Monday", "Friday")])
    doc = run_filter(core, "\n\n".join([MENU, intro, *items, steps, MENU]))
    assert kept(doc)[: len(items) + 1] == [intro, *items]


def test_a_schedule_above_the_article_s_first_paragraph_is_the_article_s() -> None:
    items = ["Schedule", "September 10, 12pm - 1pm, Room 217", "September 17, 12pm - 1pm, Room 217"]
    items += ["September 24, 12pm - 1pm, Room 217", "October 1, 12pm - 1pm, Room 217"]
    steps = "\n\n".join([P, P.replace("Monday", "Tuesday"), P.replace("Monday", "Friday")])
    doc = run_filter(core, "\n\n".join([MENU, *items, steps, MENU]))
    assert kept(doc)[: len(items)] == items


VERDICT = ["Pros", "Extraordinary cleaning power", "Easy controls", "Cons", "A few slow cycles"]


def _review(after: str) -> str:
    steps = "\n\n".join([P, P.replace("Monday", "Tuesday"), P.replace("Monday", "Friday")])
    return "\n\n".join([MENU, steps, *VERDICT, after])


def test_a_german_review_s_tops_and_flops_below_its_last_paragraph_are_its_own() -> None:
    steps = "\n\n".join([P, P.replace("Monday", "Tuesday"), P.replace("Monday", "Friday")])
    verdict = ["Tops", "schicker Lack", "leichtes Fahrgefühl", "Flops", "kurze Sattelstütze"]
    doc = parse("\n\n".join([MENU, steps, *verdict, "Related content", MENU]))
    doc.blocks[-9].remove("related", "heading of a related-articles list")
    core.apply(doc, Options())
    assert kept(doc)[-len(verdict) :] == verdict


def test_pros_and_cons_below_the_article_s_last_paragraph_are_the_article_s() -> None:
    doc = parse(_review("$898.00 from Lowe's\n\nRelated content\n\nNews\n\nSport"))
    doc.blocks[-4].remove("stubs", "shopping button")
    core.apply(doc, Options())
    assert kept(doc)[-len(VERDICT) :] == VERDICT
    assert not doc.blocks[-1].kept


def test_a_long_run_of_labels_below_a_list_s_heading_is_a_menu() -> None:
    doc = run_filter(core, _review(MENU))
    assert kept(doc)[-1] == P.replace("Monday", "Friday")


def test_a_list_a_sentence_introduces_between_two_runs_is_the_article_s() -> None:
    steps = "\n\n".join([P, P.replace("Monday", "Tuesday"), P.replace("Monday", "Friday")])
    items = ["Why a timeline works", "Data shows couples prefer planning because it:"]
    items += ["Reduces overwhelm", "Prevents rushed decisions", "Spreads out costs"]
    doc = run_filter(core, "\n\n".join([MENU, steps, *items, P, MENU]))
    assert kept(doc) == [*steps.split("\n\n"), *items, P]
    boxed = ["Please choose which cookies may be set:", *MENU.split("\n\n"), "Save"]
    page = run_filter(core, "\n\n".join([MENU, steps, *boxed, P, MENU]))
    assert kept(page) == [*steps.split("\n\n"), P]


def test_a_menu_under_a_list_s_heading_word_is_still_a_menu() -> None:
    labels = ["Pro", "Magazine", "Guides", "Courses", "Podcasts", "Events"]
    steps = "\n\n".join([P, P.replace("Monday", "Tuesday"), P.replace("Monday", "Friday")])
    doc = run_filter(core, "\n\n".join([MENU, *labels, steps, MENU]))
    assert kept(doc)[0] == P


HEADLINE = "Ferry services return to the islands"
TEASERS = [
    "Purple marsh crabs are disrupting carbon cycling in salt marshes, a new study by the "
    "school's scientists finds.",
    "The scholars program will pay full tuition for students of the new degree in coastal "
    "and marine sciences.",
    "Free summer camps let children learn about the bay, its ecosystems and stewardship.",
]


def _teasers_page(*, headline: str = HEADLINE, between: int = 1) -> str:
    below = ["By Jane Doe", *["Share"] * (between - 1)]
    return "\n\n".join(
        [f"# {headline}", MENU, *TEASERS, MENU, headline, *below, P, P, "About us", MENU]
    )


def test_teasers_above_the_headline_printed_above_the_article_go() -> None:
    doc = run_filter(core, _teasers_page())
    assert kept(doc) == [HEADLINE, P, P]
    assert {b.reason for b in doc.blocks if b.text in TEASERS} == {"before the article's main text"}


def test_teasers_stay_when_the_headline_stands_far_from_the_next_run() -> None:
    # Ten blocks and more below it, the headline is an entry of a list of links, not the
    # article's heading.
    assert set(TEASERS) <= set(kept(run_filter(core, _teasers_page(between=11))))


def test_the_headline_above_a_run_without_prose_marks_no_article_s_start() -> None:
    # Below the article, the headline heads its own teaser in a list of the latest posts,
    # above a list of events: the article is the run above it.
    events = [
        "A walk along the old harbour wall with the town's historians and their guests",
        "An evening of readings from the new books of the local writers and their friends",
        "A morning at the market with the farmers of the valley and the bakers of the town",
    ]
    page = "\n\n".join([f"# {HEADLINE}", MENU, P, P, P, MENU, HEADLINE, *events, MENU])
    assert kept(run_filter(core, page))[:4] == [HEADLINE, P, P, P]


def test_a_title_of_two_words_marks_no_article_s_start() -> None:
    # A site's name taken for the title ("web.dev") is printed above its footer's blurb.
    assert set(TEASERS) <= set(kept(run_filter(core, _teasers_page(headline="Ferry news"))))


def test_menu_labels_glued_into_one_line_cost_what_the_menu_costs() -> None:
    glued = (
        "How to Invest MoneyWhat to Invest InHow to Invest in StocksHow to Invest in ETFsHow "
        "to Invest in Index FundsHow to Invest in BondsFinancial DictionaryStock Market 101"
    )
    doc = run_filter(core, "\n\n".join([MENU, glued, MENU, P, P, MENU]))
    assert kept(doc) == [P, P]
    # Names with a capital inside glue once or twice in a sentence; such a line is text.
    names = (
        "Their clients post on YouTube, LinkedIn and TikTok, and a few of them on WhatsApp "
        "or in the PlayStation store"
    )
    doc = run_filter(core, "\n\n".join([MENU, P, names, P, MENU]))
    assert names in kept(doc)


CRUMB = (
    "You are here: the news of the day from the city, from the region around it and from the "
    "rest of the country"
)


def test_labels_above_the_headline_printed_above_the_article_go() -> None:
    page = [f"# {HEADLINE}", MENU, CRUMB, "Search all content", "02.01.2022", HEADLINE, P, P]
    doc = run_filter(core, "\n\n".join([*page, MENU]))
    assert kept(doc) == [HEADLINE, CRUMB, HEADLINE, P, P]
    assert {b.reason for b in doc.blocks if b.text in ("Search all content", "02.01.2022")} == {
        "above the headline printed above the article"
    }


def test_a_line_with_the_words_of_text_above_the_headline_stays() -> None:
    # A standfirst above a copy of the headline (an image's alt text) reads as text.
    standfirst = "A new space where the paper will publish the letters of its readers"
    page = [f"# {HEADLINE}", MENU, CRUMB, standfirst, HEADLINE, P, P, MENU]
    assert standfirst in kept(run_filter(core, "\n\n".join(page)))


def test_the_headline_below_the_first_paragraph_marks_nothing_above_it() -> None:
    # A copy in a list of links below a paragraph: the labels above it are the article's.
    page = [f"# {HEADLINE}", MENU, P, "Pros", "Fast", "Cheap", HEADLINE, P, P, MENU]
    assert {"Pros", "Fast", "Cheap"} <= set(kept(run_filter(core, "\n\n".join(page))))


# Two agencies' profiles: a paragraph, then facts under their labels.
PROFILES = [
    "1. Northwind", P,
    "Overview:", "Founded in 2007",
    "Services Offered:", "Paid Social", "Local Search", "Email Campaigns",
    "Notable Clients:", "Long Roofing", "Strayer Farms", "Harbor Mutual",
    "2. Southwind", P,
    "Overview:", "Founded in 2011",
    "Services Offered:", "Video Production", "Community Work", "Influencer Outreach",
    P,
]  # fmt: skip


def test_facts_set_out_under_their_labels_are_the_article_s() -> None:
    doc = run_filter(core, "\n\n".join([MENU, *PROFILES, MENU]))
    assert kept(doc) == PROFILES[1:]


def test_a_widget_repeated_under_its_label_is_still_a_menu() -> None:
    # The same lines under "Best prices today:" each time: a template's widget, not facts.
    widget = ["Best prices today:", "Retailer", "Price", "Check stock"]
    doc = run_filter(core, "\n\n".join([MENU, P, *widget, P, *widget, P, *widget, P, MENU]))
    assert kept(doc) == [P, P, P, P]


def test_menus_under_headings_with_colons_are_still_menus() -> None:
    # Each heading once: a page's boxes of links, not facts under labels it repeats.
    menus = [
        "Most searched:", "Heating", "Insulation", "Solar", "Heat pumps",
        "Highlights:", "Gas prices", "Unit converter", "Ask an expert", "Old houses",
        "Popular:", "Wood stoves", "Boilers", "Radiators", "Chimneys",
    ]  # fmt: skip
    doc = run_filter(core, "\n\n".join([MENU, P, P, *menus, P, MENU]))
    assert kept(doc) == [P, P, P]


def test_labels_above_the_headline_in_an_article_s_region_go_unless_told_it_is_one() -> None:
    region = "\n\n".join([f"# {HEADLINE}", "Japan101", "Learn", HEADLINE, "By Jane Doe", P, P])
    assert kept(run_filter(core, region)) == [HEADLINE, HEADLINE, "By Jane Doe", P, P]
    told = run_filter(core, region, Options(scope="region"))
    assert kept(told) == [HEADLINE, "Japan101", "Learn", HEADLINE, "By Jane Doe", P, P]
