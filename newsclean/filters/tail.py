"""What pages print below the article: comments, related lists, author boxes.

A heading that opens one of these (``Comments``, ``Related articles``, ``About the author``)
ends the article when it comes after the article's text: everything from there on goes. A
related-list heading in the middle of the text (a box between paragraphs) is not an end: the
cut is made only when no paragraph of prose follows that is longer than a teaser, counting a
card's excerpt (a link on by the card's headline follows it) as one.
"""

from __future__ import annotations

import re

from ..document import Block, Document, Kind
from ..options import Options
from ..prose import ends_sentence, prose_of
from ..vocab import fold, phrase_finder, phrases
from . import comments, metadata, related, stubs

NAME = "tail"
DESCRIPTION = (
    "comments, related-article lists, author boxes or bios and links a site's template wrote "
    "below the article"
)

_MIN_ARTICLE = 300
_TEASER = 300
_OUTWEIGHED = 2
_CARD = 4
_COMMENT_CHROME_WINDOW = 10
_BIO_LAST_BLOCKS = 3
_BIO_ROLE_WITHIN = 6
_MAX_BIO = 800
_BOX_LINES = 5
_BOX_LINE_WORDS = 12
_NAME_WORDS = range(2, 5)
_NAME_WORD = re.compile(r"^[A-ZÀ-Ý][\w'’.-]*$")


def _boundary(block: Block) -> str | None:
    if len(block.text) > 60:
        return None
    if comments.is_heading(block.text):
        return "comment section"
    if related.is_heading(block.text):
        return "related-articles list"
    if fold(block.text) in phrases("tail", "author_heading"):
        return "author box"
    return None


# A person's name at the start of a block: up to four capitalised words.
_PERSON = r"^[A-ZÀ-Ý][\w'’.-]+(?:\s[A-ZÀ-Ý][\w'’.-]+){0,3}"
# A person's name and "is": "Jane Doe is a freelance writer", "Anna Berg ist Redakteurin".
_BIO_OPENING = re.compile(rf"{_PERSON},?\s(?:is|ist|est|es)\s")
# A name and what the author does: "Lauren has written for the blog since 2018. She is a
# writer and editor ...", "Ashley Doe manages laptop coverage. Her work has appeared in ...".
_BIO_ACT = re.compile(
    rf"{_PERSON},?\s(?:has written|has been writing|writes for|has covered|covers"
    r"|has been covering|founded|co-founded|manages|is one of)\s"
)
_BIO_ACT_CHARS = 300
# "About the author: Craig Hull is a freelance photographer ...", "About the Author Jorge
# Jimenez is a writer at ...": the box's heading inline, before the name.
_ABOUT_THE_AUTHOR = re.compile(
    r"^(?:About the [Aa]uthors?|ABOUT THE AUTHORS?|Über (?:den Autor|die Autorin)"
    r"|À propos de l'auteur)(?:\s*:\s*|\s+(?=[A-ZÀ-Ý]))"
)


def _unheaded(text: str) -> str:
    """A bio without its box's heading on its line: "About the author: Jane Doe is ..."."""
    return _ABOUT_THE_AUTHOR.sub("", text, count=1)


def _bio(text: str) -> bool:
    """A person's name, "is", then an author's role within a few words; or a name and what
    the author does, then a role or where the work has appeared."""
    text = _unheaded(text)
    opening = _BIO_OPENING.match(text)
    if opening is not None:
        soon = fold(text[opening.end() :]).split()[: _BIO_ROLE_WITHIN + 1]
        if _names_role(" ".join(soon)):
            return True
    if _BIO_ACT.match(text) is None:
        return False
    start = fold(text[:_BIO_ACT_CHARS])
    return _names_role(start) or "work has appeared" in start


def _names_role(folded: str) -> bool:
    return phrase_finder("tail", "bio_role").search(folded) is not None


def _article_in(doc: Document, blocks: list[Block]) -> bool:
    """Whether ``blocks`` hold an article's worth of prose: a box or bio below them is the
    page's furniture, not the page itself."""
    return sum(len(b.text) for b in blocks if prose_of(doc, b).is_prose) >= _MIN_ARTICLE


def _prose_chars(doc: Document, blocks: list[Block]) -> int:
    """How much kept prose ``blocks`` hold, in characters."""
    return sum(len(b.text) for b in blocks if b.kept and prose_of(doc, b).is_prose)


def _name_label(text: str) -> str | None:
    """The label on a name line, ``About`` in ``About Jane Doe``, or None."""
    return phrase_finder("tail", "name_label").match(fold(text))


def _trailing_bio(doc: Document, blocks: list[Block]) -> None:
    """An author's bio among the last blocks, below the article's text, without a heading."""
    kept = [b for b in blocks if b.kept]
    bios = [b for b in kept[-_BIO_LAST_BLOCKS:] if len(b.text) <= _MAX_BIO and _bio(b.text)]
    if not bios:
        return
    rest = [b for b in kept if all(b is not bio for bio in bios)]
    # Prose is measured only on the rare page that ends with a bio: measuring costs.
    if _article_in(doc, rest):
        reason = "author's bio below the article"
    elif _headline_of_another(_title_line(doc, rest), bios):
        reason = "author's bio, the page's only text: the article above it is missing"
    else:
        return
    for block in bios:
        block.remove(NAME, reason)


# A headline says what an article is about; a title of a word or a few may be the page's
# own ("About", "Our Team").
_HEADLINE_WORDS = 5


def _title_line(doc: Document, rest: list[Block]) -> Block | None:
    """The page's title line when it is all that the page keeps besides the bios: the title,
    or the page's first line, which the title filter has not judged yet."""
    if not rest:
        return doc.title
    if len(rest) == 1 and rest[0] is doc.blocks[0] and not ends_sentence(rest[0].text):
        return rest[0]
    return None


def _headline_of_another(title: Block | None, bios: list[Block]) -> bool:
    """Whether the page's title is an article's headline that names none of the bios' people:
    then a bio alone below it is the author's box of an article the scraper did not keep,
    where a profile page's title names its subject ("Meet Sara Harberson, the Expert Behind
    Application Nation")."""
    if title is None or len(title.text.split()) < _HEADLINE_WORDS:
        return False
    headline = set(fold(title.text).split())
    for bio in bios:
        person = re.match(_PERSON, _unheaded(bio.text))
        if person is None or set(fold(person.group()).split()) & headline:
            return False
    return True


def _headed_bio(doc: Document, blocks: list[Block]) -> None:
    """A bio with its box's heading on its line ("About the Author Jorge Jimenez is a writer
    at ..."), wherever it stands below the article's text: the heading says it is the box."""
    kept = [b for b in blocks if b.kept]
    for i, block in enumerate(kept):
        if len(block.text) > _MAX_BIO or _ABOUT_THE_AUTHOR.match(block.text) is None:
            continue
        if _bio(block.text) and _article_in(doc, kept[:i]):
            block.remove(NAME, "author's bio under its heading")


def _name_above_role(doc: Document, blocks: list[Block]) -> None:
    """An author's box closing the page without a bio that opens with the name: the name
    on a line of its own or in a byline, then a line or bio that opens with a role ("Jane
    Doe" above "Executive Editor at ...", "Written by Jane Doe" above "Award-winning author
    and ...")."""
    kept = [b for b in blocks if b.kept]
    for j in range(max(len(kept) - 1 - _BIO_LAST_BLOCKS, 0), len(kept) - 1):
        words = (metadata.byline_name(kept[j].text) or kept[j].text).split()
        if len(words) not in _NAME_WORDS or not all(_NAME_WORD.match(w) for w in words):
            continue
        box = kept[j:]
        opening = fold(box[1].text).split()[:_BIO_ROLE_WITHIN]
        if any(len(b.text) > _MAX_BIO for b in box) or not _names_role(" ".join(opening)):
            continue
        if _article_in(doc, kept[:j]):
            for block in box:
                block.remove(NAME, "author's box below the article")
        return


# "Jule Radeck 300 posts": the author's name and what they wrote, heading their box.
_POST_COUNT = re.compile(rf"{_PERSON}\s\d+\s(?i:posts|beiträge|artikel|articles)$")
_AUTHOR_NAME_WORDS = 5
_SENTENCE_END = (".", "!", "?", ":")


def _author_link(block: Block) -> tuple[str, ...] | None:
    """The words that follow "All posts by" when the block ends with that link (the author's
    name), or None. A sentence that says "all posts by" is no link: it ends in a full stop."""
    text = block.text.strip()
    if len(text) > _MAX_BIO or text.endswith(_SENTENCE_END):
        return None
    if _POST_COUNT.match(text):
        return tuple(text.split()[:-2])
    folded = fold(text)
    phrase = phrase_finder("tail", "author_link").search(folded)
    if phrase is None:
        return None
    name = folded.split(phrase, 1)[1].split()
    if not 0 < len(name) <= _AUTHOR_NAME_WORDS:
        return None
    # The name as printed: "AutorTine" in "Alle Posts vom AutorTine" still holds "Tine".
    return tuple([word for word in text.split() if fold(word)][-len(name) :])


def _names_author(block: Block, name: tuple[str, ...]) -> bool:
    """A short line with a capitalised word of the author's name: "Über Jane Doe", "Jane"."""
    text = block.text.strip()
    if len(text) > 60 or text.endswith(_SENTENCE_END):
        return False
    return any(
        len(word) >= 3 and word[0].isupper() and any(word in part for part in name)
        for word in text.split()
    )


def _box_above_posts_link(doc: Document, blocks: list[Block]) -> None:
    """An author's box closing the page: the author's name, a short bio, and the link to all
    their posts. The link goes with what follows it, and the bio above it with the name line
    that heads it; without such a line above, the bio is left alone."""
    kept = [b for b in blocks if b.kept]
    for i in range(len(kept) - 1, max(len(kept) - 1 - _BIO_LAST_BLOCKS, -1), -1):
        name = _author_link(kept[i])
        if name is None:
            continue
        start = i
        for j in range(i - 1, max(i - 1 - _BIO_LAST_BLOCKS, -1), -1):
            if len(kept[j].text) > _MAX_BIO:
                break
            if _names_author(kept[j], name):
                start = j
                break
        if _article_in(doc, kept[:start]):
            for block in kept[start:]:
                block.remove(NAME, "author's box below the article")
        return


_MAX_ABOUT_NAME_WORDS = 3
_PERSON_NAME_WORDS = 2


def _about_name(text: str) -> list[str] | None:
    """The name after "Über" in "Über Kathrin", "About Jane Doe": capitalised words only."""
    if len(text) > 60:
        return None
    about = _name_label(text)
    if about is None:
        return None
    name = text.split()[about.count(" ") + 1 :]
    if 0 < len(name) <= _MAX_ABOUT_NAME_WORDS and all(w[:1].isupper() for w in name):
        return name
    return None


def _about_person(doc: Document, blocks: list[Block]) -> None:
    """A person's bio under "Über Kathrin" closing the page: the bio speaks in the first
    person or opens with the person's name. "About Example University" over a paragraph on
    the institution is a press release's own text, and stays."""
    kept = [b for b in blocks if b.kept]
    for i in range(max(len(kept) - _BIO_LAST_BLOCKS, 0), len(kept) - 1):
        name = _about_name(kept[i].text)
        if name is None:
            continue
        rest = kept[i + 1 :]
        opening = fold(rest[0].text).split()[:_BIO_ROLE_WITHIN]
        named = len(name) <= _PERSON_NAME_WORDS and opening[:1] == [fold(name[0])]
        speaking = phrase_finder("tail", "first_person").search(" ".join(opening))
        if any(len(b.text) > _MAX_BIO for b in rest) or not (named or speaking):
            return
        if _article_in(doc, kept[:i]):
            for block in kept[i:]:
                block.remove(NAME, "author's bio below the article")
        return


def _author_boxes(blocks: list[Block]) -> None:
    """An author's box wherever the page prints it: the name on a line of its own (``Jane
    Doe``, ``About Jane Doe``, ``Headshot of Jane Doe``), a few short lines (a role, counts),
    then a bio that opens with that name, and an author's role in the bio or on one of those
    lines (``SEO Content Writer at ...``). A bare name straight above its bio is how an
    article introduces the people it is about ("Jane Doe" / "Jane Doe is a reporter whose
    series ..."): without box lines between, a label on the name or above it (``Autor``,
    ``By``, the name printed again), it is a box only among the page's last blocks."""
    kept = [b for b in blocks if b.kept]
    for i, block in enumerate(kept):
        if len(block.text) > _MAX_BIO or not (
            _BIO_OPENING.match(block.text) or _BIO_ACT.match(block.text)
        ):
            continue
        first = block.text.split()[0]
        for j in range(i - 1, max(-1, i - 1 - _BOX_LINES), -1):
            above = kept[j - 1].text if j > 0 else ""
            by = fold(above) in phrases("metadata", "byline_alone")
            # "By" / "Lauren" above "Lauren has written for ...": a first name alone will do.
            if _name_line(kept[j].text, first) or (by and kept[j].text.strip() == first):
                # The role on a line of its own ("SEO Content Writer at ...") or in the bio.
                lines = kept[j + 1 : i]
                boxed = (
                    bool(lines)
                    or _labelled_name(kept[j].text)
                    or _name_line(above, first)
                    or fold(above) in phrases("tail", "author_heading")
                    or by
                )
                if (boxed or i >= len(kept) - _BIO_LAST_BLOCKS) and (
                    _bio(block.text) or any(_names_role(fold(b.text)) for b in lines)
                ):
                    # The label above the name, and the name printed above it (an avatar's).
                    start = j - 1 if by else j
                    if by and start > 0 and kept[start - 1].text.strip() == kept[j].text.strip():
                        start -= 1
                    for item in kept[start : i + 1]:
                        item.remove(NAME, "author box")
                break
            if len(kept[j].text.split()) > _BOX_LINE_WORDS:
                break


def _labelled_name(text: str) -> bool:
    """``About Jane Doe``, ``Headshot of Jane Doe``: a name line that says it heads a box."""
    return _name_label(text) is not None


def _name_line(text: str, first: str) -> bool:
    """``Jane Doe``, ``About Jane Doe``, ``Brian Smith, CFP®``: a full name starting ``first``."""
    if len(text) > 80:
        return False
    label = _name_label(text)
    words = text.partition(",")[0].split()[len(label.split()) if label else 0 :]
    return (
        len(words) in _NAME_WORDS
        and words[0] == first
        and all(_NAME_WORD.match(word) for word in words)
    )


def _header_counter(doc: Document, after: list[Block], before: int) -> bool:
    """ "124 Comments" under a byline links to the comments: more prose follows than came
    before, and none of the next blocks is a comment's author line, timestamp or button."""
    if any(b.removed_by == comments.NAME for b in after[:_COMMENT_CHROME_WINDOW]):
        return False
    return _prose_chars(doc, after) > before


def _excerpt(blocks: list[Block], i: int) -> bool:
    """Whether block ``i`` is a teaser's excerpt in a card: the block after it links on to
    the article by the headline the card printed above it ("Read More <headline>")."""
    if i + 1 >= len(blocks):
        return False
    link = fold(blocks[i + 1].text)
    label = phrase_finder("related", "label").match(link)
    if label is None:
        return False
    headline = link[len(label) :].strip()
    return bool(headline) and any(fold(b.text) == headline for b in blocks[max(0, i - _CARD) : i])


def apply(doc: Document, options: Options) -> None:
    blocks = [b for b in doc.blocks if b.kind is not Kind.TITLE]
    # The box first: a bio under its name line is the box's, with the lines between.
    _author_boxes(blocks)
    _trailing_bio(doc, blocks)
    _headed_bio(doc, blocks)
    _name_above_role(doc, blocks)
    _box_above_posts_link(doc, blocks)
    _about_person(doc, blocks)
    _templated_links(doc, blocks)
    _cut_at_boundary(doc, blocks)
    _dangling_labels(doc, blocks)


_MAX_LABEL_WORDS = 3
_MAX_LABEL_STOP_SHARE = 0.5


def _dangling_labels(doc: Document, blocks: list[Block]) -> None:
    """A label closing the text that introduces what is no longer there ("Bildquelle:",
    "Date Last Reviewed:"): the links, picture or date it announced were taken or never
    scraped. A sentence that announces them ("Das Konzeptpapier finden Sie hier:", "In
    short:" after a sentence, "That is all:") is the author's, and stays."""
    for block in reversed(blocks):
        if not block.kept:
            continue
        # The colon first: measuring a block's prose is what costs, and most texts end without.
        if not block.text.endswith((":", "：")):
            return
        prose = prose_of(doc, block)
        # Ending in a colon, a block is a sentence only by one inside it ("… answer. In short:").
        if (
            prose.sentence
            or prose.words > _MAX_LABEL_WORDS
            or prose.stop_ratio >= _MAX_LABEL_STOP_SHARE
        ):
            return
        block.remove(NAME, "a label introducing nothing at the end of the text")


_TEMPLATE_WORDS = 4
_MIN_TEMPLATED = 5
_MAX_TEMPLATED_WORDS = 15


def _opening(block: Block) -> tuple[str, ...] | None:
    """The first words of a short line that is no sentence: a link's label."""
    if len(block.text.split()) > _MAX_TEMPLATED_WORDS or ends_sentence(block.text):
        return None
    words = tuple(fold(block.text).split()[:_TEMPLATE_WORDS])
    return words if len(words) == _TEMPLATE_WORDS else None


def _templated_links(doc: Document, blocks: list[Block]) -> None:
    """Links a site's template writes, closing the page: five lines or more in a row that
    open with the same four words ("Average Costs for Cleaning Services in Austin", "... in
    Boston"). An article's own list closing it varies its words sooner."""
    kept = [b for b in blocks if b.kept]
    # The run ends among the last blocks: only those are looked at for its last line.
    last = range(len(kept) - 1, max(len(kept) - 2 - _BIO_LAST_BLOCKS, -1), -1)
    end = next((i for i in last if _opening(kept[i]) is not None), None)
    if end is None:
        return
    start, shared = end, _opening(kept[end])
    while start > 0 and _opening(kept[start - 1]) == shared:
        start -= 1
    if end - start + 1 >= _MIN_TEMPLATED and _article_in(doc, kept[:start]):
        for block in kept[start : end + 1]:
            block.remove(NAME, "links a site's template wrote below the article")


def _button(block: Block) -> bool:
    """A "Read more" that closed a teaser, a button the stubs filter took: one that heads a
    list below it has its colon ("Weiterlesen:"), as the related filter reads it."""
    return block.removed_by == stubs.NAME and not related.opens_list(block)


def _prose_below(doc: Document, below: list[Block]) -> bool:
    """Whether a paragraph of prose follows: the button closed a teaser inside the article
    ("Leer más" under a linked headline between its paragraphs) or an entry of a list the
    article is made of, not the last thing above a list of links."""
    return any(b.kept and prose_of(doc, b).is_prose for b in below)


def _cut_at_boundary(doc: Document, blocks: list[Block]) -> None:
    """Everything from the heading of a comment section, related list or author box on,
    once the article's text stands above it."""
    boundaries = {i: what for i, b in enumerate(blocks) if (what := _boundary(b)) is not None}
    if not boundaries:
        return  # most pages: nothing to measure
    before = 0
    for i, block in enumerate(blocks):
        if block.kept and prose_of(doc, block).is_prose:
            before += len(block.text)
        what = boundaries.get(i)
        if what is None or before < _MIN_ARTICLE:
            continue
        after = [b for b in blocks[i + 1 :] if b.kept]
        if what == "related-articles list" and any(
            len(b.text) > _TEASER and prose_of(doc, b).is_prose and not _excerpt(blocks, j)
            for j, b in enumerate(blocks[i + 1 :], start=i + 1)
            if b.kept
        ):
            continue
        if _button(block) and _prose_below(doc, blocks[i + 1 :]):
            continue
        if comments.is_count(block.text) and _header_counter(doc, blocks[i + 1 :], before):
            continue
        # An author box is a few lines: far more prose below than above is the article, under
        # a menu's "About us" link (a whole page scraped). Comments and related teasers can
        # run longer than the article, and are still cut.
        if what == "author box" and _prose_chars(doc, after) > _OUTWEIGHED * before:
            continue
        block.remove(NAME, f"opens the {what} below the article")
        for later in after:
            later.remove(NAME, f"in the {what} below the article")
        return
