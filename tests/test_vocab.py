"""The phrase tables as prefix-tree patterns match what a plain longest-first alternation does."""

from __future__ import annotations

import re
from importlib import resources
from itertools import pairwise

from hypothesis import given
from hypothesis import strategies as st

from newsclean.vocab import load, phrases, trie_pattern


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
