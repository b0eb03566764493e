"""How much a block reads like running prose: its length, its stop words, its sentence ends.

Article text is made of sentences full of function words ("the", "der", "de", "w"); menus,
buttons, product specs and tag lists are not. The share of stop words in a block, with its
length, separates the two in any language that has spaces between words (the idea behind
jusText). Chinese and Japanese have no spaces: there, length and full stops decide.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache, lru_cache
from typing import NamedTuple

from .document import Block, Document
from .vocab import DATA, phrase_finder

_WORD = re.compile(r"\w+")
# Kana, CJK ideographs and Hangul; a text whose highest character is below the first of them
# (any Latin, Cyrillic or Greek text) holds none, and is not scanned for them.
_CJK_RANGES = r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]"
_FIRST_CJK = "\u3040"
_SENTENCE_END = re.compile(r"[.!?…。！？][\"'”’»)\]]*$")
# Long blocks the language is judged on, spread over the document: a page that opens with a
# few lines in another language (an English server warning above a German article) is still
# judged by its article, and a long article costs no more than a short one.
_LANGUAGE_SAMPLE = 20
_DIGIT = re.compile(r"\d")
_SENTENCE_INSIDE = re.compile(r"\w[.!?。！？][\"'”’»)]?\s+\S")


class Prose(NamedTuple):
    """What the filters need to know about one block's text."""

    chars: int
    words: int
    stop_ratio: float
    sentence: bool
    digits: bool

    @property
    def is_prose(self) -> bool:
        """Reads like a paragraph of an article."""
        return self.sentence and self.chars >= 60 and self.stop_ratio >= 0.2


@cache
def _cjk() -> re.Pattern[str]:
    """Compiled on the first text that may need it: compiling walks every code point of the
    ranges, which costs a one-article run milliseconds."""
    return re.compile(_CJK_RANGES)


@cache
def _stop_words() -> dict[str, frozenset[str]]:
    folder = DATA / "stopwords"
    lists = {}
    for entry in folder.iterdir():
        if entry.name.endswith(".txt"):
            # One casefold per file, not per word: it maps no character to or from a space.
            words = entry.read_text("utf-8").casefold().split()
            lists[entry.name.removesuffix(".txt")] = frozenset(words)
    return lists


@cache
def _any_stop_word() -> frozenset[str]:
    """The stop words of all the languages together: the texts' words are narrowed to these
    once, so that each language is intersected with a few dozen words, not hundreds."""
    return frozenset().union(*_stop_words().values())


def stop_words_for(texts: list[str]) -> frozenset[str]:
    """The stop-word list of the language whose stop words the texts use most. Of languages
    used as much, the one whose first stop word comes earliest in the texts wins, then the
    list read first."""
    # One pass over all the texts: a line break joins no two words.
    words = Counter(_WORD.findall("\n".join(texts).casefold()))
    first = {word: i for i, word in enumerate(words)}
    present = _any_stop_word().intersection(words)
    chosen: frozenset[str] = frozenset()
    best: tuple[int, int, int] | None = None
    # One set intersection per language, not an index of every stop word of every language:
    # building that index cost more than cleaning a short article.
    for rank, stops in enumerate(_stop_words().values()):
        shared = stops & present
        if shared:
            score = (sum(words[w] for w in shared), -min(first[w] for w in shared), -rank)
            if best is None or score > best:
                chosen, best = stops, score
    return chosen


def document_stop_words(doc: Document) -> frozenset[str]:
    """The document's stop words, judged on a sample of its longer blocks (which cleaning
    keeps, so that a second run sees the same language) and remembered on the document."""
    if doc.stop_words is None:
        texts = [b.text for b in doc.blocks if b.text.count(" ") >= 9]
        texts = texts[:: len(texts) // _LANGUAGE_SAMPLE + 1]
        doc.stop_words = stop_words_for(texts or [b.text for b in doc.blocks])
    return doc.stop_words


def reports(folded: str) -> bool:
    """Whether a folded block reports what someone said ("..., the company said", "laut
    ..."): a prompt's or a notice's cue in such a sentence is the article's."""
    return phrase_finder("prose", "reported").search(folded) is not None


def addresses_reader(folded: str) -> bool:
    """Whether a folded block speaks to the reader or for the site ("your", "our", "bitte")."""
    return phrase_finder("prose", "address").search(folded) is not None


def ends_sentence(text: str) -> bool:
    """Ends the way a sentence does: a line with "Dr." inside it is no sentence by this."""
    return _SENTENCE_END.search(text) is not None


def prose_of(doc: Document, block: Block) -> Prose:
    return measure(block.text, document_stop_words(doc))


@lru_cache(maxsize=16384)
def measure(text: str, stop_words: frozenset[str]) -> Prose:
    chars = len(text)
    sentence = bool(_SENTENCE_END.search(text) or _SENTENCE_INSIDE.search(text))
    digits = _DIGIT.search(text) is not None
    cjk = len(_cjk().findall(text)) if text and max(text) >= _FIRST_CJK else 0
    if cjk > chars // 3:
        # No spaces to count words by: a character is about half a word, and a sentence in
        # these scripts is prose as long as it is not a fragment.
        return Prose(chars * 2, cjk // 2, 0.3 if sentence else 0.0, sentence, digits)
    words = _WORD.findall(text.casefold())
    stops = sum(map(stop_words.__contains__, words))
    return Prose(chars, len(words), stops / len(words) if words else 0.0, sentence, digits)
