"""Saved news pages: the article body of an HTML page and its metadata.

trafilatura finds the main content (no menus, related links, share widgets,
cookie banners or reader comments) and the title, date, author, site name and
canonical URL. Where it finds no article body the page is reduced by
BeautifulSoup instead (scripts, styles, navigation, headers and footers
dropped), and a note says so. Either way paragraphs are separated by blank
lines and the text returned is exactly what offsets later point into.
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import date

import trafilatura
from trafilatura.settings import Document
from bs4 import BeautifulSoup, NavigableString, PageElement, Tag
from lxml.etree import iterwalk
from lxml.html import HtmlElement

# Their warnings (a fallback extractor failing on a fragment) would reach the
# terminal unasked; what matters to the user is in Page.notes.
for _library in ("trafilatura", "htmldate"):
    logging.getLogger(_library).addHandler(logging.NullHandler())

# Elements of the fallback reduction that hold no article text.
DROPPED_TAGS = (
    "script", "style", "nav", "header", "footer", "aside", "form", "noscript", "template", "iframe", "svg", "head",
)
# Elements of a page that start a new paragraph.
BLOCK_TAGS = frozenset(
    "address article blockquote dd details div dl dt figcaption figure h1 h2 h3 h4 h5 h6 hr li main "
    "ol p pre section summary table td th tr ul".split()
)
# Elements of trafilatura's body tree that start a new paragraph (its XML: head, p, list/item, quote, table/row/cell).
BODY_BLOCK_TAGS = frozenset("head p list item quote code table row cell div".split())
# Of those, the ones that hold running text rather than a heading.
PARAGRAPH_TAGS = ("p", "item", "quote", "code", "cell")
# Collapsed in HTML text; a no-break space (&nbsp;) is not, as in a browser.
HTML_WHITESPACE = re.compile(r"[ \t\n\r\f]+")
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")

FALLBACK_NOTE = (
    "no article body was found in this page, so it was read with the basic HTML reduction: menus, related "
    "links or reader comments may remain in the text (a section front or list of links is not an article)"
)


@dataclass(frozen=True)
class Page:
    """What a saved page holds: its article text and the metadata found in it ("" when not found)."""

    text: str
    title: str = ""
    date: str = ""
    author: str = ""
    outlet: str = ""
    url: str = ""
    # For the user: how the page was read when it was not the normal way.
    notes: tuple[str, ...] = ()


def read_page(html: str) -> Page:
    """The article body and metadata of a page; the BeautifulSoup reduction, with a note, when there is no body."""
    # Precision over recall: text left in from a related story or a comment
    # gives relations the article never states, and its cost is borne silently.
    document = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        favor_precision=True,
        include_comments=False,
        include_images=False,
        include_links=False,
        include_tables=True,
        date_extraction_params=_date_parameters(),
    )
    if document is not None and document.body is not None and _has_paragraph(document.body):
        return Page(text=_body_text(document.body), **_metadata(document))
    reduced, title = reduce_html(html)
    metadata = _metadata(trafilatura.extract_metadata(html, date_config=_date_parameters()))
    metadata["title"] = metadata["title"] or title
    return Page(text=reduced, notes=(FALLBACK_NOTE,), **metadata)


def _date_parameters() -> dict[str, object]:
    # Not htmldate's extensive search: it takes any date in the page (a
    # copyright year, a comment's timestamp) when the page gives none for the article.
    return {"original_date": True, "extensive_search": False, "max_date": date.today().isoformat()}


def _metadata(document: Document) -> dict[str, str]:
    found = {
        "title": document.title,
        "date": document.date,
        "author": document.author,
        "outlet": document.sitename,
        "url": document.url,
    }
    values = {key: " ".join(str(value).split()) if value else "" for key, value in found.items()}
    if not ISO_DATE.fullmatch(values["date"]):
        values["date"] = ""
    return values


def _has_paragraph(body: HtmlElement) -> bool:
    # Headings alone are not an article: of a section front trafilatura keeps the section's <h1>.
    return any("".join(element.itertext()).strip() for element in body.iter(*PARAGRAPH_TAGS))


class _Paragraphs:
    """Text gathered paragraph by paragraph: whitespace collapsed as in a browser, a line break kept."""

    def __init__(self) -> None:
        self.paragraphs: list[str] = []
        self.lines: list[str] = [""]

    def add(self, text: str) -> None:
        self.lines[-1] += text

    def line_break(self) -> None:
        self.lines.append("")

    def end(self) -> None:
        kept = [HTML_WHITESPACE.sub(" ", line).strip(" ") for line in self.lines]
        paragraph = "\n".join(line for line in kept if line)
        if paragraph:
            self.paragraphs.append(paragraph)
        self.lines = [""]

    def add_paragraph(self, text: str) -> None:
        self.end()
        self.paragraphs.append(text)

    def text(self) -> str:
        self.end()
        return "\n\n".join(p for p in self.paragraphs if p.strip())


def _body_text(body: HtmlElement) -> str:
    paragraphs = _Paragraphs()
    # iterwalk, not recursion: a page may nest thousands of elements.
    walker = iterwalk(body, events=("start", "end"))
    for event, element in walker:
        if not isinstance(element.tag, str):  # a comment or processing instruction
            if event == "end":
                paragraphs.add(element.tail or "")
            continue
        if event == "start" and element.tag == "code":  # a <pre>: its spacing is kept
            paragraphs.add_paragraph("".join(element.itertext()).strip("\n"))
            walker.skip_subtree()
        elif event == "start":
            if element.tag in BODY_BLOCK_TAGS:
                paragraphs.end()
            paragraphs.add(element.text or "")
        else:
            if element.tag in BODY_BLOCK_TAGS:
                paragraphs.end()
            elif element.tag == "lb":
                paragraphs.line_break()
            paragraphs.add(element.tail or "")
    return paragraphs.text()


def reduce_html(html: str) -> tuple[str, str]:
    """The text of a page without scripts, styles, navigation, headers and footers, and its title."""
    soup = BeautifulSoup(html, "html.parser")
    page_title = _tag_text(soup.find("title"))
    for element in soup.find_all(DROPPED_TAGS):
        element.decompose()
    # The article's first <h1> is its headline; <title> often adds " | Site name".
    title = _tag_text(soup.find("h1")) or page_title
    paragraphs = _Paragraphs()
    # An explicit stack, not recursion: a page may nest thousands of elements.
    stack: list[PageElement | None] = [soup.body or soup]
    while stack:
        node = stack.pop()
        if node is None:  # the end of a block element
            paragraphs.end()
        elif isinstance(node, NavigableString):
            if type(node) is NavigableString:  # not a comment, doctype or CDATA
                paragraphs.add(str(node))
        elif isinstance(node, Tag):
            if node.name == "br":
                paragraphs.line_break()
            elif node.name == "pre":
                paragraphs.add_paragraph(node.get_text().replace("\r\n", "\n").replace("\r", "\n").strip("\n"))
            else:
                if node.name in BLOCK_TAGS:
                    paragraphs.end()
                    stack.append(None)
                stack.extend(reversed(node.contents))
    return paragraphs.text(), title


def _tag_text(tag: Tag | None) -> str:
    return " ".join(tag.get_text(" ").split()) if tag is not None else ""
