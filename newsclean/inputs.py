"""Bytes to text, with clear errors for what is not text.

Scraped files arrive with BOMs, in UTF-16, in a legacy 8-bit encoding, with a stray Latin-1
byte, or are not text at all (an image saved under a ``.txt`` name). Text is decoded: legacy
text as windows-1252, a few bad bytes in UTF-8 replaced, each with a warning rather than losing
the whole article; binary data is refused with a reason.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass, field

_SAMPLE = 64 * 1024
_MAGIC = {
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"%PDF": "a PDF document",
    b"PK\x03\x04": "a ZIP archive",
    b"\x1f\x8b": "gzip-compressed data",
    b"\x7fELF": "an executable",
    b"RIFF": "a RIFF media file",
    b"BZh": "bzip2-compressed data",
    b"\xfd7zXZ": "xz-compressed data",
}
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CONTROL_BYTES = bytes(b for b in range(32) if b not in b"\t\n\r\f\x1b")


class NotTextError(ValueError):
    """The input is binary data, not text: nothing sensible can be cleaned from it."""


@dataclass(slots=True)
class Decoded:
    text: str
    warnings: list[str] = field(default_factory=list)


# Most text that is not UTF-8 was saved in it; browsers read such text so too.
LEGACY_ENCODING = "cp1252"


def decode(data: bytes, encoding: str | None = None) -> Decoded:
    """Decode ``data`` as ``encoding`` (default: by BOM, else UTF-8, else windows-1252),
    refusing binary data."""
    if encoding:
        return _lenient(data, encoding)
    for bom, name in _BOMS:
        if data.startswith(bom):
            return _lenient(data, name)
    reason = binary_reason(data)
    if reason:
        raise NotTextError(f"binary file ({reason}), not text")
    try:
        return Decoded(data.decode("utf-8"))
    except UnicodeDecodeError:
        if utf8_with_stray_bytes(data):
            return _lenient(data, "utf-8")
    # "Caf\xe9": text saved by an old editor or site.
    legacy = _lenient(data, LEGACY_ENCODING)
    note = "not valid utf-8: read as windows-1252 (use --encoding to choose another)"
    return Decoded(legacy.text, [note, *legacy.warnings])


def utf8_with_stray_bytes(data: bytes) -> bool:
    """Whether ``data``, which is not valid UTF-8, is UTF-8 with a few stray bytes rather than
    legacy 8-bit text. Legacy text almost never forms valid multi-byte UTF-8 by chance: text
    with as many valid multi-byte characters as bad bytes is UTF-8 with a stray byte."""
    lenient = data.decode("utf-8", "replace")
    bad = lenient.count("\ufffd")
    return len(lenient) - len(lenient.encode("ascii", "ignore")) - bad >= bad


def binary_reason(data: bytes) -> str | None:
    """Why ``data`` looks binary, or None. A few NUL bytes in text are tolerated."""
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            return what
    sample = data[:_SAMPLE]
    if not sample:
        return None
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    if controls / len(sample) > 0.10:
        return f"{controls} control bytes in the first {len(sample)}"
    return None


def _lenient(data: bytes, encoding: str) -> Decoded:
    try:
        return Decoded(data.decode(encoding))
    except UnicodeDecodeError as error:
        text = data.decode(encoding, errors="replace")
        bad = text.count("\ufffd")
        warning = (
            f"invalid {encoding} at byte {error.start}: {bad} character(s) replaced with "
            "U+FFFD (use --encoding to choose another)"
        )
        return Decoded(text, [warning])
    except LookupError as error:
        raise ValueError(f"unknown encoding {encoding!r}") from error
