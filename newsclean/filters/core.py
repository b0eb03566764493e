"""The article's core: the densest run of prose, with what sits before and after it removed.

A whole scraped page is menus, teasers and footers around one run of paragraphs. Each block
scores its length when it reads as prose and a penalty when it does not (short lines, long
lists of words without sentences); the run with the highest total is the article. A heading or
a caption between paragraphs costs less than the paragraphs around it earn, so it stays; a
menu of forty links costs more than any article can bridge. Short lines between two runs of
the article that read as its own list (sentences among them, or a heading such as "Pros" or
"Zutaten", or facts under the labels a page repeats: "Overview:", "Notable Clients:") join
the runs, where a box of links between them goes; such a list under its heading right above
the first run (a recipe's ingredients above its steps) starts it, and one right below the last
(a review's pros and cons) ends it. A menu's labels glued into
one long line ("How to Invest MoneyWhat to Invest In") cost what the menu costs. When the
page's headline stands right above a later run, the runs above it are teasers of other
articles, not the article; labels kept above it are the page's chrome.

Only for whole pages: when a scraper already cut out the article's region, lists and tables
at its edges are article text. Only a site's menu above the first paragraph (four labels
or more, not introduced and without the function words of text), labels above the headline
printed above the article, and a trailing run of headline-like links go; told that the text
is a region (``--scope region``), the menu and the labels stay.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from itertools import pairwise

from ..document import Block, Document, Kind, runs
from ..options import Options
from ..prose import Prose, ends_sentence, prose_of
from ..vocab import fold, phrases

NAME = "core"
DESCRIPTION = (
    "blocks outside the article's main run of prose (menus, teasers, footers), what stands "
    "above the headline printed above the article, and lone separators left between menu "
    "entries"
)

_SHORT_PENALTY = 30.0
_PAGE_SHORT_SHARE = 0.5
_PAGE_PROSE_SHARE = 0.4
_PAGE_MIN_BLOCKS = 10
_PAGE_CHROME_BLOCKS = 30
_PAGE_CHROME_SHARE = 0.3
_TEASER_CHARS = 50.0
_MENU_RUN = 3
_LABEL_WORDS = 12
_SECOND_RUN_SHARE = 0.15
_MIDDLE_RUN_SHARE = 0.05
_MIDDLE_RUN_MIN = 300.0
_MIDDLE_PARAGRAPHS = 2
_LABEL_STOP_SHARE = 0.3
_GAP_SENTENCE_SHARE = 0.2
# A word's end glued to the next label's capital ("Invest MoneyWhat to Invest InHow to"):
# a scraper that took a menu's text without its separators.
_GLUED_LABEL = re.compile(r"[a-z][A-Z][a-z]|[a-z][?!][A-Z]")
_GLUED_MIN = 5
_GLUED_SHARE = 0.15
_CODE = re.compile(r"[{}();=<>]")


def _glued_labels(text: str, prose: Prose) -> bool:
    """A menu's labels run together in one line: many words glued at a capital, no code.
    A name with a capital inside ("YouTube", "iPhone") glues once, not in every few words."""
    glued = len(_GLUED_LABEL.findall(text))
    return glued >= _GLUED_MIN and glued >= _GLUED_SHARE * prose.words and not _CODE.search(text)


def _value(text: str, prose: Prose) -> float:
    value = _length_value(prose)
    if _glued_labels(text, prose):
        # Glued labels read as a long line of words; they cost what their menu costs.
        return min(value, -0.3 * prose.chars)
    return value


def _length_value(prose: Prose) -> float:
    if prose.is_prose:
        # A teaser's two-line summary earns little, so a list of them is not bridged.
        return float(prose.chars) - _TEASER_CHARS
    if (prose.sentence and prose.words >= 4) or (prose.chars >= 60 and prose.stop_ratio >= 0.25):
        return prose.chars * 0.5
    if prose.words <= 5 and not prose.digits:
        return -_SHORT_PENALTY
    if prose.words <= _LABEL_WORDS:
        return -5.0
    return -0.3 * prose.chars


# "/", "|", ">", "»": the separator a scraper left on a line of its own between two crumbs or
# menu entries. A section break ("* * *", "---") is a mark of the text and stays.
_SEPARATOR_ONLY = re.compile(r"^[/|>»›<«‹·•→\s]+$")


def _drop_separators(blocks: list[Block]) -> None:
    """Lone separators go once the article is found: as the labels they stood between,
    they cost what a menu costs, and so they help tell the menu from the article."""
    for block in blocks:
        if _SEPARATOR_ONLY.match(block.text):
            block.remove(NAME, "separator left between menu entries")


def _whole_page(prose: list[Prose]) -> bool:
    """Whether the text is a whole page (menus, footers around the article) rather than the
    article's region a scraper already found: many bare short lines, or little prose."""
    if len(prose) < _PAGE_MIN_BLOCKS:
        return False
    chars = sum(p.chars for p in prose) or 1
    prose_share = sum(p.chars for p in prose if p.is_prose) / chars
    return _mostly_labels(prose) or prose_share < _PAGE_PROSE_SHARE


def _chrome_taken(kept: list[Prose], whole: list[Prose]) -> bool:
    """A long text of which the filters already took a large share (menus, share bars,
    notices, footers; in a later sweep, what this one took as a region's menu counts too):
    a whole page. An article's region holds few such blocks."""
    return len(whole) >= _PAGE_CHROME_BLOCKS and len(kept) <= (1 - _PAGE_CHROME_SHARE) * len(whole)


def _mostly_labels(prose: list[Prose]) -> bool:
    if len(prose) < _PAGE_MIN_BLOCKS:
        return False
    return sum(1 for p in prose if _bare_label(p)) / len(prose) >= _PAGE_SHORT_SHARE


def _only_labels(prose: list[Prose]) -> bool:
    """Short lines without one sentence, and without the function words that lines of
    running text have ("and saw the trees"): a poem or a list set line by line is not a menu."""
    if not _mostly_labels(prose) or any(p.words > _LABEL_WORDS or p.sentence for p in prose):
        return False
    return _stop_share(prose) < _LABEL_STOP_SHARE


def _stop_share(prose: list[Prose]) -> float:
    """The share of function words among the words of several blocks."""
    words = sum(p.words for p in prose) or 1
    return sum(p.stop_ratio * p.words for p in prose) / words


def _headline_like(text: str, prose: Prose) -> bool:
    return 3 <= prose.words <= 15 and not prose.sentence and text[:1].isupper()


def _trim_links_after(blocks: list[Block], prose: list[Prose]) -> None:
    """In an article's region, a run of headline-like lines after the last paragraph is a
    list of links to other articles (of the blocks still kept)."""
    kept = [(b, p) for b, p in zip(blocks, prose, strict=True) if b.kept]
    blocks, prose = [b for b, _ in kept], [p for _, p in kept]
    good = [i for i, p in enumerate(prose) if p.is_prose]
    if not good:
        return
    tail = range(good[-1] + 1, len(blocks))
    if len(tail) >= 2 and all(_headline_like(blocks[i].text, prose[i]) for i in tail):
        for i in tail:
            blocks[i].remove(NAME, "links listed after the article")


def densest_run(values: list[float]) -> tuple[int, int, float]:
    """(start, end, total) of the contiguous run with the highest total (end inclusive)."""
    best = (0, -1, 0.0)
    start, total = 0, 0.0
    for i, value in enumerate(values):
        if total <= 0:
            start, total = i, value
        else:
            total += value
        if total > best[2]:
            best = (start, i, total)
    return best


def apply(doc: Document, options: Options) -> None:
    blocks = [b for b in doc.blocks if b.kept and b.kind is not Kind.TITLE]
    if len(blocks) < 2:
        return
    prose = [prose_of(doc, b) for b in blocks]
    # Judged on what the other filters kept, as a second run over the output would judge it,
    # and on the page as it came: a page whose menus other filters took is still a page
    # (judged on what they kept alone, a page turned region whenever a filter took a few
    # more labels). The page as it came counts by its labels only: judged by its share of
    # prose too, article regions were taken for pages and lost text. A long text of which the
    # filters took a third or more is a page too: its menus, notices and share bars were found.
    whole = [prose_of(doc, b) for b in doc.blocks if b.kind is not Kind.TITLE]
    page = options.scope == "page" or (
        options.scope == "auto"
        and (_whole_page(prose) or _mostly_labels(whole) or _chrome_taken(prose, whole))
    )
    _drop_separators(blocks)
    if not page:
        if options.scope == "auto":
            _drop_head_menu(blocks, prose)
            _drop_above_headline(blocks, prose, doc, _headline_copies(doc))
        _trim_links_after(blocks, prose)
        return
    values = [_value(block.text, p) for block, p in zip(blocks, prose, strict=True)]
    # Short numbered lines cost like menu labels, but a list counted off is the article's.
    for i in _numbered_list(blocks):
        values[i] = max(values[i], 1.0)
    facts = _sets_out_facts(doc.blocks)
    runs = _joined(_article_runs(values, prose), blocks, prose, facts)
    if not runs:
        if _only_labels(prose):
            # Menus and short lines, not one sentence nor one long text: the scraper missed
            # the article, and what it kept is the site's chrome.
            for block in blocks:
                block.remove(NAME, "a page of labels without article text")
        return
    copies = _headline_copies(doc)
    runs = _below_headline(runs, blocks, doc, copies)
    runs[0] = (_list_above(runs[0][0], blocks, prose), runs[0][1])
    runs[-1] = (runs[-1][0], _list_below(runs[-1][1], blocks, prose, doc))
    first, last = runs[0][0], runs[-1][1]
    inside = {i for start, end in runs for i in range(start, end + 1)}
    for i, block in enumerate(blocks):
        if i not in inside:
            where = "before" if i < first else "after" if i > last else "between parts of"
            block.remove(NAME, f"{where} the article's main text")
    for start, end in runs:
        _drop_menus(blocks[start : end + 1], prose[start : end + 1], facts)
    _drop_above_headline(blocks, prose, doc, copies)
    _trim_links_after(blocks, prose)


# The headline stands a few blocks above its article's first paragraph: a byline, a date, a
# share bar between. Three words or more: a title of one or two may be the site's name.
_HEADLINE_NEAR = 10
_HEADLINE_WORDS = 3
# A standfirst above the headline's copy (an image's alt text) has the function words of text.
_CHROME_STOP_SHARE = 0.2


def _headline_copies(doc: Document) -> list[int]:
    """Where the page prints its headline again (indices into its blocks), when the headline
    is long enough to mark where the article starts."""
    title = doc.title
    if title is None or len(title.text.split()) < _HEADLINE_WORDS:
        return []
    key = fold(title.text)
    return [i for i, b in enumerate(doc.blocks) if b is not title and fold(b.text) == key]


def _below_headline(
    runs: list[tuple[int, int]], blocks: list[Block], doc: Document, copies: list[int]
) -> list[tuple[int, int]]:
    """The runs from the first one that the page's headline stands right above: runs of
    prose above the headline are teasers of other articles, a site's blurb or a shop's
    banners, which other filters' removals left as long as the article. A run without a
    paragraph of prose below the headline is no article: the headline there is a teaser's,
    in a list of the latest posts, above a list of events."""
    if not copies or len(runs) < 2:
        return runs
    at = _positions(blocks, doc)
    for k in range(1, len(runs)):
        start, previous_end = at[runs[k][0]], at[runs[k - 1][1]]
        if any(previous_end < c <= start and start - c <= _HEADLINE_NEAR for c in copies) and any(
            prose_of(doc, block).is_prose for block in blocks[runs[k][0] : runs[k][1] + 1]
        ):
            return runs[k:]
    return runs


def _positions(blocks: list[Block], doc: Document) -> list[int]:
    """Where each of ``blocks`` stands among the page's blocks as they came, removed or not:
    the distance a filter's removals leave between two kept blocks."""
    position = {id(block): i for i, block in enumerate(doc.blocks)}
    return [position[id(block)] for block in blocks]


def _drop_above_headline(
    blocks: list[Block], prose: list[Prose], doc: Document, copies: list[int]
) -> None:
    """Labels and lines without the function words of text, kept between the page's top and
    the headline printed right above the article's first paragraph: the page's chrome (a
    search box, a section's name, a slogan). A standfirst there has those words and stays:
    the copy below it may be an image's alt text."""
    if not copies:
        return
    first = copies[0]
    measured = {id(block): p for block, p in zip(blocks, prose, strict=True)}
    above: list[Block] = []
    for block in doc.blocks[:first]:
        line = measured.get(id(block))
        if not block.kept or line is None:
            continue
        if line.is_prose:
            return
        if _bare_label(line) or line.stop_ratio < _CHROME_STOP_SHARE:
            above.append(block)
    if above and any(b.kept for b in doc.blocks[first + 1 : first + 1 + _HEADLINE_NEAR]):
        for item in above:
            item.remove(NAME, "above the headline printed above the article")


_NUMBER = re.compile(r"^(\d{1,3})[.)]\s+\S")
_NUMBERED_RUN = 5


def _numbered_list(blocks: list[Block]) -> list[int]:
    """Blocks of a numbered list in the text: "01. Robert Plant", "02. Rob Halford", ...,
    five or more numbered one after the other. A menu is never counted off."""
    found: list[int] = []
    run: list[int] = []
    last = None
    for i, block in enumerate(blocks):
        number = _NUMBER.match(block.text)
        value = int(number.group(1)) if number else None
        if value is not None and last is not None and value == last + 1:
            run.append(i)
        else:
            if len(run) >= _NUMBERED_RUN:
                found += run
            run = [i] if value is not None else []
        last = value
    if len(run) >= _NUMBERED_RUN:
        found += run
    return found


def _article_runs(values: list[float], prose: list[Prose]) -> list[tuple[int, int]]:
    """The densest run, and any other run on either side that holds a fair share of its
    prose (an article split by a box of links keeps both halves), sorted by position.
    Between two runs of the article, a paragraph's worth of prose in a few paragraphs is
    the article's too, however long the article: a section after a long list of links."""
    start, end, best = densest_run(values)
    if best <= 0:
        return []
    runs = [(start, end)]
    pending = [(0, start), (end + 1, len(values))]
    while pending:
        low, high = pending.pop()
        if high <= low:
            continue
        start, end, total = densest_run(values[low:high])
        needed = _SECOND_RUN_SHARE * best
        between_runs = 0 < low and high < len(values)
        if between_runs and _mostly_paragraphs(prose[low + start : low + end + 1]):
            needed = min(needed, max(_MIDDLE_RUN_SHARE * best, _MIDDLE_RUN_MIN))
        if total > 0 and total >= needed:
            runs.append((low + start, low + end))
            pending += [(low, low + start), (low + end + 1, high)]
    return sorted(runs)


def _mostly_paragraphs(prose: list[Prose]) -> bool:
    """A few paragraphs, not a list with a sentence or two among its lines."""
    paragraphs = sum(1 for p in prose if p.is_prose)
    return paragraphs >= _MIDDLE_PARAGRAPHS and 2 * paragraphs >= len(prose)


def _joined(
    runs: list[tuple[int, int]], blocks: list[Block], prose: list[Prose], facts: bool
) -> list[tuple[int, int]]:
    """Two runs of the article are one when a fifth or more of the blocks between them are
    sentences, a few short lines follow a sentence that a colon ends ("Couples prefer a
    timeline because it:"), or a list's heading stands there: a checklist's short lines
    between its paragraphs ("Ask yourselves:", "Elegant or rustic?", "Your aesthetic will
    guide every decision."), a recipe's ingredients, not a box of links. On a page that sets
    out facts under their labels, lines between two runs that such a label opens are facts
    too."""
    joined = runs[:1]
    for start, end in runs[1:]:
        between = range(joined[-1][1] + 1, start)
        sentences = sum(1 for i in between if _sentence(blocks[i], prose[i]))
        gap = [blocks[i] for i in between]
        if (
            sentences >= _GAP_SENTENCE_SHARE * len(between)
            or (
                len(between) <= _INTRODUCED_GAP
                and any(_introduces(blocks[i], prose[i]) for i in between)
            )
            or _headed(gap)
            or (facts and bool(gap) and _opens_list(gap[0]))
        ):
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return joined


# A list a sentence introduces is a few items long; a consent box's or a shop's long run
# of labels under "Please choose which cookies may be set:" is none.
_INTRODUCED_GAP = 9
_FACT_LABELS = 3


def _sets_out_facts(blocks: list[Block]) -> bool:
    """Whether the blocks set out facts under their labels: three or more lines ending in a
    colon, one of them above different facts each time ("Overview:" above "Founded in
    2007", then above "Founded in 2011"). A widget repeated ("Best Prices Today:" above
    "Retailer" each time, "Empfehlen:" above its share buttons) or a box of links under its
    heading is no such list. Judged on the document's blocks as they came."""
    below: dict[str, list[str]] = {}
    for label, item in pairwise(blocks):
        if label.kept and _opens_list(label):
            below.setdefault(label.text, []).append(item.text)
    if sum(map(len, below.values())) < _FACT_LABELS:
        return False
    return any(len(items) > 1 and len(set(items)) == len(items) for items in below.values())


_LIST_ABOVE = 40


def _list_above(start: int, blocks: list[Block], prose: list[Prose]) -> int:
    """Where the article starts when a list's heading ("Zutaten", "Ingredients") stands above
    its first run with only the list's short items between: a recipe's ingredients above
    its steps, not a menu's labels. The paragraph just above the heading, the recipe's
    introduction, comes too."""
    for i in range(start - 1, max(-1, start - 1 - _LIST_ABOVE), -1):
        if prose[i].is_prose:
            return start
        if _list_heading(blocks[i]):
            # A menu's labels ("Pro", "Magazin", "Guides") are bare; a list's items hold
            # amounts ("350 g Zucker") or more words.
            bare = sum(1 for p in prose[i + 1 : start] if _bare_label(p))
            if bare * 2 > start - i - 1:
                return start
            return i - 1 if i > 0 and prose[i - 1].is_prose else i
    return start


_LIST_ITEMS = 8


def _list_below(end: int, blocks: list[Block], prose: list[Prose], doc: Document) -> int:
    """Where the article ends when a list's heading stands right below its last run: a
    review's "Pros" and "Cons" under its verdict, their short items down to the first line
    that is none, or to what another filter took (a shop's button, a related list's
    heading) after them."""
    if end + 1 >= len(blocks) or not _list_heading(blocks[end + 1]):
        return end
    at = _positions(blocks, doc)
    last, items = end + 1, 0
    for i in range(end + 2, len(blocks)):
        if at[i] != at[last] + 1 or prose[i].is_prose or prose[i].words > _LABEL_WORDS:
            break
        items = 0 if _list_heading(blocks[i]) else items + 1
        if items > _LIST_ITEMS:
            # More short lines than a list's: a menu follows, and the list's end is unknown.
            return end
        last = i
    return last


def _introduces(block: Block, prose: Prose) -> bool:
    """A sentence that a colon ends, introducing the list below it ("Data shows couples
    prefer structured planning because it:")."""
    return prose.words >= 5 and prose.stop_ratio >= 0.2 and _opens_list(block)


def _sentence(block: Block, prose: Prose) -> bool:
    return prose.words >= 4 and prose.stop_ratio >= 0.2 and ends_sentence(block.text)


def _list_heading(block: Block) -> bool:
    """Whether the block is a list's heading: "Pros", "Zutaten", "What we like"."""
    return fold(block.text) in phrases("core", "list_headings")


def _headed(blocks: Iterable[Block]) -> bool:
    """Whether a list's heading stands among the blocks."""
    return any(map(_list_heading, blocks))


def _opens_list(block: Block) -> bool:
    return block.text.endswith(":")


def _introduced(blocks: list[Block], run: list[int]) -> bool:
    """Whether a line ending in a colon introduces a run of short lines ("... as:")."""
    return run[0] > 0 and _opens_list(blocks[run[0] - 1])


def _drop_menus(blocks: list[Block], prose: list[Prose], facts: bool) -> None:
    """Menus inside the page's main run: three or more bare labels in a row, unless a line
    ending in a colon introduces them ("The study describes poor mental health as:") or a
    list's heading stands among them ("Pros", "Cons"). On a page that sets out facts under
    their labels ("Overview:", "Services Offered:", "Notable Clients:"), each such label
    starts a list of its own."""

    def label(i: int) -> bool:
        return _bare_label(prose[i]) and not (facts and _opens_list(blocks[i]))

    for run in runs(range(len(blocks)), label):
        if len(run) < _MENU_RUN or _introduced(blocks, run):
            continue
        items = [blocks[i] for i in run]
        if _headed(items):
            _drop_markers(items)
            continue
        for item in items:
            item.remove(NAME, "menu inside the page")


_HEAD_MENU_RUN = 4


def _drop_head_menu(blocks: list[Block], prose: list[Prose]) -> None:
    """In an article's region, four bare labels or more in a row above its first paragraph
    are the site's menu ("Financial Wellness", "Budgeting", "Saving Money", ...), unless a
    line ending in a colon or a list's heading introduces them, or they have the function
    words of a poem set line by line."""
    first = next((i for i, p in enumerate(prose) if p.is_prose), 0)
    for run in runs(range(first), lambda i: _bare_label(prose[i])):
        items = [blocks[i] for i in run]
        if (
            len(run) < _HEAD_MENU_RUN
            or _introduced(blocks, run)
            or _headed(items)
            or _stop_share([prose[i] for i in run]) >= _LABEL_STOP_SHARE
        ):
            continue
        for item in items:
            item.remove(NAME, "menu above the article")


def _drop_markers(items: list[Block]) -> None:
    """``pro`` ``No upfront deposit`` ``pro`` ``Wide availability``: one word that stands
    before three items of a list or more, never twice in a row, is its icon's alt text."""
    words = [fold(item.text) if len(item.text.split()) == 1 else "" for item in items]
    counts = Counter(words)
    doubled = {a for a, b in pairwise(words) if a == b}
    for item, word in zip(items, words, strict=True):
        if word and counts[word] >= _MENU_RUN and word not in doubled:
            item.remove(NAME, "icon's label before each item of a list")


def _bare_label(prose: Prose) -> bool:
    return prose.words <= 5 and not prose.sentence and not prose.digits
