from __future__ import annotations

import pytest

from helpers import kept, removed, run_filter
from newsclean.filters import share

P1 = "The council approved the budget on Tuesday after a long debate about the new library."
P2 = "Work on the building is expected to start in the spring and to last about two years."


@pytest.mark.parametrize(
    "bar",
    ["Share", "Share on Facebook Share on X", "Tweet", "Link copied to clipboard!"],
)
def test_a_share_bar_between_paragraphs_goes(bar: str) -> None:
    doc = run_filter(share, f"{P1}\n\n{bar}\n\n{P2}")
    assert removed(doc) == [bar]
    assert doc.blocks[1].reason == "share bar"


def test_a_plain_word_counts_only_beside_a_share_bar() -> None:
    assert kept(run_filter(share, f"{P1}\n\nEmail\n\n{P2}")) == [P1, "Email", P2]
    assert removed(run_filter(share, f"{P1}\n\nShare on X\n\nEmail\n\n{P2}")) == [
        "Share on X",
        "Email",
    ]


def test_a_sentence_about_sharing_stays() -> None:
    sentence = "Residents can share their views on the plan at the town hall until May."
    assert kept(run_filter(share, f"{P1}\n\n{sentence}\n\n{P2}")) == [P1, sentence, P2]
