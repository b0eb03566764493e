"""Marker vocabularies, read from ``newsclean/data/*.toml``: phrases per language, per filter.

Filters match whole blocks against these phrases after folding case, punctuation and spacing,
so ``- Advertisement -``, ``ADVERTISEMENT`` and ``Advertisement:`` are one phrase.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from functools import cache, lru_cache
from importlib import resources

from .document import Block, Document, Kind

_NON_WORD = re.compile(r"[\W_]+")
# A prefix tree of phrases: each character leads to the tree of what may follow it; the empty
# key marks the end of a phrase.
_Tree = dict[str, "_Tree"]


@lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """Case-, punctuation- and space-insensitive form of a phrase or block (cached: every
    filter asks for the same blocks)."""
    return _NON_WORD.sub(" ", text.casefold()).strip()


@cache
def load(name: str) -> dict[str, dict[str, list[str]]]:
    """The tables of ``data/<name>.toml``: ``{table: {language: [phrase, ...]}}``."""
    raw = resources.files("newsclean").joinpath("data", f"{name}.toml").read_text("utf-8")
    return tomllib.loads(raw)


@cache
def phrases(name: str, table: str, extra: frozenset[str] = frozenset()) -> frozenset[str]:
    """All languages' phrases of one table, plus ``extra`` (from a config), folded, for exact
    whole-block lookup."""
    words = {p for words in load(name).get(table, {}).values() for p in words} | extra
    return frozenset(fold(p) for p in words)


@cache
def prefix_pattern(name: str, table: str) -> re.Pattern[str]:
    """One alternation of a table's folded phrases, matching at the start of a folded block."""
    return re.compile(rf"(?:{_alternation(name, table)})\b")


@cache
def contains_pattern(name: str, table: str) -> re.Pattern[str]:
    """One alternation of a table's folded phrases, matching anywhere in a folded block."""
    return re.compile(rf"\b(?:{_alternation(name, table)})\b")


def _alternation(name: str, table: str) -> str:
    """The table's phrases as one pattern that never stops short inside a longer phrase."""
    return trie_pattern(phrases(name, table)) or "(?!x)x"


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


def short_blocks(doc: Document, max_words: int) -> Iterator[tuple[Block, str, list[str]]]:
    """The kept blocks other than the title with at most ``max_words`` words, each with its
    folded text and words: what the phrase filters look at."""
    for block in doc.blocks:
        if block.kept and block.kind is not Kind.TITLE:
            folded, count = _folded_count(block.text)
            if count <= max_words:
                yield block, folded, folded.split()


@lru_cache(maxsize=8192)
def _folded_count(text: str) -> tuple[str, int]:
    """A block's folded text and its number of words (one space between each, once folded):
    long paragraphs are never split into words for the phrase filters."""
    folded = fold(text)
    return folded, folded.count(" ") + 1 if folded else 0
