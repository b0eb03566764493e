"""How much a block reads like running prose: its length, its stop words, its sentence ends.

Article text is made of sentences full of function words ("the", "der", "de", "w"); menus,
buttons, product specs and tag lists are not. The share of stop words in a block, with its
length, separates the two in any language that has spaces between words (the idea behind
jusText). Chinese and Japanese have no spaces: there, length and full stops decide.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from .document import Block, Document

_WORD = re.compile(r"\w+")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
_SENTENCE_END = re.compile(r"[.!?…。！？][\"'”’»)\]]*$")
_LANGUAGE_SAMPLE = 200
_DIGIT = re.compile(r"\d")
_SENTENCE_INSIDE = re.compile(r"\w[.!?。！？][\"'”’»)]?\s+\S")


@dataclass(frozen=True, slots=True)
class Prose:
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
def _stop_words() -> dict[str, frozenset[str]]:
    folder = resources.files("newsclean").joinpath("data", "stopwords")
    lists = {}
    for entry in folder.iterdir():
        if entry.name.endswith(".txt"):
            words = entry.read_text("utf-8").split()
            lists[entry.name.removesuffix(".txt")] = frozenset(w.casefold() for w in words)
    return lists


@cache
def _language_of_word() -> dict[str, tuple[str, ...]]:
    languages: dict[str, list[str]] = {}
    for language, words in _stop_words().items():
        for word in words:
            languages.setdefault(word, []).append(language)
    return {word: tuple(langs) for word, langs in languages.items()}


def stop_words_for(texts: list[str]) -> frozenset[str]:
    """The stop-word list of the language whose stop words the texts use most."""
    by_word = _language_of_word()
    # One pass over all the texts: a line break joins no two words.
    words = Counter(_WORD.findall("\n".join(texts).casefold()))
    counts: Counter[str] = Counter()
    for word, count in words.items():
        for language in by_word.get(word, ()):
            counts[language] += count
    if not counts:
        return frozenset()
    return _stop_words()[counts.most_common(1)[0][0]]


def document_stop_words(doc: Document) -> frozenset[str]:
    """The document's stop words, judged on its longer blocks (which cleaning keeps, so that
    a second run sees the same language) and remembered on the document."""
    if doc.stop_words is None:
        texts = [b.text for b in doc.blocks if b.text.count(" ") >= 9][:_LANGUAGE_SAMPLE]
        doc.stop_words = stop_words_for(texts or [b.text for b in doc.blocks])
    return doc.stop_words


def prose_of(doc: Document, block: Block) -> Prose:
    return measure(block.text, document_stop_words(doc))


@lru_cache(maxsize=16384)
def measure(text: str, stop_words: frozenset[str]) -> Prose:
    chars = len(text)
    sentence = bool(_SENTENCE_END.search(text) or _SENTENCE_INSIDE.search(text))
    digits = _DIGIT.search(text) is not None
    cjk = len(_CJK.findall(text))
    if cjk > chars // 3:
        # No spaces to count words by: a character is about half a word, and a sentence in
        # these scripts is prose as long as it is not a fragment.
        return Prose(chars * 2, cjk // 2, 0.3 if sentence else 0.0, sentence, digits)
    words = _WORD.findall(text.casefold())
    stops = sum(map(stop_words.__contains__, words))
    return Prose(chars, len(words), stops / len(words) if words else 0.0, sentence, digits)
