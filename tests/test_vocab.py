"""Phrases finds in folded text what one regular expression of the phrases would find, and
prefix-tree patterns match what a plain longest-first alternation does."""

from __future__ import annotations

import re
from importlib import resources
from itertools import pairwise

from hypothesis import given
from hypothesis import strategies as st

from newsclean.vocab import (
    Phrases,
    _phrase_lines,
    fold,
    load,
    phrase_finder,
    phrases,
    trie_pattern,
)

# Phrases that share first words, nest in one another ("min read" in "5 min read") and
# end inside other words ("read" in "reread"), over a few words that make up the texts.
PHRASES = frozenset(
    {"min read", "5 min read", "read", "read more", "sign up", "sign up for our newsletter"}
)
WORDS = ["min", "read", "more", "sign", "up", "for", "our", "newsletter", "5", "5min", "reread"]


def alternation(phrases: frozenset[str]) -> str:
    return "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))


CONTAINS = re.compile(rf"\b(?:{alternation(PHRASES)})\b")
PREFIX = re.compile(rf"(?:{alternation(PHRASES)})\b")
SUFFIX = re.compile(rf"(?:{alternation(PHRASES)})$")

folded_texts = st.lists(st.sampled_from(WORDS), max_size=12).map(" ".join)


@given(folded_texts)
def test_the_same_phrases_as_the_regular_expression(text: str) -> None:
    phrases = Phrases(PHRASES)
    found = CONTAINS.search(text)
    at_start = PREFIX.match(text)
    assert phrases.search(text) == (found.group(0) if found else None)
    assert phrases.findall(text) == CONTAINS.findall(text)
    assert phrases.match(text) == (at_start.group(0) if at_start else None)
    assert phrases.ends_in(text) == (PREFIX.search(text) is not None)
    assert phrases.ends_with(text) == (SUFFIX.search(text) is not None)


@given(folded_texts, st.sets(st.integers(min_value=0, max_value=11)))
def test_a_text_that_may_not_hold_a_phrase_holds_none_once_words_are_dropped(
    text: str, dropped: set[int]
) -> None:
    phrases = Phrases(PHRASES)
    rest = " ".join(w for i, w in enumerate(text.split()) if i not in dropped)
    if not phrases.may_hold(text):
        assert phrases.findall(text) == [] and phrases.findall(rest) == []


def test_may_hold_rules_out_a_text_without_the_words_of_any_phrase() -> None:
    phrases = Phrases(PHRASES)
    assert not phrases.may_hold("for our up")
    assert phrases.may_hold("sign up for our newsletter")


def test_a_phrase_may_start_inside_a_word_only_for_ends_in() -> None:
    phrases = Phrases(PHRASES)
    assert phrases.ends_in("5min read") and phrases.search("5min read") == "read"
    assert phrases.search("reread it") is None and phrases.ends_in("reread it")
    assert phrases.ends_with("5min read") and not phrases.ends_with("reread it")


def test_a_real_table_finds_the_longest_phrase_of_a_block() -> None:
    prompt = phrase_finder("newsletter", "prompt")
    text = fold("Sign up for our newsletter: the best stories, delivered to your inbox.")
    assert prompt.search(text) == "sign up for our newsletter"
    assert prompt.findall(text) == ["sign up for our newsletter", "delivered to your inbox"]
    assert prompt.search(fold("The council met on Tuesday.")) is None


def plain(words: set[str] | frozenset[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def test_trie_groups_shared_prefixes() -> None:
    assert trie_pattern({"sign in", "sign up", "sign", "news", "newsletter"}) == (
        r"(?:news(?:letter)?|sign(?:\ (?:in|up))?)"
    )


def test_longest_phrase_wins_and_a_shorter_one_is_tried_when_it_cannot_end() -> None:
    pattern = re.compile(rf"\b(?:{trie_pattern({'sign', 'sign up', 'sign up now'})})\b")
    assert pattern.findall("sign up now and sign up today, or sign upstairs") == [
        "sign up now",
        "sign up",
        "sign",
    ]


def table_names() -> list[tuple[str, str]]:
    folder = resources.files("newsclean").joinpath("data")
    names = [e.name.removesuffix(".toml") for e in folder.iterdir() if e.name.endswith(".toml")]
    return [(name, table) for name in sorted(names) for table in load(name)]


def test_every_table_matches_its_phrases_as_the_plain_alternation_does() -> None:
    tables = table_names()
    assert len(tables) > 20
    for name, table in tables:
        words = phrases(name, table)
        tree = re.compile(rf"\b(?:{trie_pattern(words)})\b")
        flat = re.compile(rf"\b(?:{plain(words)})\b")
        texts = [*words, *(f"x {w} {v} y" for w, v in pairwise(sorted(words)))]
        for text in texts:
            assert tree.findall(text) == flat.findall(text), (name, table, text)


@given(
    st.sets(st.text("abn ", min_size=1, max_size=6), min_size=1, max_size=12),
    st.text("abn .", max_size=40),
)
def test_same_matches_as_the_plain_alternation(words: set[str], text: str) -> None:
    for template in (r"\b(?:{})\b", r"(?:{})", r"^(?:{})(?!\w)"):
        tree = re.compile(template.format(trie_pattern(words)))
        flat = re.compile(template.format(plain(words)))
        assert [m.span() for m in tree.finditer(text)] == [m.span() for m in flat.finditer(text)]


def test_a_vocabulary_lists_one_phrase_a_line_without_blanks_or_comments() -> None:
    assert _phrase_lines("\n  sign up now \n# a note for editors\n\nshare\n") == [
        "sign up now",
        "share",
    ]


def test_every_table_holds_phrases_by_language() -> None:
    # Stripping and dropping blanks is _phrase_lines' (tested above); an empty block is not.
    for name, table in table_names():
        for language, words in load(name)[table].items():
            assert words, (name, table, language)
