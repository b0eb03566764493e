"""Removes/keeps tables for the line-level filters: each case is one block among article text."""

from __future__ import annotations

import pytest

from helpers import PARAGRAPH, kept, removed, run_filter
from newsclean.filters import (
    ads,
    comments,
    cookies,
    gallery,
    legal,
    metadata,
    navigation,
    newsletter,
    related,
    share,
    social,
    stubs,
)
from newsclean.pipeline import Filter

BEFORE = "The council met on Monday to discuss the budget for next year in detail."
AFTER = "Residents said they would protest against the plans at the next meeting."

REMOVES: list[tuple[Filter, str]] = [
    (stubs, "Continue reading"),
    (stubs, '<iframe width="476" height="267" src="https://example.com/embed/?pid=1"></iframe>'),
    (stubs, '<iframe src="https://example.org/player/1" title="Embedded audio player">'),
    (stubs, "[convertkit form=1630175]"),
    (stubs, "View this post on Instagram"),
    (stubs, "Sieh dir diesen Beitrag auf Instagram an"),
    (stubs, '[video-player video-id="hra2qewb" name="Cleaning A Table"]'),
    (stubs, "Add as a preferred source on Google"),
    (stubs, "Weiterlesen"),
    (stubs, "Lire la suite"),
    (stubs, "Check price at Amazon"),
    (stubs, "Get a Quote from Allied Van Lines"),
    (stubs, "Get a free estimate"),
    (stubs, "Hier geht es zur neuen Vorstandsstruktur"),
    (stubs, "$898.00 from Home Depot"),
    (stubs, "Jetzt kaufen"),
    (stubs, "Open in a new tab"),
    (stubs, "Get in touch"),
    (newsletter, "Want to see how we can help? Get in touch with us today."),
    (stubs, "4.8 out of 5 stars"),
    (stubs, "4,7 von 5,0"),
    (stubs, "4.5 out of 5 stars (2,574) 2574 total reviews • Free to install"),
    (gallery, "3 / 12"),
    (gallery, "Bild 3 von 12"),
    (gallery, "Photo 2 of 5"),
    (gallery, "Next slide"),
    (gallery, "Go to slide 3"),
    (gallery, "Button for slide 1"),
    (gallery, "Zur Bildergalerie"),
    (gallery, "Bild anzeigen Bild schließen"),
    (navigation, "Home"),
    (navigation, "Skip to main content"),
    (navigation, "Startseite"),
    (navigation, "You are here: Home / Baby / Baby Nurseries / 20 Clever Small Nursery Ideas"),
    (navigation, "Sie sind hier: Aktuelles Presseinformationen Land zahlt Prämie für Keiler"),
    (navigation, "Home > News > Politics"),
    (navigation, "Startseite / Politik / Inland"),
    (navigation, "Home / Topics / Deep Dive / The Many Different Types of Wine (Infographic)"),
    (navigation, "Home ▸ News Release ▸ Meditation Training Lowers Markers of Stress"),
    (navigation, "Home » Best Drip Coffee Maker In 2026: Buying Tips From Coffee Pros"),
    (navigation, "×"),
    (navigation, "X"),
    (navigation, "Get the Recipe"),
    (navigation, "Copy this page to clipboard"),
    (navigation, "View author page"),
    (navigation, "Loading paragraph..."),
    (navigation, "Laden..."),
    (navigation, "Cargando…"),
    (cookies, "We use cookies to improve your experience. By continuing you accept our policy."),
    (cookies, "Accept all cookies"),
    (cookies, "Wir verwenden Cookies. Mit der Nutzung erklären Sie sich einverstanden."),
    (cookies, "We use cookies to give you the best experience on our website."),
    (
        cookies,
        "Wir verwenden Cookies und Analysetools, um die Nutzerfreundlichkeit der Internetseite"
        " zu verbessern und passende Werbung anzuzeigen.",
    ),
    (newsletter, "I agree to receive personalized marketing emails from the agency."),
    (newsletter, "Get our best stories delivered to your inbox every morning."),
    (newsletter, "Join now or renew to get:"),
    (newsletter, "Fill out the form to get a copy of our ebook."),
    (
        cookies,
        "Zachęcamy do regularnych odwiedzin naszej strony. Informujemy, że korzystamy z cookies.",
    ),
    (newsletter, "Get unlimited digital access for $1 a week."),
    (stubs, "Join Now"),
    (social, "Folgt mir gerne auf Instagram. Da gibt es die meisten aktuellen Fotos."),
    (newsletter, "Helfen Sie mit, sichern Sie kritischen, unabhängigen Journalismus."),
    (newsletter, "Tú también puedes hacer periodismo incómodo. Cancela cuando quieras."),
    (newsletter, "Sign up for our newsletter"),
    (newsletter, "Jetzt abonnieren und weiterlesen"),
    (newsletter, "Zapisz się do newslettera"),
    (newsletter, "Support our journalism: make a contribution today."),
    (newsletter, "For breaking news updates download the Nationnews apps for iOS and Android."),
    (newsletter, "If you enjoyed this post, would you consider supporting our work? Thanks!"),
    (newsletter, "Unterstütze uns mit deiner Spende!"),
    (social, "Follow us on Twitter and Facebook"),
    (social, "Folgen Sie uns auf Instagram"),
    (social, "Facebook Twitter Instagram"),
    (legal, "© 2024 Example Media. All rights reserved."),
    (legal, "Copyright 2019 The Daily Coast"),
    (legal, "Alle Rechte vorbehalten."),
    (legal, "Impressum"),
    (
        legal,
        "Unless otherwise stated, the content of this page is licensed under Creative Commons "
        "Attribution-ShareAlike 3.0 License",
    ),
    (comments, "Leave a Reply"),
    (comments, "12 Comments"),
    (comments, "Sandra Smith says:"),
    (comments, "September 4, 2009 at 8:16 am"),
    (comments, "3 days ago"),
    (
        comments,
        "Diese Website verwendet Akismet, um Spam zu reduzieren. Erfahre mehr darüber, wie "
        "deine Kommentardaten verarbeitet werden.",
    ),
    (comments, "You are commenting using your WordPress.com account. ( Log Out / Change )"),
    (comments, "Du kommentierst mit Deinem Facebook-Konto. ( Abmelden / Ändern)"),
    (comments, "Informiere mich über neue Beiträge per E-Mail."),
    (
        comments,
        "Save my name, email, and website in this browser for the next time I comment.",
    ),
    (related, "Lesen Sie auch: Die Stadt plant neue Radwege"),
    (related, "READ MORE Israel strikes targets in Gaza"),
    (related, "Lea más: Juan Carlos Ortega propone legalizar"),
    (related, "Zobacz także: Nowe przepisy od stycznia"),
    (related, "Related articles"),
    (related, "Mehr zum Thema"),
    (related, "Ähnliche Nachrichten"),
    (related, "Temas relacionados"),
    (related, "Empfohlene Beiträge"),
    (related, "Das könnte dir auch gefallen"),
    (related, "Weiterführende Artikel zu diesem Thema"),
    (related, "Lue aiheesta lisää:"),
    (related, "Más noticias de Colombia"),
    (related, "Mehr zum Thema auf Example.de"),
    (related, "La rédaction vous conseille :"),
    (related, "Meist gelesen"),
    (related, "Weitere Infos unter www.example.de."),
    (related, "Artículos relacionados El Diario"),
    (legal, "(Alle Angaben ohne Gewähr)"),
    (
        legal,
        "The views expressed by the authors of this blog are their own and do not necessarily "
        "reflect the views of the institute.",
    ),
    (
        legal,
        "Dieser Beitrag gibt die Meinung des Autors wieder, nicht notwendigerweise die der "
        "Redaktion.",
    ),
    (
        legal,
        "Example News is not responsible for the opinions, statements or media content "
        "presented by contributors. In case of abuse, click here to report.",
    ),
    (
        newsletter,
        'Dan Davies - "Back of Mind" is a reader-supported publication. To receive new posts and '
        "support my work, consider becoming a free or paid subscriber.",
    ),
    (
        ads,
        "This story was developed in partnership with Ferah Catering by the magazine's branded "
        "content team. Learn more about their approach to personalized weddings on their site.",
    ),
    (
        legal,
        "All investing is subject to risk, including the possible loss of the money you invest."
        " Diversification does not ensure a profit or protect against a loss.",
    ),
    (
        legal,
        "Content is available under Creative Commons Attribution-NonCommercial-ShareAlike"
        " unless otherwise noted.",
    ),
    (legal, "Die Inhalte dieser Website sind unter einer Creative Commons-Lizenz lizenziert."),
    (
        legal,
        "Dieser Text wurde veröffentlicht unter der Lizenz CC-BY-NC-ND-4.0-DE. Die Fotos dürfen "
        "nicht verwendet werden.",
    ),
    (legal, "Sofern nicht anders ausgewiesen, stehen Inhalte dieser Website unter CC-BY"),
    (
        legal,
        "SUGGESTED CITATION Doe, Jane: Experts in the Crisis, Example Blog, 2020/4/09, "
        "https://example.org/experts-in-the-crisis/.",
    ),
    (navigation, "(Noch keine Bewertungen)"),
    (navigation, "Dieses Blog durchsuchen"),
    (navigation, "information-circle"),
    (navigation, "search-icon-close"),
    (navigation, "icon external link svg"),
    (navigation, "Icon Chevron"),
    (navigation, "Open image caption"),
    (navigation, "Save to favorites"),
    (
        stubs,
        "Warning: Creating default object from empty value in /www/htdocs/example/wp-includes/"
        "classes.php on line 407",
    ),
    (cookies, "Klicken Sie auf den unteren Button, um den Inhalt von www.example.com zu laden."),
    (cookies, "Beitrag laden"),
    (cookies, "If you accept this notice, your choice will be saved and the page will refresh."),
    (cookies, "Accept YouTube Content"),
    (cookies, "Hier klicken, um Google Maps zu aktivieren/deaktivieren."),
    (cookies, "Cookie Laufzeit 1 Jahr"),
    (cookies, "Notwendige Cookies"),
    (cookies, "Empfohlener redaktioneller Inhalt"),
    (
        cookies,
        "An dieser Stelle findet Ihr einen externen Inhalt von Instagram, der den Artikel "
        "ergänzt. Ihr könnt ihn Euch mit einem Klick anzeigen lassen.",
    ),
    (comments, "Publier un commentaire"),
    (comments, "This site is protected by reCAPTCHA and the Google Privacy Policy applies."),
    (comments, "Please enable JavaScript to view the comments powered by Disqus."),
    (comments, "Click here to cancel reply."),
    (comments, "Kliknij tutaj, aby anulować odpowiadanie."),
    (related, "Für dich empfohlen"),
    (
        social,
        "Follow The Daily Coast on Twitter and Instagram @DailyCoast and on Facebook @CoastNews. "
        "Send us a message on WhatsApp at 555-0100 or email us at editors@example.com.",
    ),
    (related, "Empfehlungen aus der Redaktion"),
    (comments, "Neueste Kommentare"),
    (comments, "Hinterlassen Sie einen Kommentar"),
    (
        newsletter,
        "Gib deine E-Mail-Adresse ein, um diesem Blog zu folgen und per E-Mail "
        "Benachrichtigungen über neue Beiträge zu erhalten.",
    ),
    (navigation, "Rate this article"),
    (newsletter, "Did you find the article helpful?"),
    (comments, "Sign in to post a comment"),
    (social, "Like Us Follow Us"),
    (
        legal,
        "This article is for informational purposes only and does not constitute legal advice."
        " The views expressed are those of the author.",
    ),
    (
        legal,
        "Dieser Beitrag dient ausschließlich der Information und ersetzt keine Rechtsberatung.",
    ),
    (
        legal,
        "Disclaimer: This post is not intended to replace the advice of a medical professional.",
    ),
    (
        legal,
        "No content on this site, regardless of date, should ever be used as a substitute for"
        " direct medical advice from your doctor or other qualified clinician.",
    ),
    (navigation, "Zurück zur Übersicht"),
    (comments, "HINTERLASSEN SIE EINE ANTWORT Antwort abbrechen"),
    (comments, "Keine Kommentare Kommentare sind geschlossen."),
    (comments, "Vos réactions (11)"),
    (comments, "Comentar este artículo 1 comentario"),
    (comments, "Time limit is exhausted. Please reload CAPTCHA."),
    (navigation, "Ihr Warenkorb ist leer"),
    (navigation, "Volltext-Suche:"),
    (navigation, "Blog Archive"),
    (navigation, "Newer Post Older Post Home"),
    (navigation, "Ältere Beiträge"),
    (related, "Otras noticias"),
    (related, "← Das F-Wort – Teil 2"),
    (related, "‹ Previous"),
    (related, "Read the latest from Jane Doe"),
    (related, "Aktuelles aus dem Verband"),
    (related, "Weitere Empfehlungen"),
    (share, "Mit Freunden teilen"),
    (share, "Liken Lade …"),
    (share, "Print Rate this Recipe"),
    (cookies, "Informujemy, że korzystamy z cookies."),
    (
        cookies,
        "Wir respektieren deine Privatsphäre und stellen deshalb ohne dein Einverständnis "
        "keine Verbindung zu Twitter her.",
    ),
    (newsletter, "HIER KOSTENLOS ANMELDEN »"),
    (
        cookies,
        "cookielawinfo-checkbox-performance | 11 months | This cookie is set by GDPR Cookie "
        "Consent plugin. The cookie is used to store the user consent for the cookies.",
    ),
    (cookies, "PHPSESSID session This cookie is native to PHP applications."),
    (
        newsletter,
        "Czytasz właśnie nowy rodzaj materiału na naszym portalu. W krótki sposób informujemy "
        "Cię o tym, co ważne z perspektywy naszych priorytetów. Wesprzyj nas darowizną lub "
        "przekaż nam 1% podatku.",
    ),
    (ads, "Affiliatelink"),
    (newsletter, "Holen Sie sich meinen kostenlosen Newsletter"),
    (newsletter, "Ja, ich möchte den wöchentlichen Newsletter bekommen."),
    (newsletter, "Get regular updates on the latest tutorials, offers & news."),
    (newsletter, "Instant access to the full article PDF."),
    (newsletter, "Vous avez lu 1 des 4 articles gratuits ce mois-ci."),
    (legal, "Designed by Example Themes | Powered by WordPress"),
    (legal, "Simple theme. Powered by Blogger."),
    (ads, "If you click on links we provide, we may receive compensation."),
    (ads, "We may receive a commission from our partners if you click a link and buy."),
    (legal, "This article is for informational purposes. This content is not legal advice."),
    (ads, "Für Links auf dieser Seite erhält Example ggf. eine Provision vom Händler."),
    (legal, "Weitere Informationen finden Sie in unserer Datenschutzerklärung."),
    (newsletter, "Subscribe to email updates"),
    (newsletter, "To read the rest of this story subscribe to Example+."),
    (newsletter, "This article is exclusive to Example+ subscribers"),
    (newsletter, "Unlock this article — plus in-depth analysis, newsletters and news alerts."),
    (newsletter, "Would you like to receive notifications about new posts?"),
    (newsletter, "We noticed you're using an ad blocker."),
    (newsletter, "Daily Newsletter"),
    (newsletter, "Grow your website with help from our FREE, weekly newsletter!"),
    (newsletter, "Bitte schalte deinen Adblocker für example.de aus, um diesen Artikel zu lesen."),
    (metadata, "Posted in News, Politics"),
    (metadata, "Filed under: Books, Society — jane @ 00:11"),
    (metadata, "Veröffentlicht: 05.01.2020 | Autor: jane | Abgelegt unter: Fotografie"),
    (metadata, "Dieser Eintrag wurde veröffentlicht in Podcast und verschlagwortet mit Berlin."),
]

KEEPS: list[tuple[Filter, str]] = [
    (navigation, "built-in"),
    (navigation, "zabbix-agent-osso"),
    (navigation, "ICON • ICON Magazine"),
    (navigation, "Icon of the Seas"),
    (stubs, "Once you have hired a mover, a few steps are left to get a quote for your move."),
    (stubs, "Continue reading the report, the minister said, and you will see the gaps."),
    (stubs, "Buy the best phone for your budget"),
    (stubs, "$120 a month at most of the stores in town"),
    (stubs, "We rate it 4.5 out of 5 stars."),
    (stubs, "Paste <iframe src=x> into the page to embed the player."),
    (stubs, '[sourcecode language="bash"]#!/bin/bash'),
    (stubs, '[audio src="https://example.org/show.mp3" /] from minute 16 on'),
    (stubs, "[1] Smith, J. (2020). A study of things."),
    (social, ".#X# ##.X #X#X ..##"),
    (newsletter, "Meditation helps you calm the mind and get in touch with your inner joy."),
    (stubs, "3 out of 5 people said they would vote again, the survey found."),
    (stubs, "Warning: the storm will reach the coast in the evening, officials said."),
    (gallery, "The gallery opened in 1987 and shows 12 of his paintings."),
    (gallery, "Go to slide 3 of the deck"),
    (gallery, "Bild anzeigen lassen kann man sich nur im Museum, sagte der Kurator."),
    (navigation, "Home prices rose by 4% in March, the fastest pace in a year."),
    (navigation, "The road from Home > to the sea is a long one, he wrote in his final essay."),
    (navigation, "Home / away: the record this season is ten wins and two losses"),
    (navigation, "Laden"),
    (navigation, "Loading the truck took the whole crew most of the morning..."),
    (cookies, "Bake the cookies for 12 minutes; we use a wire rack to cool them."),
    (cookies, "Notwendige Cookies dürfen ohne Einwilligung gesetzt werden, urteilte das Gericht."),
    (
        cookies,
        '"We use cookies to follow readers across sites," the company said on Tuesday.',
    ),
    (newsletter, "The company said 40,000 readers had signed up for its newsletter since May."),
    (newsletter, "Ich unterstütze die Forderung der Gewerkschaft nach mehr Lohn."),
    (newsletter, "Staff can download the data to its app servers overnight."),
    (newsletter, "Users will receive notifications when their data is shared, the firm said."),
    (newsletter, "The company said its weekly newsletter reached two million readers last year."),
    (legal, "Her lawyer said the privacy policy had been changed without notice."),
    (legal, "The information on this website was out of date, the regulator found."),
    (legal, "Die Datenschutzerklärung der App wurde vom Gericht beanstandet."),
    (ads, "The report found affiliate links made up a third of its income, the regulator said."),
    (legal, "Alle Rechte vorbehalten, sagte der Verleger, gelten auch für die Bücher."),
    (newsletter, "Its daily newsletter was sent to more than 40,000 people."),
    (newsletter, "Customers can unsubscribe at any time, the bank said in its statement."),
    (newsletter, "Police said the emails asked victims to enter your email address and password."),
    (newsletter, "The app sends push notifications to users whenever a flight is delayed."),
    (metadata, "The video, posted in March, shows the mayor at the scene with two officers."),
    (metadata, "Un rapport publié dans la revue Nature montre que les glaciers fondent vite."),
    (metadata, "Die Akten wurden abgelegt unter strengen Auflagen im Archiv der Stadt."),
    (metadata, "Der Beitrag wurde am Montag im Stadtrat diskutiert und beschlossen."),
    (metadata, "WordPress lets you change the permalink structure of your site."),
    (social, "Police said they would follow the suspects' trail across the border."),
    (
        social,
        "Follow the money, said the investigator, who traced the payments through Facebook and "
        "Twitter accounts for months before the trial began in the spring of that year.",
    ),
    (
        legal,
        "The court ruled that the copyright on the song had expired in 2019 after a dispute "
        "between the two record labels that had lasted for more than a decade.",
    ),
    (comments, "Comments from residents at the meeting were mostly positive."),
    (stubs, "Hier geht es zur Sache, sagte der Trainer nach dem Spiel gegen Bayern am Samstag."),
    (
        legal,
        "The views expressed at the meeting were mostly critical of the plan, the mayor said, "
        "and the council would take them into account in May.",
    ),
    (
        legal,
        "In case of abuse, victims should call the hotline, the police said on Monday, after "
        "three cases were reported in the town.",
    ),
    (
        legal,
        "Shares in the fund are subject to the risk of a downturn, the bank warned its "
        "clients on Tuesday, after a year of record inflows.",
    ),
    (
        legal,
        "Mit Creative Commons können Urheber von Fotos, Videos und Texten in wenigen Klicks "
        "Lizenzen für die Nutzung ihrer Werke vergeben, sagte die Sprecherin.",
    ),
    (
        legal,
        "Residents who lost their deposits should seek legal advice before the deadline in"
        " March, the consumer office said on Tuesday.",
    ),
    (comments, "Name"),
    (navigation, "Sie sind hier: am Ende der Welt, sagte der Kapitän."),
    (
        comments,
        "Automattic, the company behind WordPress, bought the spam filter Akismet in 2005 and "
        "still runs it for millions of blogs, the report says.",
    ),
    (related, "Meist gelesen wurden im vergangenen Jahr Krimis, sagte die Bibliothekarin."),
    (comments, "Keine Kommentare wollte der Sprecher zu den Vorwürfen abgeben."),
    (related, "Weitere Infos unter den Anwohnern sammelte die Polizei am Abend."),
    (cookies, "Die Richter stritten lange um den Inhalt von Artikel 5 des Vertrags."),
    (related, "Für dich empfohlen hat der Arzt vor allem Bewegung, sagte sie."),
    (related, "Lies auch die Beipackzettel, riet die Apothekerin ihren Kunden."),
    (
        legal,
        "Suggested citation styles differ between journals, and in 2019 the association "
        "published a guide to them.",
    ),
    (
        legal,
        "Seit 2015 stellt die Stadt ihre Fotos unter der Lizenz CC BY ins Netz, damit Schulen, "
        "Vereine und Zeitungen sie ohne Anfrage und ohne Gebühren nutzen können.",
    ),
    (related, "Related to the budget, the council also discussed new parking fees."),
    (related, "Read more carefully, the contract says something else entirely."),
    (related, "Das könnte dir auch gefallen, sagte die Trainerin, und lachte über die Frage."),
    (related, "Más noticias de la guerra llegaron al pueblo durante la madrugada del lunes."),
    (related, "Artículos relacionados con la salud fueron los más leídos del año pasado."),
    (comments, "Kommentare 2024 zur Wahl"),
    (comments, "Vos réactions nous intéressent, écrit la rédaction."),
    (related, "Aktuelles aus dem Verband stellte der Sprecher am Abend im Rathaus vor."),
    (cookies, "Korzystamy z przepisu babci na ciasteczka."),
    (
        related,
        "← Links im Bild ist der alte Bahnhof zu sehen, der im Jahr 1910 gebaut und im Krieg "
        "fast ganz zerstört wurde.",
    ),
    (newsletter, "Ich möchte keinen Newsletter mehr, sagte sie."),
    (
        legal,
        "The blog, powered by WordPress since 2009, draws a million readers a month and was "
        "sold to a media group on Tuesday.",
    ),
    (ads, "Victims may receive compensation of up to 5,000 euros, the court said."),
]


LONG_NOTICE = (
    "Wir nutzen Cookies auf unserer Website. Einige von ihnen sind essenziell, während andere "
    "uns helfen, diese Website und Ihre Erfahrung zu verbessern. Wenn Sie unter 16 Jahre alt "
    "sind und Ihre Zustimmung zu freiwilligen Diensten geben möchten, müssen Sie Ihre "
    "Erziehungsberechtigten um Erlaubnis bitten. Wir verwenden Cookies und andere "
    "Technologien auf unserer Website. Einige von ihnen sind essenziell, während andere uns "
    "helfen, diese Website und Ihre Erfahrung zu verbessern. Personenbezogene Daten können "
    "verarbeitet werden, z. B. für personalisierte Anzeigen und Inhalte oder Anzeigen- und "
    "Inhaltsmessung. Weitere Informationen über die Verwendung Ihrer Daten finden Sie in "
    "unserer Datenschutzerklärung. Sie können Ihre Auswahl jederzeit unter Einstellungen "
    "widerrufen oder anpassen."
)


def test_a_long_consent_paragraph_in_the_site_s_voice_goes() -> None:
    assert len(LONG_NOTICE.split()) > 90
    doc = run_filter(cookies, f"{PARAGRAPH}\n\n{LONG_NOTICE}")
    assert removed(doc) == [LONG_NOTICE]
    reported = f"{LONG_NOTICE[:-1]}, sagte der Sprecher des Unternehmens."
    assert removed(run_filter(cookies, f"{PARAGRAPH}\n\n{reported}")) == []


@pytest.mark.parametrize(("step", "text"), REMOVES, ids=lambda x: getattr(x, "NAME", x))
def test_removes(step: Filter, text: str) -> None:
    doc = run_filter(step, f"{BEFORE}\n\n{text}\n\n{AFTER}")
    assert removed(doc) == [text]
    assert doc.blocks[1].removed_by == step.NAME and doc.blocks[1].reason


@pytest.mark.parametrize(("step", "text"), KEEPS, ids=lambda x: getattr(x, "NAME", x))
def test_keeps(step: Filter, text: str) -> None:
    assert kept(run_filter(step, f"{BEFORE}\n\n{text}\n\n{AFTER}")) == [BEFORE, text, AFTER]


def test_a_form_s_fields_in_a_row_go() -> None:
    fields = ["Name *", "E-Mail (erforderlich)", "Website"]
    doc = run_filter(comments, "\n\n".join([BEFORE, *fields, AFTER]))
    assert kept(doc) == [BEFORE, AFTER]
    assert {b.reason for b in doc.blocks if not b.kept} == {"form field"}


def test_an_x_among_table_cells_is_a_mark_not_a_close_button() -> None:
    cells = ["Waterproof", "X", "No"]
    assert removed(run_filter(navigation, "\n\n".join([BEFORE, *cells, AFTER]))) == []


def test_a_run_of_archive_months_and_years_is_the_archive_list() -> None:
    entries = ["▼ 2019 (4)", "- November (1)", "März 2021 (3)"]
    doc = run_filter(navigation, "\n\n".join([BEFORE, *entries, AFTER]))
    assert kept(doc) == [BEFORE, AFTER]
    assert {b.reason for b in doc.blocks if not b.kept} == {"entry of the blog's archive list"}


@pytest.mark.parametrize(
    "entries",
    [["- November (1)", "- October (2)"], ["Berlin (3)", "Hamburg (2)", "München (1)"]],
)
def test_two_months_or_other_counted_names_are_no_archive_list(entries: list[str]) -> None:
    assert removed(run_filter(navigation, "\n\n".join([BEFORE, *entries, AFTER]))) == []


def test_a_heading_on_copyright_above_an_article_on_it_stays() -> None:
    paragraph = (
        "The courts have not settled whether training a model on books infringes copyright, "
        "and publishers and developers read the first rulings in very different ways, as "
        "lawyers on both sides of the cases told us this week in a series of interviews."
    )
    heading = "Copyright Complexity in a Fragmented World"
    assert removed(run_filter(legal, f"{heading}\n\n{paragraph}")) == []
    # Above an article on something else, the same line is the page's.
    assert removed(run_filter(legal, f"{BEFORE}\n\nCopyright Example Media\n\n{AFTER}")) == [
        "Copyright Example Media"
    ]


RISK = "All investing is subject to risk, including the possible loss of the money you invest."
TARGET_FUNDS = (
    "Investments in Target Retirement Funds are subject to the risks of their underlying funds."
)
PROSPECTUS = (
    "Investment objectives, risks, charges and expenses are in the prospectus; read and "
    "consider it carefully before investing."
)


def test_a_risk_disclosure_s_next_paragraphs_go_with_it() -> None:
    # Each says one formula only, beside the paragraph that says two, or beside each other.
    doc = run_filter(legal, "\n\n".join([BEFORE, RISK, TARGET_FUNDS, PROSPECTUS]))
    assert removed(doc) == [RISK, TARGET_FUNDS, PROSPECTUS]
    assert {b.reason for b in doc.blocks if not b.kept} == {"investment risk disclosure"}
    assert removed(run_filter(legal, "\n\n".join([PROSPECTUS, TARGET_FUNDS, RISK]))) == [
        PROSPECTUS,
        TARGET_FUNDS,
        RISK,
    ]


def test_one_risk_formula_away_from_a_disclosure_is_the_article_s() -> None:
    # Above the disclosure, an article's paragraph between them says no formula.
    text = "\n\n".join([TARGET_FUNDS, BEFORE, RISK, AFTER])
    assert removed(run_filter(legal, text)) == [RISK]


@pytest.mark.parametrize(
    "link",
    [
        "Parents this link opens in a new tab",
        "Twitter (opens in new window)",
        "Zum Programm (öffnet in neuem Fenster)",
        "Klick, um über Twitter zu teilen (Wird in neuem Fenster geöffnet)",
    ],
)
def test_a_link_with_its_new_window_note_is_navigation(link: str) -> None:
    doc = run_filter(navigation, f"{PARAGRAPH}\n\n{link}")
    assert removed(doc) == [link]
    assert doc.blocks[1].reason == "link label with its 'opens in a new window' note"


def test_a_sentence_before_the_new_window_note_keeps_the_paragraph() -> None:
    text = "The full report is online. Read it here (opens in new window)"
    assert removed(run_filter(navigation, f"{PARAGRAPH}\n\n{text}")) == []


def test_a_heading_or_a_list_item_in_a_button_s_words_is_no_button() -> None:
    doc = run_filter(stubs, f"{BEFORE}\n\n## Get it\n\n- Buy on Google listings\n\n{AFTER}")
    assert removed(doc) == []
    assert removed(run_filter(stubs, f"{BEFORE}\n\nGet it\n\n{AFTER}")) == ["Get it"]


def test_a_rating_widget_run_together_with_its_count_goes() -> None:
    widget = "4.5 out of 5 stars(2,574)2574 total reviews•Free to install"
    assert removed(run_filter(stubs, f"{BEFORE}\n\n{widget}\n\n{AFTER}")) == [widget]
    line = "4 von 50 Teilnehmern schafften es"
    assert removed(run_filter(stubs, f"{BEFORE}\n\n{line}\n\n{AFTER}")) == []
