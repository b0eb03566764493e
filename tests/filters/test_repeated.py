from __future__ import annotations

from helpers import kept, run_filter
from newsclean.filters import repeated

P = "The council voted on Monday to close the library on Sundays after a long debate."


def test_label_printed_three_times_goes() -> None:
    doc = run_filter(repeated, f"By\n\nLauren\n\n{P}\n\nBy\n\nLauren\n\n{P}\n\nBy\n\nLauren")
    assert kept(doc) == [P, P]
    assert doc.blocks[0].reason == "label repeated across the page"


def test_twice_is_not_enough_and_table_cells_with_figures_stay() -> None:
    text = f"Week 1\n\nRest\n\n{P}\n\nWeek 1\n\nRest\n\n{P}\n\nWeek 1"
    assert kept(run_filter(repeated, text)) == text.split("\n\n")
