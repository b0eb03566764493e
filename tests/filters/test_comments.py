from __future__ import annotations

from helpers import PARAGRAPH, kept, run_filter
from newsclean.filters import comments

FIRST = "Very useful perspective, these ideas are timely and thought-provoking for us."
SECOND = "Less is more. This is a philosophy that governs my daily life as well."


def test_comments_between_timestamps_and_reply_buttons_go_without_a_heading() -> None:
    text = (
        f"{PARAGRAPH}\n\nAmy September 11, 2008 at 2:06 PM\n\n{FIRST}\n\nReply\n\n"
        f"James April 27, 2009 at 8:59 AM\n\n{SECOND}\n\nSecond paragraph of it.\n\nReply"
    )
    doc = run_filter(comments, text)
    assert kept(doc) == [PARAGRAPH]
    reasons = {b.text: b.reason for b in doc.blocks}
    assert reasons[FIRST] == "a comment's text, between its author line and reply button"


def test_one_timestamp_and_reply_is_no_thread() -> None:
    text = f"September 11, 2008 at 2:06 PM\n\n{PARAGRAPH}\n\nReply\n\n{FIRST}"
    assert kept(run_filter(comments, text)) == [PARAGRAPH, FIRST]


def test_text_between_a_timestamp_and_another_button_stays() -> None:
    text = (
        f"Amy September 11, 2008 at 2:06 PM\n\n{FIRST}\n\nLike\n\n"
        f"James April 27, 2009 at 8:59 AM\n\n{SECOND}\n\nLike"
    )
    assert kept(run_filter(comments, text)) == [FIRST, SECOND]


def test_a_long_run_of_text_before_a_reply_button_is_no_comment() -> None:
    article = "\n\n".join([PARAGRAPH] * 21)
    text = (
        f"Published September 11, 2008 at 2:06 PM\n\n{article}\n\nReply\n\n"
        f"James April 27, 2009 at 8:59 AM\n\n{SECOND}\n\nReply"
    )
    assert kept(run_filter(comments, text)) == [PARAGRAPH] * 21 + [SECOND]


def test_texts_signed_with_a_first_name_and_an_initial_are_testimonials() -> None:
    reviews = [
        "Everyone at the office has been great.",
        "Anna K.",
        "Every time we go I am so impressed with the staff.",
        "Ben T.",
        "Staff and doctors were super friendly and helpful.",
        "Clara M.",
    ]
    doc = run_filter(comments, "\n\n".join([PARAGRAPH, *reviews]))
    assert kept(doc) == [PARAGRAPH]
    assert doc.blocks[-1].reason == "testimonial, signed with a first name and an initial"


def test_two_signed_notes_are_no_testimonials() -> None:
    notes = ["Thanks for the lovely week.", "Stephan K.", "See you next summer!", "Familie W."]
    assert kept(run_filter(comments, "\n\n".join([PARAGRAPH, *notes]))) == [PARAGRAPH, *notes]
