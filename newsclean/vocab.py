"""Marker vocabularies, read from ``newsclean/data/*.toml``: phrases per language, per filter.

Filters match whole blocks against these phrases after folding case, punctuation and spacing,
so ``- Advertisement -``, ``ADVERTISEMENT`` and ``Advertisement:`` are one phrase.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from functools import cache, lru_cache
from pathlib import Path

from .document import Block, Document, Kind

_NON_WORD = re.compile(r"[\W_]+")
# A site's address as pages print it: "nationnews.com", "academy.hubspot.com", "Newegg.com".
WEB_ADDRESS = r"[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,6}"
# What ends a file's name rather than an address: "Pin the versions - requirements.txt".
FILE_SUFFIXES = frozenset(
    "txt md py js ts json html htm php pdf jpg jpeg png gif svg csv xml yml yaml toml ini cfg "
    "sh exe zip gz css".split()
)
# The package's data files, beside its modules (as setuptools installs them): read directly,
# without importlib.resources and the zip support it loads.
DATA = Path(__file__).parent / "data"


@lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """Case-, punctuation- and space-insensitive form of a phrase or block (cached: every
    filter asks for the same blocks)."""
    return _fold(text)


def _fold(text: str) -> str:
    return _NON_WORD.sub(" ", text.casefold()).strip()


@lru_cache(maxsize=2048)
def words_of(folded: str) -> tuple[str, ...]:
    """The words of a short folded text, split once for all the filters and sweeps that ask.
    Each word is an object of its own: the cache holds one page's short blocks, not 8192
    blocks' words (13 MB more for a JSON Lines stream), and paragraphs' words not at all."""
    return tuple(folded.split())


@cache
def load(name: str) -> dict[str, dict[str, list[str]]]:
    """The tables of ``data/<name>.toml``: ``{table: {language: [phrase, ...]}}``.

    A language's phrases are one multi-line string, a phrase a line (``#`` starts a comment
    line): TOML reads such a string in one step, while an array of 3000 quoted strings took
    most of a short article's start-up to parse.
    """
    raw = tomllib.loads((DATA / f"{name}.toml").read_text("utf-8"))
    return {
        table: {language: _phrase_lines(text) for language, text in languages.items()}
        for table, languages in raw.items()
    }


def _phrase_lines(text: str) -> list[str]:
    lines = (line.strip() for line in text.splitlines())
    return [line for line in lines if line and not line.startswith("#")]


@cache
def phrases(name: str, table: str, extra: frozenset[str] = frozenset()) -> frozenset[str]:
    """All languages' phrases of one table, plus ``extra`` (from a config), folded, for exact
    whole-block lookup."""
    words = {p for words in load(name).get(table, {}).values() for p in words} | extra
    # Each phrase is folded once: uncached, so that the vocabularies leave the cache to blocks.
    return frozenset(_fold(p) for p in words)


class Phrases:
    """A table's folded phrases, found on the word boundaries of a folded block.

    Gives what the regular expression ``\\b(?:phrase|...)\\b`` over the folded block would,
    longest phrase first: a folded text is words joined by single spaces, so a phrase on word
    boundaries is a run of whole words, found by looking words up. Nothing to compile, and
    one dictionary lookup a word where the expression tried every phrase at every word.
    """

    def __init__(self, folded: frozenset[str]) -> None:
        counts: dict[str, set[int]] = {}
        ending: dict[str, list[str]] = {}
        # A phrase of punctuation alone folds to nothing: it marks no block.
        self._phrases = folded - {""}
        for phrase in self._phrases:
            words = phrase.split(" ")
            counts.setdefault(words[0], set()).add(len(words))
            if len(words) > 1:
                ending.setdefault(words[-1], []).append(phrase + " ")
        # First word -> the phrases' lengths in words, longest first.
        self._lengths = {word: sorted(n, reverse=True) for word, n in counts.items()}
        # For ends_in and ends_with: one-word phrases, and the longer ones by their last word.
        self._single = tuple(phrase + " " for phrase in self._phrases if " " not in phrase)
        self._ending = ending
        # A block holds a phrase only if it holds the phrase's longest word: rarer than the
        # first ("to", "the", "is" start many phrases), it rules out most blocks at once.
        self._longest_words = frozenset(max(p.split(" "), key=len) for p in self._phrases)

    def _at(self, words: tuple[str, ...], start: int) -> str | None:
        """The longest phrase that the words from ``start`` on begin with."""
        for count in self._lengths.get(words[start], ()):
            if start + count <= len(words):
                candidate = " ".join(words[start : start + count])
                if candidate in self._phrases:
                    return candidate
        return None

    def may_hold(self, folded: str) -> bool:
        """Whether the folded text has the words a phrase needs: when not, no text made of
        some of its words holds one either (``findall`` on what is left of it finds none)."""
        return not self._rules_out(words_of(folded))

    def _rules_out(self, words: tuple[str, ...]) -> bool:
        """No phrase's longest word among ``words``: most blocks, at once."""
        return self._longest_words.isdisjoint(words)

    def match(self, folded: str) -> str | None:
        """The longest phrase the folded text starts with."""
        if folded.partition(" ")[0] not in self._lengths:
            return None  # most blocks, and without splitting a long paragraph
        return self._at(words_of(folded), 0)

    def search(self, folded: str) -> str | None:
        """The first phrase in the folded text (the longest of those starting there)."""
        words = words_of(folded)
        if self._rules_out(words):
            return None
        for start, word in enumerate(words):
            if word in self._lengths and (found := self._at(words, start)) is not None:
                return found
        return None

    def findall(self, folded: str) -> list[str]:
        """The phrases in the folded text, from left to right, none overlapping another."""
        words = words_of(folded)
        found: list[str] = []
        if self._rules_out(words):
            return found
        # Only words that start a phrase are tried, and none inside a phrase already found.
        free_from = 0
        for start, word in enumerate(words):
            if start >= free_from and word in self._lengths:
                phrase = self._at(words, start)
                if phrase is not None:
                    found.append(phrase)
                    free_from = start + phrase.count(" ") + 1
        return found

    def ends_with(self, folded: str) -> bool:
        """Whether the folded text ends with a phrase, wherever the phrase's first word
        starts (``5min read`` ends with ``min read``)."""
        padded = folded + " "
        ending = self._ending.get(folded.rpartition(" ")[2], ())
        return any(map(padded.endswith, ending)) or any(map(padded.endswith, self._single))

    def ends_in(self, folded: str) -> bool:
        """Whether a phrase ends on a word boundary of the folded text, wherever it starts
        (``5min read`` holds ``min read``)."""
        padded = folded + " "
        if any(phrase in padded for phrase in self._single):
            return True
        # A longer phrase ends in a whole word of the text: only those are looked for.
        last_words = self._ending.keys() & folded.split(" ")
        return any(phrase in padded for word in last_words for phrase in self._ending[word])


@cache
def phrase_finder(name: str, table: str) -> Phrases:
    """A table's folded phrases, to find at the start of a folded block (``match``), in it
    (``search``, ``findall``), ending on one of its words (``ends_in``) or at its end
    (``ends_with``)."""
    return Phrases(phrases(name, table))


# A prefix tree of phrases: each character leads to the tree of what may follow it; the empty
# key marks the end of a phrase.
_Tree = dict[str, "_Tree"]


def trie_pattern(words: frozenset[str] | set[str]) -> str:
    """An alternation of ``words`` as a prefix tree: ``sign (?:in|up)`` for ``sign in|sign up``.

    It matches what the plain alternation of the words, longest first, matches: at a position
    the deepest word that fits is tried first, then shorter ones (a word is followed by an
    optional continuation, tried greedily). The regex engine reads each character once per
    position instead of once per phrase: a table of hundreds of phrases scans several times
    faster.
    """
    tree: _Tree = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here
    return _branches(tree)


def _branches(node: _Tree) -> str:
    parts = [re.escape(char) + _branches(node[char]) for char in sorted(node) if char]
    if not parts:
        return ""
    if len(parts) == 1 and "" not in node:
        return parts[0]
    return f"(?:{'|'.join(parts)})" + ("?" if "" in node else "")


@cache
def label_pattern(name: str, table: str) -> re.Pattern[str]:
    """A table's phrases as labels at the start of raw text, any case and punctuation between
    words: ``lea mas`` matches ``Lea más:`` and ``LEA MÁS -``. Group ``rest`` is what follows."""
    words = sorted(phrases(name, table), key=len, reverse=True)
    alternation = "|".join(r"[\W_]+".join(map(re.escape, w.split())) for w in words if w)
    return re.compile(
        rf"^[\W_]*(?P<label>{alternation or '(?!x)x'})(?![\w])[^\w(]*(?P<rest>.*)$",
        re.IGNORECASE | re.DOTALL,
    )


def short_blocks(doc: Document, max_words: int) -> Iterator[tuple[Block, str, tuple[str, ...]]]:
    """The kept blocks other than the title with at most ``max_words`` words, each with its
    folded text and words: what the phrase filters look at."""
    for block in doc.blocks:
        if block.kept and block.kind is not Kind.TITLE:
            folded = fold(block.text)
            # Counted before splitting: only short blocks' words are split and kept.
            if folded.count(" ") < max_words:
                yield block, folded, words_of(folded)
