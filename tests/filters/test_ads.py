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
        "Anzeige gegen Unbekannt: Die Polizei ermittelt.",
        "Werbung, die wirkt: Die Kampagne gewann drei Preise.",
        "Werbung – Sprache und Botschaft",
    ],
)
def test_keeps_sentences_about_advertising(sentence: str) -> None:
    doc = run_filter(ads, sentence)
    assert kept(doc) == [sentence]


def test_label_with_trailing_colon_is_still_a_label() -> None:
    assert removed(run_filter(ads, "Advertisement:")) == ["Advertisement:"]


@pytest.mark.parametrize(
    "ad",
    [
        "ANZEIGE - Heute mal ausgehen oder bestellen? Wie wäre es mit:",
        "Anzeige: Herausforderungen meistern mit den Rasierern von Example",
        "ADVERTORIAL – Open-plan living is on trend, where cooking and living flow together.",
    ],
)
def test_an_ad_s_short_text_under_its_label_goes(ad: str) -> None:
    doc = run_filter(ads, ad)
    assert removed(doc) == [ad]
    assert doc.blocks[0].reason == "advertisement under its label"


@pytest.mark.parametrize(
    "disclosure",
    [
        "This post contains affiliate links.",
        "Every item was chosen by an editor. We may earn commission on some of the items.",
        "As an Amazon Associate, this website earns from qualifying purchases.",
        "Note: this blog uses affiliate links. That means if you choose to make a purchase, I"
        " make a small kickback at no additional cost to you, which keeps the lights on here"
        " and the reviews independent.",
        "In den Produktempfehlungen befinden sich sogenannte Affiliate-Links. Wenn du darauf"
        " klickst und anschließend einkaufst, bekommt die Redaktion von dem betreffenden"
        " Anbieter eine Provision. Für dich verändert sich der Preis nicht. Vielen Dank!",
    ],
)
def test_removes_affiliate_disclosures(disclosure: str) -> None:
    doc = run_filter(ads, f"First paragraph.\n\n{disclosure}\n\nSecond paragraph.")
    assert removed(doc) == [disclosure]
    assert doc.blocks[1].reason == "affiliate or sponsorship disclosure"


def test_keeps_a_paragraph_that_explains_affiliate_links() -> None:
    paragraph = (
        "Secondary models include freemium access, sponsorships, and affiliate marketing."
        " Freemium apps provide basic functionality for free with optional upgrades, while"
        " sponsored content or affiliate links bring in income without charging users."
    )
    assert kept(run_filter(ads, paragraph)) == [paragraph]
