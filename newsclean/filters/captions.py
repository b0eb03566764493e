"""Photo captions and credits, and captions doubled by scrapers (alt text, then caption).

What gives a caption away in text is its credit: ``(Getty)``, ``(AP Photo/Evan Vucci)``,
``REUTERS/Kevin Lamarque``, ``Photo: Jane Doe``, ``/ AFP via Getty Images``. A quote that
merely ends ``(AP)`` or a dateline ``WASHINGTON (Reuters) -`` is article text, so wire names
count only with a photo word or a photographer after a slash. The other sign is repetition:
the same short text twice in a row is an image's alt text followed by its caption.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from ..document import Block, Document, Kind
from ..options import Options
from ..prose import document_stop_words, prose_of, reports
from ..vocab import FILE_SUFFIXES, WEB_ADDRESS, fold, load, phrases, trie_pattern, words_of

NAME = "captions"
DESCRIPTION = (
    "photo captions and credits, image descriptions, captions doubled as alt text and lines "
    "stamped with the site's address"
)

_MAX_CAPTION = 600
_MAX_DOUBLED_WORDS = 60
_MAX_LABEL_WORDS = 5


@cache
def _leading_label() -> re.Pattern[str]:
    return re.compile(rf"^(?:{_alternation('leading_labels')})(?!\w)")


def _alternation(*tables: str) -> str:
    data = load("captions")
    return trie_pattern({w for table in tables for lang in data[table].values() for w in lang})


@cache
def _patterns() -> tuple[tuple[tuple[str, ...], re.Pattern[str]], ...]:
    """The credit patterns, each with the strings of which a text must hold one to match it
    (none: every text is tried): most blocks hold none, and so skip most scans."""
    photo = _alternation("photo_words")
    agency = _alternation("photo_agencies")
    wire = _alternation("wire_agencies")
    free = _alternation("free_credits")
    return (
        # "(Getty)", "(Photo by Jane Doe/Getty Images)", "(AP Photo/Evan Vucci)", "(Foto: dpa)"
        (
            ("(",),
            re.compile(
                rf"\((?:[^()]{{0,120}}?\b)?(?:{agency})\b[^()]{{0,60}}\)\s*$"
                rf"|\((?:{photo})\b\s*[^()]{{0,120}}\)\s*$"
                rf"|\((?:{wire})\s*/\s*[A-Z][^()]{{0,80}}\)\s*$"
            ),
        ),
        # "REUTERS/Kevin Lamarque", "/ AFP via Getty Images", "Jane Doe / Shutterstock"
        (
            ("/", "via Getty Images"),
            re.compile(
                rf"(?<![\w/])(?:{wire})\s?/\s?[A-Z][\w'.-]*(?:\s[A-Z][\w'.-]*){{0,3}}"
                r"(?:\s?/\s?[\w .-]{1,30})?\)?$|\bvia Getty Images\b"
                rf"|/\s?(?:{agency})(?: Images)?\)?$"
                rf"|/\s?(?:{free})\)?$"
            ),
        ),
        # "Photo: Jane Doe" at the end of a block, "Foto: dpa", "Image: Keystone"
        ((":", "©", "|"), re.compile(rf"(?:^|[\s.!?)])(?:{photo})\s?[:©|]\s?[^!?:]{{1,80}}$")),
        # "Image copyright AFP", "Image caption The scene ...", "© Reuters" at the end
        ((), _leading_label()),
        # "Figure 3: The barplot", "Abb.: Collage", "Fig. 2": a figure's label, alone or with
        # its colon. "Figure 1 illustrates the plot" is a sentence about the figure.
        (
            ("Fig", "Abb"),
            re.compile(
                r"^(?:Figure|Fig\.|Abbildung|Abb\.)\s?"
                r"(?:\d+[a-z]?\.?$|(?:\d+[a-z]?)?\s?[:|.–-](?:\s|$))"
            ),
        ),
        (("©", "(C)"), re.compile(r"(?:©|\(C\))\s?[\w .,&/'-]{1,60}$")),
        # "... Gelatin silver print. Courtesy Robert Mann Gallery.", "Photo courtesy of: NASA"
        (
            ("Courtesy", "courtesy", "Mit freundlicher Genehmigung"),
            re.compile(
                rf"(?:^(?:(?:{photo})\s)?|[.;)]\s)"
                r"(?:[Cc]ourtesy(?: of)?:?|Mit freundlicher Genehmigung)"
                r"\s+(?:the\s)?[A-Z][^.!?]{1,80}\.?$"
            ),
        ),
        # "Photo by Jane Doe on Unsplash", "Bild via Instagram", and after the caption's last
        # sentence: "Guests pick their pastries. | Photo by Jane Doe"
        (
            (),
            re.compile(
                r"^(?:Photo|Image|Picture|Foto|Bild)\s+(?:by|von|de|di|via)\s+\S.{0,80}$"
                r"|(?:[.!?)”\"]\s+|\s\|\s)(?:Photo|Image|Picture|Foto|Bild)\s+(?:by|von|via)"
                r"\s+[A-Z][^.!?|]{0,60}$"
            ),
        ),
        # "Jan Novák, photo: Archives du Gouvernement", "..., Anna Weber, Bild via": the
        # credit after the caption's last comma, its source cut off or not.
        (
            (", ",),
            re.compile(
                r",\s(?:photo|foto|image|picture)s?:\s[^!?:,]{1,80}$"
                r"|,\s(?:Photo|Foto|Bild|Image)\s(?:via|by|von)$"
            ),
        ),
        # "Maria Tillessen (l.) und Alexandra Sackmann": where people stand in the picture
        (("(",), re.compile(rf"(?i:{_alternation('position_marks')})")),
    )


# An image's alt text where the image stood: "a woman models a maroon blouse with a black
# choker", "Screenshot of a dashboard showing ...", "Headshot of Jane Doe": a description, not
# a sentence. One that starts with the kind of picture says so from its first words.
_DESCRIPTION = re.compile(r"^an?\s\w+[^.!?:;]*$")
_PICTURE_OF = re.compile(
    r"^(?i:(?P<article>an? )?(?:thumbnail |profile |featured |cover )?(?:close[- ]up|photo"
    r"|photograph|picture|image|screenshot|illustration|graphic|infographic|diagram|rendering"
    r"|drawing|aerial view|dashboard view|headshot|portrait|thumbnail)\s(?:of|showing|for|with"
    r"|titled|illustrating|depicting|displaying|summarising|summarizing|listing|comparing)\s)"
    r"(?P<rest>.*)$"
)
# Alt text written for screen readers goes on about the picture: "Diagram showing the data
# pipeline. It begins with ingestion …", "Screenshot of a dashboard. The interface displays …".
_GOES_ON = re.compile(r"[.!?”\"]\s+(?:It|The|This|They)\s")
# "A photo of the suspect was released": a sentence that reports on a picture has a verb
# that a description of what the picture shows does not.
_REPORTED_PICTURE = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|shows|showed|shown"
    r"|went|goes|circulated|surfaced|emerged|appeared|posted|shared|released|published"
    r"|obtained|taken|sent|became|drew|sparked|prompted)\b"
)
_DESCRIPTION_WORDS = range(6, 41)
_PICTURE_OF_WORDS = range(3, 41)
_DESCRIBED_AT_LENGTH_WORDS = range(12, 121)
# A mark that ends a sentence or a clause before the text does: it says more than one.
_PUNCTUATION_INSIDE = re.compile(r"[.!?:;](?!$)")
_IMAGE_LABEL_WORDS = range(2, 9)


@cache
def _shown() -> re.Pattern[str]:
    """Who the picture shows, then what they are doing, with no full stop: "Woman using
    laptop", "Four people playing volleyball on beach" ("Students taking the exam get an
    hour more." is a sentence)."""
    subjects = trie_pattern(phrases("captions", "shown_subjects"))
    doing = trie_pattern(phrases("captions", "shown_doing"))
    return re.compile(
        rf"^(?:(?i:an?|the|two|three|four)\s)?(?:[\w'’-]+\s){{0,3}}?(?i:{subjects})\b"
        rf"[^.!?:;]{{0,120}}?\b(?P<doing>(?i:{doing}))\b[^.!?:;]*$"
    )


_SHOWN_WORDS = range(4, 31)
# "bottled water" aside (an adjective joined by a hyphen is no verb): a verb in the past.
_PAST = re.compile(r"(?<![\w-])[a-z]{3,}ed\b")
_ADDRESSED = re.compile(r"\b(?:you|your|we|us|our|I|me|my)\b", re.IGNORECASE)


def _shows_someone(text: str) -> bool:
    """``Woman on a tour standing beside her car``, ``A person holding a phone.``: alt text
    that says whom the picture shows doing what. A sentence of the article tells what
    happened or happens ("every morning") or speaks to the reader; a heading capitalises
    what its subject does ("Best Overall Women's Sleeping Bag")."""
    if text.endswith("."):
        # With its full stop, only a scene ("A person holding ...") is no sentence:
        # "Students taking the exam get an extra hour."
        if not text.startswith(("A ", "An ")):
            return False
        text = text[:-1]
    shown = _shown().match(text)
    if shown is None or len(text.split()) not in _SHOWN_WORDS or shown["doing"][0].isupper():
        return False
    if _REPORTED_PICTURE.search(text) or _PAST.search(text) or _ADDRESSED.search(text):
        return False
    return not set(words_of(fold(text))) & phrases("captions", "narrating")


def described(text: str) -> bool:
    """Whether a block is an image's description left as text by a scraper."""
    # The patterns first: they fail on most blocks at their first word, splitting never does.
    picture = _PICTURE_OF.match(text)
    if picture is not None:
        if _PUNCTUATION_INSIDE.search(picture["rest"]) is None:
            if picture["article"] and _REPORTED_PICTURE.search(text) is not None:
                return False
            return len(text.split()) in _PICTURE_OF_WORDS
        # A longer one names no picture with an article and reports on none in its first
        # sentence ("Photo of the flood went viral. Officials closed …").
        gone_on = _GOES_ON.search(text)
        return (
            not picture["article"]
            and gone_on is not None
            and _REPORTED_PICTURE.search(text, 0, gone_on.start()) is None
            and len(text.split()) in _DESCRIBED_AT_LENGTH_WORDS
        )
    if _DESCRIPTION.match(text) is not None and len(text.split()) in _DESCRIPTION_WORDS:
        return True
    return _shows_someone(text)


def image_label(text: str, stop_words: frozenset[str]) -> bool:
    """Whether a block is an image's alt text that names the kind of picture: ``CIS Controls
    logo``, ``Jane Doe's avatar``, ``blog image 1``. Names without a function word: a heading
    about a picture (``How to design a logo``) has some."""
    if len(text) > 80 or text[-1:] in ".!?:;,":
        return False
    words = words_of(fold(text))
    if words and words[-1].isdigit():
        words = words[:-1]
    if len(words) not in _IMAGE_LABEL_WORDS or words[-1] not in phrases("captions", "image_labels"):
        return False
    # A lone letter is a possessive's "s", not a function word.
    return not any(len(word) > 1 and word in stop_words for word in words)


@lru_cache(maxsize=16384)
def credit(text: str) -> bool:
    """Whether a block carries a photo credit (and so is a caption or a credit line)."""
    if len(text) > _MAX_CAPTION:
        return False
    for clues, pattern in _patterns():
        if (not clues or any(map(text.__contains__, clues))) and pattern.search(text):
            # "Getty Images said it had removed the photograph": a label opens a sentence
            # that reports, as its subject.
            return pattern is not _leading_label() or not reports(fold(text))
    return False


def apply(doc: Document, options: Options) -> None:
    _address_stamps(doc, options)
    # Dropping a caption can make two copies of another one neighbours: repeat until settled,
    # so that the output holds no doubled text for a second run to find.
    while _mark(doc, options):
        pass


# "travelyesplease.com | What to Expect on Your First Trip", "Best taquitos ever.
# www.lillieeatsandtells.com": a line that a web address opens, before a separator, or closes
# after one, after a sentence or after "by". In a phrase ("Inbound Course via
# academy.hubspot.com") it is where the text points.
_ADDRESS = rf"(?:https?://)?(?:www\.)?(?P<address>{WEB_ADDRESS})/?"
_OPENED_BY_ADDRESS = re.compile(rf"^{_ADDRESS}\s*[|–—-]\s+\S")
_CLOSED_BY_ADDRESS = re.compile(rf"(?:[.!?]\s+|\s+by\s+|\s+[|–—·-]\s+){_ADDRESS}$")
_MAX_STAMPED_WORDS = 30
_MAX_STAMPED_CHARS = 300


def _address_stamps(doc: Document, options: Options) -> None:
    """Lines stamped with one web address, two or more of them: the site's name on its
    pictures' alt text ("travelyesplease.com | What to Expect ...") or on its links
    ("Wetterbericht warnt vor Leguanen | futurezone.at"). One alone may be where the article
    points the reader."""
    stamped: dict[str, list[Block]] = {}
    for block in doc.blocks:
        text = block.text
        # The patterns first, on the text as it is: they fail on most blocks at their first
        # word, or at the full stop that closes a sentence.
        if len(text) > _MAX_STAMPED_CHARS:
            continue
        found = _OPENED_BY_ADDRESS.match(text)
        if found is None and text[-1:].isalpha():
            found = _CLOSED_BY_ADDRESS.search(text)
        if (
            found is not None
            and block.kept
            and block.kind is not Kind.TITLE
            and len(text.split()) <= _MAX_STAMPED_WORDS
            and found["address"].rpartition(".")[2].lower() not in FILE_SUFFIXES
        ):
            stamped.setdefault(found["address"].casefold(), []).append(block)
    for blocks in stamped.values():
        if len(blocks) < 2:
            continue
        for block in blocks:
            block.kind = Kind.CAPTION
            if options.captions == "drop":
                block.remove(
                    NAME, "stamped with the site's address like others: alt text or a link"
                )


def _mark(doc: Document, options: Options) -> bool:
    kept = [b for b in doc.blocks if b.kept and b.kind is not Kind.TITLE]
    stop_words = document_stop_words(doc)
    changed = False
    for group in _caption_groups(kept, stop_words):
        credited = any(credit(b.text) for b in group)
        description = not credited and any(_describes_picture(b.text, stop_words) for b in group)
        is_caption = (
            credited
            or description
            or (_caption_sized(group) and not _heads_section(group, kept, doc))
            or group[0].kind is Kind.CAPTION
        )
        if is_caption:
            for block in group:
                block.kind = Kind.CAPTION
        if options.captions == "drop" and is_caption:
            reason = (
                "photo credit"
                if credited
                else "image description"
                if description and len(group) == 1
                else "doubled caption"
            )
            for block in group:
                block.remove(NAME, reason)
            changed = True
            continue
        longest = max(group, key=lambda b: len(b.text))
        for block in group:
            if block is not longest:
                reason = "repeat of a caption kept once" if is_caption else "repeated label"
                block.remove(NAME, reason)
                changed = True
    return changed


def _describes_picture(text: str, stop_words: frozenset[str]) -> bool:
    """An image's description or its alt text naming the kind of picture."""
    return described(text) or image_label(text, stop_words)


def _heads_section(group: list[Block], kept: list[Block], doc: Document) -> bool:
    """A question printed twice above a paragraph is the section's heading and its anchor
    ("What Benefits Can I Achieve Through Digital Marketing?"), not a picture's caption."""
    if not group[0].text.endswith("?"):
        return False
    last = next(i for i, block in enumerate(kept) if block is group[-1])
    return last + 1 < len(kept) and prose_of(doc, kept[last + 1]).is_prose


def _caption_sized(group: list[Block]) -> bool:
    """A text printed twice to the letter, long enough to describe a picture. A doubled name
    or label (a product in a comparison table, a heading printed twice) is kept once
    instead, and so is a text whose copies differ in case or punctuation ("Acme Cam 2K –
    Best camera" above "Acme Cam 2K - Best camera"): a heading and its picture's alt text,
    typed in two places, where one caption is printed twice from one."""
    if len({b.text for b in group}) > 1:
        return False
    return max(len(b.text.split()) for b in group) > _MAX_LABEL_WORDS


def _caption_groups(kept: list[Block], stop_words: frozenset[str]) -> list[list[Block]]:
    """Runs of blocks that are one caption: a credited block with its copies, or a doubled text."""
    groups: list[list[Block]] = []
    i = 0
    while i < len(kept):
        group = [kept[i]]
        while i + len(group) < len(kept) and _same_caption(group[-1], kept[i + len(group)]):
            group.append(kept[i + len(group)])
        credited = kept[i].kind is Kind.CAPTION or any(
            credit(b.text) or _describes_picture(b.text, stop_words) for b in group
        )
        # A short text twice at the very top is the headline, which the title filter takes.
        if credited or (len(group) > 1 and i > 0):
            groups.append(_below_heading(group))
        i += len(group)
    return groups


def _below_heading(group: list[Block]) -> list[Block]:
    """A text three times in a row without a credit is a heading above its picture's alt text
    and caption: the caption is the last two, and the heading is the article's."""
    same = len(group) == 3 and len({fold(b.text) for b in group}) == 1
    return group[1:] if same and not any(credit(b.text) for b in group) else group


def _same_caption(a: Block, b: Block) -> bool:
    """Alt text then caption: the same short text twice, or one a prefix of a credited other."""
    fa, fb = fold(a.text), fold(b.text)
    if not fa or not fb:
        return False
    if fa == fb:
        return len(fa.split()) <= _MAX_DOUBLED_WORDS
    shorter, longer = (fa, fb) if len(fa) < len(fb) else (fb, fa)
    return (
        len(shorter.split()) >= 4
        and longer.startswith(shorter)
        and (credit(a.text) or credit(b.text))
    )
