from __future__ import annotations

import pytest

from helpers import kept, removed, run_filter
from newsclean.filters import ads


@pytest.mark.parametrize(
    "label",
    [
        "ADVERTISEMENT",
        "Advertisement",
        "- Advertisement -",
        "Story continues below advertisement",
        "Sponsored",
        "Anzeige",
        "- Anzeige -",
        "Publicité",
        "Publicidad",
        "Pubblicità",
        "Publicidade",
        "Advertentie",
        "Reklama",
        "REKLAMA",
        "Artikel wird nach der Anzeige fortgesetzt",
        "La suite après cette publicité",
        "Dalsza część artykułu pod reklamą",
    ],
)
def test_removes_placeholders_in_every_language(label: str) -> None:
    doc = run_filter(ads, f"First paragraph.\n\n{label}\n\nSecond paragraph.")
    assert len(removed(doc)) == 1
    assert doc.blocks[1].reason == "advertisement placeholder"


@pytest.mark.parametrize(
    "sentence",
    [
        "The advertisement drew 400 complaints.",
        "Advertisement revenue fell by 12% last year.",
        "Sponsored by the council, the festival returns in May.",
        "Reklama w telewizji kosztuje coraz więcej.",
    ],
)
def test_keeps_sentences_about_advertising(sentence: str) -> None:
    doc = run_filter(ads, sentence)
    assert kept(doc) == [sentence]


def test_label_with_trailing_colon_is_still_a_label() -> None:
    assert removed(run_filter(ads, "Advertisement:")) == ["Advertisement:"]
