"""The one immutable value that steers a cleaning run: built by the API, the CLI and configs."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

CaptionMode = Literal["drop", "keep"]
# What the text is: the article's region a scraper found, or a whole page with its menus and
# footers; "auto" tells them apart from the text itself.
Scope = Literal["auto", "region", "page"]

# Filters that read extra marker phrases from ``Options.extra_phrases``, and what a phrase is
# to each: a whole block that is an ad label, or a whole block that is a share-bar word.
PHRASE_FILTERS: dict[str, str] = {
    "ads": "advertisement placeholder labels (a block that is only the phrase)",
    "footer": "share-bar markers (a block that is only the phrase, at the article's end)",
}


@dataclass(frozen=True, slots=True)
class Options:
    """How to clean. ``disabled`` holds filter names (as ``--list-filters`` prints them).

    ``extra_phrases`` holds ``(filter name, phrase)`` pairs that the filters in
    ``PHRASE_FILTERS`` add to their own vocabulary, so a site's own ad label can be taught
    without editing the package's data files.
    """

    captions: CaptionMode = "drop"
    disabled: frozenset[str] = field(default_factory=frozenset)
    extra_phrases: frozenset[tuple[str, str]] = field(default_factory=frozenset)
    # Folded blocks that many documents of the batch share (see newsclean.learn).
    boilerplate: frozenset[str] = field(default_factory=frozenset)
    # Write title, author, date and site as YAML front matter above the body.
    front_matter: bool = False
    scope: Scope = "auto"

    def enabled(self, filter_name: str) -> bool:
        return filter_name not in self.disabled

    def phrases(self, filter_name: str) -> frozenset[str]:
        """The extra phrases given for one filter."""
        return frozenset(phrase for name, phrase in self.extra_phrases if name == filter_name)
