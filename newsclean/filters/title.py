"""The headline: found once, its repeats at the top removed, the site name taken off.

Scraped pages start with the ``<title>`` line (often ``Headline | Site``) and then the headline
again, sometimes a third time from a social card. The first block is the headline when it looks
like one (a short line without a closing full stop) or when it is repeated just below; text
that starts straight with a paragraph or a caption gets no invented heading. What follows a
pipe is never the headline's; what follows a dash is the site's only when it is a domain, or
reads as a name: one the page prints again, or a few capitalised words without the small words
and the article that a headline's second part has.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from itertools import islice

from ..document import Block, Document, Kind
from ..options import Options
from ..prose import ends_sentence
from ..vocab import FILE_SUFFIXES, WEB_ADDRESS, fold
from .captions import credit

NAME = "title"
DESCRIPTION = (
    "repeats of the headline at the top, the site name in the page title, and the headline "
    "stamped with the site's name as images' alt text"
)

_MAX_WORDS = 30
_MAX_CHARS = 250
_LOOKAHEAD = 15
_MAX_TOP = 60
_PARAGRAPH_CHARS = 120
# "Headline | Site", "Headline - Site", "Site: Headline", "Headline :: Site", "Headline · Site"
_SEPARATOR = re.compile(r"\s+[|–—·•»:~-]{1,2}\s+|\s*\|\s*|:\s+")
_SITE_MAX_WORDS = 6
_SITE_MAX_CHARS = 80


def apply(doc: Document, options: Options) -> None:
    # Captions above the headline are not it (the captions filter judges them next).
    kept = _top(doc)
    if not kept or kept[0].kind not in (Kind.TITLE, Kind.PARAGRAPH, Kind.HEADING):
        return
    first = kept[0]
    text = first.text
    site = None
    # A title read back from Markdown has had its site name taken off already.
    if first.kind is not Kind.TITLE:
        text, site = without_pipe_parts(text)
    if credit(text):
        return
    repeats, headline = _repeats(first.text, text, kept[1 : 1 + _LOOKAHEAD])
    whole = text
    if site is None and headline is None and not repeats and first.kind is not Kind.TITLE:
        # "Headline – Site — site.com": each name after a dash comes off, before the line is
        # judged ("... - Envy Design Co." ends in the name's full stop, not a sentence's).
        text, site = without_dash_sites(
            text, _printed_below(first, doc.blocks), _printed_as_line(first, doc.blocks)
        )
    headline_like = _looks_like_headline(text) or _looks_like_headline(whole)
    if not repeats and not (first.kind is Kind.TITLE or headline_like):
        return
    logo = _DASH_SITE.search(text) if headline is None and site is None else None
    if logo is not None and any(_after_last_dash(text, b.text) for b in repeats):
        # The site's name printed below as its logo: what stands before its dash is the
        # headline.
        text, site = text[: logo.start()].rstrip(), logo["site"].strip()
    if headline is not None:
        # "Headline | Site" above a bare "Headline": the bare one says where the site starts.
        site = _site_part(first.text, headline.text)
        text = headline.text
    if site:
        doc.metadata["site"] = site
    if text != first.text:
        taken = "the site name" if site else "what the headline printed below lacks"
        first.trim(NAME, text, f"{taken} off the page title {first.text!r}")
    first.kind = Kind.TITLE
    # Below a site's long menu, only the headline's very words are its repeat.
    key = fold(text)
    repeats += [b for b in kept[1 + _LOOKAHEAD :] if fold(b.text) == key]
    for block in repeats:
        block.remove(NAME, "repeats the headline")
    for block in _reworded(key, kept[1 : 1 + _LOOKAHEAD]):
        block.remove(NAME, "the headline reworded: the page title's and the page's own wording")
    # A stamp is the headline and a site's name or address: a little longer, never shorter.
    shortest, longest = len(text) + 4, len(text) + _SITE_MAX_CHARS
    for block in doc.blocks:
        if (
            block.kept
            and shortest <= len(block.text) <= longest
            and block is not first
            and _stamped(block.text, key, site)
        ):
            block.remove(NAME, "the headline with the site's name: an image's alt text")


def _top(doc: Document) -> list[Block]:
    """The title line and the blocks below it where the headline may stand again: fifteen,
    and more down to the first paragraph (a site's long menu between the two). Below the
    first paragraph, the headline's words may head a section of the article."""
    candidates = (b for b in doc.blocks if b.kept and b.kind is not Kind.CAPTION)
    top: list[Block] = []
    paragraph = False
    for block in islice((b for b in candidates if not credit(b.text)), _MAX_TOP):
        if len(top) > _LOOKAHEAD and paragraph:
            break
        top.append(block)
        paragraph = paragraph or (len(top) > 1 and _paragraph(block.text))
    return top


def _paragraph(text: str) -> bool:
    """A paragraph of the article, by its length and its end: no menu entry or headline."""
    return len(text) >= _PARAGRAPH_CHARS and ends_sentence(text)


def _looks_like_headline(text: str) -> bool:
    return (
        len(text) <= _MAX_CHARS
        and len(text.split()) <= _MAX_WORDS
        and not text.endswith(".")
        and any(c.isalpha() for c in text)
    )


def _repeats(line: str, text: str, following: list[Block]) -> tuple[list[Block], Block | None]:
    """Blocks below that repeat the headline, and the first that holds it without a site name."""
    keys = {fold(line), fold(text)}
    parts = _site_variants(line)
    # A part of the line taken off as the site's name (an author's, a section's) is no headline.
    own = fold(text)
    repeats: list[Block] = []
    headline: Block | None = None
    for block in following:
        other = fold(block.text)
        if not other:
            continue
        if other in keys:
            repeats.append(block)
        elif other in parts:
            repeats.append(block)
            # Of the parts printed below, the longest: "Site" printed as a logo above the
            # headline is not it. Nor is a column's name above a headline of its own
            # ("Kolumne: Queer Royal – Über Dragqueens und …"): what it leaves is no name.
            if (
                other in own
                and (headline is None or len(other) > len(fold(headline.text)))
                and _names_a_site(_site_part(line, block.text))
                and not _after_last_dash(line, block.text)
            ):
                headline = block
        elif keys & _site_variants(block.text):
            repeats.append(block)
    return repeats, headline


# Share of words two wordings of one headline have in common, in order: "How To Start A
# Vegetable Garden: Step-by-Step Guide" and "… Garden: A Step-by-Step Guide".
_REWORDED = 0.8
_REWORDED_MIN_WORDS = 3


def _reworded(key: str, following: list[Block]) -> list[Block]:
    """Blocks above the first paragraph that say the headline in other words: the page's
    ``<h1>`` below its ``<title>`` when the two differ by a word or two, or by a kicker. Below
    the first paragraph such a line heads a section ("How to Care for Hydrangeas in Vases")."""
    words = key.split()
    found: list[Block] = []
    for block in following:
        if _paragraph(block.text):
            break
        other = fold(block.text).split()
        if (
            block.kept
            and min(len(words), len(other)) >= _REWORDED_MIN_WORDS
            and _looks_like_headline(block.text)
            and 2 * _common_words(words, other) >= _REWORDED * (len(words) + len(other))
        ):
            found.append(block)
    return found


def _common_words(one: list[str], other: list[str]) -> int:
    """The length of the longest run of words both hold in the same order (gaps allowed)."""
    row = [0] * (len(other) + 1)
    for word in one:
        diagonal = 0
        for j, each in enumerate(other, 1):
            diagonal, row[j] = row[j], diagonal + 1 if word == each else max(row[j], row[j - 1])
    return row[-1]


def _after_last_dash(line: str, part: str) -> bool:
    """Whether ``part`` is what follows the title line's last spaced dash, in fewer words
    than what stands before it: in "Headline - Site" that is the site's name, printed as its
    logo, however much the headline reads as a name ("20 Clever Ideas for your Small Nursery
    - The Postpartum Party"). In "BMFSFJ - Bundeskabinett legt Schwerpunkte fest" the part
    after the dash is the headline."""
    found = _DASH_SITE.search(line)
    if found is None or fold(found["site"]) != fold(part):
        return False
    words = len(found["site"].split())
    return words <= _SITE_MAX_WORDS and words < len(line[: found.start()].split())


def _halves(text: str) -> Iterator[tuple[str, str]]:
    """``Headline | Site`` cut at each of its separators: what stands before and after it."""
    for match in _SEPARATOR.finditer(text):
        yield text[: match.start()], text[match.end() :]


def _stamped(text: str, headline: str, site: str | None) -> bool:
    """``Headline - site.com``, ``site.com | Headline``: the alt text a site stamps on the
    article's images, wherever they stand. A headline quoted with another part is no stamp."""
    if not headline or len(text) > _MAX_CHARS or len(fold(text)) <= len(headline):
        return False
    for left, right in _halves(text):
        for own, other in ((left, right), (right, left)):
            if fold(own) == headline and _is_site(other.strip(), site):
                return True
    return False


def _is_site(part: str, site: str | None) -> bool:
    return _DOMAIN.match(part) is not None or (site is not None and fold(part) == fold(site))


def _names_a_site(rest: str | None) -> bool:
    """Whether what a headline leaves of the title line can be a site's name: not a question,
    and in four words or more, half of them capitalised at least ("Human in the Loop"),
    unlike a headline's ("Über Dragqueens und Dragkings auf und jenseits der Bühne")."""
    if rest is None:
        return True
    words = rest.split()
    if rest.endswith("?"):
        return False
    return len(words) < 4 or sum(1 for w in words if w[:1].islower()) * 2 <= len(words)


def _site_variants(text: str) -> set[str]:
    """The folded pieces of ``Headline | Site`` on either side of each separator."""
    pieces: set[str] = set()
    if len(text) > _MAX_CHARS:
        # Longer than any headline: and splitting it at every separator is quadratic.
        return pieces
    for left, right in _halves(text):
        for piece in (left, right):
            folded = fold(piece)
            if len(folded.split()) >= 2:
                pieces.add(folded)
    return pieces


def _site_part(title_line: str, headline: str) -> str | None:
    """What the page title adds to the headline: the site's name."""
    key = fold(headline)
    if len(title_line) > _MAX_CHARS:
        return None
    for left, right in _halves(title_line):
        if fold(left) == key:
            return right.strip() or None
        if fold(right) == key:
            return left.strip() or None
    return None


# "Headline - Site", "Headline – site.com": the part after the last dash, when it names the site.
# The last part after a spaced dash; a hyphen inside a word ("Jean-Luc") joins it.
_DASH_SITE = re.compile(r"\s[–—·•»~-]{1,2}\s+(?P<site>(?:(?!\s-\s)[^–—·•»~|])+)$")
_DOMAIN = re.compile(rf"^{WEB_ADDRESS}$")
_BRACKETED_DOMAIN = re.compile(rf"\s\((?P<site>{WEB_ADDRESS})\)$")


def _printed_below(first: Block, blocks: list[Block]) -> Callable[[str, str], bool]:
    """Whether the page prints a name again besides its title line ``first``: in its footer or
    its text (not with the headline: the title line repeated), or as its address ("Polly
    Barks" in "pollybarks.com")."""

    def printed(name: str, title: str) -> bool:
        # A line that holds the headline too is the title again ("Kicker Headline – Name").
        headline = fold(title.casefold().rpartition(name)[0])
        address = re.compile(rf"\b{re.escape(name.replace(' ', ''))}\.[a-z]{{2,6}}\b")
        return any(
            b is not first
            and (name in (text := b.text.casefold()) or address.search(text) is not None)
            and headline not in fold(b.text)
            for b in blocks
        )

    return printed


def _printed_as_line(first: Block, blocks: list[Block]) -> Callable[[str], bool]:
    """Whether the page prints a text on a line of its own, besides its title line ``first``
    (asked only after a name came off a title with another dash: rarely, so no index)."""

    def printed(text: str) -> bool:
        key = fold(text)
        return any(b.kept and b is not first and fold(b.text) == key for b in blocks)

    return printed


def without_dash_sites(
    text: str,
    printed: Callable[[str, str], bool] | None = None,
    printed_as_line: Callable[[str], bool] | None = None,
) -> tuple[str, str | None]:
    """``Headline – Site — site.com`` -> ``Headline`` and the first name taken off: each part
    after a last dash that names the site goes. A dash may join a headline's own parts ("Zero
    Waste - A Beginner's Guide"), so the part counts only when it is a domain, or reads as a
    name (a few words, each capitalised; no number, no punctuation of a sentence) that
    ``printed(name, title)`` finds elsewhere on the page (casefolded), or that is a plain
    name of four capitalised words or fewer. Without ``printed``, only domains go (after a
    dash or in brackets: "Headline (site.com)"). What is
    left once a name went stays whole when ``printed_as_line(text)`` finds it printed on a
    line of its own: "Geheimtipp" in "Neue Hochzeitslokation – Geheimtipp - site.com" is the
    headline's."""
    site = None
    bracketed = _BRACKETED_DOMAIN.search(text)
    if bracketed is not None and bracketed["site"].rpartition(".")[2] not in FILE_SUFFIXES:
        # "Headline (site.com)": an address in brackets is the site's, as after a dash.
        text, site = text[: bracketed.start()].rstrip(), bracketed["site"]
    while (found := _DASH_SITE.search(text)) is not None and len(text) <= _MAX_CHARS:
        if site is not None and printed_as_line is not None and printed_as_line(text):
            break
        name = found.group("site").strip()
        words = name.split()
        if not 0 < len(words) <= _SITE_MAX_WORDS - 1:
            break
        domain = _DOMAIN.match(name) is not None
        # Three words stay before a name, one before an address ("Wurmkiste – selbst.de").
        if len(text[: found.start()].split()) < (1 if domain else 3):
            break
        if not domain and (
            printed is None
            or any(c in name for c in ",;:!?")
            or not _capitalised_name(words)
            or not (_plain_name(words) or printed(name.casefold(), text))
        ):
            break
        site = site or name
        text = text[: found.start()].rstrip()
    return text, site


# The small words a name may hold between capitalised ones: "Lillie Eats and Tells".
_NAME_JOINERS = frozenset({"and", "of", "the", "for", "und", "der", "für", "de", "la", "et", "y"})


def _capitalised_name(words: list[str]) -> bool:
    return words[0][0].isupper() and all(w[0].isupper() or w in _NAME_JOINERS for w in words)


_PLAIN_NAME_WORDS = 4


def _plain_name(words: list[str]) -> bool:
    """A short name of capitalised words alone ("Talk Android", "Privacy Guides", "ABC7 San
    Francisco"): the part of a headline after a dash has its small words ("Finanzdaten und
    Berater-Auftrag", "Politcamp Call for Action") or opens with an article ("A Beginner's
    Guide", "The Complete Guide")."""
    folded = [w.casefold() for w in words]
    return (
        len(words) <= _PLAIN_NAME_WORDS
        and folded[0] not in ("a", "an")
        and not _NAME_JOINERS.intersection(folded)
    )


def without_pipe_parts(text: str) -> tuple[str, str | None]:
    """``Headline | Section | Site`` -> ``Headline`` and the first part taken off (``Site``):
    each part after a pipe goes while three words stay before it, and a short part before
    the only pipe left goes when a headline follows it."""
    site = None
    while (part := _trailing_site(text)) is not None:
        site = site or part
        text = text[: text.rindex("|")].rstrip(" |")
    # "Frommers | The 10 Best Airfare Sites", "Opinion | Why the city must act": a name or a
    # section of three words or fewer before the first pipe, a headline after it.
    # An address before it ("energieverbraucher.de | Gaspreise") is the site's whatever follows.
    lead, sep, rest = text.partition("|")
    if (
        sep
        and "|" not in rest
        and rest.strip()
        and (_DOMAIN.match(lead.strip()) or (len(lead.split()) <= 3 and len(rest.split()) >= 4))
    ):
        site = site or lead.strip()
        text = rest.strip()
    return text, site


def _trailing_site(text: str) -> str | None:
    """``Headline | Site`` with nothing below to confirm it: a pipe is never headline text.
    Three words stay before it, or one when the part is an address ("Wurmkiste | selbst.de")."""
    head, sep, site = text.rpartition("|")
    if not sep or not 0 < len(site.split()) <= _SITE_MAX_WORDS:
        return None
    words = len(head.split())
    if words >= 3 or (words >= 1 and _DOMAIN.match(site.strip()) is not None):
        return site.strip()
    return None
