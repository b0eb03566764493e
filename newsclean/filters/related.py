"""Teasers for other articles: ``Lesen Sie auch: ...``, ``READ MORE: ...``, ``Lea más: ...``.

A block that opens with such a label and then names another article is a teaser wherever it
stands. A block that is nothing but the label (``Related articles``, ``Mehr zum Thema``)
heads a list of links; the tail filter trims that list when it closes the article. Links
that invite the reader on ("See how ...", "Read our full ... review") go by what they ask,
and by how often they recur: one every few blocks is the link of each card in a grid.
"""

from __future__ import annotations

import re

from ..document import Block, Document, Kind
from ..options import Options
from ..vocab import fold, label_pattern, phrase_finder, phrases
from . import stubs

NAME = "related"
DESCRIPTION = (
    "'read more' / 'related' teasers, the headings of related-article lists and links "
    "inviting the reader on"
)

_MAX_TEASER_WORDS = 30
_MAX_NAMED_HEADING_WORDS = 6
_MAX_LISTED_WORDS = 15
# ">> Wegen Corona: Lokal schließt <<": a link to another article, set off by arrows.
_ARROWED = re.compile(r"^\s*>>\s*\S.{0,150}\s*<<\s*$")
# "Weitere Infos unter www.example.de.": a label, then only where to read on.
_ADDRESS_ONLY = re.compile(
    r"^(?:(?:unter|at|on|auf|bei|sur|en|su|em|na|op)\s+)?(?:https?://|www\.)\S+?\.?$", re.IGNORECASE
)
# "← Das F-Wort – Teil 2", "‹ Previous": a link back to the previous post, whose arrow points
# the way the reader would go.
_BACK_ARROW = "←‹"
_HEADING_REASON = "heading of a related-articles list"
_SEPARATORS = ":|»>–—-•"


def is_heading(text: str) -> bool:
    """Whether ``text`` is only a related-articles label (the tail filter cuts there)."""
    if len(text) > 60:
        return False
    folded = fold(text)
    if folded in phrases("related", "label"):
        return True
    named = phrase_finder("related", "heading_prefix").match(folded)
    return named is not None and len(folded.split()) <= _MAX_NAMED_HEADING_WORDS


def apply(doc: Document, options: Options) -> None:
    _teasers(doc)
    _invitations(doc)
    _drop_lists(doc)


_MIN_INVITATION_WORDS = 3


def _invitation(block: Block) -> str | None:
    """The folded text of a link inviting the reader on ("See how high-intensity workouts
    can help you get fit fast"): a short line, no sentence, that opens with an invitation."""
    text = block.text
    if block.kind is Kind.TITLE or not _headline_like(text):
        return None
    if len(text.split()) < _MIN_INVITATION_WORDS:
        return None
    folded = fold(text)
    return folded if phrase_finder("related", "invitation").match(folded) else None


def _invitations(doc: Document) -> None:
    """Links inviting the reader on to other pages: two or more in a row are a box of them,
    between paragraphs or below them. One alone is a link when it names the piece it leads
    to ("Read our full Blink Mini 2 review"), or when it stands between a paragraph and the
    next section's heading ("Find out if weight loss medications can help you"); otherwise
    it may be the article's subheading ("Learn more about index funds")."""
    kept = doc.kept()
    found = [_invitation(b) for b in kept]
    pieces = phrases("related", "piece")
    learning = phrase_finder("related", "invitation_to_learn")
    carded = _in_cards([i for i, b in enumerate(kept) if _card_link(b)])
    for i, folded in enumerate(found):
        if i in carded:
            kept[i].remove(NAME, "link inviting the reader on, one in each of a grid of cards")
            continue
        if folded is None:
            continue
        boxed = (i > 0 and found[i - 1] is not None) or (
            i + 1 < len(found) and found[i + 1] is not None
        )
        if boxed:
            kept[i].remove(NAME, "in a box of links inviting the reader on")
        elif folded.rsplit(" ", 1)[-1] in pieces:
            kept[i].remove(NAME, "link inviting the reader on to another piece")
        elif _between_sections(kept, i) and not learning.match(folded):
            kept[i].remove(NAME, "link inviting the reader on, between two sections")


_MAX_CARD_LINK_WORDS = 20
_CARD_GAP = 4
_MIN_CARDS = 3
_INSIDE_STOP = re.compile(r"[.!?:;](?!$)")


def _card_link(block: Block) -> bool:
    """An invitation that may close with a full stop ("Learn how to take care of your oral
    health while pregnant."): the link of a card below its heading and summary."""
    text = block.text
    # The stop inside first: a paragraph has one in its first sentence, and splitting costs.
    if block.kind is Kind.TITLE or _INSIDE_STOP.search(text):
        return False
    if not _MIN_INVITATION_WORDS <= len(text.split()) <= _MAX_CARD_LINK_WORDS:
        return False
    return phrase_finder("related", "invitation").match(fold(text)) is not None


def _in_cards(found: list[int]) -> set[int]:
    """The invitations that recur every few blocks, three or more: each card of a grid of
    links (a heading, a summary, "Learn how ...") has its own. The article invites the reader
    once, or twice far apart."""
    chains: list[list[int]] = []
    for i in found:
        if chains and i - chains[-1][-1] <= _CARD_GAP:
            chains[-1].append(i)
        else:
            chains.append([i])
    return {i for chain in chains if len(chain) >= _MIN_CARDS for i in chain}


def _between_sections(kept: list[Block], i: int) -> bool:
    """Whether an invitation stands below a paragraph and above another heading: a
    subheading heads the text below it; a link between two sections heads nothing."""
    if i == 0 or i + 1 >= len(kept):
        return False
    return not _headline_like(kept[i - 1].text) and _headline_like(kept[i + 1].text)


def opens_list(block: Block) -> bool:
    """A related-articles heading, or a link label that a colon sets over what follows:
    ``Weiterlesen:``, ``Seguir leyendo:`` (a button alone has no colon)."""
    if block.removed_by == NAME:
        return block.reason == _HEADING_REASON
    return block.removed_by == stubs.NAME and block.text.rstrip().endswith(":")


def _drop_lists(doc: Document) -> None:
    """The headlines listed under a related-articles heading, up to the next paragraph."""
    if not doc.blocks:
        return
    title_line = fold(doc.blocks[0].text)
    listing = False
    for i, block in enumerate(doc.blocks):
        if not block.kept:
            listing = listing or opens_list(block)
            continue
        if (
            listing
            and (_headline_like(block.text) or _listed_question(doc.blocks, i))
            and not _headline_of(block, title_line)
        ):
            block.remove(NAME, "headline in a related-articles list")
        else:
            listing = False


def _headline_of(block: Block, title_line: str) -> bool:
    """Whether the block is the page's headline, which its title line opens or ends with
    ("Headline - Site", "Site: Headline"): a list of links above the article ends there."""
    text = fold(block.text)
    return len(text.split()) >= 2 and (title_line.startswith(text) or title_line.endswith(text))


def _listed_question(blocks: list[Block], i: int) -> bool:
    """A headline that asks ("Time for a medication check-up?") is listed when another
    headline follows it; above a paragraph, it is the article's own subheading."""
    text = blocks[i].text.rstrip()
    if not (text.endswith("?") and _headline_like(text[:-1])):
        return False
    after = next((blocks[j] for j in range(i + 1, len(blocks)) if blocks[j].kept), None)
    return after is not None and (_headline_like(after.text) or after.text.rstrip().endswith("?"))


def _headline_like(text: str) -> bool:
    """A short line that is no sentence: a headline in a list, a link's label. The stop
    first: it ends most blocks, and splitting costs."""
    stopped = text.rstrip().endswith((".", "!", "?", ":"))
    return not stopped and len(text.split()) <= _MAX_LISTED_WORDS


def _teasers(doc: Document) -> None:
    # Blocks are first looked up by their folded words: the label pattern, compiled from the
    # whole table, costs a one-article run more than its cleaning, and most pages need none.
    labelled = phrase_finder("related", "label")
    for block in doc.blocks:
        if not block.kept or block.kind is Kind.TITLE or len(block.text) > 300:
            continue
        if is_heading(block.text):
            block.remove(NAME, _HEADING_REASON)
            continue
        if _ARROWED.match(block.text):
            block.remove(NAME, "teaser for another article ('>> ... <<')")
            continue
        if block.text.lstrip()[:1] in _BACK_ARROW and len(block.text.split()) <= _MAX_LISTED_WORDS:
            block.remove(NAME, "link to the previous post ('←')")
            continue
        if labelled.match(fold(block.text)) is None:
            continue
        match = label_pattern("related", "label").match(block.text)
        if not match or not match.group("rest"):
            continue
        label, rest = match.group("label"), match.group("rest")
        between = block.text[match.end("label") : match.start("rest")]
        marked = (
            any(c in _SEPARATORS for c in between)
            or (label.isupper() and not rest.isupper())
            or _ADDRESS_ONLY.match(rest) is not None
        )
        if marked and len(rest.split()) <= _MAX_TEASER_WORDS:
            block.remove(NAME, f"teaser for another article ({label.strip()!r})")
