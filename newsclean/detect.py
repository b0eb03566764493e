"""What an input is, by its bytes: gzip-compressed or not, HTML or plain text.

Scrapers save pages under any name (``page``, ``123.txt``, ``story.html.gz``), so the content
decides: a doctype or an ``<html>``, ``<head>`` or ``<body>`` tag near the start, or text dense
with HTML tags. Plain text that mentions ``<b>`` or an email address in angle brackets is not
HTML.
"""

from __future__ import annotations

import re
import zlib

_SNIFF = 4096
# A gzip stream expands at most ~1000x; a bomb is stopped at this many bytes.
MAX_UNPACKED = 256 * 1024 * 1024
_GZIP = b"\x1f\x8b"
# A tag after a backslash is escaped text in Markdown (\<form ...>), as newsclean writes it:
# its own output, cleaned again, is not taken for a page.
_DOCUMENT_TAG = re.compile(
    rb"(?<!\\)(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])", re.IGNORECASE
)
# Saved pages may open with what belongs in a <head> (a long <style> pushes the doctype past the
# sniffed start); text never starts with these.
_HEAD_START = re.compile(rb"\s*<(?:style|script|meta|link|title|base)[\s>]", re.IGNORECASE)
_KNOWN_TAG = re.compile(
    rb"(?<!\\)</?(?:p|div|span|a|br|li|ul|ol|table|tr|td|h[1-6]|article|section|main|header|footer|nav"
    rb"|img|meta|link|script|style|strong|em|b|i|blockquote|figure|figcaption|form|input)"
    rb"(?:\s[^<>]*)?/?>",
    re.IGNORECASE,
)
# Text this dense with real HTML tags is markup, even without a document tag (a fragment).
_MIN_TAGS = 6
_MIN_MARKUP_SHARE = 0.05


class UnpackError(ValueError):
    """Compressed input that is corrupt or would expand beyond what is sensible to read."""


def unpack(data: bytes, limit: int = MAX_UNPACKED) -> bytes:
    """Decompress gzip data (``.gz`` files, often several members); other data is returned as is."""
    if not data.startswith(_GZIP):
        return data
    out: list[bytes] = []
    size = 0
    rest = data
    try:
        while rest.startswith(_GZIP):
            stream = zlib.decompressobj(16 + zlib.MAX_WBITS)
            chunk = stream.decompress(rest, limit - size + 1)
            size += len(chunk)
            if size > limit or stream.unconsumed_tail:
                raise UnpackError(f"gzip data expands beyond {limit // 2**20} MB")
            if not stream.eof:
                raise UnpackError("truncated gzip data")
            out.append(chunk)
            rest = stream.unused_data
    except zlib.error as error:
        raise UnpackError(f"corrupt gzip data ({error})") from error
    return b"".join(out)


def looks_like_html(data: bytes | str) -> bool:
    """Whether the start of ``data`` is HTML: a document tag, or dense known tags."""
    head = data[: _SNIFF * 4] if isinstance(data, str) else data[:_SNIFF]
    sample = head.encode("utf-8", "replace") if isinstance(head, str) else _ascii_view(head)
    if _DOCUMENT_TAG.search(sample) or _HEAD_START.match(sample.removeprefix(b"\xef\xbb\xbf")):
        return True
    tags = _KNOWN_TAG.findall(sample)
    markup = sum(len(tag) for tag in tags)
    return len(tags) >= _MIN_TAGS and markup >= _MIN_MARKUP_SHARE * len(sample)


def _ascii_view(data: bytes) -> bytes:
    """UTF-16 pages (BOM first) read as their ASCII letters, so their tags can be seen."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return data.replace(b"\x00", b"")
    return data
