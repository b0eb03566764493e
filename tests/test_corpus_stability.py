"""Cleaning a real page's output again changes nothing: checked on a sample of the corpus.

The filters that judge a block by its place (head, tail, a whole page or a region) must decide
on the output as they decided on the page. Skipped where the development corpus is not beside
the project.
"""

from __future__ import annotations

import pytest

import newsclean
from conftest import ROOT

CORPUS = ROOT.parent / "shared" / "corpus"
FOLDERS = [CORPUS / "region", CORPUS / "page", CORPUS / "wcxb" / "raw"]
SAMPLE = [p for folder in FOLDERS for p in sorted(folder.glob("*.txt"))[::10]]


@pytest.mark.skipif(not SAMPLE, reason="development corpus not available")
def test_real_pages_are_stable_when_cleaned_again() -> None:
    unstable = []
    for path in SAMPLE:
        once = newsclean.clean(path.read_text(encoding="utf-8", errors="replace"))
        if newsclean.clean(once) != once:
            unstable.append(path.name)
    assert unstable == [], f"{len(unstable)} of {len(SAMPLE)} change when cleaned again"


def test_sample_is_drawn_from_every_folder() -> None:
    if SAMPLE:
        assert {p.parent for p in SAMPLE} == set(FOLDERS)
    else:
        assert not any(folder.is_dir() for folder in FOLDERS)
