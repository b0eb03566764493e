"""Cross-document boilerplate: what repeats across many documents of a batch is the site's.

A footer line, a newsletter blurb or a menu label that a site prints under every article
occurs in many documents, while a sentence of one article occurs in one. A batch counts, for
each short block, how many documents hold it; blocks held by enough documents are handed to
the ``repeated`` filter. The counts can be saved to a profile file and loaded by the next
run, so a cron job keeps learning across batches.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from .batch import write_atomic
from .document import Document
from .parse import parse
from .vocab import fold

# Longer blocks are article prose even when repeated (syndicated copy, quotes).
MAX_WORDS = 40
_MIN_DOCUMENTS = 3
_MIN_SHARE = 0.05
_PROFILE_VERSION = 1


@dataclass(slots=True)
class BoilerplateCounter:
    """How many documents hold each short block (folded), and how many documents were seen."""

    documents: int = 0
    counts: Counter[str] = field(default_factory=Counter)

    def add(self, text: str) -> None:
        """Count the distinct short blocks of one document."""
        self.add_document(parse(text))

    def add_document(self, doc: Document) -> None:
        """Count the distinct short blocks of a parsed document (a page's, from its HTML)."""
        self.documents += 1
        seen = {fold(b.text) for b in doc.blocks if len(b.text.split()) <= MAX_WORDS}
        # Bare numbers (table cells, counters) repeat everywhere without being boilerplate.
        seen = {text for text in seen if any(c.isalpha() for c in text)}
        self.counts.update(seen)

    def merge(self, other: BoilerplateCounter) -> None:
        self.documents += other.documents
        self.counts.update(other.counts)

    def common(self) -> frozenset[str]:
        """Blocks held by at least 3 documents and by at least 5% of them."""
        needed = max(_MIN_DOCUMENTS, int(self.documents * _MIN_SHARE + 0.999))
        return frozenset(text for text, n in self.counts.items() if n >= needed)

    def save(self, path: Path) -> None:
        """Write the profile atomically: a cron job killed while saving keeps the old one."""
        import json  # profiles only: the repeated filter loads this module on every run

        data = {"version": _PROFILE_VERSION, "documents": self.documents, "counts": self.counts}
        write_atomic(path, json.dumps(data, ensure_ascii=False, sort_keys=True))

    @classmethod
    def load(cls, path: Path) -> BoilerplateCounter:
        """Read a profile written by :meth:`save`; a malformed file is a ValueError."""
        import json

        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if data.get("version") != _PROFILE_VERSION:
                raise ValueError(f"unsupported profile version {data.get('version')!r}")
            counts = Counter({str(k): int(v) for k, v in data["counts"].items()})
            return cls(int(data["documents"]), counts)
        except (KeyError, TypeError, AttributeError, json.JSONDecodeError) as error:
            raise ValueError(f"not a newsclean profile: {error}") from error
