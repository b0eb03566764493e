from __future__ import annotations

from helpers import PARAGRAPH, kept, removed, run_filter
from newsclean import clean
from newsclean.filters import contents

HEADINGS = ["Why the library closes", "What the council saved", "Where readers can go instead"]


def _article(listed: list[str], headings: list[str]) -> str:
    sections = [f"{heading}\n\n{PARAGRAPH}" for heading in headings]
    return "\n\n".join([PARAGRAPH, *listed, *sections])


def test_a_list_of_the_headings_below_goes_and_the_headings_stay() -> None:
    doc = run_filter(contents, _article(HEADINGS, HEADINGS))
    assert removed(doc) == HEADINGS
    assert kept(doc).count(HEADINGS[0]) == 1
    assert doc.blocks[1].reason == "table of contents: its lines head the article's sections below"


def test_a_reworded_heading_between_found_ones_goes_with_the_list() -> None:
    listed = [*HEADINGS[:2], "Opening hours", HEADINGS[2], "What the mayor said"]
    below = [*HEADINGS[:2], "Opening hours from May", HEADINGS[2], "What the mayor said"]
    doc = run_filter(contents, _article(listed, below))
    assert removed(doc) == listed


def test_two_lines_found_below_are_no_table() -> None:
    assert removed(run_filter(contents, _article(HEADINGS[:2], HEADINGS[:2]))) == []


def test_a_list_printed_twice_side_by_side_stays() -> None:
    text = "\n\n".join([PARAGRAPH, *HEADINGS, *HEADINGS, PARAGRAPH])
    assert removed(run_filter(contents, text)) == []


def test_headings_below_in_another_order_are_no_table() -> None:
    below = [HEADINGS[2], HEADINGS[0], HEADINGS[1]]
    assert removed(run_filter(contents, _article(HEADINGS, below))) == []


def test_cells_that_repeat_many_times_are_no_table() -> None:
    row = ["Run easy 30 min", "Rest", "Tempo run 40 min"]
    text = "\n\n".join([PARAGRAPH, *row, PARAGRAPH, *row, PARAGRAPH, *row])
    assert removed(run_filter(contents, text)) == []


def test_sentences_printed_twice_are_no_table() -> None:
    sentences = ["The vote was close.", "The mayor abstained.", "Readers protested."]
    assert removed(run_filter(contents, _article(sentences, sentences))) == []


def test_the_whole_pipeline_keeps_each_heading_once() -> None:
    output = clean("# The library closes on Sundays\n\n" + _article(HEADINGS, HEADINGS))
    assert all(output.count(heading) == 1 for heading in HEADINGS)
    assert output.index(HEADINGS[0]) > output.index(PARAGRAPH)
