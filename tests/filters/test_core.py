from __future__ import annotations

from helpers import kept, run_filter
from newsclean.filters import core

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


def test_densest_run_prefers_the_larger_block_of_prose() -> None:
    assert core.densest_run([-30, 200, -30, 150, -30, -30, -30, -30, 40]) == (1, 3, 320)
