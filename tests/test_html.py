"""HTML through trafilatura into the same blocks, filters and writer as text."""

from __future__ import annotations

import gzip
import subprocess
import sys

import pytest

import newsclean
from conftest import SEED
from markdown_render import rendered_texts
from newsclean import Kind
from newsclean.html import MAX_HTML_CHARS, decode_html, fit_html, parse_html
from newsclean.inputs import NotTextError

PARAGRAPHS = [
    "The city council voted on Tuesday to approve a new budget for the coming year, after a "
    "debate that lasted well into the night and drew a crowd of residents to the town hall.",
    "Council members said the plan would fund two new libraries and repair roads across the "
    "northern districts, where residents have complained about potholes for years.",
    "The mayor said the vote showed that the city could still agree on what matters most, and "
    "promised that the first works would start before the end of the summer.",
]
QUOTE = "We have waited a long time for this, and it is finally here for everyone."


def page(body: str = "", head: str = "") -> str:
    """A news page: navigation, the article, a footer; ``body`` goes inside the article."""
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Council approves budget | The Daily Example</title>
<meta property="og:title" content="Council approves budget">
<meta property="og:site_name" content="The Daily Example">{head}
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>
<article>
<h1>Council approves budget</h1>
{paragraphs}
<h2>What the budget pays for</h2>
<ul><li>Two new libraries in the north</li><li>Road repairs in every district</li></ul>
<blockquote><p>{QUOTE}</p></blockquote>
{body}
<p>The budget takes effect on the first of January, the council's clerk confirmed later.</p>
</article>
<footer><p>Copyright The Daily Example. All rights reserved.</p></footer>
</body></html>"""


def test_structure_survives() -> None:
    markdown = newsclean.clean_html(page())
    assert rendered_texts(markdown) == [
        ("h1", "Council approves budget"),
        *[("paragraph", p) for p in PARAGRAPHS],
        ("h2", "What the budget pays for"),
        ("list", "Two new libraries in the north"),
        ("list", "Road repairs in every district"),
        ("quote", QUOTE),
        (
            "paragraph",
            "The budget takes effect on the first of January, the council's clerk confirmed later.",
        ),
    ]


def test_title_from_metadata_once_and_headline_repeat_removed() -> None:
    result = newsclean.clean_html_document(page())
    blocks = result.document.blocks
    assert (blocks[0].kind, blocks[0].text) == (Kind.TITLE, "Council approves budget")
    repeat = blocks[1]
    assert repeat.text == "Council approves budget" and repeat.removed_by == "title"
    assert result.markdown.count("Council approves budget") == 1
    assert result.document.metadata["site"] == "The Daily Example"


def test_no_navigation_or_footer() -> None:
    markdown = newsclean.clean_html(page())
    assert "Home" not in markdown and "Copyright" not in markdown


def test_line_breaks_and_tables_become_blocks() -> None:
    doc = parse_html(
        page(
            "<p>Office hours<br>Monday to Friday<br>from nine to five</p>"
            "<table><tr><th>District</th><th>Roads</th></tr>"
            "<tr><td>North</td><td>12 km</td></tr></table>"
        )
    )
    texts = [b.text for b in doc.blocks]
    assert texts[texts.index("Office hours") + 1 : texts.index("Office hours") + 3] == [
        "Monday to Friday",
        "from nine to five",
    ]
    assert "District | Roads" in texts and "North | 12 km" in texts


def test_inline_markup_is_plain_text_and_escaped() -> None:
    markdown = newsclean.clean_html(
        page("<p>Costs rose <b>5*3</b> times, says <a href='/x'>the <i>report</i></a> [1].</p>")
    )
    assert "Costs rose 5\\*3 times, says the report \\[1\\]." in markdown.splitlines()


def test_numbered_lists_keep_their_numbers() -> None:
    markdown = newsclean.clean_html(page("<ol><li>Vote the budget</li><li>Start works</li></ol>"))
    assert "- 1\\. Vote the budget\n\n- 2\\. Start works" in markdown


def test_code_inside_a_sentence_stays_in_it() -> None:
    markdown = newsclean.clean_html(page("<p>Run the <code>budget</code> tool every week.</p>"))
    assert "Run the budget tool every week." in markdown.splitlines()


@pytest.mark.parametrize(
    "title",
    [
        "The Daily Example » Council approves budget",
        "Council approves budget - The Daily Example",
        "THE DAILY EXAMPLE: Council approves budget | The Daily Example",
    ],
)
def test_site_name_leaves_the_title(title: str) -> None:
    html = page().replace(
        '<meta property="og:title" content="Council approves budget">',
        f'<meta property="og:title" content="{title}">',
    )
    doc = parse_html(html)
    assert doc.blocks[0].text == "Council approves budget"
    assert doc.metadata["site"] == "The Daily Example"


@pytest.mark.parametrize(
    ("title", "headline"),
    [
        ("Council approves budget - dailyexample.com", "Council approves budget"),
        ("## Council approves budget", "Council approves budget"),
        # A name after a dash the page does not declare as its own may be the headline's.
        ("Council approves budget – Until Now", "Council approves budget – Until Now"),
    ],
)
def test_a_domain_or_heading_marks_leave_the_title(title: str, headline: str) -> None:
    html = (
        page()
        .replace('<meta property="og:site_name" content="The Daily Example">', "")
        .replace(
            '<meta property="og:title" content="Council approves budget">',
            f'<meta property="og:title" content="{title}">',
        )
    )
    assert parse_html(html).blocks[0].text == headline


def test_a_section_or_site_after_a_pipe_leaves_the_title_too() -> None:
    html = (
        page()
        .replace('<meta property="og:site_name" content="The Daily Example">', "")
        .replace(
            '<meta property="og:title" content="Council approves budget">',
            '<meta property="og:title" content="Council approves budget | Politics | Example">',
        )
    )
    assert parse_html(html).blocks[0].text == "Council approves budget"


@pytest.mark.parametrize(
    "title", ["Council approves budget", "The Daily Example", "Council approves The Daily Example"]
)
def test_a_title_without_a_separated_site_name_stays_whole(title: str) -> None:
    html = page().replace(
        '<meta property="og:title" content="Council approves budget">',
        f'<meta property="og:title" content="{title}">',
    )
    assert parse_html(html).blocks[0].text == title


def test_comments_are_left_out() -> None:
    comments = (
        "<div class='comments'><h3>Comments</h3><ul><li class='comment'><p>Great news for the "
        "north, finally somebody listens to the residents of our district!</p></li></ul></div>"
    )
    assert "finally somebody listens" not in newsclean.clean_html(page(comments))


def test_gzip_bytes_and_text_give_the_same_output() -> None:
    text = page()
    assert newsclean.clean_html(gzip.compress(text.encode("utf-8"))) == newsclean.clean_html(text)


def test_output_cleaned_again_as_text_is_unchanged() -> None:
    markdown = newsclean.clean_html(page())
    assert newsclean.clean(markdown) == markdown


# Decoding: declarations are often wrong; the bytes decide first.


def test_utf8_page_with_a_wrong_declared_charset() -> None:
    html = page().replace('charset="utf-8"', 'charset="iso-8859-1"').replace("crowd", "café")
    assert decode_html(html.encode("utf-8")).text == html


def test_windows_1252_page_declared_utf8() -> None:
    data = "<html><meta charset='utf-8'><p>Caf\u00e9 \u201cquoted\u201d</p></html>".encode("cp1252")
    decoded = decode_html(data)
    assert "Caf\u00e9 \u201cquoted\u201d" in decoded.text


def test_declared_legacy_charset_is_used() -> None:
    text = "<html><meta charset='windows-1251'><p>\u041c\u043e\u0441\u043a\u0432\u0430</p>"
    assert decode_html(text.encode("cp1251")).text == text


def test_latin1_label_reads_as_windows_1252() -> None:
    data = b"<html><meta charset=iso-8859-1><p>\x93quoted\x94</p></html>"
    assert "\u201cquoted\u201d" in decode_html(data).text


def test_stray_byte_in_utf8_is_replaced_with_a_warning() -> None:
    data = "<p>Stra\u00dfe und Caf\u00e9 \u2014 ".encode() + b"\xff" + b"</p>"
    decoded = decode_html(data)
    assert "Stra\u00dfe und Caf\u00e9 \u2014 \ufffd" in decoded.text
    assert decoded.warnings and "invalid utf-8" in decoded.warnings[0]


def test_explicit_encoding_wins() -> None:
    assert "Caf\u00e9" in decode_html(b"<p>Caf\xe9</p>", "latin-1").text


def test_utf16_page() -> None:
    assert "Council approves budget" in newsclean.clean_html(page().encode("utf-16"))


# Bad HTML: best effort or a clear error, never a crash or a hang.


def test_truncated_page_keeps_what_is_there() -> None:
    html = page()
    cut = html[: html.index(PARAGRAPHS[2]) + 40]
    markdown = newsclean.clean_html(cut)
    assert PARAGRAPHS[0] in markdown and PARAGRAPHS[1] in markdown


@pytest.mark.parametrize(
    "data", [b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8, bytes(range(32)) * 200]
)
def test_binary_data_is_refused(data: bytes) -> None:
    with pytest.raises(NotTextError, match="binary file"):
        newsclean.clean_html(data)


@pytest.mark.parametrize("html", ["", "   \n", b""])
def test_empty_page_is_empty_output(html: str | bytes) -> None:
    assert newsclean.clean_html(html) == ""


def test_fragment_without_document_tags() -> None:
    fragment = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    assert PARAGRAPHS[1] in newsclean.clean_html(fragment)


@pytest.mark.parametrize("open_tag", ["<b>", "<blockquote>", "<ul><li>"])
def test_deeply_nested_text_is_kept(open_tag: str) -> None:
    close_tag = "".join(f"</{t}" for t in reversed(open_tag.split("<")[1:]))
    text = "Deeply nested words stay with the article."
    nested = open_tag * 100 + text + close_tag * 100
    assert text in newsclean.clean_html(page(f"<p>{PARAGRAPHS[0]}</p>{nested}"))


@pytest.mark.parametrize("open_tag", ["<div>", "<b>", "<blockquote>", "<ul><li>"])
def test_nesting_beyond_the_parser_limit_keeps_what_comes_before(open_tag: str) -> None:
    close_tag = "".join(f"</{t}" for t in reversed(open_tag.split("<")[1:]))
    nested = open_tag * 100_000 + "deep" + close_tag * 100_000
    assert PARAGRAPHS[1] in newsclean.clean_html(page(nested))


def test_huge_page_is_cut_with_a_warning() -> None:
    paragraph = f"<p>{PARAGRAPHS[0]}</p>\n"
    script = "<script>var state = " + "'x'," * 1_000_000 + ";</script>"
    html = page(script + paragraph * (50_000_000 // len(paragraph)))
    assert len(html) > 50_000_000
    fitted = fit_html(html)
    assert len(fitted.text) == MAX_HTML_CHARS
    assert "var state" not in fitted.text
    assert fitted.warnings == [
        f"page of {len(html) / 1e6:.1f} million characters: only the first 5 million, scripts "
        "and styles left out, are read"
    ]
    assert newsclean.clean_html(html).startswith("# Council approves budget\n\n" + PARAGRAPHS[0])


def test_large_scripts_are_dropped_without_cutting_the_article() -> None:
    script = "<script>" + "var x = 1;\n" * (MAX_HTML_CHARS // 10) + "</script>"
    html = page().replace("</head>", script + "</head>")
    fitted = fit_html(html)
    assert fitted.warnings == [] and PARAGRAPHS[2] in fitted.text


def test_unclosed_script_in_a_huge_page() -> None:
    html = "<p>" + PARAGRAPHS[0] + "</p><script>" + "<script>" * (MAX_HTML_CHARS // 4)
    assert fit_html(html).text == "<p>" + PARAGRAPHS[0] + "</p>"


def json_ld_page(json_ld: str) -> str:
    """A page whose title, site and author are only in its JSON-LD."""
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return (
        "<html><head><title>Home</title>"
        f'<script type="application/ld+json">{json_ld}</script></head>'
        f"<body><article>{paragraphs}</article></body></html>"
    )


def test_title_site_and_author_from_pretty_printed_json_ld() -> None:
    json_ld = """{
      "@context": "https://schema.org",
      "@type": "NewsArticle",
      "headline": "Council approves   budget",
      "author": {"@type": "Person", "name": "Jane Doe"},
      "publisher": {"@type": "Organization", "name": "The Daily Example"}
    }"""
    metadata = parse_html(json_ld_page(json_ld)).metadata
    assert metadata == {
        "title": "Council approves budget",
        "site": "The Daily Example",
        "author": "Jane Doe",
    }


def test_broken_json_ld_still_gives_its_headline() -> None:
    json_ld = '{"@context": "https://schema.org", "headline": "Council approves budget", "x": '
    assert parse_html(json_ld_page(json_ld)).metadata["title"] == "Council approves budget"


def test_icons_scripts_and_styles_leave_the_text_around_them() -> None:
    sentence = "The council will meet again in March to vote on the road repairs plan."
    icon = '<svg viewBox="0 0 9 9"><title>share icon</title><path d="M0 0h9v9z"/></svg>'
    body = (
        f"<p>{sentence[:30]}{icon}{sentence[30:50]}<script>track('read');</script>"
        f"{sentence[50:]}</p><style>p {{ color: red; }}</style>"
    )
    markdown = newsclean.clean_html(page(body))
    assert sentence in markdown
    assert "share icon" not in markdown and "track" not in markdown and "color" not in markdown


@pytest.mark.parametrize(
    "html",
    ["<svg><text>icon</text></svg>", "<img src=a.png>", "<script>var a;</script>", "<meta x=y>"],
)
def test_a_page_of_nothing_but_what_is_dropped_is_empty_output(html: str) -> None:
    assert newsclean.clean_html(html) == ""


def test_pages_lose_scripts_styles_drawings_images_and_meta_tags_but_not_json_ld() -> None:
    from lxml import html as lxml_html

    from newsclean.html import _drop_never_text

    tree = lxml_html.fromstring(
        '<html><head><meta name="author" content="Jane Doe"><link rel="canonical" href="/a">'
        "<style>p {}</style>"
        '<script type="application/ld+json">{"headline": "Council approves budget"}</script>'
        "</head><body><p>Before<script>var x;</script> after<svg><path/></svg>, "
        "<img src=a.png>done.</p></body></html>"
    )
    _drop_never_text(tree)
    dropped = ("script", "style", "svg", "meta", "link", "img")
    assert [element.tag for element in tree.iter(*dropped)] == ["script"]
    assert tree.findtext(".//p") == "Before after, done."


def test_text_mode_never_imports_trafilatura() -> None:
    code = (
        "import sys\n"
        "import newsclean\n"
        "from newsclean.cli import main\n"
        f"newsclean.clean(open({str(SEED)!r}, encoding='utf-8').read())\n"
        f"main([{str(SEED)!r}], standalone_mode=False)\n"
        "assert 'trafilatura' not in sys.modules, 'trafilatura imported'\n"
        "newsclean.clean_html('<p>x</p>')\n"
        "assert 'trafilatura' in sys.modules\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_region_filters_do_not_run_on_html() -> None:
    # trafilatura found the article; a short list closing it is article text, not a link list.
    closing = "The budget takes effect on the first of January, the council's clerk confirmed"
    closing += " later."
    html = page().replace(f"<p>{closing}</p>", "")
    result = newsclean.clean_html_document(html)
    assert result.markdown.endswith("- Road repairs in every district\n\n> " + QUOTE + "\n")
    assert all(block.removed_by != "core" for block in result.document.blocks)


def test_filters_sweep_a_page_once(monkeypatch: pytest.MonkeyPatch) -> None:
    from newsclean.filters import captions

    calls: list[str] = []
    apply = captions.apply

    def counted(doc: newsclean.Document, options: newsclean.Options) -> None:
        calls.append("captions")
        apply(doc, options)

    monkeypatch.setattr(captions, "apply", counted)
    result = newsclean.clean_html_document(page())
    assert any(not block.kept for block in result.document.blocks)
    assert calls == ["captions"]
    # Text that loses blocks is swept again.
    calls.clear()
    newsclean.clean_document("Headline\n\nHeadline\n\nADVERTISEMENT\n\n" + PARAGRAPHS[0])
    assert len(calls) == 2


def test_page_without_an_article_is_read_again_for_recall(monkeypatch: pytest.MonkeyPatch) -> None:
    import trafilatura

    extract = trafilatura.bare_extraction
    asked: list[bool] = []

    def balanced_finds_nothing(tree: object, **settings: object) -> object:
        asked.append(bool(settings["favor_recall"]))
        return extract(tree, **settings) if settings["favor_recall"] else None

    monkeypatch.setattr(trafilatura, "bare_extraction", balanced_finds_nothing)
    markdown = newsclean.clean_html(page())
    assert asked == [False, True]
    assert PARAGRAPHS[0] in markdown


def test_page_with_an_article_is_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    import trafilatura

    extract = trafilatura.bare_extraction
    asked: list[bool] = []

    def counted(tree: object, **settings: object) -> object:
        asked.append(bool(settings["favor_recall"]))
        return extract(tree, **settings)

    monkeypatch.setattr(trafilatura, "bare_extraction", counted)
    assert PARAGRAPHS[0] in newsclean.clean_html(page())
    assert asked == [False]


@pytest.mark.parametrize(("name", "imported"), [("page.html.gz", True), ("story.txt", False)])
def test_parent_of_forked_workers_reads_trafilatura_once_for_pages(
    name: str, imported: bool
) -> None:
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from newsclean.batch import Task\n"
        "from newsclean.runner import Settings, _warm_up\n"
        f"_warm_up([Task(Path({name!r}), Path({name!r}))], Settings(jobs=2))\n"
        "print('trafilatura' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(imported)


def test_a_batch_freezes_what_its_warm_up_loaded_for_the_garbage_collector() -> None:
    code = (
        "import gc\n"
        "from pathlib import Path\n"
        "from newsclean.batch import Task\n"
        "from newsclean.runner import Settings, _warm_up\n"
        "before = gc.get_freeze_count()\n"
        "_warm_up([Task(Path('a.txt'), Path('a.txt'))] * 2, Settings())\n"
        "print(before == 0 < gc.get_freeze_count())\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "True"


def test_filters_for_what_trafilatura_leaves_out_do_not_run_on_pages(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from newsclean.filters import comments, footer, share

    ran: list[str] = []
    for module in (comments, footer, share):
        record = lambda doc, options, name=module.NAME: ran.append(name)  # noqa: E731
        monkeypatch.setattr(module, "apply", record)
    newsclean.clean_html(page())
    assert ran == []
    newsclean.clean("Headline\n\n" + PARAGRAPHS[0])
    assert sorted(set(ran)) == ["comments", "footer", "share"]


def test_a_slideshow_s_counter_in_the_article_goes() -> None:
    markdown = newsclean.clean_html(page(f"<p>1 von 17</p><p>{PARAGRAPHS[1]}</p>"))
    assert "1 von 17" not in markdown


def test_a_button_s_label_in_the_article_goes_and_a_heading_of_its_words_stays() -> None:
    widget = "<p>4.8 out of 5 stars(193)193 total reviews</p>"
    body = f"{widget}<h2>Get it</h2><p>{PARAGRAPHS[1]}</p>"
    markdown = newsclean.clean_html(page(body))
    assert "out of 5 stars" not in markdown
    assert "## Get it" in markdown


def _read(monkeypatch: pytest.MonkeyPatch, body: str, kept: tuple[str, ...]) -> list[str]:
    """The blocks' texts of a page with ``body``, of which trafilatura keeps only the
    paragraphs ``kept`` (as far as these tests go)."""
    from lxml import etree

    import newsclean.html

    def article(trafilatura: object, tree: object, settings: object) -> object:
        extracted = etree.Element("body")
        for text in kept:
            etree.SubElement(extracted, "p").text = text
        return extracted

    monkeypatch.setattr(newsclean.html, "_article", article)
    return [b.text for b in parse_html(f"<html><body>{body}</body></html>").blocks]


FIRST = "The council voted on Monday to close the library on Sundays from next spring onwards."
LAST = "Residents said they would protest against the plans at the next meeting in the hall."
GAP = [
    "The first of the reviewed services asks for a style quiz and a photo of the room, "
    "then sends three boards of furniture within a week, each with a shopping list.",
    "The second service pairs you with a designer by video call and sends a floor plan, "
    "a list of paint colours and a budget that it keeps to over the whole project.",
]


def _around(middle: str) -> str:
    return f"<p>{FIRST}</p>{middle}<p>{LAST}</p>"


KEPT = (FIRST, LAST)


def test_paragraphs_trafilatura_dropped_between_two_it_kept_are_put_back(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    body = _around(f"<section><div><p>{GAP[0]}</p></div><div><p>{GAP[1]}</p></div></section>")
    assert _read(monkeypatch, body, KEPT) == [FIRST, *GAP, LAST]


def test_a_gap_smaller_than_what_trafilatura_kept_stays_out(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The menu's text before the article makes the page worth a look; the gap is too small.
    menu = "".join(f"<p>{text}</p>" for text in GAP * 3)
    body = menu + _around(f"<p>{GAP[0][:90]}</p>")
    assert _read(monkeypatch, body, KEPT) == [FIRST, LAST]


@pytest.mark.parametrize(
    "furniture",
    [
        "<figure><figcaption><p>{}</p></figcaption></figure>",
        "<form><fieldset><p>{}</p></fieldset></form>",
        '<div class="comment-list"><p>{}</p></div>',
        '<div id="product-reviews"><p>{}</p></div>',
    ],
)
def test_paragraphs_in_the_page_s_furniture_are_not_put_back(
    monkeypatch: pytest.MonkeyPatch, furniture: str
) -> None:
    body = _around("".join(furniture.format(text) for text in GAP))
    assert _read(monkeypatch, body, KEPT) == [FIRST, LAST]


def test_a_paragraph_put_back_breaks_where_the_page_breaks_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    body = _around(f"<div><p>{GAP[0]}<br><b>{GAP[1]}</b></p></div>")
    assert _read(monkeypatch, body, KEPT) == [FIRST, *GAP, LAST]


def test_a_paragraph_put_back_keeps_its_words_in_order(monkeypatch: pytest.MonkeyPatch) -> None:
    nested = GAP[0].replace("asks for a style quiz", "<b>asks for <i>a style</i> quiz</b>")
    body = _around(f"<div><p>{nested}</p><p>{GAP[1]}</p></div>")
    assert _read(monkeypatch, body, KEPT) == [FIRST, *GAP, LAST]


def test_a_container_that_holds_kept_paragraphs_is_the_article_s(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A page that never closes its <nav> holds its article in it.
    body = "<nav>" + _around("".join(f"<div><p>{text}</p></div>" for text in GAP)) + "</nav>"
    assert _read(monkeypatch, body, KEPT) == [FIRST, *GAP, LAST]


ITEMS = [
    "Support for education and training should supplement research funding.",
    "Public-private partnerships can foster helpful, ongoing collaborations.",
]
LIST = "<ul>" + "".join(f"<li>{item}</li>" for item in ITEMS) + "</ul>"


def test_list_items_trafilatura_dropped_inside_the_article_are_put_back(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert _read(monkeypatch, _around(LIST), KEPT) == [FIRST, *ITEMS, LAST]
    doc = parse_html(f"<html><body>{_around(LIST)}</body></html>")
    assert doc.blocks[1].kind is Kind.LIST_ITEM


@pytest.mark.parametrize(
    "item",
    [
        '<a href="/more">Support for education and training should supplement research</a>',
        "Related stories",  # a few words: a menu's entry
        "<div>Support for education</div><div>and training should supplement funding.</div>",
    ],
)
def test_links_labels_and_cards_in_a_list_are_not_put_back(
    monkeypatch: pytest.MonkeyPatch, item: str
) -> None:
    assert _read(monkeypatch, _around(f"<ul><li>{item}</li></ul>"), KEPT) == [FIRST, LAST]


def test_list_items_outside_the_article_are_not_put_back(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert _read(monkeypatch, LIST + _around("") + LIST, KEPT) == [FIRST, LAST]


def test_a_list_item_trafilatura_kept_is_not_put_back_twice(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    kept = (FIRST, ITEMS[0], LAST)
    assert _read(monkeypatch, _around(LIST), kept) == [FIRST, *ITEMS, LAST]


def test_an_empty_list_item_does_not_move_where_the_text_goes_back(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    middle = "The plan was first put to the council in the spring and then withdrawn in June."
    body = f"<p>{FIRST}</p><p>{middle}</p><ul><li><i></i></li></ul>{LIST}<p>{LAST}</p>"
    assert _read(monkeypatch, body, (FIRST, middle, LAST)) == [FIRST, middle, *ITEMS, LAST]
