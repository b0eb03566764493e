"""Phrases finds in folded text what one regular expression of the phrases would find."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from newsclean.vocab import Phrases, contains_pattern, fold

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


def test_a_phrase_may_start_inside_a_word_only_for_ends_in() -> None:
    phrases = Phrases(PHRASES)
    assert phrases.ends_in("5min read") and phrases.search("5min read") == "read"
    assert phrases.search("reread it") is None and phrases.ends_in("reread it")


def test_a_real_table_finds_the_longest_phrase_of_a_block() -> None:
    prompt = contains_pattern("newsletter", "prompt")
    text = fold("Sign up for our newsletter: the best stories, delivered to your inbox.")
    assert prompt.search(text) == "sign up for our newsletter"
    assert prompt.findall(text) == ["sign up for our newsletter", "delivered to your inbox"]
    assert prompt.search(fold("The council met on Tuesday.")) is None
