"""Inputs built to make regular expressions backtrack: each must finish, cleaned, through the
real command (a catastrophic pattern would not finish at all on a megabyte)."""

from __future__ import annotations

import pytest

from conftest import run_newsclean

MEGABYTE = 1_000_000

CASES = {
    "spaces": " " * MEGABYTE,
    "open-parens": "(" * MEGABYTE,
    "parens-with-words": "Photo (Getty " * (MEGABYTE // 13),
    "marker-word": "ADVERTISEMENT " * (MEGABYTE // 14),
    "marker-lines": "ADVERTISEMENT\n" * (MEGABYTE // 14),
    "wire-credits": "REUTERS/Jane " * (MEGABYTE // 13),
    "share-lines": "Share this article:\n" * (MEGABYTE // 20),
}


@pytest.mark.parametrize("text", CASES.values(), ids=CASES.keys())
def test_adversarial_megabyte_is_cleaned(text: str) -> None:
    result = run_newsclean(stdin=text.encode())
    assert result.returncode == 0, result.stderr
    assert result.stdout.decode().count("\n\n\n") == 0
