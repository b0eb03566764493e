from __future__ import annotations

from helpers import PARAGRAPH, kept, removed, run_filter
from newsclean import Options
from newsclean.filters import related, stubs

P1 = PARAGRAPH
TEASERS = "Ein Roadtrip entlang der Küste\n\nHerbstlicher Ausflug in die Berge"


def test_a_link_label_with_a_colon_opens_the_list_below_it() -> None:
    doc = run_filter(stubs, f"{P1}\n\nWeiterlesen:\n\n{TEASERS}")
    related.apply(doc, Options())
    assert kept(doc) == [P1]
    assert doc.blocks[2].reason == "headline in a related-articles list"


def test_a_link_button_without_a_colon_opens_no_list() -> None:
    # A "Weiterlesen" button closes a teaser; the heading below it starts the next section.
    doc = run_filter(stubs, f"{P1}\n\nWeiterlesen\n\nDie neue Bibliothek\n\n{P1}")
    related.apply(doc, Options())
    assert removed(doc) == ["Weiterlesen"]
