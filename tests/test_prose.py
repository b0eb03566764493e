"""How prose is told from menus and buttons, and how a document's language is judged."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from newsclean.document import Block, Document
from newsclean.prose import (
    _stop_words,
    addresses_reader,
    document_stop_words,
    measure,
    prose_of,
    reports,
    stop_words_for,
)
from newsclean.vocab import fold

GERMAN = "Der Rat hat am Montag den Haushalt für das Jahr mit großer Mehrheit beschlossen."
ENGLISH = "Warning: the cache could not be written and will be built on the next request."


def test_a_document_is_judged_by_its_article_not_its_first_lines() -> None:
    doc = Document([Block(ENGLISH) for _ in range(3)] + [Block(GERMAN) for _ in range(80)])
    assert document_stop_words(doc) == stop_words_for([GERMAN])
    assert stop_words_for([GERMAN]) != stop_words_for([ENGLISH])


def _most_used_stop_words(texts: list[str]) -> frozenset[str]:
    """The rule of stop_words_for, spelt out over every list: most uses, then the earliest
    first use, then the list read first."""
    words = re.findall(r"\w+", " ".join(texts).casefold())
    counts, first = Counter(words), {word: i for i, word in reversed(list(enumerate(words)))}
    scored = []
    for rank, stops in enumerate(_stop_words().values()):
        shared = [w for w in counts if w in stops]
        if shared:
            scored.append((sum(counts[w] for w in shared), -min(first[w] for w in shared), -rank))
    if not scored:
        return frozenset()
    return list(_stop_words().values())[-max(scored)[2]]


@pytest.mark.parametrize(
    "texts",
    [
        [GERMAN],
        [ENGLISH],
        [GERMAN, ENGLISH],
        ["El gobierno aprobó el lunes el presupuesto para el año que viene."],
        ["Le conseil a adopté lundi le budget de la ville pour l'année prochaine."],
        ["a de la"],
        ["Xyzzy 2024 qwerty"],
    ],
)
def test_the_language_is_the_one_whose_stop_words_are_used_most(texts: list[str]) -> None:
    assert stop_words_for(texts) == _most_used_stop_words(texts)


def test_the_language_is_judged_once_and_remembered() -> None:
    doc = Document([Block(GERMAN)])
    first = document_stop_words(doc)
    doc.blocks.append(Block(ENGLISH))
    assert document_stop_words(doc) is first


def test_a_sentence_is_prose_and_a_menu_line_is_not() -> None:
    doc = Document([Block(GERMAN), Block("Politik Wirtschaft Sport Kultur")])
    assert prose_of(doc, doc.blocks[0]).is_prose
    assert not prose_of(doc, doc.blocks[1]).is_prose


def test_chinese_without_spaces_is_measured_by_characters() -> None:
    sentence = "市议会周一以压倒性多数通过了明年的预算，并决定修建一座新的图书馆。"
    measured = measure(sentence, frozenset())
    assert measured.sentence
    assert measured.is_prose


@pytest.mark.parametrize(
    ("text", "reported"),
    [
        ("The company said its newsletter reached two million readers.", True),
        ("Laut Polizei war der Fahrer betrunken.", True),
        ("Selon le maire, la route restera fermée.", True),
        ("Sign up for our newsletter", False),
        ("Stay informed with our daily briefing.", False),
    ],
)
def test_a_sentence_that_reports_says_so(text: str, reported: bool) -> None:
    assert reports(fold(text)) is reported


@pytest.mark.parametrize(
    ("text", "addressed"),
    [
        ("Grow your website with our weekly newsletter", True),
        ("Weitere Informationen finden Sie in unserer Datenschutzerklärung.", True),
        ("Its daily newsletter was sent to 40,000 people.", False),
    ],
)
def test_a_site_s_words_to_its_reader_are_found(text: str, addressed: bool) -> None:
    assert addresses_reader(fold(text)) is addressed
