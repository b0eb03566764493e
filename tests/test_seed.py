"""What the core issue asks of the seed article, checked item by item rather than as one blob."""

from __future__ import annotations

import re

import newsclean
from conftest import SEED

RAW = SEED.read_text(encoding="utf-8")
OUT = newsclean.clean(RAW)


def _body_paragraphs() -> list[str]:
    """The seed's article paragraphs: sentences, not captions, not the headline."""
    lines = [line for line in RAW.splitlines() if len(line) > 60]
    return [line for line in lines if line[-1] in '."”' and "(Getty)" not in line]


def test_title_once_as_first_line() -> None:
    title = RAW.splitlines()[0]
    assert OUT.splitlines()[0] == f"# {title}"
    assert OUT.count(title) == 1


def test_no_ads_captions_or_footer() -> None:
    assert "ADVERTISEMENT" not in OUT
    assert "(Getty)" not in OUT
    assert "Share this article" not in OUT
    assert "declares victory against Syria orders US troops" not in OUT


def test_twelve_body_paragraphs_verbatim_and_in_order() -> None:
    paragraphs = OUT.rstrip("\n").split("\n\n")[1:]
    assert len(paragraphs) == 12
    assert paragraphs == _body_paragraphs()


def test_whitespace_is_clean() -> None:
    assert OUT.endswith("\n") and not OUT.endswith("\n\n")
    assert "\n\n\n" not in OUT
    assert not re.search(r"[ \t\u00a0]+$", OUT, re.M)
    assert all(line.strip() or line == "" for line in OUT.split("\n"))


def test_captions_keep_shows_each_once_in_italics() -> None:
    kept = newsclean.clean(RAW, captions="keep")
    assert kept.count("An ISIL billboard is seen destroyed") == 1
    assert "*An ISIL billboard is seen destroyed" in kept
    assert kept.count("(AFP OUT) U.S. President Donald Trump") == 1


def test_cleaning_the_output_again_changes_nothing() -> None:
    assert newsclean.clean(OUT) == OUT


def test_front_matter_holds_title_author_and_date_and_survives_a_second_run() -> None:
    raw = "Storm hits coast | Daily Coast\n\nBy Anna Smith\n\nPublished 12 May 2024\n\n" + (
        "Storm Ciarán brought record winds to the south coast overnight, leaving thousands "
        "without power, the Met Office said on Monday."
    )
    out = newsclean.clean(raw, front_matter=True)
    assert out.startswith(
        '---\ntitle: "Storm hits coast"\nauthor: "Anna Smith"\ndate: "12 May 2024"\n'
        'site: "Daily Coast"\n---\n\n# Storm hits coast\n\n'
    )
    assert newsclean.clean(out, front_matter=True) == out
    assert "Anna Smith" not in newsclean.clean(raw)
