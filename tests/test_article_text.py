"""Article sentences that use the words of boilerplate survive the whole pipeline.

Each filter recognises chrome by its cue words (newsletter, privacy policy, affiliate links,
posted in, Getty Images); an article reports on the same things. Set between an article's
paragraphs, none of these sentences may go.
"""

from __future__ import annotations

import pytest

import newsclean

ENGLISH = [
    "Students taking the exam this year get an extra hour, the ministry said.",
    "A man wearing a mask robbed the store on Monday night.",
    "People living near the plant say the smell has got worse.",
    "The company said its weekly newsletter reached two million readers last year.",
    "Its daily newsletter was sent to more than 40,000 people.",
    "The app sends push notifications to users whenever a flight is delayed.",
    "Customers can unsubscribe at any time, the bank said in its statement.",
    "Police said the scam emails asked victims to enter your email address and password.",
    "Her lawyer said the privacy policy had been changed without notice.",
    "The firm said the new terms and conditions would apply from May.",
    "The report found that affiliate links made up a third of the site's income, the "
    "regulator said.",
    "The video, posted in March, shows the mayor at the scene of the fire with two officers.",
    "WordPress lets you change the permalink structure of your site in its settings.",
    "Getty Images said it had removed the photograph from its archive.",
    "Reuters reported that the talks had broken down on Tuesday.",
    "Comments from residents at the meeting were mostly positive.",
    "Share prices rose after the report on Monday.",
    "Follow the money, the investigator told the jury on Tuesday afternoon.",
    "By the time the police arrived, the men had left the building.",
    "Published in 1851, the novel was a failure in its author's lifetime.",
    "The cookies were baked for 12 minutes and left to cool on a wire rack.",
]
OTHER_LANGUAGES = [
    "Un rapport publié dans la revue Nature montre que les glaciers fondent plus vite.",
    "Die Akten wurden abgelegt unter strengen Auflagen im Archiv der Stadt, sagte er.",
    "Der Beitrag wurde am Montag im Stadtrat diskutiert und mit großer Mehrheit beschlossen.",
    "Die Datenschutzerklärung der App wurde vom Gericht beanstandet.",
    "Alle Angaben ohne Gewähr, hieß es in dem Schreiben der Behörde.",
    "Impressum und Kontakt fehlten auf der Seite, kritisierte der Verband.",
    "Die Zeitung hat ihren Newsletter im vergangenen Jahr eingestellt.",
    "Werbung für Zigaretten ist in Deutschland weitgehend verboten.",
    "Später kündigte der Manager dann doch sein Erscheinen an. (dpa/gem)",
]

PARAGRAPHS = (
    "The council voted on Monday to close the library on Sundays, saving an estimated forty "
    "thousand pounds a year, after a debate that lasted for most of the evening.",
    "Residents who opposed the plan said the decision would hurt students and older people "
    "most, and several said they would take the matter to the regional court next month.",
    "The mayor defended the cuts, saying the city had no other choice after the government "
    "reduced its grant for the third year in a row, and promised a review in the spring.",
    "Library staff will move to other branches, and the building will open for events on "
    "Saturdays, the council said in a statement published after the vote.",
)


@pytest.mark.parametrize("sentence", ENGLISH + OTHER_LANGUAGES)
def test_an_article_sentence_about_chrome_stays(sentence: str) -> None:
    first, second, third, fourth = PARAGRAPHS
    text = "\n\n".join(["Library to close on Sundays", first, second, sentence, third, fourth])
    result = newsclean.clean_document(text)
    block = next(b for b in result.document.blocks if b.text == sentence)
    assert block.kept, (block.removed_by, block.reason)
