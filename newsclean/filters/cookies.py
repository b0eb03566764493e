"""Cookie and consent notices: ``We use cookies to ... By continuing you accept ...``.

A notice names cookies (or tracking, or consent) and asks for agreement; a recipe that uses
cookies does not ask, so a long block needs two such words before it counts as a notice,
unless the site says it in its own voice (``We use cookies``, ``Diese Website verwendet
Cookies``) and the sentence reports nobody's words.
An embedded post or video that waits for consent leaves its own notice and buttons, and a
consent tool its settings: a switch per service, the facts of each cookie, its groups' names.
"""

from __future__ import annotations

from ..document import Document
from ..options import Options
from ..prose import reports
from ..vocab import phrase_finder, phrases, short_blocks

NAME = "cookies"
DESCRIPTION = "cookie and consent notices, their buttons and settings, and embeds awaiting consent"

_MAX_WORDS = 90
_MAX_NOTICE_WORDS = 150
_SHORT_WORDS = 8
_MAX_EMBED_WORDS = 40
_MAX_SETTING_WORDS = 40


def apply(doc: Document, options: Options) -> None:
    subject = phrase_finder("cookies", "subject")
    verbs = phrase_finder("cookies", "verb")
    buttons = phrases("cookies", "exact")
    embed = phrase_finder("cookies", "embed")
    embed_buttons = phrases("cookies", "embed_button")
    notice = phrase_finder("cookies", "notice")
    setting = phrase_finder("cookies", "setting")
    setting_labels = phrases("cookies", "setting_label")
    for block, folded, words in short_blocks(doc, _MAX_NOTICE_WORDS):
        if len(words) > _MAX_WORDS:
            # A consent dialog's long paragraph says in the site's voice what it is.
            if notice.search(folded) and not reports(folded):
                block.remove(NAME, "cookie or consent notice")
        elif len(words) <= 6 and folded in buttons:
            block.remove(NAME, "consent button")
        elif len(words) <= 6 and folded in embed_buttons:
            block.remove(NAME, "button of an embed awaiting consent")
        elif len(words) <= _MAX_EMBED_WORDS and embed.search(folded):
            block.remove(NAME, "placeholder of an embed awaiting consent")
        elif folded in setting_labels or (
            len(words) <= _MAX_SETTING_WORDS and setting.search(folded)
        ):
            block.remove(NAME, "a consent tool's setting")
        elif subject.search(folded):
            hits = set(verbs.findall(folded))
            if len(hits) >= 2 or (hits and len(words) <= _SHORT_WORDS):
                block.remove(NAME, "cookie or consent notice")
            elif notice.search(folded) and not reports(folded):
                block.remove(NAME, "cookie or consent notice")
