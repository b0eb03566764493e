from __future__ import annotations

from pathlib import Path

import pytest

import newsclean
from newsclean.learn import BoilerplateCounter

FOOTER = "Get the Daily Coast app for your phone"


def _article(n: int) -> str:
    return (
        f"Story number {n}\n\nThe council met on day {n} and voted on plan {n} after a long "
        f"debate about the budget.\n\n{FOOTER}\n\n3"
    )


def test_blocks_shared_by_many_documents_are_learned() -> None:
    counter = BoilerplateCounter()
    for n in range(20):
        counter.add(_article(n))
    assert counter.common() == frozenset({"get the daily coast app for your phone"})


def test_learned_blocks_are_removed_with_their_reason() -> None:
    counter = BoilerplateCounter()
    for n in range(20):
        counter.add(_article(n))
    result = newsclean.clean_document(_article(99), boilerplate=counter.common())
    removed = [(b.removed_by, b.reason) for b in result.document.blocks if b.text == FOOTER]
    assert removed == [("repeated", "repeats across many documents of the batch")]
    assert "The council met on day 99" in result.markdown


def test_too_few_documents_learn_nothing() -> None:
    counter = BoilerplateCounter()
    counter.add(_article(1))
    counter.add(_article(2))
    assert counter.common() == frozenset()


def test_profile_round_trip_and_merge(tmp_path: Path) -> None:
    first = BoilerplateCounter()
    for n in range(2):
        first.add(_article(n))
    first.save(tmp_path / "profile.json")
    loaded = BoilerplateCounter.load(tmp_path / "profile.json")
    assert loaded == first
    loaded.add(_article(3))
    assert FOOTER.lower() in loaded.common()


def test_bad_profile_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "profile.json"
    path.write_text('{"version": 1}', encoding="utf-8")
    with pytest.raises(ValueError, match="not a newsclean profile"):
        BoilerplateCounter.load(path)
