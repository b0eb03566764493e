"""HTML to a Document through trafilatura: the page's article, block by block.

trafilatura finds the article in the page and returns it as a small XML tree (``head``, ``p``,
``list/item``, ``quote``, ``table/row/cell``, ``graphic``, inline ``hi``, ``ref`` and ``lb``).
That tree maps one to one onto the block kinds the filters and the writer already know, so HTML
goes through the same pipeline as text. trafilatura is imported here, lazily, only when a page
is actually read: text mode never pays for it.
"""

from __future__ import annotations

import codecs
import json
import re
from bisect import bisect_right
from collections.abc import Iterator
from itertools import accumulate
from typing import TYPE_CHECKING, Any

from lxml import etree

from .detect import unpack
from .document import Block, Document, Kind
from .filters.title import without_dash_sites, without_pipe_parts
from .inputs import (
    LEGACY_ENCODING,
    Decoded,
    NotTextError,
    binary_reason,
    decode,
    utf8_with_stray_bytes,
)
from .parse import one_line

if TYPE_CHECKING:
    from lxml.etree import _Element

# trafilatura's options, chosen on the development corpus: F1 of newsclean's HTML mode on the
# labelled pages / on the gold article bodies (4-word shingles), each option against these
# (measured with the filters as they run on pages below: one sweep, the filters listed there
# left out):
#   these settings                              0.938 / 0.940
#   include_comments=True (trafilatura default) 0.936 / 0.940  reader comments are not article
#   favor_precision=True                        0.936 / 0.929  loses article text (gold R -0.03)
#   favor_recall=True                           0.933 / 0.939  lets boilerplate in (P -0.005);
#                                                              kept for pages where the balanced
#                                                              mode finds nothing (RETRY_BELOW)
#   include_tables=False                        0.933 / 0.935  tables in articles are text
#   include_images=True                         0.933 / 0.937  keeps figures, captions and all
#   include_links=True                          0.937 / 0.939  no gain; links are not written
#   include_formatting=True                     0.936 / 0.940  bold runs shift its heuristics
#   deduplicate=True                            0.936 / 0.940  and makes a page's output depend
#                                                              on the pages read before it
# fast=True (no readability/jusText comparison) would save about a third of extraction's time,
# but costs recall: gold 0.937 -> 0.903, labelled 0.944 -> 0.933 (with three sweeps and all
# filters). The comparison stays.
SETTINGS: dict[str, Any] = {
    "favor_precision": False,
    "favor_recall": False,
    "include_comments": False,
    "include_tables": True,
    "include_images": False,
    "include_links": False,
    "include_formatting": False,
    "deduplicate": False,
}

# Filters that find the article's region in a whole page's text. On HTML trafilatura has found
# it already, and these would cut real article text from its output: on the gold bodies, 392
# removed blocks were gold text, and F1 fell from 0.938 to 0.933 (labelled pages 0.935 to 0.929).
REGION_FILTERS = frozenset({"core"})

# Filters for what trafilatura already leaves out of its article: comment sections, tag and
# share footers, share bars. On its output they only met article text: without them gold F1
# stays 0.940 and labelled F1 rises 0.9371 -> 0.9377 (P and R both up); run again since, the
# share filter still took a puzzle's grid of marks. Menus, cookie notices, social prompts, link
# or button labels ("Install", rating widgets, "Zum Shop") and a slideshow's counters ("1 von
# 17", "Bild anzeigen") still get through trafilatura, so their filters stay (each lowers a
# score when left out), and so does the batch's learned boilerplate (``repeated``): trafilatura
# reads one page at a time.
DONE_BY_TRAFILATURA = frozenset({"comments", "footer", "share"})

# Under this many characters of article text, trafilatura found no article (its own minimum
# for an extraction), so it is asked again favouring recall, and the longer answer is kept: a
# page it finds nothing on in its balanced mode often holds a whole article it reads when asked
# for more. 4 of 1209 pages; gold F1 0.939 -> 0.940 (R +0.003), labelled 0.937 unchanged
# (0.9367 -> 0.9371). Asking every page for recall instead loses articles on others.
RETRY_BELOW = 250

# What trafilatura left out between the first and the last paragraph it kept. Some pages set
# an article in several containers (services under review, each in its own section) and it
# takes one; others hold lists it drops (a recipe's ingredients, a report's findings). List
# items go back in when they read as text (a few words, not a link, no blocks inside);
# paragraphs when they hold more text than all it kept. Neither comes back from a form, a
# figure, an aside or a comment or review section, and the filters judge them like any block.
# Gold pages: 24 of 325 change, F1 0.941 -> 0.947 (P 0.942 -> 0.941, R 0.940 -> 0.953);
# labelled pages: 21 of 884 change, recall 0.946 -> 0.947, precision unchanged. Reading the
# page's paragraphs and lists costs 0.2 ms a page on the labelled pages, 0.4 on the gold ones.
_GAP_MIN_CHARS = 60
_GAP_KEY = 60
_GAP_SHARE = 1.0

# Sweeps of the filters over a page's blocks. Text needs more than one: a scraper's text holds
# captions doubled around the headline and blocks that only stand at the head once others are
# gone. trafilatura's output has few such: a second sweep changed no score on either corpus
# (gold F1 0.939, labelled 0.937 either way; 68 against 69 of 1209 outputs change when cleaned
# again as text), and the filters cost a third less with one.
SWEEPS = 1

_BREAK = None  # a line break in the flow of text: ends the block
# Elements whose text runs inside the block that holds them.
_INLINE = frozenset({"hi", "ref", "del", "span", "sub", "sup"})
_RUNNING_TEXT = frozenset({"p", "head", "item", "cell", "hi", "ref"})
# Deeper than this, a subtree is read as flat text: no page nests its article so deep, and a
# hostile one must not exhaust the interpreter's recursion limit.
_MAX_DEPTH = 64


# Where a page declares its charset: a <meta> near the top (browsers look in the first 1024
# bytes; real pages put scripts first, so a little further).
_PRESCAN = 16 * 1024
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
# Browsers read these labels as windows-1252, and so do the pages that declare them.
_AS_WINDOWS_1252 = frozenset({"latin-1", "iso8859-1", "ascii", "cp1252"})


# Past this size a page is cut, after its scripts and styles (most of many pages) are dropped:
# trafilatura's time grows faster than the page (10 MB of paragraphs take seconds, 50 MB over a
# minute), and no article needs more.
MAX_HTML_CHARS = 5_000_000
_RAW_TEXT = re.compile(r"<(script|style)\b", re.IGNORECASE)
_RAW_END = {name: re.compile(rf"</{name}\b", re.IGNORECASE) for name in ("script", "style")}
_JSON_LD_TYPES = frozenset({"application/ld+json", "application/settings+json"})
# A JSON string (kept), or a run of white space outside one (dropped); possessive, so that an
# unclosed quote never makes it backtrack.
_JSON_SPACE = re.compile(r'("(?:[^"\\]++|\\.)*+")|\s+')
_HEADING_MARKS = re.compile(r"^#{1,6}\s+")
_TITLE_SEPARATOR = r"[|–—·•»:~-]{1,2}"
_LEADING_SEPARATOR = re.compile(rf"\s*{_TITLE_SEPARATOR}\s*")
_TRAILING_SEPARATOR = re.compile(rf"\s*{_TITLE_SEPARATOR}\s*$")


class HTMLError(ValueError):
    """The input could not be read as HTML at all."""


def decode_html(data: bytes, encoding: str | None = None) -> Decoded:
    """Decode a page: ``encoding`` if given, a BOM, valid UTF-8, the declared charset, cp1252.

    UTF-8 comes before the page's own declaration because declarations are often wrong (a page
    re-encoded by a CMS keeps its old ``<meta charset>``), while text that decodes as UTF-8 is
    nearly never anything else. A page that is neither is read as its declaration says, else as
    windows-1252, the legacy encoding of most such pages; a few bad bytes become U+FFFD.
    """
    if encoding or data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _fitted(decode(data, encoding))
    reason = binary_reason(data)
    if reason:
        raise NotTextError(f"binary file ({reason}), not HTML")
    try:
        return _fitted(Decoded(data.decode("utf-8")))
    except UnicodeDecodeError:
        pass
    declared = _declared_charset(data[:_PRESCAN])
    if declared == "utf-8":
        declared = None  # shown wrong just above
    if declared:
        try:
            return _fitted(Decoded(data.decode(declared)))
        except UnicodeDecodeError:
            pass
    if utf8_with_stray_bytes(data):
        return _fitted(decode(data, "utf-8"))
    return _fitted(decode(data, declared or LEGACY_ENCODING))


def _fitted(decoded: Decoded) -> Decoded:
    fitted = fit_html(decoded.text)
    return Decoded(fitted.text, decoded.warnings + fitted.warnings)


def fit_html(html: str) -> Decoded:
    """The page, cut to :data:`MAX_HTML_CHARS` if it is larger, with a warning saying so."""
    if len(html) <= MAX_HTML_CHARS:
        return Decoded(html)
    size = len(html)
    html = _drop_raw_text(html)
    if len(html) <= MAX_HTML_CHARS:
        return Decoded(html)
    return Decoded(
        html[:MAX_HTML_CHARS],
        [
            f"page of {size / 1e6:.1f} million characters: only the first "
            f"{MAX_HTML_CHARS / 1e6:.0f} million, scripts and styles left out, are read"
        ],
    )


def _drop_raw_text(html: str) -> str:
    """The page without the contents of its scripts and styles, in one pass (no backtracking)."""
    kept: list[str] = []
    position = 0
    while start := _RAW_TEXT.search(html, position):
        kept.append(html[position : start.start()])
        end = _RAW_END[start.group(1).lower()].search(html, start.end())
        if end is None:
            return "".join(kept)
        position = end.start()
    kept.append(html[position:])
    return "".join(kept)


def _declared_charset(head: bytes) -> str | None:
    match = _META_CHARSET.search(head)
    if not match:
        return None
    try:
        name = codecs.lookup(match.group(1).decode("ascii", "replace")).name
    except LookupError:
        return None
    return "cp1252" if name in _AS_WINDOWS_1252 else name


def parse_html(html: str | bytes) -> Document:
    """Extract the article of an HTML page into blocks, the title first.

    Bytes may be gzip-compressed; they are decoded as :func:`decode_html` says.
    """
    if isinstance(html, bytes):
        html = decode_html(unpack(html)).text
    html = fit_html(html).text
    if not html.strip():
        return Document([])
    import trafilatura  # only pages read as HTML pay for the import

    tree = trafilatura.load_html(html)
    if tree is None:
        # A fragment without <html> or <body> (what a scraper kept of the article's markup).
        tree = trafilatura.load_html(f"<html><body>{html}</body></html>")
    if tree is None:
        raise HTMLError("not an HTML document (nothing to parse)")
    metadata = _metadata(tree)
    text_elements = _drop_never_text(tree)
    body = _article(trafilatura, tree, SETTINGS)
    if _length(body) < RETRY_BELOW:
        retried = _article(trafilatura, tree, {**SETTINGS, "favor_recall": True})
        if _length(retried) > _length(body):
            body = retried
    blocks: list[Block] = []
    title = metadata.get("title")
    if title:
        blocks.append(Block(title, Kind.TITLE))
    if body is not None:
        _walk(body, Kind.PARAGRAPH, blocks, 0)
        blocks = _with_gaps_filled(text_elements, blocks)
    for number, block in enumerate(blocks, start=1):
        block.line = number
    return Document(blocks, metadata)


def _with_gaps_filled(elements: list[_Element], blocks: list[Block]) -> list[Block]:
    """The blocks with the page's paragraphs and list items that trafilatura left out between
    the first and the last paragraph it kept put back where they stand: list items always,
    paragraphs when they hold more text than it kept (_GAP_SHARE)."""
    kept = _KeptText(blocks)
    sizes: dict[int, int] = {}  # the page's paragraphs, by their place among the elements
    placed: dict[int, int] = {}  # those trafilatura kept: the block it made of each
    for i, element in enumerate(elements):
        if element.tag == "p" and len(text := _text_of(element)) >= _GAP_MIN_CHARS:
            sizes[i] = len(text)
            if (j := kept.block_of(text)) is not None:
                placed[i] = j
    if len(placed) < 2:
        return blocks
    first, last = min(placed), max(placed)
    left_out = {i for i in sizes if first < i < last and i not in placed}
    wide = sum(sizes[i] for i in left_out) > _GAP_SHARE * kept.chars
    article: set[_Element] = set()
    gaps: dict[int, list[_Element]] = {}
    after = placed[first]
    for i in range(first + 1, last):
        element = elements[i]
        if i in placed:
            after = placed[i]
            continue
        if element.tag == "p":
            if not (wide and i in left_out):
                continue
        elif len((text := _text_of(element)).split()) < _LIST_ITEM_WORDS:
            continue  # a menu's entry or an empty item: neither text nor a place to go by
        elif (where := kept.block_of(text)) is not None:
            after = where
            continue
        elif not _list_item(element, text):
            continue
        # The containers of the kept paragraphs, looked up once, for the first element to ask.
        article = article or {a for k in placed for a in elements[k].iterancestors()}
        if not _furniture(element, article):
            gaps.setdefault(after, []).append(element)
    if not gaps:
        return blocks
    filled: list[Block] = []
    for j, block in enumerate(blocks):
        filled.append(block)
        for element in gaps.get(j, ()):
            _put_back(element, filled)
    return filled


def _text_of(element: _Element) -> str:
    """An element's text as the page holds it. Serialised as text: the quickest way to read
    every paragraph of a page."""
    return str(etree.tostring(element, method="text", encoding=str, with_tail=False)).strip()


class _KeptText:
    """What trafilatura kept, white space left out, to find which block holds a page's element
    (its text without white space starts somewhere in it)."""

    def __init__(self, blocks: list[Block]) -> None:
        texts = [block.text.replace(" ", "") for block in blocks]  # one line, single spaces
        self.offsets = list(accumulate((len(t) for t in texts), initial=0))
        self.bare = "".join(texts)
        self.chars = sum(len(block.text) for block in blocks)
        # Most paragraphs trafilatura kept start a block of their own: found without a search.
        self.starts: dict[str, int] = {}
        for j, text in enumerate(texts):
            self.starts.setdefault(text[:_GAP_KEY], j)

    def block_of(self, text: str) -> int | None:
        key = "".join(text[: _GAP_KEY * 2].split())[:_GAP_KEY]
        if (j := self.starts.get(key)) is not None:
            return j
        start = self.bare.find(key)
        return None if start < 0 else bisect_right(self.offsets, start) - 1


_LIST_ITEM_WORDS = 6
_LIST_ITEM_LINKS = 0.3
_BLOCK_TAGS = ("p", "div", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "table", "section")


def _list_item(element: _Element, text: str) -> bool:
    """Whether a list item of a few words that trafilatura left out reads as the article's
    own: not a link, and no blocks inside (a menu's entry is a link; a card holds blocks)."""
    if next(element.iterdescendants(*_BLOCK_TAGS), None) is not None:
        return False
    links = sum(len(t) for a in element.iter("a") for t in a.itertext())
    return links <= _LIST_ITEM_LINKS * len(text)


_FURNITURE_TAGS = frozenset({"form", "fieldset", "figure", "figcaption", "aside", "nav", "footer"})
_FURNITURE_NAMES = re.compile(r"comment|review", re.IGNORECASE)


def _furniture(element: _Element, article: set[_Element]) -> bool:
    """Whether a paragraph stands in a form, a figure, an aside, or a comment or review
    section (by its class or id) inside the article's containers: the page's furniture,
    which trafilatura rightly left out."""
    for ancestor in element.iterancestors():
        if ancestor in article:
            return False
        if ancestor.tag in _FURNITURE_TAGS:
            return True
        names = f"{ancestor.get('class', '')} {ancestor.get('id', '')}"
        if _FURNITURE_NAMES.search(names):
            return True
    return False


def _put_back(element: _Element, out: list[Block]) -> None:
    """A paragraph's or list item's blocks: its text, split where a ``<br>`` breaks it."""
    kind = Kind.LIST_ITEM if element.tag == "li" else Kind.PARAGRAPH
    lines = [""]
    for event, node in etree.iterwalk(element, events=("start", "end")):
        if event == "start":
            if node.tag == "br":
                lines.append("")
            elif isinstance(node.tag, str):
                lines[-1] += node.text or ""
        elif node is not element:
            lines[-1] += node.tail or ""
    for line in lines:
        _emit(out, line, kind)


def _drop_never_text(tree: Any) -> list[_Element]:
    """Take out, once, what never holds article text, before trafilatura copies the page for
    each of its stages (its own extractor, its readability and jusText comparisons, its
    fallback) and walks every copy: scripts, styles and inline SVG drawings, which it drops at
    each stage, and images, meta and link tags, which hold no text (the title has been read
    from the meta tags; images are not written). An icon alone is often dozens of elements.
    trafilatura runs 4% fewer instructions on a page (more where icons abound); 5 of 1209
    pages extract differently, and no score moved.
    JSON-LD stays: trafilatura reads it for forum pages and in its fallback.
    The same walk returns the page's paragraphs and list items, in their order, for the gaps
    in trafilatura's article."""
    dropped = []
    text_elements = []
    for element in tree.iter("script", "style", "svg", "meta", "link", "img", "p", "li"):
        if element.tag in ("p", "li"):
            text_elements.append(element)
        elif element.tag != "script" or element.get("type") != "application/ld+json":
            dropped.append(element)
    for element in dropped:
        element.drop_tree()  # the text after the element stays
    return text_elements


def _article(trafilatura: Any, tree: Any, settings: dict[str, Any]) -> _Element | None:
    """trafilatura's article as an XML tree, or None when it found none."""
    extracted = trafilatura.bare_extraction(tree, output_format="xml", **settings)
    body: _Element | None = getattr(extracted, "body", None)
    return body


def _length(body: _Element | None) -> int:
    return 0 if body is None else len(_text_of(body))


def _metadata(tree: Any) -> dict[str, str]:
    """Title, site name and author from the page's meta tags, JSON-LD and headings.

    trafilatura's ``extract_metadata`` would also look for the date with htmldate, which costs
    more than the extraction itself; the title is all the pipeline needs, so only these steps run.
    """
    from trafilatura.metadata import examine_meta, extract_title

    found = examine_meta(tree)
    try:
        found = _json_ld(tree, found)
    except Exception:  # malformed JSON-LD is common and never fatal
        pass
    fields = {
        "title": found.title or extract_title(tree),
        "site": found.sitename,
        "author": found.author,
    }
    lines = {key: one_line(value) for key, value in fields.items() if value}
    found_fields = {key: line for key, line in lines.items() if line}
    if "title" in found_fields:
        if "site" in found_fields:
            found_fields["title"] = _without_site(found_fields["title"], found_fields["site"])
        # What is left after a pipe is the site's or a section's name, never the headline's.
        title = without_pipe_parts(found_fields["title"])[0]
        # "## Headline": a Markdown heading's marks left in the page's title are no text.
        # A name after a dash stays unless the page declares it as its site (above): the page's
        # own text is no evidence, its article holds the words of many a subtitle ("– Until
        # Now"); a domain goes.
        found_fields["title"] = without_dash_sites(_HEADING_MARKS.sub("", title))[0]
    return found_fields


def _json_ld(tree: Any, found: Any) -> Any:
    """trafilatura's ``extract_meta_json``: the page's JSON-LD read into ``found``, step by step
    as it reads it, but with whitespace outside strings taken out a run at a time: its pattern
    takes one character a step and cost more than all the rest of the metadata."""
    from trafilatura.json_metadata import extract_json, extract_json_parse_error, normalize_json

    for script in tree.iter("script"):
        if script.get("type") not in _JSON_LD_TYPES or not script.text:
            continue
        text = normalize_json(_JSON_SPACE.sub(r"\1", script.text))
        try:
            found = extract_json(json.loads(text, strict=False), found)
        except json.JSONDecodeError:
            found = extract_json_parse_error(text, found)
    return found


def _without_site(title: str, site: str) -> str:
    """``Headline | Site`` or ``Site » Headline`` without the site the page names as its own.

    Plain slicing, not a pattern made of the site's name: compiling one for every page cost
    more than all the filters of a short page.
    """
    headline, width = title, len(site)
    if headline[:width].lower() == site.lower():
        separator = _LEADING_SEPARATOR.match(headline, width)
        if separator:
            headline = headline[separator.end() :]
    if len(headline) > width and headline[-width:].lower() == site.lower():
        separator = _TRAILING_SEPARATOR.search(headline[:-width])
        if separator:
            headline = headline[: separator.start()]
    return headline or title


def _walk(element: _Element, kind: Kind, out: list[Block], depth: int) -> None:
    """Append the blocks of ``element``: its text split at line breaks, block children in order."""
    if depth > _MAX_DEPTH:
        _emit(out, "".join(element.itertext()), kind)
        return
    if element.tag == "row":
        cells = (one_line("".join(cell.itertext())) for cell in element)
        _emit(out, " | ".join(cell for cell in cells if cell), kind)
        return
    if element.tag == "list" and element.get("rend") == "ol":
        _ordered_list(element, kind, out, depth)
        return
    kind = _kind(str(element.tag), kind)
    parts: list[str] = []
    for piece in _flow(element, depth):
        if isinstance(piece, str):
            parts.append(piece)
            continue
        _emit(out, "".join(parts), kind)
        parts = []
        if piece is not _BREAK:
            _walk(piece, kind, out, depth + 1)
    _emit(out, "".join(parts), kind)


def _ordered_list(element: _Element, kind: Kind, out: list[Block], depth: int) -> None:
    """Items of a numbered list keep their numbers: "step 3" in the text may refer to them."""
    number = 0
    for child in element:
        start = len(out)
        _walk(child, kind, out, depth + 1)
        if child.tag == "item" and len(out) > start:
            number += 1
            out[start].text = f"{number}. {out[start].text}"


def _flow(element: _Element, depth: int) -> Iterator[str | _Element | None]:
    """The text of ``element`` in order: strings, ``_BREAK`` at line breaks, block children."""
    yield element.text or ""
    for child in element:
        if not isinstance(child.tag, str):  # comments and processing instructions
            pass
        elif child.tag == "lb":
            yield _BREAK
        elif _inline(child) and depth <= _MAX_DEPTH:
            yield from _flow(child, depth + 1)
        elif _inline(child):
            yield "".join(child.itertext())
        else:
            yield child
        yield child.tail or ""


def _inline(element: _Element) -> bool:
    """Formatting, links, and code inside a sentence run on in the block that holds them."""
    if element.tag == "code":
        parent = element.getparent()
        return parent is not None and parent.tag in _RUNNING_TEXT
    return element.tag in _INLINE


def _kind(tag: str, inherited: Kind) -> Kind:
    """A heading, list item or quote gives its kind to everything inside it."""
    if tag == "head":
        return Kind.HEADING
    if tag == "item":
        return Kind.LIST_ITEM
    if tag == "quote":
        return Kind.QUOTE
    return inherited


def _emit(out: list[Block], text: str, kind: Kind) -> None:
    text = one_line(text)
    if text:
        out.append(Block(text, kind))
