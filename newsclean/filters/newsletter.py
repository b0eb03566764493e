"""Prompts that ask the reader to act: subscribe, sign up, register, download, donate.

Recognised by what they ask (``Get our best stories delivered to your inbox``, ``Jetzt
abonnieren``, ``Zapisz się do newslettera``), wherever they stand. Longer blocks need two such
phrases, so an article paragraph that reports on a newsletter is not taken for a prompt.
"""

from __future__ import annotations

import re
from functools import cache

from ..document import Document
from ..options import Options
from ..vocab import load, phrase_finder, short_blocks

NAME = "newsletter"
DESCRIPTION = "newsletter, subscription, app-download and donation prompts"

_MAX_WORDS = 60
_SHORT_WORDS = 25


@cache
def _worded() -> re.Pattern[str]:
    return re.compile("|".join(load("newsletter")["pattern"]["all"]))


def apply(doc: Document, options: Options) -> None:
    prompt = phrase_finder("newsletter", "prompt")
    worded = _worded()
    for block, folded, words in short_blocks(doc, _MAX_WORDS):
        hits = set(prompt.findall(folded)) | set(worded.findall(folded))
        if len(hits) >= 2 or (hits and len(words) <= _SHORT_WORDS):
            block.remove(NAME, f"prompt to the reader ({sorted(hits)[0]!r})")
