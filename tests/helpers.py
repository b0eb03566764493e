"""Small builders shared by the filter tests."""

from __future__ import annotations

from newsclean import Document, Options
from newsclean.parse import parse
from newsclean.pipeline import Filter


def run_filter(step: Filter, text: str, options: Options | None = None) -> Document:
    doc = parse(text)
    step.apply(doc, options or Options())
    return doc


def removed(doc: Document) -> list[str]:
    return [b.text for b in doc.blocks if not b.kept]


def kept(doc: Document) -> list[str]:
    return [b.text for b in doc.blocks if b.kept]
