"""Prompts that ask the reader to act: subscribe, sign up, register, download, donate.

Recognised by what they ask (``Get our best stories delivered to your inbox``, ``Jetzt
abonnieren``, ``Zapisz się do newslettera``), wherever they stand. Longer blocks need two such
phrases, so an article paragraph that reports on a newsletter is not taken for a prompt.
"""

from __future__ import annotations

import re
from functools import cache

from ..document import Document, Kind
from ..options import Options
from ..vocab import contains_pattern, fold, load

NAME = "newsletter"
DESCRIPTION = "newsletter, subscription, app-download and donation prompts"

_MAX_WORDS = 60
_SHORT_WORDS = 25


@cache
def _worded() -> re.Pattern[str]:
    return re.compile("|".join(load("newsletter")["pattern"]["all"]))


def apply(doc: Document, options: Options) -> None:
    prompt = contains_pattern("newsletter", "prompt")
    worded = _worded()
    for block in doc.blocks:
        if not block.kept or block.kind is Kind.TITLE:
            continue
        folded = fold(block.text)
        words = len(folded.split())
        if words > _MAX_WORDS:
            continue
        hits = set(prompt.findall(folded)) | set(worded.findall(folded))
        if len(hits) >= 2 or (hits and words <= _SHORT_WORDS):
            block.remove(NAME, f"prompt to the reader ({sorted(hits)[0]!r})")
