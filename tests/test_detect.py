"""Telling HTML from text by content, and reading gzip-compressed inputs."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

import newsclean
from conftest import SAMPLES
from newsclean.detect import UnpackError, looks_like_html, unpack

PAGES = [
    b"<!DOCTYPE html><html><body><p>Story.</p></body></html>",
    b"\n\n  <!doctype HTML>\n<title>x</title>",
    b"<html lang='en'><p>Story.</p>",
    b"<?xml version='1.0'?>\n<html xmlns='http://www.w3.org/1999/xhtml'><body/></html>",
    b"<!-- saved by a crawler -->\n<head><meta charset='utf-8'></head>",
    b"<body class='article'>Text</body>",
    "<!DOCTYPE html><html><body><p>Caf\u00e9</p></body></html>".encode("utf-16"),
    b"<style>\n" + b"  .box { opacity: 1; }\n" * 400 + b"</style>\n<!DOCTYPE html><html>",
    # A fragment: what a scraper kept of the article's markup.
    b"<div class='story'><h2>Council votes</h2><p>The council met.</p><p>It voted.</p>"
    b"<p>Then it rose.</p><ul><li>one</li></ul></div>",
]
TEXTS = [
    b"",
    b"The council met on Tuesday.\n\nIt voted <b>yes</b> on the budget.",
    b"Write to <editor@example.org> with corrections.",
    b"x < y and y > z, so <this> is not markup either.",
    b"# Title\n\n- item\n\n> quote\n\n*caption*\n",
]


@pytest.mark.parametrize("data", PAGES)
def test_pages_are_html(data: bytes) -> None:
    assert looks_like_html(data)
    if not data.startswith(b"\xff\xfe"):
        assert looks_like_html(data.decode("utf-8"))


@pytest.mark.parametrize("data", TEXTS)
def test_text_is_not_html(data: bytes) -> None:
    assert not looks_like_html(data)
    assert not looks_like_html(data.decode("utf-8"))


@pytest.mark.parametrize("raw", sorted(SAMPLES.glob("*.txt")), ids=lambda p: p.stem)
def test_samples_are_text(raw: Path) -> None:
    assert not looks_like_html(raw.read_bytes())


def test_newsclean_s_own_markdown_of_a_page_full_of_tags_is_text() -> None:
    raw = "Headline\n\n" + '<form class="settings" method="post"><input type="hidden">\n\n' * 8
    assert looks_like_html(raw.encode())
    markdown = newsclean.clean(raw)
    assert "\\<form" in markdown
    assert not looks_like_html(markdown.encode())


def test_html_tag_late_in_a_long_text_does_not_count() -> None:
    assert not looks_like_html(b"Plain words. " * 1000 + b"<html>")


def test_unpack_gzip_and_pass_through_the_rest() -> None:
    assert unpack(gzip.compress(b"<p>hi</p>")) == b"<p>hi</p>"
    assert unpack(b"plain text") == b"plain text"
    assert unpack(b"") == b""


def test_unpack_reads_every_gzip_member() -> None:
    assert unpack(gzip.compress(b"one ") + gzip.compress(b"two")) == b"one two"


def test_corrupt_and_truncated_gzip_are_clear_errors() -> None:
    packed = gzip.compress(b"The council met on Tuesday. " * 100)
    with pytest.raises(UnpackError, match="truncated gzip data"):
        unpack(packed[: len(packed) // 2])
    with pytest.raises(UnpackError, match="corrupt gzip data"):
        unpack(packed[:10] + b"\xff" * 40)


def test_gzip_bomb_is_stopped() -> None:
    bomb = gzip.compress(b"\0" * (4 * 1024 * 1024))
    with pytest.raises(UnpackError, match="expands beyond 1 MB"):
        unpack(bomb, limit=1024 * 1024)
