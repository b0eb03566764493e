"""Golden tests: every raw sample cleans to its expected Markdown, and that output is stable."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsclean
from conftest import SAMPLES

RAW = sorted(SAMPLES.glob("*.txt"))
KEEP = sorted(SAMPLES.glob("*.captions-keep.md"))


def test_there_are_enough_samples() -> None:
    assert len(RAW) >= 7


@pytest.mark.parametrize("raw", RAW, ids=lambda p: p.stem)
def test_sample_cleans_to_expected(raw: Path) -> None:
    expected = raw.with_suffix(".md").read_text(encoding="utf-8")
    assert newsclean.clean(raw.read_text(encoding="utf-8")) == expected


@pytest.mark.parametrize("raw", RAW, ids=lambda p: p.stem)
def test_sample_output_is_stable(raw: Path) -> None:
    once = newsclean.clean(raw.read_text(encoding="utf-8"))
    assert newsclean.clean(once) == once


@pytest.mark.parametrize("expected", KEEP, ids=lambda p: p.stem)
def test_sample_with_captions_kept(expected: Path) -> None:
    raw = SAMPLES / expected.name.replace(".captions-keep.md", ".txt")
    once = newsclean.clean(raw.read_text(encoding="utf-8"), captions="keep")
    assert once == expected.read_text(encoding="utf-8")
    assert newsclean.clean(once, captions="keep") == once
