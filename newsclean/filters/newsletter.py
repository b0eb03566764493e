"""Prompts that ask the reader to act: subscribe, sign up, register, download, donate.

Recognised by what they ask (``Get our best stories delivered to your inbox``, ``Jetzt
abonnieren``, ``Zapisz się do newslettera``), wherever they stand. Longer blocks need two such
phrases, and so does a sentence that reports (``..., the company said``) or only names a
newsletter (``Its daily newsletter reached ...``): an article's sentence about a newsletter
is not taken for a prompt.
"""

from __future__ import annotations

import re
from functools import cache

from ..document import Document
from ..options import Options
from ..prose import addresses_reader, ends_sentence, reports
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
    named = phrase_finder("newsletter", "named")
    worded = _worded()
    for block, folded, words in short_blocks(doc, _MAX_WORDS):
        hits = set(prompt.findall(folded)) | set(worded.findall(folded))
        names = set(named.findall(folded))
        if not hits and not names:
            continue
        if len(hits | names) < 2:
            # One phrase in a longer block, in a sentence that reports ("The company said its
            # weekly newsletter reached ..."), or only naming a newsletter in a sentence
            # without a word to the reader ("Its daily newsletter was sent to ..."), is the
            # article's.
            if len(words) > _SHORT_WORDS or reports(folded):
                continue
            if not hits and ends_sentence(block.text) and not addresses_reader(folded):
                continue
        block.remove(NAME, f"prompt to the reader ({sorted(hits or names)[0]!r})")
