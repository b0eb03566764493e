"""The data model that flows through the pipeline: a document is an ordered list of blocks.

Filters never delete a block; they mark it removed with their name and a reason, so every
decision can be shown (``--explain``), counted (``--stats``) or undone (``--captions keep``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TypeVar

T = TypeVar("T")


class Kind(StrEnum):
    """What a block is, as far as the Markdown writer cares."""

    TITLE = "title"
    PARAGRAPH = "paragraph"
    HEADING = "heading"
    CAPTION = "caption"
    LIST_ITEM = "list_item"
    QUOTE = "quote"


@dataclass(slots=True)
class Block:
    """One unit of text: a paragraph, or a line that stands alone in the input."""

    text: str
    kind: Kind = Kind.PARAGRAPH
    line: int = 0
    removed_by: str | None = None
    reason: str | None = None
    # A filter that kept the block but took part of its text off (a site name off a title);
    # ``reason`` then says what it took.
    trimmed_by: str | None = None

    @property
    def kept(self) -> bool:
        return self.removed_by is None

    def trim(self, filter_name: str, text: str, reason: str) -> None:
        """Keep the block with part of its text taken off, and say what went."""
        self.text = text
        self.trimmed_by = filter_name
        self.reason = reason

    def remove(self, filter_name: str, reason: str) -> None:
        """Mark the block removed; the first filter to decide keeps the credit."""
        if self.removed_by is None:
            self.removed_by = filter_name
            self.reason = reason


@dataclass(slots=True)
class Document:
    """The blocks of one input, in order, plus what filters learned about the page."""

    blocks: list[Block]
    metadata: dict[str, str] = field(default_factory=dict)
    # The stop words of the document's language, found once by newsclean.prose.
    stop_words: frozenset[str] | None = None

    def kept(self) -> list[Block]:
        return [block for block in self.blocks if block.kept]

    @property
    def title(self) -> Block | None:
        for block in self.blocks:
            if block.kind is Kind.TITLE and block.kept:
                return block
        return None


def runs(items: Iterable[T], test: Callable[[T], bool]) -> Iterator[list[T]]:
    """The maximal runs of consecutive items that pass ``test``: a menu is a run of labels, a
    form a run of field names."""
    run: list[T] = []
    for item in items:
        if test(item):
            run.append(item)
        elif run:
            yield run
            run = []
    if run:
        yield run
