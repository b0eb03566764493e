from __future__ import annotations

import pytest

from helpers import kept, removed, run_filter
from newsclean.filters import metadata

PARAGRAPH = (
    "The council voted on Monday to close the library on Sundays, saving an estimated "
    "forty thousand pounds a year, after a long debate."
)


def test_head_byline_date_and_reading_time_leave_the_body() -> None:
    head = "By Anna Smith\n\nPublished 12 May 2024\n\n5 min read"
    doc = run_filter(metadata, f"{head}\n\n{PARAGRAPH}")
    assert kept(doc) == [PARAGRAPH]
    assert [b.reason for b in doc.blocks[:3]] == ["byline", "date", "reading time"]
    assert doc.metadata == {"author": "Anna Smith", "date": "12 May 2024"}


def test_a_byline_that_ends_with_its_date_gives_both() -> None:
    doc = run_filter(metadata, f"Written by Jane Doe, PhD on April 29, 2018\n\n{PARAGRAPH}")
    assert kept(doc) == [PARAGRAPH]
    assert doc.metadata == {"author": "Jane Doe, PhD", "date": "April 29, 2018"}


def test_a_byline_that_runs_on_into_its_date_and_reading_time_goes() -> None:
    doc = run_filter(metadata, f"By Amelie Nishizawa Feb 8, 2020 5 min read\n\n{PARAGRAPH}")
    assert kept(doc) == [PARAGRAPH]
    assert doc.metadata["author"] == "Amelie Nishizawa"


def test_a_byline_s_short_parts_after_the_name_are_its_details() -> None:
    for line, date in [
        ("By Jane Doe | Updated on 19-Dec-2025", "19-Dec-2025"),
        ("by Jane Doe, Master Gardener | Dec 30, 2025 | Indoor Plants", "Dec 30, 2025"),
    ]:
        doc = run_filter(metadata, f"{line}\n\n{PARAGRAPH}")
        assert kept(doc) == [PARAGRAPH]
        assert doc.metadata["author"].startswith("Jane Doe")
        assert doc.metadata["date"] == date
    # "Von wegen": no name before the pipe, and a headline's words after it.
    line = "Von wegen Filterblase | Soziale Medien steigern Nachrichtenvielfalt"
    assert kept(run_filter(metadata, f"{line}\n\n{PARAGRAPH}")) == [line, PARAGRAPH]


def test_a_byline_glued_to_its_label_or_after_writer_goes() -> None:
    for line, name in [("Written byJane Doe", "Jane Doe"), ("Writer: Dr. Allen", "Dr. Allen")]:
        doc = run_filter(metadata, f"{line}\n\n{PARAGRAPH}")
        assert kept(doc) == [PARAGRAPH]
        assert doc.metadata["author"] == name
    assert kept(run_filter(metadata, f"Byron Smith\n\n{PARAGRAPH}")) == ["Byron Smith", PARAGRAPH]


def test_a_byline_with_its_date_goes_below_a_standfirst_too() -> None:
    standfirst = "We tested thirteen toothbrushes against each other to find the best one for you."
    for line in [
        "By Jane Doe ⋅ Senior Analyst ⋅ Updated March 5, 2025",
        "Von Jan Berg am 21. April 2020",
    ]:
        doc = run_filter(metadata, f"{standfirst}\n\n{line}\n\n{PARAGRAPH}")
        assert kept(doc) == [standfirst, PARAGRAPH]
    # A byline without its date goes there too when it names people ("By Jane Doe"); a
    # sentence opening with "By", or a heading that does, stays.
    doc = run_filter(metadata, f"{standfirst}\n\nBy Jane Doe\n\n{PARAGRAPH}")
    assert kept(doc) == [standfirst, PARAGRAPH]
    for line in ["By Design", "By May 3, 2024, the council will have voted on the plan."]:
        doc = run_filter(metadata, f"{standfirst}\n\n{line}\n\n{PARAGRAPH}")
        assert kept(doc) == [standfirst, line, PARAGRAPH]
    # Further down, a byline between paragraphs may be the article's own.
    doc = run_filter(metadata, f"{standfirst}\n\n{PARAGRAPH}\n\nBy Jane Doe\n\n{PARAGRAPH}")
    assert "By Jane Doe" in kept(doc)


def test_the_name_beside_a_byline_goes_with_it() -> None:
    for head in ["Jane Doe\n\nBy Jane Doe ⋅ Senior Analyst ⋅ Updated March 5, 2025",
                 "By Jane Doe\n\nJane Doe", "Contributions From: Jane Doe"]:  # fmt: skip
        assert kept(run_filter(metadata, f"{head}\n\n{PARAGRAPH}")) == [PARAGRAPH]
    # Another name next to the byline is no repeat of it.
    text = f"Ann Berg\n\nBy Jane Doe\n\n{PARAGRAPH}"
    assert kept(run_filter(metadata, text)) == ["Ann Berg", PARAGRAPH]


def test_a_name_with_its_credential_under_a_label_is_a_byline() -> None:
    for head in ["Reviewed by,\n\nBrian Smith, CFP®", "Updated by Jon Berg"]:
        assert kept(run_filter(metadata, f"{head}\n\n{PARAGRAPH}")) == [PARAGRAPH]


ROLE_BYLINE = (
    "Reviewed by Toni Golen, MD, Editor in Chief, Harvard Women's Health Watch; Editorial "
    "Advisory Board Member, Harvard Health Publishing; Contributor"
)


def test_a_byline_with_a_long_role_goes_and_names_the_author() -> None:
    doc = run_filter(metadata, f"{ROLE_BYLINE}\n\n{PARAGRAPH}")
    assert kept(doc) == [PARAGRAPH]
    assert doc.metadata["author"] == "Toni Golen"


def test_a_sentence_or_a_first_name_opening_like_a_long_byline_stays() -> None:
    line = (
        "By Jane Doe, a teacher here for forty years, the town has changed beyond all recognition."
    )
    assert removed(run_filter(metadata, f"{line}\n\n{PARAGRAPH}")) == []
    assert (
        removed(run_filter(metadata, f"{ROLE_BYLINE.replace('Toni Golen', 'Toni')}\n\n{PARAGRAPH}"))
        == []
    )


def test_a_sentence_that_ends_with_a_date_stays() -> None:
    text = f"By the time the storm hit on May 3, 2024\n\n{PARAGRAPH}"
    assert removed(run_filter(metadata, text)) == []


def test_a_german_reading_time_goes_but_a_duration_in_the_text_stays() -> None:
    duration = "120 Minuten (+ 300 Minuten Wartezeit)"
    text = f"Lesezeit: 4 Minuten\n\n{PARAGRAPH}\n\n{duration}\n\n{PARAGRAPH}"
    assert removed(run_filter(metadata, text)) == ["Lesezeit: 4 Minuten"]


def test_dates_inside_the_text_stay() -> None:
    text = f"{PARAGRAPH}\n\n12 May 2024\n\n{PARAGRAPH}"
    assert removed(run_filter(metadata, text)) == []
    # An event's date in a list of events says when it is, not when the page was written.
    text = f"{PARAGRAPH}\n\nDate: 16-19 March 2026\n\n{PARAGRAPH}"
    assert removed(run_filter(metadata, text)) == []
    assert removed(run_filter(metadata, f"Date: May 3, 2024\n\n{PARAGRAPH}")) == [
        "Date: May 3, 2024"
    ]


def test_sentences_that_start_like_bylines_stay() -> None:
    for line in ["By the way, this is a sentence.", "Von Anfang an war klar, dass es so kommt."]:
        assert removed(run_filter(metadata, f"{line}\n\n{PARAGRAPH}")) == []


def test_tail_update_stamp_goes() -> None:
    doc = run_filter(metadata, f"{PARAGRAPH}\n\nAktualisiert: 05.02.2020, 14:03")
    assert removed(doc) == ["Aktualisiert: 05.02.2020, 14:03"]


def test_a_stamp_of_the_published_and_the_modified_date_goes() -> None:
    stamp = "Pubblicato il 19 Febbraio 2020 Ultima modifica 19 Febbraio 2020 12:02"
    assert removed(run_filter(metadata, f"{stamp}\n\n{PARAGRAPH}")) == [stamp]


def test_two_dates_without_a_label_stay() -> None:
    line = "From 3 May 2024 until 5 May 2024 the town hall stays closed"
    assert removed(run_filter(metadata, f"{PARAGRAPH}\n\n{line}\n\n{PARAGRAPH}")) == []


def test_a_byline_on_two_lines_leaves_the_body() -> None:
    doc = run_filter(metadata, f"Written by\n\nAnna Smith\n\n{PARAGRAPH}")
    assert kept(doc) == [PARAGRAPH]
    assert [b.reason for b in doc.blocks[:2]] == ["byline", "byline"]
    assert doc.metadata["author"] == "Anna Smith"


def test_a_menu_word_above_a_name_is_no_byline() -> None:
    # "Texte" heads a byline on one line ("Texte: Anna Smith"); alone it is a menu entry.
    assert removed(run_filter(metadata, f"Texte\n\nBücher\n\n{PARAGRAPH}")) == []


def test_a_labelled_release_date_with_its_category_goes_at_the_tail() -> None:
    stamp = "News date : 04/21/2022 Category : Press Releases"
    assert removed(run_filter(metadata, f"{PARAGRAPH}\n\n{stamp}")) == [stamp]


def test_a_sentence_about_a_release_date_stays() -> None:
    line = "The release date of the report, 04/21/2022, was moved twice by the ministry."
    assert removed(run_filter(metadata, f"{PARAGRAPH}\n\n{line}")) == []


def test_a_blog_engine_s_line_about_the_post_goes() -> None:
    line = "Veröffentlicht unter Allgemein, Film | Hinterlasse einen Kommentar"
    assert removed(run_filter(metadata, f"{PARAGRAPH}\n\n{line}")) == [line]


@pytest.mark.parametrize(
    "notice",
    [
        "This article is more than 3 years old",
        "This post is over 3 years old. I've probably changed my mind since it was written.",
        "Dieser Artikel ist älter als zwei Jahre",
    ],
)
def test_a_notice_of_the_article_s_age_goes_wherever_it_stands(notice: str) -> None:
    doc = run_filter(metadata, f"{PARAGRAPH}\n\n{notice}\n\n{PARAGRAPH}")
    assert removed(doc) == [notice]
    assert doc.blocks[1].reason == "notice of the article's age"


def test_a_sentence_on_how_old_a_story_is_stays() -> None:
    text = "This story is over 200 years old, and the village still tells it every winter."
    assert removed(run_filter(metadata, f"{PARAGRAPH}\n\n{text}\n\n{PARAGRAPH}")) == []


@pytest.mark.parametrize("signature", ["aja/PAP", "(dr/spot)", "erb/ots"])
def test_an_agency_s_signature_goes(signature: str) -> None:
    doc = run_filter(metadata, f"{PARAGRAPH}\n\n{signature}\n\n{PARAGRAPH}")
    assert removed(doc) == [signature]
    assert doc.blocks[1].reason == "agency's signature"


@pytest.mark.parametrize("cell", ["kg/ha", "and/or", "CDU/CSU", "mg/dl"])
def test_units_and_pairs_without_an_agency_are_no_signature(cell: str) -> None:
    assert removed(run_filter(metadata, f"{PARAGRAPH}\n\n{cell}\n\n{PARAGRAPH}")) == []


def test_a_dateline_that_ends_with_its_comment_count_goes() -> None:
    line = "July 24, 2019 by Amy Motroni 5 Comments"
    doc = run_filter(metadata, f"{line}\n\n{PARAGRAPH}")
    assert removed(doc) == [line]
    assert doc.metadata["date"] == "July 24, 2019"


def test_a_reading_time_under_its_label_goes_below_a_standfirst_too() -> None:
    standfirst = "In den Vereinigten Staaten trommeln Aktivisten für einen Mietenstopp."
    text = f"{standfirst}\n\nLesedauer: 8 Min.\n\n{PARAGRAPH}"
    assert removed(run_filter(metadata, text)) == ["Lesedauer: 8 Min."]
