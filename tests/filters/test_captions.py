from __future__ import annotations

import pytest

from helpers import kept, removed, run_filter
from newsclean import Kind, Options
from newsclean.filters import captions


@pytest.mark.parametrize(
    "caption",
    [
        "A billboard in Qaraqosh, Iraq. (Getty)",
        "Protesters gather outside parliament. (AP Photo/Evan Vucci)",
        "Powell speaks in Washington, March 20, 2024. REUTERS/Kevin Lamarque",
        "Le chlorothalonil est utilisé depuis 1970. Image: Keystone",
        "Police at the scene. Photo: Jane Doe",
        "Image copyright AFP",
        "Fot. Lukasz Nowaczyk / Agencja Gazeta",
        "Merkel keskusteli Berliinissä Marinin kanssa. Kuva: ALEXANDER BECHER",
        "The minister arrives (Photo Credit : Ministry of Health)",
        "Soldiers on patrol / AFP via Getty Images",
        "Die Kanzlerin in Berlin. (Foto: dpa)",
        "Najdłuższy post w historii dobiegł końca po 382 dniach / domena publiczna",
        "Le piquet de grève dans le hall de l'université / (C) Kab Niang",
        "Vergrößern Eine kleine runde Aussparung für die Kamera im Display.",
        "Photo courtesy of the City Museum",
        "Image courtesy of: Jane Doe",
        "Jan Novák, photo: Archives du Gouvernement",
        "Pariser Modewoche, Anna Weber, Bild via",
        "Guests pick their pastries from glass cabinets. | Photo by Jane Doe",
        "A rare illness has stopped his rise. Photo via Evert Academy",
        "Figure 3: The barplot with its default font sizes.",
        "Abbildung: Schneehöhen im Tal",
        "Fig. 2",
    ],
)
def test_credited_captions_are_removed(caption: str) -> None:
    doc = run_filter(captions, f"Body text here.\n\n{caption}\n\nMore body text.")
    assert removed(doc) == [caption]
    assert doc.blocks[1].reason == "photo credit"


@pytest.mark.parametrize(
    "text",
    [
        "WASHINGTON (Reuters) - The Federal Reserve held rates steady on Wednesday.",
        '"We are not in a hurry," Powell told reporters. (AP)',
        "A new AP/NORC poll found that most voters approve.",
        "He took a photo: it showed the flooded street.",
        "Share prices rose after the Photo Industry Association report.",
        "The court ruled that the old recordings of the speech are free to use (public domain).",
        "The flowers on every table were courtesy of Anna Smith.",
        "We asked for one thing, photos: none came, and the case was closed.",
        "Figure 1 illustrates how the example plot looks, with three bars of one colour.",
        "Figure out tips and final payments for vendors before the day.",
        "He showed us the album. Photo by photo, it grew over the years.",
        "Später kündigte der Manager dann doch sein Erscheinen an. (dpa/gem)",
        "Getty Images said it had removed the photograph from its archive.",
    ],
)
def test_article_text_that_looks_credited_stays(text: str) -> None:
    assert kept(run_filter(captions, text)) == [text]


def test_doubled_caption_is_removed_twice_by_default() -> None:
    text = "Body.\n\nA man walks his dog in the park\nA man walks his dog in the park\n\nMore."
    doc = run_filter(captions, text)
    assert removed(doc) == ["A man walks his dog in the park"] * 2
    assert doc.blocks[1].reason == "doubled caption"


def test_a_question_printed_twice_above_a_paragraph_is_a_heading_kept_once() -> None:
    question = "What Benefits Can I Achieve Through Digital Marketing?"
    paragraph = (
        "Given the diversity of digital marketing methods, there is a similarly diverse set "
        "of benefits available for digitally savvy businesses of every size."
    )
    doc = run_filter(captions, f"Body.\n\n{question}\n\n{question}\n\n{paragraph}")
    assert kept(doc) == ["Body.", question, paragraph]
    assert doc.blocks[2].reason == "repeated label"


def test_a_heading_above_its_picture_s_alt_text_and_caption_stays() -> None:
    heading = "Data Science Bootcamp at the City College"
    doc = run_filter(captions, f"Body.\n\n{heading}\n{heading}\n{heading}\n\nMore.")
    assert kept(doc) == ["Body.", heading, "More."]
    assert [b.reason for b in doc.blocks if not b.kept] == ["doubled caption"] * 2


def test_a_heading_above_its_alt_text_typed_apart_is_kept_once() -> None:
    heading = "Acme Cam 2K – Best home security camera overall"
    alt = "Acme Cam 2K - Best home security camera overall"
    doc = run_filter(captions, f"Body.\n\n{heading}\n{alt}\n\nMore.")
    assert len(kept(doc)) == 3
    assert [b.reason for b in doc.blocks if not b.kept] == ["repeated label"]


def test_doubled_short_label_is_kept_once() -> None:
    doc = run_filter(captions, "Body.\n\nVery Large\nVery Large\n\nMore.")
    assert kept(doc) == ["Body.", "Very Large", "More."]
    assert doc.blocks[2].reason == "repeated label"


def test_alt_text_then_credited_caption_is_one_caption() -> None:
    text = (
        "Body.\n\nA man walks his dog\n\nA man walks his dog in the park. (Getty Images)\n\nMore."
    )
    assert len(removed(run_filter(captions, text))) == 2


def test_keep_mode_keeps_each_caption_once_as_caption() -> None:
    text = "Body.\n\nA man walks (Getty)\nA man walks (Getty)\n\nMore."
    doc = run_filter(captions, text, Options(captions="keep"))
    assert kept(doc) == ["Body.", "A man walks (Getty)", "More."]
    assert doc.blocks[1].kind is Kind.CAPTION
    assert doc.blocks[2].reason == "repeat of a caption kept once"


def test_long_doubled_paragraph_is_not_a_caption() -> None:
    paragraph = " ".join(["word"] * 80) + "."
    doc = run_filter(captions, f"{paragraph}\n\n{paragraph}")
    assert removed(doc) == []


@pytest.mark.parametrize(
    "description",
    [
        "a woman models a maroon blouse with a black choker",
        "Screenshot of a dashboard showing fare data over time",
        "image of a campsite at sunrise in the mountains",
        "Headshot of Jane Doe",
        "Thumbnail photo of Acme Sonic 4100",
        "Picture of a house with a garden.",
        "A close-up of a person tying the white laces of a running shoe.",
        "An image of a family catching flying money",
        "Diagram showing the pipeline's architecture",
        "Infographic listing cryptocurrency regulations in the United States.",
        "Infographic titled \u201cThe State of Rail.\u201d It shows that 60% of trips start in"
        " a city and 23% in a suburb.",
        "Dashboard view of a shop's analytics showing sales. The top section displays cards for"
        " new orders and growth.",
        "Four people playing volleyball on beach",
        "Woman on a self-drive tour in Iceland standing beside her car at a viewpoint",
        "hands holding up teeth whitening gel and trays",
        "A plus size model wearing a denim dress from the brand.",
        "Homeowners shaking hands with an insurance agent after signing",
        "A laptop displaying budgeting charts alongside a notebook and a pen on a white desk.",
        "A driver stopping at a fuel station with their rental car during a road trip.",
    ],
)
def test_an_image_s_description_is_a_caption(description: str) -> None:
    text = f"Body text here.\n\n{description}\n\nMore body text."
    doc = run_filter(captions, text)
    assert removed(doc) == [description]
    assert doc.blocks[1].reason == "image description"
    kept_doc = run_filter(captions, text, Options(captions="keep"))
    assert kept_doc.blocks[1].kept and kept_doc.blocks[1].kind is Kind.CAPTION


@pytest.mark.parametrize(
    "sentence",
    [
        "a stainless steel razor",  # a list item, too short to describe a picture
        "A guide to the best hiking trails in the state",  # a heading
        "A new law takes effect today. It covers rents.",
        "An important question: who pays for the bridge",
        "Photo of the flood: it showed the damage",
        "Photo of the flood went viral. Officials closed the bridge.",
        "Photo of the flood was taken at dawn. It shows the bridge under water, the road closed.",
        "A screenshot of the chat with the mayor. The city says it is fake and will sue the man.",
        "Screenshot of the chat. Officials said on Tuesday that it was fake, and would sue.",
        "A photo of the suspect was released by police on Tuesday.",
        "A picture of the flood went viral",
        "Students taking the exam get an extra hour.",
        "A man wearing a mask robbed the store",
        "Two people holding signs stood outside the court",
        "A woman sitting on a bench feeds the pigeons every morning",
        "People using the app can book tickets",
        "Customers using the app can book tickets.",
        "A man wearing a mask robbed the store.",
        "A woman sitting on a bench feeds the pigeons every morning.",
        "Best Overall Women's Sleeping Bag",  # a heading: the doing word is a name's
        "Keyboard bounce when standing with large platform",  # a review's list item
        "Most people outgrow night lights, but this one makes us want to start using them",
    ],
)
def test_short_items_and_sentences_are_not_image_descriptions(sentence: str) -> None:
    assert removed(run_filter(captions, f"Body text here.\n\n{sentence}\n\nMore body text.")) == []


@pytest.mark.parametrize(
    "label", ["CIS Controls logo", "Jane Doe's avatar", "blog image 1", "Rui Ma Profile Image"]
)
def test_alt_text_naming_the_picture_is_an_image_description(label: str) -> None:
    doc = run_filter(captions, f"Body text here, about the team.\n\n{label}\n\nMore body text.")
    assert removed(doc) == [label]
    assert doc.blocks[1].reason == "image description"


@pytest.mark.parametrize(
    "text",
    [
        "How to design a logo",  # a heading about a picture has function words
        "Our new logo",
        "Logo",  # one word: a menu label or a heading, for other filters to judge
        "The team changed its logo.",
        "Brand identity, colour and logo:",
    ],
)
def test_headings_about_pictures_are_not_image_labels(text: str) -> None:
    doc = run_filter(captions, f"Body text here, about the team.\n\n{text}\n\nMore body text.")
    assert removed(doc) == []


BODY = "The council voted on Monday to close the library on Sundays after a long debate."
STAMPS = [
    "example.com | What to Expect on Your First Trip to Japan",
    "Best taquitos ever. www.example.com",
    "quick and easy fish tacos by www.example.com",
]


def test_lines_stamped_with_one_address_go_as_alt_text() -> None:
    doc = run_filter(captions, "\n\n".join([BODY, *STAMPS, BODY]))
    assert kept(doc) == [BODY, BODY]
    assert doc.blocks[1].reason == "stamped with the site's address like others: alt text or a link"


def test_one_stamped_line_or_an_address_in_a_phrase_stays() -> None:
    alone = "\n\n".join([BODY, STAMPS[0], BODY])
    assert removed(run_filter(captions, alone)) == []
    courses = [
        "SEO Certification Course via academy.example.com",
        "Inbound Course: Get Certified in the Inbound Methodology via academy.example.com",
    ]
    assert removed(run_filter(captions, "\n\n".join([BODY, *courses, BODY]))) == []
    files = ["Pin the versions - requirements.txt", "Then install them. requirements.txt"]
    assert removed(run_filter(captions, "\n\n".join([BODY, *files, BODY]))) == []


def test_stamped_lines_stay_as_captions_when_told_to_keep_them() -> None:
    doc = run_filter(captions, "\n\n".join([BODY, *STAMPS, BODY]), Options(captions="keep"))
    assert removed(doc) == []
    assert doc.blocks[1].kind is Kind.CAPTION
