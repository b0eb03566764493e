"""Copyright and imprint lines: ``© 2024 Example Media. All rights reserved.``, ``Impressum``,
and disclaimers (``This article is for informational purposes only and does not constitute
legal advice.``).

A sentence about a copyright case is article text: a line counts only when it is short and
carries the copyright sign or year, a reserved-rights formula, or is itself a legal link. A
disclaimer says what the text is for ("for informational purposes only") and what it is not
(no advice, no warranty); an article may warn that an app should not be used to diagnose and
that readers should consult a doctor, but never says what it is for. An investment firm's
risk disclosure, or a blog's note on whose views it holds, says two of its formulas in one
block ("subject to risk", "possible loss of principal"; "views expressed", "do not
necessarily reflect").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..document import Document, Kind
from ..options import Options
from ..prose import addresses_reader, ends_sentence, prose_of, reports
from ..vocab import fold, phrase_finder, phrases, short_blocks

NAME = "legal"
DESCRIPTION = "copyright notices, reserved-rights lines, imprint links and disclaimers"

_MAX_WORDS = 40
_MAX_DISCLAIMER_WORDS = 150
_SENTENCE_WORDS = 5
# "© 2024 ...", "(c) 2024", "Copyright 2019 ...": a sign or a year, not the word alone
# ("Copyright Complexity in a Fragmented World" is a heading).
_COPYRIGHT = re.compile(
    r"©|\(c\)\s*\d{4}|^\W*copyright\W+(?:\(c\)\W*)?(?:19|20)\d{2}\b", re.IGNORECASE
)

_TOPICS = frozenset({"copyright"})
_ADDRESS = re.compile(r"https?://|www\.|\bdoi\b", re.IGNORECASE)


# Formulas that only a notice uses, however long the notice: "All rights reserved",
# "... is licensed under a Creative Commons Attribution 4.0 License".
_LONG_NOTICE_CUES = (
    "reserv",
    "licensed under",
    "available under",
    "steht unter einer",
    "stehen unter einer",
    "unter einer creative",
)
# A licence's full code, down to its version, is a notice's: "unter der Lizenz
# CC-BY-NC-ND-4.0-DE" (an article about licences names "CC BY" without the version).
_LICENCE_CODE = re.compile(r"\bCC[- ]BY(?:[- ](?:SA|NC|ND))*[- ]\d\.\d")


def apply(doc: Document, options: Options) -> None:
    # One pass: a block up to a disclaimer's length is read for a notice when it is short
    # enough to be one, and for a disclaimer when it is not a notice.
    topics: dict[str, bool] = {}

    def discussed(word: str) -> bool:
        return _discussed(doc, word, topics)

    for block, folded, words in short_blocks(doc, _MAX_DISCLAIMER_WORDS):
        notice = _notice(block.text, folded, words, discussed) if len(words) <= _MAX_WORDS else None
        if notice:
            block.remove(NAME, notice)
        elif _disclaimer(folded) or _formulas(folded, "views_disclaimer"):
            block.remove(NAME, "disclaimer")
        elif _formulas(folded, "risk_disclosure"):
            block.remove(NAME, _RISK)
    _disclosure_beside(doc)


_RISK = "investment risk disclosure"


def _disclosure_beside(doc: Document) -> None:
    """A block that says one of a risk disclosure's formulas, next to a block removed as one,
    is the same disclosure's next paragraph ("Investments in Target Retirement Funds are
    subject to the risks of their underlying funds. ..."): an article that says one stands
    between paragraphs that say none. Only pages with a disclosure are looked at again."""
    blocks = [b for b in doc.blocks if b.kind is not Kind.TITLE]
    found = phrase_finder("legal", "risk_disclosure")
    pending = [i for i, block in enumerate(blocks) if block.reason == _RISK]
    while pending:
        i = pending.pop()
        for j in (i - 1, i + 1):
            if not 0 <= j < len(blocks) or not blocks[j].kept:
                continue
            folded = fold(blocks[j].text)
            if folded.count(" ") < _MAX_DISCLAIMER_WORDS and found.search(folded):
                blocks[j].remove(NAME, _RISK)
                pending.append(j)


def _discussed(doc: Document, word: str, topics: dict[str, bool]) -> bool:
    """Whether the article's paragraphs use ``word``: then a heading with it is on the topic
    ("Copyright Complexity in a Fragmented World" above a paragraph on copyright law). A
    paragraph is longer than any notice, and reads as prose."""
    if word not in topics:
        topics[word] = any(
            f" {word} " in f" {fold(b.text)} "
            for b in doc.blocks
            if b.kept and len(b.text.split()) > _MAX_WORDS and prose_of(doc, b).is_prose
        )
    return topics[word]


def _formulas(folded: str, table: str) -> bool:
    """Whether a block says two of a notice's formulas: one alone may be an article's."""
    return len(set(phrase_finder("legal", table).findall(folded))) >= 2


def _notice(
    text: str, folded: str, words: tuple[str, ...], discussed: Callable[[str], bool]
) -> str | None:
    """Why a short block is a copyright, licence or imprint line, or None. ``discussed``
    tells whether the article's paragraphs use a word."""
    if len(words) <= 4 and folded in phrases("legal", "exact"):
        return "imprint or legal link"
    if _COPYRIGHT.search(text):
        return "copyright notice"
    if _LICENCE_CODE.search(text):
        return "licence notice"
    if phrase_finder("legal", "citation_label").match(folded) and _ADDRESS.search(text):
        # A label, then the reference itself, down to the page's address.
        return "how to cite the page"
    match = phrase_finder("legal", "contains").search(folded)
    if match and (len(words) <= 12 or any(cue in match for cue in _LONG_NOTICE_CUES)):
        # "Her lawyer said the privacy policy had been changed": a report on a notice; a
        # line with a word the article is about (news covers copyright, while "all rights
        # reserved" is a page's); "Die Datenschutzerklärung der App wurde beanstandet.": a
        # sentence that names the page without the site's words to its reader.
        if (
            reports(folded)
            or (match in _TOPICS and discussed(match))
            or (
                match in phrases("legal", "named")
                and len(words) >= _SENTENCE_WORDS
                and ends_sentence(text)
                and not addresses_reader(folded)
            )
        ):
            return None
        return f"legal notice ({match!r})"
    return None


def _disclaimer(folded: str) -> bool:
    """What the text is for ("for informational purposes only") and what it is not (no
    advice, no warranty), or a "Disclaimer:" label and either."""
    purpose = phrase_finder("legal", "disclaimer_purpose").search(folded)
    label = phrase_finder("legal", "disclaimer_label").match(folded)
    if not (purpose or label):
        return False
    said = phrase_finder("legal", "disclaimer").search(folded)
    return bool(said) or bool(purpose and label)
