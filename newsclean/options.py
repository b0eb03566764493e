"""The one immutable value that steers a cleaning run: built by the API, the CLI and configs."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

CaptionMode = Literal["drop", "keep"]


@dataclass(frozen=True, slots=True)
class Options:
    """How to clean. ``disabled`` holds filter names (as ``--list-filters`` prints them)."""

    captions: CaptionMode = "drop"
    disabled: frozenset[str] = field(default_factory=frozenset)
    # Folded blocks that many documents of the batch share (see newsclean.learn).
    boilerplate: frozenset[str] = field(default_factory=frozenset)

    def enabled(self, filter_name: str) -> bool:
        return filter_name not in self.disabled
