"""A table of contents: the article's own section headings listed above it.

On the page each line was a link to its section; a scraper keeps the list and the headings
both, so every heading is printed twice. The headings stay where they head their sections;
the list goes. It is known by its lines alone: three or more short lines in a row that come
back below, one by one and in the same order, each between text of its own. A list printed
twice side by side, or a table whose cells repeat, is not one.
"""

from __future__ import annotations

from ..document import Block, Document, Kind, runs
from ..options import Options
from ..vocab import fold

NAME = "contents"
DESCRIPTION = "a table of contents above the article, whose lines head its sections below"

_MIN_ENTRIES = 3
_MAX_ENTRY_WORDS = 16
# Lines of the list that are not found below (a heading reworded since) may stand between
# those that are, up to a third of them.
_MIN_FOUND_SHARE = 2 / 3


def _entry(block: Block) -> bool:
    """A line short enough to be a heading, and no sentence: headings ask, they do not state."""
    text = block.text.rstrip()
    return (
        block.kind is not Kind.TITLE
        and len(text.split()) <= _MAX_ENTRY_WORDS
        and not text.endswith((".", "!", ":", ";", ","))
    )


def apply(doc: Document, options: Options) -> None:
    kept = doc.kept()
    keys = [fold(block.text) for block in kept]
    where: dict[str, list[int]] = {}
    for index, key in enumerate(keys):
        if key:
            where.setdefault(key, []).append(index)
    # Most pages print no three lines twice: nothing to look for.
    if sum(1 for places in where.values() if len(places) == 2) < _MIN_ENTRIES:
        return
    position = {id(block): index for index, block in enumerate(kept)}
    for run in runs(kept, _entry):
        if len(run) < _MIN_ENTRIES:
            continue
        start = position[id(run[0])]
        end = _list_end(keys, start, start + len(run))
        found = _found_below(keys, where, start, end)
        if len(found) < _MIN_ENTRIES:
            continue
        first, last = found[0][0], found[-1][0]
        if len(found) < _MIN_FOUND_SHARE * (last - first + 1):
            continue
        for block in kept[first : last + 1]:
            block.remove(NAME, "table of contents: its lines head the article's sections below")


def _list_end(keys: list[str], start: int, end: int) -> int:
    """Where the list ends: at the run's end, or where one of its lines comes again, when
    the first section's heading follows the list with no text between them."""
    seen: set[str] = set()
    for index in range(start, end):
        if keys[index] in seen:
            return index
        seen.add(keys[index])
    return end


def _found_below(
    keys: list[str], where: dict[str, list[int]], start: int, end: int
) -> list[tuple[int, int]]:
    """The lines of the run ``keys[start:end]`` printed once more below it, as (line, copy),
    when the copies come in the list's order, each apart from the next."""
    found: list[tuple[int, int]] = []
    for index in range(start, end):
        places = where.get(keys[index], [])
        if len(places) != 2 or places[0] != index:
            continue
        copy = places[1]
        if copy < end:
            continue
        if found and copy <= found[-1][1] + 1:
            return []
        found.append((index, copy))
    return found
